-- Canonical facts for analysts (flows/reconcile.py fills canonical_facts and canonical_support;
-- rules: docs/reconciliation.md). Empty until reconcile(con) has run.

-- Supporting documents per candidate.
create or replace view canonical_sources as
select canonical_id,
       list(distinct url order by url)                 as urls,
       list(distinct doc_sha order by doc_sha)         as doc_shas,
       list(fact_id order by fact_id)                  as fact_ids,
       list(distinct authority order by authority)     as authorities
from canonical_support group by canonical_id;

-- One row per company / type / kind / event / period: the winning value, how many sources back it, and the
-- competing values when the slot is in conflict.
create or replace view canonical_current as
select c.canonical_id, c.slot_id, c.company, c.ticker, c.type, c.hashrate_kind, c.loan_event,
       c.period_start, c.period_end, c.value, c.unit, c.qualifier, c.proceeds_usd, c.collateral_btc, c.lender,
       c.n_facts, c.n_sources, c.n_independent, c.authority, c.published, c.first_published,
       list_contains(c.flags, 'conflict') as in_conflict, c.conflict_values, c.flags, c.notes,
       s.urls, s.doc_shas, s.fact_ids
from canonical_facts c left join canonical_sources s using (canonical_id)
where c.status = 'current'
order by c.company, c.type, c.period_end, c.hashrate_kind, c.loan_event;

-- Every candidate of a slot in conflict (the current one and its competitors), with the current value.
create or replace view fact_conflicts as
select c.slot_id, c.company, c.ticker, c.type, c.hashrate_kind, c.loan_event, c.period_start, c.period_end,
       c.canonical_id, c.status, c.value, c.unit, w.value as current_value, c.conflict_values,
       c.authority, c.published, c.n_sources, c.n_independent, s.urls
from canonical_facts c
join canonical_facts w on w.slot_id = c.slot_id and w.status = 'current'
left join canonical_sources s on s.canonical_id = c.canonical_id
where list_contains(c.flags, 'conflict')
order by c.company, c.type, c.period_end, c.slot_id, c.status = 'current' desc, c.value;

-- Restatements: every candidate of every slot, oldest first, with what replaced it.
create or replace view canonical_history as
select c.slot_id, c.company, c.type, c.hashrate_kind, c.loan_event, c.period_start, c.period_end,
       c.canonical_id, c.status, c.value, c.authority, c.published, c.superseded_by,
       r.value as superseded_by_value, r.published as superseded_on, s.urls
from canonical_facts c
left join canonical_facts r on r.canonical_id = c.superseded_by
left join canonical_sources s on s.canonical_id = c.canonical_id
order by c.company, c.type, c.period_end, c.slot_id, c.first_published, c.canonical_id;

-- One row per consistency-check finding on a current canonical fact.
create or replace view canonical_checks as
select c.canonical_id, c.company, c.type, c.hashrate_kind, c.period_start, c.period_end, c.value,
       split_part(n.note, ': ', 1) as check_name, n.note
from canonical_facts c, unnest(c.notes) as n(note)
where c.status = 'current'
order by c.company, c.period_end, check_name;
