"""Fuzz the build: N generated and mutated inputs through clean + analyse and build().

Half the inputs are generated texts heavy in quote marks, line breaks, speech words and
arbitrary Unicode; half are the seed articles of sources/ after random mutations (slices
deleted, duplicated or swapped, quote marks inserted, deleted or retyped, paragraphs joined,
lines split, odd Unicode inserted, cases flipped, truncation). Input k depends only on
(--seed, k), so a run is reproducible and any input can be shown again with --show K.

Each input goes the way an article goes in the build (the .txt reader's article, `clean`,
then `analyse` with the default time budget) and is checked: no exception other than a
timeout, cleaning idempotent, and every offset (quote, speaker mention, cue, context,
rejection) slices the cleaned text to the string it claims. Every --batch inputs are also
written as files (.txt, and .jsonl records, with malformed JSON lines, a binary, an empty and
a Windows-1252 file added) into a temporary sources folder and built with `build()`: the
build must not raise, must not record clean_failed / extract_failed skips, must account for
every input (articles + skipped == inputs) and every quote row must slice its article's text.

A failure is a crash: its input is shrunk (a few hundred delta-debugging steps) and saved,
with the traceback, under --repro-dir.

Run by hand:

    python benchmarks/fuzz.py --n 100000 [--seed 0] [--workers 2] [--batch 1000]
    python benchmarks/fuzz.py --show 12345 [--seed 0]      # print input 12345

Exits 1 when there was any crash.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

import builder
from builder import analyse
from builder.budget import ARTICLE_TIME_LIMIT
from builder.models import Extraction
from builder.pipeline.clean import clean
from builder.pipeline.readers import parse_txt
from builder.publish.build import build

REPO = Path(__file__).resolve().parents[1]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sources").glob("*.txt"))]

MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "'", "\u2019", "\u2018", "''", "\u201a", "\u2039", "\u203a"]
ODD = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",
    "\u0301", "\u0327", "\u0308\u0308\u0308", "\u20dd",
    "\u202e", "\u202b", "\u200f", "\u061c", "\u2066", "\u2069", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644",
    "\U0001d518", "\U0001f600", "\U0001f1fa\U0001f1f8", "\U00020000", "\U0010fffd",
    "\ufeff", "\u200b", "\u200d", "\u00a0", "\u3000", "\ufffd", "\r", "\r\n", "\t",
    "\u0130", "\u00df", "\u1e9e", "\ufb01",
]
BREAKS = ["\n", "\n\n", " ", "  ", "\r\n", "\t", "\n \n", "\r"]
WORDS = [
    "said", "says", "told", "told reporters", "added", "according to", "wrote", "asked", "he", "she", "they",
    "it", "who", "Smith", "Jane Smith", "Mr.", "Mrs. Clinton", "Sen. Elizabeth Warren", "the White House",
    "a spokesman", "the minister", "an aide", "Gen. Fahd al-Freij", "O'Brien", "Clinton's", "U.S.", "SANA",
    ",", ".", ":", "?", "!", ";", "\u2014", "\u2013", "-", "(", ")", "[", "]", "...", "It is", "we will",
    "The", "A", "In", "Abc", "ABC", "Dr. Ana de la Cruz", "Reuters", "Photo: AFP", "2 min read",
    "Source: ARA News", "27 August, 2018", "By John Smith", "Share this article", "nine \u2212 7 =",
]
SPEAKERS = ["he", "she", "Smith", "Jane Smith", "Sen. Elizabeth Warren", "the White House", "a spokesman",
            "O'Brien", "Dr. Ana de la Cruz", "the woman", "officials", "Trump, who"]
CUES = ["said", "says", "told reporters", "added", "wrote", "argued", "insisted", "was quoted as saying"]
PAIRS = [("\u201c", "\u201d"), ('"', '"'), ("''", "''"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"),
         ("\u201c", ""), ("", "\u201d"), ("\u2018", "\u2019"), ("'", "'"), ("\u00bb", "\u00ab")]


# --- generated inputs ------------------------------------------------------------------------

def _random_char(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.5:
        return chr(rng.randrange(0x20, 0x7F))
    if r < 0.8:
        return chr(rng.randrange(0xA0, 0x3000))
    cp = rng.randrange(0, 0x110000)
    return chr(cp) if not 0xD800 <= cp < 0xE000 else "\ufffd"


def _token(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.30:
        return rng.choice(MARKS)
    if r < 0.45:
        return rng.choice(BREAKS)
    if r < 0.80:
        return rng.choice(WORDS) + rng.choice(["", " ", " ", ","])
    if r < 0.90:
        return rng.choice(ODD)
    return "".join(_random_char(rng) for _ in range(rng.randint(1, 6)))


def _noise(rng: random.Random, most: int = 6) -> str:
    return "".join(_token(rng) for _ in range(rng.randint(0, most)))


def _attributed(rng: random.Random) -> str:
    """A quote-cue-speaker sentence in one of its orders, with noise spliced in."""
    o, c = rng.choice(PAIRS)
    quote = rng.choice(["We will win", "It is over", "No", "The Syrian people will decide"]) + _noise(rng, 3)
    quote += rng.choice([",", ".", "", "?", "!"])
    sp, cue = rng.choice(SPEAKERS), rng.choice(CUES)
    head = f"{o}{quote}{c}"
    form = rng.randrange(4)
    if form == 0:
        return f"{head} {sp} {cue}." + _noise(rng)
    if form == 1:
        return f"{head} {cue} {sp}." + _noise(rng)
    if form == 2:
        return f"{head}, according to {sp}." + _noise(rng)
    return f"{sp} {cue}{_noise(rng, 2)}: {head}" + _noise(rng)


def generated(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:  # a token soup
        return "".join(_token(rng) for _ in range(rng.randint(0, 200)))
    if kind < 0.75:  # paragraphs of attributed sentences and noise
        paras = []
        for _ in range(rng.randint(1, 12)):
            paras.append(" ".join(_attributed(rng) if rng.random() < 0.6 else _noise(rng, 10)
                                  for _ in range(rng.randint(1, 4))))
        return rng.choice(["\n", "\n\n", " ", "\r\n"]).join(paras)
    if kind < 0.95:  # arbitrary Unicode weighted towards marks and breaks
        return "".join(rng.choice(MARKS) if rng.random() < 0.2 else rng.choice(BREAKS) if rng.random() < 0.05
                       else _random_char(rng) for _ in range(rng.randint(0, 400)))
    if kind < 0.999:  # one long line of repeated units (runs of marks, capitalised words)
        unit = rng.choice(MARKS + ["Abc ", "\u201cAbc\u201d ", '"Q," he said. ', "O'Brien's ", "\u00ab\u201c\u201e"])
        return unit * rng.randint(1, 3000)
    # rare big pathological input (~1 in 1,000): up to ~400 kB in one paragraph
    unit = rng.choice(['"We will win," said Jane Smith. ', "Abc Def said \u201cGhi.\u201d ", "\u201c\u201d", '"'])
    return unit * rng.randint(1_000, 400_000 // len(unit))


# --- mutated seeds ---------------------------------------------------------------------------

def mutate_once(text: str, rng: random.Random) -> str:
    n = len(text)
    i = rng.randint(0, n)
    j = rng.randint(i, min(n, i + rng.choice([1, 10, 200, 5000])))
    op = rng.choice(["delete", "duplicate", "swap", "insert_mark", "delete_marks", "drop_one_mark", "join",
                     "join_some", "split", "insert_odd", "case", "truncate", "retype_marks", "repeat"])
    if op == "delete":
        return text[:i] + text[j:]
    if op == "duplicate":
        k = rng.randint(0, n)
        return text[:k] + text[i:j] + text[k:]
    if op == "swap":
        k = rng.randint(j, n)
        m = rng.randint(k, n)
        return text[:i] + text[k:m] + text[j:k] + text[i:j] + text[m:]
    if op == "insert_mark":
        return text[:i] + "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 3))) + text[i:]
    if op == "delete_marks":
        return text[:i] + text[i:j].replace(rng.choice(MARKS), "") + text[j:]
    if op == "drop_one_mark":
        where = [k for k, c in enumerate(text) if c in "\"\u201c\u201d\u00ab\u00bb\u201e'\u2019\u2018"]
        if not where:
            return text
        k = rng.choice(where)
        return text[:k] + text[k + 1:]
    if op == "join":
        return text.replace("\n", rng.choice(["", " "]))
    if op == "join_some":
        return text[:i] + text[i:j].replace("\n", " ") + text[j:]
    if op == "split":
        return text[:i] + rng.choice(["\n", "\n\n", "\r\n", "\r", "\n \n"]) + text[i:]
    if op == "insert_odd":
        odd = "".join(rng.choice(ODD) if rng.random() < 0.6 else _random_char(rng) for _ in range(rng.randint(1, 4)))
        return text[:i] + odd + text[i:]
    if op == "case":
        how = rng.choice([str.upper, str.lower, str.swapcase, str.title])
        return text[:i] + how(text[i:j]) + text[j:]
    if op == "truncate":
        return text[:i]
    if op == "repeat":  # a slice repeated many times: long runs of real sentences
        return text[:i] + text[i:j] * rng.randint(2, 50) + text[j:]
    old, new = rng.choice(MARKS), rng.choice(MARKS)
    return text[:i] + text[i:j].replace(old, new) + text[j:]


def mutated(rng: random.Random) -> str:
    text = rng.choice(SEEDS)
    if rng.random() < 0.1:  # two seeds spliced
        other = rng.choice(SEEDS)
        text = text[:rng.randint(0, len(text))] + other[rng.randint(0, len(other)):]
    for _ in range(rng.randint(1, 8)):
        text = mutate_once(text, rng)
    return text


def make_input(seed: int, k: int) -> str:
    rng = random.Random(f"{seed}:{k}")
    return generated(rng) if k % 2 == 0 else mutated(rng)


# --- checks --------------------------------------------------------------------------------

class Violation(AssertionError):
    """An invariant of the extractor's output does not hold."""


def check_offsets(text: str, result: Extraction) -> None:
    def need(ok: bool, what: str) -> None:
        if not ok:
            raise Violation(what)

    for q in result.quotes:
        need(0 <= q.quote_start <= q.quote_end <= len(text), "quote offsets out of range")
        need(text[q.quote_start:q.quote_end] == q.quote, "quote offsets do not slice to quote")
        if q.speaker_start is not None or q.speaker_end is not None:
            need(q.speaker_start is not None and q.speaker_end is not None
                 and text[q.speaker_start:q.speaker_end] == q.speaker_mention, "speaker offsets")
        if q.cue_start is not None or q.cue_end is not None:
            need(q.cue_start is not None and q.cue_end is not None and text[q.cue_start:q.cue_end] == q.cue,
                 "cue offsets")
        need(text[q.context_start:q.context_start + len(q.context)] == q.context, "context offsets")
        need(q.context_start <= q.quote_start and q.quote_end <= q.context_start + len(q.context),
             "context does not hold the quote")
    for r in result.rejections:
        need(0 <= r.start <= r.end <= len(text) and text[r.start:r.end] == r.text, "rejection offsets")


def run_one(text: str, time_limit: float) -> str:
    """'ok', 'empty' or 'timeout'; raises on a crash or a violated invariant."""
    if not text.strip():
        return "empty"
    (article,) = parse_txt(text, "fuzz", "fuzz.txt")
    cleaned = clean(article)
    if clean(cleaned) != cleaned:
        raise Violation("clean is not idempotent")
    if not cleaned.text.strip():
        return "empty"
    try:
        result = analyse(cleaned, time_limit=time_limit)
    except TimeoutError:
        return "timeout"
    check_offsets(cleaned.text, result)
    return "ok"


def failure_key(text: str, time_limit: float) -> str | None:
    """What goes wrong with this input ('ValueError', 'Violation: cue offsets'), or None."""
    try:
        run_one(text, time_limit)
    except Violation as err:
        return f"Violation: {err}"
    except Exception as err:  # noqa: BLE001
        return type(err).__name__
    return None


def shrink(text: str, key: str, time_limit: float, budget_s: float = 60.0) -> str:
    """Delta debugging: drop chunks while the same failure persists, within budget_s."""
    stop = time.monotonic() + budget_s
    chunk = max(1, len(text) // 2)
    while chunk >= 1 and time.monotonic() < stop:
        i, changed = 0, False
        while i < len(text) and time.monotonic() < stop:
            candidate = text[:i] + text[i + chunk:]
            if failure_key(candidate, time_limit) == key:
                text, changed = candidate, True
            else:
                i += chunk
        if not changed:
            chunk //= 2
    return text


def save_repro(repro_dir: Path, name: str, text: str, key: str, tb: str, time_limit: float, extra: dict) -> str:
    repro_dir.mkdir(parents=True, exist_ok=True)
    small = shrink(text, key, time_limit) if not key.startswith("build") else text
    (repro_dir / f"{name}.txt").write_text(small, encoding="utf-8", errors="surrogatepass")
    (repro_dir / f"{name}.original.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    info = {"failure": key, "chars": len(text), "minimal_chars": len(small), "minimal_repr": repr(small)[:2000],
            "traceback": tb, **extra}
    (repro_dir / f"{name}.json").write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
    return str(repro_dir / f"{name}.txt")


# --- the build over a batch -------------------------------------------------------------------

GOOD = "Good news\n\n\u201cWe will win,\u201d said Jane Doe.\n"


def build_batch(texts: dict[int, str], workdir: Path, time_limit: float) -> tuple[int, list[dict], dict]:
    """Build one batch; (inputs expected, problems, counts)."""
    src, out = workdir / "src", workdir / "dist"
    src.mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "empty.txt").write_bytes(b"")
    (src / "legacy.txt").write_bytes("Caf\u00e9 \u201cquoted,\u201d he said.\n".encode("cp1252"))
    expected = 4
    records: list[str] = []
    for k, text in texts.items():
        if k % 10 == 3:  # every tenth input becomes a JSONL record instead of a file
            records.append(json.dumps({"id": f"r{k}", "text": text, "title": text[:20]}, ensure_ascii=False))
        else:
            (src / f"{k:07d}.txt").write_bytes(text.encode("utf-8", errors="surrogatepass"))
        expected += 1
    records += ['{"id": "broken", "text": "unterminated', "[1, 2]", '{"id": "no-text"}',
                '{"id": 7, "text": "numeric id", "published": "not a date"}', "not json at all"]
    expected += 5
    (src / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    problems: list[dict] = []
    try:
        summary = build(src, out, time_limit=time_limit)
    except Exception as err:  # noqa: BLE001
        return expected, [{"failure": f"build raised {type(err).__name__}: {err}",
                           "traceback": traceback.format_exc()}], {}
    c = summary["counts"]
    if c["articles"] + c["skipped"] != expected:
        problems.append({"failure": f"build accounts for {c['articles']} articles + {c['skipped']} skipped "
                                    f"!= {expected} inputs"})
    for s in summary["skipped"]:
        if s["reason"].startswith(("clean_failed", "extract_failed")):
            problems.append({"failure": f"build skipped {s['location']}: {s['reason']}", "location": s["location"]})
    texts_by_id = {}
    for shard in sorted((out / "data" / "articles").glob("*.jsonl")):
        for line in shard.open(encoding="utf-8"):
            row = json.loads(line)
            texts_by_id[row["id"]] = row["text"]
    rows = 0
    for shard in sorted((out / "data" / "quotes").glob("*.jsonl")):
        for line in shard.open(encoding="utf-8"):
            q, rows = json.loads(line), rows + 1
            t = texts_by_id.get(q["article_id"])
            if t is None or t[q["quote_start"]:q["quote_end"]] != q["quote"]:
                problems.append({"failure": f"quote row does not slice its article: {q['article_id']}"})
    if len(texts_by_id) != c["articles"] or rows != c["quotes"]:
        problems.append({"failure": f"rows on disk ({len(texts_by_id)} articles, {rows} quotes) != counts {c}"})
    return expected, problems, c | {"skipped_by_reason": summary["skipped_by_reason"]}


# --- workers and the driver -------------------------------------------------------------------

def run_batch(job: tuple[int, int, int, float, str, bool]) -> dict:
    seed, start, stop, time_limit, repro_dir, do_build = job
    outcomes: Counter[str] = Counter()
    crashes: list[dict] = []
    slowest = (0.0, -1)
    timeouts: list[int] = []
    texts: dict[int, str] = {}
    for k in range(start, stop):
        text = make_input(seed, k)
        texts[k] = text
        t0 = time.perf_counter()
        try:
            outcome = run_one(text, time_limit)
            outcomes[outcome] += 1
            if outcome == "timeout":
                timeouts.append(k)
        except Exception as err:  # noqa: BLE001 - a crash or a violated invariant: record it
            key = f"Violation: {err}" if isinstance(err, Violation) else type(err).__name__
            tb = traceback.format_exc()
            path = save_repro(Path(repro_dir), f"input-{seed}-{k}", text, key, tb, time_limit,
                              {"seed": seed, "k": k, "show": f"python benchmarks/fuzz.py --seed {seed} --show {k}"})
            crashes.append({"k": k, "failure": key, "repro": path})
            outcomes["crash"] += 1
        dt = time.perf_counter() - t0
        slowest = max(slowest, (dt, k))
    build_info: dict = {}
    if do_build:
        with tempfile.TemporaryDirectory(prefix="fuzz-build-") as tmp:
            t0 = time.perf_counter()
            expected, problems, counts = build_batch(texts, Path(tmp), time_limit)
            build_info = {"inputs": expected, "seconds": time.perf_counter() - t0, "counts": counts}
            for p in problems:
                loc = p.get("location", "")
                name = loc.split(":")[0].removesuffix(".txt")
                k = int(name) if name.isdigit() else None
                if loc.startswith("feed.jsonl:"):
                    k = None
                path = ""
                if k is not None:
                    path = save_repro(Path(repro_dir), f"build-{seed}-{k}", texts[k], "build", p.get("traceback", ""),
                                      time_limit, {"seed": seed, "k": k, "build_failure": p["failure"]})
                crashes.append({"k": k, "failure": p["failure"], "repro": path, "batch": [start, stop]})
    return {"start": start, "stop": stop, "outcomes": dict(outcomes), "crashes": crashes, "slowest": slowest,
            "timeouts": timeouts, "build": build_info}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="inputs to run (default 100,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=1_000, help="inputs per build() (and per worker task)")
    ap.add_argument("--no-build", action="store_true", help="only clean + analyse, no build() per batch")
    ap.add_argument("--time-limit", type=float, default=ARTICLE_TIME_LIMIT, help="per-article budget (s)")
    ap.add_argument("--repro-dir", default="/tmp/fuzz-repro")
    ap.add_argument("--show", type=int, metavar="K", help="print input K of --seed as a Python literal and exit")
    args = ap.parse_args(argv)
    if args.show is not None:
        print(repr(make_input(args.seed, args.show)))
        return 0

    jobs = [(args.seed, s, min(s + args.batch, args.n), args.time_limit, args.repro_dir, not args.no_build)
            for s in range(0, args.n, args.batch)]
    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    crashes: list[dict] = []
    slowest = (0.0, -1)
    timed_out: list[int] = []
    builds = build_inputs = build_skips = 0
    skip_reasons: Counter[str] = Counter()
    build_seconds = 0.0
    done = 0
    ctx = mp.get_context("fork")
    with ctx.Pool(args.workers) as pool:
        for res in pool.imap_unordered(run_batch, jobs):
            done += res["stop"] - res["start"]
            outcomes.update(res["outcomes"])
            crashes += res["crashes"]
            timed_out += res["timeouts"]
            slowest = max(slowest, tuple(res["slowest"]))
            if res["build"]:
                builds += 1
                build_inputs += res["build"]["inputs"]
                build_skips += res["build"]["counts"].get("skipped", 0)
                skip_reasons.update(res["build"]["counts"].get("skipped_by_reason", {}))
                build_seconds += res["build"]["seconds"]
            elapsed = time.perf_counter() - started
            print(f"  {done:>7,} inputs, {len(crashes)} crashes, {outcomes['timeout']} timeouts, "
                  f"{elapsed:6.0f} s ({done / elapsed:,.0f}/s)", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    n = sum(outcomes.values())
    print(f"fuzz seed={args.seed}: {n:,} inputs ({n - n // 2:,} generated, {n // 2:,} mutated seeds) through "
          f"clean + analyse (time limit {args.time_limit:g} s): {outcomes['ok']:,} ok, {outcomes['empty']:,} empty, "
          f"{outcomes['timeout']} timeouts, {outcomes['crash']} crashing inputs")
    if builds:
        print(f"build(): {builds} builds over {build_inputs:,} inputs (each batch adds a good, a binary, an empty, "
              f"a cp1252 file and 5 malformed JSONL lines), {build_skips:,} recorded skips, "
              f"{build_seconds:.0f} worker-seconds")
        print(f"  skipped by reason: {json.dumps(dict(sorted(skip_reasons.items())))}")
    if timed_out:
        print(f"timed out (skipped as extract_timeout in a build): k = {sorted(timed_out)[:20]}")
    print(f"slowest input: k={slowest[1]} {slowest[0]:.2f} s (show it with --show {slowest[1]})")
    print(f"builder {builder.__version__} from {Path(builder.__file__).parent}")
    print(f"RESULT: inputs={n} crashes={len(crashes)} timeouts={outcomes['timeout']} "
          f"elapsed={elapsed:.0f}s rate={n / elapsed:.0f}/s workers={args.workers}")
    for c in crashes[:50]:
        print(f"  CRASH k={c['k']}: {c['failure']} -> {c['repro'] or '(see batch ' + str(c.get('batch')) + ')'}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
