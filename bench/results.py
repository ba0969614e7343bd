"""bench/results.json: every benchmark merges its own keys into it and keeps the others'."""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def merge_results(new: dict, path: Path = RESULTS) -> None:
    """Update these keys in results.json, keeping every other key (written to a temporary file, then renamed)."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data.update(new)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
