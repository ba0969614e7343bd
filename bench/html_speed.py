"""Page parsing speed: our parse_page against trafilatura.extract, on the same recorded pages, in one process.

    .venv/bin/python -m bench.html_speed [--rounds 7] [--passes 20] [--profile] [--no-write]

Pages: every non-empty fixtures/http/**/*.html (wire releases, news articles, an EDGAR exhibit, encoding traps).
Each is parsed at its real URL, so parse_page dispatches as in production (a wire by host, else news through
trafilatura): the gold URL in fixtures/gold/web.jsonl, else the page's canonical link or og:url, else an EDGAR
Archives URL for edgar-* pages, else the fixture server's URL.

Each round times `--passes` passes of `parse_page(raw, url)` over every page and as many of
`trafilatura.extract(raw, url=url, include_tables=True, favor_precision=True)` (its defaults otherwise), the order
alternating between rounds; the medians give pages per second and the ratio ours / trafilatura (target >= 1.0).
Also printed, for context: trafilatura with fast=True (no fallback extractors, what the news parser runs) and our
rate per parser.

Results merge into bench/results.json: only this benchmark's keys are updated.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import logging
import os
import platform
import pstats
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from bench.results import RESULTS, merge_results

ROOT = Path(__file__).resolve().parent.parent
PAGES_DIR = ROOT / "fixtures" / "http"
TARGET_RATIO = 1.0
EDGAR_URL = "https://www.sec.gov/Archives/edgar/data/0000000000/000000000025000001/{}"
_URL_IN_PAGE = re.compile(rb"""<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)|"""
                          rb"""<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)""", re.I)

Page = tuple[str, bytes, str]  # (relative path, raw bytes, url)


def pages() -> list[Page]:
    gold = {}
    for line in (ROOT / "fixtures" / "gold" / "web.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["id"].removeprefix("web-")] = rec["url"]
    out = []
    for path in sorted(PAGES_DIR.rglob("*.html")):
        raw = path.read_bytes()
        if not raw.strip():
            continue
        rel = path.relative_to(PAGES_DIR).as_posix()
        m = _URL_IN_PAGE.search(raw)
        url = gold.get(path.stem) or (next(g for g in m.groups() if g).decode() if m else None) or (
            EDGAR_URL.format(path.name) if path.name.startswith("edgar-") else f"http://127.0.0.1:8000/{rel}")
        out.append((rel, raw, url))
    return out


def _timed(fn, passes: int) -> float:
    gc.collect()
    t0 = time.perf_counter()
    for _ in range(passes):
        fn()
    return time.perf_counter() - t0


def run(rounds: int, passes: int, profile: bool = False) -> dict:
    import trafilatura

    from flows.pages import parse_page, parser_for

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    corpus = pages()

    def ours():
        for _, raw, url in corpus:
            parse_page(raw, url)

    def traf():
        for _, raw, url in corpus:
            trafilatura.extract(raw, url=url, include_tables=True, favor_precision=True)

    def traf_fast():
        for _, raw, url in corpus:
            trafilatura.extract(raw, url=url, include_tables=True, favor_precision=True, fast=True)

    for fn in (ours, traf, traf_fast):  # warm-up: imports, caches, compiled XPaths
        fn()
    t_ours, t_traf, t_fast = [], [], []
    for r in range(rounds):
        order = [(ours, t_ours), (traf, t_traf), (traf_fast, t_fast)]
        for fn, acc in (order if r % 2 == 0 else order[::-1]):
            acc.append(_timed(fn, passes))
    n = len(corpus) * passes
    ours_rate, traf_rate, fast_rate = (n / statistics.median(t) for t in (t_ours, t_traf, t_fast))

    by_parser: dict[str, list[Page]] = defaultdict(list)
    for page in corpus:
        by_parser[parser_for(page[2])].append(page)
    per_parser = {}
    for name, group in sorted(by_parser.items()):
        times = [_timed(lambda g=group: [parse_page(raw, url) for _, raw, url in g], passes) for _ in range(3)]
        per_parser[name] = {"pages": len(group), "pages_per_s": round(len(group) * passes / statistics.median(times))}

    ratio = ours_rate / traf_rate
    result = {
        "html_pages_per_s": round(ours_rate),
        "trafilatura_pages_per_s": round(traf_rate),
        "html_vs_trafilatura_ratio": round(ratio, 2),
        "html_speed_corpus": {
            "pages": len(corpus), "bytes": sum(len(p[1]) for p in corpus), "rounds": rounds, "passes": passes,
            "html_s": [round(t, 3) for t in t_ours], "trafilatura_s": [round(t, 3) for t in t_traf],
            "trafilatura_fast_pages_per_s": round(fast_rate), "html_by_parser": per_parser,
            "trafilatura": f"{trafilatura.__version__}: extract(raw, url=url, include_tables=True, "
                           f"favor_precision=True)",
            "machine": {"platform": platform.platform(), "python": platform.python_version(),
                        "cpu_count": os.cpu_count()},
        },
    }
    _print(result)
    if profile or ratio < TARGET_RATIO:
        print(_profile(ours))
    return result


def _print(result: dict) -> None:
    c = result["html_speed_corpus"]
    print(f"{c['pages']} pages ({c['bytes'] / 1024:.0f} KiB), {c['rounds']} rounds x {c['passes']} passes, medians")
    print(f"  parse_page                     {result['html_pages_per_s']:>7} pages/s")
    print(f"  trafilatura.extract            {result['trafilatura_pages_per_s']:>7} pages/s")
    print(f"  trafilatura.extract fast=True  {c['trafilatura_fast_pages_per_s']:>7} pages/s  (context)")
    print(f"  html_vs_trafilatura_ratio      {result['html_vs_trafilatura_ratio']:>7}  (target >= {TARGET_RATIO})")
    for name, row in c["html_by_parser"].items():
        print(f"    {name:<14} {row['pages']:>3} pages  {row['pages_per_s']:>7} pages/s")


def _profile(fn, top: int = 15) -> str:
    prof = cProfile.Profile()
    prof.runcall(fn)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    return f"\ncProfile, one parse_page pass, top {top} by own time:\n{buf.getvalue()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.html_speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds of each side (default 7)")
    ap.add_argument("--passes", type=int, default=20, help="passes over all pages per round (default 20)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one parse_page pass (automatic "
                                                            f"when the ratio is below {TARGET_RATIO})")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/results.json")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.passes < 1:
        ap.error("--rounds and --passes must be positive")
    result = run(args.rounds, args.passes, args.profile)
    if not args.no_write:
        stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        merge_results({**result, "html_speed_timestamp": stamp})
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
