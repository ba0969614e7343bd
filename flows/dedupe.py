"""Dedupe: one URL per page, one row per content, one story per syndicated release.

- `canonical_url` strips what does not change the page: tracking parameters, fragments, default ports, the
  host's case. 'https://WWW.GlobeNewswire.com:443/news-release/x.html?utm_source=twitter#top' ->
  'https://www.globenewswire.com/news-release/x.html'.
- The same bytes are stored once (documents are keyed by their sha256, flows/store.py).
- `simhash` fingerprints a document's text so that a release and its syndicated copies (the same text with
  another site's header, or one sentence of boilerplate more) land in one story: fingerprints within
  `NEAR_BITS` bits of each other are near-duplicates.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

# tracking parameters only: names such as `source`, `ref` or `id` can be a page's own key, so they stay
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid|yclid|"
                       r"ref_src|cmpid|s_cid|ncid|sr_share|__twitter_impression)$", re.I)
_DEFAULT_PORT = {"http": 80, "https": 443}
NEAR_BITS = 6  # of 64: measured on the syndicated-copy fixtures (0-3 bits) and unrelated releases (>= 20 bits)
_WORD = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
_SHINGLE = 4


def canonical_url(url: str) -> str:
    """The URL with tracking parameters, fragment, default port and host case removed; other parameters keep
    their order ('?id=1&utm_source=x' -> '?id=1')."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORT.get(scheme)) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def simhash(text: str) -> int:
    """A 64-bit fingerprint of the text's word 4-shingles (Charikar's simhash); 0 for a text of no words."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0
    shingles = [" ".join(words[i:i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() for s in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(len(shingles), 8), axis=1)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > len(shingles)
    return int.from_bytes(np.packbits(votes).tobytes(), "big")


def same_site(url: str | None, other: str) -> bool:
    """Whether a page's <link rel=canonical> may be trusted: only on the page's own site (the last two labels of
    the host), so a canonical pointing to a homepage or to another site cannot merge unrelated pages."""
    if not url:
        return False
    try:
        a, b = (urlsplit(u).hostname or "" for u in (url, other))
    except ValueError:
        return False
    return bool(a) and a.split(".")[-2:] == b.split(".")[-2:]
