-- A cited source can carry an archived copy, and can be removed while the claim is in research;
-- a removed source keeps its row (and the event log its title) so the history stays whole.
alter table source add column archive_url varchar(2000);
alter table source add column removed_at timestamp(6) with time zone;
alter table source add column removed_by_id bigint;
alter table source add constraint fk_source_removed_by foreign key (removed_by_id) references person (id);
