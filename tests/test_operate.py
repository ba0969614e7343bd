"""Operating it: the runs ledger, re-extraction, exports, the analysts' copy and `serve` stopping on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.ingest import run_ingest
from flows.settings import load_settings
from flows.sources import load_sources
from flows.store import Store, analysts_copy_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def db(tmp_path, http_fixtures) -> Path:
    path = tmp_path / "mw.duckdb"
    run_ingest(load_sources(ROOT / "fixtures" / "sources.toml"), load_settings(path))
    return path


def cli(*args: str) -> str:
    r = CliRunner().invoke(main, list(args))
    assert r.exit_code == 0, r.output
    return r.stdout


def test_runs_ledger_lists_the_run_with_its_counts(db):
    (row,) = [json.loads(line) for line in cli("runs", "--json", "--db", str(db)).splitlines()]
    assert row["status"] == "completed" and row["counts"]["documents_new"] > 0 and row["finished_at"]
    assert "completed" in cli("runs", "--db", str(db))


def test_analysts_read_a_published_copy_while_a_writer_holds_the_database(db):
    assert analysts_copy_path(db).exists()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('holding', flush=True); time.sleep(30)", str(db)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(duckdb.IOException):
            duckdb.connect(str(db), read_only=True)  # DuckDB: nobody else may open a file being written
        out = cli("sql", "select count(*) as n from facts_current", "--db", str(db))
        assert json.loads(out)["n"] > 0
    finally:
        holder.kill()
        holder.wait()


def test_export_writes_every_view_as_parquet_and_csv(db, tmp_path):
    cli("export", "--format", "parquet", "--out", str(tmp_path / "pq"), "--db", str(db))
    cli("export", "--format", "csv", "--out", str(tmp_path / "csv"), "--view", "monthly_production", "--db", str(db))
    con = duckdb.connect()
    n = con.execute(f"select count(*) from '{tmp_path / 'pq' / 'facts_current.parquet'}'").fetchone()[0]
    assert n == json.loads(cli("sql", "select count(*) as n from facts_current", "--db", str(db)))["n"] > 0
    header = (tmp_path / "csv" / "monthly_production.csv").read_text().splitlines()[0]
    assert header.startswith("company,ticker,period_start")
    assert len(list((tmp_path / "pq").glob("*.parquet"))) == 9


def test_reextract_redoes_missing_extractions_and_keeps_decisions(db):
    store = Store(db)
    fid, doc_sha = store.con.execute("select fact_id, doc_sha from facts where type = 'btc_mined' limit 1").fetchone()
    store.add_review(fid, "rejected", "ana", "a stale figure")
    # what a version bump looks like to the database: no extraction for the current versions
    store.con.execute("delete from extractions")
    store.con.execute("delete from facts")
    store.close()
    cli("reextract", "--db", str(db))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from extractions").fetchone()[0] > 0
    status = con.execute("select status from fact_provenance p join facts f using (fact_id) "
                         "where f.doc_sha = ? and f.type = 'btc_mined' and p.status = 'rejected'", [doc_sha]).fetchall()
    con.close()
    assert status  # the re-extracted fact is still rejected


def _serve_and_stop(tmp_path: Path, stop_after: str, sig: signal.Signals, cron: str = "0 0 1 1 *",
                    until: Callable[[], bool] = lambda: True) -> tuple[int, str]:
    """Start `minerwire serve` (one group, wires, on `cron`), and once stderr shows `stop_after` and `until()`
    holds, wait a second and send `sig`; return the exit code and everything written to stderr. stderr is read to
    the end by a thread, so a full pipe never blocks the server."""
    sched = tmp_path / "schedules.toml"
    sched.write_text(f'[schedule.wires]\ncron = "{cron}"\n')
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "Wire: miner releases"\nkind = "feed"\ngroup = "wires"\n'
                       'url = "${FIXTURE_BASE}/feeds/wire-miners.rss.xml"\n')
    env = os.environ | {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                        "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    p = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--schedules", str(sched), "--sources",
                          str(sources), "--db", str(tmp_path / "mw.duckdb")], cwd=ROOT, env=env,
                         stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    seen = threading.Event()

    def read() -> None:
        for line in p.stderr:
            lines.append(line)
            if stop_after in line:
                seen.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert seen.wait(timeout=120), "".join(lines)
        deadline = time.monotonic() + 150
        while not until():
            assert time.monotonic() < deadline and p.poll() is None, "".join(lines)
            time.sleep(2)
        time.sleep(1)
        p.send_signal(sig)
        code = p.wait(timeout=60)
        reader.join(timeout=10)
        return code, "".join(lines)
    finally:
        if p.poll() is None:
            p.kill()


def _completed_runs(db: Path) -> list[tuple]:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:  # not created yet, or a run holds it
        return []
    try:
        return con.execute("select run_id, status from runs where status = 'completed'").fetchall()
    finally:
        con.close()


def test_serve_runs_the_flow_on_its_cron_schedule(tmp_path, http_fixtures):
    # Prefect's temporary server has no scheduler: this fails unless serve runs a full server
    db = tmp_path / "mw.duckdb"
    code, err = _serve_and_stop(tmp_path, "serving;", signal.SIGTERM, cron="* * * * *",
                                until=lambda: bool(_completed_runs(db)))
    assert code == 0, err
    runs = _completed_runs(db)
    assert runs and all(run_id for run_id, _ in runs)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from documents").fetchone()[0] > 0
    con.close()


def test_serve_stops_cleanly_on_sigterm_while_serving(tmp_path):
    code, err = _serve_and_stop(tmp_path, "serving;", signal.SIGTERM)
    assert code == 0, err
    assert "SIGTERM received; stopping" in err and err.rstrip().endswith("stopped"), err
    assert "never awaited" not in err, err


def test_serve_stops_cleanly_on_ctrl_c_while_starting(tmp_path):
    # the signal lands while the Prefect server for the schedules starts
    code, err = _serve_and_stop(tmp_path, "starting a Prefect server", signal.SIGINT)
    assert code == 0, err
    assert "SIGINT received; stopping" in err and err.rstrip().endswith("stopped"), err
    assert "Traceback" not in err, err
