"""Extraction speed against spaCy's bare tokenizer, on the same texts, in one process.

    .venv/bin/python -m bench.extract_speed [--words 200000] [--rounds 5] [--profile] [--no-write]

Corpus, by whitespace-split words: 20 % miner releases (the fixtures/docs/{dev,web}-*.txt that
fixtures/gold/*.jsonl credit with at least one fact, with their gold publication dates) and 80 % general crypto
news (bench/corpus/news/*.txt), each side cycled until it reaches its share of --words, then interleaved.

Each round times one pass of `spacy.blank("en").tokenizer` over every text and one pass of
`extractors.extract(text, published=...)` over every text (the order alternates between rounds); the medians
give words per second and the ratio extract / tokenizer. Peak memory: the process's max RSS after all passes,
and the tracemalloc peak during one extra (untimed) extract pass.

Results merge into bench/results.json: only this benchmark's keys are updated.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from bench.results import RESULTS, merge_results

ROOT = Path(__file__).resolve().parent.parent
NEWS_DIR = ROOT / "bench" / "corpus" / "news"
GOLD_DIR = ROOT / "fixtures" / "gold"  # the dev split (dev.jsonl, web.jsonl, ...); the held-out test split is not read
DOCS_DIR = ROOT / "fixtures" / "docs"
MINER_SHARE = 0.20
NEWS_PUBLISHED = dt.date(2025, 7, 1)  # the news files carry no date; one fixed anchor keeps runs comparable
TARGET_RATIO = 0.5

Doc = tuple[str, str, dt.date | None]  # (name, text, published)


def n_words(text: str) -> int:
    return len(text.split())


def miner_docs() -> list[Doc]:
    """Fixture documents the gold files credit with facts (dev-*, web-*), with their gold publication dates."""
    out = []
    for gold in sorted(GOLD_DIR.glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            path = (gold.parent / rec["text_file"]).resolve()
            if (not rec["facts"] or path.parent != DOCS_DIR.resolve() or not path.name.startswith(("dev-", "web-"))
                    or not path.exists()):
                continue
            pub = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
            out.append((path.name, path.read_text(encoding="utf-8"), pub))
    if not out:
        raise SystemExit("no miner releases with gold facts found under fixtures/")
    return sorted(out)


def news_docs() -> list[Doc]:
    out = [(p.name, p.read_text(encoding="utf-8"), NEWS_PUBLISHED) for p in sorted(NEWS_DIR.glob("*.txt"))]
    if not out:
        raise SystemExit(f"no news texts under {NEWS_DIR}")
    return out


def _cycle_to(docs: list[Doc], words: int) -> list[Doc]:
    out, total, i = [], 0, 0
    while total < words:
        d = docs[i % len(docs)]
        out.append(d)
        total += n_words(d[1])
        i += 1
    return out


def build_corpus(total_words: int, miner_share: float = MINER_SHARE) -> list[Doc]:
    """Miner releases and news cycled to their word shares, the miner releases spread evenly among the news."""
    miner = _cycle_to(miner_docs(), round(total_words * miner_share))
    news = _cycle_to(news_docs(), round(total_words * (1 - miner_share)))
    out: list[Doc] = []
    mi = 0
    for ni, d in enumerate(news, 1):
        out.append(d)
        while mi < len(miner) and mi * len(news) < ni * len(miner):  # keep the running proportion
            out.append(miner[mi])
            mi += 1
    return out + miner[mi:]


def _timed(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def machine_info() -> dict:
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"platform": platform.platform(), "python": platform.python_version(), "cpu": cpu,
            "cpu_count": os.cpu_count(), "spacy": spacy.__version__}


def _maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def run(total_words: int, rounds: int, profile: bool = False) -> dict:
    import spacy

    from extractors import build_nlp, extract

    corpus = build_corpus(total_words)
    words = sum(n_words(t) for _, t, _ in corpus)
    miner_words = sum(n_words(t) for name, t, _ in corpus if not name.startswith("news-"))
    tokenizer = spacy.blank("en").tokenizer

    def tokenize_pass():
        for _, text, _ in corpus:
            tokenizer(text)

    n_facts = 0
    part_s: dict[str, list[float]] = {"miner releases": [], "general news": []}

    def extract_pass(record: bool = False):
        nonlocal n_facts
        n_facts, spent = 0, dict.fromkeys(part_s, 0.0)
        clock = time.perf_counter
        for name, text, pub in corpus:
            t0 = clock()
            n_facts += len(extract(text, published=pub))
            spent["general news" if name.startswith("news-") else "miner releases"] += clock() - t0
        if record:
            for k, v in spent.items():
                part_s[k].append(v)

    # warm-up: the extractor's spaCy pipeline and registry caches, compiled regexes, both tokenizer caches
    build_nlp()
    tokenize_pass()
    extract_pass()

    tok_s, ext_s = [], []
    for r in range(rounds):
        if r % 2 == 0:
            tok_s.append(_timed(tokenize_pass))
            ext_s.append(_timed(lambda: extract_pass(record=True)))
        else:
            ext_s.append(_timed(lambda: extract_pass(record=True)))
            tok_s.append(_timed(tokenize_pass))

    # per-part rates (informational): extract's time on each half of the mix, from the same timed passes
    part_words = {"miner releases": miner_words, "general news": words - miner_words}
    part_rates = {k: part_words[k] / statistics.median(v) for k, v in part_s.items()}

    # informational: a fresh tokenizer (empty cache) over each distinct text once, what novel text costs it
    distinct = list({t: None for _, t, _ in corpus})
    cold_words = sum(n_words(t) for t in distinct)
    cold_s = []
    for _ in range(3):
        fresh = spacy.blank("en").tokenizer
        cold_s.append(_timed(lambda: [fresh(t) for t in distinct]))
    cold_rate = cold_words / statistics.median(cold_s)

    gc.collect()
    tracemalloc.start()
    tracemalloc.reset_peak()
    extract_pass()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    tok_rate = words / statistics.median(tok_s)
    ext_rate = words / statistics.median(ext_s)
    result = {
        "extract_words_per_s": round(ext_rate),
        "tokenizer_words_per_s": round(tok_rate),
        "extract_vs_tokenizer_ratio": round(ext_rate / tok_rate, 3),
        "extract_peak_rss_mb": round(_maxrss_mb(), 1),
        "extract_tracemalloc_peak_mb": round(traced_peak / 2**20, 2),
    }
    info = {
        "words": words, "docs": len(corpus), "miner_word_share": round(miner_words / words, 3), "rounds": rounds,
        "facts_per_pass": n_facts, "extract_s": [round(s, 3) for s in ext_s],
        "tokenizer_s": [round(s, 3) for s in tok_s],
        "extract_words_per_s_by_part": {k: round(v) for k, v in part_rates.items()},
        "tokenizer_cold_words_per_s": round(cold_rate), "distinct_texts": len(distinct),
    }
    _print_table(result, info)
    if profile or result["extract_vs_tokenizer_ratio"] < TARGET_RATIO:
        print(_profile(extract_pass), file=sys.stderr)
    return {**result, "extract_speed_corpus": info}


def _print_table(result: dict, info: dict) -> None:
    print(f"corpus: {info['words']:,} words in {info['docs']} texts, {info['miner_word_share']:.0%} miner releases; "
          f"{info['rounds']} rounds (median); {info['facts_per_pass']} facts per extract pass")
    rows = [("spaCy blank('en') tokenizer", f"{result['tokenizer_words_per_s']:,} words/s"),
            ("  (fresh cache, distinct texts once)", f"{info['tokenizer_cold_words_per_s']:,} words/s"),
            ("extractors.extract", f"{result['extract_words_per_s']:,} words/s"),
            *((f"  (on {k} only)", f"{v:,} words/s") for k, v in info["extract_words_per_s_by_part"].items()),
            ("ratio extract / tokenizer", f"{result['extract_vs_tokenizer_ratio']:.3f} (target >= {TARGET_RATIO})"),
            ("peak RSS (process)", f"{result['extract_peak_rss_mb']:.1f} MB"),
            ("tracemalloc peak (one extract pass)", f"{result['extract_tracemalloc_peak_mb']:.2f} MB")]
    width = max(len(a) for a, _ in rows)
    for a, b in rows:
        print(f"{a:<{width}}  {b}")


def _profile(extract_pass, top: int = 15) -> str:
    """Top cumulative hotspots inside extractors/ over one extract pass."""
    prof = cProfile.Profile()
    prof.runcall(extract_pass)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(r"extractors[/\\]", top)
    return f"\ncProfile, one extract pass, top {top} cumulative in extractors/:\n{buf.getvalue()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.extract_speed", description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200000)")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds of each pass (default 5)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one extract pass (automatic "
                                                            f"when the ratio is below {TARGET_RATIO})")
    ap.add_argument("--no-write", action="store_true", help="do not update bench/results.json")
    args = ap.parse_args(argv)
    if args.words < 1 or args.rounds < 1:
        ap.error("--words and --rounds must be positive")
    result = run(args.words, args.rounds, args.profile)
    if not args.no_write:
        merge_results({**result, "machine": machine_info(),
                       "extract_speed_timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")})
        print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
