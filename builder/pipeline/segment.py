"""Segment: paragraphs (lines) and sentences, as offsets into the frozen text."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from builder.patterns import REGEX_TIMEOUT, SENTENCE_END

# sentence_bounds calls remembered: the rules ask for the same windows of a quote's paragraph
# several times (left and right windows, then each fallback rule's sentence start); on PolNeAR
# train ~33 calls per article, ~1 in 3 new. Keys hold the article's text, so keep it small.
SENTENCE_BOUNDS_CACHE = 512


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line; a line is a paragraph in news text."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


@lru_cache(maxsize=SENTENCE_BOUNDS_CACHE)
def sentence_bounds(text: str, start: int, end: int) -> tuple[int, ...]:
    """Offsets where sentences of text[start:end] begin (the first is `start`)."""
    bounds = [start]
    for m in SENTENCE_END.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        bounds.append(m.end())
    return tuple(bounds)


def last_char(text: str, start: int, end: int) -> str:
    """The last non-blank character of text[start:end], or "" when it is all blank.
    Scans back from `end`, so it costs the trailing blanks, not the whole span."""
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > start else ""


def blank(text: str, start: int, end: int) -> bool:
    """text[start:end] holds nothing but whitespace."""
    return last_char(text, start, end) == ""
