-- Bearer tokens for integrations: only a SHA-256 hash of the secret is kept.
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id bigint not null primary key,
    name varchar(100) not null,
    secret_hash varchar(64) not null,
    scopes varchar(100) not null,
    acts_for_id bigint references person (id),
    issued_by_id bigint not null references person (id),
    issued_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone,
    constraint uk_api_token_secret_hash unique (secret_hash)
);
