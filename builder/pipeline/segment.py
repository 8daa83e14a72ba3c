"""Segment: paragraphs (lines) and sentences, as offsets into the frozen text."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from builder.patterns import REGEX_TIMEOUT, SENTENCE_END, SENTENCE_END_NEEDS

# Paragraph scans sentence_start remembers: the rules ask for the sentence of every quote in
# a paragraph, several times each; the quotes of one article's paragraphs are asked about in
# text order, so a few recent paragraphs suffice.
PARAGRAPH_SCANS_KEPT = 64

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


@lru_cache(maxsize=PARAGRAPH_SCANS_KEPT)
def _sentence_ends(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """For each sentence end in text[start:end]: where the next sentence starts, and where the
    capitalised word SENTENCE_END looks ahead to ends (a window must reach that far to see it)."""
    starts, reach = [], []
    for m in SENTENCE_END.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        starts.append(m.end())
        reach.append(SENTENCE_END_NEEDS.match(text, m.end(), end, timeout=REGEX_TIMEOUT).end())
    return starts, reach


def sentence_start(text: str, para_start: int, para_end: int, at: int) -> int:
    """Where the sentence of text[para_start:at] that reaches `at` starts: the same offset as
    sentence_bounds(text, para_start, at)[-1], from one scan of the paragraph however many
    quotes ask (rescanning a long paragraph for each of its quotes was quadratic)."""
    starts, reach = _sentence_ends(text, para_start, para_end)
    k = bisect_right(starts, at) - 1
    while k >= 0 and reach[k] > at:  # its lookahead needs words past `at`: no end in the window
        k -= 1
    return starts[k] if k >= 0 else para_start


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
