"""Extraction batches on Dask, through prefect-dask: the CPU-heavy step spread over processes or machines.

Extraction is pure (text and a publication date in, facts out), so batches of stored documents can run anywhere a
worker has this package installed; the flow's own process stays the single writer of the database:

    from flows.batch_extract import extract_batches
    extract_batches(db="data/minerwire.duckdb", workers=2)                         # a LocalCluster of 2 processes
    extract_batches(db="data/minerwire.duckdb", dask_address="tcp://10.0.0.5:8786")  # an existing cluster

`minerwire reextract --dask` runs it. Documents already extracted by the current extractor versions are skipped,
as in `minerwire reextract`.
"""

from __future__ import annotations

import datetime as dt
import time

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect_dask import DaskTaskRunner

import extractors
from flows.ingest import VERSIONS_KEY
from flows.lock import WriteLock
from flows.reconcile import reconcile
from flows.settings import load_settings
from flows.store import Store, publish_copy
from models.fact import Fact

Doc = tuple[str, str, dt.date | None]  # (doc_sha, text, published)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(batch: list[Doc]) -> list[tuple[str, list[Fact] | None, str | None]]:
    """(doc_sha, facts, error) for each document of the batch; one bad document does not fail the batch."""
    out: list[tuple[str, list[Fact] | None, str | None]] = []
    for doc_sha, text, published in batch:
        try:
            out.append((doc_sha, extractors.extract(text, published=published), None))
        except Exception as e:  # noqa: BLE001
            out.append((doc_sha, None, f"{type(e).__name__}: {e}"))
    return out


@flow(name="extract-batches")
def _extract_batches(db: str | None, batch_size: int) -> dict:
    t0 = time.perf_counter()
    settings = load_settings(db)
    lock = WriteLock(settings.db_path, settings.write_wait_s)  # the one writer, for the whole re-extraction
    lock.__enter__()
    store = Store(settings.db_path)
    try:
        todo = store.documents_needing_extraction(VERSIONS_KEY)
        run_id = store.start_run("extract-batches", "dask", extractors.VERSIONS)
        futures = [extract_batch.submit(todo[i:i + batch_size]) for i in range(0, len(todo), batch_size)]
        n_facts = failed = 0
        for fut in futures:
            done = []
            for doc_sha, facts, error in fut.result():
                if facts is None:
                    store.record_error(run_id, None, doc_sha, "extract", error or "failed")
                    failed += 1
                else:
                    done.append((doc_sha, facts))
            n_facts += store.add_facts_many(done, run_id, VERSIONS_KEY)  # one transaction per batch
        reconcile(store.con)
        counts = {"documents": len(todo), "batches": len(futures), "facts_new": n_facts, "errors": failed}
        store.finish_run(run_id, "completed", counts)
        store.con.close()
        publish_copy(settings.db_path)
    finally:
        store.close()
        lock.__exit__()
    return counts | {"seconds": round(time.perf_counter() - t0, 2)}


def extract_batches(db: str | None = None, batch_size: int = 200, workers: int = 2,
                    dask_address: str | None = None) -> dict:
    """Extract every stored document not yet extracted by the current versions, in batches on Dask: a
    LocalCluster of `workers` processes, or the cluster at `dask_address`. Returns the run's counts."""
    runner = DaskTaskRunner(address=dask_address) if dask_address else DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None})
    return _extract_batches.with_options(task_runner=runner)(db, batch_size)
