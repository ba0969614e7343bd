-- The provenance chain: source -> fetched document version -> run -> fact -> review.
-- Rows are appended, never updated in place (except source_state, which is a cursor).

create table runs (
  run_id             varchar primary key,   -- the Prefect flow-run id when run under Prefect, else a uuid
  flow_name          varchar not null,
  started_at         timestamptz not null,
  finished_at        timestamptz,
  status             varchar not null,      -- running | completed | failed
  code_version       varchar not null,
  extractor_versions json not null,
  counts             json
);

create table source_state (
  source_id        varchar primary key,
  kind             varchar not null,
  url              varchar not null,
  etag             varchar,
  last_modified    varchar,
  last_fetched_at  timestamptz,
  last_status      varchar,
  documents_seen   integer not null default 0
);

create table documents (
  doc_sha         varchar primary key,       -- sha256 of the raw fetched bytes: the document version
  url             varchar not null,          -- responded URL (after redirects)
  requested_url   varchar not null,          -- as listed in the feed
  canonical_url   varchar,
  source_id       varchar not null,
  feed_guid       varchar,
  title           varchar,
  fetched_at      timestamptz not null,
  published       date,                      -- feed pubDate, else page metadata, else dateline
  content_type    varchar,
  text_extractor  varchar not null,          -- page parser name@version: offsets are read against it
  text            varchar not null,          -- evidence offsets index into this
  raw_path        varchar not null,          -- gzip of the raw bytes, relative to the data directory
  run_id          varchar not null
);

create table extractions (                   -- one row per (document version, extractor version set) done
  doc_sha            varchar not null,
  extractor_versions varchar not null,
  run_id             varchar not null,
  extracted_at       timestamptz not null,
  n_facts            integer not null,
  primary key (doc_sha, extractor_versions)
);

create table facts (
  fact_id         varchar primary key,       -- sha1(doc_sha, type, extractor, figure span): stable across re-runs
  doc_sha         varchar not null,
  run_id          varchar not null,
  type            varchar not null,
  company         varchar not null,
  ticker          varchar,
  value           decimal(28, 8),
  unit            varchar not null,
  period_start    date,
  period_end      date,
  qualifier       varchar,
  hashrate_kind   varchar,
  proceeds_usd    decimal(28, 8),
  loan_event      varchar,
  collateral_btc  decimal(28, 8),
  lender          varchar,
  confidence      double not null,
  flags           varchar[] not null,
  char_start      integer not null,          -- evidence sentence offsets into documents.text
  char_end        integer not null,
  sentence        varchar not null,
  figure_start    integer,
  figure_end      integer,
  extractor       varchar not null,
  created_at      timestamptz not null
);

create table reviews (                       -- append-only audit log of reviewers' decisions
  review_id       varchar primary key,
  fact_id         varchar not null,          -- the fact reviewed (informational)
  doc_sha         varchar not null,          -- the key a decision survives re-extraction by:
  type            varchar not null,          --   (doc_sha, type, figure span)
  figure_start    integer,
  figure_end      integer,
  reviewer        varchar not null,
  decided_at      timestamptz not null,
  decision        varchar not null,          -- accepted | rejected | corrected
  before          json not null,
  corrected       json,                      -- the fields changed, for corrected
  note            varchar
);

create table errors (
  run_id       varchar not null,
  source_id    varchar,
  url          varchar,
  stage        varchar not null,             -- fetch | feed | page | extract
  reason       varchar not null,
  occurred_at  timestamptz not null
);
