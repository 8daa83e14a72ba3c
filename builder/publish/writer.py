"""The write stage: sharded JSONL files and the statistics the card reports.

Rows are written with `json.dumps(..., ensure_ascii=False)`, one a line, in input order, to
`<dir>/<name>-NNNNN.jsonl`; a new shard starts when the next row would push the current one
past `max_bytes`. Every config gets at least one (possibly empty) shard so that its
`data_files` pattern always matches.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from builder.models import Article, Extraction

# Shards stay under 100 MB: small enough to download, diff and preview one at a time, large
# enough that a million-quote build is a few dozen files (the Hub copes with far more).
MAX_SHARD_BYTES = 100 * 1024 * 1024


class ShardWriter:
    """Writes rows to size-bounded JSONL shards; `close()` returns what it wrote."""

    def __init__(self, folder: Path, name: str, max_bytes: int = MAX_SHARD_BYTES) -> None:
        self.folder, self.name, self.max_bytes = folder, name, max_bytes
        folder.mkdir(parents=True, exist_ok=True)
        self.shards: list[dict[str, Any]] = []
        self._fh: IO[bytes] | None = None
        self._open()

    def _open(self) -> None:
        if self._fh is not None:
            self._fh.close()
        path = self.folder / f"{self.name}-{len(self.shards):05d}.jsonl"
        self._fh = path.open("wb")
        self.shards.append({"path": path, "rows": 0, "bytes": 0, "sha": hashlib.sha256()})

    def write(self, row: dict[str, Any]) -> None:
        line = (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        current = self.shards[-1]
        if current["rows"] and current["bytes"] + len(line) > self.max_bytes:
            self._open()
            current = self.shards[-1]
        assert self._fh is not None
        self._fh.write(line)
        current["rows"] += 1
        current["bytes"] += len(line)
        current["sha"].update(line)

    def close(self) -> list[dict[str, Any]]:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        return [{"path": s["path"], "rows": s["rows"], "bytes": s["bytes"], "sha256": s["sha"].hexdigest()}
                for s in self.shards]


def rule_family(rule: str) -> str:
    """'quote_speaker_cue.v2' -> 'quote_speaker_cue'."""
    return rule.split(".", 1)[0]


@dataclass
class Stats:
    """Counts over everything written, for the card and build.json."""

    articles: int = 0
    quotes: int = 0
    attributed: int = 0
    speakers: Counter = field(default_factory=Counter)
    cues: Counter = field(default_factory=Counter)
    quote_kinds: Counter = field(default_factory=Counter)
    speaker_kinds: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    rejections: Counter = field(default_factory=Counter)
    removals: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)
    outlet_articles: Counter = field(default_factory=Counter)
    outlet_quotes: Counter = field(default_factory=Counter)
    published: list = field(default_factory=list)  # [earliest, latest]

    def add(self, article: Article, extraction: Extraction) -> None:
        outlet = article.outlet or "(unknown)"
        self.articles += 1
        self.outlet_articles[outlet] += 1
        self.languages[article.language or "(unknown)"] += 1
        self.removals.update(r.reason for r in article.removed)
        self.rejections.update(r.reason for r in extraction.rejections)
        if article.published is not None:
            day = article.published.date().isoformat()
            self.published = [min(self.published[0], day), max(self.published[1], day)] if self.published else [day, day]
        for q in extraction.quotes:
            self.quotes += 1
            self.outlet_quotes[outlet] += 1
            self.quote_kinds[q.quote_kind] += 1
            self.speaker_kinds[q.speaker_kind or "(none)"] += 1
            self.rules[rule_family(q.rule)] += 1
            if q.cue:
                self.cues[q.cue.lower()] += 1
            if q.speaker:
                self.attributed += 1
                self.speakers[q.speaker] += 1


def top(counter: Counter, n: int | None = None) -> list[tuple[str, int]]:
    """Most common first, ties broken by key, so the order never depends on input order."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
