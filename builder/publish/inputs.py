"""The read stage of the build: every file under a sources folder becomes articles or skips.

Nothing is lost: each file is either listed as an input (with its size, checksum and the
encoding it was decoded with) or skipped with a reason, and so is each JSONL record. The
optional `manifest.json` at the root adds what is known of each file (title, outlet, date,
url, language); its paths may not leave the sources root.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from pydantic import BaseModel, ConfigDict, ValidationError

from builder.models import Article
from builder.pipeline.readers import MAX_INPUT_BYTES, Skip, discover, load, parse_txt, sniff, stream_jsonl

MANIFEST = "manifest.json"
# Files at the sources root that document the corpus rather than belong to it.
RESERVED = frozenset({MANIFEST, "README.md"})


class InputFile(BaseModel):
    """One input file as build.json lists it."""

    model_config = ConfigDict(frozen=True)
    path: str
    bytes: int
    sha256: str
    encoding: str
    articles: int


class ManifestEntry(BaseModel):
    """What is known of one source file; None where unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    path: str
    title: str | None = None
    outlet: str | None = None
    published: datetime | date | None = None
    url: str | None = None
    language: str | None = None

    def overlay(self) -> dict:
        known = self.model_dump(exclude={"path"}, exclude_none=True)
        if isinstance(self.published, date) and not isinstance(self.published, datetime):
            known["published"] = datetime(self.published.year, self.published.month, self.published.day)
        return known


@dataclass
class Ledger:
    """The account of a build's inputs, filled in as the stages stream."""

    inputs: list[InputFile] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def skip(self, location: str, reason: str) -> None:
        self.skipped.append(Skip(location=location, reason=reason))


def safe_relative(root: Path, rel: str) -> Path | None:
    """root/rel if it stays inside root (no absolute path, no "..", no symlink out), else None."""
    pure = PurePosixPath(rel)
    if not rel or pure.is_absolute() or ".." in pure.parts or "\\" in rel:
        return None
    candidate = root / pure
    try:
        candidate.resolve().relative_to(root.resolve())
    except ValueError:
        return None
    return candidate


def read_manifest(root: Path, ledger: Ledger) -> dict[str, ManifestEntry]:
    """Manifest entries by path relative to root; bad entries are recorded as skips."""
    path = root / MANIFEST
    if not path.is_file():
        return {}
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        entries = doc["articles"]
        if not isinstance(entries, list):
            raise TypeError("'articles' is not a list")
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        ledger.skip(MANIFEST, f"manifest_invalid: {type(err).__name__}: {err}")
        return {}
    out: dict[str, ManifestEntry] = {}
    for i, raw in enumerate(entries):
        where = f"{MANIFEST}#articles[{i}]"
        try:
            entry = ManifestEntry.model_validate(raw)
        except ValidationError as err:
            ledger.skip(where, f"manifest_invalid_entry: {str(err).splitlines()[0]}")
            continue
        target = safe_relative(root, entry.path)
        key = PurePosixPath(entry.path).as_posix()
        if target is None:
            ledger.skip(where, f"manifest_path_escapes_root: {entry.path}")
        elif not target.is_file():
            ledger.skip(where, f"manifest_file_missing: {entry.path}")
        elif key in out:
            ledger.skip(where, f"manifest_duplicate_path: {entry.path}")
        else:
            out[key] = entry
    return out


FileReader = Generator["Article | Skip", None, "InputFile | None"]


def _txt(path: Path, rel: str, max_bytes: int) -> FileReader:
    loaded = load(path, rel, max_bytes)
    if isinstance(loaded, Skip):
        yield loaded
        return None
    yield from parse_txt(loaded.text, PurePosixPath(rel).with_suffix("").as_posix(), rel)
    return InputFile(path=rel, bytes=loaded.bytes, sha256=loaded.sha256, encoding=loaded.encoding, articles=0)


def _jsonl(path: Path, rel: str, max_bytes: int) -> FileReader:
    problem = sniff(path, rel, None)
    if problem is not None:
        yield problem
        return None
    digest = hashlib.sha256()
    for item in stream_jsonl(path, rel, max_bytes, digest):
        yield item
    return InputFile(path=rel, bytes=path.stat().st_size, sha256=digest.hexdigest(), encoding="utf-8", articles=0)


FILE_READERS = {".txt": _txt, ".jsonl": _jsonl}


def read_sources(root: Path, ledger: Ledger, max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Article]:
    """Every article under root, in a stable order, with manifest metadata applied."""
    manifest = read_manifest(root, ledger)
    first_seen: dict[str, str] = {}
    real_root = root.resolve()
    for path, _ in discover([root]):
        rel = path.relative_to(root).as_posix()
        if rel in RESERVED:
            continue
        try:
            path.resolve().relative_to(real_root)
        except ValueError:
            ledger.skip(rel, "path_escapes_root")
            continue
        reader = FILE_READERS.get(path.suffix.lower())
        if reader is None:
            ledger.skip(rel, f"unknown_extension: {path.suffix or '(none)'}")
            continue
        items, count, entry = reader(path, rel, max_bytes), 0, manifest.get(rel)
        while True:
            try:
                item = next(items)
            except StopIteration as done:
                if done.value is not None:
                    ledger.inputs.append(done.value.model_copy(update={"articles": count}))
                break
            if isinstance(item, Skip):
                ledger.skipped.append(item)
            elif item.id in first_seen:
                ledger.skip(item.source or rel, f"duplicate_id: {item.id} (first at {first_seen[item.id]})")
            else:
                first_seen[item.id] = item.source or rel
                count += 1
                yield item.model_copy(update=entry.overlay()) if entry else item
