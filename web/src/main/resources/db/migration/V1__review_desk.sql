-- Factdesk's model: people, claimants, articles, claims, sources, the rating scale, verdicts,
-- published fact-check versions, review seats and the append-only event log.
-- Portable SQL for H2 and PostgreSQL. Id sequences step by 50, as Hibernate allocates them.

create sequence person_seq start with 1 increment by 50;
create sequence claimant_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence source_seq start with 1 increment by 50;
create sequence rating_label_seq start with 1 increment by 50;
create sequence verdict_seq start with 1 increment by 50;
create sequence published_verdict_seq start with 1 increment by 50;
create sequence review_seat_seq start with 1 increment by 50;

create table person (
    id bigint not null primary key,
    username varchar(64) not null,
    display_name varchar(200) not null,
    password_hash varchar(100) not null,
    role varchar(16) not null,
    active boolean not null,
    created_at timestamp(6) with time zone not null,
    constraint uk_person_username unique (username)
);

create table claimant (
    id bigint not null primary key,
    name varchar(200) not null,
    kind varchar(16) not null,
    description varchar(500),
    constraint uk_claimant_name unique (name)
);

create table article (
    id bigint not null primary key,
    title varchar(500) not null,
    publisher varchar(200),
    url varchar(2000),
    published_at timestamp(6) with time zone,
    body varchar(1000000) not null,
    created_at timestamp(6) with time zone not null
);

create table claim (
    id bigint not null primary key,
    text varchar(2000) not null,
    context varchar(4000),
    claimant_id bigint not null references claimant (id),
    claim_date date,
    language varchar(16) not null,
    appearance_url varchar(2000),
    article_id bigint references article (id),
    article_start integer,
    article_end integer,
    check_worthiness double precision,
    priority varchar(16) not null,
    due_date date,
    required_reviews integer not null,
    state varchar(16) not null,
    version bigint not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null
);
create index ix_claim_state on claim (state, id);
create index ix_claim_updated on claim (updated_at, id);

create table claim_tag (
    claim_id bigint not null references claim (id),
    tag varchar(64) not null,
    primary key (claim_id, tag)
);

create table source (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    url varchar(2000) not null,
    title varchar(500) not null,
    publisher varchar(200),
    published_on date,
    accessed_on date not null,
    stance varchar(16) not null,
    quote varchar(4000),
    cited_by_id bigint not null references person (id),
    cited_at timestamp(6) with time zone not null
);
create index ix_source_claim on source (claim_id);

create table rating_label (
    id bigint not null primary key,
    name varchar(64) not null,
    rating_value integer,
    definition varchar(1000) not null,
    position integer not null,
    active boolean not null,
    constraint uk_rating_label_name unique (name)
);

create table verdict (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    author_id bigint not null references person (id),
    rating_id bigint references rating_label (id),
    summary varchar(1000),
    explanation varchar(20000),
    submitted_at timestamp(6) with time zone,
    updated_at timestamp(6) with time zone not null,
    constraint uk_verdict_claim_author unique (claim_id, author_id)
);

create table published_verdict (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    version integer not null,
    rating_name varchar(64) not null,
    rating_value integer,
    best_rating integer,
    worst_rating integer,
    summary varchar(1000) not null,
    explanation varchar(20000),
    authors varchar(500) not null,
    approved_by_id bigint not null references person (id),
    published_at timestamp(6) with time zone not null,
    correction_note varchar(4000),
    constraint uk_published_verdict_version unique (claim_id, version)
);
create index ix_published_verdict_published on published_verdict (published_at, id);

create table review_seat (
    id bigint not null primary key,
    claim_id bigint not null references claim (id),
    reviewer_id bigint not null references person (id),
    seat integer not null,
    taken_at timestamp(6) with time zone not null,
    constraint uk_review_seat_claim_seat unique (claim_id, seat),
    constraint uk_review_seat_claim_reviewer unique (claim_id, reviewer_id)
);

create table review_event (
    seq bigint not null primary key,
    claim_id bigint not null references claim (id),
    action varchar(32) not null,
    from_state varchar(16),
    to_state varchar(16) not null,
    actor varchar(64) not null,
    at timestamp(6) with time zone not null,
    comment varchar(4000),
    reason varchar(1000),
    assignee varchar(64)
);
create index ix_review_event_claim on review_event (claim_id, seq);

-- One row per counter; writers increment it last in their transaction, so event numbers follow
-- commit order (see EventLog).
create table event_counter (
    name varchar(32) not null primary key,
    last_seq bigint not null
);
insert into event_counter (name, last_seq) values ('review_event', 0);
