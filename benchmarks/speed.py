"""How fast is builder.extract? Articles and megabytes per second over the PolNeAR train
texts, single process, after a warm-up, with the process's peak resident memory.

Run by hand (not part of the tests):

    python benchmarks/speed.py [--train ../shared/eval/polnear-train.jsonl] [--repeat 3]

For scale, the shared README reports ~4 articles per CPU-second for textacy + spaCy.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

from builder import Article, extract
from builder.evaluate import EvaluationError, read_jsonl

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = Path(os.environ.get("BUILDER_SHARED", REPO.parent / "shared")) / "eval" / "polnear-train.jsonl"
WARMUP_ARTICLES = 25  # enough to load the word lists and compile every pattern
MB = 1_000_000


def load_articles(path: Path) -> list[Article]:
    return [Article(id=str(row["article_id"]), text=row["text"]) for _, row in read_jsonl(path, "train")]


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


def timed_pass(articles: list[Article]) -> tuple[float, int]:
    """(seconds, quotes found) for one pass over every article."""
    quotes = 0
    started = time.perf_counter()
    for article in articles:
        quotes += len(extract(article))
    return time.perf_counter() - started, quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="gold-style JSONL with article texts")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over all articles (median reported)")
    args = ap.parse_args(argv)

    try:
        articles = load_articles(args.train)
    except EvaluationError as err:
        print(f"speed: {err}", file=sys.stderr)
        return 2
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / MB
    rss_loaded = peak_rss_mb()

    for article in articles[:WARMUP_ARTICLES]:
        extract(article)
    passes = [timed_pass(articles) for _ in range(max(1, args.repeat))]
    seconds = [s for s, _ in passes]
    median, best = statistics.median(seconds), min(seconds)

    rows = [
        ("articles", f"{len(articles)}"),
        ("text (MB, UTF-8)", f"{megabytes:.2f}"),
        ("quotes per pass", f"{passes[0][1]}"),
        ("timed passes", f"{len(passes)} (after {min(WARMUP_ARTICLES, len(articles))} warm-up articles)"),
        ("seconds per pass (median)", f"{median:.2f}"),
        ("articles/s (median)", f"{len(articles) / median:.1f}"),
        ("articles/s (best)", f"{len(articles) / best:.1f}"),
        ("MB/s (median)", f"{megabytes / median:.3f}"),
        ("peak RSS after loading (MB)", f"{rss_loaded:.0f}"),
        ("peak RSS at end (MB)", f"{peak_rss_mb():.0f}"),
    ]
    print(f"builder.extract on {args.train} (single process, Python {sys.version.split()[0]})")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
