-- An imported fact-check is republished as its publisher wrote it: their ClaimReview JSON-LD, and
-- their datePublished exactly as written (empty when they gave none). Portable SQL for H2 and PostgreSQL.

alter table published_verdict add column claim_review_as_published varchar(100000);
alter table published_verdict add column date_published_as_given varchar(64);
