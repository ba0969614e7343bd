"""The ingest flow through Prefect against the recorded web on 127.0.0.1."""

import gzip
import hashlib
import uuid

import duckdb
import pytest

from flows.ingest import ingest
from tests.conftest import ROOT

BAD_SOURCES = """
[[source]]
name = "gone"
kind = "feed"
url = "${FIXTURE_BASE}/status/404"

[[source]]
name = "broken server"
kind = "feed"
url = "${FIXTURE_BASE}/status/500"

[[source]]
name = "malformed"
kind = "feed"
url = "${FIXTURE_BASE}/bad/malformed.xml"

[[source]]
name = "bad items"
kind = "feed"
url = "${FIXTURE_BASE}/bad/feed-with-bad-items.rss.xml"
"""


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, http_fixtures, prefect):
    db = tmp_path_factory.mktemp("db") / "mw.duckdb"
    first = ingest(sources_file=str(ROOT / "fixtures/sources.toml"), db=str(db))
    tables = _snapshot(db)
    second = ingest(sources_file=str(ROOT / "fixtures/sources.toml"), db=str(db))
    return db, first, second, tables


def _snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"select * from {t}").fetchall(), key=str)
                for t in ("documents", "facts")} | \
            {"documents_n": con.execute("select count(*) from documents").fetchone()[0]}
    finally:
        con.close()


def test_first_run_stores_documents_and_facts(ingested):
    _, first, _, tables = ingested
    assert first["sources_read"] == 2 and first["sources_failed"] == 0
    assert first["documents_new"] == 14 == tables["documents_n"]
    assert first["facts_new"] > 100 and 0 < first["facts_flagged"] < first["facts_new"]


def test_second_run_adds_nothing(ingested):
    db, _, second, tables = ingested
    assert second["documents_new"] == 0 and second["facts_new"] == 0
    assert _snapshot(db) == tables


def test_one_fact_provenance_chain(ingested, http_fixtures):
    db, first, _, _ = ingested
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("""
            select p.fact_id, p.value, p.sentence, p.char_start, p.char_end, p.url, p.content_sha256, p.run_id,
                   p.extractor, p.published_at, d.text, d.raw_path, r.flow_name, r.status
            from fact_provenance p join documents d on d.doc_sha = p.content_sha256 join runs r on r.run_id = p.run_id
            where p.type = 'btc_mined' and p.company = 'Riot Platforms' and p.period_start = date '2022-09-01'
        """).fetchone()
    finally:
        con.close()
    assert row is not None
    _, value, sentence, start, end, url, sha, run_id, extractor, published, text, raw_path, flow_name, status = row
    assert float(value) == 1530.0 or value > 0
    assert text[start:end] == sentence
    assert url.startswith(http_fixtures + "/releases/")
    served = (ROOT / "fixtures/http" / url.removeprefix(http_fixtures + "/")).read_bytes()
    assert sha == hashlib.sha256(served).hexdigest()
    assert gzip.decompress((db.parent / raw_path).read_bytes()) == served
    assert run_id == first["run_id"] and uuid.UUID(run_id)  # the Prefect flow-run id
    assert flow_name == "ingest" and status == "completed"
    assert "@" in extractor and published.isoformat() == "2022-10-04"


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path, http_fixtures, prefect):
    src = tmp_path / "sources.toml"
    src.write_text(BAD_SOURCES + (ROOT / "fixtures/sources.toml").read_text())
    db = tmp_path / "mw.duckdb"
    rep = ingest(sources_file=str(src), db=str(db))
    assert rep["sources_read"] == 3 and rep["sources_failed"] == 3
    assert rep["documents_new"] == 14
    con = duckdb.connect(str(db), read_only=True)
    errors = con.execute("select stage, url, reason from errors order by url").fetchall()
    con.close()
    by_url = {u.removeprefix(http_fixtures): (stage, reason) for stage, u, reason in errors}
    assert by_url["/status/404"] == ("fetch", "HTTP 404")
    assert by_url["/status/500"] == ("fetch", "HTTP 500")
    assert by_url["/bad/malformed.xml"][0] == "feed" and "malformed feed" in by_url["/bad/malformed.xml"][1]
    assert by_url["/bad/image.png"] == ("fetch", "unexpected content-type 'image/png' for html")
    assert by_url["/bad/empty.html"][0] == "page" and "empty page" in by_url["/bad/empty.html"][1]


def test_nothing_readable_exits_non_zero(tmp_path, http_fixtures, prefect):
    from click.testing import CliRunner

    from flows.cli import main

    src = tmp_path / "sources.toml"
    src.write_text(BAD_SOURCES.split("[[source]]\nname = \"bad items\"")[0])
    r = CliRunner().invoke(main, ["ingest", "--sources", str(src), "--db", str(tmp_path / "x.duckdb")])
    assert r.exit_code == 1
    assert "0 sources read, 3 failed" in r.output
