"""The `minerwire` command. Data goes to stdout (JSONL by default), messages to stderr."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

import click

MAX_FILE_BYTES = 5 * 1024 * 1024


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages (rule rejections) to stderr.")
def main(verbose: bool) -> None:
    """minerwire: Bitcoin miners' production, sales, holdings, hashrate and loans, with provenance.

    Example:

        minerwire extract release.html --published 2025-08-04
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def read_document(path: Path) -> tuple[str, dt.date | None]:
    """A text or HTML file -> (text, published from page metadata). Raises click.ClickException on bad input."""
    from flows.pages import PageError, looks_like_html, parse_page

    if not path.is_file():
        raise click.ClickException(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise click.ClickException(f"{path}: {size:,} bytes is too large for one document (limit {MAX_FILE_BYTES:,})")
    raw = path.read_bytes()
    if not raw.strip():
        raise click.ClickException(f"{path}: empty file, nothing to extract")
    if b"\x00" in raw[:8192]:
        raise click.ClickException(f"{path}: binary file; give plain text or HTML")
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(raw):
        try:
            page = parse_page(raw, path.as_uri())
        except PageError as e:
            raise click.ClickException(f"{path}: {e}") from e
        return page.text, page.published
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), None


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d"]), help="Publication date (YYYY-MM-DD).")
@click.option("--type", "types", multiple=True, type=click.Choice(["btc_mined", "btc_sold", "btc_held", "hashrate",
                                                                   "loan"]), help="Only these fact types.")
@click.option("--strict", is_flag=True, help="Stop at the first file that fails.")
def extract(files: tuple[Path, ...], published: dt.datetime | None, types: tuple[str, ...], strict: bool) -> None:
    """Print the facts in text or HTML files, one JSON object per line (CONTRACT.md shape plus "doc").

    No database, network or Prefect is used. HTML goes through the same main-text extraction as ingestion.

    Example:

        minerwire extract fixtures/docs/web-riot-2025-07.txt --published 2025-08-04
    """
    import extractors

    failed = 0
    for path in files:
        try:
            text, page_date = read_document(path)
            pub = published.date() if published else page_date
            for fact in extractors.extract(text, published=pub, url=str(path), types=types or None):
                click.echo(json.dumps(fact.to_json_dict() | {"doc": str(path)}, ensure_ascii=False))
        except click.ClickException as e:
            failed += 1
            _err(f"error: {e.message}")
            if strict:
                sys.exit(1)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dump", type=click.Path(dir_okay=False, path_type=Path), help="Write every prediction (JSONL) here.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON of pinned minimum scores; exit 1 when below any.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", is_flag=True, help="Also list missed and spurious facts on stderr.")
@click.option("--pin", type=click.Path(dir_okay=False, path_type=Path),
              help="Raise the floors in this JSON file to the scores (rounded down); floors never fall.")
def eval_cmd(gold: tuple[Path, ...], dump: Path | None, floors: Path | None, as_json: bool, misses: bool,
             pin: Path | None) -> None:
    """Score the extractors on gold JSONL files with CONTRACT.md's matching rules.

    Prints precision, recall, F1 and clean precision (of unflagged facts) per type and overall.

    Example:

        minerwire eval fixtures/gold/dev.jsonl --dump /tmp/pred.jsonl
        minerwire eval fixtures/gold/dev.jsonl fixtures/gold/web.jsonl fixtures/gold/dev2.jsonl \\
            --pin fixtures/gold/floors.json
    """
    from flows.evaluate import check_floors, evaluate, format_table, raise_floors

    try:
        res = evaluate(list(gold))
    except (ValueError, KeyError, OSError) as e:
        raise click.ClickException(f"cannot read gold: {e}") from e
    if dump:
        dump.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in res.predictions), encoding="utf-8")
    click.echo(json.dumps(res.as_dict(), indent=2) if as_json else
               f"{res.documents} documents\n{format_table(res)}")
    if misses:
        for m in res.misses:
            _err(json.dumps(m, ensure_ascii=False, default=str))
    if floors:
        failures = check_floors(res, json.loads(floors.read_text()))
        if failures:
            _err("below pinned floors:\n  " + "\n  ".join(failures))
            sys.exit(1)
    if pin:
        old = json.loads(pin.read_text()) if pin.exists() else {}
        rel = [os.path.relpath(g, pin.parent) for g in gold]
        if old.get("_gold") not in (None, rel):
            raise click.ClickException(f"{pin} pins floors for {old['_gold']}, not for {rel}")
        pin.write_text(json.dumps(raise_floors(res, old) | {"_gold": rel}, indent=2) + "\n")
        _err(f"floors written to {pin}")


def _print_report(rep: dict) -> None:
    _err(f"run {rep['run_id']}: {rep['sources_read']} sources read, {rep['sources_failed']} failed; "
         f"{rep['items_seen']} feed items; {rep['documents_new']} new documents, {rep['documents_known']} already "
         f"stored; {rep['facts_new']} facts extracted, {rep['facts_flagged']} flagged for review; "
         f"{len(rep['errors'])} errors ({rep['seconds']} s)")
    for e in rep["errors"]:
        _err(f"  error: {e}")
    _err(f"database: {rep['db_path']}")


@main.command()
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False),
              help="TOML file of [[source]] tables (name, kind = feed|page, url). Default: the shipped sources.")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default $MINERWIRE_DB or data/minerwire.duckdb).")
@click.option("--group", "groups", multiple=True, type=click.Choice(["wires", "ir", "edgar", "news", "other"]),
              help="Only the sources of this group (repeatable). Default: all enabled sources.")
def ingest(sources_file: str | None, db: str | None, groups: tuple[str, ...]) -> None:
    """Run the ingest flow once through Prefect: fetch sources, store documents, extract facts.

    Exits non-zero only when no source at all could be read, or when another run holds the database
    (MINERWIRE_LOCK_WAIT_S seconds are waited first).

    Example:

        minerwire ingest --sources my-sources.toml --group wires
    """
    from flows.ingest import ingest as ingest_flow
    from flows.lock import LockedError
    from flows.sources import SourceError, load_sources
    from flows.store import StoreError

    try:
        load_sources(sources_file, groups=list(groups) or None)
        rep = ingest_flow(sources_file=sources_file, db=db, groups=list(groups) or None)
    except (SourceError, StoreError, LockedError) as e:
        raise click.ClickException(str(e)) from e
    _print_report(rep)
    if rep["sources_read"] == 0:
        sys.exit(1)


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default $MINERWIRE_DB or data/minerwire.duckdb).")
def demo(db: str | None) -> None:
    """Serve the recorded fixtures on 127.0.0.1, ingest them through Prefect, and show what was stored.

    Run it twice: the second run finds everything already stored and adds nothing.

    Example:

        minerwire demo
    """
    import os

    from flows.fixture_server import FixtureServer
    from flows.ingest import ingest as ingest_flow
    from flows.settings import PROJECT_DIR, load_settings
    from flows.store import connect

    os.environ.setdefault("MINERWIRE_HOST_DELAY_S", "0")
    with FixtureServer() as base:
        os.environ["FIXTURE_BASE"] = base
        rep = ingest_flow(sources_file=str(PROJECT_DIR / "fixtures" / "sources.toml"), db=db)
    _print_report(rep)
    con = connect(load_settings(db).db_path, read_only=True)
    try:
        q = ("select company, type, value, unit, period_end, status from fact_provenance "
             "order by company, type, period_end limit 12")
        rows = con.execute(q).fetchall()
    finally:
        con.close()
    _err(f"\nexample query: minerwire sql \"{q}\"")
    for r in rows:
        _err("  " + " | ".join("" if v is None else str(v) for v in r))
    _err("\nnext: `minerwire review serve` (the reviewers' queue), `minerwire report` (charts per miner), "
         "`minerwire sources list`, `minerwire runs`")
    if rep["sources_read"] == 0:
        sys.exit(1)


@main.command()
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False), help="Sources TOML file.")
@click.option("--schedules", "schedules_file", type=click.Path(exists=True, dir_okay=False),
              help="TOML of [schedule.GROUP] cron = ... (default flows/schedules.toml).")
@click.option("--cron", help="One cron for every group instead (e.g. $MINERWIRE_CRON).")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file.")
def serve(sources_file: str | None, schedules_file: str | None, cron: str | None, db: str | None) -> None:
    """Run the ingest flow as Prefect deployments, one per source group on its own cron schedule (wires every 15
    minutes, news hourly, EDGAR daily: flows/schedules.toml), until stopped by Ctrl-C or SIGTERM.

    Without PREFECT_API_URL it starts a Prefect server of its own (the temporary one Prefect would start runs no
    scheduler), whose UI at http://127.0.0.1:4200 shows the runs; `minerwire runs` shows them too.

    Example:

        minerwire serve --schedules flows/schedules.toml
    """
    from flows.ingest import ingest as ingest_flow
    from flows.schedules import load_schedules
    from flows.serving import ServerStartError, serve_until_signalled

    # groups share one database: a run that starts while another holds it waits its turn instead of failing
    os.environ.setdefault("MINERWIRE_LOCK_WAIT_S", "900")
    schedules = load_schedules(schedules_file, cron)
    deployments = [ingest_flow.to_deployment(name=f"ingest-{group}", cron=expr,
                                             parameters={"sources_file": sources_file, "db": db, "groups": [group]})
                   for group, expr in schedules.items()]
    for group, expr in schedules.items():
        _err(f"deployment ingest-{group} on cron {expr!r}")
    try:
        serve_until_signalled(deployments, say=_err)
    except ServerStartError as e:
        raise click.ClickException(str(e)) from e
    _err("stopped")


@main.command()
@click.option("--limit", default=20, show_default=True, help="How many runs, newest first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file.")
def runs(limit: int, as_json: bool, db: str | None) -> None:
    """The runs ledger: each run's flow-run id, start, end, status, counts and errors.

    Example:

        minerwire runs --limit 5
    """
    con = _read_only(db)
    try:
        cur = con.execute(
            """select r.run_id, r.flow_name, r.started_at, r.finished_at, r.status, r.counts,
                      (select count(*) from errors e where e.run_id = r.run_id) as errors
               from runs r order by r.started_at desc limit ?""", [limit])
        cols = [c[0] for c in cur.description]
        rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()
    if as_json:
        for r in rows:
            click.echo(json.dumps(r | {"counts": json.loads(r["counts"]) if r["counts"] else None}, default=str))
        return
    for r in rows:
        c = json.loads(r["counts"]) if r["counts"] else {}
        took = (r["finished_at"] - r["started_at"]).total_seconds() if r["finished_at"] else None
        click.echo(f"{r['started_at']:%Y-%m-%d %H:%M:%S}  {r['status']:<9}  {r['run_id']}  "
                   f"{'' if took is None else f'{took:.1f} s':>8}  sources {c.get('sources_read', 0)} read / "
                   f"{c.get('sources_failed', 0)} failed, {c.get('documents_new', 0)} new documents, "
                   f"{c.get('facts_new', 0)} facts, {r['errors']} errors")


@main.command()
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file.")
@click.option("--dask", "use_dask", is_flag=True, help="Run extraction batches on Dask (prefect-dask): a LocalCluster, "
              "or the cluster at --dask-address.")
@click.option("--dask-address", help="tcp://host:8786 of a running Dask scheduler.")
@click.option("--workers", default=2, show_default=True, help="LocalCluster processes with --dask.")
def reextract(db: str | None, use_dask: bool, dask_address: str | None, workers: int) -> None:
    """Extract again every stored document not yet extracted by the current extractor versions (after an
    extractor's version changes), from the stored text: nothing is refetched, and reviewers' decisions still apply
    (they follow the figure's sentence, not the run).

    Example:

        minerwire reextract --dask --workers 2
    """
    import extractors
    from flows.ingest import VERSIONS_KEY, _writing, reextract_pending
    from flows.lock import WriteLock
    from flows.lock import LockedError, RunLock
    from flows.reconcile import reconcile
    from flows.settings import load_settings
    from flows.store import Store, publish_copy

    settings = load_settings(db)
    if use_dask or dask_address:
        from flows.batch_extract import extract_batches

        with RunLock(settings.db_path, settings.lock_wait_s):
            _err(json.dumps(extract_batches(db=str(settings.db_path), workers=workers, dask_address=dask_address)))
        return
    try:
        with RunLock(settings.db_path, settings.lock_wait_s):
            with _writing(settings) as store:
                run_id = store.start_run("reextract", "cli", extractors.VERSIONS)
                n = len(store.shas_needing_extraction(VERSIONS_KEY))
            with click.progressbar(length=n, label=f"re-extracting {n} documents", file=sys.stderr) as bar:
                counts = reextract_pending(settings, run_id, progress=bar.update)
            with WriteLock(settings.db_path, settings.write_wait_s):
                store = Store(settings.db_path)
                try:
                    reconcile(store.con)
                    store.finish_run(run_id, "completed", counts)
                finally:
                    store.close()
                publish_copy(settings.db_path)
    except LockedError as e:
        raise click.ClickException(str(e)) from e
    _err(f"{counts['documents']} documents re-extracted, {counts['facts_new']} facts, {counts['errors']} failed")


EXPORT_VIEWS = ("facts_current", "fact_provenance", "monthly_production", "holdings_over_time", "hashrate_by_kind",
                "sales", "loans", "canonical_current", "fact_conflicts")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("export"),
              show_default=True, help="Directory to write one file per view into.")
@click.option("--view", "views", multiple=True, type=click.Choice(EXPORT_VIEWS), help="Only this view (repeatable).")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file.")
def export(fmt: str, out_dir: Path, views: tuple[str, ...], db: str | None) -> None:
    """Write the analysts' views to Parquet or CSV files, one per view, from the analysts' copy.

    Example:

        minerwire export --format csv --out export/ --view monthly_production
    """
    con = _read_only(db)
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        for view in views or EXPORT_VIEWS:
            path = out_dir / f"{view}.{fmt}"
            opts = "(format parquet)" if fmt == "parquet" else "(header, delimiter ',')"
            quoted = str(path).replace("'", "''")
            con.execute(f"copy (select * from {view}) to '{quoted}' {opts}")
            n = con.execute(f"select count(*) from {view}").fetchone()[0]
            _err(f"{path}: {n} rows")
    finally:
        con.close()


@main.command()
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True, help="The HTML file to write.")
@click.option("--company", "companies", multiple=True, help="Only this company, by name or ticker (repeatable).")
@click.option("--title", default="minerwire report", show_default=True)
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (its analysts' copy is read).")
def report(out: Path, companies: tuple[str, ...], title: str, db: str | None) -> None:
    """Write a self-contained HTML report (no network needed to view it): per miner, monthly production, holdings
    and hashrate over time, each point linking to its sources (docs/report.md).

    Example:

        minerwire report --out report.html --company RIOT
    """
    from flows.report import write_report

    con = _read_only(db)
    try:
        click.echo(str(write_report(con, out, list(companies) or None, title=title)))
    finally:
        con.close()


@main.command("sql")
@click.argument("query")
@click.option("--csv", "as_csv", is_flag=True, help="CSV instead of JSON lines.")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (its analysts' copy is read).")
def sql_cmd(query: str, as_csv: bool, db: str | None) -> None:
    """A quick query on the analysts' read-only copy (refreshed after every run and review), so it never waits for
    a running ingest.

    Example:

        minerwire sql "select company, period_start, btc_mined from monthly_production"
    """
    _print_query(_read_only(db), query, as_csv)


def _read_only(db: str | None):
    """The analysts' copy when it is published, else the database itself, read-only."""
    from flows.settings import load_settings
    from flows.store import StoreError, analysts_copy_path, connect

    path = load_settings(db).db_path
    copy = analysts_copy_path(path)
    try:
        return connect(copy if copy.exists() else path, read_only=True)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


# -- sources ------------------------------------------------------------------------------------------

@main.group()
def sources() -> None:
    """The configured sources: what they are and how their last fetches went.

    Example:

        minerwire sources list --group edgar
    """


def _source_rows(sources_file: str | None, groups: tuple[str, ...], db: str | None) -> list[dict]:
    from flows.pages import parser_for
    from flows.settings import load_settings
    from flows.sources import SourceError, load_sources
    from flows.store import StoreError, connect

    try:
        srcs = load_sources(sources_file, groups=list(groups) or None, include_disabled=True)
    except SourceError as e:
        raise click.ClickException(str(e)) from e
    status: dict[str, dict] = {}
    path = load_settings(db).db_path
    if path.exists():
        try:
            con = connect(path, read_only=True)
        except StoreError as e:
            _err(f"note: no fetch history shown: {e}")
        else:
            try:
                cur = con.execute("""select s.source_id, s.last_fetched_at, s.last_status,
                                            (select count(*) from documents d where d.source_id = s.source_id)
                                     from source_state s""")
                status = {r[0]: dict(zip(["id", "last_fetch", "last_status", "documents"], r,
                                         strict=True)) for r in cur.fetchall()}
            finally:
                con.close()
    return [{"id": s.id, "name": s.name, "group": s.group, "kind": s.kind, "enabled": s.enabled,
             "parser": s.parser or parser_for(s.url), "url": s.url,
             "last_fetch": status.get(s.id, {}).get("last_fetch"),
             "last_status": status.get(s.id, {}).get("last_status"),
             "documents": status.get(s.id, {}).get("documents", 0)} for s in srcs]


def _print_table(rows: list[dict], cols: list[str]) -> None:
    cells = [[("" if r[c] is None else str(r[c]) if not isinstance(r[c], dt.datetime)
               else r[c].strftime("%Y-%m-%d %H:%M")) for c in cols] for r in rows]
    widths = [min(48, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))


_sources_option = click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False),
                               help="Sources TOML file (default: the shipped flows/sources.toml).")
_group_option = click.option("--group", "groups", multiple=True,
                             type=click.Choice(["wires", "ir", "edgar", "news", "other"]), help="Only this group.")


@sources.command("list")
@_sources_option
@_group_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (for the last fetch of each source).")
def sources_list(sources_file: str | None, groups: tuple[str, ...], as_json: bool, db: str | None) -> None:
    """Each source: its kind, parser, last fetch, last status and how many documents it gave.

    Example:

        minerwire sources list --group wires
    """
    rows = _source_rows(sources_file, groups, db)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, default=str))
        return
    _print_table(rows, ["id", "group", "kind", "parser", "enabled", "last_fetch", "last_status", "documents"])


@sources.command("check")
@_sources_option
@_group_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def sources_check(sources_file: str | None, groups: tuple[str, ...], as_json: bool) -> None:
    """Fetch each enabled source once now (robots.txt, rate limits and retries as in a run) and say whether it
    answers with a readable feed or page; nothing is stored. Exits 1 when any source fails.

    Example:

        minerwire sources check --group edgar
    """
    from flows.fetch import Fetcher, FetchError
    from flows.ingest import parse_feed
    from flows.settings import load_settings
    from flows.sources import SourceError, load_sources

    try:
        srcs = load_sources(sources_file, groups=list(groups) or None)
    except SourceError as e:
        raise click.ClickException(str(e)) from e
    fetcher = Fetcher(load_settings())
    failed = 0
    try:
        for s in srcs:
            row = {"id": s.id, "kind": s.kind, "url": s.url, "ok": False, "detail": ""}
            try:
                got = fetcher.get(s.url, expect="html" if s.kind == "page" else "feed")
                if got is None:
                    row["ok"], row["detail"] = True, "304 not modified"
                elif s.kind == "page":
                    row["ok"], row["detail"] = True, f"HTTP {got.status}, {len(got.content):,} bytes"
                else:
                    n = len(parse_feed(got))
                    row["ok"], row["detail"] = n > 0, f"HTTP {got.status}, {n} items"
            except (FetchError, ValueError) as e:
                row["detail"] = getattr(e, "reason", str(e))
            failed += not row["ok"]
            click.echo(json.dumps(row) if as_json else f"{'ok  ' if row['ok'] else 'FAIL'}  {s.id:<36} {row['detail']}")
    finally:
        fetcher.close()
    _err(f"{len(srcs) - failed} of {len(srcs)} sources answered")
    if failed:
        sys.exit(1)


@main.command("reconcile")
@click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file (default $MINERWIRE_DB or data/minerwire.duckdb).")
def reconcile_cmd(db: str | None) -> None:
    """Rebuild the canonical facts: merge repeats, flag conflicts and failed consistency checks
    (docs/reconciliation.md). Every ingest and review does this too; prints the counts as JSON.

    Example:

        minerwire reconcile --db data/minerwire.duckdb
    """
    from flows.reconcile import reconcile

    store = _store(db)
    try:
        click.echo(json.dumps(reconcile(store.con)))
    finally:
        store.close()


# -- review -------------------------------------------------------------------------------------------

@main.group()
def review() -> None:
    """List flagged facts and record reviewers' decisions (append-only audit log).

    Example:

        minerwire review list --json
    """


def _store(db: str | None):
    """The database open for writing, under the write lock that ingest runs and the review page share (held
    until the store is closed)."""
    from flows.lock import LockedError, WriteLock
    from flows.settings import load_settings
    from flows.store import Store, StoreError

    settings = load_settings(db)
    lock = WriteLock(settings.db_path, settings.write_wait_s)
    try:
        lock.__enter__()
    except LockedError as e:
        raise click.ClickException(str(e)) from e
    try:
        store = Store(settings.db_path)
    except StoreError as e:
        lock.__exit__()
        raise click.ClickException(str(e)) from e
    close = store.close

    def close_and_unlock() -> None:
        try:
            close()
        finally:
            lock.__exit__()

    store.close = close_and_unlock  # type: ignore[method-assign]
    return store


_db_option = click.option("--db", type=click.Path(dir_okay=False), help="DuckDB file.")


@review.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; any but loopback needs a token.")
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--token", help="Reviewer token required on every request (default $MINERWIRE_REVIEW_TOKEN).")
@click.option("--reviewer", help="Who decides, recorded in the audit log (default $MINERWIRE_REVIEWER, else asked).")
@_db_option
def review_serve(host: str, port: int, token: str | None, reviewer: str | None, db: str | None) -> None:
    """The reviewer's page: a queue of flagged facts (conflicts, then large values, then low confidence), each with
    its evidence highlighted in the document, the source link and competing values; accept, reject or correct from
    the keyboard. Every decision is appended to the audit log.

    Example:

        minerwire review serve --port 8765 --reviewer ana
    """
    from flows.review_app import ReviewConfigError, serve
    from flows.settings import load_settings

    try:
        serve(load_settings(db).db_path, host=host, port=port, token=token, reviewer=reviewer)
    except ReviewConfigError as e:
        raise click.ClickException(str(e)) from e


@review.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@_db_option
def review_list(as_json: bool, db: str | None) -> None:
    """Show the facts waiting for a reviewer, most urgent first.

    Example:

        minerwire review list --json
    """
    store = _store(db)
    try:
        cur = store.con.execute("select * from review_queue")
        cols = [c[0] for c in cur.description]
        for row in cur.fetchall():
            d = dict(zip(cols, row, strict=True))
            if as_json:
                d["evidence"] = {"start": d.pop("char_start"), "end": d.pop("char_end"), "sentence": d.pop("sentence")}
                click.echo(json.dumps(d, default=_jsonable, ensure_ascii=False))
            else:
                click.echo(f"{d['fact_id'][:12]}  {d['type']:<9} {d['company']:<20} {_jsonable(d['value'])!s:>14} "
                           f"{d['unit']:<4} {d['period_end']}  [{', '.join(d['flags'])}]  {d['sentence'][:90]}")
    finally:
        store.close()


def _jsonable(v: object) -> object:
    from decimal import Decimal

    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return str(v)


def _full_id(store, fact_id: str) -> str:  # noqa: ANN001
    rows = store.con.execute("select fact_id from facts where fact_id like ?", [fact_id + "%"]).fetchall()
    if len(rows) != 1:
        raise click.ClickException(f"{'no' if not rows else 'more than one'} fact matches {fact_id!r}")
    return rows[0][0]


def _decide(fact_id: str, decision: str, reviewer: str, note: str | None, db: str | None,
            corrected: dict | None = None) -> None:
    store = _store(db)
    try:
        fid = _full_id(store, fact_id)
        store.add_review(fid, decision, reviewer, note, corrected)
        _err(f"{decision}: {fid} by {reviewer}")
        from flows.reconcile import reconcile

        reconcile(store.con)  # the canonical facts show the decision at once
        store.con.close()
        from flows.store import publish_copy

        publish_copy(store.db_path)  # still under the write lock
    finally:
        store.close()


@review.command("accept")
@click.argument("fact_id")
@click.option("--reviewer", required=True, help="Who decides (recorded in the audit log).")
@click.option("--note", help="Why.")
@_db_option
def review_accept(fact_id: str, reviewer: str, note: str | None, db: str | None) -> None:
    """Accept a fact as extracted (FACT_ID may be a unique prefix).

    Example:

        minerwire review accept 3f2a9c --reviewer alice --note "matches the release"
    """
    _decide(fact_id, "accepted", reviewer, note, db)


@review.command("reject")
@click.argument("fact_id")
@click.option("--reviewer", required=True, help="Who decides.")
@click.option("--note", help="Why.")
@_db_option
def review_reject(fact_id: str, reviewer: str, note: str | None, db: str | None) -> None:
    """Reject a fact: it stays stored but leaves the analysts' views.

    Example:

        minerwire review reject 3f2a9c --reviewer alice --note "network hashrate"
    """
    _decide(fact_id, "rejected", reviewer, note, db)


@review.command("correct")
@click.argument("fact_id")
@click.option("--value", type=float, required=True, help="The right value (BTC, EH/s or USD).")
@click.option("--period-end", type=click.DateTime(formats=["%Y-%m-%d"]), help="The right period end / as-of date.")
@click.option("--reviewer", required=True, help="Who decides.")
@click.option("--note", help="Why.")
@_db_option
def review_correct(fact_id: str, value: float, period_end: dt.datetime | None, reviewer: str, note: str | None,
                   db: str | None) -> None:
    """Correct a fact's value (and period end); the views show the corrected values.

    Example:

        minerwire review correct 3f2a9c --value 650.5 --period-end 2025-07-31 --reviewer alice
    """
    corrected: dict = {"value": value}
    if period_end:
        corrected["period_end"] = period_end.date().isoformat()
    _decide(fact_id, "corrected", reviewer, note, db, corrected)


# -- db -----------------------------------------------------------------------------------------------

@main.group()
def db() -> None:
    """Database maintenance and read-only queries.

    Example:

        minerwire db sql "select * from monthly_production"
    """


@db.command("migrate")
@_db_option
def db_migrate(db: str | None) -> None:
    """Apply pending schema migrations (each once) and refresh the views.

    Example:

        minerwire db migrate
    """
    from flows.settings import load_settings
    from flows.store import connect, migrate

    con = connect(load_settings(db).db_path)
    _err(f"applied: {migrate(con) or 'nothing new'}")
    con.close()


@db.command("sql")
@click.argument("query")
@click.option("--csv", "as_csv", is_flag=True, help="CSV instead of JSON lines.")
@_db_option
def db_sql(query: str, as_csv: bool, db: str | None) -> None:
    """Run a query on the database, opened read-only.

    Example:

        minerwire db sql "select company, period_start, btc_mined from monthly_production"
    """
    from flows.settings import load_settings
    from flows.store import StoreError, connect

    try:
        con = connect(load_settings(db).db_path, read_only=True)
    except StoreError as e:
        raise click.ClickException(str(e)) from e
    _print_query(con, query, as_csv)


def _print_query(con, query: str, as_csv: bool) -> None:  # noqa: ANN001
    import csv

    try:
        cur = con.execute(query)
        cols = [c[0] for c in cur.description]
        rows = cur.fetchall()
    except Exception as e:  # noqa: BLE001 - any SQL error is the user's to read
        raise click.ClickException(f"query failed: {e}") from e
    finally:
        con.close()
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows([[_jsonable(v) if v is not None else "" for v in r] for r in rows])
    else:
        for r in rows:
            click.echo(json.dumps(dict(zip(cols, r, strict=True)), default=_jsonable, ensure_ascii=False))


if __name__ == "__main__":
    main()
