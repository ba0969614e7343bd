-- Analyst-facing views. Facts are append-only; these compute what is current.

-- The latest decision per reviewed figure: one story, fact type, evidence sentence and figure text
-- (models/schema/004_review_keys.sql), so a decision holds for a re-extraction or a new version of the page.
create or replace view latest_reviews as
select * from reviews
qualify row_number() over (partition by match_key order by decided_at desc, review_id desc) = 1;

-- Each fact's review key (facts.review_key, computed the same way as reviews.match_key).
create or replace view fact_review_keys as
select fact_id, review_key as match_key from facts;

-- Every stored version of each page (one canonical URL), numbered in fetch order; is_latest marks the one
-- analysts see. Older versions and their facts stay in the tables as history.
create or replace view document_versions as
select doc_sha, coalesce(url_key, url) as page_url, story_id, fetched_at,
       row_number() over w as version,
       row_number() over (partition by coalesce(url_key, url) order by fetched_at desc, doc_sha desc) = 1
         as is_latest
from documents
window w as (partition by coalesce(url_key, url) order by fetched_at, doc_sha);

-- Facts from the latest extraction of the latest version of each page, with reviewers' decisions applied.
create or replace view facts_status as
with latest_run as (
  select doc_sha, arg_max(run_id, extracted_at) as run_id
  from extractions group by doc_sha
), current_facts as (
  select f.* from facts f join latest_run l on f.doc_sha = l.doc_sha and f.run_id = l.run_id
  where f.doc_sha in (select doc_sha from document_versions where is_latest)
)
select
  f.fact_id, f.doc_sha, f.run_id,
  coalesce(r.corrected ->> 'type', f.type)                               as type,
  coalesce(r.corrected ->> 'company', f.company)                         as company,
  coalesce(r.corrected ->> 'ticker', f.ticker)                           as ticker,
  coalesce(try_cast(r.corrected ->> 'value' as decimal(28, 8)), f.value) as value,
  case coalesce(r.corrected ->> 'type', f.type)
    when 'hashrate' then 'EH/s' when 'loan' then 'USD' else 'BTC' end     as unit,
  coalesce(try_cast(r.corrected ->> 'period_start' as date), f.period_start) as period_start,
  coalesce(try_cast(r.corrected ->> 'period_end' as date), f.period_end)     as period_end,
  f.qualifier,
  coalesce(r.corrected ->> 'hashrate_kind', f.hashrate_kind)             as hashrate_kind,
  f.proceeds_usd, coalesce(r.corrected ->> 'loan_event', f.loan_event) as loan_event,
  f.collateral_btc, f.lender, f.confidence, f.flags,
  f.char_start, f.char_end, f.sentence, f.figure_start, f.figure_end, f.extractor,
  case when r.decision is not null then r.decision
       when len(f.flags) > 0 then 'flagged' else 'auto' end            as status,
  r.reviewer, r.decided_at, r.note as review_note
from current_facts f
left join latest_reviews r on r.match_key = f.review_key;

-- CONTRACT.md: one row per fact and supporting document, with its provenance.
create or replace view fact_provenance as
select s.fact_id, s.type, s.company, s.ticker, s.value, s.unit, s.period_start, s.period_end, s.qualifier,
       s.hashrate_kind, s.proceeds_usd, s.loan_event, s.collateral_btc, s.lender, s.confidence, s.flags,
       s.status, d.url, d.doc_sha as content_sha256, d.published as published_at, d.fetched_at,
       s.sentence, s.char_start, s.char_end, s.extractor, s.run_id, d.source_id, d.title
from facts_status s join documents d using (doc_sha);

-- CONTRACT.md: the facts waiting for a reviewer, with their flags and evidence.
create or replace view review_queue as
select fact_id, type, company, ticker, value, unit, period_start, period_end, hashrate_kind, loan_event,
       confidence, flags, sentence, char_start, char_end, url, published_at, extractor
from fact_provenance
where status = 'flagged'
order by list_contains(flags, 'conflicting_repeat') desc, confidence asc, value desc;

-- Published facts: reviewed or unflagged, never rejected.
create or replace view facts_current as
select * from fact_provenance where status in ('auto', 'accepted', 'corrected');

create or replace view monthly_production as
select company, ticker, period_start, period_end, max(value) as btc_mined, count(*) as n_sources,
       list(distinct url) as urls
from facts_current
where type = 'btc_mined' and period_start is not null
  and date_trunc('month', period_start) = date_trunc('month', period_end)
group by all order by company, period_start;

create or replace view holdings_over_time as
select company, ticker, period_end as as_of, max(value) as btc_held, count(*) as n_sources, list(distinct url) as urls
from facts_current where type = 'btc_held' group by all order by company, as_of;

create or replace view hashrate_by_kind as
select company, ticker, hashrate_kind, period_end as as_of, max(value) as eh_s, count(*) as n_sources,
       list(distinct url) as urls
from facts_current where type = 'hashrate' group by all order by company, as_of, hashrate_kind;

create or replace view sales as
select company, ticker, period_start, period_end, value as btc_sold, proceeds_usd, url, sentence
from facts_current where type = 'btc_sold' order by company, period_end;

create or replace view loans as
select company, ticker, loan_event, value as principal_usd, collateral_btc, lender, period_end as as_of, url, sentence
from facts_current where type = 'loan' order by company, as_of;
