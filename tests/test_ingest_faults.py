"""Ingestion against the fault-injecting server: dedupe, versions, faults recorded, kill -9 and concurrent runs.

These call `run_ingest` directly (no Prefect flow run: sources are gathered one after another), which is what
the flow runs inside; tests/test_flows.py covers the Prefect path.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from flows.ingest import run_ingest
from flows.lock import LockedError, RunLock
from flows.settings import load_settings
from flows.sources import Source
from tests.fault_server import RELEASE_TEXT, Response, fault_server, page  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parent.parent


def rss(base: str, items: list[tuple[str, str]], pub: str = "Tue, 04 Oct 2022 12:00:00 GMT") -> bytes:
    body = "".join(f"<item><title>{guid}</title><link>{base}{path}</link><guid>{guid}</guid><pubDate>{pub}</pubDate>"
                   "</item>" for guid, path in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'.encode()


def feed_route(server, path: str, items: list[tuple[str, str]]) -> str:
    server.route(path, lambda req: Response(body=rss(server.url(""), items), content_type="application/rss+xml"))
    return server.url(path)


def settings(tmp_path: Path, **kw):
    s = load_settings(tmp_path / "mw.duckdb")
    return replace(s, host_delay_s=0.0, backoff_base_s=0.01, read_timeout_s=1.0, timeout_s=3.0, retries=1, **kw)


def q(db: Path, sql: str):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_tracking_duplicate_is_fetched_once_and_syndicated_copy_joins_the_story(tmp_path, fault_server):
    url = feed_route(fault_server, "/feed/dupes", [("a", "/release?id=1"), ("b", "/release?id=1&utm_source=x#top"),
                                                   ("c", "/syndicated/release")])
    rep = run_ingest([Source("wire", "wire", "feed", url)], settings(tmp_path))
    assert fault_server.hits["/release"] == 1
    assert rep.documents_new == 2
    stories = q(tmp_path / "mw.duckdb", "select count(distinct story_id), count(*) from documents")
    assert stories == [(1, 2)]


def test_unrelated_releases_are_separate_stories(tmp_path, fault_server):
    other = RELEASE_TEXT.replace("Riot", "Acme").replace("September", "March").split(".")[0] + \
        ". Acme mined 12 BTC and bought land in Ohio for a new site that opens next spring."
    fault_server.route("/other", lambda req: Response(body=page(other, "Acme")))
    url = feed_route(fault_server, "/feed/two", [("a", "/release?id=1"), ("b", "/other")])
    run_ingest([Source("wire", "wire", "feed", url)], settings(tmp_path))
    assert q(tmp_path / "mw.duckdb", "select count(distinct story_id) from documents") == [(2,)]


def test_changed_page_is_a_new_version_and_the_old_one_is_kept(tmp_path, fault_server):
    versions = [RELEASE_TEXT, RELEASE_TEXT.replace("produced 395 bitcoin", "produced 396 bitcoin")]
    assert versions[0] != versions[1]
    fault_server.route("/ir/news", lambda req: Response(body=page(versions[min(req.hit, 2) - 1], "Riot news")))
    src = [Source("ir", "ir", "page", fault_server.url("/ir/news"))]
    run_ingest(src, settings(tmp_path))
    run_ingest(src, settings(tmp_path))
    db = tmp_path / "mw.duckdb"
    assert q(db, "select count(*), count(distinct story_id) from documents") == [(2, 1)]
    mined = q(db, "select value from facts where type = 'btc_mined' and value in (395, 396) order by value")
    assert [float(v) for (v,) in mined] == [395.0, 396.0]  # both versions' facts are kept
    current = q(db, "select value from facts_current where type = 'btc_mined' and value in (395, 396)")
    assert [float(v) for (v,) in current] == [396.0]  # analysts see the latest version


def test_faults_are_recorded_and_the_run_goes_on(tmp_path, fault_server):
    url = feed_route(fault_server, "/feed/faults", [
        ("ok", "/release?id=1"), ("robots", "/private/page"), ("stall", "/stall?s=3"), ("reset", "/reset"),
        ("cut", "/truncated"), ("png", "/wrong-type"), ("big", "/big?mb=12"), ("loop", "/loop/a"),
        ("cp", "/cp1252"), ("slow503", "/retry-after/seconds")])
    bad = Source("bad", "bad feed", "feed", fault_server.url("/feed/malformed"))
    rep = run_ingest([Source("wire", "wire", "feed", url), bad], settings(tmp_path, max_bytes=5_000_000))
    db = tmp_path / "mw.duckdb"
    errors = {u.removeprefix(fault_server.url("")): (stage, reason)
              for stage, u, reason in q(db, "select stage, url, reason from errors")}
    assert errors["/private/page"][1].startswith("robots.txt disallows")
    assert "timed out" in errors["/stall?s=3"][1].lower() or "timeout" in errors["/stall?s=3"][1].lower()
    assert "/reset" in errors and "/truncated" in errors
    assert errors["/wrong-type"][1].startswith("unexpected content-type")
    assert errors["/big?mb=12"][1].startswith("unexpected content-type")  # refused before 12 MB are read
    assert "redirect loop" in errors["/loop/a"][1]
    assert errors["/feed/malformed"][0] == "feed", errors
    assert rep.sources_read == 1 and rep.sources_failed == 1
    texts = dict(q(db, "select url, text from documents"))
    assert any("é" in t and "\u201c" in t for t in texts.values())  # cp1252 without a charset, decoded right
    assert fault_server.url("/retry-after/seconds") in texts  # 503 + Retry-After, then stored
    assert rep.documents_new == 3


def test_second_run_is_a_noop_when_everything_answers_304(tmp_path, fault_server):
    src = [Source(f"s{i}", f"s{i}", "page", fault_server.url(f"/conditional?i={i}")) for i in range(5)]
    run_ingest(src, settings(tmp_path))
    rep = run_ingest(src, settings(tmp_path))
    assert rep.sources_not_modified == 5 and rep.documents_new == 0


def test_a_second_run_exits_with_a_clear_message_while_one_holds_the_database(tmp_path, fault_server):
    s = settings(tmp_path)
    with RunLock(s.db_path):
        with pytest.raises(LockedError, match=r"another minerwire run \(pid \d+, started .*\) is writing"):
            run_ingest([Source("ir", "ir", "page", fault_server.url("/page"))], s)


_CHILD = """
import sys
from dataclasses import replace
from flows.ingest import run_ingest
from flows.settings import load_settings
from flows.sources import Source
s = replace(load_settings(sys.argv[1]), host_delay_s=0.0, lock_wait_s=float(sys.argv[3]))
run_ingest([Source("wire", "wire", "feed", sys.argv[2])], s)
"""


def _child(db: Path, url: str, wait_s: float = 0.0) -> subprocess.Popen:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", _CHILD, str(db), url, str(wait_s)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _slow_feed(server, n: int) -> str:
    texts = {i: RELEASE_TEXT.replace("395 bitcoin", f"{300 + i} bitcoin") for i in range(n)}
    server.route("/r", lambda req: (req.wait(0.05), Response(body=page(texts[int(req.query["i"])], "R")))[1],
                 prefix=True)
    return feed_route(server, "/feed/slow", [(f"g{i}", f"/r?i={i}") for i in range(n)])


def _state(db: Path):
    return (q(db, "select doc_sha from documents order by 1"),
            q(db, "select doc_sha, type, value, char_start from facts order by all"),
            q(db, "select count(*) = count(distinct doc_sha) from documents"))


def test_kill_9_at_any_point_then_rerun_loses_and_duplicates_nothing(tmp_path, fault_server):
    url = _slow_feed(fault_server, 30)
    clean = tmp_path / "clean" / "mw.duckdb"
    run_ingest([Source("wire", "wire", "feed", url)], replace(settings(clean.parent), db_path=clean))
    db = tmp_path / "killed" / "mw.duckdb"
    for delay in (1.5, 2.5, 3.5):  # after start-up (~1 s), mid-run at different documents
        p = _child(db, url)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
    p = _child(db, url)
    assert p.wait(timeout=120) == 0, p.stderr.read()
    assert _state(db) == _state(clean)


def test_two_runs_at_once_one_waits_for_the_other(tmp_path, fault_server):
    url = _slow_feed(fault_server, 20)
    db = tmp_path / "mw.duckdb"
    first, second = _child(db, url, wait_s=60), _child(db, url, wait_s=60)
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0, first.stderr.read() + second.stderr.read()
    assert q(db, "select count(*), count(distinct doc_sha) from documents") == [(20, 20)]
    third = _child(db, url, wait_s=0)
    assert third.wait(timeout=60) == 0  # the lock is free again once both finished


def test_edgar_filings_lead_to_their_ex99_press_releases(tmp_path, fault_server):
    base = fault_server.url("")
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>RIOT 8-K</title>'
            f'<entry><title>8-K</title><link href="{base}/Archives/edgar/data/1167419/000-index.htm"/>'
            f'<id>urn:tag:sec.gov,2008:accession-number=0001</id><updated>2022-10-04T08:00:00-04:00</updated>'
            f'</entry></feed>').encode()
    index = ("<html><body><table><tr><th>Seq</th><th>Description</th><th>Document</th><th>Type</th></tr>"
             "<tr><td>1</td><td>FORM 8-K</td><td><a href='/Archives/edgar/data/1167419/riot-8k.htm'>riot-8k.htm</a>"
             "</td><td>8-K</td></tr><tr><td>2</td><td>PRESS RELEASE</td><td>"
             "<a href='/ix?doc=/Archives/edgar/data/1167419/ex99-1.htm'>ex99-1.htm</a></td><td>EX-99.1</td></tr>"
             "</table></body></html>").encode()
    fault_server.route("/edgar/riot", lambda req: Response(body=atom, content_type="application/atom+xml"))
    fault_server.route("/Archives/edgar/data/1167419/000-index.htm", lambda req: Response(body=index))
    fault_server.route("/Archives/edgar/data/1167419/ex99-1.htm", lambda req: Response(body=page(RELEASE_TEXT)))
    rep = run_ingest([Source("edgar-riot", "EDGAR RIOT", "edgar", fault_server.url("/edgar/riot"))], settings(tmp_path))
    assert rep.documents_new == 1 and fault_server.hits["/Archives/edgar/data/1167419/riot-8k.htm"] == 0
    assert q(tmp_path / "mw.duckdb", "select url from documents") == [(f"{base}/Archives/edgar/data/1167419/ex99-1.htm",)]
    rep = run_ingest([Source("edgar-riot", "EDGAR RIOT", "edgar", fault_server.url("/edgar/riot"))], settings(tmp_path))
    assert rep.documents_new == 0 and fault_server.hits["/Archives/edgar/data/1167419/000-index.htm"] == 1


def test_listing_page_links_are_followed(tmp_path, fault_server):
    listing = ("<html><body><nav><a href='/about'>About</a><a href='https://twitter.com/x'>X</a></nav><ul>"
               "<li><a href='/news-releases/riot-announces-september-2022-production'>Sept</a></li>"
               "<li><a href='/news-releases/riot-announces-september-2022-production#top'>again</a></li>"
               "</ul></body></html>").encode()
    fault_server.route("/ir/press", lambda req: Response(body=listing))
    fault_server.route("/news-releases/riot-announces-september-2022-production",
                       lambda req: Response(body=page(RELEASE_TEXT)))
    rep = run_ingest([Source("riot-ir", "Riot IR", "listing", fault_server.url("/ir/press"))], settings(tmp_path))
    assert rep.documents_new == 1 and fault_server.hits["/about"] == 0
    assert fault_server.hits["/news-releases/riot-announces-september-2022-production"] == 1


def test_a_decision_holds_for_the_same_sentence_in_a_new_version(tmp_path, fault_server):
    from flows.store import Store

    versions = [RELEASE_TEXT, RELEASE_TEXT + " Riot also named a new chief financial officer."]
    fault_server.route("/ir/v", lambda req: Response(body=page(versions[min(req.hit, 2) - 1], "Riot news")))
    src = [Source("ir", "ir", "page", fault_server.url("/ir/v"))]
    run_ingest(src, settings(tmp_path))
    db = tmp_path / "mw.duckdb"
    store = Store(db)
    (fid,) = store.con.execute("select fact_id from facts where type = 'btc_held'").fetchone()
    store.add_review(fid, "corrected", "ana", "restated in the 10-Q", {"value": 6767})
    store.close()
    run_ingest(src, settings(tmp_path))
    rows = q(db, "select f.doc_sha, p.value, p.status from fact_provenance p join facts f using (fact_id) "
                 "where p.type = 'btc_held'")
    assert len(rows) == 1 and rows[0][0] != q(db, "select doc_sha from facts where fact_id = '%s'" % fid)[0][0]
    assert float(rows[0][1]) == 6767 and rows[0][2] == "corrected"  # the new version kept the decision


def test_reviews_are_stored_while_a_run_is_fetching(tmp_path, fault_server):
    """A run holds the run lock for its whole length but the database only while it stores a batch: decisions made
    during the run go through (after a short wait at most) and the run completes too."""
    from flows.cli import main
    from click.testing import CliRunner

    url = _slow_feed(fault_server, 40)  # ~2 s of fetching
    db = tmp_path / "mw.duckdb"
    run_ingest([Source("wire", "wire", "feed", url)], settings(tmp_path))  # first facts to review
    (fid,) = q(db, "select fact_id from facts limit 1")[0]
    fault_server.route("/feed/slow2", lambda req: Response(body=rss(fault_server.url(""), [
        (f"h{i}", f"/r?i={i}&v=2") for i in range(40)]), content_type="application/rss+xml"))
    child = _child(db, fault_server.url("/feed/slow2"))
    time.sleep(1.5)  # the child is fetching
    for decision in ("accept", "reject"):
        r = CliRunner().invoke(main, ["review", decision, fid, "--reviewer", "ana", "--db", str(db)])
        assert r.exit_code == 0, r.output
    assert child.wait(timeout=120) == 0, child.stderr.read()
    assert q(db, "select decision from reviews order by decided_at") == [("accepted",), ("rejected",)]
    assert q(db, "select status from runs order by started_at") == [("completed",), ("completed",)]


def test_a_corrected_type_reaches_the_analysts_views(tmp_path, fault_server):
    from flows.store import Store

    fault_server.route("/ir/t", lambda req: Response(body=page(RELEASE_TEXT, "Riot news")))
    run_ingest([Source("ir", "ir", "page", fault_server.url("/ir/t"))], settings(tmp_path))
    db = tmp_path / "mw.duckdb"
    store = Store(db)
    (fid,) = store.con.execute("select fact_id from facts where type = 'btc_held'").fetchone()
    store.add_review(fid, "corrected", "ana", "it is the month's output", {"type": "btc_mined"})
    store.close()
    assert q(db, f"select type, unit, status from fact_provenance where fact_id = '{fid}'") == \
        [("btc_mined", "BTC", "corrected")]


def test_an_item_that_failed_is_retried_next_run_even_when_the_feed_is_unchanged(tmp_path, fault_server):
    from tests.fault_server import fail_then

    body = rss(fault_server.url(""), [("ok", "/release?id=1"), ("later", "/flaky-item")])

    def feed(req):
        if req.headers.get("if-none-match") == '"v1"':
            return Response(status=304, body=b"", headers={"ETag": '"v1"'})
        return Response(body=body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    fault_server.route("/feed/etag", feed)
    later = page(RELEASE_TEXT.replace("395", "397"), "later")
    fault_server.route("/flaky-item", fail_then(2, 500, ok=lambda req: Response(body=later)))
    src = [Source("wire", "wire", "feed", fault_server.url("/feed/etag"))]
    first = run_ingest(src, settings(tmp_path))  # retries=1: two 500s, the item fails
    assert first.documents_new == 1 and any("/flaky-item" in e for e in first.errors)
    second = run_ingest(src, settings(tmp_path))
    assert second.documents_new == 1  # the feed was read again (no ETag saved) and the item stored
    third = run_ingest(src, settings(tmp_path))
    assert third.sources_not_modified == 1  # now complete: the ETag is saved and the feed answers 304
