-- Fact-checks imported from other publishers' ClaimReview are kept as published verdicts that
-- nobody here approved, marked by the publisher's name. Portable SQL for H2 and PostgreSQL.

alter table published_verdict add column external_publisher varchar(200);
alter table published_verdict add column external_publisher_url varchar(2000);
alter table published_verdict add column external_url varchar(2000);
alter table published_verdict add column external_rating varchar(1000);
-- Publisher and URL (or publisher and claim), hashed: the same fact-check is kept once, even when
-- two imports race.
alter table published_verdict add column import_key varchar(64);
alter table published_verdict add constraint uk_published_verdict_import_key unique (import_key);

-- An imported fact-check has no approving editor here, and may come without an explanation.
alter table published_verdict alter column approved_by_id drop not null;
alter table published_verdict alter column summary drop not null;
