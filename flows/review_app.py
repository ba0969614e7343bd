"""The reviewer's page: flagged facts, most urgent first, decided from the keyboard.

    from flows.review_app import serve
    serve("data/minerwire.duckdb")                     # http://127.0.0.1:8765/, Ctrl-C stops
    serve("data/minerwire.duckdb", host="0.0.0.0", token="a-long-random-token", reviewer="alice")

Tests and embedders run it in a thread:

    srv = make_server("data/minerwire.duckdb", port=0)  # an ephemeral port; srv.url is its address
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    ...
    srv.shutdown(); srv.server_close()

**The queue** (`/`, 50 a page) orders the facts waiting in `review_queue` by what matters most: conflicts first
(the `conflicting_repeat` flag, a reconciled slot in conflict, or another stored extraction of the same company,
type, kind and period with a different value), then large values (`LARGE`: 1,000 BTC, 10 EH/s, 10 million USD),
then the lowest confidence, then the larger value (relative to `LARGE`, so that units compare).

**An item** (`/item/<fact_id>`) shows the fact and why it was flagged, the evidence sentence highlighted (`<mark>`)
inside ~600 characters of its document's stored text (the whole text a click away), a link to the source, the
competing values for the same company, type, kind and period month from other extractions and the canonical
tables, and the audit history of the figure. Decisions go to `Store.add_review` (the append-only `reviews` log:
reviewer, time, before, corrected fields, note); `reconcile` runs after each so the analysts' views update, and
the analysts' read-only copy (`flows.store.publish_copy`) is refreshed `PUBLISH_DELAY_S` (5 s) after the last
decision of a burst, and when the server closes.

**Keyboard** (ignored while typing in a field; Escape leaves the field):

    queue:  j / k  next / previous row     Enter  open it      ] / [  next / previous page
    item:   a  accept                      r  reject           c  correct (fields open; Enter saves)
            n  focus the note              j / k  next / previous item in the queue
            u  back to the queue           ?  this help

Accept means "the values shown are right": accepting a fact that carries an earlier correction keeps the
corrected fields (the views apply only the latest decision of a figure). A correction is recorded relative to the
extracted fact, so correcting a corrected fact again keeps the earlier corrected fields too. The views apply
corrections of company (with its registry ticker), value, period_start, period_end and hashrate_kind; a `type`
correction is recorded in the log, but the views do not apply it (nor can a correction empty a field).

**Reviewer**: the `reviewer` argument, else `$MINERWIRE_REVIEWER`, else a name each reviewer enters once (kept in
a cookie). It is recorded with every decision.

**Security**
- Bound to anything but a loopback address, the server refuses to start without a token (`token` or
  `$MINERWIRE_REVIEW_TOKEN`). With a token, every request must carry it: `Authorization: Bearer <token>`, or a
  cookie set by opening any page once with `?token=<token>` (the token is then dropped from the address).
- Bound to loopback without a token, only loopback `Host` headers are served (no DNS-rebinding).
- Everything from the database is escaped (`html.escape`) where it is written into the page; the page script
  (`/static/app.js`) never writes text into the page. Links to sources are http(s) only, `rel="noopener
  noreferrer"`.
- Every POST needs the per-session CSRF token (a hidden field; HMAC of the session cookie with a per-process
  secret), and one whose `Origin` (else `Referer`) names another site, or `null`, is refused; cookies are HttpOnly
  and SameSite=Strict.
- Headers: a Content-Security-Policy with `script-src 'self'` (no inline script at all), `frame-ancestors 'none'`
  and `form-action 'self'`; X-Frame-Options DENY; nosniff; Referrer-Policy same-origin; no-store.
- Plain HTTP: put it behind a TLS proxy when it leaves the machine.

**Concurrency and its limit**: DuckDB lets one process write a database file at a time, and while a process has
it open read-write no other process can open it at all. The page therefore opens the file per request, briefly
(read-only for pages, read-write for a decision and its reconcile), under the short write lock (flows/lock.py),
and retries for up to `busy_wait_s` (3 s) when another process holds it; then it answers 503 "database busy", and
the page can simply be reloaded. An ingest run takes the same write lock only while it stores a batch of
documents (about a second), never while it fetches, so reviews and runs take turns. Requests of one server are served on threads but touch the database one at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import html
import ipaddress
import json
import logging
import os
import re
import secrets
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import get_args
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import duckdb

from flows.lock import LockedError, WriteLock
from flows.reconcile import reconcile
from flows.store import Store, StoreError, connect

try:  # the analysts' read-only copy, refreshed after decisions (flows/store.py), where this version has it
    from flows.store import publish_copy as _publish_copy
except ImportError:  # pragma: no cover
    _publish_copy = None
from models.companies import load_registry
from models.fact import FACT_TYPES, HashrateKind

log = logging.getLogger("minerwire.review")

PAGE_SIZE = 50
CONTEXT_CHARS = 300  # of document text on each side of the evidence sentence
FULL_TEXT_MAX = 200_000  # longer documents show the window only
LARGE = {"BTC": 1000, "EH/s": 10, "USD": 10_000_000}  # a value at least this large ranks before the rest
TOLERANCE = 0.005  # relative: values closer than this agree (as in flows/reconcile.py)
MAX_BODY = 64 * 1024
PUBLISH_DELAY_S = 5.0  # the analysts' copy is refreshed this long after the last decision of a burst
HASHRATE_KINDS: tuple[str, ...] = get_args(HashrateKind)
FACT_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECISIONS = ("accepted", "rejected", "corrected")
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}

WHY = {  # docs/flags.md, one line each
    "company_inferred": "no company in the sentence; taken from context",
    "company_ambiguous": "several registry companies compete for the figure",
    "period_inferred": "no period in the sentence; taken from context or the publication date",
    "no_year": "month or quarter without a year; the year was inferred",
    "no_published_date": "relative dates could not be anchored (no publication date)",
    "kind_inferred": "fact type taken from the story's lead, not a cue word in the sentence",
    "value_range": "the text gives a range; the value is its upper bound",
    "unit_inferred": "the unit was not next to the number",
    "direction_unclear": "loan event or sale direction not stated plainly",
    "conflicting_repeat": "the same company, type and period have different values in this document",
    "low_confidence": "confidence below 0.5: the rule matched weak cues only",
}


class ReviewConfigError(ValueError):
    """The server cannot start as configured (no token off loopback, no database)."""


class Busy(RuntimeError):
    """The database stayed locked by another process for longer than busy_wait_s."""


# -- the queue ------------------------------------------------------------------------------------------------------
_SLOT = ("company", "type", "hk", "le", "ps", "pe")
_SLOT_COLS = """company, type, coalesce(hashrate_kind, '') as hk, coalesce(loan_event, '') as le,
                coalesce(period_start, date '0001-01-01') as ps, coalesce(period_end, date '0001-01-01') as pe"""
_JOIN = " and ".join(f"{{a}}.{c} = {{b}}.{c}" for c in _SLOT)

QUEUE_SQL = f"""
with st as materialized (
  select *, coalesce(hashrate_kind, '') as hk, coalesce(loan_event, '') as le,
         coalesce(period_start, date '0001-01-01') as ps, coalesce(period_end, date '0001-01-01') as pe
  from facts_status
), spread as (
  select company, type, hk, le, ps, pe, min(value) as lo, max(value) as hi
  from st where status <> 'rejected' and value is not null group by all
), canon as (
  select {_SLOT_COLS}, bool_or(in_conflict) as in_conflict from canonical_current group by all
), flagged as (
  select f.fact_id, f.type, f.company, f.ticker, f.value, f.unit, f.period_start, f.period_end, f.hashrate_kind,
         f.loan_event, f.qualifier, f.confidence, f.flags, d.url, d.title, d.published,
         list_contains(f.flags, 'conflicting_repeat') as repeat_conflict,
         coalesce(c.in_conflict, false) as canonical_conflict,
         coalesce(s.hi > s.lo * (1 + $tol), false) as value_spread,
         f.value / case f.unit when 'BTC' then $btc when 'EH/s' then $ehs when 'USD' then $usd end as magnitude,
         coalesce(magnitude >= 1, false) as large
  from st f join documents d using (doc_sha)
  left join spread s on {_JOIN.format(a='s', b='f')}
  left join canon c on {_JOIN.format(a='c', b='f')}
  where f.status = 'flagged'
), ranked as (
  select *, repeat_conflict or canonical_conflict or value_spread as conflict,
         row_number() over w as rank, count(*) over () as total,
         lag(fact_id) over w as prev_id, lead(fact_id) over w as next_id
  from flagged
  window w as (order by (repeat_conflict or canonical_conflict or value_spread) desc, large desc, confidence asc,
               magnitude desc nulls last, fact_id)
)
"""


def _queue_params() -> dict:
    return {"tol": TOLERANCE, "btc": LARGE["BTC"], "ehs": LARGE["EH/s"], "usd": LARGE["USD"]}


def queue_page(con: duckdb.DuckDBPyConnection, page: int = 1, size: int = PAGE_SIZE) -> tuple[list[dict], int]:
    """One page of the review queue, most urgent first, and the number of flagged facts.

    >>> rows, total = queue_page(duckdb.connect("data/minerwire.duckdb", read_only=True))  # doctest: +SKIP
    >>> rows[0]["conflict"], rows[0]["rank"], total                                       # doctest: +SKIP
    (True, 1, 36)
    """
    sql = QUEUE_SQL + "select * from ranked order by rank limit $lim offset $off"
    rows = _dicts(con.execute(sql, _queue_params() | {"lim": size, "off": (max(page, 1) - 1) * size}))
    if rows:
        return rows, rows[0]["total"]
    total = con.execute(QUEUE_SQL + "select count(*) from ranked", _queue_params()).fetchone()[0]
    return rows, total


def queue_position(con: duckdb.DuckDBPyConnection, fact_id: str) -> dict | None:
    """The fact's queue row (rank, total, prev_id, next_id, conflict, large), or None when it is not waiting."""
    rows = _dicts(con.execute(QUEUE_SQL + "select * from ranked where fact_id = $id",
                              _queue_params() | {"id": fact_id}))
    return rows[0] if rows else None


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# -- one item -------------------------------------------------------------------------------------------------------
def current_fact_for(con: duckdb.DuckDBPyConnection, fact_id: str) -> str | None:
    """The current fact with the same review key (story, type, sentence, figure) as `fact_id`, if any."""
    row = con.execute("""select p.fact_id from facts old join facts f on f.review_key = old.review_key
                         join facts_status p on p.fact_id = f.fact_id where old.fact_id = ? limit 1""",
                      [fact_id]).fetchone()
    return row[0] if row else None


def load_item(con: duckdb.DuckDBPyConnection, fact_id: str, with_queue: bool = True) -> dict | None:
    """Everything the item page shows: the fact (reviewers' corrections applied), its extracted values, its
    document, its queue position, competing values, canonical values of its slot and the figure's review history."""
    rows = _dicts(con.execute(
        """select s.*, d.url, d.title, d.publisher, d.published, d.fetched_at, d.text, d.source_id,
                  f.company as x_company, f.ticker as x_ticker, f.value as x_value, f.period_start as x_period_start,
                  f.period_end as x_period_end, f.hashrate_kind as x_hashrate_kind
           from facts_status s join documents d using (doc_sha) join facts f using (fact_id)
           where s.fact_id = ?""", [fact_id]))
    if not rows:
        return None
    item = rows[0]
    item["queue"] = queue_position(con, fact_id) if with_queue else None
    item["competing"] = _dicts(con.execute(
        """select s.fact_id, s.value, s.unit, s.qualifier, s.period_start, s.period_end, s.status, s.doc_sha,
                  s.sentence, d.url, d.title, d.publisher, d.published
           from facts_status s join documents d using (doc_sha)
           where s.company = $company and s.type = $type and s.fact_id <> $id
             and s.hashrate_kind is not distinct from $hk and s.loan_event is not distinct from $le
             and date_trunc('month', s.period_end) is not distinct from date_trunc('month', $pe::date)
           order by s.status = 'rejected', d.published desc nulls last, s.fact_id limit 50""",
        {"company": item["company"], "type": item["type"], "id": fact_id, "hk": item["hashrate_kind"],
         "le": item["loan_event"], "pe": item["period_end"]}))
    item["canonical"] = _dicts(con.execute(
        """select value, unit, qualifier, period_start, period_end, authority, n_sources, n_independent, in_conflict,
                  conflict_values, published, flags
           from canonical_current
           where company = $company and type = $type and hashrate_kind is not distinct from $hk
             and loan_event is not distinct from $le
             and date_trunc('month', period_end) is not distinct from date_trunc('month', $pe::date)
           order by period_end, value""",
        {"company": item["company"], "type": item["type"], "hk": item["hashrate_kind"], "le": item["loan_event"],
         "pe": item["period_end"]}))
    item["history"] = _dicts(con.execute(
        """select reviewer, decided_at, decision, before, corrected, note from reviews
           where match_key = (select match_key from fact_review_keys where fact_id = ?)
           order by decided_at desc, review_id desc""", [fact_id]))
    return item


def context_html(text: str, start: int, end: int, fig_start: int | None = None, fig_end: int | None = None,
                 radius: int | None = CONTEXT_CHARS) -> str:
    """The document text around [start, end), escaped, with the sentence in <mark> and the figure in <mark
    class="fig">; `radius` None gives the whole text.

    >>> context_html("Intro. Riot mined <b>5</b> BTC. Outro.", 7, 31, 18, 26, radius=3)
    '…o. <mark class="ev">Riot mined <mark class="fig">&lt;b&gt;5&lt;/b&gt;</mark> BTC.</mark> Ou…'
    """
    n = len(text)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    start, end = min(start, end), max(start, end)
    lo = 0 if radius is None else max(0, start - radius)
    hi = n if radius is None else min(n, end + radius)
    esc = html.escape
    if fig_start is not None and fig_end is not None and start <= fig_start <= fig_end <= end:
        sentence = (esc(text[start:fig_start]) + '<mark class="fig">' + esc(text[fig_start:fig_end]) + "</mark>"
                    + esc(text[fig_end:end]))
    else:
        sentence = esc(text[start:end])
    return ("…" if lo > 0 else "") + esc(text[lo:start]) + '<mark class="ev">' + sentence + "</mark>" \
        + esc(text[end:hi]) + ("…" if hi < n else "")


# -- decisions ------------------------------------------------------------------------------------------------------
class Invalid(ValueError):
    """A decision the page refuses (shown to the reviewer, status 400)."""


CORRECTABLE = ("company", "value", "period_start", "period_end", "type", "hashrate_kind")


def corrections(item: dict, form: dict[str, str]) -> dict:
    """The `corrected` dict for a correction form: every field whose new value differs from the *extracted* fact
    (so an earlier correction that still stands is carried forward), plus the registry ticker of a new company.
    Raises Invalid when a field is malformed or nothing differs from what the page showed.

    >>> item = {"company": "Riot Platforms", "value": Decimal("484"), "period_start": None,
    ...         "period_end": dt.date(2025, 7, 31), "type": "btc_mined", "hashrate_kind": None, "x_company":
    ...         "Riot Platforms", "x_value": Decimal("484"), "x_period_start": None, "x_period_end":
    ...         dt.date(2025, 7, 31), "x_hashrate_kind": None, "x_ticker": "RIOT"}
    >>> corrections(item, {"value": "1,484", "period_end": "2025-07-31", "company": "Riot Platforms"})
    {'value': 1484.0}
    """
    new: dict = {}
    raw = (form.get("value") or "").strip().replace(",", "").replace("_", "")
    if raw:
        try:
            v = Decimal(raw)
        except InvalidOperation:
            raise Invalid(f"value {raw!r} is not a number") from None
        if not v.is_finite() or v < 0 or v >= Decimal(10) ** 19:
            raise Invalid(f"value {raw!r} is out of range")
        new["value"] = v
    for k in ("period_start", "period_end"):
        raw = (form.get(k) or "").strip()
        if raw:
            try:
                if not DATE.match(raw):
                    raise ValueError
                new[k] = dt.date.fromisoformat(raw)
            except ValueError:
                raise Invalid(f"{k} {raw!r} is not a date (YYYY-MM-DD)") from None
    ps, pe = new.get("period_start", item["period_start"]), new.get("period_end", item["period_end"])
    if ps and pe and ps > pe:
        raise Invalid("period_start is after period_end")
    raw = (form.get("company") or "").strip()
    if raw:
        c = load_registry().by_name(raw)
        if c is None:
            raise Invalid(f"company {raw!r} is not in the registry (models/companies.toml)")
        new["company"] = c.canonical
    raw = (form.get("type") or "").strip()
    if raw:
        if raw not in FACT_TYPES:
            raise Invalid(f"type {raw!r} is not one of {', '.join(FACT_TYPES)}")
        new["type"] = raw
    raw = (form.get("hashrate_kind") or "").strip()
    if raw:
        if raw not in HASHRATE_KINDS:
            raise Invalid(f"hashrate_kind {raw!r} is not one of {', '.join(HASHRATE_KINDS)}")
        new["hashrate_kind"] = raw
    if all(_same(new[k], item[k]) for k in new):
        raise Invalid("nothing changed: edit a field, or accept the fact as it is")
    out: dict = {}
    for k in CORRECTABLE:
        shown = new.get(k, item[k])
        if not _same(shown, item.get(f"x_{k}", item[k])):
            out[k] = float(shown) if isinstance(shown, Decimal) else shown
    if "company" in out:
        out["ticker"] = load_registry().by_name(out["company"]).ticker
    for k in ("period_start", "period_end"):
        if k in out:
            out[k] = out[k].isoformat()
    return out


def carried_corrections(item: dict) -> dict | None:
    """The corrected fields that stand for this fact (what the page shows), for an accept of a corrected fact."""
    if item["status"] != "corrected" or not item["history"]:
        return None
    latest = item["history"][0]["corrected"]
    return json.loads(latest) if isinstance(latest, str) else latest


def _same(a: object, b: object) -> bool:
    if isinstance(a, Decimal | float | int) and isinstance(b, Decimal | float | int):
        return Decimal(str(a)) == Decimal(str(b))
    return a == b


# -- HTML -----------------------------------------------------------------------------------------------------------
def esc(v: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return html.escape("" if v is None else str(v), quote=True)


def fmt_value(v: object) -> str:
    """1137.00000000 -> '1,137'; 33.70 -> '33.7'; None -> '—'."""
    if v is None:
        return "—"
    s = f"{Decimal(str(v)):,.8f}".rstrip("0").rstrip(".")
    return s


def plain_value(v: object) -> str:
    return "" if v is None else format(Decimal(str(v)).normalize(), "f")


def fmt_period(ps: object, pe: object) -> str:
    if ps and pe:
        return f"{ps} – {pe}"
    return f"as of {pe}" if pe else "—"


def safe_href(url: object) -> str | None:
    """The URL when it is http(s), else None (a javascript: or data: URL is shown as text, never linked)."""
    u = str(url or "")
    return u if urlsplit(u).scheme.lower() in ("http", "https") else None


def source_link(url: object, label: object = None) -> str:
    href = safe_href(url)
    text = esc(label if label is not None else url)
    if href is None:
        return f'<span class="url">{text}</span>'
    return f'<a href="{esc(href)}" rel="noopener noreferrer" target="_blank">{text}</a>'


def flag_badges(flags: list[str] | None) -> str:
    return " ".join(f'<span class="flag" title="{esc(WHY.get(f, f))}">{esc(f)}</span>' for f in flags or [])


CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#d9dde5; --accent:#1f5fbf; --warn:#a4370c; --ok:#17703a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); margin: 0; background: #f6f7f9; }
header { display: flex; gap: 1.5em; align-items: center; padding: .6em 1.2em; background: #fff;
         border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.05em; margin: 0; } header h1 a { color: inherit; text-decoration: none; }
header form { margin-left: auto; display: flex; gap: .4em; align-items: center; }
main { padding: 1em 1.2em; max-width: 1200px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: .35em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: .9em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sel, tr:focus-within { background: #e8f0fd; outline: 2px solid var(--accent); }
.flag { display: inline-block; background: #fff4e5; color: var(--warn); border: 1px solid #f3c89b;
        border-radius: 3px; padding: 0 .35em; margin: 0 .2em .2em 0; font-size: .85em; }
.badge { display: inline-block; border-radius: 3px; padding: 0 .35em; font-size: .85em; color: #fff; }
.badge.conflict { background: var(--warn); } .badge.large { background: #6b4bb3; }
.muted { color: var(--muted); } .status { font-weight: 600; } td.period { white-space: nowrap; }
.doc { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: .8em 1em;
       max-height: 26em; overflow: auto; font-size: .95em; }
mark.ev { background: #fff1a8; } mark.fig { background: #ffc94d; font-weight: 700; }
section { margin: 1.2em 0; } h2 { font-size: 1em; margin: 0 0 .4em; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2em; }
dl.fact { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0; background: #fff;
          border: 1px solid var(--line); padding: .8em 1em; }
dl.fact dt { color: var(--muted); } dl.fact dd { margin: 0; }
form.decide { background: #fff; border: 1px solid var(--line); padding: .8em 1em; }
form.decide textarea { width: 100%; min-height: 3em; }
.buttons { display: flex; gap: .6em; margin-top: .6em; }
button { font: inherit; padding: .3em .9em; border: 1px solid var(--line); border-radius: 4px; background: #fff;
         cursor: pointer; }
button.accept { border-color: var(--ok); color: var(--ok); }
button.reject { border-color: var(--warn); color: var(--warn); }
details.correct { margin-bottom: .6em; } .fields { display: grid; grid-template-columns: repeat(3, 1fr); gap: .5em; }
.fields label { display: flex; flex-direction: column; font-size: .9em; color: var(--muted); }
.flash { padding: .5em 1em; background: #e7f6ec; border: 1px solid #a9dcb8; margin-bottom: 1em; }
.flash.error { background: #fdecea; border-color: #f2b8b0; }
nav.pager { display: flex; gap: 1em; margin: .8em 0; align-items: center; }
kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 3px; padding: 0 .3em;
      font-size: .85em; background: #fff; }
#help { position: fixed; right: 1em; bottom: 1em; background: #fff; border: 1px solid var(--line);
        padding: .8em 1em; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
"""

JS = """'use strict';
// Keyboard for the review page. It never writes page text: it only moves focus, follows links and submits forms.
(function () {
  var page = document.body.getAttribute('data-page');
  function typing(t) {
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }
  function follow(id) { var a = document.getElementById(id); if (a && a.href) { location.assign(a.href); } }
  function submit(id) { var b = document.getElementById(id); if (b && !b.disabled) { b.form.requestSubmit(b); } }
  function toggleHelp() { var h = document.getElementById('help'); if (h) { h.hidden = !h.hidden; } }
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-href] a.open'));
  var at = -1;
  function select(i) {
    if (!rows.length) { return; }
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (a, j) { a.closest('tr').classList.toggle('sel', j === at); });
    rows[at].focus();
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (typing(t)) {
      if (e.key === 'Escape') { t.blur(); }
      return;
    }
    var k = e.key, done = true;
    if (k === '?') { toggleHelp(); }
    else if (page === 'queue') {
      if (k === 'j') { select(at + 1); }
      else if (k === 'k') { select(at < 0 ? 0 : at - 1); }
      else if (k === ']') { follow('next-page'); }
      else if (k === '[') { follow('prev-page'); }
      else { done = false; }
    } else if (page === 'item') {
      if (k === 'a') { submit('btn-accept'); }
      else if (k === 'r') { submit('btn-reject'); }
      else if (k === 'c') {
        var d = document.getElementById('correct');
        if (d) { d.open = true; var v = document.getElementById('f-value'); v.focus(); v.select(); }
      }
      else if (k === 'n') { var n = document.getElementById('note'); if (n) { n.focus(); } }
      else if (k === 'j') { follow('next-item'); }
      else if (k === 'k') { follow('prev-item'); }
      else if (k === 'u') { follow('to-queue'); }
      else { done = false; }
    } else { done = false; }
    if (done) { e.preventDefault(); }
  });
  if (page === 'queue' && rows.length) { select(0); }
  var r = document.getElementById('reviewer-name');
  if (page === 'item' && r && r.hasAttribute('data-required')) { r.focus(); }
})();
"""

HELP = """<aside id="help" hidden><strong>Keys</strong><br>
queue: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> open, <kbd>]</kbd>/<kbd>[</kbd> pages<br>
item: <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>c</kbd> correct (<kbd>Enter</kbd> saves), <kbd>n</kbd> note,
<kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>u</kbd> queue<br><kbd>Esc</kbd> leaves a field, <kbd>?</kbd> this help
</aside>"""


# -- the application --------------------------------------------------------------------------------------------------
@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    cookies: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    @staticmethod
    def redirect(location: str, status: int = 303) -> Response:
        return Response(status, headers=[("Location", location)])


SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]


class ReviewApp:
    """The page's logic, independent of the socket: `handle(Request) -> Response`."""

    def __init__(self, db_path: Path | str, *, token: str | None = None, reviewer: str | None = None,
                 loopback_only_hosts: bool = True, busy_wait_s: float = 3.0,
                 publish_delay_s: float | None = PUBLISH_DELAY_S) -> None:
        self.db_path = Path(db_path)
        self.token = token or None
        self.reviewer = reviewer or None
        self.loopback_only_hosts = loopback_only_hosts and not self.token
        self.busy_wait_s = busy_wait_s
        self.publish_delay_s = publish_delay_s
        self._publish_timer: threading.Timer | None = None
        self._publish_guard = threading.Lock()
        self.secret = secrets.token_bytes(32)  # CSRF tokens of this process
        self._db_lock = threading.Lock()
        self._companies = sorted(c.canonical for c in load_registry().companies)

    # -- database -----------------------------------------------------------------------------------------------
    @contextmanager
    def db(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one page (see _open)."""
        with self._open(write=False) as (con, _):
            yield con

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """A Store (read-write, migrated) for one decision and its reconcile (see _open)."""
        with self._open(write=True) as (_, store):
            yield store

    @contextmanager
    def _open(self, write: bool) -> Iterator[tuple[duckdb.DuckDBPyConnection, Store | None]]:
        """Open the file for one request, one request of this process at a time, under the write lock (flows/lock.py);
        retried with growing sleeps while another process holds either. Raises Busy after busy_wait_s."""

        def opener() -> tuple[duckdb.DuckDBPyConnection, Store | None]:
            store = Store(self.db_path) if write else None
            return (store.con if store else duckdb.connect(str(self.db_path), read_only=True)), store

        with self._db_lock:
            lock, (con, store) = self._retry(opener)
            try:
                yield con, store
            finally:
                con.close()
                lock.__exit__()

    def _retry(self, opener):  # noqa: ANN001, ANN202
        """Take the write lock and call `opener` under it, retrying while another process holds the lock or the file;
        returns (the held WriteLock, what opener returned)."""
        deadline, delay = time.monotonic() + self.busy_wait_s, 0.02
        while True:
            lock = WriteLock(self.db_path, wait_s=0)
            try:
                lock.__enter__()
                try:
                    return lock, opener()
                except BaseException:
                    lock.__exit__()
                    raise
            except (LockedError, StoreError, duckdb.IOException, duckdb.ConnectionException) as e:
                if time.monotonic() >= deadline:
                    raise Busy(str(e)) from e
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    # -- the analysts' copy -------------------------------------------------------------------------------------
    def _schedule_publish(self) -> None:
        """Refresh the analysts' copy publish_delay_s after the last decision (one copy for a burst of decisions)."""
        if self.publish_delay_s is None or _publish_copy is None:
            return
        with self._publish_guard:
            if self._publish_timer is not None:
                self._publish_timer.cancel()
            self._publish_timer = threading.Timer(self.publish_delay_s, self.publish_now)
            self._publish_timer.daemon = True
            self._publish_timer.start()

    def publish_now(self) -> bool:
        """Publish the analysts' copy (flows.store.publish_copy) now if decisions wait for it; False when the
        database stayed busy (an ingest run then publishes it at its end) or the copy failed."""
        with self._publish_guard:
            timer, self._publish_timer = self._publish_timer, None
        if timer is None:
            return True
        timer.cancel()
        try:
            with self._db_lock:
                lock, _ = self._retry(lambda: None)
                try:
                    _publish_copy(self.db_path)
                finally:
                    lock.__exit__()
            return True
        except Exception:  # noqa: BLE001 - a timer thread: log, never raise
            log.exception("review page: publishing the analysts' copy failed")
            return False

    # -- request handling --------------------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        """Route one request; every response gets the security headers."""
        try:
            resp = self._handle(req)
        except Busy as e:
            resp = self.page(503, "Database busy", f"<p>The database is held by another process (an ingest run?): "
                             f"{esc(e)}</p><p>Reload in a moment.</p>", req)
            resp.headers.append(("Retry-After", "2"))
        except Exception:  # noqa: BLE001 - a page, not a traceback, for the reviewer
            log.exception("review page: %s %s", req.method, req.path)
            resp = self.page(500, "Error", "<p>Something went wrong; the server log has the details.</p>", req)
        resp.headers.extend(SECURITY_HEADERS)
        resp.headers.append(("Cache-Control", "no-cache" if req.path.startswith("/static/") else "no-store"))
        return resp

    def _handle(self, req: Request) -> Response:
        if req.path == "/static/app.js":
            return Response(200, JS.encode(), "text/javascript; charset=utf-8")
        if req.path == "/static/app.css":
            return Response(200, CSS.encode(), "text/css; charset=utf-8")
        if req.path == "/favicon.ico":
            return Response(204)
        if self.loopback_only_hosts and _host_name(req.headers.get("host", "")) not in LOOPBACK_NAMES:
            return Response(421, b"this server answers loopback host names only", "text/plain; charset=utf-8")
        if self.token:
            given = req.query.get("token")
            if given is not None:
                if not hmac.compare_digest(given.encode(), self.token.encode()):
                    return self.login(req, "That token is not right.")
                rest = urlencode({k: v for k, v in req.query.items() if k != "token"})
                resp = Response.redirect(req.path + (f"?{rest}" if rest else ""))
                resp.headers.append(("Set-Cookie", _cookie("mw_auth", self._auth_cookie())))
                return resp
            if not self._authorized(req):
                return self.login(req)
        cookies: list[tuple[str, str]] = []
        if not _valid_session(req.cookies.get("mw_session")):
            req.cookies["mw_session"] = secrets.token_urlsafe(32)
            cookies.append(("Set-Cookie", _cookie("mw_session", req.cookies["mw_session"])))
        resp = self._route(req)
        resp.headers.extend(cookies)
        return resp

    def _route(self, req: Request) -> Response:
        parts = [p for p in req.path.split("/") if p]
        if req.method == "POST":
            problem = self._csrf_problem(req)
            if problem:
                log.warning("review page: refused POST %s: %s", req.path, problem)
                return self.page(403, "Refused", f"<p>Refused: {esc(problem)}. Reload the page and try again.</p>",
                                 req)
            if parts == ["reviewer"]:
                return self.set_reviewer(req)
            if len(parts) == 3 and parts[0] == "item" and parts[2] == "decide" and FACT_ID.match(parts[1]):
                return self.decide(req, parts[1])
            return self.page(404, "Not found", "<p>No such page.</p>", req)
        if req.method not in ("GET", "HEAD"):
            return Response(405, b"method not allowed", "text/plain; charset=utf-8", [("Allow", "GET, POST")])
        if not parts:
            return self.queue(req)
        if len(parts) == 2 and parts[0] == "item" and FACT_ID.match(parts[1]):
            return self.item(req, parts[1])
        return self.page(404, "Not found", "<p>No such page.</p>", req)

    # -- auth and CSRF ----------------------------------------------------------------------------------------
    def _auth_cookie(self) -> str:
        return hmac.new(self.token.encode(), b"minerwire-review-auth", hashlib.sha256).hexdigest()

    def _authorized(self, req: Request) -> bool:
        auth = req.headers.get("authorization", "")
        if auth[:7].lower() == "bearer " and hmac.compare_digest(auth[7:].strip().encode(), self.token.encode()):
            return True
        return hmac.compare_digest(req.cookies.get("mw_auth", "").encode(), self._auth_cookie().encode())

    def csrf_token(self, req: Request) -> str:
        return hmac.new(self.secret, req.cookies.get("mw_session", "").encode(), hashlib.sha256).hexdigest()

    def _csrf_problem(self, req: Request) -> str | None:
        """Why a POST is refused (None: it may proceed): a foreign origin or referer, or a wrong CSRF token."""
        host = req.headers.get("host", "").lower()
        origin = req.headers.get("origin")
        if origin is not None:
            if origin == "null" or urlsplit(origin).netloc.lower() != host:
                return "the request came from another site"
        elif req.headers.get("referer"):
            if urlsplit(req.headers["referer"]).netloc.lower() != host:
                return "the request came from another site"
        session = req.cookies.get("mw_session")
        if not _valid_session(session) or not hmac.compare_digest(req.form.get("csrf", "").encode(),
                                                                  self.csrf_token(req).encode()):
            return "the form's security token is missing or stale"
        return None

    def reviewer_for(self, req: Request) -> str | None:
        if self.reviewer:
            return self.reviewer
        return _clean_name(unquote(req.cookies.get("mw_reviewer", ""))) or None

    # -- pages --------------------------------------------------------------------------------------------------
    def page(self, status: int, title: str, body: str, req: Request, *, kind: str = "other",
             flash: str = "") -> Response:
        reviewer = self.reviewer_for(req)
        if self.reviewer:
            who = f'<span>Reviewer: <strong>{esc(reviewer)}</strong></span>'
        else:
            required = "" if reviewer else " data-required"
            who = (f'<form method="post" action="/reviewer"><label for="reviewer-name">Reviewer</label>'
                   f'<input id="reviewer-name" name="name" value="{esc(reviewer)}" maxlength="64" required'
                   f'{required} autocomplete="username">'
                   f'<input type="hidden" name="csrf" value="{esc(self.csrf_token(req))}">'
                   f'<input type="hidden" name="back" value="{esc(req.path)}"><button>Set</button></form>')
        doc = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)} · minerwire review'
               f'</title><meta name="viewport" content="width=device-width, initial-scale=1">'
               f'<link rel="stylesheet" href="/static/app.css"></head>'
               f'<body data-page="{esc(kind)}"><header><h1><a id="to-queue" href="/">minerwire review</a></h1>'
               f'<span class="muted">press <kbd>?</kbd> for keys</span>{who}</header>'
               f'<main>{flash}{body}</main>{HELP}<script src="/static/app.js"></script></body></html>')
        return Response(status, doc.encode())

    def login(self, req: Request, problem: str = "") -> Response:
        body = (f'<p>{esc(problem) or "This review server needs its token."}</p>'
                f'<form method="get" action="{esc(req.path)}"><label>Token <input type="password" name="token" '
                f'autofocus></label> <button>Log in</button></form>')
        doc = (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Log in · minerwire review</title>'
               f'<link rel="stylesheet" href="/static/app.css"></head><body><main>{body}</main></body></html>')
        return Response(401, doc.encode())

    def queue(self, req: Request) -> Response:
        try:
            pg = max(1, int(req.query.get("page", "1")))
        except ValueError:
            pg = 1
        with self.db() as con:
            rows, total = queue_page(con, pg)
        pages = max(1, -(-total // PAGE_SIZE))
        trs = []
        for r in rows:
            href = f"/item/{quote(r['fact_id'])}"
            badges = ('<span class="badge conflict">conflict</span> ' if r["conflict"] else "") + \
                     ('<span class="badge large">large</span>' if r["large"] else "")
            kind = f' <span class="muted">{esc(r["hashrate_kind"] or r["loan_event"] or "")}</span>'
            trs.append(
                f'<tr data-href="{esc(href)}"><td class="num">{r["rank"]}</td>'
                f'<td><a class="open" href="{esc(href)}">{esc(r["type"])}</a>{kind}</td>'
                f'<td>{esc(r["company"])} <span class="muted">{esc(r["ticker"] or "")}</span></td>'
                f'<td class="num">{esc(fmt_value(r["value"]))} {esc(r["unit"])}</td>'
                f'<td class="period">{esc(fmt_period(r["period_start"], r["period_end"]))}</td>'
                f'<td>{badges} {flag_badges(r["flags"])}</td><td class="num">{r["confidence"]:.2f}</td></tr>')
        pager = [f'<span>page {min(pg, pages)} of {pages} · {total} waiting</span>']
        if pg > 1:
            pager.append(f'<a id="prev-page" href="/?page={pg - 1}">← previous <kbd>[</kbd></a>')
        if pg < pages:
            pager.append(f'<a id="next-page" href="/?page={pg + 1}">next <kbd>]</kbd> →</a>')
        nav = f'<nav class="pager">{" ".join(pager)}</nav>'
        table = ('<table id="queue"><thead><tr><th>#</th><th>type</th><th>company</th><th>value</th><th>period</th>'
                 '<th>why flagged</th><th>confidence</th></tr></thead><tbody>' + "".join(trs) + '</tbody></table>'
                 if rows else '<p id="queue-empty">Nothing waits for review.</p>')
        flash = _flash(req)
        return self.page(200, "Queue", nav + table + nav, req, kind="queue", flash=flash)

    def item(self, req: Request, fact_id: str, problem: str = "", form: dict | None = None) -> Response:
        with self.db() as con:
            it = load_item(con, fact_id)
        if it is None:
            return self.page(404, "Not found", f"<p>No fact {esc(fact_id)}.</p>", req)
        return self.page(400 if problem else 200, f"{it['type']} · {it['company']}", self._item_body(req, it, form),
                         req, kind="item",
                         flash=f'<div class="flash error" id="problem">{esc(problem)}</div>' if problem
                         else _flash(req))

    def _item_body(self, req: Request, it: dict, form: dict | None) -> str:
        q = it["queue"]
        if q:
            nav = [f'<span>{q["rank"]} of {q["total"]} waiting</span>']
            if q["prev_id"]:
                nav.append(f'<a id="prev-item" href="/item/{quote(q["prev_id"])}">← previous <kbd>k</kbd></a>')
            if q["next_id"]:
                nav.append(f'<a id="next-item" href="/item/{quote(q["next_id"])}">next <kbd>j</kbd> →</a>')
            next_id = q["next_id"] or ""
        else:
            nav = [f'<span class="status">{esc(it["status"])}</span> <span class="muted">(not waiting)</span>']
            next_id = ""
        nav.append('<a href="/">queue <kbd>u</kbd></a>')
        why = [f'<li><span class="flag">{esc(f)}</span> {esc(WHY.get(f, ""))}</li>' for f in it["flags"] or []]
        if q and (q["canonical_conflict"] or q["value_spread"]):
            why.append('<li><span class="badge conflict">conflict</span> other extractions of this company, type and '
                       'period give a different value (below)</li>')
        if q and q["large"]:
            why.append('<li><span class="badge large">large</span> a large value</li>')
        extra = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in (
            ("kind", it["hashrate_kind"]), ("loan event", it["loan_event"]), ("lender", it["lender"]),
            ("proceeds", fmt_value(it["proceeds_usd"]) + " USD" if it["proceeds_usd"] is not None else None),
            ("collateral", fmt_value(it["collateral_btc"]) + " BTC" if it["collateral_btc"] is not None else None),
            ("qualifier", it["qualifier"])) if v)
        fact = (f'<dl class="fact" id="fact"><dt>type</dt><dd>{esc(it["type"])}</dd>'
                f'<dt>company</dt><dd>{esc(it["company"])} <span class="muted">{esc(it["ticker"] or "")}</span></dd>'
                f'<dt>value</dt><dd id="fact-value">{esc(fmt_value(it["value"]))} {esc(it["unit"])}</dd>'
                f'<dt>period</dt><dd>{esc(fmt_period(it["period_start"], it["period_end"]))}</dd>{extra}'
                f'<dt>confidence</dt><dd>{it["confidence"]:.2f}</dd>'
                f'<dt>status</dt><dd class="status" id="fact-status">{esc(it["status"])}</dd>'
                f'<dt>extractor</dt><dd class="muted">{esc(it["extractor"])}</dd>'
                f'<dt>fact</dt><dd class="muted">{esc(it["fact_id"])}</dd></dl>')
        text = it["text"] or ""
        window = context_html(text, it["char_start"], it["char_end"], it["figure_start"], it["figure_end"])
        whole = ""
        if len(text) <= FULL_TEXT_MAX and (it["char_start"] > CONTEXT_CHARS or len(text) - it["char_end"] >
                                           CONTEXT_CHARS):
            full = context_html(text, it["char_start"], it["char_end"], it["figure_start"], it["figure_end"],
                                radius=None)
            whole = (f'<details><summary>whole document ({len(text):,} characters)</summary>'
                     f'<div class="doc" id="whole">{full}</div></details>')
        if text[it["char_start"]:it["char_end"]] != it["sentence"] and it["sentence"] not in text:
            window = f'<mark class="ev">{esc(it["sentence"])}</mark>'
            whole = '<p class="muted">(the stored text no longer matches the evidence offsets)</p>'
        meta = " · ".join(esc(x) for x in (it["publisher"], f"published {it['published'] or 'unknown'}",
                                            f"fetched {it['fetched_at']:%Y-%m-%d %H:%M}") if x)
        evidence = (f'<section><h2>Evidence</h2><p><strong id="doc-title">{esc(it["title"] or "")}</strong><br>'
                    f'{source_link(it["url"])}<br><span class="muted">{meta}</span></p>'
                    f'<div class="doc" id="context">{window}</div>{whole}</section>')
        return (f'<nav class="pager">{" ".join(nav)}</nav><div class="grid"><div>{fact}'
                f'<section><h2>Why flagged</h2><ul id="why">{"".join(why) or "<li>not flagged</li>"}</ul></section>'
                f'</div><div>{self._decide_form(req, it, next_id, form)}</div></div>{evidence}'
                f'{_competing(it)}{_history(it)}')

    def _decide_form(self, req: Request, it: dict, next_id: str, form: dict | None) -> str:
        form = form or {}
        reviewer = self.reviewer_for(req)

        def val(k: str, current: str) -> str:
            return esc(form.get(k, current))

        types = "".join(f'<option{" selected" if t == form.get("type", it["type"]) else ""}>{esc(t)}</option>'
                        for t in FACT_TYPES)
        kinds = '<option value="">—</option>' + "".join(
            f'<option{" selected" if k == form.get("hashrate_kind", it["hashrate_kind"] or "") else ""}>{esc(k)}'
            f'</option>' for k in HASHRATE_KINDS)
        companies = "".join(f'<option value="{esc(c)}">' for c in self._companies)
        disabled = "" if reviewer else " disabled"
        hint = "" if reviewer else '<p class="flash error">Enter your reviewer name above to decide.</p>'
        # The correction's button comes first: Enter in a correction field submits a correction, never an accept.
        return (f'<form class="decide" id="decide" method="post" action="/item/{quote(it["fact_id"])}/decide">'
                f'{hint}<details class="correct" id="correct"{" open" if form else ""}><summary>Correct '
                f'<kbd>c</kbd></summary><div class="fields">'
                f'<label>value ({esc(it["unit"])})<input id="f-value" name="value" inputmode="decimal" '
                f'value="{val("value", plain_value(it["value"]))}"></label>'
                f'<label>period start<input id="f-period-start" name="period_start" placeholder="YYYY-MM-DD" '
                f'value="{val("period_start", str(it["period_start"] or ""))}"></label>'
                f'<label>period end<input id="f-period-end" name="period_end" placeholder="YYYY-MM-DD" '
                f'value="{val("period_end", str(it["period_end"] or ""))}"></label>'
                f'<label>company<input id="f-company" name="company" list="companies" '
                f'value="{val("company", it["company"])}"></label><datalist id="companies">{companies}</datalist>'
                f'<label>type<select id="f-type" name="type">{types}</select></label>'
                f'<label>hashrate kind<select id="f-kind" name="hashrate_kind">{kinds}</select></label></div>'
                f'<div class="buttons"><button id="btn-correct" name="decision" value="corrected"{disabled}>'
                f'Save correction <kbd>Enter</kbd></button></div></details>'
                f'<label for="note">Note <kbd>n</kbd></label><textarea id="note" name="note" maxlength="2000">'
                f'{esc(form.get("note", ""))}</textarea>'
                f'<input type="hidden" name="csrf" value="{esc(self.csrf_token(req))}">'
                f'<input type="hidden" name="next" value="{esc(next_id)}">'
                f'<div class="buttons"><button class="accept" id="btn-accept" name="decision" value="accepted"'
                f'{disabled}>Accept <kbd>a</kbd></button><button class="reject" id="btn-reject" name="decision" '
                f'value="rejected"{disabled}>Reject <kbd>r</kbd></button></div></form>')

    # -- actions ------------------------------------------------------------------------------------------------
    def set_reviewer(self, req: Request) -> Response:
        name = _clean_name(req.form.get("name", ""))
        back = req.form.get("back", "/")
        back = back if back.startswith("/") and not back.startswith("//") and "\\" not in back else "/"
        if not name:
            return self.page(400, "Reviewer", "<p>A reviewer name is 1 to 64 printable characters.</p>", req)
        resp = Response.redirect(back)
        resp.headers.append(("Set-Cookie", _cookie("mw_reviewer", quote(name), max_age=180 * 86400)))
        return resp

    def decide(self, req: Request, fact_id: str) -> Response:
        reviewer = self.reviewer_for(req)
        decision = req.form.get("decision", "")
        if decision not in DECISIONS:
            return self.page(400, "Bad request", "<p>Unknown decision.</p>", req)
        if not reviewer:
            return self.item(req, fact_id, "Enter your reviewer name (top right) before deciding.", req.form)
        note = (req.form.get("note") or "").strip()[:2000] or None
        with self.writer() as store:
            con = store.con
            item = load_item(con, fact_id, with_queue=False)
            if item is None and (current := current_fact_for(con, fact_id)) is not None:
                # the page was opened before a re-extraction or a new version of the page: the decision goes to
                # today's fact for the same figure (the same review key)
                fact_id, item = current, load_item(con, current, with_queue=False)
            if item is None:
                return self.page(404, "Not found", f"<p>No fact {esc(fact_id)}.</p>", req)
            try:
                corrected = corrections(item, req.form) if decision == "corrected" else \
                    carried_corrections(item) if decision == "accepted" else None
            except Invalid as e:
                problem, bad_form = str(e), req.form
            else:
                problem = bad_form = None
                store.add_review(fact_id, decision, reviewer, note, corrected)
                log.info("review: %s %s by %s %s", decision, fact_id, reviewer, corrected or "")
                try:
                    reconcile(con)
                except Exception:  # noqa: BLE001 - the decision stands; the next ingest reconciles again
                    log.exception("reconcile after review of %s failed", fact_id)
        if problem:
            return self.item(req, fact_id, problem, bad_form)
        self._schedule_publish()
        nxt = req.form.get("next", "")
        target = f"/item/{quote(nxt)}" if FACT_ID.match(nxt) else "/"
        return Response.redirect(f"{target}?{urlencode({'done': decision, 'fact': fact_id})}")


def _flash(req: Request) -> str:
    done, fid = req.query.get("done"), req.query.get("fact", "")
    if done in DECISIONS and FACT_ID.match(fid):
        return (f'<div class="flash" id="flash">{esc(done)}: <a href="/item/{quote(fid)}">{esc(fid[:12])}…</a> '
                f'(open it to change the decision)</div>')
    return ""


def _competing(it: dict) -> str:
    rows = []
    for c in it["competing"]:
        where = "this document" if c["doc_sha"] == it["doc_sha"] else source_link(c["url"], c["title"] or c["url"])
        rows.append(f'<tr><td class="num">{esc(fmt_value(c["value"]))} {esc(c["unit"])}</td>'
                    f'<td>{esc(fmt_period(c["period_start"], c["period_end"]))}</td>'
                    f'<td><a href="/item/{quote(c["fact_id"])}">{esc(c["status"])}</a></td>'
                    f'<td>{where}</td><td>{esc(c["published"] or "")}</td></tr>')
    for c in it["canonical"]:
        others = ", ".join(fmt_value(v) for v in c["conflict_values"] or [])
        conflict = f' <span class="badge conflict">conflict: {esc(others)}</span>' if c["in_conflict"] else ""
        rows.append(f'<tr class="canonical"><td class="num">{esc(fmt_value(c["value"]))} {esc(c["unit"])}</td>'
                    f'<td>{esc(fmt_period(c["period_start"], c["period_end"]))}</td><td>canonical{conflict}</td>'
                    f'<td>{esc(c["authority"])}, {c["n_sources"]} source(s), {c["n_independent"]} independent</td>'
                    f'<td>{esc(c["published"] or "")}</td></tr>')
    if not rows:
        return '<section><h2>Competing values</h2><p class="muted" id="competing">none stored</p></section>'
    return ('<section><h2>Competing values <span class="muted">(same company, type, kind and period month)</span>'
            '</h2><table id="competing"><thead><tr><th>value</th><th>period</th><th>status</th><th>source</th>'
            '<th>published</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table></section>")


def _history(it: dict) -> str:
    if not it["history"]:
        return ""
    rows = "".join(f'<tr><td>{r["decided_at"]:%Y-%m-%d %H:%M}</td><td>{esc(r["reviewer"])}</td>'
                   f'<td>{esc(r["decision"])}</td><td>{esc(r["corrected"] or "")}</td><td>{esc(r["note"] or "")}</td>'
                   f'</tr>' for r in it["history"])
    return ('<section><h2>Decisions on this figure</h2><table id="history"><thead><tr><th>when</th>'
            '<th>reviewer</th><th>decision</th><th>corrected</th><th>note</th></tr></thead><tbody>' + rows
            + "</tbody></table></section>")


def _cookie(name: str, value: str, max_age: int | None = None) -> str:
    age = f"; Max-Age={max_age}" if max_age else ""
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Strict{age}"


def _valid_session(s: str | None) -> bool:
    return bool(s) and re.fullmatch(r"[A-Za-z0-9_-]{32,64}", s) is not None


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    return name if 0 < len(name) <= 64 and name.isprintable() else ""


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _parse_cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        k, eq, v = part.strip().partition("=")
        if eq and k and k not in out:
            out[k] = v.strip().strip('"')
    return out


def is_loopback(host: str) -> bool:
    """'127.0.0.1', '::1', 'localhost' -> True; '0.0.0.0', '', a name -> False."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# -- the server -------------------------------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    timeout = 30  # a client that stops sending does not hold a server thread forever
    server: ReviewServer
    server_version = "minerwire-review"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._run("GET")

    def do_HEAD(self) -> None:  # noqa: N802
        self._run("HEAD")

    def do_POST(self) -> None:  # noqa: N802
        self._run("POST")

    def _run(self, method: str) -> None:
        split = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        form: dict[str, str] = {}
        if method == "POST":
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY:
                self._send(Response(413, b"request too large", "text/plain; charset=utf-8"), method)
                return
            body = self.rfile.read(length).decode("utf-8", "replace")
            form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        query = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        req = Request(method, split.path or "/", query, headers, _parse_cookies(self.headers.get("Cookie", "")), form)
        self._send(self.server.app.handle(req), method)

    def _send(self, resp: Response, method: str) -> None:
        self.send_response(resp.status)
        for k, v in resp.headers:
            self.send_header(k, v)
        if resp.body or resp.status not in (303, 304):
            self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(resp.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002, ANN002
        log.info("%s %s", self.address_string(), re.sub(r"token=[^&\s\"]*", "token=***", format % args))


class ReviewServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer carrying the ReviewApp; `url` is its address."""

    daemon_threads = True
    app: ReviewApp

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}"


    def server_close(self) -> None:
        """Close the socket and publish the analysts' copy if decisions wait for it."""
        super().server_close()
        self.app.publish_now()


class _ReviewServer6(ReviewServer):
    address_family = socket.AF_INET6


def make_server(db_path: Path | str, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
                reviewer: str | None = None, *, busy_wait_s: float = 3.0,
                publish_delay_s: float | None = PUBLISH_DELAY_S) -> ReviewServer:
    """A bound, not yet serving, review server (port 0: an ephemeral port).

    token: None reads $MINERWIRE_REVIEW_TOKEN; required when `host` is not loopback.
    reviewer: None reads $MINERWIRE_REVIEWER; else each reviewer enters a name in the page.

    >>> srv = make_server("data/minerwire.duckdb", port=0)                 # doctest: +SKIP
    >>> threading.Thread(target=srv.serve_forever, daemon=True).start()    # doctest: +SKIP
    >>> srv.url                                                            # doctest: +SKIP
    'http://127.0.0.1:41873'
    """
    token = token or os.environ.get("MINERWIRE_REVIEW_TOKEN") or None
    reviewer = _clean_name(reviewer or os.environ.get("MINERWIRE_REVIEWER", "")) or None
    if not is_loopback(host) and not token:
        raise ReviewConfigError(f"refusing to serve reviews on {host!r} without a token: set MINERWIRE_REVIEW_TOKEN "
                                "or pass --token (or bind 127.0.0.1)")
    if token is not None and len(token) < 8:
        raise ReviewConfigError("the review token must be at least 8 characters")
    db_path = Path(db_path)
    if not db_path.exists():
        raise ReviewConfigError(f"no database at {db_path}: run `minerwire ingest` first")
    app = ReviewApp(db_path, token=token, reviewer=reviewer, busy_wait_s=busy_wait_s, publish_delay_s=publish_delay_s)
    try:  # apply pending migrations once, so that read-only requests find the current views
        with app._db_lock, WriteLock(db_path, wait_s=busy_wait_s):
            connect(db_path).close()
    except (LockedError, StoreError) as e:
        raise ReviewConfigError(f"cannot open {db_path}: {e}") from e
    cls = _ReviewServer6 if ":" in host else ReviewServer
    srv = cls((host, port), _Handler)
    srv.app = app
    return srv


def serve(db_path: Path | str, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          reviewer: str | None = None) -> None:
    """Serve the review page until interrupted (Ctrl-C).

    Example: `serve("data/minerwire.duckdb")`, then open http://127.0.0.1:8765/ and press `?` for the keys.
    Off loopback: `MINERWIRE_REVIEW_TOKEN=... serve(db, host="0.0.0.0")`, then open `http://HOST:8765/?token=...`
    once per browser.
    """
    srv = make_server(db_path, host, port, token, reviewer)
    login = " (log in once with ?token=<your token>)" if srv.app.token else ""
    print(f"reviewing {db_path} at {srv.url}/{login}; Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()
