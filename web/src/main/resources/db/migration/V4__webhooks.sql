-- Webhooks: admins register receivers; each event becomes a delivery row in the same transaction,
-- so deliveries survive restarts and any instance may send them.
create sequence webhook_seq start with 1 increment by 50;
create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook (
    id bigint not null primary key,
    url varchar(2000) not null,
    secret varchar(100) not null,
    events varchar(500) not null,
    active boolean not null,
    created_by varchar(64) not null,
    created_at timestamp(6) with time zone not null
);

create table webhook_delivery (
    id bigint not null primary key,
    webhook_id bigint not null references webhook (id),
    event_seq bigint not null,
    action varchar(32) not null,
    payload varchar(20000) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    locked_until timestamp(6) with time zone,
    last_status integer,
    last_error varchar(1000),
    delivered_at timestamp(6) with time zone,
    given_up_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null
);
create index ix_webhook_delivery_due on webhook_delivery (delivered_at, given_up_at, next_attempt_at);
