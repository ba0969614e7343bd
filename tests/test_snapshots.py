"""Golden outputs: extract() on every fixture document equals fixtures/expected/<id>.jsonl.

Regenerate after an intended change with `UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py`, then review the diff.
"""

import datetime as dt
import json
import os

import pytest

from extractors import extract
from tests.conftest import ROOT

EXPECTED = ROOT / "fixtures" / "expected"
DOCS = [(p, json.loads(line)) for p in sorted((ROOT / "fixtures/gold").glob("*.jsonl"))
        for line in p.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("gold_path,doc", DOCS, ids=[d["id"] for _, d in DOCS])
def test_snapshot(gold_path, doc):
    text = (gold_path.parent / doc["text_file"]).read_text()
    pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
    lines = [json.dumps(f.to_json_dict(), ensure_ascii=False, sort_keys=True) for f in extract(text, published=pub)]
    for f in extract(text, published=pub):
        assert text[f.evidence.start:f.evidence.end] == f.evidence.sentence
    path = EXPECTED / f"{doc['id']}.jsonl"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        EXPECTED.mkdir(exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines))
    assert path.exists(), f"no snapshot {path}: run UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py"
    assert lines == path.read_text().splitlines()
