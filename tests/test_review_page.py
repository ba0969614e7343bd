"""The reviewer's page in Chromium (Playwright): decisions from the keyboard land in DuckDB, scraped markup stays
text, and a screenshot of the queue is kept as a test artifact.

The database is the recorded web (fixtures/http, through fixtures/sources.toml) plus one page carrying script and
HTML injection and one stating two figures for one fact (fixtures/http/injection), ingested with `run_ingest`.
Chromium is Debian's /usr/bin/chromium (CI installs it in .ci/run); these tests are skipped, with that reason, where
it is missing.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import duckdb
import pytest

from flows.ingest import run_ingest
from flows.review_app import make_server
from flows.settings import load_settings
from flows.sources import Source, load_sources
from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
INJECTION_PAGE = "injection/riot-august-update-with-markup.html"
CONFLICT_PAGE = "injection/riot-august-update-other-figure.html"  # two August figures in one note, twice: conflicts
ARTIFACTS = Path(os.environ.get("MINERWIRE_ARTIFACTS") or ROOT / "test-artifacts")  # git-ignored

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"no Chromium at {CHROMIUM} (CI installs it: apt-get install chromium)")


@pytest.fixture(scope="module")
def db(http_fixtures, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("review") / "mw.duckdb"
    sources = load_sources(ROOT / "fixtures/sources.toml") + [
        Source("injection-page", "Injection page", "page", f"{http_fixtures}/{INJECTION_PAGE}"),
        Source("conflict-page", "Conflict page", "page", f"{http_fixtures}/{CONFLICT_PAGE}")]
    rep = run_ingest(sources, load_settings(path))
    assert rep.facts_flagged > 5 and not rep.errors, rep
    return path


@pytest.fixture(scope="module")
def server(db):
    srv = make_server(db, port=0, reviewer=None)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()
    t.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh browser context (no cookies) that has told the page who reviews: 'ann'."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(server.url + "/")
    pg.fill("#reviewer-name", "ann")
    pg.press("#reviewer-name", "Enter")
    pg.wait_for_selector("#reviewer-name[value='ann']")
    yield pg
    context.close()


def q(db: Path, sql: str, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def open_first_item(page) -> str:
    """From the queue, Enter opens the selected (first) row; returns its fact id."""
    page.goto(page.url.split("/item/")[0].split("?")[0].rstrip("/") + "/")
    page.keyboard.press("Enter")
    page.wait_for_url("**/item/**")
    return page.url.split("/item/")[1].split("?")[0]


def test_accept_from_the_keyboard(page, db):
    first = open_first_item(page)
    page.keyboard.press("j")  # next item, then back
    page.wait_for_url(lambda u: "/item/" in u and first not in u)
    page.keyboard.press("k")
    page.wait_for_url(f"**/item/{first}")
    page.keyboard.press("a")
    page.wait_for_url("**done=accepted**")
    assert page.locator("#flash").inner_text().startswith("accepted")
    assert q(db, "select decision, reviewer from reviews where fact_id = ?", [first]) == [("accepted", "ann")]
    assert q(db, "select status from fact_provenance where fact_id = ?", [first]) == [("accepted",)]
    assert first not in [r[0] for r in q(db, "select fact_id from review_queue")]


def test_reject_with_a_note_from_the_keyboard(page, db):
    fid = open_first_item(page)
    page.keyboard.press("n")
    page.keyboard.type("network hashrate, not the company's")
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    page.wait_for_url("**done=rejected**")
    assert q(db, "select decision, reviewer, note from reviews where fact_id = ?", [fid]) \
        == [("rejected", "ann", "network hashrate, not the company's")]
    assert q(db, "select status from fact_provenance where fact_id = ?", [fid]) == [("rejected",)]
    assert q(db, "select count(*) from facts_current where fact_id = ?", [fid]) == [(0,)]


def test_correct_the_value_from_the_keyboard(page, db):
    fid = open_first_item(page)
    page.keyboard.press("c")
    assert page.evaluate("document.activeElement.id") == "f-value"
    page.keyboard.type("777.5")  # the current value is selected: typing replaces it
    page.keyboard.press("Enter")
    page.wait_for_url("**done=corrected**")
    assert q(db, "select value, status from facts_current where fact_id = ?", [fid]) == [(777.5, "corrected")]
    assert q(db, "select decision, reviewer, corrected->>'value' from reviews where fact_id = ?", [fid]) \
        == [("corrected", "ann", "777.5")]
    page.goto(f"{page.url.split('/item/')[0]}/item/{fid}")
    assert page.locator("#fact-value").inner_text() == "777.5 BTC"
    assert page.locator("#fact-status").inner_text() == "corrected"


def test_injected_markup_shows_as_text_and_never_runs(page, db, server):
    rows = q(db, "select fact_id, sentence from fact_provenance where url like ? and status = 'flagged'",
             [f"%{INJECTION_PAGE}"])
    assert rows and "<img src=x onerror=alert(1)>" in rows[0][1]
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server.url}/item/{rows[0][0]}")
    context = page.locator("#context")
    text = context.inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert context.locator("mark.ev").inner_text().endswith("<img src=x onerror=alert(1)>.")
    assert context.locator("img, script").count() == 0
    assert page.locator("#doc-title").inner_text() == "Riot August update <script>alert(1)</script>"
    assert page.locator("script").count() == 1  # the page's own /static/app.js
    page.keyboard.press("?")  # the page's own script runs under the CSP
    assert page.locator("#help").is_visible()
    page.wait_for_timeout(200)
    assert page.dialogs == [] and not [e for e in errors if "Content Security Policy" in e]


def test_queue_screenshot_is_saved(page, db, tmp_path):
    page.goto(page.url.split("?")[0])
    rows = page.locator("#queue tbody tr")
    assert rows.count() == min(50, q(db, "select count(*) from review_queue")[0][0])
    assert "conflict" in rows.first.inner_text()  # conflicts lead the queue
    shot = tmp_path / "review-queue.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.exists() and shot.stat().st_size > 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    kept = shutil.copy(shot, ARTIFACTS / shot.name)
    assert Path(kept).stat().st_size == shot.stat().st_size
