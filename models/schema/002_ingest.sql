-- Ingestion from real sources: page metadata, dedupe keys and per-source bookkeeping.

alter table documents add column publisher varchar;       -- og:site_name / JSON-LD publisher / the wire's name
alter table documents add column language varchar;        -- "en"
alter table documents add column url_key varchar;         -- canonical URL (tracking parameters, fragment stripped)
alter table documents add column simhash ubigint;         -- 64-bit fingerprint of the text (flows/dedupe.py)
alter table documents add column story_id varchar;        -- syndicated copies and versions share one story

alter table source_state add column name varchar;
alter table source_state add column parser varchar;
alter table source_state add column last_ok_at timestamptz;
alter table source_state add column last_error varchar;
