"""Wire page parsers on recorded-style pages (fixtures/http/wires): dispatch, metadata, chrome, tables, encodings.

The pages are written for these tests, modeled on each wire's layout, with a ticker dated the day they were written
(2026-11-21) and sidebars of other releases' dates: neither may become the publication date.
"""

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.pages import PARSERS, PageError, parse_page, parser_for
from flows.pages.base import decode, table_rows
from flows.pages.meta import dateline_date, norm_language
from tests.conftest import ROOT

WIRES = ROOT / "fixtures/http/wires"
TICKER_DAY = dt.date(2026, 11, 21)
GNW_URL = ("https://www.globenewswire.com/news-release/2025/06/03/3092715/0/en/"
           "Cipher-Mining-Announces-May-2025-Operational-Update.html")
EDGAR_URL = "https://www.sec.gov/Archives/edgar/data/1167419/000116741925000009/ex99-1.htm"

CASES = {
    "globenewswire-cipher-may-2025-update": dict(
        url=GNW_URL, parser="globenewswire@1", title="Cipher Mining Announces May 2025 Operational Update",
        published="2025-06-03", source="meta", publisher="GlobeNewswire News Room", language="en", canonical=GNW_URL,
        other_dates=["2025-05-05", "2025-04-29"],
        absent=["Sign In", "RSS Feeds", "Share on X", "Email this release", "CIFR 4.87", "delayed quote",
                "Related News",
                "April 2025 Operational Update", "Tags", "All Rights Reserved"],
        rows=["Metric | May 2025 | April 2025", "BTC mined1 | 192 | 179", "BTC held at month end2 | 1,063 | 1,007"],
        present=["- Mined 192 BTC1 during May, about 6.2 BTC a day.",
                 "Contacts: Investor Relations: ir@ciphermining.com",
                 "About Cipher Mining", "Forward-Looking Statements"]),
    "prnewswire-cleanspark-september-2025-update": dict(
        url="https://www.prnewswire.com/news-releases/cleanspark-releases-september-2025-302573612.html",
        parser="prnewswire@1",
        title="CleanSpark Releases September 2025 Bitcoin Mining Update and Fiscal Year 2025 Production Results",
        published="2025-10-03", source="dateline", publisher="PR Newswire", language="en",
        canonical="https://www.prnewswire.com/news-releases/cleanspark-releases-september-2025-bitcoin-mining-update-"
                  "and-fiscal-year-2025-production-results-302573612.html",
        other_dates=["2025-09-03", "2025-08-05"],
        absent=["My Account", "Share this article", "Facebook", "14.92", "market data delayed",
                "More news from this source",
                "View original content", "Cision"],
        rows=["Metric | September 2025 | August 2025", "Bitcoin mined | 629 | 657",
              "Proceeds from sales | $50.4 million | $55.0 million", "Bitcoin held1 | 13,011 | 12,827"],
        present=["(NASDAQ: CLSK)", "- Bitcoin holdings on September 30, 2025: 13,011 BTC1", "SOURCE CleanSpark, Inc."]),
    "businesswire-core-scientific-february-2023": dict(
        url="https://www.businesswire.com/news/home/20230307005123/en/Core-Scientific-Announces-February-2023",
        parser="businesswire@1", title="Core Scientific Announces February 2023 Production and Operations Update",
        published="2023-03-07", source="dateline", publisher="Business Wire", language="en",
        canonical="https://www.businesswire.com/news/home/20230307005123/en/Core-Scientific-Announces-February-2023-"
                  "Production-and-Operations-Update",
        other_dates=["2023-02-03", "2022-12-21", "2026-11-20"],
        absent=["Log In", "Tweet", "Share on LinkedIn", "CORZ $15.06", "More News From Core Scientific",
                "Voluntary Chapter 11", "Berkshire"],
        rows=["Production | Feb. 2023 | Jan. 2023", "Bitcoin self-mined1 | 1,165 | 1,527",
              "Bitcoin sold | 1,176 | 1,488"],
        present=["- Self-mined 1,165 bitcoin1, or about 41.6 bitcoin per day.", "About Core Scientific"]),
    "accesswire-lm-funding-april-2024": dict(
        url="https://www.accesswire.com/859213/lm-funding-america-reports-april-2024-bitcoin-production",
        parser="accesswire@1", title="LM Funding America Reports April 2024 Bitcoin Production and Mining Update",
        published="2024-05-07", source="dateline", publisher="ACCESS Newswire", language="en",
        canonical="https://www.accesswire.com/859213/lm-funding-america-reports-april-2024-bitcoin-production-and-"
                  "mining-update",
        other_dates=["2024-04-08", "2024-03-07"],
        absent=["Client Login", "Pricing", "Share on Facebook", "LMFA 1.92", "Related Articles",
                "March 2024 Bitcoin Production",
                "Tags: bitcoin"],
        rows=["Item | April 2024 | March 2024", "Bitcoin mined | 14.8 | 16.7", "Bitcoin held1 | 165.2 | 160.7"],
        present=["- Held approximately 165.2 bitcoin1 as of May 3, 2024.",
                 "Contact: Investor Relations, investors@lmfunding.com"]),
    "newsfile-dmg-february-2025-update": dict(
        url="https://www.newsfilecorp.com/release/244310/DMG-Blockchain-Solutions-Provides-February-2025",
        parser="newsfile@1", title="DMG Blockchain Solutions Provides February 2025 Operational Update",
        published="2025-03-12", source="dateline", publisher="Newsfile Corp.", language="en",
        canonical="https://www.newsfilecorp.com/release/244310/DMG-Blockchain-Solutions-Provides-February-2025-"
                  "Operational-Update",
        other_dates=["2025-02-11", "2025-01-14", "2026-11-20"],
        absent=["Companies", "Print", "PDF", "Recent releases", "January 2025 Operational Update", "DMGI C$0.41",
                "To view the source version"],
        rows=["February 2025 | Value", "BTC mined | 25", "BTC held1 | 350"],
        present=["- Bitcoin held at month end: 350 BTC1.", "For further information, please contact: Sheldon Bennett"]),
    "edgar-riot-8k-ex99-1-january-2025": dict(
        url=EDGAR_URL, parser="edgar@1", title="Riot Platforms Reports January 2025 Production and Operations Updates",
        published="2025-02-04", source="dateline", publisher="SEC EDGAR", language=None, canonical=None,
        other_dates=[],
        absent=["ix:header", "riot-20250204", "0001167419", "\n\n1\n\n", "\n\n2\n\n", "●"],
        rows=["Metric | January 2025 | December 2024 | Month/Month Change", "Bitcoin Produced1 | 527 | 516 | 2%",
              "Bitcoin Held | 18,221 | 17,722 | 3%", "Power Credits | $0.4 million | $0.3 million"],
        present=["Exhibit 99.1", "- Produced 527 Bitcoin1 in January, a 2% increase over the 516 Bitcoin produced in "
                 "December 2024.", "Average operating hashrate was 28.0 EH/s in January, compared with 27.4 EH/s in "
                 "December. The Company did not sell any Bitcoin during the month.",
                 "Investor Contact: Phil McPherson IR@Riot.Inc"]),
    "news-decrypt-digihost-january-2025": dict(
        url="https://decrypt.co/305511/digihost-january-2025-bitcoin-production", parser="news@1",
        title="Digihost Output Slips in January as Alabama Build-Out Nears", published="2025-02-06", source="json-ld",
        publisher="Decrypt", language="en",
        canonical="https://decrypt.co/305511/digihost-january-2025-bitcoin-production",
        other_dates=["2025-01-08", "2025-01-22", "2026-11-20"],
        absent=["Newsletters", "BTC $68,912", "DGHI $2.31", "Share on X", "Copy link", "By Mira Castell", "Updated Nov",
                "Related stories", "Winter Storms", "Decrypt Media"],
        rows=["Month | BTC mined", "November 2024 | 31", "January 2025 | 27"],
        present=["15.3 BTC* on its balance sheet", "Selling to build"]),
}


def _page(name):
    case = CASES[name]
    return case, parse_page((WIRES / f"{name}.html").read_bytes(), case["url"], "text/html; charset=utf-8")


@pytest.mark.parametrize("name", CASES)
def test_parser_title_and_text_layout(name):
    case, page = _page(name)
    assert page.text_extractor == case["parser"]
    assert parser_for(case["url"]) == case["parser"].split("@")[0]
    assert page.title == case["title"]
    assert page.text.startswith(case["title"] + "\n\n") and page.text.endswith("\n")
    assert page.text.count(case["title"]) == 1
    for block in page.text[:-1].split("\n\n"):
        assert block == block.strip() and block


@pytest.mark.parametrize("name", CASES)
def test_published_from_metadata_or_dateline_never_ticker_or_sidebar(name):
    case, page = _page(name)
    assert page.published == dt.date.fromisoformat(case["published"])
    assert page.published_source == case["source"]
    assert page.published != TICKER_DAY
    assert page.published.isoformat() not in case["other_dates"]


@pytest.mark.parametrize("name", CASES)
def test_publisher_language_canonical(name):
    case, page = _page(name)
    assert (page.publisher, page.language, page.canonical_url) == (case["publisher"], case["language"],
                                                                   case["canonical"])


@pytest.mark.parametrize("name", CASES)
def test_chrome_and_sidebars_absent(name):
    case, page = _page(name)
    for s in case["absent"]:
        assert s not in page.text, s
    for s in case["present"]:
        assert s in page.text, s


@pytest.mark.parametrize("name", CASES)
def test_table_rows_one_line_each(name):
    case, page = _page(name)
    lines = page.text.splitlines()
    for row in case["rows"]:
        assert row in lines, row


def test_extractors_read_a_wire_table_row():
    import extractors

    _, page = _page("globenewswire-cipher-may-2025-update")
    facts = [f.to_json_dict() for f in extractors.extract(page.text, published=page.published)]
    assert any(f["type"] == "btc_mined" and f["value"] == 179 and " | " in f["evidence"]["sentence"] for f in facts)
    for f in facts:
        assert page.text[f["evidence"]["start"]:f["evidence"]["end"]] == f["evidence"]["sentence"]


@pytest.mark.parametrize("name,ctype", [
    ("enc-cp1252-no-charset", "text/html"),
    ("enc-meta-utf8-bytes-cp1252", "text/html; charset=utf-8"),
    ("enc-header-latin1-body-utf8", "text/html; charset=ISO-8859-1"),
])
@pytest.mark.parametrize("url", ["https://www.globenewswire.com/news-release/2022/07/05/1/0/en/x.html",
                                 "https://news.example.com/bitfarms-june"])
def test_encodings(name, ctype, url):
    page = parse_page((WIRES / f"{name}.html").read_bytes(), url, ctype)
    assert "(“Bitfarms” or the “Company”)" in page.text
    assert "BROSSARD, Québec" in page.text and "Café-level" in page.text
    assert "amounts marked € are in euros" in page.text and "the Company’s CFO" in page.text
    assert not re.search("[\ufffd\u0080-\u009f]|â€|Ã©", page.text)
    assert page.published == dt.date(2022, 7, 5)
    assert "BTC mined | 421" in page.text.splitlines()


@pytest.mark.parametrize("raw,ctype,expected", [
    ("“q” é €".encode("cp1252"), "text/html; charset=iso-8859-1", "“q” é €"),  # latin-1 label = cp1252
    ("“q” é €".encode("cp1252"), "", "“q” é €"),
    ("“q” é €".encode(), "text/html; charset=windows-1252", "“q” é €"),  # valid UTF-8 beats the label
    (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=cp1252", "<p>café</p>"),
    ("<p>ニュース</p>".encode("utf-16"), "", "<p>ニュース</p>"),
    ("<meta charset=sjis><p>ニュース</p>".encode("shift_jis"), "", "<meta charset=sjis><p>ニュース</p>"),
    ("<p>ニュース</p>".encode("euc-jp"), "text/html; charset=EUC-JP", "<p>ニュース</p>"),
])
def test_decode(raw, ctype, expected):
    assert decode(raw, ctype) == expected


@pytest.mark.parametrize("block,expected", [
    ("NEW YORK, Aug. 4, 2025 (GLOBE NEWSWIRE) -- Acme Corp. today said", "2025-08-04"),
    ("LAS VEGAS, Nov. 3, 2025 /PRNewswire/ -- Acme Corp. today said", "2025-11-03"),
    ("VANCOUVER, British Columbia--(BUSINESS WIRE)--Jan. 5, 2026--Acme Corp. today said", "2026-01-05"),
    ("Toronto, Ontario--(Newsfile Corp. - March 3, 2025) - Acme Corp. today said", "2025-03-03"),
    ("NEW YORK, NY / ACCESS Newswire / May 1, 2025 / Acme Corp. today said", "2025-05-01"),
    ("TAMPA, FL / ACCESSWIRE / May 7, 2024 / Acme Corp. today said", "2024-05-07"),
    ("LONDON, 4 August 2025 - Acme plc today said", "2025-08-04"),
    ("SINGAPORE, Sept. 10, 2025 /PRNewswire/ -- Acme", "2025-09-10"),
    ("FORT LAUDERDALE, Fla.--(BUSINESS WIRE)--Acme Corp. today said", None),
    ("Bitcoin miner Acme said on Tuesday, April 22, 2025, that it sold 10 BTC.", None),
    ("As of July 31, 2025, the Company held 1,000 BTC.", None),
    ("© 2025 GlobeNewswire, Inc. All Rights Reserved.", None),
    ("Acme, Feb. 30, 2025 (GLOBE NEWSWIRE) --", None),
])
def test_dateline(block, expected):
    d = dateline_date([block])
    assert (d.isoformat() if d else None) == expected


def _html(head="", body="<article><h1>Acme mined 5 BTC</h1><p>Acme mined 5 BTC in July, it said.</p></article>"):
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def _ld(data):
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("head,expected,source", [
    (_ld({"@context": "https://schema.org",
          "@graph": [{"@type": "WebSite", "name": "X"},
                     {"@type": "NewsArticle", "datePublished": "2025-08-04T10:00Z"}]}),
     "2025-08-04", "json-ld"),
    (_ld([{"@type": "Organization", "name": "X"}, {"@type": "Article", "datePublished": ["2025-08-05"]}]),
     "2025-08-05", "json-ld"),
    ('<meta property="article:published_time" content="2025-08-06T09:00:00-04:00">'
     + _ld({"@type": "NewsArticle", "datePublished": "2025-08-01"}), "2025-08-06", "meta"),
    (_ld({"@type": "NewsArticle", "dateModified": "2026-11-21"})
     + '<meta property="article:modified_time" content="2026-11-21"><meta name="last-modified" content="2026-11-21">',
     None, None),
    (_ld({"@type": "NewsArticle", "datePublished": "not a date"}) + "<script type='application/ld+json'>{bad</script>",
     None, None),
])
def test_published_metadata(head, expected, source):
    page = parse_page(_html(head), "https://news.example.com/a", parser="generic")
    assert (page.published.isoformat() if page.published else None, page.published_source) == (expected, source)


def test_time_in_article_is_a_last_resort_and_sidebar_times_are_ignored():
    body = ("<article><h1>Acme mined 5 BTC</h1><div class='ticker'><time datetime='2026-11-21'>now</time></div>"
            "<aside><time datetime='2025-01-01'>Jan 1</time></aside><p>Acme mined 5 BTC in July, it said.</p>"
            "<div class='byline'><time datetime='2025-08-07T12:00:00Z'>Aug 7</time></div></article>")
    page = parse_page(_html(body=body), "https://news.example.com/a", parser="generic")
    assert page.published == dt.date(2025, 8, 7) and page.published_source == "timestamp"


@pytest.mark.parametrize("head,html_lang,expected", [
    ('<meta property="og:locale" content="en_US">', "", "en"),
    (_ld({"@type": "NewsArticle", "inLanguage": {"@type": "Language", "alternateName": "de"}}), "", "de"),
    ('<meta property="og:locale" content="fr_CA">', ' lang="en-GB"', "en"),
    ("", "", None),
])
def test_language(head, html_lang, expected):
    raw = _html(head).replace(b"<html>", f"<html{html_lang}>".encode())
    assert parse_page(raw, "https://news.example.com/a", parser="generic").language == expected


def test_norm_language():
    assert [norm_language(s) for s in ("en-US", "EN", "en_GB", "English", "", None)] == ["en", "en", "en", None, None,
                                                                                       None]


def test_publisher_from_json_ld_or_the_wire():
    ld = _ld({"@type": "NewsArticle", "publisher": [{"@type": "Organization", "name": "Miner Weekly"}]})
    assert parse_page(_html(ld), "https://news.example.com/a", parser="generic").publisher == "Miner Weekly"
    assert parse_page(_html(), "https://www.businesswire.com/news/home/1/en/x").publisher == "Business Wire"
    assert parse_page(_html(), "https://news.example.com/a").publisher is None


def test_canonical_relative_and_og_url():
    head = '<link rel="canonical" href="/news/acme-july">'
    assert parse_page(_html(head), "https://news.example.com/a?utm=x").canonical_url == \
        "https://news.example.com/news/acme-july"
    head = '<meta property="og:url" content="https://news.example.com/b">'
    assert parse_page(_html(head), "https://news.example.com/a").canonical_url == "https://news.example.com/b"


@pytest.mark.parametrize("url,expected", [
    ("https://www.globenewswire.com/news-release/2025/08/04/1/0/en/x.html", "globenewswire"),
    ("https://globenewswire.com/x", "globenewswire"),
    ("https://www.prnewswire.com/news-releases/x-302609913.html", "prnewswire"),
    ("https://www.businesswire.com/news/home/20260105406118/en/x", "businesswire"),
    ("https://www.accesswire.com/859213/x", "accesswire"),
    ("https://www.accessnewswire.com/newsroom/en/x-1001234", "accesswire"),
    ("https://www.newsfilecorp.com/release/244310/x", "newsfile"),
    ("https://www.sec.gov/Archives/edgar/data/1167419/000116741925000009/ex99-1.htm", "edgar"),
    ("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany", "news"),
    ("https://notglobenewswire.com/x", "news"),
    ("https://cointelegraph.com/news/x", "news"),
    ("http://127.0.0.1:8000/releases/x.html", "news"),
    ("file:///tmp/x.html", "news"),
])
def test_parser_for(url, expected):
    assert parser_for(url) == expected


def test_explicit_parser_wins_over_the_host():
    raw = (WIRES / "globenewswire-cipher-may-2025-update.html").read_bytes()
    assert parse_page(raw, "https://cointelegraph.com/x", parser="globenewswire").text_extractor == "globenewswire@1"
    assert parse_page(raw, GNW_URL, parser="generic").text_extractor == "generic@2"
    assert parse_page(raw, GNW_URL, parser="globenewswire@1").text_extractor == "globenewswire@1"
    assert parse_page(raw, GNW_URL, parser="auto").text_extractor == "globenewswire@1"
    with pytest.raises(PageError, match="unknown page parser 'marketwired'"):
        parse_page(raw, GNW_URL, parser="marketwired")


def test_news_falls_back_to_generic_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    page = parse_page(_html(), "https://news.example.com/a")
    assert page.text_extractor == "generic@2"
    assert page.text == "Acme mined 5 BTC\n\nAcme mined 5 BTC in July, it said.\n"


def test_every_parser_has_a_versioned_name():
    assert {"generic", "news", "globenewswire", "prnewswire", "businesswire", "accesswire", "newsfile",
            "edgar"} <= set(PARSERS)
    for name, module in PARSERS.items():
        assert re.fullmatch(rf"{name}@\d+", module.NAME), module
        assert callable(module.matches) and callable(module.parse)


GOLD = [json.loads(line) for line in (ROOT / "fixtures/gold/web.jsonl").read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("doc", GOLD, ids=[d["id"] for d in GOLD])
def test_recorded_web_reads_the_same_text_at_its_real_url(doc):
    """The wire parsers and news (trafilatura) keep the coordinate system of the recorded pages' gold texts."""
    path = next((ROOT / "fixtures/http").glob(f"*/{doc['id'].removeprefix('web-')}.html"))
    page = parse_page(path.read_bytes(), doc["url"], "text/html; charset=utf-8")
    assert page.text_extractor.split("@")[0] == parser_for(doc["url"])
    assert page.text == (ROOT / "fixtures/gold" / doc["text_file"]).read_text()
    assert page.published.isoformat() == doc["published"]


def test_table_layout_rules():
    assert table_rows([[("", 1), ("May", 1), ("April", 1)], [("BTC mined", 1), ("650.5", 1), ("610", 1)]]) == \
        " | May | April\nBTC mined | 650.5 | 610"
    rows = [[("Metric", 1), ("", 1), ("Q1", 3)], [("BTC sold", 1), ("", 1), ("$", 1), ("(5", 1), (")", 1)]]
    assert table_rows(rows) == "Metric | Q1\nBTC sold | $(5)"
    assert table_rows([[("", 1), ("", 1)]]) == ""


def test_bad_pages_still_raise_clear_errors():
    with pytest.raises(PageError, match="empty page"):
        parse_page(b"<html><body><nav>menu</nav><div class='ticker'>BTC $1</div></body></html>",
                   "https://www.globenewswire.com/x")
    with pytest.raises(PageError, match="not HTML"):
        parse_page(b"%PDF-1.7 binary", EDGAR_URL, "application/pdf")


_TAGS = ["p", "div", "table", "tr", "td", "li", "ul", "br", "sup", "font", "article", "h1", "script", "nav", "time"]


@st.composite
def _messy_html(draw):
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag, kind = draw(st.sampled_from(_TAGS)), draw(st.integers(0, 3))
        parts.append(f"<{tag}>" if kind == 0 else f"</{tag}>" if kind == 1 else draw(st.text(max_size=20))
                     if kind == 2 else draw(st.sampled_from(['<td colspan="99999">', "$", "%", "&#x1f;", "\f",
                                                             '<link rel="canonical" href="http://[::1">',
                                                             '<time datetime="2025-13-45">'])))
    return ("<html><body>" + "".join(parts)).encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252"])), "replace")


@settings(max_examples=150, deadline=None)
@given(_messy_html(), st.sampled_from([EDGAR_URL, GNW_URL, "https://news.example.com/a"]))
def test_messy_html_gives_a_page_or_page_error(raw, url):
    try:
        page = parse_page(raw, url)
    except PageError:
        return
    assert page.text.endswith("\n") and page.text_extractor in {m.NAME for m in PARSERS.values()}
