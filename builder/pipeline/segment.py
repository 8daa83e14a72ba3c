"""Segment: paragraphs (lines) and sentences, as offsets into the frozen text."""
from __future__ import annotations

from collections.abc import Iterator

from builder.patterns import REGEX_TIMEOUT, SENTENCE_END


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line; a line is a paragraph in news text."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


def sentence_bounds(text: str, start: int, end: int) -> list[int]:
    """Offsets where sentences of text[start:end] begin (the first is `start`)."""
    bounds = [start]
    for m in SENTENCE_END.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        bounds.append(m.end())
    return bounds
