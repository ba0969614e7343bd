"""A self-contained HTML report: per miner, monthly production, holdings and hashrate over time, every mark linked to
its sources.

    from pathlib import Path
    from flows.store import connect
    from flows.report import write_report

    con = connect(Path("data/minerwire.duckdb"), read_only=True)
    write_report(con, Path("report.html"))                                   # every miner
    write_report(con, Path("riot.html"), companies=["Riot Platforms", "MARA"])  # names or tickers, any case
    # -> PosixPath('riot.html'); open it in a browser, no network needed

One HTML file: inline CSS, inline SVG charts drawn here (no JavaScript at all, no fonts, images or scripts from
elsewhere; a Content-Security-Policy meta tag forbids loading any). Per miner (company):

- monthly production, BTC mined per calendar month: bars;
- holdings, BTC held over time: a line with points;
- hashrate, EH/s over time: one line per kind (operational, installed, target, ...), with a legend.

Each bar and point is a link (`<a href>` to its first source, in a new tab, no referrer) with a tooltip (`<title>`:
value, period, source count); the table under each chart lists every source URL of every mark. Lines are dotted
across gaps of more than 95 days, so that a missing quarter does not read as a trend.

The data come from the reconciled `canonical_current` view when it has rows (one value per fact, with the number
of sources and of independent stories; the first source linked is the one the value was taken from), else from the
per-type views `monthly_production`, `holdings_over_time` and `hashrate_by_kind` over `facts_current` (a database
that `reconcile` has not run on). Monthly production keeps the facts whose period lies within one calendar month
(as `monthly_production` does); quarterly and yearly totals are not charted. Every string read from the database
is HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from urllib.parse import urlsplit

import duckdb

__all__ = ["write_report", "render_report"]

TYPES = ("btc_mined", "btc_held", "hashrate")
GAP_DAYS = 95  # consecutive points further apart than this are joined by a dotted line
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
KIND_COLORS = {"operational": "#0072B2", "energized": "#009E73", "installed": "#D55E00", "deployed": "#CC79A7",
               "average": "#E69F00", "capacity": "#56B4E9", "target": "#555555"}
OTHER_COLORS = ("#882255", "#117733", "#332288", "#999933", "#AA4499", "#44AA99")
CHART_W, PAD_L, PAD_R = 900, 78, 22


@dataclass(slots=True)
class Mark:
    """One value on a chart: a month of production, a holdings figure, a hashrate of one kind."""

    company: str
    ticker: str | None
    type: str
    kind: str | None
    start: dt.date | None
    end: dt.date
    value: float
    qualifier: str | None
    n_sources: int
    n_independent: int | None
    sources: list[tuple[str, str | None]]  # (url, document title), the first is the one linked
    conflict: list[float] = field(default_factory=list)


@dataclass(slots=True)
class Miner:
    name: str
    ticker: str | None = None
    production: list[Mark] = field(default_factory=list)
    holdings: list[Mark] = field(default_factory=list)
    hashrate: list[Mark] = field(default_factory=list)

    @property
    def n_marks(self) -> int:
        return len(self.production) + len(self.holdings) + len(self.hashrate)


# -- public API -----------------------------------------------------------------------------------------------------
def write_report(con: duckdb.DuckDBPyConnection, out_path: Path, companies: list[str] | None = None,
                 title: str = "minerwire report", *, db_label: str | None = None,
                 now: dt.datetime | None = None) -> Path:
    """Write the HTML report to `out_path` (parent directories created, file replaced atomically); returns it.

    `con` may be read-only. `companies` limits the report to these miners, matched case-insensitively against the
    company name or its ticker (["riot platforms", "mara"] gives Riot Platforms and MARA Holdings); names that
    match nothing are listed in the report's header. `db_label` is the database path shown in the header
    (default: the connection's own file); `now` the generation time (default: now, UTC).

    >>> from pathlib import Path
    >>> from flows.store import connect
    >>> con = connect(Path("data/minerwire.duckdb"), read_only=True)  # doctest: +SKIP
    >>> write_report(con, Path("out/report.html"), companies=["RIOT"])  # doctest: +SKIP
    PosixPath('out/report.html')
    """
    out_path = Path(out_path)
    doc = render_report(con, companies, title, db_label=db_label, now=now)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    tmp.write_text(doc, encoding="utf-8")
    tmp.replace(out_path)
    return out_path


def render_report(con: duckdb.DuckDBPyConnection, companies: list[str] | None = None,
                  title: str = "minerwire report", *, db_label: str | None = None,
                  now: dt.datetime | None = None) -> str:
    """The report as one HTML string (what `write_report` writes).

    >>> import duckdb
    >>> page = render_report(duckdb.connect())  # an empty database: the empty state
    >>> "No facts to chart" in page and page.startswith("<!doctype html>")
    True
    """
    t0 = time.perf_counter()
    now = now or dt.datetime.now(dt.timezone.utc)
    source, marks, notes = _load(con)
    miners, missing = _group(marks, companies)
    counts = _counts(con, source)
    db_label = db_label if db_label is not None else _db_path(con)
    parts = [_head(title), _header(title, now, db_label, source, counts, miners, missing, notes)]
    if miners:
        parts.append(_toc(miners))
        parts.extend(_section(i, m) for i, m in enumerate(miners, 1))
    else:
        parts.append(_empty_state(companies, bool(marks)))
    parts.append(f'<footer><p>Generated by minerwire in {time.perf_counter() - t0:.2f} s. Each bar and point '
                 'links to its first source; the tables list them all.</p></footer>\n</main>\n</body>\n</html>\n')
    return "".join(parts)


# -- reading --------------------------------------------------------------------------------------------------------
def _relations(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("select table_name from information_schema.tables "
                                      "where table_schema = 'main'").fetchall()}


_CANONICAL_SQL = f"""
with sup as (
  select s.canonical_id, s.url, bool_or(s.is_best) as best, min(s.authority_rank) as rank,
         max(s.published) as pub, arg_max(d.title, d.fetched_at) as title
  from canonical_support s left join documents d on d.doc_sha = s.doc_sha
  group by s.canonical_id, s.url
), srcs as (
  select canonical_id, list({{'url': url, 'title': title}}
                            order by best desc, rank, pub desc nulls last, url) as sources
  from sup group by canonical_id
)
select c.company, c.ticker, c.type, c.hashrate_kind, c.period_start, c.period_end, c.value::double,
       c.qualifier, c.n_sources, c.n_independent, c.conflict_values, s.sources
from canonical_current c left join srcs s on s.canonical_id = c.canonical_id
where c.type in {TYPES} and c.value is not null and c.period_end is not null
  and (c.type <> 'btc_mined' or (c.period_start is not null
       and date_trunc('month', c.period_start) = date_trunc('month', c.period_end)))
"""

_VIEW_SQL = {
    "monthly_production": "select company, ticker, 'btc_mined', null::varchar, period_start, period_end, "
                          "btc_mined::double, null::varchar, n_sources, null::integer, [], urls "
                          "from monthly_production where btc_mined is not null and period_end is not null",
    "holdings_over_time": "select company, ticker, 'btc_held', null::varchar, null::date, as_of, btc_held::double, "
                          "null::varchar, n_sources, null::integer, [], urls "
                          "from holdings_over_time where btc_held is not null and as_of is not null",
    "hashrate_by_kind": "select company, ticker, 'hashrate', hashrate_kind, null::date, as_of, eh_s::double, "
                        "null::varchar, n_sources, null::integer, [], urls "
                        "from hashrate_by_kind where eh_s is not null and as_of is not null",
}


def _load(con: duckdb.DuckDBPyConnection) -> tuple[str, list[Mark], list[str]]:
    """('canonical' | 'views' | 'none', the marks, notes for the header)."""
    rels, notes = _relations(con), []
    if {"canonical_current", "canonical_facts", "canonical_support", "documents"} <= rels and \
            con.execute("select count(*) from canonical_facts where status = 'current'").fetchone()[0] > 0:
        rows = con.execute(_CANONICAL_SQL).fetchall()
        return "canonical", [_mark(r, [(s["url"], s["title"]) for s in (r[11] or []) if s["url"]]) for r in rows], notes
    views = [v for v in _VIEW_SQL if v in rels]
    if not views:
        return "none", [], ["This database has none of the per-type views: run `minerwire db migrate`."]
    rows = con.execute(" union all ".join(_VIEW_SQL[v] for v in views)).fetchall()
    titles = {}
    if "documents" in rels and rows:
        urls = sorted({u for r in rows for u in (r[11] or []) if u})
        titles = dict(con.execute("select url, arg_max(title, fetched_at) from documents "
                                  "where url in (select unnest(?::varchar[])) group by url", [urls]).fetchall())
    notes.append("No reconciled facts (run `minerwire reconcile`): charted from the per-type views over "
                 "facts_current, which take the largest value reported for each period, without conflict checks.")
    return "views", [_mark(r, [(u, titles.get(u)) for u in sorted(r[11] or []) if u]) for r in rows], notes


def _mark(r: tuple, sources: list[tuple[str, str | None]]) -> Mark:
    company, ticker, typ, kind, start, end, value, qual, n_src, n_ind, conflict, _ = r
    return Mark(company or "?", ticker, typ, kind, start, end, float(value), qual, int(n_src or len(sources)),
                n_ind, sources, [float(v) for v in conflict or []])


def _group(marks: list[Mark], companies: list[str] | None) -> tuple[list[Miner], list[str]]:
    """Miners sorted by name, their marks deduplicated and sorted; and the requested names that matched nothing."""
    tickers: dict[str, dict[str, int]] = {}
    by_co: dict[str, dict[tuple, Mark]] = {}
    for m in marks:
        if m.ticker:
            t = tickers.setdefault(m.company, {})
            t[m.ticker] = t.get(m.ticker, 0) + 1
        slot = by_co.setdefault(m.company, {})
        key = (m.type, m.end.year, m.end.month) if m.type == "btc_mined" else (m.type, m.kind, m.end)
        cur = slot.get(key)
        if cur is None or _better(m, cur):
            slot[key] = m
    miners = []
    for name, slot in by_co.items():
        t = tickers.get(name)
        miner = Miner(name, max(t, key=lambda k: (t[k], k)) if t else None)
        for m in sorted(slot.values(), key=lambda m: (m.end, m.kind or "")):
            {"btc_mined": miner.production, "btc_held": miner.holdings, "hashrate": miner.hashrate}[m.type].append(m)
        miners.append(miner)
    missing: list[str] = []
    if companies is not None:
        wanted = {c.strip().casefold(): c for c in companies if c.strip()}
        hit = set()
        keep = []
        for m in miners:
            keys = {m.name.casefold()} | {k.casefold() for k in tickers.get(m.name, {})}
            if keys & wanted.keys():
                keep.append(m)
                hit |= keys & wanted.keys()
        miners = keep
        missing = [orig for key, orig in wanted.items() if key not in hit]
    miners.sort(key=lambda m: (m.name.casefold(), m.name))
    return miners, missing


def _better(a: Mark, b: Mark) -> bool:
    """Which of two marks of one month (production) or one date and kind to keep: for production the widest
    period in the month, for a hashrate ending the same day the shorter (a monthly average over a quarterly one);
    then the better sourced."""
    if a.type == "btc_mined":
        return (a.start or dt.date.max, -a.n_sources, a.value) < (b.start or dt.date.max, -b.n_sources, b.value)
    return (a.start or dt.date.max, a.n_sources, a.value) > (b.start or dt.date.max, b.n_sources, b.value)


def _counts(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, int | None]:
    rels = _relations(con)

    def one(sql: str, needs: str) -> int | None:
        return con.execute(sql).fetchone()[0] if needs in rels else None

    return {"documents": one("select count(*) from documents", "documents"),
            "published facts": one("select count(*) from facts_current", "facts_current"),
            "canonical facts": one("select count(*) from canonical_facts where status = 'current'", "canonical_facts")
            if source == "canonical" else None}


def _db_path(con: duckdb.DuckDBPyConnection) -> str:
    try:
        row = con.execute("select path from duckdb_databases() where database_name = current_database()").fetchone()
    except duckdb.Error:
        row = None
    return row[0] if row and row[0] else ":memory:"


# -- formatting -----------------------------------------------------------------------------------------------------
def esc(s: object) -> str:
    """HTML-escape anything (quotes too), for text and attribute values.

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    """
    return html.escape("" if s is None else str(s), quote=True)


_HTTP = re.compile(r"https?://[^\s/?#]+", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")


@functools.lru_cache(maxsize=65536)
def safe_href(url: str | None) -> str | None:
    """The URL, escaped for an href attribute, when it is http(s); else None (javascript:, data:, relative...).

    >>> safe_href("https://example.com/a?b=1&c=<x>")
    'https://example.com/a?b=1&amp;c=&lt;x&gt;'
    >>> safe_href("javascript:alert(1)") is None and safe_href(" https://x.test/") is None
    True
    """
    if not url or not _HTTP.match(url) or _CONTROL.search(url):
        return None
    return esc(url)


def fmt_value(v: float) -> str:
    """Up to 8 decimals (satoshis), thousands separated, no float noise.

    >>> fmt_value(12608.0), fmt_value(650.5), fmt_value(0.00012345), fmt_value(47.1)
    ('12,608', '650.5', '0.00012345', '47.1')
    """
    s = f"{v:,.8f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _fmt_tick(v: float, step: float) -> str:
    d = 0
    while d < 8 and abs(step * 10 ** d - round(step * 10 ** d)) > 1e-6:
        d += 1
    return f"{v:,.{d}f}"


def _month(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _period(m: Mark) -> str:
    """'Sep 2022' for a calendar month, '2022-09-01 to 2022-09-15' for another period, 'as of 2022-09-30'."""
    if m.start is None:
        return f"as of {m.end.isoformat()}"
    if m.start.day == 1 and m.start.year == m.end.year and m.start.month == m.end.month and \
            (m.end + dt.timedelta(days=1)).day == 1:
        return _month(m.start)
    return f"{m.start.isoformat()} to {m.end.isoformat()}"


def _unit(m: Mark) -> str:
    return "EH/s" if m.type == "hashrate" else "BTC"


def _qual(m: Mark) -> str:
    return {"approximate": "about ", "at_least": "at least ", "at_most": "at most "}.get(m.qualifier or "", "")


def _kind(m: Mark) -> str:
    return m.kind or "unspecified"


def _describe(m: Mark) -> str:
    """The tooltip: value, period, sources (plain text; escaped by the caller)."""
    what = {"btc_mined": "mined", "btc_held": "held", "hashrate": f"{_kind(m)} hashrate"}[m.type]
    n = m.n_sources
    src = f"{n} source{'s' if n != 1 else ''}"
    if m.n_independent is not None:
        src += f" ({m.n_independent} independent)"
    text = f"{m.company}: {_qual(m)}{fmt_value(m.value)} {_unit(m)} {what}, {_period(m)}. {src}"
    if m.conflict:
        text += ". Conflicting values elsewhere: " + ", ".join(fmt_value(v) for v in m.conflict)
    host = _host(m.sources[0][0]) if m.sources and safe_href(m.sources[0][0]) else None
    if host:
        text += f". Opens {host.removeprefix('www.')}"
    return text


@functools.lru_cache(maxsize=65536)
def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # a malformed address ("http://[::1")
        return None


# -- charts ---------------------------------------------------------------------------------------------------------
def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


@dataclass(slots=True)
class _Frame:
    """A chart's geometry: a date axis shared by the miner's three charts, a value axis from 0."""

    lo: dt.date
    hi: dt.date
    top: float
    height: float
    ymax: float = 1.0
    step: float = 1.0

    @property
    def bottom(self) -> float:
        return self.height - 46

    def x(self, d: dt.date) -> float:
        span = (self.hi - self.lo).days or 1
        return PAD_L + (d - self.lo).days / span * (CHART_W - PAD_L - PAD_R)

    def y(self, v: float) -> float:
        return self.bottom - max(v, 0.0) / self.ymax * (self.bottom - self.top)

    def scale(self, vmax: float) -> None:
        """A 'nice' axis from 0 past vmax, in about five steps of 1, 2, 2.5 or 5 x 10^k."""
        vmax = vmax if vmax > 0 else 1.0
        raw = vmax / 5
        mag = 10 ** math.floor(math.log10(raw))
        self.step = next(m * mag for m in (1, 2, 2.5, 5, 10) if raw <= m * mag * (1 + 1e-9))
        self.ymax = math.ceil(vmax / self.step - 1e-9) * self.step


def _axes(f: _Frame, unit: str) -> list[str]:
    out = ['<g class="axes" aria-hidden="true">']
    n = int(round(f.ymax / f.step))
    for i in range(n + 1):
        v = i * f.step
        y = f.y(v)
        out.append(f'<line class="grid" x1="{PAD_L}" x2="{CHART_W - PAD_R}" y1="{y:.1f}" y2="{y:.1f}"/>'
                   f'<text class="ytick" x="{PAD_L - 8}" y="{y + 4:.1f}">{_fmt_tick(v, f.step)}</text>')
    out.append(f'<text class="ylabel" transform="translate(16 {(f.top + f.bottom) / 2:.1f}) rotate(-90)">{unit}</text>')
    out.append(f'<line class="axis" x1="{PAD_L}" x2="{CHART_W - PAD_R}" y1="{f.bottom:.1f}" y2="{f.bottom:.1f}"/>')
    months = (f.hi.year - f.lo.year) * 12 + f.hi.month - f.lo.month
    every = next(s for s in (1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240) if months / s <= 9)
    d, first = f.lo, True
    while d <= f.hi:
        if (d.year * 12 + d.month - 1) % every == 0:
            x = f.x(d)
            if every >= 12:
                label = f'<tspan x="{x:.1f}" dy="0">{d.year}</tspan>'
            else:
                label = f'<tspan x="{x:.1f}" dy="0">{MONTHS[d.month - 1]}</tspan>'
                if first or d.month <= every:
                    label += f'<tspan x="{x:.1f}" dy="14">{d.year}</tspan>'
            out.append(f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{f.bottom:.1f}" y2="{f.bottom + 5:.1f}"/>'
                       f'<text class="xtick" y="{f.bottom + 18:.1f}">{label}</text>')
            first = False
        d = _next_month(d)
    out.append("</g>")
    return out


def _linked(m: Mark, mark_svg: str) -> str:
    """The mark inside a link to its first source, with its tooltip; a plain group when no source is http(s)."""
    tip = f"<title>{esc(_describe(m))}</title>"
    href = safe_href(m.sources[0][0]) if m.sources else None
    if href is None:
        return f'<g class="nolink">{tip}{mark_svg}</g>'
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{tip}{mark_svg}</a>'


def _svg_open(cls: str, f: _Frame, label: str) -> str:
    return (f'<svg class="chart {cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CHART_W} {f.height:.0f}" '
            f'width="{CHART_W}" height="{f.height:.0f}" role="img" aria-label="{esc(label)}">')


def _range_label(marks: list[Mark]) -> str:
    lo, hi = min(m.end for m in marks), max(m.end for m in marks)
    vals = [m.value for m in marks]
    return (f"{len(marks)} value{'s' if len(marks) != 1 else ''} from {_month(lo)} to {_month(hi)}, "
            f"lowest {fmt_value(min(vals))}, highest {fmt_value(max(vals))}")


def _bars(miner: Miner, lo: dt.date, hi: dt.date) -> str:
    f = _Frame(lo, hi, top=14, height=250)
    f.scale(max(m.value for m in miner.production))
    label = f"{miner.name}: bitcoin mined per month, in BTC. {_range_label(miner.production)}."
    out = [_svg_open("chart-production", f, label)] + _axes(f, "BTC mined")
    out.append('<g class="marks">')
    for m in miner.production:
        a, b = f.x(_month_start(m.end)), f.x(_next_month(m.end))
        w = min(max((b - a) * 0.76, 1.5), 44.0)
        x, y = (a + b - w) / 2, f.y(m.value)
        cls = "bar conflict" if m.conflict else "bar"
        out.append(_linked(m, f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" '
                              f'height="{max(f.bottom - y, 0.5):.1f}"/>'))
    out.append("</g></svg>")
    return "".join(out)


def _path(f: _Frame, marks: list[Mark]) -> str:
    """Solid segments between points at most GAP_DAYS apart, dotted across longer gaps."""
    solid, dotted, prev = [], [], None
    for m in marks:
        x, y = f.x(m.end), f.y(m.value)
        if prev is None:
            solid.append(f"M{x:.1f} {y:.1f}")
        elif (m.end - prev[0]).days > GAP_DAYS:
            dotted.append(f"M{prev[1]:.1f} {prev[2]:.1f}L{x:.1f} {y:.1f}")
            solid.append(f"M{x:.1f} {y:.1f}")
        else:
            solid.append(f"L{x:.1f} {y:.1f}")
        prev = (m.end, x, y)
    return "".join(solid), "".join(dotted)


def _points(f: _Frame, marks: list[Mark], color: str | None = None) -> list[str]:
    style = f' style="fill:{color}"' if color else ""
    return [_linked(m, f'<circle class="pt{" conflict" if m.conflict else ""}" cx="{f.x(m.end):.1f}" '
                       f'cy="{f.y(m.value):.1f}" r="4.5"{style}/>') for m in marks]


def _holdings(miner: Miner, lo: dt.date, hi: dt.date) -> str:
    f = _Frame(lo, hi, top=14, height=250)
    f.scale(max(m.value for m in miner.holdings))
    label = f"{miner.name}: bitcoin held over time, in BTC. {_range_label(miner.holdings)}."
    out = [_svg_open("chart-holdings", f, label)] + _axes(f, "BTC held")
    solid, dotted = _path(f, miner.holdings)
    out.append(f'<path class="line" d="{solid}"/>')
    if dotted:
        out.append(f'<path class="line gap" d="{dotted}"/>')
    out.append('<g class="marks">')
    out.extend(_points(f, miner.holdings))
    out.append("</g></svg>")
    return "".join(out)


def _kind_colors(kinds: list[str]) -> dict[str, str]:
    other = iter(OTHER_COLORS * 4)
    return {k: KIND_COLORS.get(k) or next(other, "#777777") for k in kinds}


def _hashrate(miner: Miner, lo: dt.date, hi: dt.date) -> str:
    series: dict[str, list[Mark]] = {}
    for m in miner.hashrate:
        series.setdefault(_kind(m), []).append(m)
    order = [k for k in KIND_COLORS if k in series] + sorted(k for k in series if k not in KIND_COLORS)
    colors = _kind_colors(order)
    # the legend: one row of swatches, wrapped when it does not fit
    legend, x, row = [], PAD_L, 0
    for k in order:
        w = 34 + 7.5 * len(k) + 18
        if x + w > CHART_W - PAD_R and x > PAD_L:
            x, row = PAD_L, row + 1
        y = 14 + row * 20
        dash = ' stroke-dasharray="6 4"' if k == "target" else ""
        legend.append(f'<g class="legend-item"><line x1="{x}" x2="{x + 24}" y1="{y}" y2="{y}" '
                      f'style="stroke:{colors[k]}"{dash}/><circle cx="{x + 12}" cy="{y}" r="4" '
                      f'style="fill:{colors[k]}"/><text x="{x + 30}" y="{y + 4}">{esc(k)}</text></g>')
        x += w
    f = _Frame(lo, hi, top=14 + (row + 1) * 20 + 6, height=270 + row * 20)
    f.scale(max(m.value for m in miner.hashrate))
    kinds = ", ".join(f"{k} ({len(series[k])})" for k in order)
    label = f"{miner.name}: hashrate over time, in EH/s, one line per kind: {kinds}. {_range_label(miner.hashrate)}."
    out = [_svg_open("chart-hashrate", f, label)] + _axes(f, "EH/s")
    out.append('<g class="legend" aria-hidden="true">' + "".join(legend) + "</g>")
    for k in order:
        solid, dotted = _path(f, series[k])
        dash = " target" if k == "target" else ""
        out.append(f'<g class="series"><path class="line{dash}" style="stroke:{colors[k]}" d="{solid}"/>')
        if dotted:
            out.append(f'<path class="line gap" style="stroke:{colors[k]}" d="{dotted}"/>')
        out.append('<g class="marks">')
        out.extend(_points(f, series[k], colors[k]))
        out.append("</g></g>")
    out.append("</svg>")
    return "".join(out)


# -- tables and page ------------------------------------------------------------------------------------------------
def _source_list(m: Mark) -> str:
    items = []
    for url, doc_title in m.sources:
        href = safe_href(url)
        link = (f'<a href="{href}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>' if href
                else f'<code>{esc(url)}</code> <span class="muted">(not a web link)</span>')
        if doc_title:
            link += f' <span class="doc-title">{esc(doc_title)}</span>'
        items.append(f"<li>{link}</li>")
    return f"<ol>{''.join(items)}</ol>" if items else '<span class="muted">none recorded</span>'


def _table(miner: Miner, marks: list[Mark], with_kind: bool, caption: str) -> str:
    head = "<th scope=col>Company</th>" + ("<th scope=col>Kind</th>" if with_kind else "") + \
        "<th scope=col>Period</th><th scope=col>Value</th><th scope=col>Sources</th><th scope=col>URLs</th>"
    rows = []
    name = esc(miner.name)
    for m in sorted(marks, key=lambda m: (m.end, m.kind or "")) if with_kind else marks:
        n = str(m.n_sources) + (f" ({m.n_independent} indep.)" if m.n_independent is not None else "")
        flag = ' <span class="flag" title="conflicting values">conflict: ' + \
            esc(", ".join(fmt_value(v) for v in m.conflict)) + "</span>" if m.conflict else ""
        rows.append(f"<tr><td>{name}</td>" + (f"<td>{esc(_kind(m))}</td>" if with_kind else "") +
                    f"<td>{esc(_period(m))}</td><td class=num>{_qual(m)}{fmt_value(m.value)} {_unit(m)}{flag}</td>"
                    f"<td class=num>{n}</td><td>{_source_list(m)}</td></tr>")
    return (f'<details class="sources"><summary>Sources: {len(marks)} row{"s" if len(marks) != 1 else ""}</summary>'
            f'<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></details>')


def _anchor(i: int, name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40]
    return f"m{i}-{slug}" if slug else f"m{i}"


def _latest(miner: Miner) -> str:
    bits = []
    if miner.production:
        m = miner.production[-1]
        bits.append(f"mined {_qual(m)}{fmt_value(m.value)} BTC in {_period(m)}")
    if miner.holdings:
        m = miner.holdings[-1]
        bits.append(f"held {_qual(m)}{fmt_value(m.value)} BTC {_period(m)}")
    ops = [m for m in miner.hashrate if m.kind != "target" and m.end <= dt.date.today()]
    if ops:
        m = max(ops, key=lambda m: (m.end, m.value))
        bits.append(f"{_kind(m)} hashrate {_qual(m)}{fmt_value(m.value)} EH/s {_period(m)}")
    return "Latest: " + "; ".join(esc(b) for b in bits) + "." if bits else ""


def _section(i: int, miner: Miner) -> str:
    dates = [m.end for m in miner.production + miner.holdings + miner.hashrate]
    lo, hi = _month_start(min(dates)), _next_month(max(dates))
    name = esc(miner.name)
    ticker = f' <span class="ticker">{esc(miner.ticker)}</span>' if miner.ticker else ""
    out = [f'<section class="miner" id="{_anchor(i, miner.name)}" aria-labelledby="{_anchor(i, miner.name)}-h">'
           f'<h2 id="{_anchor(i, miner.name)}-h">{name}{ticker}</h2><p class="latest">{_latest(miner)}</p>']
    charts = (("Monthly production", "btc mined per calendar month", miner.production, _bars, False),
              ("Holdings", "btc held", miner.holdings, _holdings, False),
              ("Hashrate by kind", "EH/s", miner.hashrate, _hashrate, True))
    for heading, what, marks, draw, with_kind in charts:
        out.append(f'<figure class="chart-box"><figcaption><h3>{heading}</h3></figcaption>')
        if marks:
            out.append(draw(miner, lo, hi))
            out.append(_table(miner, marks, with_kind, f"{miner.name}: {heading.lower()} ({what}), sources"))
        else:
            out.append(f'<p class="empty">No {heading.lower()} reported for {name}.</p>')
        out.append("</figure>")
    out.append('<p class="top"><a href="#contents">Back to contents</a></p></section>\n')
    return "".join(out)


def _toc(miners: list[Miner]) -> str:
    items = "".join(f'<li><a href="#{_anchor(i, m.name)}">{esc(m.name)}</a> <span class="muted">'
                    f'{len(m.production)} months, {len(m.holdings)} holdings, {len(m.hashrate)} hashrate</span></li>'
                    for i, m in enumerate(miners, 1))
    return f'<nav id="contents" aria-label="Miners"><h2>Contents</h2><ol class="toc">{items}</ol></nav>\n'


def _header(title: str, now: dt.datetime, db_label: str, source: str, counts: dict, miners: list[Miner],
            missing: list[str], notes: list[str]) -> str:
    used = {"canonical": "reconciled canonical facts (<code>canonical_current</code>)",
            "views": "per-type views over <code>facts_current</code>", "none": "nothing"}[source]
    stats = [("miners charted", len(miners)), ("production months", sum(len(m.production) for m in miners)),
             ("holdings points", sum(len(m.holdings) for m in miners)),
             ("hashrate points", sum(len(m.hashrate) for m in miners))]
    stats += [(k, v) for k, v in counts.items() if v is not None]
    dl = "".join(f"<div><dt>{esc(k)}</dt><dd>{v:,}</dd></div>" for k, v in stats)
    out = [f'<header><h1>{esc(title)}</h1><p class="meta">Generated <time datetime="{esc(now.isoformat())}">'
           f'{esc(now.strftime("%Y-%m-%d %H:%M:%S %Z").strip())}</time> from <code>{esc(db_label)}</code>. '
           f'Data: {used}.</p><dl class="counts">{dl}</dl>']
    out.extend(f'<p class="notice">{esc(n)}</p>' for n in notes)
    if missing:
        out.append(f'<p class="notice">No charted facts for: {esc(", ".join(missing))}.</p>')
    out.append("</header>\n")
    return "".join(out)


def _empty_state(companies: list[str] | None, any_facts: bool) -> str:
    if any_facts and companies is not None:
        msg = "None of the requested miners has production, holdings or hashrate facts in this database."
    else:
        msg = ("This database has no published production, holdings or hashrate facts yet. Run "
               "<code>minerwire ingest</code> (or <code>minerwire demo</code>), then make the report again.")
    return f'<section class="empty-state" id="contents"><h2>No facts to chart</h2><p>{msg}</p></section>\n'


_CSS = """
:root{--fg:#1b1f24;--muted:#5c6670;--line:#d0d7de;--bg:#fff;--accent:#0b5cad;--bar:#e07b00;--hold:#0072B2}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
main{max-width:960px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:1.7rem;margin:.4em 0 .2em}h2{font-size:1.35rem;margin:1.2em 0 .3em}h3{font-size:1.05rem;margin:.2em 0}
a{color:var(--accent)}code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.meta,.muted,.latest{color:var(--muted)}.muted{font-size:.88em}
.counts{display:flex;flex-wrap:wrap;gap:8px 24px;margin:.6em 0}.counts div{min-width:96px}
.counts dt{font-size:.8em;color:var(--muted)}.counts dd{margin:0;font-size:1.25em;font-variant-numeric:tabular-nums}
.notice{background:#fff8e1;border-left:4px solid #e6a700;padding:6px 10px}
.toc{columns:2;column-gap:32px;padding-left:1.4em}.toc li{break-inside:avoid;margin:2px 0}
section.miner{border-top:2px solid var(--line);margin-top:28px}.ticker{font-size:.75em;color:var(--muted);
font-weight:500;border:1px solid var(--line);border-radius:4px;padding:0 5px;vertical-align:middle}
figure.chart-box{margin:14px 0 20px}
svg.chart{display:block;width:100%;max-width:900px;height:auto;font-size:12px;overflow:visible}
svg .grid{stroke:#eceff2}svg .axis,svg .tick{stroke:#8a949e}
svg text{fill:#3d4650}svg .ytick{text-anchor:end}svg .xtick{text-anchor:middle}
svg .ylabel{text-anchor:middle;font-weight:600}
svg .bar{fill:var(--bar)}svg .line{fill:none;stroke:var(--hold);stroke-width:2}
svg .line.gap{stroke-dasharray:2 4;stroke-width:1.5;opacity:.7}svg .line.target{stroke-dasharray:6 4}
svg .pt{fill:var(--hold);stroke:#fff;stroke-width:1.5}
svg .conflict{stroke:#c00;stroke-width:2}
svg a:hover .bar,svg a:focus .bar{fill:#b35f00}svg a:hover .pt,svg a:focus .pt{stroke:#000;stroke-width:2}
svg a:focus{outline:2px solid var(--accent)}
details.sources{margin:4px 0 0}details.sources summary{cursor:pointer;color:var(--accent)}
table{border-collapse:collapse;width:100%;font-size:.86em;margin-top:6px}
caption{text-align:left;color:var(--muted);padding-bottom:4px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td ol{margin:0;padding-left:1.2em}td a{overflow-wrap:anywhere}
.doc-title{color:var(--muted)}.flag{color:#c00;font-size:.85em}
.empty{color:var(--muted);font-style:italic}.empty-state{border:1px dashed var(--line);padding:16px 20px;
margin-top:24px}
footer{margin-top:40px;color:var(--muted);font-size:.85em}
@media print{details.sources{display:none}section.miner{break-before:page}}
"""


def _head(title: str) -> str:
    return ("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:; base-uri 'none'; form-action 'none'\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n")
