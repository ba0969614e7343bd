"""Score extraction against gold files with CONTRACT.md's matching rules.

Match: same type; same company (ticker equal, or canonical names equal ignoring case and punctuation); value
within 0.5 % (both null also matches); period_end in the same calendar month, and period_start in the same month
where the gold gives one (a gold null period matches any). Each gold fact matches at most one prediction.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import extractors
from models.companies import norm_name

TYPES = extractors.FACT_TYPES


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    clean_tp: int = 0
    clean_fp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def clean_precision(self) -> float:
        n = self.clean_tp + self.clean_fp
        return self.clean_tp / n if n else 1.0

    def as_dict(self) -> dict:
        return {"gold": self.tp + self.fn, "predicted": self.tp + self.fp, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "clean_predicted": self.clean_tp + self.clean_fp, "clean_precision": round(self.clean_precision, 4)}


@dataclass
class EvalResult:
    by_type: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in TYPES})
    predictions: list[dict] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    documents: int = 0

    @property
    def overall(self) -> Score:
        s = Score()
        for v in self.by_type.values():
            for k in ("tp", "fp", "fn", "clean_tp", "clean_fp"):
                setattr(s, k, getattr(s, k) + getattr(v, k))
        return s

    def as_dict(self) -> dict:
        return {"documents": self.documents, "overall": self.overall.as_dict(),
                "by_type": {t: s.as_dict() for t, s in self.by_type.items()}}


def _month(d: str | None) -> str | None:
    return d[:7] if d else None


def matches(pred: dict, gold: dict) -> bool:
    """CONTRACT.md's rule for one prediction against one gold fact."""
    if pred["type"] != gold["type"]:
        return False
    same_company = (pred.get("ticker") and pred.get("ticker") == gold.get("ticker")) or \
        norm_name(pred.get("company") or "") == norm_name(gold.get("company") or "")
    if not same_company:
        return False
    pv, gv = pred.get("value"), gold.get("value")
    if pv is None or gv is None:
        if not (pv is None and gv is None):
            return False
    elif abs(pv - gv) > 0.005 * abs(gv):
        return False
    if gold.get("period_end") and _month(pred.get("period_end")) != _month(gold["period_end"]):
        return False
    if gold.get("period_start") and _month(pred.get("period_start")) != _month(gold["period_start"]):
        return False
    return True


def load_gold(paths: list[Path]) -> list[tuple[Path, dict]]:
    docs = []
    for p in paths:
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    docs.append((p, json.loads(line)))
                except json.JSONDecodeError as e:
                    raise ValueError(f"{p}:{n}: not JSON: {e}") from e
    return docs


def evaluate(gold_paths: list[Path]) -> EvalResult:
    res = EvalResult()
    for path, doc in load_gold(gold_paths):
        tf = Path(doc["text_file"])
        text = (tf if tf.is_absolute() else path.parent / tf).read_text(encoding="utf-8")
        published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        preds = [f.to_json_dict() | {"doc": doc["id"]} for f in extractors.extract(text, published=published)]
        res.predictions += preds
        res.documents += 1
        used: set[int] = set()
        for g in doc["facts"]:
            hit = next((i for i, p in enumerate(preds) if i not in used and matches(p, g)), None)
            if hit is None:
                res.by_type[g["type"]].fn += 1
                res.misses.append({"doc": doc["id"], "kind": "missed", **{k: g.get(k) for k in (
                    "type", "company", "value", "period_start", "period_end", "evidence")}})
            else:
                used.add(hit)
        for i, p in enumerate(preds):
            s = res.by_type[p["type"]]
            clean = not p["flags"]
            if i in used:
                s.tp += 1
                s.clean_tp += clean
            else:
                s.fp += 1
                s.clean_fp += clean
                res.misses.append({"doc": doc["id"], "kind": "spurious", "flags": p["flags"], **{k: p.get(k) for k in (
                    "type", "company", "value", "period_start", "period_end")}, "evidence": p["evidence"]["sentence"][:160]})
    return res


def format_table(res: EvalResult) -> str:
    rows = [f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'clean':>6} {'cleanP':>7}"]
    for name, s in [*res.by_type.items(), ("overall", res.overall)]:
        d = s.as_dict()
        rows.append(f"{name:<10} {d['gold']:>5} {d['predicted']:>5} {d['precision']:>6.3f} {d['recall']:>6.3f} "
                    f"{d['f1']:>6.3f} {d['clean_predicted']:>6} {d['clean_precision']:>7.3f}")
    return "\n".join(rows)


def check_floors(res: EvalResult, floors: dict, eps: float = 1e-9) -> list[str]:
    """Which pinned floors the result falls below ({'overall': {'f1': 0.9}, 'hashrate': {'recall': 0.8}})."""
    failures = []
    for name, metrics in floors.items():
        if name.startswith("_"):
            continue
        score = res.overall if name == "overall" else res.by_type[name]
        for metric, floor in metrics.items():
            got = getattr(score, metric)
            if got + eps < floor:
                failures.append(f"{name}.{metric} = {got:.4f} < floor {floor:.4f}")
    return failures


def raise_floors(res: EvalResult, floors: dict) -> dict:
    """Floors raised to the scores rounded down to 2 decimals; an existing higher floor stays."""
    out = {k: v for k, v in floors.items() if k.startswith("_")}
    metrics = {"overall": ("precision", "recall", "f1", "clean_precision")}
    for name in ["overall", *sorted(res.by_type)]:
        score = res.overall if name == "overall" else res.by_type[name]
        out[name] = {m: max(floors.get(name, {}).get(m, 0.0), math.floor(getattr(score, m) * 100) / 100)
                     for m in metrics.get(name, ("precision", "recall", "f1"))}
    return out
