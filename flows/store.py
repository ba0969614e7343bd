"""The only module that writes DuckDB: migrations, documents, facts, runs, reviews and errors.

Rows are loaded through Arrow (never executemany). A batch of documents and their facts is one transaction: a run
killed at any point leaves whole documents only.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.dedupe import NEAR_BITS, canonical_url, same_site, simhash
from models.fact import Fact

FACT_COLUMNS = ["fact_id", "doc_sha", "run_id", "type", "company", "ticker", "value", "unit", "period_start",
                "period_end", "qualifier", "hashrate_kind", "proceeds_usd", "loan_event", "collateral_btc", "lender",
                "confidence", "flags", "char_start", "char_end", "sentence", "figure_start", "figure_end",
                "extractor", "created_at", "review_key"]


class StoreError(RuntimeError):
    """The database cannot be opened or written."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database (migrating it when writable)."""
    if read_only:
        if not path.exists():
            raise StoreError(f"no database at {path}: run `minerwire ingest` first")
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.IOException as e:
            raise StoreError(f"{path} is being written by another process; try again in a moment ({e})") from e
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as e:
        raise StoreError(f"{path} is locked by another minerwire process ({e})") from e
    migrate(con)
    return con


def analysts_copy_path(db_path: Path) -> Path:
    """Where the analysts' read-only copy of `db_path` is published: data/minerwire.analysts.duckdb."""
    return db_path.with_name(f"{db_path.stem}.analysts{db_path.suffix or '.duckdb'}")


def publish_copy(db_path: Path) -> Path:
    """Copy the (closed, checkpointed) database to the analysts' path, atomically: readers of the copy never block
    the writer, and they see the state after the last run or review. Call it after closing the writer."""
    target = analysts_copy_path(db_path)
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(db_path, tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply schema files not yet applied (recorded in _migrations), then (re)create the views."""
    con.execute("create table if not exists _migrations (name varchar primary key, applied_at timestamptz)")
    done = {r[0] for r in con.execute("select name from _migrations").fetchall()}
    applied = []
    schema = resources.files("models") / "schema"
    for f in sorted(schema.iterdir(), key=lambda p: p.name):
        if f.name.endswith(".sql") and f.name not in done:
            con.execute("begin")
            con.execute(f.read_text())
            con.execute("insert into _migrations values (?, ?)", [f.name, now()])
            con.execute("commit")
            applied.append(f.name)
    if "002_ingest.sql" in applied:
        _backfill_documents(con)
    views = [f.read_text() for f in sorted((resources.files("models") / "views").iterdir(), key=lambda p: p.name)
             if f.name.endswith(".sql")]
    mark = "views@" + hashlib.sha1("\n".join(views).encode()).hexdigest()[:16]
    if applied or con.execute("select 1 from _migrations where name = ?", [mark]).fetchone() is None:
        # (re)create the views only when their SQL changed: connecting stays cheap for short writes
        con.execute("begin")
        for sql in views:
            con.execute(sql)
        con.execute("delete from _migrations where name like 'views@%'")
        con.execute("insert into _migrations values (?, ?)", [mark, now()])
        con.execute("commit")
    return applied


def _backfill_documents(con: duckdb.DuckDBPyConnection) -> None:
    """Documents stored before 002_ingest.sql get their canonical URL, fingerprint and story, in fetch order, so
    that versions and syndicated copies of old pages group like new ones."""
    rows = con.execute("select doc_sha, url, canonical_url, text, published from documents where url_key is null "
                       "order by fetched_at").fetchall()
    if not rows:
        return
    docs = [{"doc_sha": sha, "published": pub, "simhash": simhash(text),
             "url_key": canonical_url(canon if same_site(canon, url) else url)} for sha, url, canon, text, pub in rows]
    stories = _Stories(con, docs)
    fill = pa.table({"doc_sha": [d["doc_sha"] for d in docs], "url_key": [d["url_key"] for d in docs],  # noqa: F841
                     "simhash": pa.array([d["simhash"] for d in docs], pa.uint64()),
                     "story_id": [stories.assign(d) for d in docs]})
    con.execute("begin")
    con.execute("update documents set url_key = fill.url_key, simhash = fill.simhash, story_id = fill.story_id "
                "from fill where documents.doc_sha = fill.doc_sha")
    # review keys (004, 005) were computed before the stories existed: recompute them with the stories
    con.execute("""update facts set review_key = md5(concat_ws('|', coalesce(d.story_id, d.doc_sha), facts.type,
                     facts.sentence, coalesce(substr(d.text, facts.figure_start + 1,
                     facts.figure_end - facts.figure_start), '')))
                   from documents d where d.doc_sha = facts.doc_sha""")
    con.execute("update reviews set match_key = f.review_key from facts f where f.fact_id = reviews.fact_id")
    con.execute("commit")


def fact_id(doc_sha: str, fact: Fact, versions: str = "") -> str:
    """sha1(document version, type, extractor, figure span, extractor version set): stable across re-runs of the
    same versions, new when any extractor's version changes, so a re-extraction appends facts and never finds
    an older run's row in its way."""
    fig = fact.figure
    key = f"{doc_sha}|{fact.type}|{fact.extractor}|{fig.start if fig else fact.evidence.start}|" \
          f"{fig.end if fig else fact.evidence.end}" + (f"|{versions}" if versions else "")
    return hashlib.sha1(key.encode()).hexdigest()


class Store:
    """A writable connection plus the data directory for raw bytes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.con = connect(db_path)
        self.raw_dir = db_path.parent / "raw"

    def close(self) -> None:
        self.con.close()

    # -- runs -------------------------------------------------------------------------------------------
    def start_run(self, flow_name: str, code_version: str, versions: dict[str, int], run_id: str | None = None) -> str:
        run_id = run_id or str(uuid.uuid4())
        self.con.execute("insert into runs values (?, ?, ?, null, 'running', ?, ?, null) on conflict do nothing",
                         [run_id, flow_name, now(), code_version, json.dumps(versions)])
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict) -> None:
        self.con.execute("update runs set finished_at = ?, status = ?, counts = ? where run_id = ?",
                         [now(), status, json.dumps(counts), run_id])

    # -- sources and errors -----------------------------------------------------------------------------
    def source_state(self, source_id: str) -> dict | None:
        row = self.con.execute("select etag, last_modified from source_state where source_id = ?",
                               [source_id]).fetchone()
        return {"etag": row[0], "last_modified": row[1]} if row else None

    def update_source(self, source_id: str, kind: str, url: str, status: str, etag: str | None = None,
                      last_modified: str | None = None, new_docs: int = 0, *, name: str | None = None,
                      parser: str | None = None, ok: bool | None = None) -> None:
        """Record one fetch of a source; `ok` False keeps the last good time and stores the status as its error."""
        ok = not status.startswith("error") if ok is None else ok
        t = now()
        self.con.execute(
            """insert into source_state (source_id, kind, url, etag, last_modified, last_fetched_at, last_status,
                                         documents_seen, name, parser, last_ok_at, last_error)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               on conflict (source_id) do update set kind = excluded.kind, url = excluded.url,
                 etag = coalesce(excluded.etag, source_state.etag),
                 last_modified = coalesce(excluded.last_modified, source_state.last_modified),
                 last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status,
                 documents_seen = source_state.documents_seen + excluded.documents_seen,
                 name = coalesce(excluded.name, source_state.name),
                 parser = coalesce(excluded.parser, source_state.parser),
                 last_ok_at = coalesce(excluded.last_ok_at, source_state.last_ok_at),
                 last_error = coalesce(excluded.last_error, source_state.last_error)""",
            [source_id, kind, url, etag, last_modified, t, status, new_docs, name, parser, t if ok else None,
             None if ok else status])

    def record_error(self, run_id: str, source_id: str | None, url: str | None, stage: str, reason: str) -> None:
        self.con.execute("insert into errors values (?, ?, ?, ?, ?, ?)",
                         [run_id, source_id, url, stage, reason[:2000], now()])

    # -- documents --------------------------------------------------------------------------------------
    def stored_shas(self, shas: list[str]) -> set[str]:
        """Which of these document versions are stored."""
        return {r[0] for r in self.con.execute("select doc_sha from documents where doc_sha in "
                                               "(select unnest(?::varchar[]))", [shas]).fetchall()}

    def known_guids(self, source_id: str) -> set[str]:
        """Feed item ids this source has stored documents for (their pages are not fetched again)."""
        rows = self.con.execute("select distinct feed_guid from documents where source_id = ? and feed_guid is not null",
                                [source_id]).fetchall()
        return {r[0] for r in rows}

    def stored_url_keys(self) -> set[str]:
        """Canonical URLs of stored documents."""
        return {r[0] for r in self.con.execute("select distinct url_key from documents where url_key is not null")
                .fetchall()}

    def write_raw(self, doc_sha: str, content: bytes) -> str:
        """Keep the raw bytes (gzip) so re-extraction never refetches; returns the path relative to the data dir."""
        rel = Path("raw") / doc_sha[:2] / f"{doc_sha}.gz"
        path = self.db_path.parent / rel
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(gzip.compress(content))
            tmp.replace(path)
        return str(rel)

    def read_raw(self, doc_sha: str) -> bytes:
        row = self.con.execute("select raw_path from documents where doc_sha = ?", [doc_sha]).fetchone()
        if row is None:
            raise KeyError(doc_sha)
        return gzip.decompress((self.db_path.parent / row[0]).read_bytes())

    def add_document(self, doc: dict, facts: list[Fact] | None, run_id: str, versions: str) -> int:
        """Store one document version and its facts in one transaction; returns the number of new facts."""
        return self.add_documents([(doc, facts)], run_id, versions)

    def add_documents(self, batch: list[tuple[dict, list[Fact] | None]], run_id: str, versions: str) -> int:
        """Store document versions and their facts in one transaction (whole documents or none); returns the
        number of new facts. Facts None: extraction failed, the document is kept without an extraction record
        so that a later run retries it.

        A document joins the story of an earlier version of the same URL, else of a near-duplicate (a
        syndicated copy) published within two weeks, else starts its own.
        """
        if not batch:
            return 0
        with self.transaction():
            new_docs, seen = [], self.stored_shas([d["doc_sha"] for d, _ in batch])
            stories = _Stories(self.con, [d for d, _ in batch])
            for doc, _ in batch:
                if doc["doc_sha"] not in seen:
                    seen.add(doc["doc_sha"])
                    new_docs.append(doc | {"run_id": run_id, "story_id": stories.assign(doc)})
            if new_docs:
                tbl = pa.Table.from_pylist([{c: d.get(c) for c in _DOC_SCHEMA.names} for d in new_docs],  # noqa: F841
                                           schema=_DOC_SCHEMA)
                self.con.execute(f"insert into documents ({', '.join(_DOC_SCHEMA.names)}) "
                                 f"select {', '.join(_DOC_SCHEMA.names)} from tbl")
            return self._add_facts_many([(d["doc_sha"], f) for d, f in batch if f is not None], run_id, versions)

    def add_facts(self, doc_sha: str, facts: list[Fact], run_id: str, versions: str) -> int:
        return self.add_facts_many([(doc_sha, facts)], run_id, versions)

    def add_facts_many(self, items: list[tuple[str, list[Fact]]], run_id: str, versions: str) -> int:
        """The facts of several stored documents, extracted with `versions`, in one transaction."""
        with self.transaction():
            return self._add_facts_many(items, run_id, versions)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One DuckDB transaction: committed on success, rolled back on any error."""
        self.con.execute("begin")
        try:
            yield
        except BaseException:
            self.con.execute("rollback")
            raise
        self.con.execute("commit")

    def _add_facts_many(self, items: list[tuple[str, list[Fact]]], run_id: str, versions: str) -> int:
        """Facts of documents not yet extracted with these versions, plus one extractions row each."""
        if not items:
            return 0
        done = {r[0] for r in self.con.execute(
            "select doc_sha from extractions where extractor_versions = ? and doc_sha in (select unnest(?::varchar[]))",
            [versions, [sha for sha, _ in items]]).fetchall()}
        todo, seen = [], set(done)
        for sha, facts in items:
            if sha not in seen:
                seen.add(sha)
                todo.append((sha, facts))
        stories = dict(self.con.execute("select doc_sha, coalesce(story_id, doc_sha) from documents where doc_sha in "
                                        "(select unnest(?::varchar[]))", [[sha for sha, _ in todo]]).fetchall())
        rows = [_fact_row(sha, f, run_id, stories.get(sha, sha), versions) for sha, facts in todo for f in facts]
        if rows:
            tbl = pa.Table.from_pylist(rows, schema=_FACT_SCHEMA)  # noqa: F841  (read by DuckDB below)
            self.con.execute(f"insert into facts ({', '.join(FACT_COLUMNS)}) select {', '.join(FACT_COLUMNS)} "
                             "from tbl anti join facts using (fact_id)")
        if todo:
            t = now()
            ext = pa.Table.from_pylist([{"doc_sha": sha, "extractor_versions": versions, "run_id": run_id,  # noqa: F841
                                         "extracted_at": t, "n_facts": len(facts)} for sha, facts in todo],
                                       schema=_EXTRACTION_SCHEMA)
            self.con.execute("insert into extractions select * from ext")
        return len(rows)

    def shas_needing_extraction(self, versions: str) -> list[str]:
        """Stored document versions with no extraction by `versions`."""
        return [r[0] for r in self.con.execute(
            "select doc_sha from documents d where not exists (select 1 from extractions e where e.doc_sha = d.doc_sha "
            "and e.extractor_versions = ?) order by fetched_at", [versions]).fetchall()]

    def texts(self, shas: list[str]) -> list[tuple[str, str, dt.date | None]]:
        """(doc_sha, text, published) of these document versions."""
        return self.con.execute("select doc_sha, text, published from documents where doc_sha in "
                                "(select unnest(?::varchar[]))", [shas]).fetchall()

    def documents_needing_extraction(self, versions: str) -> list[tuple[str, str, dt.date | None]]:
        return self.con.execute(
            "select doc_sha, text, published from documents d where not exists "
            "(select 1 from extractions e where e.doc_sha = d.doc_sha and e.extractor_versions = ?)", [versions]
        ).fetchall()

    # -- reviews ----------------------------------------------------------------------------------------
    def fact(self, fact_id: str) -> dict | None:
        cur = self.con.execute("select * from fact_provenance where fact_id = ?", [fact_id])
        row = cur.fetchone()
        if row is None:
            return None
        d = dict(zip([c[0] for c in cur.description], row, strict=True))
        raw = self.con.execute("select doc_sha, figure_start, figure_end from facts where fact_id = ?",
                               [fact_id]).fetchone()
        d["doc_sha"], d["figure_start"], d["figure_end"] = raw
        return d

    def add_review(self, fact_id: str, decision: str, reviewer: str, note: str | None = None,
                   corrected: dict | None = None) -> str:
        f = self.fact(fact_id)
        if f is None:
            raise KeyError(f"no fact {fact_id}")
        before = {k: f[k] for k in ("company", "value", "period_start", "period_end", "hashrate_kind", "status")}
        review_id = str(uuid.uuid4())
        key = self.con.execute("select match_key from fact_review_keys where fact_id = ?", [fact_id]).fetchone()[0]
        self.con.execute("insert into reviews values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [review_id, fact_id, f["doc_sha"], f["type"], f["figure_start"], f["figure_end"], reviewer,
                          now(), decision, json.dumps(before, default=str),
                          json.dumps(corrected, default=str) if corrected else None, note, key])
        return review_id


_FACT_SCHEMA = pa.schema([
    ("fact_id", pa.string()), ("doc_sha", pa.string()), ("run_id", pa.string()), ("type", pa.string()),
    ("company", pa.string()), ("ticker", pa.string()), ("value", pa.float64()), ("unit", pa.string()),
    ("period_start", pa.date32()), ("period_end", pa.date32()), ("qualifier", pa.string()),
    ("hashrate_kind", pa.string()), ("proceeds_usd", pa.float64()), ("loan_event", pa.string()),
    ("collateral_btc", pa.float64()), ("lender", pa.string()), ("confidence", pa.float64()),
    ("flags", pa.list_(pa.string())), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("sentence", pa.string()), ("figure_start", pa.int32()), ("figure_end", pa.int32()), ("extractor", pa.string()),
    ("created_at", pa.timestamp("us", tz="UTC")), ("review_key", pa.string()),
])


_DOC_SCHEMA = pa.schema([
    ("doc_sha", pa.string()), ("url", pa.string()), ("requested_url", pa.string()), ("canonical_url", pa.string()),
    ("source_id", pa.string()), ("feed_guid", pa.string()), ("title", pa.string()),
    ("fetched_at", pa.timestamp("us", tz="UTC")), ("published", pa.date32()), ("content_type", pa.string()),
    ("text_extractor", pa.string()), ("text", pa.string()), ("raw_path", pa.string()), ("run_id", pa.string()),
    ("publisher", pa.string()), ("language", pa.string()), ("url_key", pa.string()), ("simhash", pa.uint64()),
    ("story_id", pa.string()),
])
_EXTRACTION_SCHEMA = pa.schema([("doc_sha", pa.string()), ("extractor_versions", pa.string()),
                                ("run_id", pa.string()), ("extracted_at", pa.timestamp("us", tz="UTC")),
                                ("n_facts", pa.int32())])


class _Stories:
    """Story ids for a batch of new documents: the story of a stored or batch-mate version of the same canonical
    URL, else of a near-duplicate text (simhash within NEAR_BITS) published within 14 days, else its own."""

    WINDOW = dt.timedelta(days=14)

    def __init__(self, con: duckdb.DuckDBPyConnection, docs: list[dict]) -> None:
        keys = [d.get("url_key") for d in docs if d.get("url_key")]
        pubs = [d["published"] for d in docs if d.get("published")]
        lo, hi = (min(pubs) - self.WINDOW, max(pubs) + self.WINDOW) if pubs else (None, None)
        rows = con.execute(
            """select url_key, simhash, published, story_id from documents
               where story_id is not null and (url_key in (select unnest(?::varchar[]))
                 or (simhash is not null and (published is null or ?::date is null
                     or published between ?::date and ?::date)))
               order by fetched_at""", [keys, lo, lo, hi]).fetchall()
        self.by_url: dict[str, str] = {}
        for key, _, _, story in rows:
            if key:
                self.by_url.setdefault(key, story)
        self.near = [(h, pub, story) for _, h, pub, story in rows if h]

    def assign(self, doc: dict) -> str:
        key, h, pub = doc.get("url_key"), doc.get("simhash"), doc.get("published")
        story = self.by_url.get(key) if key else None
        if story is None and h:
            story = next((s for hh, p, s in self.near if (hh ^ h).bit_count() <= NEAR_BITS
                          and (p is None or pub is None or abs(p - pub) <= self.WINDOW)), None)
        story = story or doc["doc_sha"]
        if key:
            self.by_url.setdefault(key, story)
        if h:
            self.near.append((h, pub, story))
        return story


def review_key(story_id: str, fact_type: str, sentence: str, figure_text: str) -> str:
    """The key a reviewer's decision follows across re-extractions and page versions (models/schema/004, 005):
    md5('story|type|sentence|figure text'), as DuckDB's md5(concat_ws('|', ...)) computes it."""
    return hashlib.md5("|".join([story_id, fact_type, sentence, figure_text]).encode()).hexdigest()


def _fact_row(doc_sha: str, f: Fact, run_id: str, story_id: str | None = None, versions: str = "") -> dict:
    return {
        "review_key": review_key(story_id or doc_sha, f.type, f.evidence.sentence, f.figure.text if f.figure else ""),
        "fact_id": fact_id(doc_sha, f, versions), "doc_sha": doc_sha, "run_id": run_id, "type": f.type, "company": f.company,
        "ticker": f.ticker, "value": f.value, "unit": f.unit, "period_start": f.period_start,
        "period_end": f.period_end, "qualifier": f.qualifier, "hashrate_kind": f.hashrate_kind,
        "proceeds_usd": f.proceeds_usd, "loan_event": f.loan_event, "collateral_btc": f.collateral_btc,
        "lender": f.lender, "confidence": f.confidence, "flags": list(f.flags), "char_start": f.evidence.start,
        "char_end": f.evidence.end, "sentence": f.evidence.sentence,
        "figure_start": f.figure.start if f.figure else None, "figure_end": f.figure.end if f.figure else None,
        "extractor": f.extractor, "created_at": now(),
    }
