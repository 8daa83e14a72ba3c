"""How long does builder.analyse take on pathological text? Worst cases of issue 4.

Builds each adversarial input (100,000 quote marks, thousands of nested marks, a 2 MB
paragraph with no line break, very long capitalised runs, ...), times `analyse()` on it with
no time limit (the raw time), and says whether the build's default per-article budget
(builder.budget.ARTICLE_TIME_LIMIT, 30 s) would have skipped it. Then builds a dataset from a
temporary sources folder holding every case, once with the default budget and once with a
tight one, to show that slow articles become recorded `extract_timeout` skips, not crashes.

Run by hand (not part of the tests):

    python benchmarks/pathological.py [--only SUBSTRING] [--no-build] [--tight-limit 1.0]

Exits 1 if any case takes longer than the default budget (or raises anything other than a
timeout), or if a build does not account for every input file.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from builder import Article, analyse
from builder.budget import ARTICLE_TIME_LIMIT
from builder.publish.build import build

MB = 1_000_000
REPO = Path(__file__).resolve().parents[1]


def _fill(unit: str, size: int) -> str:
    """`unit` repeated up to about `size` characters."""
    return unit * max(1, size // len(unit))


def _seed_paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted((REPO / "sources").glob("*.txt")):
        paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 60]
    return paras


def _numbered_lines(line: str, count: int) -> str:
    """`count` lines of `line` with a running number, so that cleaning (which drops repeated
    lines) keeps them all in the build."""
    return "".join(line.format(i=i) + "\n" for i in range(count))


def _many_paragraphs(size_bytes: int) -> str:
    """Real seed paragraphs, one a line, repeated (numbered, so that cleaning keeps every one
    in the build) until just under size_bytes of UTF-8."""
    paras, out, n, i = _seed_paragraphs(), [], 0, 0
    while True:
        p = f"{paras[i % len(paras)]} ({i})\n\n"
        b = len(p.encode("utf-8"))
        if n + b > size_bytes:
            return "".join(out)
        out.append(p)
        n, i = n + b, i + 1


NESTED = 5_000
CASES: list[tuple[str, Callable[[], str]]] = [
    ("100k straight marks", lambda: '"' * 100_000),
    ("100k straight marks, spaced", lambda: '" ' * 100_000),
    ("100k alternating curly marks", lambda: "\u201c\u201d" * 50_000),
    ("100k curly openers only", lambda: "\u201c" * 100_000),
    ("100k curly closers only", lambda: "\u201d" * 100_000),
    ("10k curly closers only", lambda: "\u201d" * 10_000),
    ("50k curly closers, spaced", lambda: "\u201d " * 50_000),
    (f"{NESTED:,} nested «“„ then closers", lambda: "\u00ab\u201c\u201e" * NESTED + "\u201c\u201d\u00bb" * NESTED),
    (f"{NESTED:,} nested with words", lambda: "\u00ab a \u201c b \u201e c " * NESTED
                                             + "\u201c x \u201d y \u00bb z " * NESTED),
    ("100k alternating « » “ ”", lambda: "\u00ab\u00bb\u201c\u201d" * 25_000),
    ("2 MB paragraph: quotes and cues", lambda: _fill('"We will win," said Jane Smith. ', 2 * MB)),
    ("2 MB paragraph: cue-first quotes", lambda: _fill("Sen. Elizabeth Warren told reporters: \u201cIt is over.\u201d ", 2 * MB)),
    ("2 MB paragraph: plain words", lambda: _fill("the quick brown fox jumps over the lazy dog ", 2 * MB)),
    ("2 MB paragraph: one word", lambda: "a" * (2 * MB)),
    ("200k capitalised words", lambda: "Abc " * 200_000),
    ("200k capitalised words, no spaces", lambda: "Abc" * 200_000),
    ("1 MB capitalised run + cue + quote", lambda: _fill("Abc Def Ghi Jkl said \u201cMno Pqr Stu.\u201d ", MB)),
    ("1 MB capitalised quotes", lambda: _fill("\u201cAbc Def Ghi\u201d Jkl Mno Pqr ", MB)),
    ("1 MB titles and initials", lambda: _fill("Mr. Sen. Dr. J. R. R. U.S. Abc-Def O'Brien ", MB)),
    ("100k apostrophes", lambda: "'" * 100_000),
    ("100k single curly marks", lambda: "\u2018\u2019" * 50_000),
    ("1 MB possessives", lambda: _fill("O'Brien's Clinton's 'we' \u2018said\u2019 ", MB)),
    ("50k '' runs", lambda: "''" * 50_000),
    ("'' quotes with cues", lambda: _fill("''We will win,'' said Jane Smith. ", MB)),
    ("100k lines of one mark", lambda: _numbered_lines('" {i}', 100_000)),
    ("20k short attributed paragraphs", lambda: _numbered_lines('"We will win {i}," he said.', 20_000)),
    ("100k short attributed paragraphs", lambda: _numbered_lines('"We will win {i}," he said.', 100_000)),
    ("2 MB article, normal paragraphs", lambda: _many_paragraphs(2 * MB)),
    ("3 MB article, normal paragraphs", lambda: _many_paragraphs(3 * MB)),
    ("5 MB article, normal paragraphs", lambda: _many_paragraphs(5 * MB)),
]


def time_case(name: str, text: str) -> dict:
    started = time.perf_counter()
    quotes = rejected = 0
    try:
        result = analyse(Article(id="bench", text=text), time_limit=None)
        quotes, rejected = len(result.quotes), len(result.rejections)
        error = None
    except TimeoutError as err:  # a single regex call ran over its own timeout
        error = f"regex timeout: {err}"
    except Exception as err:  # noqa: BLE001 - the point is to report it
        error = f"CRASH {type(err).__name__}: {err}"
    seconds = time.perf_counter() - started
    if error and error.startswith("CRASH"):
        outcome = error
    elif error:
        outcome = "skipped: a regex call ran over its 1 s timeout"
    elif seconds > ARTICLE_TIME_LIMIT:
        # Over budget: show that the build's budget really cuts it off, and when.
        started = time.perf_counter()
        try:
            analyse(Article(id="bench", text=text))
            cut = "NOT cut off by the budget"
        except TimeoutError:
            cut = "skipped"
        outcome = f"OVER BUDGET: with the default budget {cut} after {time.perf_counter() - started:.1f} s"
    else:
        outcome = "ok, within budget"
    return {"case": name, "chars": len(text), "bytes": len(text.encode("utf-8")), "seconds": seconds,
            "quotes": quotes, "rejected": rejected, "outcome": outcome,
            "failed": error is not None and error.startswith("CRASH") or seconds > ARTICLE_TIME_LIMIT}


def _size(n: int) -> str:
    return f"{n / MB:.2f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB"


def print_table(rows: list[dict]) -> None:
    width = max(len(r["case"]) for r in rows)
    print(f"{'case':<{width}}  {'size':>9}  {'seconds':>8}  {'quotes':>7}  {'rejected':>8}  outcome")
    for r in rows:
        print(f"{r['case']:<{width}}  {_size(r['bytes']):>9}  {r['seconds']:>8.2f}  {r['quotes']:>7}  "
              f"{r['rejected']:>8}  {r['outcome']}")


def run_build(texts: dict[str, str], time_limit: float) -> tuple[float, dict, bool]:
    with tempfile.TemporaryDirectory(prefix="pathological-") as tmp:
        src = Path(tmp) / "sources"
        src.mkdir()
        for i, (name, text) in enumerate(texts.items()):
            # A .txt file's first line is its title: give each a short one so the case text
            # stays intact (and the 2 MB line stays one paragraph).
            (src / f"{i:02d}.txt").write_text(f"Case {i}: {name}\n{text}", encoding="utf-8")
        started = time.perf_counter()
        summary = build(src, Path(tmp) / "dist", time_limit=time_limit)
        seconds = time.perf_counter() - started
    counts = summary["counts"]
    accounted = counts["articles"] + counts["skipped"] == len(texts) == counts["input_files"]
    return seconds, summary, accounted


def report_build(label: str, seconds: float, summary: dict, accounted: bool) -> None:
    c = summary["counts"]
    print(f"\nbuild() {label}: {seconds:.1f} s, {c['input_files']} input files -> {c['articles']} articles, "
          f"{c['quotes']} quotes, {c['skipped']} skipped; every input accounted for: {accounted}")
    for s in summary["skipped"]:
        print(f"  skipped {s['location']}: {s['reason']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="run only the cases whose name contains this")
    ap.add_argument("--no-build", action="store_true", help="skip the two build() runs")
    ap.add_argument("--tight-limit", type=float, default=1.0,
                    help="time limit (s) of the second build, to show timeouts are recorded skips")
    args = ap.parse_args(argv)

    cases = [(n, f) for n, f in CASES if not args.only or args.only.lower() in n.lower()]
    analyse(Article(id="warm", text='"We will win," said Jane Smith.'))  # load word lists, compile patterns
    rows, texts = [], {}
    for name, make in cases:
        text = make()
        texts[name] = text
        rows.append(time_case(name, text))
        print(f"  {name}: {rows[-1]['seconds']:.2f} s", file=sys.stderr, flush=True)
    print(f"analyse(article, time_limit=None); default budget {ARTICLE_TIME_LIMIT:g} s per article\n")
    print_table(rows)
    worst = max(rows, key=lambda r: r["seconds"])
    print(f"\nslowest: {worst['case']} {worst['seconds']:.2f} s "
          f"({worst['seconds'] / ARTICLE_TIME_LIMIT:.0%} of the budget); total {sum(r['seconds'] for r in rows):.1f} s")
    failed = [r for r in rows if r["failed"]]

    if not args.no_build:
        for label, limit in ((f"with the default {ARTICLE_TIME_LIMIT:g} s budget", ARTICLE_TIME_LIMIT),
                             (f"with a {args.tight_limit:g} s budget", args.tight_limit)):
            seconds, summary, accounted = run_build(texts, limit)
            report_build(label, seconds, summary, accounted)
            if not accounted or any(s["reason"].startswith(("clean_failed", "extract_failed"))
                                    for s in summary["skipped"]):
                failed.append({"case": f"build {label}"})
            print("  skipped_by_reason:", json.dumps(summary["skipped_by_reason"]))

    if failed:
        print(f"\nFAILED: {', '.join(r['case'] for r in failed)}")
        return 1
    print(f"\nall {len(rows)} cases within the {ARTICLE_TIME_LIMIT:g} s budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
