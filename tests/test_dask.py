"""Extraction batches on a Dask LocalCluster through prefect-dask give the same facts as extraction in-process."""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.batch_extract import extract_batches
from flows.ingest import run_ingest
from flows.settings import load_settings
from flows.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent


def _facts(db: Path):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select doc_sha, type, value, period_end, char_start, review_key from facts order by all")\
            .fetchall()
    finally:
        con.close()


def test_batches_on_a_local_cluster_match_in_process_extraction(tmp_path, http_fixtures, prefect):
    db = tmp_path / "mw.duckdb"
    run_ingest(load_sources(ROOT / "fixtures" / "sources.toml"), load_settings(db))
    expected = _facts(db)
    con = duckdb.connect(str(db))
    con.execute("delete from facts")
    con.execute("delete from extractions")
    con.close()
    counts = extract_batches(db=str(db), batch_size=4, workers=2)
    assert counts["errors"] == 0 and counts["batches"] > 1
    assert _facts(db) == expected
