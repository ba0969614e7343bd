"""Reconciliation: every extraction of one fact becomes one canonical fact, with conflicts, restatements and checks.

    from flows.store import connect
    reconcile(connect(Path("data/minerwire.duckdb")))
    # after `minerwire demo`: {'facts': 98, 'canonical': 96, 'slots': 96, 'current': 96, 'conflicts': 0,
    #  'superseded': 0, 'holdings_roll_forward': 0, 'production_vs_hashrate': 0, 'outlier_vs_history': 0,
    #  'seconds': 0.05}

It reads `facts_current` (published facts with reviewers' corrections applied, rejected facts gone) and rebuilds
`canonical_facts` and `canonical_support` in one transaction; the same input gives identical tables. The rules
(docs/reconciliation.md; settings in models/authority.toml, network data in models/network.toml):

- A slot is (company, type, hashrate_kind, loan_event, period). Values of a slot that agree within tolerance
  ("about 50 EH/s" and 49.9; 1,200 and 1.2 thousand) are one candidate. Riot's September 2022 release on
  GlobeNewswire and TheMinerMag's rewrite both saying 395 BTC: one candidate, n_sources 2, n_independent 2;
  the same release on ir.riotplatforms.com too: n_sources 3, n_independent still 2 (same sentence).
- The canonical value is the strongest source's (filing = company site < wire < news, lower rank stronger),
  among equals the latest published.
- Two candidates in a slot: the later one, from an equal or stronger source, supersedes the earlier
  (status superseded, superseded_by the replacement). Otherwise both are flagged `conflict`.
- Checks flag the current candidate, never change it: holdings_roll_forward, production_vs_hashrate,
  outlier_vs_history.

`python -m flows.reconcile bench [N]` times reconcile on N synthetic facts (default 100,000).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
import sys
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

MODELS = Path(__file__).resolve().parent.parent / "models"
AUTHORITY_PATH = MODELS / "authority.toml"
NETWORK_PATH = MODELS / "network.toml"
CLASSES = ("filing", "company", "wire", "news")
POINT_IN_TIME = {"btc_held", "loan"}  # and every hashrate kind but `average`
CHECKS = ("holdings_roll_forward", "production_vs_hashrate", "outlier_vs_history")


# -- settings -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rules:
    """models/authority.toml, read once."""

    ranks: dict[str, int]
    hosts: dict[str, str]  # domain -> filing | wire
    company_domains: dict[str, str]  # domain -> canonical company
    sources: dict[str, str]  # source_id -> class
    relative: float = 0.005
    relative_qualified: float = 0.02
    absolute: dict[str, float] = field(default_factory=dict)
    checks: dict[str, dict] = field(default_factory=dict)

    def classify(self, url: str, company: str, source_id: str | None) -> str:
        """The authority class of a document for one company's fact.

        >>> r = load_rules()
        >>> r.classify("https://ir.riotplatforms.com/news/x", "Riot Platforms", None)
        'company'
        >>> r.classify("https://ir.riotplatforms.com/news/x", "MARA Holdings", None)  # not MARA's own site
        'news'
        >>> r.classify("https://www.sec.gov/Archives/edgar/data/1507605/ex99-1.htm", "MARA Holdings", None)
        'filing'
        """
        if source_id and source_id in self.sources:
            return self.sources[source_id]
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        for dom in _suffixes(host):
            if dom in self.hosts:
                return self.hosts[dom]
            if dom in self.company_domains:
                return "company" if self.company_domains[dom] == company else "news"
        return "news"

    def agree(self, a: float, b: float, unit: str, qualified: bool) -> bool:
        """Two values state the same figure: |a - b| <= max(relative * max(|a|, |b|), absolute[unit]).

        >>> r = load_rules()
        >>> r.agree(49.9, 50, "EH/s", False), r.agree(1200, 1200.0, "BTC", False), r.agree(460, 470, "BTC", False)
        (True, True, False)
        >>> r.agree(50, 50.8, "EH/s", False), r.agree(50, 50.8, "EH/s", True)   # "about 50 EH/s"
        (False, True)
        """
        rel = self.relative_qualified if qualified else self.relative
        return abs(a - b) <= max(rel * max(abs(a), abs(b)), self.absolute.get(unit, 0.0))


def _suffixes(host: str) -> list[str]:
    """'ir.mara.com' -> ['ir.mara.com', 'mara.com', 'com']"""
    parts = host.split(".")
    return [".".join(parts[i:]) for i in range(len(parts))]


def load_rules(path: Path | str | None = None) -> Rules:
    """Read models/authority.toml (or another file of the same shape) afresh, so an edit counts at the next
    reconcile of a running service; raises ValueError when malformed."""
    path = Path(path or AUTHORITY_PATH)
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    ranks = {c: int(d.get("ranks", {}).get(c, i + 1)) for i, c in enumerate(CLASSES)}
    hosts = {dom.lower(): cls for cls, doms in d.get("hosts", {}).items() for dom in doms}
    sources = dict(d.get("sources", {}))
    for cls in [*hosts.values(), *sources.values(), *d.get("ranks", {})]:
        if cls not in CLASSES:
            raise ValueError(f"{path}: unknown authority class {cls!r} (one of {', '.join(CLASSES)})")
    companies = {dom.lower(): name for name, doms in d.get("companies", {}).items() for dom in doms}
    tol = d.get("tolerance", {})
    return Rules(ranks, hosts, companies, sources, float(tol.get("relative", 0.005)),
                 float(tol.get("relative_qualified", 0.02)), {k: float(v) for k, v in tol.get("absolute", {}).items()},
                 d.get("checks", {}))


@dataclass(frozen=True)
class Network:
    """models/network.toml: block subsidy by date and monthly mean network hashrate."""

    subsidy: tuple[tuple[dt.date, float], ...]  # (from, BTC), ascending
    blocks_per_day: float
    hashrate: dict[tuple[int, int], float]  # (year, month) -> EH/s

    def subsidy_on(self, day: dt.date) -> float:
        """The block subsidy in BTC on a day.

        >>> load_network().subsidy_on(dt.date(2024, 4, 19)), load_network().subsidy_on(dt.date(2024, 4, 20))
        (6.25, 3.125)
        """
        btc = self.subsidy[0][1]
        for start, value in self.subsidy:
            if day >= start:
                btc = value
        return btc

    def expected_btc(self, company_eh: float, start: dt.date, end: dt.date) -> float | None:
        """BTC a miner with company_eh EH/s earns in subsidy from start to end (fees excluded), or None when
        the network table lacks a month. July 2025, 47.1 EH/s of ~905 EH/s: 47.1 / 905 * 144 * 31 * 3.125 = 726."""
        total, day = 0.0, start
        while day <= end:
            net = self.hashrate.get((day.year, day.month))
            if not net:
                return None
            total += self.blocks_per_day * self.subsidy_on(day) * company_eh / net
            day += dt.timedelta(days=1)
        return total


def load_network(path: Path | str | None = None) -> Network:
    """Read models/network.toml (or another file of the same shape) afresh."""
    d = tomllib.loads(Path(path or NETWORK_PATH).read_text(encoding="utf-8"))
    subsidy = tuple(sorted((s["from"], float(s["btc"])) for s in d.get("subsidy", [])))
    rates = {(int(y), m): float(v) for y, vals in d.get("hashrate_eh", {}).items()
             for m, v in enumerate(vals, start=1)}
    return Network(subsidy, float(d.get("blocks_per_day", 144)), rates)


# -- input ----------------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Ex:
    """One extraction (a row of facts_current) with what reconciliation derives for it."""

    fact_id: str
    doc_sha: str
    company: str
    ticker: str | None
    type: str
    unit: str
    value: float | None
    qualifier: str | None
    kind: str | None
    event: str | None
    pstart: dt.date | None
    pend: dt.date | None
    proceeds: float | None
    collateral: float | None
    lender: str | None
    published: dt.date | None
    url: str
    url_key: str
    story: str | None
    skey: str
    authority: str = "news"
    rank: int = 99

    @property
    def pub(self) -> dt.date:
        return self.published or dt.date.min


# The evidence sentence, normalised: a wire dateline ("CASTLE ROCK, Colo., Oct. 04, 2022 (GLOBE NEWSWIRE) --")
# cut, then letters and digits only, lower case. Equal keys within one candidate: one story.
_SENTENCE_KEY = r"""lower(regexp_replace(regexp_replace(f.sentence, '^.{0,200}?(\s--?\s|\s?[–—]\s?)', ''),
                     '[^A-Za-z0-9]+', '', 'g'))"""


def _read(con: duckdb.DuckDBPyConnection, rules: Rules) -> list[Ex]:
    has_story = con.execute("select count(*) from information_schema.columns where table_name = 'documents' "
                            "and column_name = 'story_id'").fetchall()[0][0] > 0
    story = "d.story_id::varchar" if has_story else "null::varchar"
    rel = con.sql(f"""
        select f.fact_id, f.content_sha256, f.company, f.ticker, f.type, f.unit, f.value::double, f.qualifier,
               f.hashrate_kind, f.loan_event, f.period_start, f.period_end, f.proceeds_usd::double,
               f.collateral_btc::double, f.lender, f.published_at, coalesce(d.canonical_url, f.url), f.source_id,
               {story}, {_SENTENCE_KEY}
        from facts_current f join documents d on d.doc_sha = f.content_sha256""")
    tbl = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # duckdb >= 1.4 / older
    cols = [c.to_pylist() for c in tbl.columns]
    out, cls_cache, url_keys = [], {}, {}
    for (fid, sha, company, ticker, typ, unit, value, qual, kind, event, ps, pe, proceeds, coll, lender, pub, url,
         source_id, story_id, skey) in zip(*cols, strict=True):
        if typ in POINT_IN_TIME or (typ == "hashrate" and kind != "average"):
            ps = None
        key = (url, company, source_id)
        if key not in cls_cache:
            cls_cache[key] = rules.classify(url, company, source_id)
        if url not in url_keys:
            url_keys[url] = _url_key(url)
        cls = cls_cache[key]
        out.append(Ex(fid, sha, company, ticker, typ, unit, value, qual, kind, event, ps, pe, proceeds, coll, lender,
                      pub, url, url_keys[url], story_id, skey or "", cls, rules.ranks[cls]))
    return out


def _url_key(url: str) -> str:
    """'https://www.GlobeNewswire.com/a/b/?x=1#y' -> 'globenewswire.com/a/b': one document whatever its version."""
    u = urlsplit(url)
    return f"{(u.hostname or '').lower().removeprefix('www.')}{u.path.rstrip('/')}"


# -- candidates -----------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Cand:
    slot: tuple
    supports: list[Ex]
    best: Ex | None = None
    canonical_id: str = ""
    slot_id: str = ""
    status: str = "current"
    superseded_by: str | None = None
    conflict_values: list[float] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stories: dict[str, str] = field(default_factory=dict)  # fact_id -> story_key

    @property
    def rank(self) -> int:
        return self.best.rank

    @property
    def published(self) -> dt.date | None:
        return self.best.published

    @property
    def value(self) -> float | None:
        return self.best.value

    def finish(self, slot_key: str) -> None:
        """Pick the value (strongest source, then latest published), the id, and the independent stories."""
        self.supports.sort(key=lambda e: (e.rank, -e.pub.toordinal(), e.value is None, e.qualifier is not None,
                                          e.fact_id))
        self.best = self.supports[0]
        first = min(self.supports, key=lambda e: (e.pub, e.fact_id))
        self.slot_id = _sha1(slot_key)
        self.canonical_id = _sha1(f"{slot_key}|{first.fact_id}")
        self.stories = _stories(self.supports)

    @property
    def n_independent(self) -> int:
        return len(set(self.stories.values()))

    @property
    def n_sources(self) -> int:
        return len({e.url_key for e in self.supports})


def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def _slot(e: Ex) -> tuple:
    return (e.company, e.type, e.kind, e.event, e.pstart, e.pend)


def _slot_key(slot: tuple) -> str:
    return "|".join("" if v is None else str(v) for v in slot)


def _stories(supports: list[Ex]) -> dict[str, str]:
    """Group supports into independent stories: same document (URL), same story_id, or the same normalised
    sentence (one contained in the other when both are long) are one story. Returns fact_id -> story key."""
    if len(supports) == 1:
        return {supports[0].fact_id: _sha1(supports[0].url_key)}
    parent = list(range(len(supports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple, int] = {}
    for i, e in enumerate(supports):
        for k in (("u", e.url_key), ("t", e.story), ("s", e.skey if len(e.skey) >= 8 else None)):
            if k[1] is None:
                continue
            if k in seen:
                parent[find(i)] = find(seen[k])
            else:
                seen[k] = i
    long = [(i, e.skey) for i, e in enumerate(supports) if len(e.skey) >= 40]
    if 1 < len(long) <= 50:
        for a, (i, s) in enumerate(long):
            for j, t in long[a + 1:]:
                if find(i) != find(j) and (s in t or t in s):
                    parent[find(i)] = find(j)
    groups: dict[int, list[Ex]] = defaultdict(list)
    for i, e in enumerate(supports):
        groups[find(i)].append(e)
    out = {}
    for members in groups.values():
        key = _sha1(min(m.url_key for m in members))
        out.update((m.fact_id, key) for m in members)
    return out


def _candidates(slot: tuple, exs: list[Ex], rules: Rules) -> list[Cand]:
    """Cluster one slot's values: sorted ascending, a value joins the open candidate while it agrees with the
    candidate's first (smallest) value. Value-less extractions (a repayment with no principal) back the winner."""
    valued = sorted((e for e in exs if e.value is not None), key=lambda e: (e.value, e.fact_id))
    blank = [e for e in exs if e.value is None]
    cands: list[Cand] = []
    anchor: Ex | None = None
    for e in valued:
        if anchor is None or not rules.agree(anchor.value, e.value, e.unit,
                                             anchor.qualifier is not None or e.qualifier is not None):
            cands.append(Cand(slot, []))
            anchor = e
        cands[-1].supports.append(e)
    if not cands:
        cands.append(Cand(slot, blank))
        blank = []
    key = _slot_key(slot)
    for c in cands:
        c.finish(key)
    if len(cands) > 1:
        _resolve(cands)
    if blank:
        winner = next(c for c in cands if c.status == "current")
        winner.supports.extend(blank)
        winner.stories = _stories(winner.supports)
    return cands


def _resolve(cands: list[Cand]) -> None:
    """The winner is the strongest candidate (rank, then latest published). Another candidate is superseded by
    the earliest later-published candidate of equal or stronger rank; what is left competes: `conflict`."""
    winner = min(cands, key=lambda c: (c.rank, -(c.published or dt.date.min).toordinal(), -c.n_independent,
                                       -c.n_sources, c.canonical_id))
    for c in cands:
        if c is winner:
            continue
        later = [d for d in cands if d is not c and d.rank <= c.rank and d.published and c.published
                 and d.published > c.published]
        if later:
            c.status = "superseded"
            c.superseded_by = min(later, key=lambda d: (d.published, d.rank, d.canonical_id)).canonical_id
        else:
            c.status = "conflicting"
    live = [c for c in cands if c.status != "superseded"]
    if len(live) > 1:
        for c in live:
            c.flags.append("conflict")
            c.conflict_values = sorted(d.value for d in live if d is not c and d.value is not None)


# -- checks ---------------------------------------------------------------------------------------------------------
def _month_end(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def _is_month(c: Cand) -> bool:
    _, _, _, _, ps, pe = c.slot
    return ps is not None and pe is not None and ps.day == 1 and pe == _month_end(ps)


def _n(v: float) -> str:
    """12608.0 -> '12608', 47.1 -> '47.1' (no exponent, no float noise)."""
    return f"{v:.10g}"


def _flag(c: Cand, check: str, note: str) -> None:
    c.flags.append(check)
    c.notes.append(f"{check}: {note}")


def _check_roll_forward(cur: list[Cand], cfg: dict) -> None:
    """held(month end) vs held(previous month end) + mined(month) - sold(month), all four reported."""
    held = {(c.slot[0], c.slot[5]): c for c in cur if c.slot[1] == "btc_held" and c.slot[5] is not None}
    flow = {(c.slot[0], c.slot[1], c.slot[4]): c.value for c in cur
            if c.slot[1] in ("btc_mined", "btc_sold") and _is_month(c) and c.value is not None}
    abs_tol, rel_tol = float(cfg.get("absolute_btc", 5.0)), float(cfg.get("relative", 0.02))
    for (company, end), c in held.items():
        if end != _month_end(end) or c.value is None:
            continue
        start = end.replace(day=1)
        prev = held.get((company, start - dt.timedelta(days=1)))
        mined, sold = flow.get((company, "btc_mined", start)), flow.get((company, "btc_sold", start))
        if prev is None or prev.value is None or mined is None or sold is None:
            continue
        expected = prev.value + mined - sold
        if abs(c.value - expected) > max(abs_tol, rel_tol * abs(expected)):
            _flag(c, "holdings_roll_forward", f"{_n(c.value)} held on {end} but {_n(prev.value)} + {_n(mined)} "
                                              f"mined - {_n(sold)} sold = {_n(expected)}")


def _check_production(cur: list[Cand], cfg: dict, net: Network) -> None:
    """Monthly btc_mined / expected share of the month's subsidy at the company's hashrate that month."""
    kinds = list(cfg.get("kinds", ["average", "operational", "energized", "deployed", "installed"]))
    low_kinds = set(cfg.get("low_bound_kinds", ["average", "operational", "energized"]))
    lo, hi = float(cfg.get("min_ratio", 0.5)), float(cfg.get("max_ratio", 1.6))
    rates: dict[tuple, list[Cand]] = defaultdict(list)
    for c in cur:
        company, typ, kind, _, ps, pe = c.slot
        if typ == "hashrate" and kind in kinds and pe is not None and c.value and (kind != "average" or _is_month(c)):
            rates[(company, pe.year, pe.month)].append(c)
    for c in cur:
        if c.slot[1] != "btc_mined" or not _is_month(c) or c.value is None:
            continue
        company, start, end = c.slot[0], c.slot[4], c.slot[5]
        options = rates.get((company, start.year, start.month))
        if not options:
            continue
        h = min(options, key=lambda r: (kinds.index(r.slot[2]), -r.slot[5].toordinal()))
        expected = net.expected_btc(h.value, start, end)
        if not expected:
            continue
        ratio = c.value / expected
        if ratio > hi or (ratio < lo and h.slot[2] in low_kinds):
            _flag(c, "production_vs_hashrate", f"{_n(c.value)} BTC mined in {start:%Y-%m} is {ratio:.2f}x the "
                                               f"{expected:.0f} BTC expected at {_n(h.value)} EH/s {h.slot[2]}")


def _period_class(c: Cand) -> str:
    ps, pe = c.slot[4], c.slot[5]
    if ps is None:
        return "point"
    days = (pe - ps).days + 1
    return "month" if 28 <= days <= 31 else "quarter" if 89 <= days <= 92 else "year" if 365 <= days <= 366 \
        else f"{days}d"


def _check_outliers(cur: list[Cand], cfg: dict) -> None:
    """Value > high x or < low x the median of the company's previous values of the same series."""
    types = set(cfg.get("types", ["btc_mined", "btc_sold", "btc_held", "hashrate"]))
    high, low = float(cfg.get("high", 5.0)), float(cfg.get("low", 0.2))
    min_hist, window = int(cfg.get("min_history", 3)), int(cfg.get("window", 12))
    series: dict[tuple, list[Cand]] = defaultdict(list)
    for c in cur:
        if c.slot[1] in types and c.slot[5] is not None and c.value is not None:
            series[(*c.slot[:4], _period_class(c))].append(c)
    for items in series.values():
        items.sort(key=lambda c: c.slot[5])
        for i, c in enumerate(items):
            prior = [p.value for p in items[max(0, i - window):i]]
            if len(prior) < min_hist:
                continue
            med = statistics.median(prior)
            if med > 0 and (c.value > high * med or c.value < low * med):
                _flag(c, "outlier_vs_history", f"{_n(c.value)} vs median {_n(med)} of the {len(prior)} previous values")


# -- output ---------------------------------------------------------------------------------------------------------
_CANON_SCHEMA = pa.schema([
    ("canonical_id", pa.string()), ("slot_id", pa.string()), ("company", pa.string()), ("ticker", pa.string()),
    ("type", pa.string()), ("unit", pa.string()), ("hashrate_kind", pa.string()), ("loan_event", pa.string()),
    ("period_start", pa.date32()), ("period_end", pa.date32()), ("value", pa.float64()), ("qualifier", pa.string()),
    ("proceeds_usd", pa.float64()), ("collateral_btc", pa.float64()), ("lender", pa.string()),
    ("status", pa.string()), ("superseded_by", pa.string()), ("authority", pa.string()),
    ("authority_rank", pa.int32()), ("published", pa.date32()), ("first_published", pa.date32()),
    ("last_published", pa.date32()), ("n_facts", pa.int32()), ("n_sources", pa.int32()),
    ("n_independent", pa.int32()), ("best_fact_id", pa.string()), ("conflict_values", pa.list_(pa.float64())),
    ("flags", pa.list_(pa.string())), ("notes", pa.list_(pa.string())),
])
_SUPPORT_SCHEMA = pa.schema([
    ("fact_id", pa.string()), ("canonical_id", pa.string()), ("doc_sha", pa.string()), ("url", pa.string()),
    ("published", pa.date32()), ("value", pa.float64()), ("qualifier", pa.string()), ("authority", pa.string()),
    ("authority_rank", pa.int32()), ("story_key", pa.string()), ("is_best", pa.bool_()),
])


def _first(supports: list[Ex], attr: str):  # noqa: ANN202
    """The first non-null attr among the supports (strongest first, as Cand.finish sorted them)."""
    return next((getattr(e, attr) for e in supports if getattr(e, attr) is not None), None)


def _canon_row(c: Cand) -> tuple:
    """One canonical_facts row, in _CANON_SCHEMA order."""
    company, typ, kind, event, ps, pe = c.slot
    pubs = [e.published for e in c.supports if e.published]
    return (c.canonical_id, c.slot_id, company, _first(c.supports, "ticker"), typ, c.best.unit, kind, event, ps, pe,
            c.value, c.best.qualifier, _first(c.supports, "proceeds"), _first(c.supports, "collateral"),
            _first(c.supports, "lender"), c.status, c.superseded_by, c.best.authority, c.rank, c.published,
            min(pubs, default=None), max(pubs, default=None), len(c.supports), c.n_sources, c.n_independent,
            c.best.fact_id, c.conflict_values, c.flags, c.notes)


def _columns(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    """Row tuples (in schema order) -> an Arrow table, built column by column."""
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    return pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(cols, schema, strict=True)],
                                schema=schema)


def _write(con: duckdb.DuckDBPyConnection, cands: list[Cand]) -> None:
    canon = _columns([_canon_row(c) for c in sorted(cands, key=lambda c: c.canonical_id)], _CANON_SCHEMA)
    support = _columns(sorted(
        ((e.fact_id, c.canonical_id, e.doc_sha, e.url, e.published, e.value, e.qualifier, e.authority, e.rank,
          c.stories[e.fact_id], e is c.best) for c in cands for e in c.supports)), _SUPPORT_SCHEMA)
    con.execute("delete from canonical_support")
    con.execute("delete from canonical_facts")
    for name, tbl in (("canonical_facts", canon), ("canonical_support", support)):
        con.register("_reconcile_rows", tbl)
        try:
            con.execute(f"insert into {name} by name select * from _reconcile_rows")
        finally:
            con.unregister("_reconcile_rows")


# -- entry point ----------------------------------------------------------------------------------------------------
def reconcile(con: duckdb.DuckDBPyConnection, rules: Rules | None = None, network: Network | None = None) -> dict:
    """Rebuild canonical_facts and canonical_support from facts_current in one transaction; returns counts.

    Run it after every ingest and after reviewers' decisions. The connection must be writable, migrated
    (flows.store.connect does that) and not inside a transaction.
    """
    t0 = time.perf_counter()
    rules, network = rules or load_rules(), network or load_network()
    con.execute("begin")
    try:
        exs = _read(con, rules)
        slots: dict[tuple, list[Ex]] = defaultdict(list)
        for e in exs:
            slots[_slot(e)].append(e)
        cands = [c for slot, members in slots.items() for c in _candidates(slot, members, rules)]
        cur = [c for c in cands if c.status == "current"]
        _check_roll_forward(cur, rules.checks.get("holdings_roll_forward", {}))
        _check_production(cur, rules.checks.get("production_vs_hashrate", {}), network)
        _check_outliers(cur, rules.checks.get("outlier_vs_history", {}))
        _write(con, cands)
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")
    counts = {"facts": len(exs), "canonical": len(cands), "slots": len(slots), "current": len(cur),
              "conflicts": sum(1 for c in cur if "conflict" in c.flags),
              "superseded": sum(1 for c in cands if c.status == "superseded")}
    counts |= {k: sum(1 for c in cur if k in c.flags) for k in CHECKS}
    return counts | {"seconds": round(time.perf_counter() - t0, 3)}


# -- benchmark (not a test) -----------------------------------------------------------------------------------------
def _synthetic(con: duckdb.DuckDBPyConnection, n: int) -> None:
    """n synthetic facts over 40 companies x 5 types x 72 months, spread over documents of four hosts
    (SEC, wire, two news sites) published on four days, one in thirteen with a disagreeing value."""
    con.execute("begin")
    con.execute(f"""
        create temp table syn as
        select i, 'C' || (i % 40) as company,
               ['btc_mined', 'btc_sold', 'btc_held', 'hashrate', 'loan'][1 + (i // 40) % 5] as type,
               (i // 200) % 72 as m, i // 14400 as copy from range({n}) t(i)""")
    con.execute("""
        insert into documents (doc_sha, url, requested_url, source_id, fetched_at, published, text_extractor, text,
                               raw_path, run_id)
        select distinct 'doc' || company || '-' || m || '-' || copy % 4,
          ['https://www.sec.gov/', 'https://www.globenewswire.com/', 'https://news-a.example/',
           'https://news-b.example/'][1 + copy % 4] || company || '/' || m, 'u', 'bench', now(),
          (date '2020-02-01' + to_months(m::int) + to_days((copy % 4)::int))::date, 'bench@1', '', '', 'bench'
        from syn""")
    con.execute("""insert into extractions select distinct 'doc' || company || '-' || m || '-' || copy % 4,
                   'bench', 'bench', now(), 0 from syn""")
    con.execute("""
        insert into facts select 'f' || i, 'doc' || company || '-' || m || '-' || copy % 4, 'bench', type, company,
          null, (case type when 'hashrate' then 10 when 'loan' then 1e7 else 300 end)
                * (1 + (i % 5) / 1000.0) * (case when i % 13 = 0 then 1.2 else 1 end),
          case type when 'hashrate' then 'EH/s' when 'loan' then 'USD' else 'BTC' end,
          case when type in ('btc_mined', 'btc_sold') then (date '2020-01-01' + to_months(m::int))::date end,
          (date '2020-01-01' + to_months(m::int + 1))::date - 1, null,
          case when type = 'hashrate' then 'operational' end, null,
          case when type = 'loan' then 'outstanding' end, null, null, 0.9, []::varchar[],
          0, 10, 'Sentence ' || company || ' ' || type || ' ' || m || ' ' || copy % 2, i, i + 1, 'bench@1', now(),
          'f' || i
        from syn""")
    con.execute("commit")


def _bench(n: int) -> None:
    import tempfile

    from flows.store import connect

    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        _synthetic(con, n)
        for run in (1, 2):
            t0 = time.perf_counter()
            counts = reconcile(con)
            print(f"run {run}: {time.perf_counter() - t0:.2f} s  {counts}")
        con.close()


if __name__ == "__main__":  # python -m flows.reconcile bench [N]
    if sys.argv[1:2] != ["bench"]:
        sys.exit("usage: python -m flows.reconcile bench [N]")
    _bench(int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
