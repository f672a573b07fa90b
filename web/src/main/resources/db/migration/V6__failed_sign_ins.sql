-- Failed sign-ins per name, so every app instance counts the same failures and honours the same
-- lock (see SignInThrottle). A successful sign-in deletes the name's row; stale rows are deleted
-- as new failures come in.
create table failed_sign_in (
    username varchar(64) not null primary key,
    failures integer not null,
    first_failure_at timestamp(6) with time zone not null,
    locked_until timestamp(6) with time zone
);
create index ix_failed_sign_in_first_failure on failed_sign_in (first_failure_at);
