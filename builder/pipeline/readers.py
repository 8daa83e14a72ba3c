"""Readers: turn input files into Article records, one small function per format.

Each reader is a generator of `Article | Skip`; nothing is dropped silently. A `.txt`
file is one article whose first line is its title (the title stays in the text so that
offsets match the file); a `.jsonl` file holds one `{id, text, title?, url?, outlet?,
published?, language?}` record a line.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from builder.models import Article


class Skip(BaseModel):
    """An input (file or record) that did not become an article, and why."""

    model_config = ConfigDict(frozen=True)
    location: str  # "path" or "path:line"
    reason: str


def read_txt(path: Path, root: Path) -> Iterator[Article | Skip]:
    rel = path.relative_to(root) if path != root else Path(path.name)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        yield Skip(location=str(path), reason="not_utf8")
        return
    except OSError as err:
        yield Skip(location=str(path), reason=f"unreadable: {err.strerror or err}")
        return
    if not text.strip():
        yield Skip(location=str(path), reason="empty")
        return
    title = text.lstrip().split("\n", 1)[0].strip() or None
    yield Article(id=str(rel.with_suffix("")), text=text, title=title, source=str(path))


def _published(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def read_jsonl(path: Path, root: Path) -> Iterator[Article | Skip]:
    try:
        fh = path.open(encoding="utf-8")
    except OSError as err:
        yield Skip(location=str(path), reason=f"unreadable: {err.strerror or err}")
        return
    with fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                yield Skip(location=where, reason=f"malformed_json: {err.msg}")
                continue
            if not isinstance(rec, dict):
                yield Skip(location=where, reason="record_not_an_object")
                continue
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                yield Skip(location=where, reason="record_without_text")
                continue
            art_id = rec.get("id", rec.get("article_id"))
            if art_id in (None, ""):
                yield Skip(location=where, reason="record_without_id")
                continue
            try:
                yield Article(
                    id=str(art_id), text=text, title=rec.get("title"), url=rec.get("url"),
                    outlet=rec.get("outlet"), published=_published(rec.get("published")),
                    language=rec.get("language"), source=where,
                )
            except (ValueError, ValidationError) as err:
                yield Skip(location=where, reason=f"invalid_record: {str(err).splitlines()[0]}")


READERS: dict[str, Callable[[Path, Path], Iterator[Article | Skip]]] = {
    ".txt": read_txt,
    ".jsonl": read_jsonl,
}


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) pairs for every file under the given files or folders, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
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
