"""Reconciliation (flows/reconcile.py): canonical facts, independence, conflicts, authority, supersession,
reviewers' decisions, consistency checks and idempotence, on small databases built fact by fact."""

import datetime as dt
import hashlib
import tomllib

import pytest

from flows import reconcile as rec
from flows.store import Store, fact_id
from models.companies import load_registry
from models.fact import UNIT_OF, Evidence, Fact, Figure
from tests.conftest import ROOT

D = dt.date
IR = "https://ir.riotplatforms.com/news-events/press-releases/detail/1/september-2022-production"
WIRE = "https://www.globenewswire.com/news-release/2022/10/04/2527183/0/en/Riot-September-2022.html"
NEWS = "https://theminermag.com/news/2022-10-05/riot-september-production/"
NEWS2 = "https://cointelegraph.com/news/riot-september-production"
SEPT = {"period_start": D(2022, 9, 1), "period_end": D(2022, 9, 30)}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "mw.duckdb")
    yield s
    s.close()


def fact(type_="btc_mined", value=395.0, company="Riot Platforms", sentence=None, **kw) -> dict:
    """A fact for add_doc: the contract fields, with a sentence made up when none is given."""
    return {"type": type_, "company": company, "value": value,
            "sentence": sentence or f"{company} reported {value} for the period ({type_}).", **kw}


def add_doc(store, url, published, facts, canonical_url=None, source_id="test"):
    """Store one document version holding these facts (status auto: no flags); returns their fact_ids."""
    text, built = "", []
    for i, f in enumerate(facts):
        f = dict(f)
        sentence = f.pop("sentence")
        start = len(text)
        text += sentence + "\n"
        built.append(Fact(ticker=None, unit=UNIT_OF[f["type"]], confidence=0.9,
                          evidence=Evidence(start=start, end=start + len(sentence), sentence=sentence),
                          extractor=f"{f['type']}.test@1", figure=Figure(start=start, end=start + 1 + i, text="x"),
                          **f))
    sha = hashlib.sha256(f"{url}|{published}|{text}".encode()).hexdigest()
    doc = {"doc_sha": sha, "url": url, "requested_url": url, "canonical_url": canonical_url, "source_id": source_id,
           "feed_guid": None, "title": None, "fetched_at": dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
           "published": published, "content_type": "text/html", "text_extractor": "test@1", "text": text,
           "raw_path": "raw/none.gz"}
    store.add_document(doc, built, "run-1", "v1")
    return [fact_id(sha, f, "v1") for f in built]


def rows(store, sql, *params):
    cur = store.con.execute(sql, list(params))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def current(store, type_="btc_mined", **where):
    cond = " and ".join(f"{k} = ?" for k in where)
    return rows(store, f"select * from canonical_current where type = ? {'and ' + cond if cond else ''} "
                       "order by period_end", type_, *where.values())


# -- merging and independence -----------------------------------------------------------------------------------------
def test_values_within_tolerance_merge_into_one_canonical_fact(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT),
                                          fact("hashrate", 49.9, hashrate_kind="operational",
                                               period_end=D(2022, 9, 30))])
    add_doc(store, NEWS, D(2022, 10, 5), [fact(value=395.4, sentence="Riot mined 395.4 BTC last month.", **SEPT),
                                          fact("hashrate", 50.0, qualifier="approximate", hashrate_kind="operational",
                                               period_end=D(2022, 9, 30), sentence="Riot runs about 50 EH/s.")])
    add_doc(store, NEWS2, D(2022, 10, 6), [fact(value=400.0, qualifier="approximate", **SEPT,
                                                sentence="Riot produced approximately 400 BTC in September.")])
    counts = rec.reconcile(store.con)
    assert counts["facts"] == 5 and counts["current"] == 2 and counts["conflicts"] == 0
    [mined] = current(store)
    assert float(mined["value"]) == 395.0 and mined["authority"] == "wire"  # the strongest source's value
    assert (mined["n_facts"], mined["n_sources"], mined["n_independent"]) == (3, 3, 3)
    assert sorted(mined["urls"]) == sorted([WIRE, NEWS, NEWS2]) and len(mined["fact_ids"]) == 3
    [hr] = current(store, "hashrate")
    assert float(hr["value"]) == 49.9 and hr["n_sources"] == 2 and hr["hashrate_kind"] == "operational"


def test_outside_tolerance_does_not_merge(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, NEWS, D(2022, 10, 4), [fact(value=400.0, sentence="Riot mined 400 BTC.", **SEPT)])  # 1.25 %
    assert rec.reconcile(store.con)["canonical"] == 2


def test_wire_copy_and_ir_copy_are_one_story(store):
    body = "Riot Blockchain, Inc. produced 395 bitcoin in September 2022, a 3 % decrease from August."
    wire_ids = add_doc(store, WIRE, D(2022, 10, 4), [fact(**SEPT, sentence=(
        "CASTLE ROCK, Colo., Oct. 04, 2022 (GLOBE NEWSWIRE) -- " + body))])
    ir_ids = add_doc(store, IR, D(2022, 10, 4), [fact(**SEPT, sentence="CASTLE ROCK, Colo., Oct. 4, 2022 -- " + body)])
    add_doc(store, NEWS, D(2022, 10, 5), [fact(**SEPT, sentence="Riot's output slipped to 395 BTC in September.")])
    rec.reconcile(store.con)
    [c] = current(store)
    assert (c["n_facts"], c["n_sources"], c["n_independent"]) == (3, 3, 2)
    assert c["authority"] == "company"  # ir.riotplatforms.com is listed for Riot in models/authority.toml
    stories = {r["fact_id"]: r["story_key"] for r in rows(store, "select * from canonical_support")}
    assert stories[wire_ids[0]] == stories[ir_ids[0]] and len(set(stories.values())) == 2


def test_same_document_repeating_a_figure_is_one_source(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(**SEPT, sentence="Riot Produces 395 Bitcoin in September 2022"),
                                          fact(**SEPT, sentence="Bitcoin mined: 395")])
    rec.reconcile(store.con)
    [c] = current(store)
    assert (c["n_facts"], c["n_sources"], c["n_independent"]) == (2, 1, 1)


def test_story_id_column_is_used_when_present(store):
    """documents.story_id (migration 002: syndicated near-duplicates share one) links documents whose
    sentences differ; without it the sentence is all there is."""
    add_doc(store, WIRE, D(2022, 10, 4), [fact(**SEPT, sentence="Riot produced 395 BTC in September.")])
    add_doc(store, "https://finance.yahoo.com/news/riot-395", D(2022, 10, 4),
            [fact(**SEPT, sentence="Riot Platforms mined 395 bitcoin during September, it said.")])
    rec.reconcile(store.con)
    assert current(store)[0]["n_independent"] == 2  # each document its own story (Store gives it its doc_sha)
    store.con.execute("update documents set story_id = null")
    rec.reconcile(store.con)
    assert current(store)[0]["n_independent"] == 2  # null story ids link nothing
    store.con.execute("update documents set story_id = 'riot-2022-09'")
    rec.reconcile(store.con)
    assert current(store)[0]["n_independent"] == 1


def test_value_less_support_backs_the_winner(store):
    add_doc(store, WIRE, D(2025, 7, 20), [fact("loan", 50e6, loan_event="repaid", period_end=D(2025, 7, 18))])
    add_doc(store, NEWS, D(2025, 7, 21), [fact("loan", None, loan_event="repaid", period_end=D(2025, 7, 18),
                                               sentence="Proceeds were used to partially repay the loan.")])
    assert rec.reconcile(store.con)["conflicts"] == 0
    [c] = current(store, "loan")
    assert float(c["value"]) == 50e6 and c["n_facts"] == 2 and c["n_sources"] == 2


# -- conflicts, authority, supersession -------------------------------------------------------------------------------
def test_lower_authority_later_disagreement_is_a_conflict(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, NEWS, D(2022, 10, 10), [fact(value=359.0, sentence="Riot mined 359 BTC in September.", **SEPT)])
    counts = rec.reconcile(store.con)
    assert counts["conflicts"] == 1 and counts["superseded"] == 0
    [c] = current(store)
    assert float(c["value"]) == 395.0 and c["in_conflict"] and c["conflict_values"] == [359.0]
    assert "conflict" in c["flags"]
    both = rows(store, "select * from fact_conflicts order by value")
    assert [(float(r["value"]), r["status"], float(r["current_value"]), r["conflict_values"]) for r in both] == [
        (359.0, "conflicting", 395.0, [395.0]), (395.0, "current", 395.0, [359.0])]


@pytest.mark.parametrize("url,company,cls", [
    ("https://www.sec.gov/Archives/edgar/data/1167419/ex99-1.htm", "Riot Platforms", "filing"),
    ("https://ir.riotplatforms.com/news", "Riot Platforms", "company"),
    ("https://www.riotplatforms.com/news", "Riot Platforms", "company"),
    ("https://ir.riotplatforms.com/news", "MARA Holdings", "news"),  # a company's site on another company
    ("https://www.prnewswire.com/news-releases/x.html", "Bitdeer", "wire"),
    ("https://www.businesswire.com/news/home/1/en/x", "MARA Holdings", "wire"),
    ("https://cointelegraph.com/news/x", "Riot Platforms", "news"),
    ("http://127.0.0.1:8000/releases/x.html", "Riot Platforms", "news"),
])
def test_authority_class_from_host(url, company, cls):
    assert rec.load_rules().classify(url, company, None) == cls


def test_stronger_source_wins_same_day(store):
    add_doc(store, NEWS, D(2022, 10, 4), [fact(value=359.0, sentence="Riot mined 359 BTC.", **SEPT)])
    add_doc(store, IR, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=385.0, sentence="Riot produced 385 BTC.", **SEPT)])
    rec.reconcile(store.con)
    [c] = current(store)
    assert float(c["value"]) == 395.0 and c["authority"] == "company" and c["conflict_values"] == [359.0, 385.0]


def test_authority_is_configurable(store, tmp_path):
    add_doc(store, IR, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, WIRE, D(2022, 10, 5), [fact(value=385.0, sentence="Riot produced 385 BTC.", **SEPT)],
            source_id="riot-wire")
    assert rec.reconcile(store.con)["conflicts"] == 1  # the wire copy is weaker: later is not enough
    assert float(current(store)[0]["value"]) == 395.0
    custom = tmp_path / "authority.toml"
    custom.write_text((ROOT / "models/authority.toml").read_text().replace("wire = 2\n", "wire = 1\n"))
    counts = rec.reconcile(store.con, rules=rec.load_rules(custom))  # wire as strong as the IR site
    assert counts["superseded"] == 1 and float(current(store)[0]["value"]) == 385.0
    custom.write_text(custom.read_text().replace("[sources]\n", '[sources]\n"riot-wire" = "news"\n'))
    assert rec.load_rules(custom).sources == {"riot-wire": "news"}
    assert rec.reconcile(store.con, rules=rec.load_rules(custom))["conflicts"] == 1
    assert float(current(store)[0]["value"]) == 395.0
    custom.write_text(custom.read_text().replace('"riot-wire" = "news"', '"riot-wire" = "press"'))
    with pytest.raises(ValueError, match="press"):
        rec.load_rules(custom)


def test_later_equal_authority_restatement_supersedes(store):
    first = add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, NEWS, D(2022, 10, 20), [fact(value=395.0, sentence="Riot's 395 BTC in September ...", **SEPT)])
    later = "https://www.globenewswire.com/news-release/2022/11/03/1/0/en/Riot-October-2022.html"
    add_doc(store, later, D(2022, 11, 3), [fact(value=398.0, sentence="September production was revised to 398 BTC.",
                                                **SEPT)])
    counts = rec.reconcile(store.con)
    assert counts["superseded"] == 1 and counts["conflicts"] == 0
    [c] = current(store)
    assert float(c["value"]) == 398.0 and not c["in_conflict"] and c["published"] == D(2022, 11, 3)
    hist = rows(store, "select * from canonical_history")
    assert [(float(h["value"]), h["status"]) for h in hist] == [(395.0, "superseded"), (398.0, "current")]
    assert hist[0]["superseded_by"] == c["canonical_id"] and float(hist[0]["superseded_by_value"]) == 398.0
    old = rows(store, "select * from canonical_support where canonical_id = ?", hist[0]["canonical_id"])
    assert first[0] in {r["fact_id"] for r in old} and len(old) == 2  # history kept, with its sources


def test_company_release_supersedes_earlier_news(store):
    add_doc(store, NEWS, D(2022, 10, 2), [fact(value=380.0, sentence="Riot is said to have mined 380 BTC.", **SEPT)])
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    counts = rec.reconcile(store.con)
    assert counts["superseded"] == 1 and counts["conflicts"] == 0
    assert float(current(store)[0]["value"]) == 395.0


def test_restatement_by_weaker_source_is_a_conflict_not_a_supersession(store):
    add_doc(store, IR, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    add_doc(store, WIRE, D(2022, 11, 3), [fact(value=398.0, sentence="September was 398 BTC.", **SEPT)])
    counts = rec.reconcile(store.con)
    assert counts["superseded"] == 0 and counts["conflicts"] == 1
    assert float(current(store)[0]["value"]) == 395.0
    add_doc(store, NEWS, D(2022, 11, 20), [fact(value=380.0, sentence="Riot: 380 BTC in September.", **SEPT)])
    counts = rec.reconcile(store.con)  # news does not supersede the wire's restatement either
    assert counts["superseded"] == 0 and current(store)[0]["conflict_values"] == [380.0, 398.0]


# -- reviewers' decisions ---------------------------------------------------------------------------------------------
def test_rejected_fact_is_excluded_and_corrected_value_used(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT)])
    [news] = add_doc(store, NEWS, D(2022, 10, 10), [fact(value=359.0, sentence="Riot mined 359 BTC.", **SEPT)])
    assert rec.reconcile(store.con)["conflicts"] == 1
    store.add_review(news, "rejected", "ann")
    counts = rec.reconcile(store.con)
    assert counts["conflicts"] == 0 and counts["facts"] == 1
    assert current(store)[0]["n_sources"] == 1
    store.add_review(news, "corrected", "bo", corrected={"value": 395})
    assert rec.reconcile(store.con)["conflicts"] == 0
    [c] = current(store)
    assert c["n_sources"] == 2 and news in c["fact_ids"]


def test_flagged_fact_waits_for_review(store):
    [fid] = add_doc(store, NEWS, D(2022, 10, 10), [fact(value=359.0, flags=("company_inferred",), **SEPT)])
    assert rec.reconcile(store.con)["facts"] == 0
    store.add_review(fid, "accepted", "ann")
    assert rec.reconcile(store.con)["facts"] == 1


# -- consistency checks -----------------------------------------------------------------------------------------------
JUNE, JULY = {"period_end": D(2025, 6, 30)}, {"period_start": D(2025, 7, 1), "period_end": D(2025, 7, 31)}
CLSK = "https://www.prnewswire.com/news-releases/cleanspark-july-2025.html"


def _clsk(held_july, sold=576.0):
    out = [fact("btc_held", 12608.0, "CleanSpark", **JUNE), fact("btc_mined", 671.0, "CleanSpark", **JULY),
           fact("btc_held", held_july, "CleanSpark", period_end=D(2025, 7, 31))]
    return out + ([fact("btc_sold", sold, "CleanSpark", **JULY)] if sold is not None else [])


def test_holdings_roll_forward_passes_when_consistent(store):
    add_doc(store, CLSK, D(2025, 8, 5), _clsk(12703.0))  # 12,608 + 671 - 576 = 12,703
    assert rec.reconcile(store.con)["holdings_roll_forward"] == 0


def test_holdings_roll_forward_flags_a_gap(store):
    add_doc(store, CLSK, D(2025, 8, 5), _clsk(13703.0))
    assert rec.reconcile(store.con)["holdings_roll_forward"] == 1
    [c] = current(store, "btc_held", period_end=D(2025, 7, 31))
    assert c["flags"] == ["holdings_roll_forward"] and "12608 + 671 mined - 576 sold = 12703" in c["notes"][0]
    [chk] = rows(store, "select * from canonical_checks")
    assert chk["check_name"] == "holdings_roll_forward" and chk["company"] == "CleanSpark"


def test_holdings_roll_forward_needs_every_input(store):
    add_doc(store, CLSK, D(2025, 8, 5), _clsk(13703.0, sold=None))
    assert rec.reconcile(store.con)["holdings_roll_forward"] == 0


def _mined_and_hashrate(store, mined, eh, kind="operational"):
    add_doc(store, CLSK, D(2025, 8, 5), [fact("btc_mined", mined, "CleanSpark", **JULY),
                                         fact("hashrate", eh, "CleanSpark", hashrate_kind=kind,
                                              period_end=D(2025, 7, 31))])
    return rec.reconcile(store.con)["production_vs_hashrate"]


def test_production_plausible_for_hashrate():
    expected = rec.load_network().expected_btc(47.1, D(2025, 7, 1), D(2025, 7, 31))
    assert 600 < expected < 850  # 47.1 EH/s of ~905 EH/s, 4,464 blocks of 3.125 BTC


def test_production_vs_hashrate_passes_when_plausible(store):
    assert _mined_and_hashrate(store, 671.0, 47.1) == 0


@pytest.mark.parametrize("mined,eh,kind,flagged", [(2500.0, 47.1, "operational", 1), (200.0, 47.1, "operational", 1),
                                                   (200.0, 47.1, "installed", 0), (2500.0, 47.1, "installed", 1)])
def test_production_vs_hashrate_flags_implausible(store, mined, eh, kind, flagged):
    assert _mined_and_hashrate(store, mined, eh, kind) == flagged
    [c] = current(store)
    assert ("production_vs_hashrate" in c["flags"]) == bool(flagged)


def test_halving_month_uses_both_subsidies():
    net = rec.load_network()
    april = net.expected_btc(10.0, D(2024, 4, 1), D(2024, 4, 30))
    per_day = 144 * 10.0 / net.hashrate[(2024, 4)]
    assert april == pytest.approx(per_day * (19 * 6.25 + 11 * 3.125))


def _monthly(store, values):
    docs = []
    for i, v in enumerate(values):
        start = D(2025, 1 + i, 1)
        docs.append(fact("btc_mined", v, "Bitdeer", period_start=start, period_end=rec._month_end(start)))
    add_doc(store, "https://www.prnewswire.com/news-releases/bitdeer.html", D(2025, 8, 1), docs)
    return rec.reconcile(store.con)["outlier_vs_history"]


def test_outlier_vs_history_passes_on_steady_growth(store):
    assert _monthly(store, [100.0, 110.0, 105.0, 120.0, 130.0]) == 0


def test_outlier_vs_history_flags_a_jump(store):
    assert _monthly(store, [100.0, 110.0, 105.0, 120.0, 600.0]) == 1
    flagged = [c for c in current(store) if c["flags"]]
    assert [float(c["value"]) for c in flagged] == [600.0] and "median 107.5" in flagged[0]["notes"][0]


def test_outlier_needs_history(store):
    assert _monthly(store, [100.0, 110.0, 900.0]) == 0


# -- mechanics --------------------------------------------------------------------------------------------------------
def _tables(store):
    return {t: store.con.execute(f"select * from {t} order by all").fetchall()
            for t in ("canonical_facts", "canonical_support")}


def _populate(store):
    add_doc(store, WIRE, D(2022, 10, 4), [fact(value=395.0, **SEPT),
                                          fact("btc_held", 6976.0, period_end=SEPT["period_end"])])
    add_doc(store, NEWS, D(2022, 10, 10), [fact(value=359.0, sentence="Riot mined 359 BTC.", **SEPT)])
    add_doc(store, IR, D(2022, 11, 3), [fact("btc_held", 6980.0, period_end=SEPT["period_end"])])


def test_reconcile_is_idempotent_and_ids_deterministic(store, tmp_path):
    _populate(store)
    first = rec.reconcile(store.con)
    tables = _tables(store)
    assert tables["canonical_facts"] and rec.reconcile(store.con) | {"seconds": 0} == first | {"seconds": 0}
    assert _tables(store) == tables
    other = Store(tmp_path / "other" / "mw.duckdb")
    try:
        _populate(other)
        rec.reconcile(other.con)
        assert _tables(other) == tables
    finally:
        other.close()


def test_failed_reconcile_leaves_tables_as_they_were(store, monkeypatch):
    _populate(store)
    rec.reconcile(store.con)
    tables = _tables(store)
    add_doc(store, NEWS2, D(2022, 10, 12), [fact(value=360.0, sentence="Riot: 360 BTC.", **SEPT)])

    def boom(*_a):
        raise RuntimeError("boom")

    monkeypatch.setattr(rec, "_check_outliers", boom)
    with pytest.raises(RuntimeError):
        rec.reconcile(store.con)
    assert _tables(store) == tables


def test_every_fact_supports_exactly_one_canonical_fact(store):
    _populate(store)
    rec.reconcile(store.con)
    n = store.con.execute("select count(*) from facts_current").fetchall()[0][0]
    got = store.con.execute("select count(*), count(distinct fact_id) from canonical_support").fetchall()[0]
    assert got == (n, n)
    ids = store.con.execute("select count(*), count(distinct canonical_id) from canonical_facts").fetchall()[0]
    assert ids[0] == ids[1] > 0
    orphans = store.con.execute("select count(*) from canonical_support s anti join canonical_facts using "
                                "(canonical_id)").fetchall()[0][0]
    assert orphans == 0


def test_authority_file_names_registry_companies():
    data = tomllib.loads((ROOT / "models/authority.toml").read_text())
    reg = load_registry()
    assert all(reg.by_name(name) and reg.by_name(name).canonical == name for name in data["companies"])


def test_empty_database(store):
    assert rec.reconcile(store.con) | {"seconds": 0} == {
        "facts": 0, "canonical": 0, "slots": 0, "current": 0, "conflicts": 0, "superseded": 0,
        "holdings_roll_forward": 0, "production_vs_hashrate": 0, "outlier_vs_history": 0, "seconds": 0}
    assert rows(store, "select * from canonical_current") == []
