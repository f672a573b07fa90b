-- Triage lists new claims most check-worthy first, oldest first or due soonest first: one index per order,
-- so a page of a large desk is read from the index, not sorted from every new claim.
create index ix_claim_triage_worthiness on claim (state, check_worthiness desc nulls last, id);
create index ix_claim_triage_due on claim (state, due_date, id);
