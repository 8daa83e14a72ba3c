"""Readers: turn input files into Article records, one small function per format.

Each reader is a generator of `Article | Skip`; nothing is dropped silently. A `.txt`
file is one article whose first line is its title (the title stays in the text so that
offsets match the file; a blank first line means no title); a `.jsonl` file holds one
`{id, text, title?, url?, outlet?, published?, language?}` record a line.

`sniff` rejects what is not text (not a regular file, binary, empty, over the size limit);
`load` reads and decodes a whole file, with a fallback for text that is not UTF-8, and
`parse_txt` turns it into an article; `stream_jsonl` reads a .jsonl file line by line (the
size limit then applies to each record). `read_txt` skips text that is not UTF-8, while the
build decodes it with a recorded fallback.
"""
from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from builder.models import Article


class Skip(BaseModel):
    """An input (file or record) that did not become an article, and why."""

    model_config = ConfigDict(frozen=True)
    location: str  # "path" or "path:line"
    reason: str


class Loaded(BaseModel):
    """One input file as read: what it held and how its bytes were decoded."""

    model_config = ConfigDict(frozen=True)
    location: str
    bytes: int
    sha256: str
    encoding: str  # "utf-8" unless a fallback was needed (then it is recorded by the build)
    text: str


# Inputs larger than this are skipped: 5 MB is ~50x the longest news article we have seen
# (PolNeAR's longest is ~60 kB), so a bigger file is a dump or a mistake, not an article.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# How much of a file is sniffed for binary content, and the share of control characters
# (other than tab, CR, LF, FF) above which it is binary: text has none, binaries have many.
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.10
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
# Fallback decoding for text that is not UTF-8: Windows-1252 covers most legacy news text;
# Latin-1 decodes any byte, so it is the last resort and never fails.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def _is_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark: text
        return False
    if b"\x00" in head:
        return True
    return sum(head.count(c) for c in _CONTROL) > MAX_CONTROL_SHARE * len(head)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in FALLBACK_ENCODINGS:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")


def sniff(path: Path, where: str, max_bytes: int | None) -> Skip | None:
    """Why a file cannot be read as text at all (not a regular file, too large, binary,
    empty), from its metadata and first bytes only; None if it looks readable."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            return Skip(location=where, reason="unreadable: not a regular file")
        if max_bytes is not None and info.st_size > max_bytes:
            return Skip(location=where, reason=f"too_large: {info.st_size} bytes > limit {max_bytes}")
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as err:
        return Skip(location=where, reason=f"unreadable: {err.strerror or err}")
    if _is_binary(head):
        return Skip(location=where, reason="binary")
    if not head.strip() and info.st_size <= SNIFF_BYTES:
        return Skip(location=where, reason="empty")
    return None


def load(path: Path, location: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> Loaded | Skip:
    """Read and decode one whole input file, or say why it cannot be used. Never raises for I/O."""
    where = location or str(path)
    problem = sniff(path, where, max_bytes)
    if problem is not None:
        return problem
    try:
        data = path.read_bytes()
    except OSError as err:
        return Skip(location=where, reason=f"unreadable: {err.strerror or err}")
    if len(data) > max_bytes:  # grew since stat
        return Skip(location=where, reason=f"too_large: {len(data)} bytes > limit {max_bytes}")
    text, encoding = _decode(data)
    if not text.strip():
        return Skip(location=where, reason="empty")
    return Loaded(location=where, bytes=len(data), sha256=hashlib.sha256(data).hexdigest(),
                  encoding=encoding, text=text)


def parse_txt(text: str, article_id: str, location: str) -> Iterator[Article | Skip]:
    """A .txt file's text as one article; its first line (if not blank) is the title."""
    if not text.strip():
        yield Skip(location=location, reason="empty")
        return
    title = text.split("\n", 1)[0].strip() or None
    yield Article(id=article_id, text=text, title=title, source=location)


def read_txt(path: Path, root: Path, *, location: str | None = None,
             max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Article | Skip]:
    rel = path.relative_to(root) if path != root else Path(path.name)
    loaded = load(path, location, max_bytes)
    if isinstance(loaded, Skip):
        yield loaded
    elif loaded.encoding != "utf-8":
        yield Skip(location=loaded.location, reason=f"not_utf8: looks like {loaded.encoding}")
    else:
        yield from parse_txt(loaded.text, rel.with_suffix("").as_posix(), loaded.location)


def _published(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def parse_record(line: str, where: str) -> Article | Skip | None:
    """One JSONL line as an article, a skip with its reason, or None for a blank line."""
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as err:
        return Skip(location=where, reason=f"malformed_json: {err.msg}")
    if not isinstance(rec, dict):
        return Skip(location=where, reason="record_not_an_object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skip(location=where, reason="record_without_text")
    art_id = rec.get("id", rec.get("article_id"))
    if art_id in (None, "") or isinstance(art_id, (dict, list)):
        return Skip(location=where, reason="record_without_id")
    try:
        return Article(
            id=str(art_id), text=text, title=rec.get("title"), url=rec.get("url"),
            outlet=rec.get("outlet"), published=_published(rec.get("published")),
            language=rec.get("language"), source=where,
        )
    except (ValueError, TypeError, ValidationError) as err:
        return Skip(location=where, reason=f"invalid_record: {str(err).splitlines()[0]}")


def parse_jsonl(text: str, location: str) -> Iterator[Article | Skip]:
    """One article per JSON object line of a .jsonl text; a skip for every bad line."""
    for lineno, line in enumerate(text.split("\n"), 1):
        item = parse_record(line, f"{location}:{lineno}")
        if item is not None:
            yield item


def stream_jsonl(path: Path, location: str, max_bytes: int = MAX_INPUT_BYTES,
                 digest: Any = None) -> Iterator[Article | Skip]:
    """A .jsonl file line by line (it may be far larger than memory). JSON Lines are UTF-8
    by definition, so a line that is not is skipped; so is a line longer than max_bytes.
    `digest` (a hashlib object), if given, is fed every byte of the file."""
    try:
        fh = path.open("rb")
    except OSError as err:
        yield Skip(location=location, reason=f"unreadable: {err.strerror or err}")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            if digest is not None:
                digest.update(raw)
            where = f"{location}:{lineno}"
            if len(raw) > max_bytes:
                yield Skip(location=where, reason=f"too_large: {len(raw)} bytes > limit {max_bytes}")
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Skip(location=where, reason="not_utf8")
                continue
            item = parse_record(line.rstrip("\r\n"), where)
            if item is not None:
                yield item


def read_jsonl(path: Path, root: Path, *, location: str | None = None,
               max_bytes: int = MAX_INPUT_BYTES) -> Iterator[Article | Skip]:
    where = location or str(path)
    problem = sniff(path, where, None)
    if problem is not None:
        yield problem
    else:
        yield from stream_jsonl(path, where, max_bytes)


READERS: dict[str, Callable[..., Iterator[Article | Skip]]] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
}


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for every file under the given files or folders, sorted. Anything
    that is not a folder counts as a file (a broken symlink, a FIFO), so that the reader
    reports it instead of it vanishing."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if not x.is_dir()):
                yield f, p
        else:
            yield p, p.parent


def read(paths: Iterable[str | Path]) -> Iterator[Article | Skip]:
    """Every article (or skip) from the given files and folders, in a stable order."""
    for f, root in discover(paths):
        reader = READERS.get(f.suffix.lower())
        if reader is None:
            yield Skip(location=str(f), reason=f"unknown_extension: {f.suffix or '(none)'}")
            continue
        yield from reader(f, root)
