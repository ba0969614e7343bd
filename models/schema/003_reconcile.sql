-- Reconciliation (flows/reconcile.py, docs/reconciliation.md): derived tables, rebuilt in one transaction by
-- reconcile(con) from facts_current. Nothing here is a source of truth: drop the rows and run it again.
-- The ids are unique (reconcile builds them so; tests/test_reconcile.py checks) but not declared primary keys:
-- index upkeep on a full rebuild costs more than the rest of it (100k facts: 3.0 s without, 4.5 s with).

-- One row per candidate value of a fact: a fact "slot" is (company, type, hashrate_kind, loan_event, period);
-- extractions of a slot whose values agree within tolerance are one candidate.
create table canonical_facts (
  canonical_id    varchar not null,      -- unique: sha1(slot key | the candidate's earliest-published supporting fact_id)
  slot_id         varchar not null,      -- sha1(company|type|hashrate_kind|loan_event|period_start|period_end)
  company         varchar not null,
  ticker          varchar,
  type            varchar not null,
  unit            varchar not null,
  hashrate_kind   varchar,
  loan_event      varchar,
  period_start    date,                  -- null for point-in-time facts (held, hashrate except average, loan)
  period_end      date,                  -- the as-of date for point-in-time facts
  value           decimal(28, 8),        -- the strongest source's value (rank, then latest published)
  qualifier       varchar,
  proceeds_usd    decimal(28, 8),        -- first non-null among the supports, strongest first
  collateral_btc  decimal(28, 8),
  lender          varchar,
  status          varchar not null,      -- current | conflicting | superseded
  superseded_by   varchar,               -- canonical_id of the candidate that restated this one
  authority       varchar not null,      -- filing | company | wire | news: the strongest supporting source
  authority_rank  integer not null,      -- models/authority.toml [ranks]; lower is stronger
  published       date,                  -- latest publication among the supports of that strongest rank
  first_published date,
  last_published  date,
  n_facts         integer not null,      -- supporting extractions
  n_sources       integer not null,      -- supporting documents (distinct canonical URLs)
  n_independent   integer not null,      -- independent stories among them (a wire copy and the IR copy: one)
  best_fact_id    varchar not null,      -- the extraction the value is taken from
  conflict_values double[] not null,     -- values of the competing candidates of the slot (conflicts only)
  flags           varchar[] not null,    -- conflict, holdings_roll_forward, production_vs_hashrate, outlier_vs_history
  notes           varchar[] not null     -- 'check_name: why', one per check flag
);

-- One row per supporting extraction (every fact in facts_current supports exactly one candidate).
create table canonical_support (
  fact_id         varchar not null,      -- unique: a fact supports one candidate
  canonical_id    varchar not null,
  doc_sha         varchar not null,
  url             varchar not null,      -- the document's canonical URL, else its fetched URL
  published       date,
  value           decimal(28, 8),        -- this extraction's value (reviewers' corrections applied)
  qualifier       varchar,
  authority       varchar not null,
  authority_rank  integer not null,
  story_key       varchar not null,      -- supports sharing a story_key are one independent story
  is_best         boolean not null       -- the extraction the canonical value is taken from
);
