"""Cron schedules per source group, from flows/schedules.toml (data a user edits)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from flows.sources import GROUPS

DEFAULT_SCHEDULES = Path(__file__).with_name("schedules.toml")


class ScheduleError(ValueError):
    """A schedules file is malformed."""


def load_schedules(path: Path | str | None = None, cron: str | None = None) -> dict[str, str]:
    """{group: cron}: `[schedule.wires] cron = "*/15 * * * *"`; `cron` given overrides every group's."""
    path = Path(path or DEFAULT_SCHEDULES)
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("schedule", {})
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise ScheduleError(f"{path}: {e}") from e
    out = {}
    for group, row in table.items():
        if group not in GROUPS:
            raise ScheduleError(f"{path}: unknown group {group!r}; groups are {GROUPS}")
        expr = cron or row.get("cron")
        if not expr or len(expr.split()) != 5:
            raise ScheduleError(f"{path}: [schedule.{group}] needs a five-field cron expression, got {expr!r}")
        out[group] = expr
    if not out:
        raise ScheduleError(f"{path}: no [schedule.GROUP] tables")
    return out
