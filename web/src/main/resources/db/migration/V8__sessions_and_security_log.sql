-- Signed-in browser sessions, checked on every request so that sign-out, a password or role change,
-- deactivation and an admin's "sign out everywhere" end them on every instance at once (DeskSession).
create table desk_session (
    secret_hash varchar(64) not null primary key,
    person_id bigint not null references person (id),
    signed_in_at timestamp(6) with time zone not null,
    started_from varchar(64),
    ended_at timestamp(6) with time zone,
    ending varchar(32)
);
create index ix_desk_session_person on desk_session (person_id, ended_at);
create index ix_desk_session_signed_in on desk_session (signed_in_at);

-- The security log: append-only, numbered one at a time so every instance's lines read in order.
create sequence security_event_seq start with 1 increment by 1;
create table security_event (
    id bigint not null primary key,
    kind varchar(32) not null,
    at timestamp(6) with time zone not null,
    subject varchar(100),
    actor varchar(64),
    address varchar(64),
    detail varchar(500) not null
);
create index ix_security_event_kind on security_event (kind, id);

-- A token's latest new client address, so its use from a new address is logged once.
alter table api_token add column last_used_from varchar(64);

-- Failed sign-ins are counted per name and client address: a lock holds only the address that failed.
drop table failed_sign_in;
create table failed_sign_in (
    username varchar(64) not null,
    address varchar(64) not null,
    failures integer not null,
    first_failure_at timestamp(6) with time zone not null,
    locked_until timestamp(6) with time zone,
    primary key (username, address)
);
create index ix_failed_sign_in_first_failure on failed_sign_in (first_failure_at);
