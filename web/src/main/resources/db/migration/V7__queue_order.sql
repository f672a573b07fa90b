-- The queue lists READY claims most urgent first, then soonest due, then oldest. A numeric rank
-- of the priority lets the database walk an index in that order and stop after one page, instead
-- of sorting every READY claim on each request.
alter table claim add column priority_rank integer;
update claim set priority_rank = case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end;
alter table claim alter column priority_rank set not null;
create index ix_claim_queue on claim (state, priority_rank, due_date, id);
