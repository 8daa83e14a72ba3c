"""The speed-ups that answer a question without the plain regex call give the plain answer.

Each fast path is checked against its slow definition over every window of the seed
articles it is used on, plus random windows: the leftmost subject found backwards
(SUBJECT_BEFORE_LONGEST) against SUBJECT_BEFORE.search, the word before a name against
WORD.findall, the lower-case test of one word against tokenising the whole text, and the
sentence start read from one paragraph scan against scanning up to the offset, and whether a
quote's sentence runs past an offset, read up to it, against reading to the sentence's end,
and the subject filling a window (the post-modifier fullmatch skipped where no
POST_MODIFIER_SIGNS literal is) against trying both fullmatches.
A change to SUBJECT_BEFORE that makes the backward search disagree (an atomic group or a
possessive quantifier would) fails here.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.patterns import CUE, NAME_MENTION, SUBJECT_BEFORE, SUBJECT_BEFORE_POSTMOD, WORD
from builder.pipeline.attribute import SUBJECT_MAX_CHARS, subject_ending_at
from builder.pipeline.attribute.subjects import subject_filling
from builder.pipeline.attribute.context import Context
from builder.pipeline.quotes import find_quotes
from builder.pipeline.segment import paragraphs, sentence_bounds, sentence_start
from builder.pipeline.speakers import NameIndex, _word_before

SOURCES = Path(__file__).resolve().parent.parent / "sources"
SEEDS = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")) if p.stem != "README"}
RANDOM_WINDOWS = 200  # per seed, on top of the windows the pipeline asks about


def _groups(m):
    return None if m is None else [m.span(g) for g in range(len(m.groups()) + 1)]


def _paragraph_of(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_subject_before_cue_matches_plain_search(name):
    text = SEEDS[name]
    rng = random.Random(name)
    windows = [(_paragraph_of(text, c.start()), c.start()) for c in CUE.finditer(text)]
    windows += [(lo, lo + rng.randint(1, 400)) for lo in (rng.randrange(len(text)) for _ in range(RANDOM_WINDOWS))]
    for lo, hi in windows:
        hi = min(hi, len(text))
        plain = SUBJECT_BEFORE.search(text, max(lo, hi - SUBJECT_MAX_CHARS), hi)
        assert _groups(subject_ending_at(text, lo, hi)) == _groups(plain), (lo, hi, text[lo:hi])


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_subject_filling_matches_both_fullmatches(name):
    text = SEEDS[name]
    rng = random.Random(name)
    # windows from the words after each quote mark, and from each earlier word start, to each cue
    windows = [(lo, c.start()) for c in CUE.finditer(text)
               for lo in (w.start() for w in WORD.finditer(text, max(0, c.start() - 80), c.start()))]
    windows += [(lo, min(len(text), lo + rng.randint(1, 120))) for lo in (rng.randrange(len(text)) for _ in range(RANDOM_WINDOWS))]
    for lo, hi in windows:
        plain = SUBJECT_BEFORE.fullmatch(text, lo, hi) or SUBJECT_BEFORE_POSTMOD.fullmatch(text, lo, hi)
        assert _groups(subject_filling(text, lo, hi)) == _groups(plain), (lo, hi, text[lo:hi])


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_word_before_name_matches_tokeniser(name):
    text = SEEDS[name]
    rng = random.Random(name)
    ats = [m.start() for ps, pe in paragraphs(text) for m in NAME_MENTION.finditer(text, ps, pe)]
    windows = [(max(0, at - 60), at) for at in ats]
    windows += [(lo, min(len(text), lo + rng.randint(0, 80))) for lo in (rng.randrange(len(text)) for _ in range(RANDOM_WINDOWS))]
    for lo, at in windows:
        words = WORD.findall(text, lo, at)
        assert _word_before(text, lo, at) == (words[-1] if words else None), (lo, at, text[lo:at])


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_lower_case_test_matches_tokeniser(name):
    text = SEEDS[name]
    lower = {w for w in WORD.findall(text) if w[:1].islower()}
    names = NameIndex(text)
    for w in {w.lower() for w in WORD.findall(text)} | {w.strip(".,;:") for w in text.split()}:
        assert names._written_in_lower_case(w) == (w in lower), w


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_sentence_start_matches_a_scan_up_to_the_offset(name):
    text = SEEDS[name]
    for ps, pe in paragraphs(text):
        for at in range(ps, pe + 1):
            assert sentence_start(text, ps, pe, at) == sentence_bounds(text, ps, at)[-1], (name, at)


# sentence ends, abbreviations, closing marks (also glued to the next word: '!”Former') and
# capitals packed close together
SENTENCE_BITS = st.sampled_from(['. ', '? ', '!" ', '." ', ".’ ", '!”', '?! ', ' Mr. ', ' U.S. ', ' J. ',
                                 'A', 'b', ' ', '\t', '“', '"', '(', "''", ') ', 'Q', ' x'])


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_BITS, max_size=40))
def test_sentence_start_matches_on_dense_sentence_ends(bits):
    text = "".join(bits)
    for at in range(len(text) + 1):
        assert sentence_start(text, 0, len(text), at) == sentence_bounds(text, 0, at)[-1], at


def _quote_context(text: str) -> Context:
    spans = find_quotes(text, list(paragraphs(text)))
    return Context(text=text, names=NameIndex(text), quotes=spans)


def _runs_past_agrees(ctx: Context) -> None:
    for i in range(len(ctx.quotes)):
        q = ctx.quotes[i]
        for at in {q.outer_end, q.para_end, *(p.outer_start for p in ctx.quotes[i + 1:i + 3])}:
            assert ctx.sentence_runs_past(i, at) == (at < ctx.statement_end(i)), (i, at)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_sentence_runs_past_matches_statement_end(name):
    _runs_past_agrees(_quote_context(SEEDS[name]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_BITS | st.sampled_from(['“Ab”', '"Ab."', '“Q.” ', '\n\n']), max_size=40))
def test_sentence_runs_past_matches_on_dense_sentence_ends(bits):
    _runs_past_agrees(_quote_context("".join(bits)))
