"""Quotes: find every double-quotation-mark span, paragraph by paragraph.

Pairing follows the marks: a curly or angle opener opens, its closer closes, a straight
mark toggles. Single marks (‘ ’ ') are never quote marks here: inside a double quote they
belong to it, and outside they are apostrophes far more often than quotes. A quote never
crosses a paragraph except by the journalistic multi-paragraph convention: a paragraph
that opens a mark and never closes it continues in the next paragraph when that one
opens with a mark, unless that paragraph opens a new transcript turn ('"PENCE: ...') or is
a stage direction ('"(CROSSTALK.)'), for a new speaker's label ends the previous speaker's
quote, or opens with a curly pair nested in a straight-marked excerpt (_nested_in_excerpt).
A quote nested in another of the same curly marks ('“A “B” C”') is flagged, and the outer
quote runs from its own opener (paragraph_quotes).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from builder.patterns import CLOSERS, OPENERS, EDGE_TRIM, QUOTE_MARK, REGEX_TIMEOUT, STAGE_DIRECTION, TRANSCRIPT_LABEL


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Inner span of a quote (marks excluded) and the marks' outer bounds. Internal to the
    pipeline (extract turns it into a validated Quote), so a plain dataclass: no validation."""

    start: int  # first character inside the marks, edge whitespace trimmed
    end: int
    outer_start: int  # where the opening mark starts (== start when none)
    outer_end: int  # where the closing mark ends (== end when unclosed)
    para_start: int  # paragraph holding the opening mark
    para_end: int  # paragraph holding the end (differs for multi-paragraph quotes)
    closed: bool  # a closing mark was found
    paragraphs: int = 1
    after_closer: bool = False  # opened by a closer written as an opener (_misread_closer)
    withheld: bool = False  # closed by such a misread closer: seen by attribution, never emitted
    nested: bool = False  # inside the quote that follows it, closed by a stray closer (paragraph_quotes)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in EDGE_TRIM:
        s += 1
    while e > s and text[e - 1] in EDGE_TRIM:
        e -= 1
    return s, e


# An opening curly mark glued to the word before it and followed by a blank, met while a quote
# is open, is that quote's closer typed the wrong way round: 'called the KKK “abhorrent“ in a
# tweet Sunday', '“Do you want to be associated with a fascist?“ he asked.' The quote is lost
# (pairing restarts at the mark, as PolNeAR's gold pairing does too) and the text after the mark
# is narration, flagged so that extract rejects it. On PolNeAR train we emitted 6 such spans:
# 5 unattributed in gold, 1 gold quote with a wrong speaker (quote F1 0.9709 -> 0.9712, pair F1
# 0.8582 -> 0.8585). Pairing the mark as a closer instead would emit the lost quotes, which gold
# does not hold; so the lost quote is yielded withheld: attribution reads its frame (the cue
# after it speaks for the quotes after it: '“It's unusual,“ said Larry Noble, an attorney.
# “It's a hard thing to do.”') and extract never emits it.
def _misread_closer(text: str, m: regex.Match, ps: int, pe: int) -> bool:
    return (m.group() == "\u201c" and m.start() > ps and not text[m.start() - 1].isspace()
            and (m.end() == pe or text[m.end()].isspace()))


# A quote nested in another of the same marks: '“I'd rather live in what he calls “hell” than
# here,” ― Ann Cole'. Pairing restarts at the inner opener and the outer closer is a stray that
# closes a quote from the paragraph start (PolNeAR's gold pairs them so too); the inner quote is
# flagged nested when its opener restarted an opener of the same type and the very next mark
# after its closer is that stray, so attribution gives it the outer quote's speaker (the words
# around it are the outer speaker's, not its frame) and extract emits it with the outer quote.
def paragraph_quotes(text: str, ps: int, pe: int) -> Iterator[QuoteSpan]:
    """Quote spans of one paragraph text[ps:pe], unclosed last one included."""
    open_at: int | None = None  # end of the opening mark
    open_mark = ""
    open_outer = ps
    after_closer = False  # the open quote's mark is a misread closer (_misread_closer)
    stray_seen = False  # a paragraph gets one quote closed by a closer with nothing open
    blank_until = ps  # text[ps:blank_until] is nothing but marks and blanks
    restarted: int | None = None  # where the open quote's opener restarted one of the same mark
    maybe_nested: QuoteSpan | None = None  # nested if the next mark is a stray closer
    nested_in: int | None = None  # maybe_nested's outer opener
    for m in QUOTE_MARK.finditer(text, ps, pe, timeout=REGEX_TIMEOUT):
        mark = m.group()
        outer_opener = None  # the opener of a quote this mark closes around a nested one
        if maybe_nested is not None:
            if open_at is None and mark in CLOSERS and not stray_seen:
                outer_opener = nested_in
            yield maybe_nested if outer_opener is None else replace(maybe_nested, nested=True)
            maybe_nested = None
        if open_at is None:
            if mark in CLOSERS:
                if stray_seen:
                    continue  # more strays would re-cover the paragraph: quadratic, and noise
                # a closer with nothing open: the quote ran from the paragraph start, or from
                # the opener of the quote it holds
                lo, outer = (blank_until, ps) if outer_opener is None else (outer_opener, outer_opener)
                s, e = _trim(text, lo, m.start())
                if e > s:
                    stray_seen = True
                    yield QuoteSpan(start=s, end=e, outer_start=outer, outer_end=m.end(),
                                    para_start=ps, para_end=pe, closed=True)
                else:  # all marks and blanks so far: the next stray need not rescan them
                    blank_until = m.end()
                continue
            open_at, open_mark, open_outer, after_closer = m.end(), mark, m.start(), False
            restarted = None
            continue
        closes = (
            mark in CLOSERS
            or mark == '"' and open_mark in ('"', "\u201c", "\u201e")
            or mark == "''" and open_mark == "''"
            or mark == "\u201c" and open_mark == "\u201e"  # „…“
            or mark == "''" and open_mark == '"'
            or mark == '"' and open_mark == "''"
        )
        if closes:
            s, e = _trim(text, open_at, m.start())
            if e > s:
                span = QuoteSpan(start=s, end=e, outer_start=open_outer, outer_end=m.end(),
                                 para_start=ps, para_end=pe, closed=True, after_closer=after_closer)
                if restarted is not None and mark in CLOSERS:  # nested, if a stray closer comes next
                    maybe_nested, nested_in = span, restarted
                else:
                    yield span
            open_at = None
        else:  # a second opener: the first was never closed; restart here
            misread = _misread_closer(text, m, ps, pe)
            s, e = _trim(text, open_at, m.start())
            if misread and not after_closer and e > s:  # the lost quote, for its frame
                yield QuoteSpan(start=s, end=e, outer_start=open_outer, outer_end=m.end(),
                                para_start=ps, para_end=pe, closed=True, withheld=True)
            same = mark == open_mark and mark in OPENERS and not (misread or after_closer)
            restarted = open_outer if same else None
            open_at, open_mark, open_outer, after_closer = m.end(), mark, m.start(), misread
    if maybe_nested is not None:
        yield maybe_nested
    if open_at is not None:
        s, e = _trim(text, open_at, pe)
        if e > s:
            yield QuoteSpan(start=s, end=e, outer_start=open_outer, outer_end=pe,
                            para_start=ps, para_end=pe, closed=False, after_closer=after_closer)


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """All quote spans of the article, multi-paragraph quotes merged into one span."""
    out: list[QuoteSpan] = []
    carry: QuoteSpan | None = None  # an unclosed quote waiting for its continuation
    for k, (ps, pe) in enumerate(paras):
        spans = list(paragraph_quotes(text, ps, pe))
        if carry is not None:
            first = spans[0] if spans else None
            # narration after a misread closer (_misread_closer) is no quote left open
            if first is not None and first.outer_start == _first_char(text, ps, pe) \
                    and not carry.after_closer and not _new_turn(text, first) \
                    and not _nested_in_excerpt(text, carry, first, paras[k:k + EXCERPT_CLOSER_MAX_PARAGRAPHS]):
                # continuation paragraph: merge it into the open quote
                merged = replace(carry, end=first.end, outer_end=first.outer_end, para_end=pe,
                                 closed=first.closed, paragraphs=carry.paragraphs + 1)
                spans = spans[1:]
                if first.closed:
                    out.append(merged)
                    carry = None
                else:
                    carry = merged
                    out.extend(spans)
                    continue
            else:
                out.append(carry)
                carry = None
        if spans and not spans[-1].closed:
            out.extend(spans[:-1])
            carry = spans[-1]
        else:
            out.extend(spans)
    if carry is not None:
        out.append(carry)
    return out


# How many paragraphs, from the one holding a nested quote on, _nested_in_excerpt reads for the
# straight mark that closes the excerpt. On PolNeAR train the closer ends the nested quote's own
# paragraph, the next one, or the one after that.
EXCERPT_CLOSER_MAX_PARAGRAPHS = 3


def _nested_in_excerpt(text: str, carry: QuoteSpan, first: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """A pasted excerpt: paragraphs opened by a straight mark and left open (the multi-paragraph
    convention), then a paragraph opened by a curly pair it closes itself, and a straight mark
    that closes the whole excerpt at the end of that paragraph or a later one:
    'The Times reported:' · '"The council met on Monday.' · '“We will not wait,” Mayor Reyes
    said."'. The curly quote is nested in the excerpt, with a speaker of its own; the excerpt's
    paragraphs before it are no part of it (merged, they took the nested quote's cue), and
    attribution finds their source apart (intro_paragraph, lead_paragraph). A writer who only
    mixes marks ('"We met.' then '“We will not wait,” she said.') writes no straight closer
    after the curly pair. On PolNeAR train 7 straight-opened paragraphs left open are followed
    by a curly-opened one; 3 are such excerpts (the other 4 keep their quotes): 4 excerpt
    paragraphs went from the nested quote's speaker to the excerpt's source, all right
    (speaker_name_accuracy 0.9045 -> 0.9050, quote F1 unchanged at 0.9733)."""
    if text[carry.outer_start] != '"' or text[first.outer_start] != "\u201c" \
            or not first.closed or text[first.outer_end - 1] != "\u201d":
        return False
    for n, (ps, pe) in enumerate(paras):
        opening = _first_char(text, ps, pe)
        if n > 0 and text[opening:opening + 1] == '"':
            return False  # a new straight-opened paragraph: the excerpt was never closed
        marks = [m.group() for m in QUOTE_MARK.finditer(text, first.outer_end if n == 0 else ps, pe,
                                                       timeout=REGEX_TIMEOUT)]
        if marks and marks[-1] == '"' and marks.count('"') % 2 == 1:
            return True  # the excerpt's closer: a straight mark left over at the paragraph's end
    return False


def _new_turn(text: str, span: QuoteSpan) -> bool:
    """The span opens a transcript's new turn ('"PENCE: ...') or is its stage direction
    ('"(CROSSTALK.)'): no continuation of the quote left open before it."""
    return bool(TRANSCRIPT_LABEL.match(text, span.start, span.end, timeout=REGEX_TIMEOUT)
                or text[span.start] in "([" and STAGE_DIRECTION.fullmatch(text, span.start, span.end, timeout=REGEX_TIMEOUT))


def _first_char(text: str, ps: int, pe: int) -> int:
    i = ps
    while i < pe and text[i] in " \t\u00a0":
        i += 1
    return i
