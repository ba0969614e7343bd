"""The analysts' monthly-production view over 1,000,000 synthetic facts: milliseconds per full read.

    .venv/bin/python -m bench.query_speed [--facts 1000000] [--rounds 5] [--no-write]

Synthetic data, loaded through Arrow: 50 miners x 10 years of months, 20,000 documents (stories of several
versions and copies), facts of all five types with evidence sentences, a few thousand reviews. The clock times
`select * from monthly_production` fetched to the end (median of --rounds, after one warm-up), and the same for
`facts_current` counted. Writes `query_ms_1m` and friends to bench/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.results import merge_results  # noqa: E402 (after the path set-up)


def build(path: Path, n_facts: int, n_docs: int = 20_000, seed: int = 7) -> None:
    from flows.store import connect

    rng = np.random.default_rng(seed)
    con = connect(path)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    shas = [f"{i:064x}" for i in range(n_docs)]
    doc_rows = pa.table({
        "doc_sha": shas, "url": [f"https://example.com/r/{i % (n_docs // 2)}" for i in range(n_docs)],
        "requested_url": [f"https://example.com/r/{i}" for i in range(n_docs)],
        "canonical_url": [None] * n_docs, "source_id": ["bench"] * n_docs, "feed_guid": [str(i) for i in range(n_docs)],
        "title": ["t"] * n_docs, "fetched_at": [now + dt.timedelta(minutes=i) for i in range(n_docs)],
        "published": [dt.date(2016, 1, 1) + dt.timedelta(days=int(i % 3650)) for i in range(n_docs)],
        "content_type": ["text/html"] * n_docs, "text_extractor": ["news@1"] * n_docs,
        "text": ["Riot mined 500 BTC in July. " * 20] * n_docs, "raw_path": ["raw"] * n_docs,
        "run_id": ["bench"] * n_docs, "publisher": [None] * n_docs, "language": ["en"] * n_docs,
        "url_key": [f"https://example.com/r/{i % (n_docs // 2)}" for i in range(n_docs)],
        "simhash": pa.array([None] * n_docs, pa.uint64()), "story_id": [shas[i % (n_docs // 4)] for i in range(n_docs)],
    })
    con.execute("insert into documents by name select * from doc_rows")
    ext = pa.table({"doc_sha": shas, "extractor_versions": ["v"] * n_docs, "run_id": ["bench"] * n_docs,
                    "extracted_at": [now] * n_docs, "n_facts": [n_facts // n_docs] * n_docs})
    con.execute("insert into extractions select * from ext")
    types = np.array(["btc_mined", "btc_sold", "btc_held", "hashrate", "loan"])
    t = types[rng.integers(0, 5, n_facts)]
    month = rng.integers(0, 120, n_facts)
    start = [dt.date(2016 + int(m) // 12, int(m) % 12 + 1, 1) for m in month]
    end = [(s.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1) for s in start]
    doc = rng.integers(0, n_docs, n_facts)
    fact_rows = pa.table({
        "fact_id": [f"{i:040x}" for i in range(n_facts)], "doc_sha": [shas[d] for d in doc], "run_id": ["bench"] * n_facts,
        "type": t, "company": [f"Miner {c}" for c in rng.integers(0, 50, n_facts)], "ticker": ["T"] * n_facts,
        "value": rng.uniform(1, 1000, n_facts), "unit": np.where(t == "hashrate", "EH/s", "BTC"),
        "period_start": start, "period_end": end, "qualifier": [None] * n_facts, "hashrate_kind": [None] * n_facts,
        "proceeds_usd": [None] * n_facts, "loan_event": [None] * n_facts, "collateral_btc": [None] * n_facts,
        "lender": [None] * n_facts, "confidence": rng.uniform(0.5, 1, n_facts),
        "flags": [[] if x > 0.2 else ["period_inferred"] for x in rng.uniform(0, 1, n_facts)],
        "char_start": [0] * n_facts, "char_end": [27] * n_facts, "sentence": ["Riot mined 500 BTC in July."] * n_facts,
        "figure_start": [11] * n_facts, "figure_end": [18] * n_facts, "extractor": ["btc_mined.x@1"] * n_facts,
        "created_at": [now] * n_facts,
    })
    con.execute("insert into facts by name select * from fact_rows")
    con.close()


def _median_ms(con, sql: str, rounds: int) -> float:
    con.execute(sql).fetchall()
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        con.execute(sql).fetchall()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--facts", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    import duckdb

    path = Path(tempfile.mkdtemp(prefix="mw-query-")) / "q.duckdb"
    t0 = time.perf_counter()
    build(path, args.facts)
    load_s = time.perf_counter() - t0
    con = duckdb.connect(str(path), read_only=True)
    out = {"query_facts": args.facts, "query_load_s": round(load_s, 1),
           "query_ms_1m": _median_ms(con, "select * from monthly_production", args.rounds),
           "query_facts_current_count_ms": _median_ms(con, "select count(*) from facts_current", args.rounds)}
    con.close()
    for k, v in out.items():
        print(f"{k:30s} {v}")
    if not args.no_write:
        merge_results(out)


if __name__ == "__main__":
    main()
