-- What concerns each person (assignments, requested changes, mentions, approvals), read or not yet.
-- Notes themselves are events of the log (action 'note'); this table only says who is told of which event.
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id bigint not null primary key,
    person_id bigint not null references person (id),
    claim_id bigint not null references claim (id),
    event_seq bigint not null references review_event (seq),
    kind varchar(32) not null,
    actor_name varchar(200) not null,
    created_at timestamp(6) with time zone not null,
    read_at timestamp(6) with time zone
);

-- The header's unread count and the list, newest first, on every page.
create index ix_notification_person_unread on notification (person_id, read_at);
create index ix_notification_person_latest on notification (person_id, id);
create index ix_notification_claim on notification (claim_id, person_id);
-- Finding a claim's notes without reading its whole history.
create index ix_review_event_claim_action on review_event (claim_id, action, seq);
