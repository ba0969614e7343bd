"""The ingest flow: sources -> feed items -> fetched pages -> documents -> facts, all into DuckDB.

Prefect tasks gather over the network, a few sources of one host per task, hosts in parallel on a thread pool;
flows/fetch.py keeps one request per host at a time, obeys robots.txt and retries. The flow's own thread parses
and extracts with the database closed, then stores 100 documents per transaction under the short write lock
(flows/lock.py), so a run killed at any point leaves whole documents only, a re-run completes it, and the review
page gets turns during a run. The database, not Prefect's cache, is the state: re-runs skip what is stored. One
run at a time per database (the run lock).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import feedparser
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.task_runners import ThreadPoolTaskRunner

import extractors
from flows.dedupe import canonical_url, same_site, simhash
from flows.edgar import exhibit_links
from flows.fetch import Fetcher, FetchError
from flows.listing import listing_links
from flows.lock import RunLock, WriteLock
from flows.pages import PageError, parse_page, parser_for
from flows.reconcile import reconcile
from flows.settings import Settings, load_settings
from flows.sources import Source, load_sources
from flows.store import Store, StoreError, publish_copy
from models.companies import load_registry
from models.fact import Fact
from models.provenance import Fetched

log = logging.getLogger(__name__)
CODE_VERSION = "0.2.0"
WRITE_BATCH = 100  # documents per transaction: a run killed mid-batch redoes at most this many
SOURCES_PER_TASK = 5
VERSIONS_KEY = json.dumps(extractors.VERSIONS, sort_keys=True)


@dataclass
class FeedItem:
    url: str
    guid: str | None
    title: str
    summary: str
    published: dt.date | None


@dataclass
class IngestReport:
    run_id: str
    db_path: str
    sources_read: int = 0
    sources_failed: int = 0
    sources_not_modified: int = 0
    items_seen: int = 0
    documents_new: int = 0
    documents_known: int = 0
    facts_new: int = 0
    facts_flagged: int = 0
    errors: list[str] = field(default_factory=list)
    canonical: dict = field(default_factory=dict)  # flows.reconcile counts
    seconds: float = 0.0

    @property
    def nothing_read(self) -> bool:
        return self.sources_read == 0


@dataclass
class Gathered:
    """What one source's network pass brought back, for the writer."""

    source: Source
    read: bool = False  # the source itself answered (200 or 304)
    status: str = "ok"
    etag: str | None = None
    last_modified: str | None = None
    pages: list[tuple[Fetched, FeedItem | None]] = field(default_factory=list)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (url, stage, reason)
    items_seen: int = 0
    items_known: int = 0
    incomplete: bool = False  # an item failed: keep the old validators so the next run reads the feed again


def parse_feed(fetched: Fetched) -> list[FeedItem]:
    """RSS/Atom bytes -> items with absolute links. Raises ValueError for a feed that cannot be read."""
    parsed = feedparser.parse(fetched.content)
    if parsed.bozo and not any(e.get("link") for e in parsed.entries):  # broken XML that yields no usable item
        raise ValueError(f"malformed feed: {parsed.get('bozo_exception')}")
    items = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        items.append(FeedItem(urljoin(fetched.url, link), e.get("id") or e.get("guid") or link, e.get("title", ""),
                              e.get("summary", ""), _entry_date(e)))
    return items


def _entry_date(entry) -> dt.date | None:  # noqa: ANN001 - a feedparser entry
    """The item's publication date in its own time zone: 'Thu, 31 Jul 2025 21:00 -0400' is July 31, not the
    August 1 that feedparser's UTC struct says (which would make 'last month' July instead of June)."""
    raw = entry.get("published") or entry.get("updated")
    if raw:
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            try:
                return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom's RFC 3339
            except ValueError:
                pass
    t = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(t.tm_year, t.tm_mon, t.tm_mday) if t else None


@lru_cache(maxsize=1)
def _registry_names_lower() -> tuple[str, ...]:
    return tuple(n.lower() for n, _ in load_registry().names() if len(n) >= 4)


def _mentions_company(item: FeedItem) -> bool:
    text = f"{item.title} {item.summary}".lower()
    return any(n in text for n in _registry_names_lower())


def to_document(fetched: Fetched, source: Source, item: FeedItem | None) -> dict:
    """Parse a fetched page into a document row (raises PageError)."""
    page = parse_page(fetched.content, fetched.url, fetched.content_type, source.parser)
    key = canonical_url(page.canonical_url if same_site(page.canonical_url, fetched.url) else fetched.url)
    return {"doc_sha": fetched.sha256, "url": fetched.url, "requested_url": fetched.requested_url,
            "canonical_url": page.canonical_url, "source_id": source.id, "feed_guid": item.guid if item else None,
            "title": page.title or (item.title if item else None), "fetched_at": fetched.fetched_at,
            # feed pubDate is trusted first, then page metadata, then the dateline
            "published": (item.published if item and item.published else page.published),
            "content_type": fetched.content_type, "text_extractor": page.text_extractor, "text": page.text,
            "publisher": page.publisher, "language": page.language, "url_key": key, "simhash": simhash(page.text)}


class _Claims:
    """Canonical URLs already stored or taken by a source in this run: a tracking-parameter copy of a link is
    fetched once. Shared by the gathering threads."""

    def __init__(self, stored: set[str]) -> None:
        self._keys = stored
        self._lock = threading.Lock()

    def claim(self, url: str) -> bool:
        key = canonical_url(url)
        with self._lock:
            if key in self._keys:
                return False
            self._keys.add(key)
            return True


@task(name="gather-host", cache_policy=NO_CACHE)
def gather_task(fetcher: Fetcher, batch: list[tuple[Source, dict, set[str]]], claims: _Claims) -> list[Gathered]:
    """Everything a few sources of one host have that is new, over the network only (no parsing of pages, no
    database). A task costs ~5 ms, so it takes SOURCES_PER_TASK sources, not one; the host is fetched one request
    at a time anyway (flows/fetch.py)."""
    return [gather(fetcher, source, state, known, claims) for source, state, known in batch]


def gather(fetcher: Fetcher, source: Source, state: dict, known_guids: set[str], claims: _Claims) -> Gathered:
    g = Gathered(source)
    expect = "html" if source.kind in ("page", "listing") else "feed"
    try:
        got = fetcher.get(source.url, state.get("etag"), state.get("last_modified"), expect=expect)
    except FetchError as e:
        g.status = f"error: {e.reason}"
        g.errors.append((source.url, "fetch", e.reason))
        return g
    g.read = True
    if got is None:
        g.status = "not modified"
        return g
    g.etag, g.last_modified = got.etag, got.last_modified
    if source.kind == "page":
        g.pages.append((got, None))
        return g
    try:
        items = _listing_items(got, source) if source.kind == "listing" else parse_feed(got)
    except ValueError as e:
        g.read, g.status = False, f"error: {e}"
        g.errors.append((source.url, "feed", str(e)))
        return g
    for item in items:
        g.items_seen += 1
        if source.match_companies and not _mentions_company(item):
            continue
        try:
            new_link = claims.claim(item.url)
        except ValueError as e:  # a link urllib cannot even split ("https://x:99999/")
            g.errors.append((item.url, "feed", f"bad link: {e}"))
            g.incomplete = True
            continue
        if item.guid in known_guids or not new_link:
            g.items_known += 1
            continue
        errors_before = len(g.errors)
        fetched = []
        for url in _exhibits(fetcher, item, g) if source.kind == "edgar" else [item.url]:
            try:
                page = fetcher.get(url, expect="html")
            except FetchError as e:
                g.errors.append((url, "fetch", e.reason))
                continue
            if page is not None:
                fetched.append(page)
        if len(g.errors) > errors_before:
            # something of this item failed: it must not look done to the next run, which would skip it (its guid
            # known, the feed unchanged); the pages that did arrive are stored under a guid that marks them partial
            g.incomplete = True
            item = dataclasses.replace(item, guid=f"{item.guid}#partial" if item.guid else None)
        g.pages += [(page, item) for page in fetched]
    return g


def _listing_items(got: Fetched, source: Source) -> list[FeedItem]:
    """A news-listing page's release links as items (their URL is their id; the page gives their date)."""
    links = listing_links(got.content, got.url, source.follow)
    if not links:
        raise ValueError("listing page has no release links (check the source's `follow` pattern)")
    return [FeedItem(url, url, "", "", None) for url in links]


def _exhibits(fetcher: Fetcher, filing: FeedItem, g: Gathered) -> list[str]:
    """The EX-99 exhibits (press releases) of one EDGAR filing, read from its index page."""
    try:
        index = fetcher.get(filing.url, expect="html")
    except FetchError as e:
        g.errors.append((filing.url, "fetch", e.reason))
        return []
    links = exhibit_links(index.content, index.url) if index else []
    if index is not None and not links:
        g.errors.append((filing.url, "edgar", "no EX-99 exhibit in the filing index"))
    return links


def _current_run_id() -> str | None:
    try:
        from prefect.runtime import flow_run
        return str(flow_run.id) if flow_run.id else None
    except Exception:  # noqa: BLE001
        return None


@flow(name="ingest", flow_run_name="ingest {sources_file}", log_prints=False,
      task_runner=ThreadPoolTaskRunner(max_workers=int(os.environ.get("MINERWIRE_WORKERS", "4"))))
def ingest(sources_file: str | None = None, db: str | None = None, groups: list[str] | None = None) -> dict:
    """Run every source once: fetch new items, store document versions, extract facts.

    Args:
        sources_file: a TOML file of [[source]] tables (default: flows/sources.toml).
        db: the DuckDB file (default: $MINERWIRE_DB or data/minerwire.duckdb).
        groups: only the sources of these groups (wires, ir, edgar, news); all when None.
    Returns:
        The IngestReport as a dict.
    """
    return run_ingest(load_sources(sources_file, groups), load_settings(db), _current_run_id()).__dict__


def run_ingest(sources: list[Source], settings: Settings, run_id: str | None = None) -> IngestReport:
    """One run. The run lock keeps other runs out for its whole length; the database itself is opened only to
    read the sources' state and to store each batch (under the short write lock), so the review page and other
    writers get turns while pages are being fetched."""
    t0 = time.perf_counter()
    with RunLock(settings.db_path, settings.lock_wait_s):
        fetcher = Fetcher(settings)
        with _writing(settings) as store:
            run_id = store.start_run("ingest", CODE_VERSION, extractors.VERSIONS, run_id)
        rep = IngestReport(run_id=run_id, db_path=str(settings.db_path))
        try:
            _extract_pending(settings, rep)
            with _writing(settings) as store:
                claims = _Claims(store.stored_url_keys())
                states = {s.id: (store.source_state(s.id) or {}, store.known_guids(s.id)) for s in sources}
            light: list[Gathered] = []  # sources with nothing to store (304, errors): written together
            for gathered in _gather_all(fetcher, states, sources, claims):
                if gathered.pages:
                    _write(settings, rep, gathered)
                else:
                    light.append(gathered)
                if len(light) >= 100:
                    _write_light(settings, rep, light)
                    light = []
            _write_light(settings, rep, light)
            with _writing(settings) as store:
                _reconcile(store, rep)
                store.finish_run(run_id, "completed" if not rep.nothing_read else "failed", _counts(rep))
            with WriteLock(settings.db_path, settings.write_wait_s):
                publish_copy(settings.db_path)  # the analysts' copy, taken while no process has the file open
        except BaseException:
            try:
                with _writing(settings) as store:
                    store.finish_run(run_id, "failed", _counts(rep))
            except Exception:  # noqa: BLE001 - keep the original error; the run stays 'running' in the ledger
                log.exception("could not mark run %s failed", run_id)
            raise
        finally:
            fetcher.close()
    rep.seconds = round(time.perf_counter() - t0, 3)
    return rep


@contextmanager
def _writing(settings: Settings) -> Iterator[Store]:
    """The database open for writing, under the write lock, for one short step."""
    with WriteLock(settings.db_path, settings.write_wait_s):
        store = _open_store(settings)
        try:
            yield store
        finally:
            store.close()


def _open_store(settings: Settings) -> Store:
    """Open the database, waiting up to write_wait_s while a process outside the locks (an analyst's read-only
    session on the live file) has it open."""
    deadline, delay = time.monotonic() + settings.write_wait_s, 0.05
    while True:
        try:
            return Store(settings.db_path)
        except StoreError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def _gather_all(fetcher: Fetcher, states: dict[str, tuple[dict, set[str]]], sources: list[Source],
                claims: _Claims):
    """Each source's Gathered: inside a flow run, one Prefect task per host on the flow's thread pool (hosts in
    parallel); else one source after another (a plain `run_ingest` call, as the crash tests make)."""
    by_host: dict[str, list[tuple[Source, dict, set[str]]]] = {}
    for s in sources:
        by_host.setdefault(urlsplit(s.url).netloc.lower(), []).append((s, *states[s.id]))
    if FlowRunContext.get() is None:
        for batch in by_host.values():
            yield from gather_task.fn(fetcher, batch, claims)
        return
    # a few sources per task, so that the writer stores one batch while the next is fetched
    batches = [b[i:i + SOURCES_PER_TASK] for b in by_host.values() for i in range(0, len(b), SOURCES_PER_TASK)]
    futures = [gather_task.submit(fetcher, batch, claims) for batch in batches]
    for fut in futures:
        yield from fut.result()


def _reconcile(store: Store, rep: IngestReport) -> None:
    """Rebuild the canonical facts (flows/reconcile.py); a failure is recorded, the documents stay stored."""
    try:
        rep.canonical = reconcile(store.con)
    except Exception as e:  # noqa: BLE001
        store.record_error(rep.run_id, None, None, "reconcile", f"{type(e).__name__}: {e}")
        rep.errors.append(f"reconcile: {type(e).__name__}: {e}")


def _counts(rep: IngestReport) -> dict:
    return {k: v for k, v in rep.__dict__.items() if isinstance(v, int)} | {"errors": len(rep.errors)}


def _error(store: Store, rep: IngestReport, source: Source, url: str, stage: str, reason: str) -> None:
    log.warning("%s %s: %s (%s)", stage, source.id, reason, url)
    store.record_error(rep.run_id, source.id, url, stage, reason)
    rep.errors.append(f"{stage}: {reason} ({url})")


def _write(settings: Settings, rep: IngestReport, g: Gathered) -> None:
    """Store what one source that brought pages gathered: errors, its new documents with their facts, then the
    source's state.

    Pages are parsed and extracted with the database closed (the CPU-heavy part), then stored in batches of
    WRITE_BATCH documents per transaction, each under the short write lock."""
    source = g.source
    _count_source(rep, g)
    with _writing(settings) as store:
        known = store.stored_shas([f.sha256 for f, _ in g.pages]) if g.pages else set()
    errors = list(g.errors)
    prepared = _prepare(g.pages, source, known, errors, rep)
    new = 0
    for i in range(0, max(1, len(prepared)), WRITE_BATCH):
        batch = prepared[i:i + WRITE_BATCH]
        with _writing(settings) as store:
            if i == 0:
                for url, stage, reason in errors:
                    _error(store, rep, source, url, stage, reason)
            for doc, fetched, _ in batch:
                doc["raw_path"] = store.write_raw(fetched.sha256, fetched.content)
            rep.facts_new += store.add_documents([(d, f) for d, _, f in batch], rep.run_id, VERSIONS_KEY)
            new += len(batch)
            if i + WRITE_BATCH >= len(prepared):
                _save_source(store, g, new)  # last: a run killed before it reads the feed again
    rep.documents_new += new
    rep.facts_flagged += sum(1 for _, _, facts in prepared for f in facts or [] if f.flags)


def _write_light(settings: Settings, rep: IngestReport, gathered: list[Gathered]) -> None:
    """Errors and source state of sources that brought no page (a 304, a failure), in one short write: a no-op run
    over a hundred sources opens the database once, not a hundred times."""
    if not gathered:
        return
    with _writing(settings) as store:
        for g in gathered:
            _count_source(rep, g)
            for url, stage, reason in g.errors:
                _error(store, rep, g.source, url, stage, reason)
            _save_source(store, g, 0)


def _count_source(rep: IngestReport, g: Gathered) -> None:
    rep.items_seen += g.items_seen
    rep.documents_known += g.items_known
    if g.read:
        rep.sources_read += 1
        rep.sources_not_modified += g.status == "not modified"
    else:
        rep.sources_failed += 1


def _save_source(store: Store, g: Gathered, new_docs: int) -> None:
    """The source's state after this run. Its validators (ETag, Last-Modified) are kept only when nothing of it
    failed: otherwise the next run reads the feed again and retries what is missing (what was stored is skipped
    by its sha)."""
    source, parser = g.source, g.source.parser or parser_for(g.source.url)
    if not g.read:
        store.update_source(source.id, source.kind, source.url, g.status, name=source.name, parser=parser, ok=False)
        return
    keep = not g.incomplete
    store.update_source(source.id, source.kind, source.url, g.status, g.etag if keep else None,
                        g.last_modified if keep else None, new_docs, name=source.name, parser=parser, ok=True)


def _prepare(pages: list[tuple[Fetched, FeedItem | None]], source: Source, known: set[str],
             errors: list[tuple[str, str, str]], rep: IngestReport) -> list[tuple[dict, Fetched, list[Fact] | None]]:
    """Parse and extract each page not stored yet (no database); failures go to `errors`, the run goes on."""
    out = []
    for fetched, item in pages:
        if fetched.sha256 in known:
            rep.documents_known += 1
            continue
        known.add(fetched.sha256)
        try:
            doc = to_document(fetched, source, item)
        except PageError as e:
            errors.append((fetched.url, "page", str(e)))
            continue
        except Exception as e:  # noqa: BLE001 - a page that breaks the parser must not stop the run
            errors.append((fetched.url, "page", f"{type(e).__name__}: {e}"))
            continue
        try:
            facts = extractors.extract(doc["text"], published=doc["published"], url=doc["url"])
        except Exception as e:  # noqa: BLE001 - stored without an extraction record, so a later run retries
            errors.append((doc["url"], "extract", f"{type(e).__name__}: {e}"))
            facts = None
        out.append((doc, fetched, facts))
    return out


def _extract_pending(settings: Settings, rep: IngestReport) -> None:
    """Documents stored earlier without facts for the current extractor versions (after a version bump)."""
    counts = reextract_pending(settings, rep.run_id)
    rep.facts_new += counts["facts_new"]
    rep.facts_flagged += counts["facts_flagged"]


def reextract_pending(settings: Settings, run_id: str, progress=None) -> dict:  # noqa: ANN001
    """Extract every stored document not yet extracted by the current extractor versions, from its stored text,
    with the database closed while extracting and WRITE_BATCH documents stored per short write. Reviewers'
    decisions still apply (they follow the figure's sentence, not the run). `progress(n)` is called after each
    batch of n documents. Returns {"documents", "facts_new", "facts_flagged", "errors"}."""
    with _writing(settings) as store:
        todo = store.shas_needing_extraction(VERSIONS_KEY)
    counts = {"documents": len(todo), "facts_new": 0, "facts_flagged": 0, "errors": 0}
    for i in range(0, len(todo), WRITE_BATCH):
        with _writing(settings) as store:
            docs = store.texts(todo[i:i + WRITE_BATCH])
        done, errors = [], []
        for doc_sha, text, published in docs:
            try:
                facts = extractors.extract(text, published=published)
            except Exception as e:  # noqa: BLE001 - one bad document must not stop the rest
                errors.append((doc_sha, f"{type(e).__name__}: {e}"))
                continue
            done.append((doc_sha, facts))
            counts["facts_flagged"] += sum(1 for f in facts if f.flags)
        with _writing(settings) as store:
            for doc_sha, reason in errors:
                store.record_error(run_id, None, doc_sha, "extract", reason)
            counts["facts_new"] += store.add_facts_many(done, run_id, VERSIONS_KEY)
        counts["errors"] += len(errors)
        if progress is not None:
            progress(len(docs))
    return counts
