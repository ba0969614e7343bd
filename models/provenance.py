"""Frozen records for the provenance chain: fetched bytes -> page -> document version."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


def sha256_hex(data: bytes) -> str:
    """The document-version key: sha256 of the raw fetched bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Page:
    """What a page parser returns: the text is the coordinate system for evidence offsets."""

    title: str
    text: str
    published: dt.date | None
    canonical_url: str | None = None
    text_extractor: str = "generic@1"
    publisher: str | None = None  # og:site_name, JSON-LD publisher.name, or the wire ("GlobeNewswire")
    language: str | None = None  # primary subtag: "en"
    published_source: str | None = None  # where `published` came from: meta | json-ld | dateline | timestamp


@dataclass(frozen=True)
class Fetched:
    """One HTTP response as received."""

    requested_url: str
    url: str
    status: int
    content: bytes
    content_type: str
    fetched_at: dt.datetime
    etag: str | None = None
    last_modified: str | None = None
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", sha256_hex(self.content))
