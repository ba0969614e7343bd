"""The only module that writes DuckDB: migrations, documents, facts, runs, reviews and errors.

Rows are loaded through Arrow (never executemany). Every write of one document and its facts is one transaction.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb
import pyarrow as pa

from models.fact import Fact

FACT_COLUMNS = ["fact_id", "doc_sha", "run_id", "type", "company", "ticker", "value", "unit", "period_start",
                "period_end", "qualifier", "hashrate_kind", "proceeds_usd", "loan_event", "collateral_btc", "lender",
                "confidence", "flags", "char_start", "char_end", "sentence", "figure_start", "figure_end",
                "extractor", "created_at"]


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
    for f in sorted((resources.files("models") / "views").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".sql"):
            con.execute(f.read_text())
    return applied


def fact_id(doc_sha: str, fact: Fact) -> str:
    fig = fact.figure
    key = f"{doc_sha}|{fact.type}|{fact.extractor}|{fig.start if fig else fact.evidence.start}|" \
          f"{fig.end if fig else fact.evidence.end}"
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
                      last_modified: str | None = None, new_docs: int = 0) -> None:
        self.con.execute(
            """insert into source_state values (?, ?, ?, ?, ?, ?, ?, ?)
               on conflict (source_id) do update set kind = excluded.kind, url = excluded.url,
                 etag = coalesce(excluded.etag, source_state.etag),
                 last_modified = coalesce(excluded.last_modified, source_state.last_modified),
                 last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status,
                 documents_seen = source_state.documents_seen + excluded.documents_seen""",
            [source_id, kind, url, etag, last_modified, now(), status, new_docs])

    def record_error(self, run_id: str, source_id: str | None, url: str | None, stage: str, reason: str) -> None:
        self.con.execute("insert into errors values (?, ?, ?, ?, ?, ?)",
                         [run_id, source_id, url, stage, reason[:2000], now()])

    # -- documents --------------------------------------------------------------------------------------
    def has_document(self, doc_sha: str) -> bool:
        return self.con.execute("select 1 from documents where doc_sha = ?", [doc_sha]).fetchone() is not None

    def known_guid(self, source_id: str, guid: str | None) -> str | None:
        """The stored version of a feed item, if any (used to skip refetching)."""
        if not guid:
            return None
        row = self.con.execute("select doc_sha from documents where source_id = ? and feed_guid = ? "
                               "order by fetched_at desc limit 1", [source_id, guid]).fetchone()
        return row[0] if row else None

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
        with self.transaction():
            if not self.has_document(doc["doc_sha"]):
                cols = ["doc_sha", "url", "requested_url", "canonical_url", "source_id", "feed_guid", "title",
                        "fetched_at", "published", "content_type", "text_extractor", "text", "raw_path", "run_id"]
                self.con.execute(f"insert into documents ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                                 [doc.get(c) if c != "run_id" else run_id for c in cols])
            return self._add_facts(doc["doc_sha"], facts, run_id, versions) if facts is not None else 0

    def add_facts(self, doc_sha: str, facts: list[Fact], run_id: str, versions: str) -> int:
        with self.transaction():
            return self._add_facts(doc_sha, facts, run_id, versions)

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

    def _add_facts(self, doc_sha: str, facts: list[Fact], run_id: str, versions: str) -> int:
        done = self.con.execute("select 1 from extractions where doc_sha = ? and extractor_versions = ?",
                                [doc_sha, versions]).fetchone()
        if done:
            return 0
        rows = [_fact_row(doc_sha, f, run_id) for f in facts]
        if rows:
            tbl = pa.Table.from_pylist(rows, schema=_FACT_SCHEMA)  # noqa: F841  (read by DuckDB below)
            self.con.execute(f"insert into facts ({', '.join(FACT_COLUMNS)}) select {', '.join(FACT_COLUMNS)} "
                             "from tbl where fact_id not in (select fact_id from facts)")
        self.con.execute("insert into extractions values (?, ?, ?, ?, ?)", [doc_sha, versions, run_id, now(), len(rows)])
        return len(rows)

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
        self.con.execute("insert into reviews values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [review_id, fact_id, f["doc_sha"], f["type"], f["figure_start"], f["figure_end"], reviewer,
                          now(), decision, json.dumps(before, default=str),
                          json.dumps(corrected, default=str) if corrected else None, note])
        return review_id


_FACT_SCHEMA = pa.schema([
    ("fact_id", pa.string()), ("doc_sha", pa.string()), ("run_id", pa.string()), ("type", pa.string()),
    ("company", pa.string()), ("ticker", pa.string()), ("value", pa.float64()), ("unit", pa.string()),
    ("period_start", pa.date32()), ("period_end", pa.date32()), ("qualifier", pa.string()),
    ("hashrate_kind", pa.string()), ("proceeds_usd", pa.float64()), ("loan_event", pa.string()),
    ("collateral_btc", pa.float64()), ("lender", pa.string()), ("confidence", pa.float64()),
    ("flags", pa.list_(pa.string())), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("sentence", pa.string()), ("figure_start", pa.int32()), ("figure_end", pa.int32()), ("extractor", pa.string()),
    ("created_at", pa.timestamp("us", tz="UTC")),
])


def _fact_row(doc_sha: str, f: Fact, run_id: str) -> dict:
    return {
        "fact_id": fact_id(doc_sha, f), "doc_sha": doc_sha, "run_id": run_id, "type": f.type, "company": f.company,
        "ticker": f.ticker, "value": f.value, "unit": f.unit, "period_start": f.period_start,
        "period_end": f.period_end, "qualifier": f.qualifier, "hashrate_kind": f.hashrate_kind,
        "proceeds_usd": f.proceeds_usd, "loan_event": f.loan_event, "collateral_btc": f.collateral_btc,
        "lender": f.lender, "confidence": f.confidence, "flags": list(f.flags), "char_start": f.evidence.start,
        "char_end": f.evidence.end, "sentence": f.evidence.sentence,
        "figure_start": f.figure.start if f.figure else None, "figure_end": f.figure.end if f.figure else None,
        "extractor": f.extractor, "created_at": now(),
    }
