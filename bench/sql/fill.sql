-- Fills a Factdesk schema (already migrated, with the demo people and rating scale) with :claims
-- realistic claims and the events that brought each to its state. Run by bench/run with
--   psql -v claims=100000 -v schema=factdesk_bench -f bench/sql/fill.sql
-- States follow a working desk: 10% NEW, 30% READY, 10% IN_RESEARCH, 5% IN_REVIEW, 40% PUBLISHED,
-- 5% DISMISSED; about 3.4 events per claim.
\set ON_ERROR_STOP on
set search_path to :schema;
set synchronous_commit to off;

-- 2,000 claimants: people and organisations.
create temporary table first_names (n int, name text);
insert into first_names values (0,'Maria'),(1,'James'),(2,'Amina'),(3,'Wei'),(4,'Olga'),(5,'Carlos'),(6,'Priya'),(7,'Tom'),(8,'Fatima'),(9,'Lars');
create temporary table last_names (n int, name text);
insert into last_names values (0,'Okafor'),(1,'Schmidt'),(2,'Nguyen'),(3,'Garcia'),(4,'Kowalski'),(5,'Haddad'),(6,'Smith'),(7,'Rossi'),(8,'Tanaka'),(9,'Silva');

insert into claimant (id, name, kind, description)
select 1000000 + g,
       (select name from first_names where n = g % 10) || ' ' || (select name from last_names where n = (g / 10) % 10) || ' ' || g,
       (array['PERSON','ORGANISATION'])[1 + g % 2],
       'Benchmark claimant ' || g
from generate_series(1, 2000) g;

-- Claim text from a few hundred templates: topic, region, figure and year vary.
create temporary table topics (n int, topic text, tag text);
insert into topics values
 (0,'Unemployment','economy'),(1,'Violent crime','crime'),(2,'The national debt','economy'),(3,'Childhood vaccination','health'),
 (4,'Carbon emissions','climate'),(5,'Housing starts','housing'),(6,'Hospital waiting times','health'),(7,'Migrant arrivals','migration'),
 (8,'Average rent','housing'),(9,'Renewable electricity','climate'),(10,'Teacher pay','education'),(11,'Exports to China','trade');
create temporary table regions (n int, region text);
insert into regions values (0,'the capital'),(1,'the north'),(2,'rural areas'),(3,'the coast'),(4,'the whole country'),(5,'the south-east'),(6,'border towns');

insert into claim (id, text, context, claimant_id, claim_date, language, appearance_url, article_id, article_start, article_end,
                   check_worthiness, priority, priority_rank, due_date, required_reviews, state, version, created_at, updated_at)
select 1000000 + g,
       (select topic from topics where n = g % 12) || ' in ' || (select region from regions where n = g % 7)
         || case g % 3 when 0 then ' rose by ' when 1 then ' fell by ' else ' doubled to ' end
         || (g % 97 + 3) || (case g % 3 when 2 then ' thousand' else '%' end) || ' between ' || (2010 + g % 10) || ' and ' || (2020 + g % 6)
         || ' (benchmark claim ' || g || ')',
       'Said in an interview broadcast on ' || to_char(date '2024-01-01' + (g % 700), 'DD Month YYYY') || '.',
       1000000 + 1 + g % 2000,
       date '2024-01-01' + (g % 700),
       'en',
       'https://news.example.org/' || (2024 + g % 2) || '/story-' || g,
       null, null, null,
       (g % 100) / 100.0,
       case (g / 7) % 10 when 0 then 'URGENT' when 1 then 'HIGH' when 2 then 'HIGH' when 9 then 'LOW' else 'NORMAL' end,
       case (g / 7) % 10 when 0 then 0 when 1 then 1 when 2 then 1 when 9 then 3 else 2 end,
       case when g % 4 = 0 then date '2025-01-01' + (g % 400) end,
       case when g % 25 = 0 then 2 else 1 end,
       case when g % 20 < 2 then 'NEW' when g % 20 < 8 then 'READY' when g % 20 < 10 then 'IN_RESEARCH'
            when g % 20 < 11 then 'IN_REVIEW' when g % 20 < 19 then 'PUBLISHED' else 'DISMISSED' end,
       0,
       timestamptz '2024-01-01 08:00:00+00' + (g * interval '37 seconds'),
       timestamptz '2024-01-01 08:00:00+00' + (g * interval '37 seconds') + interval '2 days'
from generate_series(1, :claims) g;

insert into claim_tag (claim_id, tag)
select id, (select tag from topics where n = (id - 1000000) % 12) from claim where id > 1000000 and (id - 1000000) % 3 = 0;

-- A seat for whoever researched the claim (rita or remy, as in the demo desk).
insert into review_seat (id, claim_id, reviewer_id, seat, taken_at)
select 1000000 + (c.id - 1000000), c.id,
       (select id from person where username = case when c.id % 2 = 0 then 'rita' else 'remy' end), 1,
       c.created_at + interval '1 day'
from claim c where c.id > 1000000 and c.state in ('IN_RESEARCH', 'IN_REVIEW', 'PUBLISHED');

insert into verdict (id, claim_id, author_id, rating_id, summary, explanation, submitted_at, updated_at)
select s.id, s.claim_id, s.reviewer_id,
       (select id from rating_label order by position offset (s.claim_id % 5) limit 1),
       'The official figures tell a different story.',
       'We compared the claim with the statistics office''s published series for the same period.',
       c.created_at + interval '2 days', c.created_at + interval '2 days'
from review_seat s join claim c on c.id = s.claim_id
where s.id >= 1000000 and c.state in ('IN_REVIEW', 'PUBLISHED');

insert into published_verdict (id, claim_id, version, rating_name, rating_value, best_rating, worst_rating, summary, explanation,
                               authors, approved_by_id, published_at)
select v.id, v.claim_id, 1, r.name, r.rating_value, 5, 1, v.summary, v.explanation,
       (select display_name from person where id = v.author_id),
       (select id from person where username = 'edna'),
       c.updated_at
from verdict v join claim c on c.id = v.claim_id join rating_label r on r.id = v.rating_id
where v.id >= 1000000 and c.state = 'PUBLISHED';

-- The events that brought each claim where it is, numbered after the demo desk's own.
create temporary table steps (step int, action text, from_state text, to_state text, reached_by text[]);
insert into steps values
 (0, 'create', null, 'NEW', array['NEW','READY','IN_RESEARCH','IN_REVIEW','PUBLISHED','DISMISSED']),
 (1, 'accept', 'NEW', 'READY', array['READY','IN_RESEARCH','IN_REVIEW','PUBLISHED']),
 (1, 'dismiss', 'NEW', 'DISMISSED', array['DISMISSED']),
 (2, 'claim', 'READY', 'IN_RESEARCH', array['IN_RESEARCH','IN_REVIEW','PUBLISHED']),
 (3, 'submit', 'IN_RESEARCH', 'IN_REVIEW', array['IN_REVIEW','PUBLISHED']),
 (4, 'approve', 'IN_REVIEW', 'PUBLISHED', array['PUBLISHED']);

insert into review_event (seq, claim_id, action, from_state, to_state, actor, at, comment, reason, assignee)
select (select last_seq from event_counter where name = 'review_event') + row_number() over (order by c.id, s.step),
       c.id, s.action, s.from_state, s.to_state,
       case when s.action in ('claim', 'submit') then case when c.id % 2 = 0 then 'rita' else 'remy' end else 'edna' end,
       c.created_at + s.step * interval '12 hours',
       null,
       case when s.action = 'dismiss' then 'Not checkable: an opinion.' end,
       null
from claim c join steps s on c.state = any (s.reached_by)
where c.id > 1000000;

update event_counter set last_seq = (select max(seq) from review_event) where name = 'review_event';
select setval('claim_seq', (select max(id) from claim) + 50);
select setval('claimant_seq', (select max(id) from claimant) + 50);
select setval('review_seat_seq', (select max(id) from review_seat) + 50);
select setval('verdict_seq', (select max(id) from verdict) + 50);
select setval('published_verdict_seq', (select max(id) from published_verdict) + 50);

select state, count(*) from claim group by state order by state;
select count(*) as events from review_event;
