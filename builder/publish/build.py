"""The build: sources/ -> dist/, as streaming stages read -> clean -> extract -> write.

Each stage is a generator over records that holds only the current article, so the same
steps can later run under a distributed executor. The build writes into a staging folder
next to the output and swaps it in only when everything succeeded: a failed or interrupted
build leaves the previous output as it was. Outputs depend only on the inputs and the code
(no clock, no absolute paths), so rebuilding the same sources gives byte-identical files.
"""
from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import json
import os
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from builder import __version__, analyse
from builder.budget import ARTICLE_TIME_LIMIT
from builder.models import Article, Extraction, Quote
from builder.pipeline.clean import clean
from builder.pipeline.readers import MAX_INPUT_BYTES
from builder.publish import accuracy as acc
from builder.publish.card import render
from builder.publish.features import row
from builder.publish.inputs import Ledger, read_sources
from builder.publish.writer import MAX_SHARD_BYTES, ShardWriter, Stats

LICENSE_TEXT = """This dataset combines material under different terms.

Code that built it (builder): Apache License 2.0.

Annotations (config "quotes": quote spans, speakers, mentions, cues, rules, confidences; and
the "removed" records of config "articles"): Creative Commons Attribution 4.0 International
(CC BY 4.0), https://creativecommons.org/licenses/by/4.0/.

Article texts (config "articles", field "text", and the excerpts of them in the "quote" and
"context" fields): copyright remains with their publishers. They are included as a small
research sample for the study of quote attribution; any other use is subject to the
publishers' terms.
"""


class BuildError(Exception):
    """The build could not produce a dataset; the previous output is untouched."""


def clean_stage(articles: Iterable[Article], ledger: Ledger) -> Iterator[Article]:
    for article in articles:
        where = article.source or article.id
        try:
            cleaned = clean(article)
        except Exception as err:  # a cleaning bug must not stop the build; it is recorded
            ledger.skip(where, f"clean_failed: {type(err).__name__}")
            continue
        if not cleaned.text.strip():
            ledger.skip(where, "empty_after_cleaning")
            continue
        yield cleaned


# Articles sent to a worker at a time: large enough to amortise inter-process pickling,
# small enough that a slow article does not hold many others back.
WORKER_CHUNK = 16


def _analyse_one(job: tuple[Article, float]) -> tuple[bool, Extraction | str]:
    """(True, extraction) or (False, skip reason); runs in a worker process when there are several."""
    article, time_limit = job
    try:
        return True, analyse(article, time_limit=time_limit)
    except TimeoutError as err:  # the article's time budget or one regex call ran out
        return False, f"extract_timeout: {err}"
    except Exception as err:  # an extractor bug must not stop the build; it is recorded
        return False, f"extract_failed: {type(err).__name__}"


def extract_stage(articles: Iterable[Article], ledger: Ledger, time_limit: float = ARTICLE_TIME_LIMIT,
                  workers: int = 1) -> Iterator[tuple[Article, Extraction]]:
    """Extract every article, in input order whatever the number of worker processes.

    With workers, articles are read in batches here, in this thread, so the read and clean
    stages record their skips where they would without workers."""
    with contextlib.ExitStack() as stack:
        if workers > 1:
            pool = stack.enter_context(multiprocessing.get_context("spawn").Pool(workers))
            run = partial(pool.map, chunksize=WORKER_CHUNK)
            batch_size = workers * WORKER_CHUNK * 4
        else:
            run, batch_size = lambda f, jobs: list(map(f, jobs)), 1
        source = iter(articles)
        while batch := list(islice(source, batch_size)):
            for article, (ok, payload) in zip(batch, run(_analyse_one, [(a, time_limit) for a in batch])):
                if ok:
                    yield article, payload
                else:
                    ledger.skip(article.source or article.id, payload)


def offsets_hold(text: str, q: Quote) -> bool:
    """Every span a row claims slices the article text to its string: quote, speaker
    mention, cue and context. A row that breaks this is dropped as invalid_offsets."""
    spans = [(q.quote_start, q.quote_end, q.quote),
             (q.context_start, q.context_start + len(q.context), q.context)]
    if q.speaker_start is not None or q.speaker_end is not None:
        spans.append((q.speaker_start, q.speaker_end, q.speaker_mention))
    if q.cue_start is not None or q.cue_end is not None:
        spans.append((q.cue_start, q.cue_end, q.cue))
    return all(s is not None and e is not None and text[s:e] == want for s, e, want in spans)


def write_stage(pairs: Iterable[tuple[Article, Extraction]], folder: Path,
                max_shard_bytes: int) -> tuple[Stats, dict[str, list[dict]], dict | None]:
    stats, example = Stats(), None
    writers = {name: ShardWriter(folder / "data" / name, name, max_shard_bytes) for name in ("quotes", "articles")}
    try:
        for article, extraction in pairs:
            good = [q for q in extraction.quotes if offsets_hold(article.text, q)]
            stats.rejections["invalid_offsets"] += len(extraction.quotes) - len(good)
            extraction = extraction.model_copy(update={"quotes": tuple(good)})
            stats.add(article, extraction)
            writers["articles"].write(row(article))
            for q in good:
                writers["quotes"].write(row(q))
                if example is None and q.speaker:
                    example = row(q)
        if stats.rejections["invalid_offsets"] == 0:
            del stats.rejections["invalid_offsets"]
    finally:
        outputs = {name: w.close() for name, w in writers.items()}
    for shards in outputs.values():
        for s in shards:
            s["path"] = s["path"].relative_to(folder).as_posix()
    return stats, outputs, example


def _summary(ledger: Ledger, stats: Stats, outputs: dict, config: dict, record: dict | None) -> dict[str, Any]:
    return {
        "builder_version": __version__,
        "config": config,
        "counts": {
            "input_files": len(ledger.inputs), "articles": stats.articles, "quotes": stats.quotes,
            "quotes_with_speaker": stats.attributed, "rejected_spans": sum(stats.rejections.values()),
            "removed_lines": sum(stats.removals.values()), "skipped": len(ledger.skipped),
        },
        "skipped_by_reason": dict(sorted(Counter(s.reason.split(":", 1)[0] for s in ledger.skipped).items())),
        "inputs": [i.model_dump() for i in ledger.inputs],
        "decoded_with_fallback": [{"path": i.path, "encoding": i.encoding}
                                  for i in ledger.inputs if i.encoding != "utf-8"],
        "skipped": [s.model_dump() for s in ledger.skipped],
        "outputs": outputs,
        "accuracy": record,
    }


def _staging_dirs(out: Path, kind: str) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.{kind}-*"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover(out: Path) -> None:
    """Undo what a killed build left: a half-finished swap, stale staging folders."""
    old = _staging_dirs(out, "old")
    if not out.exists() and old:
        os.rename(old[-1], out)  # killed between the two renames of the swap
    for stale in _staging_dirs(out, "building") + _staging_dirs(out, "old"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid()):
            shutil.rmtree(stale, ignore_errors=True)


def swap(staging: Path, out: Path) -> None:
    """Put staging in place of out; out is never left missing or half-written."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        if old.exists() and not out.exists():
            os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def check_paths(sources: Path, out: Path) -> None:
    if not sources.is_dir():
        raise BuildError(f"sources folder not found: {sources}")
    src, dst = sources.resolve(), out.resolve()
    if dst == src or dst.is_relative_to(src) or src.is_relative_to(dst):
        raise BuildError(f"output {out} and sources {sources} must not contain each other")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "build.json").is_file())):
        raise BuildError(f"refusing to replace {out}: it is not a builder output (no build.json)")


def build(sources: Path, out: Path, *, gold: Path | None = None, strict: bool = False,
          max_input_bytes: int = MAX_INPUT_BYTES, max_shard_bytes: int = MAX_SHARD_BYTES,
          time_limit: float = ARTICLE_TIME_LIMIT, workers: int = 1,
          accuracy_record: Path = acc.RECORD) -> dict[str, Any]:
    """Build the dataset folder `out` from `sources`; returns the build summary (build.json)."""
    check_paths(sources, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    recover(out)
    record = acc.measure(gold) if gold else acc.load_record(accuracy_record)
    staging = out.parent / f".{out.name}.building-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        ledger = Ledger()
        articles = read_sources(sources, ledger, max_input_bytes)
        pairs = extract_stage(clean_stage(articles, ledger), ledger, time_limit, workers)
        stats, outputs, example = write_stage(pairs, staging, max_shard_bytes)
        config = {"max_input_bytes": max_input_bytes, "max_shard_bytes": max_shard_bytes, "strict": strict,
                  "article_time_limit_s": time_limit}
        summary = _summary(ledger, stats, outputs, config, record)
        if stats.articles == 0:
            reasons = ", ".join(f"{k} x{v}" for k, v in summary["skipped_by_reason"].items()) or "no input files"
            raise BuildError(f"nothing was built from {sources}: {reasons}")
        if strict and ledger.skipped:
            first = ledger.skipped[0]
            raise BuildError(f"--strict: {len(ledger.skipped)} input(s) skipped, first {first.location}: {first.reason}")
        (staging / "build.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (staging / "README.md").write_text(render(summary, stats, record, example), encoding="utf-8")
        (staging / "LICENSE").write_text(LICENSE_TEXT, encoding="utf-8")
        swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if gold:
        acc.save_record(record, accuracy_record)
    return summary


def build_cli(args: argparse.Namespace) -> int:
    from builder.cli import UserError

    try:
        summary = build(Path(args.sources), Path(args.out), gold=args.gold and Path(args.gold),
                        strict=args.strict, max_input_bytes=args.max_bytes, time_limit=args.time_limit, workers=args.workers)
    except (BuildError, acc.GoldError) as err:
        raise UserError(str(err)) from None
    counts = summary["counts"]
    print(f"built {args.out}: {counts['articles']} articles, {counts['quotes']} quotes "
          f"({counts['quotes_with_speaker']} with a speaker), {counts['skipped']} inputs skipped", file=sys.stderr)
    for reason, n in summary["skipped_by_reason"].items():
        print(f"  skipped {n} x {reason} (see {args.out}/build.json)", file=sys.stderr)
    return 0
