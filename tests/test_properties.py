"""Properties of builder.extract on arbitrary text: it never raises, every offset it emits
slices the text to the string it claims, and it is deterministic.

Texts are built from quote marks, line breaks, speech-like words and arbitrary Unicode, with
the marks weighted heavily: that is where pairing, splitting and attribution go wrong.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from builder import Article, analyse, extract

MARKS = list("\u201c\u201d\"\u00ab\u00bb\u201e\u2018\u2019'") + ["''"]
BREAKS = ["\n", "\n\n", " ", "  ", "\r\n", "\t", "\u00a0", "\u202f"]
WORDS = [
    "said", "says", "told", "added", "according to", "he", "she", "they", "Smith", "Jane Smith",
    "Mr.", "Sen. Elizabeth Warren", "the White House", "a spokesman", ",", ".", ":", "?", "\u2014",
    "It is", "we will", "O'Brien", "Clinton's",
]
TOKENS = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(MARKS),
    st.sampled_from(BREAKS),
    st.sampled_from(WORDS),
    st.text(max_size=6),  # anything at all: odd Unicode, control characters
)
NOISE = st.lists(TOKENS, max_size=6).map("".join)
SPEAKERS = ["he", "she", "Smith", "Jane Smith", "Jane\u00a0Smith", "Sen. Elizabeth Warren", "the White House", "a spokesman",
            "O'Brien", "Dr. Ana de la Cruz"]
CUES = ["said", "says", "told reporters", "added", "wrote"]


@st.composite
def attributed_sentences(draw) -> str:
    """Quote-cue-speaker sentences in either order, with noise spliced in anywhere, so the
    attribution rules fire and their speaker and cue offsets get checked."""
    mark_open, mark_close = draw(st.sampled_from([("\u201c", "\u201d"), ('"', '"'), ("''", "''"), ("\u00ab", "\u00bb"),
                                                  ("\u201e", "\u201c"), ("\u201c", "")]))
    quote = draw(st.sampled_from(["We will win", "It is over", "No"])) + draw(NOISE) + draw(st.sampled_from([",", ".", "", "?"]))
    speaker, cue = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(CUES))
    head = f"{mark_open}{quote}{mark_close}"
    tail = draw(st.sampled_from([f" {speaker} {cue}.", f" {cue} {speaker}.", f", according to {speaker}."]))
    if draw(st.booleans()):
        return head + draw(NOISE) + tail + draw(NOISE)
    return f"{speaker} {cue}{draw(NOISE)}: {head}" + draw(NOISE)


PARAGRAPHS = st.lists(st.one_of(attributed_sentences(), NOISE), min_size=1, max_size=6)
TEXTS = st.one_of(
    st.lists(TOKENS, max_size=80).map("".join),
    st.tuples(PARAGRAPHS, st.sampled_from(["\n", "\n\n", " "])).map(lambda p: p[1].join(p[0])),
    st.text(alphabet=st.one_of(st.sampled_from(MARKS[:-1] + ["\n"]), st.characters()), max_size=200),
)
SETTINGS = settings(max_examples=300, deadline=None)


def article(text: str) -> Article:
    return Article(id="prop", text=text)


@SETTINGS
@given(text=TEXTS)
def test_offsets_slice_to_the_strings_they_claim(text):
    for q in extract(article(text)):  # never raises: an exception fails the test
        assert 0 <= q.quote_start <= q.quote_end <= len(text)
        assert text[q.quote_start:q.quote_end] == q.quote
        if q.speaker_start is not None or q.speaker_end is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if q.cue_start is not None or q.cue_end is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        assert text[q.context_start:q.context_start + len(q.context)] == q.context
        assert q.context_start <= q.quote_start and q.quote_end <= q.context_start + len(q.context)
        assert q.article_id == "prop"


@SETTINGS
@given(text=TEXTS)
def test_rejections_slice_to_their_text(text):
    for r in analyse(article(text)).rejections:
        assert text[r.start:r.end] == r.text


@SETTINGS
@given(text=TEXTS)
def test_extract_is_deterministic(text):
    assert extract(article(text)) == extract(article(text))


def test_long_pronoun_chain_is_bounded():
    """Thousands of '"Q," he said.' paragraphs: each pronoun chains to the one before, and
    resolution must stay within MAX_CHAIN_LINKS, not recurse past Python's stack."""
    text = "Bill Bruch spoke first.\n\n" + "\n\n".join(f'"We will win {i}," he said.' for i in range(3000))
    quotes = analyse(text, time_limit=None).quotes
    assert len(quotes) == 3000
    assert quotes[0].speaker == "Bill Bruch"
