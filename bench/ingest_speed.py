"""Ingestion end to end from a local server: documents per second through Prefect, the share of time Prefect adds,
and a no-op incremental run over sources that all answer 304.

    .venv/bin/python -m bench.ingest_speed [--docs 2000] [--feeds 20] [--noop-sources 100] [--no-write]

Documents: the dev-split fixture texts (fixtures/docs/*.txt), each made unique by a numbered closing line and
wrapped as a wire-style HTML page, listed by --feeds RSS feeds on 127.0.0.1 (tests/fault_server.py).

Measured in one process, side by side:
- `ingest_flow_s`: the ingest flow through Prefect (a temporary Prefect server, started before the clock), into a
  fresh database;
- `ingest_direct_s`: `run_ingest` on the same sources without a flow run (sources one after another), into
  another fresh database;
- `prefect_overhead_share`: (flow − direct) / flow, floored at 0 (threads gathering several feeds at once can make
  the flow faster than the direct run even with Prefect's cost);
- `noop_run_s`: the second run of --noop-sources page sources whose server answers 304 to the validators stored by
  the first run, through the flow (Prefect server start excluded), and `noop_direct_s` without it.
Peak RSS of the process is reported too. Results merge into bench/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import merge_results  # noqa: E402 (after the path set-up)


def _html(text: str, i: int) -> bytes:
    title, _, body = text.partition("\n")
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='2025-08-04T08:00:00Z'></head><body><header>nav</header>"
            f"<article><h1>{title}</h1>{paras}<p>Release reference {i:05d}.</p></article></body></html>").encode()


def _serve(server, n_docs: int, n_feeds: int) -> list[str]:
    from tests.fault_server import Response

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "docs").glob("*.txt"))]
    pages = {i: _html(texts[i % len(texts)], i) for i in range(n_docs)}
    server.route("/doc", lambda req: Response(body=pages[int(req.query["i"])]), prefix=True)
    per = -(-n_docs // n_feeds)
    urls = []
    for f in range(n_feeds):
        ids = range(f * per, min(n_docs, (f + 1) * per))
        items = "".join(f"<item><title>Release {i}</title><link>{server.url('/doc')}?i={i}</link><guid>d{i}</guid>"
                        f"<pubDate>Mon, 04 Aug 2025 12:00:00 GMT</pubDate></item>" for i in ids)
        body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>f{f}</title>{items}</channel></rss>".encode()
        server.route(f"/feed/{f}", lambda req, body=body: Response(body=body, content_type="application/rss+xml"))
        urls.append(server.url(f"/feed/{f}"))
    return urls


def _sources_file(path: Path, rows: list[tuple[str, str, str]]) -> str:
    path.write_text("".join(f'[[source]]\nname = "{n}"\nkind = "{k}"\nurl = "{u}"\n\n' for n, k, u in rows))
    return str(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--noop-sources", type=int, default=100)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    os.environ["MINERWIRE_HOST_DELAY_S"] = "0"
    os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
    from prefect.testing.utilities import prefect_test_harness

    from flows.ingest import ingest, run_ingest
    from flows.settings import load_settings
    from flows.sources import load_sources
    from tests.fault_server import FaultServer

    tmp = Path(tempfile.mkdtemp(prefix="mw-bench-"))
    out: dict = {}
    with FaultServer() as server, prefect_test_harness():
        feeds = _serve(server, args.docs, args.feeds)
        src = _sources_file(tmp / "feeds.toml", [(f"feed {i}", "feed", u) for i, u in enumerate(feeds)])
        t0 = time.perf_counter()
        rep = ingest(sources_file=src, db=str(tmp / "flow.duckdb"))
        flow_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        direct = run_ingest(load_sources(src), replace(load_settings(tmp / "direct.duckdb")))
        direct_s = time.perf_counter() - t0
        assert rep["documents_new"] == direct.documents_new == args.docs, (rep["documents_new"], direct.documents_new)
        out |= {"ingest_docs": args.docs, "ingest_flow_s": round(flow_s, 2), "ingest_direct_s": round(direct_s, 2),
                "ingest_docs_per_s": round(args.docs / flow_s, 1),
                "ingest_direct_docs_per_s": round(args.docs / direct_s, 1),
                "prefect_overhead_share": round(max(0.0, (flow_s - direct_s) / flow_s), 3),
                "ingest_facts": rep["facts_new"]}

        noop = _sources_file(tmp / "noop.toml", [(f"page {i}", "page", server.url(f"/conditional?i={i}"))
                                                 for i in range(args.noop_sources)])
        ingest(sources_file=noop, db=str(tmp / "noop.duckdb"))  # stores each source's ETag / Last-Modified
        t0 = time.perf_counter()
        rep = ingest(sources_file=noop, db=str(tmp / "noop.duckdb"))
        noop_s = time.perf_counter() - t0
        assert rep["sources_not_modified"] == args.noop_sources, rep
        t0 = time.perf_counter()
        run_ingest(load_sources(noop), load_settings(tmp / "noop.duckdb"))
        out |= {"noop_sources": args.noop_sources, "noop_run_s": round(noop_s, 2),
                "noop_direct_s": round(time.perf_counter() - t0, 2)}
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    out["ingest_speed_timestamp"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    for k, v in out.items():
        print(f"{k:28s} {v}")
    if not args.no_write:
        merge_results(out)


if __name__ == "__main__":
    main()
