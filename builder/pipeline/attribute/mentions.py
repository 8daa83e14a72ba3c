"""Attribute, subject matches: a SUBJECT_BEFORE / SUBJECT_AFTER match (a name, a description
or a pronoun) turned into a resolved speaker."""
from __future__ import annotations

import regex

from builder.lexicon import UNNAMED_HEADS, places
from builder.patterns import DESCRIPTION_THEN_NAME, NAME_MENTION, PREPOSITION_THEN_TITLES, REGEX_TIMEOUT
from builder.pipeline.speakers import name_tokens

from builder.pipeline.attribute.context import Speaker, Context
from builder.pipeline.attribute.names import named_speaker, describe, _person_named
from builder.pipeline.attribute.pronouns import resolve_pronoun

# Irregular past forms among the cue verbs (the rest end in -ed).
PAST_IRREGULAR = frozenset("said told wrote sang swore read".split())
# Present-tense cue forms that are never nouns, so after a noun they are its verb: "the note
# says" (unlike "the racial remarks", "her posts"; and "reads": "One of his recent reads").
VERB_ONLY_PRESENT = frozenset("says writes asks adds explains argues insists warns declares suggests".split())


def speaker_from(m: regex.Match, ctx: Context, cue: str | None = None) -> Speaker | None:
    """Turn a SUBJECT_BEFORE / SUBJECT_AFTER match into a resolved speaker.

    A description with an arbitrary head ("the board") counts only before a past-tense
    cue: "the racial remarks", "her post" are nouns, not a subject and its verb."""
    if m.groupdict().get("generic") and not (cue and (_past_tense(cue) or cue.lower() in VERB_ONLY_PRESENT)):
        return None
    if m.group("pronoun"):
        return resolve_pronoun(m.group("pronoun"), m.start("pronoun"), ctx)
    if m.group("name"):
        if _capitalised_head(m.group("name")):  # "Officials said": a description, capitalised to open
            return describe(ctx, *m.span("name"))  # its sentence, not a name
        return (apposed_name(m, ctx) if _object_of_preposition(m, ctx) else None) or named_speaker(ctx, *m.span("name"))
    if m.group("description"):
        return apposed_name(m, ctx) or name_after_description(m, ctx) or describe(ctx, *m.span("description"))
    return None


def _capitalised_head(name: str) -> bool:
    """A one-word "name" that is a description's head noun (data/unnamed_heads.txt) in the
    plural: "Officials", "Critics", "Aides" (a singular such as "Host" may be a surname)."""
    return " " not in name and name.endswith("s") and name.lower() in UNNAMED_HEADS


def name_after_description(m: regex.Match, ctx: Context) -> Speaker | None:
    """A person's name set off by commas right after a description that opens a subject:
    "The French minister of environment and energy, Ségolène Royal, alluded to ..." -> the
    name the writer gives the describer."""
    after = DESCRIPTION_THEN_NAME.match(ctx.text, m.end("description"), timeout=REGEX_TIMEOUT)
    return None if after is None else _person_named(ctx, *after.span("name"))  # never a place: "..., Texas,"


def apposed_name(m: regex.Match, ctx: Context) -> Speaker | None:
    """A description whose apposition is a bare name: "Bloomberg's pollster, Douglas Schoen,
    says" -> Douglas Schoen, the name the writer gives the describer."""
    if not m.groupdict().get("apposition"):
        return None
    s, e = m.span("apposition")
    name = NAME_MENTION.fullmatch(ctx.text, s + 2, e - 1, timeout=REGEX_TIMEOUT) if ctx.text[s + 1:s + 2] == " " else None
    if name is None or not ctx.names.has_mention_at(name.start(), name.end()):
        return None
    if " ".join(name_tokens(name.group("name"))[0]).lower() in places():
        return None  # "A woman in Worcester, Massachusetts, told": the place closes the description
    return named_speaker(ctx, *name.span("name"))


def _object_of_preposition(m: regex.Match, ctx: Context) -> bool:
    """The subject match's name is the object of a preposition (past any title words): in "A
    spokesman for Gov. Rick Scott, John Tupps, said" the match is "Rick Scott, John Tupps,", and
    the description it ends speaks under the apposed name."""
    s = m.start("name")
    return bool(m.groupdict().get("apposition")) and \
        PREPOSITION_THEN_TITLES.search(ctx.text, max(0, s - 40), s, timeout=REGEX_TIMEOUT) is not None


def _past_tense(cue: str) -> bool:
    c = cue.lower()
    return c.endswith("ed") or c in PAST_IRREGULAR
