"""The reviewer's page without a browser (flows/review_app.py): queue order, escaping, CSRF and origin checks,
the token off loopback, reviewer identity, corrections, a busy database, and speed on 5,000 flagged facts."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import duckdb
import pytest

from flows.lock import WriteLock
from flows.reconcile import reconcile
from flows.review_app import ReviewConfigError, context_html, is_loopback, make_server, queue_page
from flows.store import Store
from models.fact import Evidence, Fact, Figure

FETCHED = dt.datetime(2025, 9, 5, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("MINERWIRE_REVIEW_TOKEN", raising=False)
    monkeypatch.delenv("MINERWIRE_REVIEWER", raising=False)


# -- building a database ----------------------------------------------------------------------------------------------
def make_fact(text: str, sentence: str, figure: str, *, type: str = "btc_mined",  # noqa: A002
              company: str = "Riot Platforms", value: float = 100.0, unit: str = "BTC",
              period: tuple[str | None, str] = ("2025-07-01", "2025-07-31"),
              flags: tuple[str, ...] = (), confidence: float = 0.9, hashrate_kind: str | None = None) -> Fact:
    s = text.index(sentence)
    f = text.index(figure, s)
    return Fact(type=type, company=company, ticker=None, value=value, unit=unit,
                period_start=dt.date.fromisoformat(period[0]) if period[0] else None,
                period_end=dt.date.fromisoformat(period[1]), hashrate_kind=hashrate_kind, confidence=confidence,
                flags=flags, evidence=Evidence(start=s, end=s + len(sentence), sentence=sentence),
                figure=Figure(start=f, end=f + len(figure), text=figure), extractor=f"{type}.test@1")


def make_doc(name: str, text: str, *, title: str = "A release", url: str | None = None) -> dict:
    sha = hashlib.sha256(f"{name}|{text}".encode()).hexdigest()
    url = url or f"https://example.com/{name}"
    return {"doc_sha": sha, "url": url, "requested_url": url, "source_id": "test", "title": title,
            "fetched_at": FETCHED, "published": dt.date(2025, 9, 3), "text_extractor": "test@1", "text": text,
            "raw_path": f"raw/{sha}.gz", "url_key": url, "publisher": "Test Wire"}


def build(db: Path, docs: list[tuple[dict, list[Fact]]]) -> Path:
    store = Store(db)
    try:
        run = store.start_run("test", "0", {})
        for i in range(0, len(docs), 200):
            store.add_documents(docs[i:i + 200], run, "v1")
        reconcile(store.con)
    finally:
        store.close()
    return db


def one_fact_db(tmp_path: Path, flags=("no_year",), **kw) -> tuple[Path, str]:
    text = "Intro line.\n\nRiot Platforms produced 321 BTC in August.\n\nOutro line."
    doc = make_doc("one", text)
    fact = make_fact(text, "Riot Platforms produced 321 BTC in August.", "321 BTC", value=321, flags=flags,
                     period=("2025-08-01", "2025-08-31"), **kw)
    build(tmp_path / "mw.duckdb", [(doc, [fact])])
    return tmp_path / "mw.duckdb", fact_ids(tmp_path / "mw.duckdb")[0]


def fact_ids(db: Path) -> list[str]:
    return [r[0] for r in q(db, "select fact_id from facts order by char_start, figure_start")]


def q(db: Path, sql: str, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# -- a server and a client ------------------------------------------------------------------------------------------
@contextmanager
def running(db: Path, **kw):
    srv = make_server(db, port=0, **kw)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(5)


class Client:
    """Keeps cookies like a browser; sends Origin on POST like a browser (unless told otherwise)."""

    def __init__(self, url: str) -> None:
        u = urlsplit(url)
        self.host, self.port, self.origin = u.hostname, u.port, url
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None, headers: dict | None = None,
                origin: str | None = "self"):
        con = http.client.HTTPConnection(self.host, self.port, timeout=10)
        h = {"Host": f"{self.host}:{self.port}"}
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            body = urlencode(form or {})
            h["Content-Type"] = "application/x-www-form-urlencoded"
            if origin is not None:
                h["Origin"] = self.origin if origin == "self" else origin
        h.update(headers or {})
        con.request(method, path, body=body, headers=h)
        r = con.getresponse()
        data = r.read().decode()
        for v in r.headers.get_all("Set-Cookie") or []:
            k, _, rest = v.partition("=")
            self.cookies[k] = rest.split(";", 1)[0]
        con.close()
        return r.status, r.headers, data

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def post(self, path: str, form: dict, **kw):
        return self.request("POST", path, form, **kw)

    def csrf(self, path: str = "/") -> str:
        status, _, body = self.get(path)
        assert status == 200, body
        return re.search(r'name="csrf" value="([0-9a-f]+)"', body).group(1)


# -- the queue ------------------------------------------------------------------------------------------------------
def test_queue_orders_conflicts_then_large_values_then_low_confidence(tmp_path):
    t1 = ("Riot Platforms produced 10 BTC in July. Riot Platforms held 5,000 BTC. CleanSpark mined 100 BTC in July, "
          "and CleanSpark mined 110 BTC in July by another count. Cipher mined 200 BTC in July. Bitdeer reached "
          "20 EH/s. Argo mined 20 BTC in July.")
    t2 = "Cipher Mining produced 250 BTC in July, the company said."
    s = [x.strip() + "." for x in t1.split(".") if x.strip()]
    low = make_fact(t1, s[0], "10 BTC", value=10, flags=("low_confidence",), confidence=0.3)
    large = make_fact(t1, s[1], "5,000 BTC", type="btc_held", value=5000, period=(None, "2025-07-31"),
                      flags=("no_year",), confidence=0.7)
    repeat_a = make_fact(t1, s[2], "100 BTC", company="CleanSpark", value=100, flags=("conflicting_repeat",),
                         confidence=0.7)
    repeat_b = make_fact(t1, s[2], "110 BTC", company="CleanSpark", value=110, flags=("conflicting_repeat",),
                         confidence=0.7)
    spread = make_fact(t1, s[3], "200 BTC", company="Cipher Mining", value=200, flags=("no_year",), confidence=0.7)
    hashrate = make_fact(t1, s[4], "20 EH/s", type="hashrate", company="Bitdeer", value=20, unit="EH/s",
                         period=(None, "2025-07-31"), flags=("no_year",), confidence=0.7, hashrate_kind="operational")
    mid = make_fact(t1, s[5], "20 BTC", company="Argo Blockchain", value=20, flags=("period_inferred",),
                    confidence=0.5)
    other = make_fact(t2, t2, "250 BTC", company="Cipher Mining", value=250)  # unflagged, published: competes
    db = build(tmp_path / "mw.duckdb", [(make_doc("a", t1), [low, large, repeat_a, repeat_b, spread, hashrate, mid]),
                                        (make_doc("b", t2), [other])])
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows, total = queue_page(con)
    finally:
        con.close()
    got = [(r["company"], float(r["value"])) for r in rows]
    assert total == 7
    # conflicts (by size relative to LARGE), then large values (5,000 BTC is 5x, 20 EH/s 2x), then confidence
    assert got == [("Cipher Mining", 200), ("CleanSpark", 110), ("CleanSpark", 100), ("Riot Platforms", 5000),
                   ("Bitdeer", 20), ("Riot Platforms", 10), ("Argo Blockchain", 20)]
    assert [r["conflict"] for r in rows] == [True] * 3 + [False] * 4
    assert rows[0]["value_spread"] and not rows[0]["repeat_conflict"]
    with running(db) as srv:
        status, _, body = Client(srv.url).get("/")
    assert status == 200
    page_order = re.findall(r'<tr data-href="/item/([0-9a-f]+)"', body)
    assert page_order == [r["fact_id"] for r in rows]
    assert "conflicting_repeat" in body and "low_confidence" in body and "0.30" in body


def test_item_shows_context_source_and_competing_values(tmp_path):
    t1 = "Cipher Mining produced 200 BTC in July. " + "Filler sentence. " * 40
    t2 = "Cipher Mining produced 250 BTC in July, the company said."
    f1 = make_fact(t1, "Cipher Mining produced 200 BTC in July.", "200 BTC", company="Cipher Mining", value=200,
                   flags=("no_year",))
    f2 = make_fact(t2, t2, "250 BTC", company="Cipher Mining", value=250)
    db = build(tmp_path / "mw.duckdb", [(make_doc("a", t1, url="https://wire.example/a"), [f1]),
                                        (make_doc("b", t2, title="Cipher update", url="https://ir.example/b"), [f2])])
    fid = q(db, "select fact_id from facts where value = 200")[0][0]
    with running(db) as srv:
        status, _, body = Client(srv.url).get(f"/item/{fid}")
    assert status == 200
    assert '<mark class="ev">Cipher Mining produced <mark class="fig">200 BTC</mark> in July.</mark>' in body
    assert '<a href="https://wire.example/a" rel="noopener noreferrer"' in body
    competing = body[body.index('id="competing"'):]
    assert "250 BTC" in competing and "Cipher update" in competing and "canonical" in competing
    assert "no_year" in body and "month or quarter without a year" in body


def test_context_window_is_escaped_and_bounded():
    text = "x" * 1000 + "<b>Riot</b> mined 5 BTC." + "y" * 1000
    s = text.index("<b>")
    out = context_html(text, s, s + 24, s + 18, s + 23)
    assert "<b>" not in out and "&lt;b&gt;Riot&lt;/b&gt;" in out
    assert out.startswith("…") and out.endswith("…") and len(out) < 800


# -- escaping -------------------------------------------------------------------------------------------------------
def test_scraped_text_is_escaped_everywhere(tmp_path):
    inj = "<script>alert(1)</script>"
    img = "<img src=x onerror=alert(1)>"
    text = f"Note {inj} here.\n\nRiot Platforms produced 321 BTC in August {img}.\n\nEnd."
    sentence = f"Riot Platforms produced 321 BTC in August {img}."
    fact = make_fact(text, sentence, "321 BTC", company=f'Evil <b>Co</b>" onmouseover="alert(1)', value=321,
                     flags=("no_year",))
    doc = make_doc("evil", text, title=f"Title {inj}", url="javascript:alert(1)")
    db = build(tmp_path / "mw.duckdb", [(doc, [fact])])
    fid = fact_ids(db)[0]
    with running(db) as srv:
        c = Client(srv.url)
        pages = [c.get("/")[2], c.get(f"/item/{fid}")[2]]
    for body in pages:
        assert "<script>alert" not in body and "<img src=x" not in body and "<b>Co</b>" not in body
        assert '" onmouseover=' not in body
        assert "Evil &lt;b&gt;Co&lt;/b&gt;&quot; onmouseover=&quot;alert(1)" in body
        assert 'href="javascript:' not in body
    item = pages[1]
    assert "Title &lt;script&gt;alert(1)&lt;/script&gt;" in item
    assert "&lt;img src=x onerror=alert(1)&gt;" in item
    assert re.findall(r"<script[^>]*>", item) == ['<script src="/static/app.js">']


def test_security_headers(tmp_path):
    db, fid = one_fact_db(tmp_path)
    with running(db) as srv:
        status, h, _ = Client(srv.url).get(f"/item/{fid}")
    assert status == 200
    csp = h["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert h["X-Frame-Options"] == "DENY" and h["X-Content-Type-Options"] == "nosniff"
    cookie = h["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


# -- CSRF and origin ------------------------------------------------------------------------------------------------
def test_post_without_csrf_token_or_from_another_origin_is_refused(tmp_path):
    db, fid = one_fact_db(tmp_path)
    with running(db, reviewer="ann") as srv:
        c = Client(srv.url)
        token = c.csrf(f"/item/{fid}")
        path = f"/item/{fid}/decide"
        assert c.post(path, {"decision": "accepted"})[0] == 403
        assert c.post(path, {"decision": "accepted", "csrf": "0" * 64})[0] == 403
        assert c.post(path, {"decision": "accepted", "csrf": token}, origin="http://evil.example")[0] == 403
        assert c.post(path, {"decision": "accepted", "csrf": token}, origin="null")[0] == 403
        assert c.post(path, {"decision": "accepted", "csrf": token}, origin=None,
                      headers={"Referer": "http://evil.example/x"})[0] == 403
        other = Client(srv.url)  # another session's token does not fit
        other.csrf(f"/item/{fid}")
        assert other.post(path, {"decision": "accepted", "csrf": token})[0] == 403
        assert q(db, "select count(*) from reviews") == [(0,)]
        status, h, _ = c.post(path, {"decision": "accepted", "csrf": token})
    assert status == 303 and h["Location"].startswith("/?done=accepted")
    assert q(db, "select decision, reviewer from reviews") == [("accepted", "ann")]


def test_loopback_server_refuses_foreign_host_headers(tmp_path):
    db, _ = one_fact_db(tmp_path)
    with running(db) as srv:
        c = Client(srv.url)
        assert c.get("/", headers={"Host": "evil.example:8765"})[0] == 421
        assert c.get("/", headers={"Host": f"localhost:{c.port}"})[0] == 200


# -- the token ------------------------------------------------------------------------------------------------------
def test_token_required_off_loopback(tmp_path, monkeypatch):
    db, _ = one_fact_db(tmp_path)
    for host in ("0.0.0.0", "192.0.2.10", "::", "review.example.com"):
        with pytest.raises(ReviewConfigError, match="without a token"):
            make_server(db, host=host, port=0)
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("")
    with pytest.raises(ReviewConfigError, match="no database"):
        make_server(tmp_path / "missing.duckdb", port=0)


def test_token_guards_every_request(tmp_path, monkeypatch):
    db, fid = one_fact_db(tmp_path)
    monkeypatch.setenv("MINERWIRE_REVIEW_TOKEN", "correct-horse-battery")
    with running(db, reviewer="ann") as srv:
        c = Client(srv.url)
        assert c.get("/")[0] == 401
        assert c.get(f"/item/{fid}")[0] == 401
        assert c.post(f"/item/{fid}/decide", {"decision": "accepted"})[0] == 401
        assert c.get("/?token=wrong-token")[0] == 401
        assert c.get("/", headers={"Authorization": "Bearer correct-horse-battery"})[0] == 200
        c.cookies.clear()
        status, h, _ = c.get("/?token=correct-horse-battery&page=1")
        assert status == 303 and h["Location"] == "/?page=1" and "mw_auth" in c.cookies
        assert "correct-horse-battery" not in c.cookies["mw_auth"]
        assert c.get("/")[0] == 200
        token = c.csrf(f"/item/{fid}")
        assert c.post(f"/item/{fid}/decide", {"decision": "rejected", "csrf": token})[0] == 303
    assert q(db, "select decision from reviews") == [("rejected",)]


# -- reviewer and decisions -----------------------------------------------------------------------------------------
def test_reviewer_from_cookie_is_recorded_and_required(tmp_path):
    db, fid = one_fact_db(tmp_path)
    with running(db) as srv:
        c = Client(srv.url)
        token = c.csrf(f"/item/{fid}")
        status, _, body = c.post(f"/item/{fid}/decide", {"decision": "accepted", "csrf": token})
        assert status == 400 and "reviewer name" in body
        assert c.post("/reviewer", {"name": "Bo <b>", "csrf": token, "back": f"/item/{fid}"})[0] == 303
        status, _, body = c.get(f"/item/{fid}")
        assert 'value="Bo &lt;b&gt;"' in body
        assert c.post(f"/item/{fid}/decide", {"decision": "rejected", "csrf": token, "note": "network hashrate"})[0] \
            == 303
    rows = q(db, "select reviewer, decision, note, before from reviews")
    assert [(r[0], r[1], r[2]) for r in rows] == [("Bo <b>", "rejected", "network hashrate")]
    assert json.loads(rows[0][3])["status"] == "flagged"
    assert q(db, "select status from fact_provenance where fact_id = ?", [fid]) == [("rejected",)]


def test_reviewer_from_environment(tmp_path, monkeypatch):
    db, fid = one_fact_db(tmp_path)
    monkeypatch.setenv("MINERWIRE_REVIEWER", "carol")
    with running(db) as srv:
        c = Client(srv.url)
        assert c.post(f"/item/{fid}/decide", {"decision": "accepted", "csrf": c.csrf(f"/item/{fid}")})[0] == 303
    assert q(db, "select reviewer from reviews") == [("carol",)]


def test_correction_updates_the_views_and_accept_keeps_it(tmp_path):
    db, fid = one_fact_db(tmp_path)
    form = {"value": "321", "period_start": "2025-08-01", "period_end": "2025-08-31", "company": "Riot Platforms",
            "type": "btc_mined", "hashrate_kind": ""}
    with running(db, reviewer="ann") as srv:
        c = Client(srv.url)
        token = c.csrf(f"/item/{fid}")
        path = f"/item/{fid}/decide"
        status, _, body = c.post(path, form | {"decision": "corrected", "csrf": token})
        assert status == 400 and "nothing changed" in body
        status, _, body = c.post(path, form | {"decision": "corrected", "csrf": token, "value": "abc"})
        assert status == 400 and "not a number" in body and 'value="abc"' in body
        status, _, body = c.post(path, form | {"decision": "corrected", "csrf": token, "company": "Nobody Inc"})
        assert status == 400 and "not in the registry" in body
        assert c.post(path, form | {"decision": "corrected", "csrf": token, "value": "1,321.5", "company": "CleanSpark",
                                    "period_end": "2025-08-30"})[0] == 303
        assert q(db, "select value, company, ticker, period_end, status from facts_current where fact_id = ?",
                 [fid]) == [(1321.5, "CleanSpark", "CLSK", dt.date(2025, 8, 30), "corrected")]
        assert q(db, "select value from canonical_current where company = 'CleanSpark'") == [(1321.5,)]
        # a second correction keeps the first one's fields; an accept keeps what the page showed
        assert c.post(path, form | {"decision": "corrected", "csrf": token, "value": "1321.5",
                                    "company": "CleanSpark", "period_end": "2025-08-31"})[0] == 303
        assert q(db, "select value, company, period_end from facts_current where fact_id = ?", [fid]) \
            == [(1321.5, "CleanSpark", dt.date(2025, 8, 31))]
        assert c.post(path, {"decision": "accepted", "csrf": token})[0] == 303
    assert q(db, "select value, company, status from facts_current where fact_id = ?", [fid]) \
        == [(1321.5, "CleanSpark", "accepted")]
    log = q(db, "select decision, corrected from reviews order by decided_at")
    assert [d for d, _ in log] == ["corrected", "corrected", "accepted"]
    assert json.loads(log[0][1]) == {"company": "CleanSpark", "value": 1321.5, "period_end": "2025-08-30",
                                     "ticker": "CLSK"}


def test_type_correction_is_recorded(tmp_path):
    db, fid = one_fact_db(tmp_path)
    with running(db, reviewer="ann") as srv:
        c = Client(srv.url)
        form = {"decision": "corrected", "csrf": c.csrf(f"/item/{fid}"), "type": "btc_sold", "value": "321"}
        assert c.post(f"/item/{fid}/decide", form)[0] == 303
    assert json.loads(q(db, "select corrected from reviews")[0][0]) == {"type": "btc_sold"}


# -- a busy database ------------------------------------------------------------------------------------------------
def test_busy_database_answers_503_then_recovers(tmp_path):
    db, _ = one_fact_db(tmp_path)
    with running(db, busy_wait_s=0.3) as srv:
        c = Client(srv.url)
        with WriteLock(db):  # an ingest run is storing a batch
            status, h, body = c.get("/")
        assert status == 503 and h["Retry-After"] and "busy" in body
        lock = WriteLock(db)
        lock.__enter__()
        threading.Timer(0.1, lock.__exit__).start()
        srv.app.busy_wait_s = 3.0  # released while the request waits: served
        assert c.get("/")[0] == 200


# -- speed ----------------------------------------------------------------------------------------------------------
def test_queue_of_5000_flagged_facts_renders_fast(tmp_path):
    docs = []
    for d in range(250):
        sentences = [f"Company {d} mined {d * 40 + i + 1} BTC in July." for i in range(40)]
        text = " ".join(sentences)
        facts = [make_fact(text, s, f"{d * 40 + i + 1} BTC", company=f"Co {d % 50}", value=d * 40 + i + 1,
                           period=(f"2025-{1 + i % 12:02d}-01", f"2025-{1 + i % 12:02d}-28"),
                           flags=("no_year",) if i % 2 else (), confidence=0.3 + (i % 7) / 10)
                 for i, s in enumerate(sentences)]
        docs.append((make_doc(f"d{d}", text), facts))
    db = build(tmp_path / "mw.duckdb", docs)
    assert q(db, "select count(*) from review_queue") == [(5000,)]
    with running(db) as srv:
        c = Client(srv.url)
        c.get("/")  # warm up
        times = []
        for page in (1, 50, 100):
            t0 = time.perf_counter()
            status, _, body = c.get(f"/?page={page}")
            times.append(time.perf_counter() - t0)
            assert status == 200 and body.count("<tr data-href=") == 50
        fid = re.search(r'data-href="/item/([0-9a-f]+)"', body).group(1)
        t0 = time.perf_counter()
        assert c.get(f"/item/{fid}")[0] == 200
        times.append(time.perf_counter() - t0)
    assert max(times) < 1.0, times


# -- the analysts' copy ---------------------------------------------------------------------------------------------
def test_decisions_refresh_the_analysts_copy_once_after_a_burst(tmp_path):
    from flows.store import analysts_copy_path

    db, fid = one_fact_db(tmp_path)
    copy = analysts_copy_path(db)
    with running(db, reviewer="ann", publish_delay_s=0.2) as srv:
        c = Client(srv.url)
        assert c.post(f"/item/{fid}/decide", {"decision": "accepted", "csrf": c.csrf(f"/item/{fid}")})[0] == 303
        deadline = time.monotonic() + 5
        while not copy.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert q(copy, "select decision from reviews") == [("accepted",)]
        srv.app.publish_delay_s = 60.0  # pending at shutdown: published by server_close
        assert c.post(f"/item/{fid}/decide", {"decision": "rejected", "csrf": c.csrf(f"/item/{fid}")})[0] == 303
        assert q(copy, "select count(*) from reviews") == [(1,)]
    assert q(copy, "select decision from reviews order by decided_at") == [("accepted",), ("rejected",)]


def test_a_decision_from_a_stale_page_goes_to_the_current_fact_for_the_same_figure(tmp_path):
    import duckdb as _duckdb

    from flows.review_app import current_fact_for

    db, fid = one_fact_db(tmp_path)
    con = _duckdb.connect(str(db))
    # what a re-extraction with new versions leaves: the old row, and a new current row with the same review key
    con.execute("create temp table old as select * from facts where fact_id = ?", [fid])
    con.execute("update old set fact_id = 'stale-' || fact_id, run_id = 'old-run'")
    con.execute("insert into facts select * from old")
    assert current_fact_for(con, "stale-" + fid) == fid
    con.close()
