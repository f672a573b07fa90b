-- The queue offers the free seat of double reviews in research: this index finds them without reading
-- every claim in research, in queue order.
create index ix_claim_second_seat on claim (state, required_reviews, priority_rank, due_date, id);
