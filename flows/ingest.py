"""The ingest flow: sources -> feed items -> fetched pages -> documents -> facts, all into DuckDB.

Only network calls are Prefect tasks (with retries on retryable failures); parsing and extraction are
plain functions. The database, not Prefect's cache, is the state: re-runs skip what is stored.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

import feedparser
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

import extractors
from flows.fetch import Fetcher, FetchError
from flows.pages import PageError, parse_page
from flows.settings import Settings, load_settings
from flows.sources import Source, load_sources
from flows.store import Store
from models.companies import load_registry
from models.fact import Fact
from models.provenance import Fetched

log = logging.getLogger(__name__)
CODE_VERSION = "0.1.0"
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
    items_seen: int = 0
    documents_new: int = 0
    documents_known: int = 0
    facts_new: int = 0
    facts_flagged: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def nothing_read(self) -> bool:
        return self.sources_read == 0


def _retryable(task, task_run, state) -> bool:  # noqa: ANN001 - Prefect's retry_condition_fn signature
    try:
        state.result()
    except FetchError as e:
        return e.retryable
    except Exception:  # noqa: BLE001
        return False
    return False


@task(name="fetch", retries=2, retry_delay_seconds=[1, 4], retry_condition_fn=_retryable, cache_policy=NO_CACHE)
def fetch_task(fetcher: Fetcher, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched | None:
    """GET one URL (network only)."""
    return fetcher.get(url, etag, last_modified)


def parse_feed(fetched: Fetched) -> list[FeedItem]:
    """RSS/Atom bytes -> items with absolute links. Raises ValueError for a feed that cannot be read."""
    parsed = feedparser.parse(fetched.content)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"malformed feed: {parsed.get('bozo_exception')}")
    items = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        t = e.get("published_parsed") or e.get("updated_parsed")
        items.append(FeedItem(urljoin(fetched.url, link), e.get("id") or e.get("guid") or link, e.get("title", ""),
                              e.get("summary", ""), dt.date(t.tm_year, t.tm_mon, t.tm_mday) if t else None))
    return items


@lru_cache(maxsize=1)
def _registry_names_lower() -> tuple[str, ...]:
    return tuple(n.lower() for n, _ in load_registry().names() if len(n) >= 4)


def _mentions_company(item: FeedItem) -> bool:
    text = f"{item.title} {item.summary}".lower()
    return any(n in text for n in _registry_names_lower())


def to_document(fetched: Fetched, source: Source, item: FeedItem | None) -> dict:
    """Parse a fetched page into a document row (raises PageError)."""
    page = parse_page(fetched.content, fetched.url, fetched.content_type, source.parser)
    return {"doc_sha": fetched.sha256, "url": fetched.url, "requested_url": fetched.requested_url,
            "canonical_url": page.canonical_url, "source_id": source.id, "feed_guid": item.guid if item else None,
            "title": page.title or (item.title if item else None), "fetched_at": fetched.fetched_at,
            # feed pubDate is trusted first, then page metadata, then the dateline
            "published": (item.published if item and item.published else page.published),
            "content_type": fetched.content_type, "text_extractor": page.text_extractor, "text": page.text}


def _current_run_id() -> str | None:
    try:
        from prefect.runtime import flow_run
        return str(flow_run.id) if flow_run.id else None
    except Exception:  # noqa: BLE001
        return None


@flow(name="ingest", flow_run_name="ingest {sources_file}", log_prints=False)
def ingest(sources_file: str | None = None, db: str | None = None) -> dict:
    """Run every source once: fetch new items, store document versions, extract facts.

    Args:
        sources_file: a TOML file of [[source]] tables (default: flows/sources.toml).
        db: the DuckDB file (default: $MINERWIRE_DB or data/minerwire.duckdb).
    Returns:
        The IngestReport as a dict.
    """
    return run_ingest(load_sources(sources_file), load_settings(db), _current_run_id()).__dict__


def run_ingest(sources: list[Source], settings: Settings, run_id: str | None = None) -> IngestReport:
    t0 = time.perf_counter()
    store = Store(settings.db_path)
    fetcher = Fetcher(settings)
    run_id = store.start_run("ingest", CODE_VERSION, extractors.VERSIONS, run_id)
    rep = IngestReport(run_id=run_id, db_path=str(settings.db_path))
    try:
        for source in sources:
            _ingest_source(store, fetcher, source, rep)
        _extract_pending(store, rep)
        store.finish_run(run_id, "completed" if not rep.nothing_read else "failed", _counts(rep))
    except BaseException:
        store.finish_run(run_id, "failed", _counts(rep))
        raise
    finally:
        fetcher.close()
        store.close()
    rep.seconds = round(time.perf_counter() - t0, 3)
    return rep


def _counts(rep: IngestReport) -> dict:
    return {k: v for k, v in rep.__dict__.items() if isinstance(v, int)} | {"errors": len(rep.errors)}


def _error(store: Store, rep: IngestReport, source: Source, url: str, stage: str, reason: str) -> None:
    log.warning("%s %s: %s (%s)", stage, source.id, reason, url)
    store.record_error(rep.run_id, source.id, url, stage, reason)
    rep.errors.append(f"{stage}: {reason} ({url})")


def _fetch(store: Store, fetcher: Fetcher, rep: IngestReport, source: Source, url: str,
           etag: str | None = None, last_modified: str | None = None) -> Fetched | None | FetchError:
    try:
        delays = fetcher.settings.retry_delays_s
        return fetch_task.with_options(retries=len(delays), retry_delay_seconds=delays)(fetcher, url, etag, last_modified)
    except FetchError as e:
        _error(store, rep, source, url, "fetch", e.reason)
        return e


def _ingest_source(store: Store, fetcher: Fetcher, source: Source, rep: IngestReport) -> None:
    state = store.source_state(source.id) or {}
    if source.kind == "page":
        got = _fetch(store, fetcher, rep, source, source.url)
        if isinstance(got, FetchError):
            rep.sources_failed += 1
            store.update_source(source.id, source.kind, source.url, f"error: {got.reason}")
            return
        rep.sources_read += 1
        new = _store_page(store, rep, source, got, None) if got else 0
        store.update_source(source.id, source.kind, source.url, "ok", new_docs=new)
        return
    got = _fetch(store, fetcher, rep, source, source.url, state.get("etag"), state.get("last_modified"))
    if isinstance(got, FetchError):
        rep.sources_failed += 1
        store.update_source(source.id, source.kind, source.url, f"error: {got.reason}")
        return
    if got is None:  # 304: nothing changed since the last run
        rep.sources_read += 1
        store.update_source(source.id, source.kind, source.url, "not modified")
        return
    try:
        items = parse_feed(got)
    except ValueError as e:
        rep.sources_failed += 1
        _error(store, rep, source, source.url, "feed", str(e))
        store.update_source(source.id, source.kind, source.url, f"error: {e}")
        return
    rep.sources_read += 1
    new = 0
    for item in items:
        rep.items_seen += 1
        if source.match_companies and not _mentions_company(item):
            continue
        if store.known_guid(source.id, item.guid):
            rep.documents_known += 1
            continue
        page = _fetch(store, fetcher, rep, source, item.url)
        if isinstance(page, FetchError) or page is None:
            continue
        new += _store_page(store, rep, source, page, item)
    store.update_source(source.id, source.kind, source.url, "ok", got.etag, got.last_modified, new)


def _store_page(store: Store, rep: IngestReport, source: Source, fetched: Fetched, item: FeedItem | None) -> int:
    if store.has_document(fetched.sha256):
        rep.documents_known += 1
        return 0
    try:
        doc = to_document(fetched, source, item)
    except PageError as e:
        _error(store, rep, source, fetched.url, "page", str(e))
        return 0
    doc["raw_path"] = store.write_raw(fetched.sha256, fetched.content)
    facts = _extract(store, rep, source, doc)
    # facts None: extraction failed; the document is kept without an extraction record, so a later run retries
    n = store.add_document(doc, facts, rep.run_id, VERSIONS_KEY)
    rep.documents_new += 1
    rep.facts_new += n
    rep.facts_flagged += sum(1 for f in facts or [] if f.flags)
    return 1


def _extract(store: Store, rep: IngestReport, source: Source, doc: dict) -> list[Fact] | None:
    try:
        return extractors.extract(doc["text"], published=doc["published"], url=doc["url"])
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the run ("catch" mode)
        _error(store, rep, source, doc["url"], "extract", f"{type(e).__name__}: {e}")
        return None


def _extract_pending(store: Store, rep: IngestReport) -> None:
    """Documents stored earlier without facts for the current extractor versions (e.g. after a version bump)."""
    for doc_sha, text, published in store.documents_needing_extraction(VERSIONS_KEY):
        try:
            facts = extractors.extract(text, published=published)
        except Exception as e:  # noqa: BLE001
            store.record_error(rep.run_id, None, doc_sha, "extract", f"{type(e).__name__}: {e}")
            continue
        rep.facts_new += store.add_facts(doc_sha, facts, rep.run_id, VERSIONS_KEY)
        rep.facts_flagged += sum(1 for f in facts if f.flags)
