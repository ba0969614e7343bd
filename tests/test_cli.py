"""The CLI: extract on text and HTML, clear errors on bad files, review decisions, and docs coverage."""

import json
import re

import pytest
from click.testing import CliRunner

from flows.cli import main
from tests.conftest import ROOT


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_extract_text_prints_contract_jsonl():
    doc = ROOT / "fixtures/docs/web-riot-blockchain-september-2022-production.txt"
    r = run("extract", str(doc), "--published", "2022-10-04")
    assert r.exit_code == 0, r.output
    facts = [json.loads(line) for line in r.stdout.splitlines()]
    assert facts and all(f["doc"] == str(doc) for f in facts)
    assert {"type", "company", "ticker", "value", "unit", "period_start", "period_end", "confidence", "flags",
            "evidence", "extractor"} <= set(facts[0])


def test_extract_html_uses_page_metadata():
    page = ROOT / "fixtures/http/releases/riot-blockchain-september-2022-production.html"
    r = run("extract", str(page), "--type", "btc_mined")
    assert r.exit_code == 0, r.output
    facts = [json.loads(line) for line in r.stdout.splitlines()]
    assert any(f["period_start"] == "2022-09-01" for f in facts)


@pytest.mark.parametrize("content,message", [(b"", "empty file"), (b"\x00\x01\x02binary", "binary file"),
                                             (b"x" * (5 * 1024 * 1024 + 1), "too large")])
def test_extract_bad_files(tmp_path, content, message):
    p = tmp_path / "f.txt"
    p.write_bytes(content)
    r = run("extract", str(p))
    assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output


def test_review_decisions(tmp_path, http_fixtures, prefect):
    db = str(tmp_path / "mw.duckdb")
    assert run("ingest", "--sources", str(ROOT / "fixtures/sources.toml"), "--db", db).exit_code == 0
    queue = [json.loads(line) for line in run("review", "list", "--json", "--db", db).stdout.splitlines()]
    assert queue and all(q["flags"] and "fact_id" in q and "evidence" in q for q in queue)
    a, b, c = queue[0]["fact_id"], queue[1]["fact_id"], queue[2]["fact_id"]
    assert run("review", "accept", a, "--reviewer", "ann", "--db", db).exit_code == 0
    assert run("review", "reject", b[:12], "--reviewer", "ann", "--note", "not ours", "--db", db).exit_code == 0
    assert run("review", "correct", c, "--value", "123.5", "--period-end", "2025-07-31", "--reviewer", "bo",
               "--db", db).exit_code == 0
    rows = run("db", "sql", f"select fact_id, status, value, period_end from fact_provenance "
                            f"where fact_id in ('{a}', '{b}', '{c}')", "--db", db).stdout.splitlines()
    status = {json.loads(x)["fact_id"]: json.loads(x) for x in rows}
    assert status[a]["status"] == "accepted" and status[b]["status"] == "rejected"
    assert status[c]["status"] == "corrected" and status[c]["value"] == 123.5 and status[c]["period_end"] == "2025-07-31"
    left = [json.loads(line)["fact_id"] for line in run("review", "list", "--json", "--db", db).stdout.splitlines()]
    assert not {a, b, c} & set(left)
    audit = run("db", "sql", "select count(*) as n from reviews", "--db", db).stdout
    assert json.loads(audit)["n"] == 3


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        yield f"{prefix}{name}", cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix}{name} ")


@pytest.mark.parametrize("name,cmd", list(_commands(main)), ids=[n for n, _ in _commands(main)])
def test_every_command_has_help_example_and_is_documented(name, cmd):
    assert cmd.help and "Example:" in cmd.help
    readme = (ROOT / "README.md").read_text()
    assert re.search(rf"minerwire {re.escape(name)}\b", readme), f"`minerwire {name}` is not in README.md"
