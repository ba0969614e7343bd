"""Page parser on the recorded web: its text equals the hand-written fixtures/docs/web-*.txt."""

import json

import pytest

from flows.pages import PageError, parse_page
from tests.conftest import ROOT

GOLD = [json.loads(line) for line in (ROOT / "fixtures/gold/web.jsonl").read_text().splitlines() if line.strip()]
PAGES = sorted((ROOT / "fixtures/http").glob("*/*.html"))


def _page_for(doc_id: str):
    slug = doc_id.removeprefix("web-")
    return next(p for p in PAGES if p.stem == slug)


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_page_text_matches_fixture(doc):
    page = parse_page(_page_for(doc["id"]).read_bytes(), "http://x/")
    assert page.text == (ROOT / "fixtures/gold" / doc["text_file"]).read_text()


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_published_from_metadata_not_ticker(doc):
    page = parse_page(_page_for(doc["id"]).read_bytes(), "http://x/")
    assert page.published and page.published.isoformat() == doc["published"]


@pytest.mark.parametrize("content,ctype,reason", [
    (b"", "text/html", "empty page"),
    ((ROOT / "fixtures/http/bad/image.png").read_bytes(), "image/png", "not HTML"),
    (b"<html><body><nav>menu</nav></body></html>", "text/html", "empty page"),
])
def test_bad_pages_raise_clear_errors(content, ctype, reason):
    with pytest.raises(PageError, match=reason):
        parse_page(content, "http://x/", ctype)
