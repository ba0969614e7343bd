"""The eval gate: scores on each split never fall below its pinned floors.

fixtures/gold/floors.json pins the dev split (tuned on); fixtures/holdout/floors.json pins the test split (scored
only at milestones). Each floors file names its gold files under "_gold"; fixtures/SPLIT.md records the split.
"""

import json

import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.evaluate import matches, raise_floors
from tests.conftest import ROOT

FLOOR_FILES = [ROOT / "fixtures/gold/floors.json", ROOT / "fixtures/holdout/floors.json"]


@pytest.mark.parametrize("floors", FLOOR_FILES, ids=["dev", "test"])
def test_scores_hold_their_floors(floors):
    gold = [str(floors.parent / g) for g in json.loads(floors.read_text())["_gold"]]
    r = CliRunner().invoke(main, ["eval", *gold, "--floors", str(floors)])
    assert r.exit_code == 0, r.output


def test_pinning_only_raises_floors(tmp_path):
    gold = ROOT / "fixtures/gold/web.jsonl"
    pin = tmp_path / "floors.json"
    pin.write_text(json.dumps({"overall": {"f1": 0.999}}))
    r = CliRunner().invoke(main, ["eval", str(gold), "--pin", str(pin)])
    assert r.exit_code == 0, r.output
    pinned = json.loads(pin.read_text())
    assert pinned["overall"]["f1"] == 0.999  # a higher floor stays
    assert 0 < pinned["overall"]["recall"] <= 1 and "loan" in pinned
    r = CliRunner().invoke(main, ["eval", str(ROOT / "fixtures/gold/dev.jsonl"), "--pin", str(pin)])
    assert r.exit_code != 0 and "pins floors for" in r.output


def test_raise_floors_rounds_down():
    class S:
        precision = recall = f1 = clean_precision = 0.8379

    class R:
        overall = S()
        by_type = {"loan": S()}

    assert raise_floors(R(), {})["loan"] == {"precision": 0.83, "recall": 0.83, "f1": 0.83}


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
