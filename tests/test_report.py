"""The HTML report (flows/report.py): self-contained, one section per miner, every mark linked to its source,
database strings escaped; rendered in Chromium with the network cut off.

The databases are built through flows.store (documents and facts as an ingest stores them), reconciled or not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import lxml.html
import pytest

from flows.reconcile import reconcile
from flows.report import render_report, write_report
from flows.store import Store, connect
from models.fact import Evidence, Fact, Figure

CHROMIUM = Path("/usr/bin/chromium")
RIOT, EVIL = "Riot Platforms", "Evil <script>alert('co')</script> Mining"
EVIL_URL = 'https://news.example/evil/<script>alert(1)</script>?a=1&b="x"'
EVIL_TITLE = '<script>alert("title")</script> Evil update <img src=x onerror=alert(2)>'
JS_URL = "javascript:alert(document.domain)"
NEWS_URL = "https://theminermag.com/news/2024-04-05/miners-march-2024/"


def riot_url(month: int) -> str:
    return f"https://www.globenewswire.com/news-release/2024/{month + 1:02d}/03/riot-2024-{month:02d}.html"


def evil_url(month: int) -> str:
    return EVIL_URL if month == 1 else f"https://www.prnewswire.com/evil-2024-{month:02d}.html"


def month_end(month: int) -> dt.date:
    return dt.date(2024, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(2024, 12, 31)


def fact(typ: str, company: str, ticker: str, value: float, end: dt.date, i: int, *, start: dt.date | None = None,
         kind: str | None = None) -> Fact:
    sentence = f"{company} reported {value} for {end}."
    return Fact(type=typ, company=company, ticker=ticker, value=value, unit="EH/s" if typ == "hashrate" else "BTC",
                period_start=start, period_end=end, hashrate_kind=kind, confidence=0.9,
                evidence=Evidence(start=0, end=len(sentence), sentence=sentence), extractor=f"{typ}.test@1",
                figure=Figure(start=i, end=i + 3, text=str(value)))


def doc(url: str, title: str, published: dt.date, text: str) -> dict:
    sha = hashlib.sha256(f"{url}|{text}".encode()).hexdigest()
    return {"doc_sha": sha, "url": url, "requested_url": url, "canonical_url": url, "source_id": "test",
            "feed_guid": sha[:12], "title": title, "fetched_at": dt.datetime(2024, 8, 1, tzinfo=dt.timezone.utc),
            "published": published, "content_type": "text/html", "text_extractor": "test@1", "text": text,
            "raw_path": f"raw/{sha}.gz", "publisher": None, "language": "en", "url_key": url, "simhash": None}


def build(path: Path, *, reconciled: bool = True) -> Path:
    """Riot: Jan-Jun 2024 production, holdings and operational hashrate, a year-end target, a Q1 total (not
    charted), March also on a news site. Evil: Jan-Apr production, Jan-Mar holdings, no hashrate; its January
    release has a <script> URL and title, its February figure a javascript: copy."""
    batch = []
    for m in range(1, 7):
        start, end = dt.date(2024, m, 1), month_end(m)
        facts = [fact("btc_mined", RIOT, "RIOT", 400 + m, end, 0, start=start),
                 fact("btc_held", RIOT, "RIOT", 8000 + 10 * m, end, 10),
                 fact("hashrate", RIOT, "RIOT", 10 + m / 2, end, 20, kind="operational")]
        if m == 3:
            facts.append(fact("btc_mined", RIOT, "RIOT", 1209, end, 30, start=dt.date(2024, 1, 1)))
        if m == 6:
            facts.append(fact("hashrate", RIOT, "RIOT", 40, dt.date(2024, 12, 31), 40, kind="target"))
        batch.append((doc(riot_url(m), f"Riot {m} update", end + dt.timedelta(days=3), f"riot {m}"), facts))
    batch.append((doc(NEWS_URL, "Miners in March", month_end(3) + dt.timedelta(days=5), "news march"),
                  [fact("btc_mined", RIOT, "RIOT", 403, month_end(3), 0, start=dt.date(2024, 3, 1))]))
    for m in range(1, 5):
        start, end = dt.date(2024, m, 1), month_end(m)
        facts = [fact("btc_mined", EVIL, "EVIL", 50 + m, end, 0, start=start)]
        if m < 4:
            facts.append(fact("btc_held", EVIL, "EVIL", 900 + m, end, 10))
        title = EVIL_TITLE if m == 1 else f"Evil {m} update"
        batch.append((doc(evil_url(m), title, end + dt.timedelta(days=2), f"evil {m}"), facts))
    batch.append((doc(JS_URL, "copy", month_end(2) + dt.timedelta(days=1), "evil js copy"),
                  [fact("btc_mined", EVIL, "EVIL", 52, month_end(2), 0, start=dt.date(2024, 2, 1))]))
    store = Store(path)
    try:
        run = store.start_run("test", "test", {"test": 1})
        store.add_documents(batch, run, "test@1")
        store.finish_run(run, "completed", {})
        if reconciled:
            reconcile(store.con)
    finally:
        store.close()
    return path


@pytest.fixture(scope="module")
def dbs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("report")
    return {"canonical": build(d / "canonical.duckdb"), "views": build(d / "views.duckdb", reconciled=False)}


def make(db: Path, out: Path, **kw) -> tuple[Path, str]:
    con = connect(db, read_only=True)
    try:
        path = write_report(con, out, **kw)
    finally:
        con.close()
    return path, path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report(dbs, tmp_path_factory) -> tuple[Path, str]:
    return make(dbs["canonical"], tmp_path_factory.mktemp("out") / "sub" / "report.html")


def svg_marks(page: str, chart: str, tag: str) -> list:
    tree = lxml.html.fromstring(page)
    return tree.xpath(f"//svg[contains(@class, '{chart}')]//{tag}")


def test_self_contained_and_no_markup_from_the_database(report):
    _, page = report
    low = page.lower()
    assert page.startswith("<!doctype html>")
    for bad in ('src="http', "src=http", "<link", "@import", "url(http", "<script", "<iframe", "<img",
                'href="javascript', "cdn"):
        assert bad not in low, bad
    assert "&lt;script&gt;alert(&#x27;co&#x27;)&lt;/script&gt;" in page  # company name
    assert "&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Evil update &lt;img src=x" in page  # title
    assert "evil/&lt;script&gt;alert(1)&lt;/script&gt;?a=1&amp;b=&quot;x&quot;" in page  # URL
    assert "default-src 'none'" in page  # and the CSP forbids loading anything anyway


def test_one_section_per_miner_with_header_and_contents(report):
    _, page = report
    tree = lxml.html.fromstring(page)
    sections = tree.xpath("//section[@class='miner']")
    assert [s.xpath("string(h2)").strip() for s in sections] == [EVIL + " EVIL", RIOT + " RIOT"]
    toc = [a.get("href") for a in tree.xpath("//nav[@id='contents']//a")]
    assert toc == ["#" + s.get("id") for s in sections]
    meta = tree.xpath("string(//p[@class='meta'])")
    assert "Generated" in meta and "canonical.duckdb" in meta and "canonical_current" in meta
    counts = dict(zip(tree.xpath("//dl[@class='counts']//dt/text()"), tree.xpath("//dl[@class='counts']//dd/text()"),
                      strict=True))
    assert counts["miners charted"] == "2" and counts["production months"] == "10"
    assert counts["holdings points"] == "9" and counts["hashrate points"] == "7" and counts["documents"] == "12"
    for svg in tree.xpath("//svg"):
        assert svg.get("role") == "img" and svg.get("aria-label")


def test_every_mark_links_to_its_source(report):
    _, page = report
    bars = svg_marks(page, "chart-production", "rect")
    assert len(bars) == 10  # 6 Riot months (the Q1 total is not a month) + 4 Evil
    for bar in bars:
        a = bar.getparent()
        assert a.tag == "a" and a.get("target") == "_blank" and a.get("rel") == "noopener noreferrer"
        assert a.get("href").startswith("https://")
        tip = a.xpath("string(title)")
        assert re.search(r"BTC mined, \w{3} 2024\. \d sources? \(\d independent\)", tip), tip
    hrefs = {a.xpath("string(title)").split(",")[0].split(": ")[1]: a.get("href")
             for a in (b.getparent() for b in bars) if a.xpath("string(title)").startswith(RIOT)}
    assert hrefs["403 BTC mined"] == riot_url(3)  # two sources: the wire release (the stronger) is linked
    evil = {a.xpath("string(title)").split(" BTC")[0].rsplit(" ", 1)[1]: a.get("href")
            for a in (b.getparent() for b in bars) if not a.xpath("string(title)").startswith(RIOT)}
    assert evil == {"51": EVIL_URL, "52": evil_url(2), "53": evil_url(3), "54": evil_url(4)}
    points = svg_marks(page, "chart-holdings", "circle")
    assert len(points) == 9 and all(p.getparent().tag == "a" for p in points)
    rates = svg_marks(page, "chart-hashrate", "g[@class='marks']//circle")
    assert len(rates) == 7 and {p.getparent().get("href") for p in rates} == {riot_url(m) for m in range(1, 7)}
    legend = lxml.html.fromstring(page).xpath("//svg[contains(@class,'chart-hashrate')]//g[@class='legend']//text")
    assert [t.text for t in legend] == ["operational", "target"]


def test_source_tables_list_every_url(report):
    tree = lxml.html.fromstring(report[1])
    rows = tree.xpath("//section[@class='miner'][2]//figure[1]//table/tbody/tr")
    assert len(rows) == 6
    march = [r for r in rows if r.xpath("string(td[2])") == "Mar 2024"][0]
    assert [a.get("href") for a in march.xpath(".//a")] == [riot_url(3), NEWS_URL]
    assert march.xpath("string(td[1])") == RIOT and march.xpath("string(td[4])").startswith("2")
    evil_feb = tree.xpath("//section[@class='miner'][1]//figure[1]//table/tbody/tr[2]")[0]
    assert [a.get("href") for a in evil_feb.xpath(".//a")] == [evil_url(2)]
    assert evil_feb.xpath("string(.//code)") == JS_URL  # listed, never a link
    assert tree.xpath("//section[@class='miner'][1]//p[@class='empty']")  # Evil reports no hashrate


def test_views_fallback_without_reconciliation(dbs, tmp_path):
    _, page = make(dbs["views"], tmp_path / "r.html")
    assert "minerwire reconcile" in page and "facts_current" in page
    assert len(svg_marks(page, "chart-production", "rect")) == 10
    assert len(svg_marks(page, "chart-holdings", "circle")) == 9
    assert len(svg_marks(page, "chart-hashrate", "g[@class='marks']//circle")) == 7
    assert "<script" not in page.lower()


def test_companies_filter_and_empty_database(dbs, tmp_path):
    _, page = make(dbs["canonical"], tmp_path / "one.html", companies=["riot", "Nobody Inc"],
                   title="Riot <only>")  # a ticker, any case
    assert page.count('<section class="miner"') == 1 and "No charted facts for: Nobody Inc." in page
    assert "<title>Riot &lt;only&gt;</title>" in page
    _, page = make(dbs["canonical"], tmp_path / "none.html", companies=["nobody"])
    assert '<section class="miner"' not in page and "None of the requested miners" in page
    connect(tmp_path / "empty.duckdb").close()
    _, page = make(tmp_path / "empty.duckdb", tmp_path / "empty.html")
    assert "No facts to chart" in page and "<svg" not in page


def test_render_is_deterministic_given_the_time(dbs):
    con = connect(dbs["canonical"], read_only=True)
    try:
        now = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
        a, b = (re.sub(r"in \d+\.\d\d s", "", render_report(con, now=now, db_label="x")) for _ in range(2))
    finally:
        con.close()
    assert a == b and "2025-01-02 03:04:05 UTC" in a


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed at /usr/bin/chromium")
def test_renders_in_chromium_offline(report):
    from playwright.sync_api import sync_playwright

    path, _ = report
    blocked, errors, dialogs = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1000})

            def route(r):
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            assert page.locator("svg.chart[role=img][aria-label]").count() == 5  # Riot 3, Evil 2
            assert page.locator("svg.chart-production a > rect.bar").count() == 10
            assert page.locator("svg.chart-holdings a > circle.pt").count() == 9
            assert page.locator("svg.chart-hashrate g.marks a > circle").count() == 7
            box = page.locator("svg.chart-production rect.bar").first.bounding_box()
            assert box and box["width"] > 1 and box["height"] > 1
            assert page.evaluate("document.documentElement.scrollWidth") <= 900  # no sideways scrolling at 900px
            assert page.title() == "minerwire report"
            for d in page.locator("details.sources").all():
                d.locator("summary").click()
            page.locator("svg.chart-production a").first.hover()
            shot = path.with_suffix(".png")  # next to the report
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert blocked == [] and errors == [] and dialogs == []
    assert shot.stat().st_size > 10_000
