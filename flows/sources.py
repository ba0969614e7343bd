"""Sources are data: [[source]] tables in a TOML file (default: flows/sources.toml)."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SOURCES = Path(__file__).with_name("sources.toml")
KINDS = ("feed", "page", "listing", "edgar")
GROUPS = ("wires", "ir", "edgar", "news", "other")


class SourceError(ValueError):
    """A sources file is malformed."""


@dataclass(frozen=True)
class Source:
    """One [[source]] table. kind: feed (RSS/Atom, its items fetched), page (one page, a new version whenever it
    changes), listing (a news-listing page whose release links are fetched, flows/listing.py) or edgar (an EDGAR
    filings feed whose filings' EX-99 exhibits are fetched)."""

    id: str
    name: str
    kind: str
    url: str
    parser: str | None = None  # a page parser name (flows/pages); None picks one by host
    match_companies: bool = False  # fetch only feed items whose title or summary names a registry company
    group: str = "other"  # wires | ir | edgar | news: what a schedule runs (`minerwire serve`)
    company: str | None = None  # the registry company a per-company feed is about
    cik: str | None = None
    form: str | None = None
    enabled: bool = True
    follow: str | None = None  # listing only: regex for the release links to follow (flows/listing.py)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def load_sources(path: Path | str | None = None, groups: list[str] | None = None,
                 include_disabled: bool = False) -> list[Source]:
    """Read and validate a sources file; ${VARS} in URLs are expanded from the environment.

    `groups` keeps only those groups; disabled sources are left out unless `include_disabled`."""
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
        group = row.get("group", "edgar" if row["kind"] == "edgar" else "other")
        if group not in GROUPS:
            raise SourceError(f"{path}: source #{i} ({row['name']}): group must be one of {GROUPS}, not {group!r}")
        out.append(Source(row.get("id") or slug(row["name"]), row["name"], row["kind"], url, row.get("parser"),
                          bool(row.get("match_companies", False)), group, row.get("company"),
                          str(row["cik"]) if row.get("cik") else None, row.get("form"),
                          bool(row.get("enabled", True)), row.get("follow")))
    ids = [s.id for s in out]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise SourceError(f"{path}: source ids must be unique; repeated: {', '.join(dup)}")
    if not out:
        raise SourceError(f"{path}: no [[source]] tables")
    return [s for s in out if (include_disabled or s.enabled) and (groups is None or s.group in groups)]
