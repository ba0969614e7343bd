"""Helper for tier-2 sentence tests: run extract on one sentence and compare the fields that matter."""

import datetime as dt

from extractors import extract


def facts_of(text: str, published: str | None = "2025-08-05", type_: str | None = None) -> list[dict]:
    pub = dt.date.fromisoformat(published) if published else None
    out = [f.to_json_dict() for f in extract(text, published=pub)]
    return [f for f in out if type_ is None or f["type"] == type_]


def brief(f: dict, *extra: str) -> tuple:
    return (f["company"], f["value"], f["period_start"], f["period_end"], *[f[k] for k in extra])


def kind_briefs(text: str, published: str | None, type_: str | None) -> list[tuple]:
    """Each fact of `type_` as (company, value, period_start, period_end, hashrate kind or loan event)."""
    return [(f["company"], f["value"], f["period_start"], f["period_end"], f["hashrate_kind"] or f["loan_event"])
            for f in facts_of(text, published, type_)]
