"""A database from before the ingest migrations is upgraded in place: old documents get canonical URLs and
stories, so a tracking-parameter copy and a later version of one page group like new documents do."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import duckdb

from flows.store import connect


def test_old_documents_are_backfilled_with_url_keys_and_stories(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create table _migrations (name varchar primary key, applied_at timestamptz)")
    con.execute((resources.files("models") / "schema" / "001_init.sql").read_text())
    con.execute("insert into _migrations values ('001_init.sql', now())")
    pages = [("https://a.com/x?utm_source=mail", "Riot mined 500 BTC in July and held 9,000 BTC at month end."),
             ("https://a.com/x", "Riot mined 501 BTC in July and held 9,000 BTC at month end."),
             ("https://b.com/y", "A different story about ether and solana prices this week.")]
    for i, (url, text) in enumerate(pages):
        con.execute("insert into documents (doc_sha, url, requested_url, source_id, fetched_at, published, "
                    "text_extractor, text, raw_path, run_id) values (?, ?, ?, 's', ?, ?, 'g@1', ?, 'r', 'run')",
                    [f"s{i}", url, url, dt.datetime(2025, 1, 1 + i, tzinfo=dt.timezone.utc), dt.date(2025, 1, 1),
                     text])
    con.close()
    con = connect(path)
    rows = con.execute("select doc_sha, url_key, story_id from documents order by doc_sha").fetchall()
    versions = con.execute("select doc_sha, version, is_latest from document_versions order by doc_sha").fetchall()
    con.close()
    assert rows == [("s0", "https://a.com/x", "s0"), ("s1", "https://a.com/x", "s0"), ("s2", "https://b.com/y", "s2")]
    assert versions == [("s0", 1, False), ("s1", 2, True), ("s2", 1, True)]
