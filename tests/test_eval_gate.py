"""The eval gate: scores on the dev gold never fall below the pinned floors (fixtures/gold/floors.json)."""

import json

from click.testing import CliRunner

from flows.cli import main
from flows.evaluate import matches
from tests.conftest import ROOT


def test_scores_hold_their_floors():
    gold = [str(p) for p in sorted((ROOT / "fixtures/gold").glob("*.jsonl"))]
    r = CliRunner().invoke(main, ["eval", *gold, "--floors", str(ROOT / "fixtures/gold/floors.json")])
    assert r.exit_code == 0, r.output


def test_matching_rules():
    g = {"type": "btc_mined", "company": "Hut 8", "ticker": "HUT", "value": 100.0, "period_start": "2025-07-01",
         "period_end": "2025-07-31"}
    assert matches(g | {"value": 100.4}, g)
    assert not matches(g | {"value": 100.6}, g)
    assert matches(g | {"ticker": None, "company": "hut-8"}, g)
    assert not matches(g | {"period_end": "2025-08-31"}, g)
    assert matches(g | {"period_start": None, "period_end": "2025-07-15"}, g | {"period_start": None})
    assert not matches(g | {"type": "btc_sold"}, g)


def test_dump_writes_predictions_with_gold_ids(tmp_path):
    out = tmp_path / "pred.jsonl"
    r = CliRunner().invoke(main, ["eval", str(ROOT / "fixtures/gold/web.jsonl"), "--dump", str(out)])
    assert r.exit_code == 0
    ids = {json.loads(line)["doc"] for line in out.read_text().splitlines()}
    assert ids and all(i.startswith("web-") for i in ids)
