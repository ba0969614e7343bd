"""Sources are data: [[source]] tables in a TOML file (default: flows/sources.toml)."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SOURCES = Path(__file__).with_name("sources.toml")
KINDS = ("feed", "page")


class SourceError(ValueError):
    """A sources file is malformed."""


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str  # feed (RSS/Atom) | page (one page)
    url: str
    parser: str | None = None
    match_companies: bool = False


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def load_sources(path: Path | str | None = None) -> list[Source]:
    """Read and validate a sources file; ${VARS} in URLs are expanded from the environment."""
    path = Path(path or DEFAULT_SOURCES)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise SourceError(f"{path}: {e}") from e
    out = []
    for i, row in enumerate(data.get("source", []), start=1):
        missing = [k for k in ("name", "kind", "url") if not row.get(k)]
        if missing:
            raise SourceError(f"{path}: source #{i} lacks {', '.join(missing)}")
        if row["kind"] not in KINDS:
            raise SourceError(f"{path}: source #{i} ({row['name']}): kind must be one of {KINDS}, not {row['kind']!r}")
        url = os.path.expandvars(row["url"])
        if not re.match(r"https?://", url):
            raise SourceError(f"{path}: source #{i} ({row['name']}): url must be http(s), got {url!r}")
        out.append(Source(row.get("id") or slug(row["name"]), row["name"], row["kind"], url, row.get("parser"),
                          bool(row.get("match_companies", False))))
    if not out:
        raise SourceError(f"{path}: no [[source]] tables")
    return out
