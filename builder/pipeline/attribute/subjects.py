"""Attribute, finding subjects: the speaker phrase that ends right before a cue, a sentence's
subject past its lead-ins, and the tests that a match is no speaker (a place, an object, a thing)."""
from __future__ import annotations

import regex

from builder.lexicon import NAMING_PARTICIPLES, places
from builder.patterns import (
    AFTER_PREPOSITION, APPOSITION_VERB, BARE_CONNECTIVE, CLAUSE_COMMA, DATELINE, EXPLETIVE_IT_OPENING, HEADLINE_LABEL, INTRO_PHRASE,
    LEAD_IN_END, OPENING_DESCRIPTION, POSSESSIVE_END, POST_MODIFIER_SIGNS, REGEX_TIMEOUT, SUBJECT_AFTER, SUBJECT_BEFORE,
    SUBJECT_BEFORE_LONGEST, SUBJECT_BEFORE_POSTMOD, WORD,
)
from builder.pipeline.speakers import name_tokens

from builder.pipeline.attribute.context import SUBJECT_MAX_CHARS, ARTICLES, CLAUSE_SUBJECT_MAX_COMMAS, Speaker, Context
from builder.pipeline.attribute.names import describe
from builder.pipeline.attribute.mentions import speaker_from

# How many lead-in clauses sentence_subject skips ("At a rally in Portsmouth, N.H., on
# Tuesday, Senator ..." holds two), and how long one may run (characters). Tuned on PolNeAR
# train (speaker_name_accuracy): clauses 2 -> 0.8326, 3 -> 0.8330, 4..6 -> 0.8331;
# characters 80 -> 0.8327, 150 -> 0.8330, 250 -> 0.8330.
MAX_LEAD_IN_CLAUSES = 4
LEAD_IN_MAX_CHARS = 150
# Windows shorter than this are searched forward only. Timed on PolNeAR train windows (forward /
# backward, microseconds): under 15 characters 3-18 / 6-24, 15-29 32-61 / 28-35, 30-49 81-122 /
# 35-45, 50 and more 286 / 42; but the backward search explores every split of a titled name, so
# on '” Sen. Elizabeth Warren told' (benchmarks/pathological.py, 23 characters) it took 68 against
# 13. From 30 characters on, the backward search wins by 2x or more.
BACKWARD_MIN_CHARS = 30
# Prepositions that also open a clause: "after the meeting" (an object) but "after the front-runner
# had said" (a clause's subject, told apart by its auxiliary).
SUBORDINATING_PREPOSITIONS = frozenset({"after", "before", "since", "until"})


def subject_ending_at(text: str, lo: int, hi: int) -> regex.Match | None:
    """The speaker phrase that ends at `hi` (right before a cue), looked for in the last
    SUBJECT_MAX_CHARS of text[lo:hi]: a long run of capitalised words further back would
    otherwise make the search try every way of splitting it into names (found by fuzzing:
    a 3 kB paragraph ran into the regex timeout)."""
    lo = max(lo, hi - SUBJECT_MAX_CHARS)
    start = _leftmost_subject_start(text, lo, hi)
    if start is None:
        return None
    return SUBJECT_BEFORE.search(text, start, hi, timeout=REGEX_TIMEOUT)


def subject_filling(text: str, lo: int, hi: int) -> regex.Match | None:
    """The speaker phrase that fills all of text[lo:hi]: SUBJECT_BEFORE's, else one with a
    post-modifier (SUBJECT_BEFORE_POSTMOD). The second fullmatch, slow and mostly failing, is
    only tried where the window holds one of POST_MODIFIER_SIGNS: without one it cannot match
    where SUBJECT_BEFORE did not."""
    m = SUBJECT_BEFORE.fullmatch(text, lo, hi, timeout=REGEX_TIMEOUT)
    if m is not None or not any(sign in text[lo:hi] for sign in POST_MODIFIER_SIGNS):
        return m
    return SUBJECT_BEFORE_POSTMOD.fullmatch(text, lo, hi, timeout=REGEX_TIMEOUT)


def _leftmost_subject_start(text: str, lo: int, hi: int) -> int | None:
    """Where the leftmost SUBJECT_BEFORE match of text[lo:hi] starts (None: there is none),
    or `lo` when the backward search cannot tell; see SUBJECT_BEFORE_LONGEST. Only a speed-up:
    the forward search from the returned offset finds the same match as from `lo`."""
    if hi - lo < BACKWARD_MIN_CHARS:
        return lo
    if text[hi - 1:hi] == "\n":
        return lo  # `$` also matches before a final line break: two possible ends
    try:
        m = SUBJECT_BEFORE_LONGEST.search(text, lo, hi, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        return lo
    return m.start() if m else None


def clause_as_apposition(m: regex.Match) -> bool:
    """The subject's "apposition" is a clause of its own: "Mr. Slinker, whose latest start-up,
    Paradata, uses big data ..., said": Paradata is no subject of "said"."""
    return bool(m.group("apposition")) and not m.group("pronoun") and APPOSITION_VERB.match(m.group("apposition"), timeout=REGEX_TIMEOUT) is not None


def names_a_thing(m: regex.Match, cue: regex.Match, before: str) -> bool:
    """'... has set up a website called "Q"': right after an indefinite noun phrase that is an
    object (words come before it) the cue word names the thing; the quote is that name, not
    the phrase's speech. Opening a sentence, the phrase is its subject: 'A German news
    organization called "The Local" cited ...'."""
    if cue.group().lower() not in NAMING_PARTICIPLES or not m.group("description") or not before.strip():
        return False
    first = WORD.match(m.group("description"))
    return first is not None and first.group().lower() in ("a", "an")


def is_place(m: regex.Match) -> bool:
    """A place is no speaker: "Harry Bond, 30, of Raleigh, N.C., who was among those polled,
    said" matches the subject "N.C." with the relative clause as its apposition."""
    if not m.group("name"):
        return False
    tokens, _ = name_tokens(m.group("name"))
    return " ".join(tokens).lower() in places()


def is_object(m: regex.Match, text: str, finite_cue: bool = False) -> bool:
    """A description right after a preposition is its object, not the cue's subject: "Beck,
    who has in the past described ...", "a syllabus for a 2002 psychology class called ...".
    After a preposition that also opens a clause, an auxiliary or a `finite_cue` (a cue in the
    past tense or the present, never a participle) makes it the clause's subject: "a few months
    before its senior vice president boasted about ... "Q""."""
    if not m.group("description"):
        return False
    prep = AFTER_PREPOSITION.search(text, max(0, m.start() - 20), m.start(), timeout=REGEX_TIMEOUT)
    return prep is not None and not (prep.group().strip().lower() in SUBORDINATING_PREPOSITIONS
                                     and (_has_auxiliary(m) or finite_cue))


def _has_auxiliary(m: regex.Match) -> bool:
    """Words between the description and the cue ("had", "has also"): a verb phrase, so the
    description is a clause's subject ("after the Democratic front-runner had said ...")."""
    return bool(m.group().strip()[len(m.group("description")):].strip())


def owns_cue_noun(m: regex.Match) -> bool:
    """A name in the possessive right before a cue word makes that word a noun ("Rubio's
    claim", "Trump's remarks"): the owner did not speak the quote; the speaker is the subject
    of an earlier cue ("Frazier said Thursday that Rubio's claim ...") or of the sentence."""
    return bool(m.group("name")) and POSSESSIVE_END.search(m.group("name")) is not None


def sentence_subject(start: int, end: int, ctx: Context, past_label: bool = True) -> Speaker | None:
    """The subject that opens the sentence text[start:end], past an introductory phrase; else
    one right after a bare conjunction ("And then Trump went on the attack, saying") or after
    one of the sentence's first commas ("Here in Columbia, Sanders stepped up ..., saying").
    `past_label`: a headline or label before a colon opening the sentence ("Editor's Note: An
    article ... reported") is skipped.

    A first match that is an opening word ("Hastily politicizing ...,", "When Trump
    suggested ...,") or a place ("At a rally in Portsmouth, N.H., on Tuesday,") belongs to a
    lead-in clause: the subject comes after its comma. When no later subject turns up, the
    first match stands (as before), so no quote loses the speaker it had; where it names no one
    (the conjunction of "And he made a point of saying ..."), a pronoun right after the
    conjunction or a first comma is the subject (a name there may sit inside a noun phrase:
    "But the oversized Trump face ...")."""
    dateline = DATELINE.match(ctx.text, start, end, timeout=REGEX_TIMEOUT) or \
        (HEADLINE_LABEL.match(ctx.text, start, end, timeout=REGEX_TIMEOUT) if past_label else None)
    if dateline:  # "WASHINGTON, Dec. 8 (UPI) — A spokesman for ...", "Editor's Note: An article ..."
        start = dateline.end()
    intro = INTRO_PHRASE.match(ctx.text, start, end)
    at = intro.end() if intro else start
    empty_it = EXPLETIVE_IT_OPENING.match(ctx.text, at, end, timeout=REGEX_TIMEOUT)
    if empty_it:  # "It has not helped that her campaign has cycled ...": the clause's subject
        at = empty_it.end()
    first = None
    for _ in range(MAX_LEAD_IN_CLAUSES):
        m = SUBJECT_AFTER.match(ctx.text, at, end, timeout=REGEX_TIMEOUT)
        if m is not None and not _leads_in(m, ctx):
            sp = speaker_from(m, ctx)
            if sp is not None or (first is None and m.group("description")):
                return sp  # "Here in Columbia, ..." is no name: leave it
            if first is None:
                break
        if m is None and first is None:
            break  # the sentence opens with no subject-like words: try its clauses
        first = first or m
        at = m.end() if m else at  # "on Tuesday, ": a lead-in of lower-case words
        after = LEAD_IN_END.match(ctx.text, at, min(end, at + LEAD_IN_MAX_CHARS), timeout=REGEX_TIMEOUT)
        if after is None:
            break
        at = after.end()
    if first is None:
        return clause_start_subject(start, end, ctx)
    return _standing_subject(first, end, ctx) or clause_start_subject(start, end, ctx, pronoun_only=True)


def _standing_subject(first: regex.Match, end: int, ctx: Context) -> Speaker | None:
    """The speaker of a sentence's first subject-like words when no later subject turned up.
    A lone capitalised word the name index does not hold may be no name: it opens a
    description ("Attorneys for Clinton appeared", "Nuclear proliferation experts have"),
    which then speaks, or it is an ordinary word opening a lead-in ("Hastily politicizing
    ...", "Outside the arena, ..."), and then no one is named."""
    if is_place(first):  # "In the hours after ... in San Bernardino, Calif., a familiar voice ...": a lead-in's place
        return None
    word = first.group("name")
    if word and " " not in word and not ctx.names.has_mention_at(first.start("name"), first.end("name")):
        d = OPENING_DESCRIPTION.match(ctx.text, first.start("name"), end, timeout=REGEX_TIMEOUT)
        if d is not None:
            return describe(ctx, *d.span("description"))
        if ctx.names.opening_word(word):
            return None
    return speaker_from(first, ctx)


def clause_start_subject(start: int, end: int, ctx: Context, pronoun_only: bool = False) -> Speaker | None:
    """A name or pronoun right after a bare conjunction opening the sentence, or after one of
    its first commas. `pronoun_only`: a pronoun only."""
    starts = [c.end() for c in CLAUSE_COMMA.finditer(ctx.text, start, end, timeout=REGEX_TIMEOUT)]
    bare = BARE_CONNECTIVE.match(ctx.text, start, end)
    for at in ([bare.end()] if bare else []) + starts[:CLAUSE_SUBJECT_MAX_COMMAS]:
        m = SUBJECT_AFTER.match(ctx.text, at, end, timeout=REGEX_TIMEOUT)
        if m and ((m.group("name") and not pronoun_only) or m.group("pronoun")) and not is_place(m):  # "in Washington, D.C., and"
            return speaker_from(m, ctx)
    return None


def _leads_in(m: regex.Match, ctx: Context) -> bool:
    """The match opens a lead-in clause rather than naming the subject: its first word is an
    ordinary opening word ("Reprising", "Asked", "When Trump"), or it is a place followed by
    a comma ("..., N.H., on Tuesday")."""
    if not m.group("name"):
        return False
    name = m.group("name")
    first = WORD.match(name).group()
    if first.lower() not in ARTICLES and ctx.names.opening_word(first):  # "The Security Council" is a subject
        return True
    tokens, _ = name_tokens(name)
    if len(tokens) == 1 and not ctx.names.has_mention_at(m.start("name"), m.end("name")):
        return True  # a lone capitalised word the name index does not hold: "Minutes later, ..."
    return ctx.text[m.end():m.end() + 1] in ",." and " ".join(tokens).lower() in places()
