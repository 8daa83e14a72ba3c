"""Attribute, subject matches: a SUBJECT_BEFORE / SUBJECT_AFTER match (a name, a description
or a pronoun) turned into a resolved speaker."""
from __future__ import annotations

import regex

from builder.lexicon import FIRST_NAMES, TITLES, UNNAMED_HEADS, places
from builder.patterns import (
    DESCRIPTION_THEN_NAME, DESCRIPTION_THEN_VERB, JOINED_NAMES_AFTER, JOINED_NAMES_BEFORE, NAME_MENTION, PREPOSITION_THEN_TITLES, REGEX_TIMEOUT, WORD,
)
from builder.pipeline.speakers import name_tokens

from builder.pipeline.attribute.context import Speaker, Context
from builder.pipeline.attribute.names import named_speaker, describe, _person_named
from builder.pipeline.attribute.pronouns import resolve_pronoun

# Irregular past forms among the cue verbs (the rest end in -ed).
PAST_IRREGULAR = frozenset("said told wrote sang swore read".split())
# Present-tense cue forms that are never nouns, so after a noun they are its verb: "the note
# says" (unlike "the racial remarks", "her posts"; and "reads": "One of his recent reads").
VERB_ONLY_PRESENT = frozenset("says writes asks adds explains argues insists warns declares suggests".split())
# How far before a subject's name the other names joined to it may start (characters): four
# full names with titles and commas ("Sens. Elizabeth Warren, Bernie Sanders, Sherrod Brown and").
JOINED_WINDOW_CHARS = 160


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
        verb_first = DESCRIPTION_THEN_VERB.match(ctx.text, *m.span("name"), timeout=REGEX_TIMEOUT)
        if verb_first:  # "The board saw Fiorina ...": the description is the subject, the name its object
            return describe(ctx, *verb_first.span("description"))
        return (apposed_name(m, ctx) if _object_of_preposition(m, ctx) else None) or joined_speaker(m, ctx) \
            or named_speaker(ctx, *m.span("name"))
    if m.groupdict().get("group"):  # '"Q," the two write': an unnamed group (kept as written)
        return Speaker(name=m.group("group"), mention=m.group("group"), start=m.start("group"), end=m.end("group"),
                       kind="unnamed")
    if m.group("description"):
        verb_first = DESCRIPTION_THEN_VERB.match(ctx.text, *m.span("description"), timeout=REGEX_TIMEOUT)
        if verb_first:  # "the rally denounced Republican ...": the description reads on past its verb
            return describe(ctx, *verb_first.span("description"))
        return apposed_name(m, ctx) or name_after_description(m, ctx) or describe(ctx, *m.span("description"))
    return None


def joined_speaker(m: regex.Match, ctx: Context) -> Speaker | None:
    """Names joined by "and" around the subject's name are one speaker: "John Smith and Mary
    Jones wrote" -> "John Smith and Mary Jones" (each name by its fullest form in the article),
    a person's speaker unless every name is an organisation's. None where no other name is
    joined to it, or where the first names are no names the index holds ("Yesterday, Cruz and
    Rubio said": the names from the first one that is, "Cruz and Rubio")."""
    text = ctx.text
    s, e = m.span("name")
    parts = []
    if text.endswith(" and ", max(0, s - 5), s):
        before = JOINED_NAMES_BEFORE.search(text, max(0, s - JOINED_WINDOW_CHARS), s, timeout=REGEX_TIMEOUT)
        parts = before.spans("part") if before else []
        parts.append((s, e))
    elif text.startswith(",", e) or text.startswith(" and ", e) or text.startswith(" (", e):
        after = JOINED_NAMES_AFTER.match(text, e, timeout=REGEX_TIMEOUT)
        parts = [(s, e), *after.spans("part")] if after else []
    speakers = _joined_names(parts, ctx)
    if len(speakers) < 2:
        return None
    names = [sp.name for sp in speakers]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    kind = "organization" if all(sp.kind == "organization" for sp in speakers) else "person"
    start, end = speakers[0].start, speakers[-1].end
    return Speaker(name=joined, mention=text[start:end], start=start, end=end, kind=kind)


def _joined_names(parts: list[tuple[int, int]], ctx: Context) -> list[Speaker]:
    """The speakers of the name runs `parts` (the last is the subject's own name), from the
    first run on after which every run is a name the index holds, never a place ("In Iowa, Cruz
    and Rubio said" is no list of three). Fewer than two: no joined speaker; a name twice ("Bush
    and Bush") is none either."""
    speakers: list[Speaker] = []
    if any(_ends_with_title(ctx.text[s:e]) for s, e in parts):
        return []  # "former Pennsylvania Gov. and DNC Chairman Ed Rendell": one person's two offices
    for s, e in reversed(parts):
        sp = named_speaker(ctx, s, e)
        if sp is None or sp.name is None or not ctx.names.mentions_in(s, e) \
                or " ".join(name_tokens(ctx.text[s:e])[0]).lower() in places() or not _named_party(sp, s, e, ctx):
            break
        speakers.insert(0, sp)
    if len({sp.name for sp in speakers}) < len(speakers):
        return []
    return speakers


def _named_party(sp: Speaker, s: int, e: int, ctx: Context) -> bool:
    """A joined name must be a body's or read as a person's: a lone surname ("Cruz"), a known
    first name ("Mary Jones", "Edward-Isaac Dovere"), or a full name the article also writes
    inside a sentence ("Turkish President Recep Tayyip Erdogan"). A capitalised word that opens a sentence or a headline
    before a surname ("Derelict Obama") is no party to a joint statement."""
    if sp.kind == "organization":
        return True
    first = sp.name.split()[0].lower()
    return " " not in sp.name or any(piece in FIRST_NAMES for piece in first.split("-")) \
        or _named_inside_sentence(sp.name, ctx.text)


def _named_inside_sentence(name: str, text: str) -> bool:
    """`name` stands somewhere after a lower-case word or a title ("President Recep Tayyip
    Erdogan"), not only where a capital opens a sentence or a headline ("Derelict Obama")."""
    at = text.find(name)
    while at > 0:
        before = text[max(0, at - 40):at].rstrip(" ")
        word = before[before.rfind(" ") + 1:]
        if "\n" not in word and (word[:1].islower() and word[-1:].isalpha() or word.rstrip(".").lower() in TITLES):
            return True
        at = text.find(name, at + 1)
    return False


def _ends_with_title(run: str) -> bool:
    """A name run whose last word is a title ("Pennsylvania Gov.", "Senate Majority Leader")."""
    words = WORD.findall(run)
    return bool(words) and words[-1].lower() in TITLES


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
