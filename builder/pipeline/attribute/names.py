"""Attribute, names and descriptions: a name phrase or a description in the text resolved to a
speaker (the name's fullest form in the article, or the name the article ties a description to)."""
from __future__ import annotations

import regex

from builder.lexicon import (
    ATTRIBUTIVE_PARTICIPLES, CLAUSE_OPENERS, THING_HEADS, FIRST_NAMES, LEAD_IN_OPENERS, NOT_NAMES, ORG_WORDS, OWNED_PLATFORMS, PARTICLES,
    TITLES, UNNAMED_HEADS, places,
)
from builder.models import SpeakerKind
from builder.patterns import (
    AUTHORED_BY, DESCRIPTION_PARTITIVE, DESCRIPTION_POSTMOD, DESCRIPTION_POSTMOD_START, ORG_HEAD_AFTER, POSSESSIVE_END, REGEX_TIMEOUT, WORD)
from builder.pipeline.speakers import headline_run, headline_lead, kind_of, name_tokens, norm

from builder.pipeline.attribute.context import Speaker, Context

# How far before the cue an affiliated name may start: the longest on PolNeAR train runs 69
# characters ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told"); 150
# leaves room for long titles without scanning whole sentences.
AFFILIATION_WINDOW_CHARS = 150
# How far an affiliation may reach back from the subject SUBJECT_BEFORE found inside it ("of the
# Armenian Patriarchate of" before "Jerusalem").
AFFILIATION_MAX_CHARS = 40


def named_speaker(ctx: Context, s: int, e: int) -> Speaker | None:
    """The speaker a name phrase text[s:e] names, by its fullest form in the article. A run
    that opens with a sentence opener is a lead-in, not a name: "Likewise, a paper ... had this
    to say", "Alongside BLM calls for action, ...", "Across Asia, policymakers ..."."""
    e = s + len(_without_place(ctx.text[s:e]))
    e = _owner_of_platform(ctx.text, s, e)
    first = WORD.match(ctx.text, s, e)
    if first is not None and first.group().lower() in LEAD_IN_OPENERS:
        return None
    s = past_clause_openers(ctx.text, s, e)
    if _participle_object(ctx.text, s, e):
        return None
    s = _past_opening_participle(ctx, s, e)
    tokens, titles = name_tokens(_after_lowercase(ctx.text[s:e]))
    if headline_run(tokens):  # a headline in Title Case names at most the person it opens with
        tokens = headline_lead(tokens)
    if tokens and (not all(t.lower() in NOT_NAMES for t in tokens)
                   or (len(tokens) == 1 and ctx.names.person_surname(tokens[0]))):  # '"Q," May said'
        kind = kind_of(tokens)
        if ctx.names.describing_first_word(tokens, kind, titled=bool(titles)):  # "Activist Angela Davis"
            tokens, titles = tokens[1:], titles | {tokens[0].lower()}
        canon = ctx.names.canonical_of_gender(tokens, kind, titles)
        head = ORG_HEAD_AFTER.match(ctx.text, e, timeout=REGEX_TIMEOUT)
        if kind == "person" and len(canon) == 1 and head:
            kind = "organization"  # "Tasnim news agency"; not "the Clinton campaign", whose name is a person's
        e = _owned_head_end(ctx.text, s, e, head)
        return Speaker(name=" ".join(canon), mention=ctx.text[s:e], start=s, end=e, kind=kind)
    return None


def _owned_head_end(text: str, s: int, e: int, head: regex.Match | None) -> int:
    """Where the mention of a name run text[s:e] ends: past the body's head it modifies after
    "the" ("the Trump campaign", "the Sanders campaign": the mention is the body's whole phrase,
    its speaker the name's bearer), else at the name."""
    if head is None or not text[s:s + 4].lower() == "the ":
        return e
    return head.end()


def _owner_of_platform(text: str, s: int, e: int) -> int:
    """Where a name run text[s:e] ends when it closes on a possessive and a social platform
    (data/owned_platforms.txt): "Bush's Facebook" -> "Bush", whose channel the platform is."""
    owner, _, last = text[s:e].rpartition(" ")
    if last.lower() not in OWNED_PLATFORMS or not POSSESSIVE_END.search(owner):
        return e
    return s + len(POSSESSIVE_END.sub("", owner))


def past_clause_openers(text: str, s: int, e: int) -> int:
    """Where a speaker's phrase text[s:e] starts past the subordinators or wh-words opening its
    clause (data/clause_openers.txt): "When Trump", "although former governor Martin O'Malley",
    "what former employees" -> "Trump", "former governor ...", "former employees". Never past
    the phrase's last word."""
    first = WORD.match(text, s, e)
    while first is not None and first.group().lower() in CLAUSE_OPENERS:
        rest = len(text[first.end():e]) - len(text[first.end():e].lstrip())
        nxt = WORD.match(text, first.end() + rest, e) if rest else None
        if nxt is None:
            break
        s, first = nxt.start(), nxt
    return s


def _participle_object(text: str, s: int, e: int) -> bool:
    """A phrase text[s:e] that opens with a lower-case participle right before the name, no
    title between, or before a clause opener: the name is the participle's object or sits in its
    clause, so the phrase names no speaker ("White America embracing Obama announced ...",
    "recalling how the Obama campaign exploited ..."). An adjective in -ing describes the bearer instead
    ("outgoing Sen. Harry Reid", data/attributive_participles.txt)."""
    first = WORD.match(text, s, e)
    if first is None or not first.group().islower() or not first.group().endswith("ing") \
            or first.group() in ATTRIBUTIVE_PARTICIPLES or not text.startswith(" ", first.end()):
        return False
    nxt = WORD.match(text, first.end() + 1, e)
    return nxt is not None and (nxt.group()[:1].isupper() and nxt.group().rstrip(".").lower() not in TITLES
                                or nxt.group() in CLAUSE_OPENERS)  # "recalling how the Obama campaign": its clause


def _past_opening_participle(ctx: Context, s: int, e: int) -> int:
    """Where a name run text[s:e] starts past a capitalised participle opening its sentence
    ("Celebrating Clinton" -> "Clinton"): an ordinary word (ctx.names.opening_word), never a
    name's first word. A run of one word stays whole."""
    first = WORD.match(ctx.text, s, e)
    if first is None or not first.group().endswith("ing") or not first.group()[:1].isupper() \
            or not ctx.text.startswith(" ", first.end()) or not ctx.names.opening_word(first.group()):
        return s
    nxt = WORD.match(ctx.text, first.end() + 1, e)
    return nxt.start() if nxt is not None and nxt.group()[:1].isupper() else s


def _without_place(run: str) -> str:
    """"Sen. Chuck Schumer of New York" -> "Sen. Chuck Schumer": a person's full name, then
    "of" and the state or town they come from. An organisation keeps its "of" ("Bank of
    America"), and so does a title ("Secretary of State John Kerry"): there a single word
    stands before "of"."""
    head, of, place = run.rpartition(" of ")
    if not of or not place[:1].isupper() or any(t[:1].islower() for t in place.split()):
        return run
    tokens, _ = name_tokens(head)
    names = tuple(t for t in tokens if t[:1].isupper())  # "Bill de Blasio": a particle is no word of its own
    return head if len(names) >= 2 and kind_of(names) == "person" else run


def _after_lowercase(run: str) -> str:
    """Drop descriptive lower-case (or numbered) words ahead of a name: "the economist Jared Bernstein",
    "front-runner Donald Trump", "Texas-based Matt Mackowiak"."""
    toks = run.split()
    cut = 0
    for i, t in enumerate(toks[:-1]):
        if t == "of" and i and toks[i - 1][:1].isupper():  # "Bank of America", "Secretary of State"
            continue
        if t[:1].islower() and t.partition("-")[0] not in PARTICLES or t[:1].isdigit() or _lower_tail(t):
            cut = i + 1  # "9/11 widow", "76-year-old"; never a particle ("Fahd al-Freij")
    return " ".join(toks[cut:])


def _lower_tail(word: str) -> bool:
    """A capitalised compound whose last part is lower case describes: "Texas-based",
    "Co-anchor", "South Korean-born" (not "Abdel-Rahman"; a Korean given name such as
    "Ki-moon" ends its run, where _after_lowercase never looks)."""
    head, _, tail = word.rpartition("-")
    return bool(head) and word[:1].isupper() and tail[:1].islower()


def describe(ctx: Context, s: int, e: int) -> Speaker:
    """A description: tied to the name the article gives its bearer, else kept unnamed."""
    s = past_clause_openers(ctx.text, s, e)
    desc = ctx.text[s:e]
    author = _document_author(ctx, desc, e)
    if author is not None:
        return author
    dwords = [w.lower() for w in WORD.findall(desc)]
    definite = bool(dwords) and (dwords[0] in ("the", "his", "her", "its", "their")
                                 or dwords[0].endswith(("'s", "’s")))
    if definite:
        # a description joining two roles ("The former first lady and U.S. senator") is tied
        # by either of them
        tied = next((t for part in [desc, *desc.split(" and ")[:2 if " and " in desc else 0]]
                     if (t := ctx.names.tie_description(part, s)) is not None), None)
        if tied is not None:
            canon = ctx.names.canonical(tied.tokens, tied.kind)
            return Speaker(name=" ".join(canon), mention=desc, start=s, end=e, kind=tied.kind)
        body = ctx.names.tie_body(desc, s, e)
        if body is not None:
            canon = ctx.names.canonical(body.tokens, "organization")
            return Speaker(name=" ".join(canon), mention=desc, start=s, end=e, kind="organization")
    post = DESCRIPTION_POSTMOD.match(ctx.text, e, timeout=REGEX_TIMEOUT)
    if post is not None:  # "A spokesman for Platte River": whose spokesman is part of who spoke
        e = post.end()
        desc = ctx.text[s:e]
    kind: SpeakerKind = "organization" if _head_word(desc) in ORG_WORDS else "unnamed"
    return Speaker(name=desc, mention=desc, start=s, end=e, kind=kind)


def _document_author(ctx: Context, desc: str, e: int) -> Speaker | None:
    """The named author of a document the description text[..e] gives ("a fundraising email sent
    out by Sanders", "a court document filed by state attorney Dave Aronberg"): PolNeAR credits
    the author, not the document."""
    if _head_word(desc) not in THING_HEADS:
        return None
    m = AUTHORED_BY.match(ctx.text, e, timeout=REGEX_TIMEOUT)
    return named_speaker(ctx, *m.span("name")) if m is not None else None


def _head_word(desc: str) -> str:
    """The lower-cased head noun of a description: the last word before its post-modifier ("a
    spokesman| for the campaign": a person, not the campaign), or a lower-case collective's
    members ("an army of Bernie Sanders supporters": people; "The Council of Economic Advisers"
    is a body)."""
    partitive = DESCRIPTION_PARTITIVE.match(desc, timeout=REGEX_TIMEOUT)
    post = DESCRIPTION_POSTMOD_START.search(desc, partitive.end() if partitive else 0, timeout=REGEX_TIMEOUT)
    head = _last_word(desc, 0, post.start() if post else len(desc))
    if post is not None and post.group().strip() == "of" and head.islower():
        after = DESCRIPTION_POSTMOD_START.search(desc, post.end(), timeout=REGEX_TIMEOUT)
        members = _last_word(desc, post.end(), after.start() if after else len(desc)).lower()
        first = WORD.search(desc, post.end())
        if members in UNNAMED_HEADS and first is not None and first.group().lower() not in ("the", "a", "an"):
            return members  # "a group of students"; never "the campaign of the former senator"
    return head.lower()


def _last_word(text: str, start: int, end: int) -> str:
    words = WORD.findall(text, start, end)
    return words[-1] if words else ""


def _person_named(ctx: Context, s: int, e: int) -> Speaker | None:
    """The person a name run text[s:e] names, where the article's evidence says it is a
    person's name (a title, a first name, a cue it is the subject of): never a party, a
    place or a body ("Democrats and Republicans", "Iowa and New Hampshire")."""
    found = [m for m in ctx.names.mentions_in(s, e) if m.end == e]
    sp = named_speaker(ctx, s, e)
    if not found or sp is None or sp.kind != "person":
        return None
    return sp if ctx.names.person_like(found[-1], tuple(sp.name.split())) else None


def first_name_in(start: int, end: int, ctx: Context) -> Speaker | None:
    """The first name the index holds in text[start:end]: the source inside a phrase no
    subject pattern reads ("according to an Associated Press account", "according to audio
    provided by Wyoming Public Radio")."""
    for m in ctx.names.mentions_in(start, end):
        if " ".join(m.tokens).lower() in places():
            continue  # "according to the exit polls in New Hampshire": a place is no source
        sp = named_speaker(ctx, m.start, m.end)
        if sp is not None:
            return sp
    return None


def affiliated_person(lo: int, hi: int, at: int | None, pattern: regex.Pattern, ctx: Context) -> Speaker | None:
    """The person whose affiliation is the name at `at`, in a phrase ending at `hi`: "Sen. Marco
    Rubio of Florida said", "John Smith of the Brookings Institution told", "..., Sen. Marco Rubio
    of Florida, who mused". `at` is where the subject found before the cue starts (None: none
    was found, as a name right after "of" is none); it must lie past the person's name."""
    text = ctx.text
    lo = max(lo, hi - AFFILIATION_WINDOW_CHARS)
    if " of " not in text[lo if at is None else max(lo, at - AFFILIATION_MAX_CHARS):hi]:
        return None  # a cheap test first
    m = pattern.search(text, lo, hi, timeout=REGEX_TIMEOUT)
    while m is not None and (at is None or m.end("name") < at):
        # a name inside the "affiliation" is the subject, not the words before "of": "Palm Beach
        # County Supervisor of Elections Susan Bucher said", "Secretary of State Hillary Clinton of"
        person = None if _holds_full_name(m.group("affiliation")) else named_speaker(ctx, *m.span("name"))
        if person is not None and person.kind == "person" and (
                len(person.name.split()) >= 2 or _person_named(ctx, *m.span("name")) is not None):
            return person  # a full name, or one the article shows is a person's: never "Bank of America"
        # "Former Secretary of State Hillary Clinton of New York": the name is further on
        m = pattern.search(text, m.start("affiliation"), hi, timeout=REGEX_TIMEOUT)
    return None


def _holds_full_name(phrase: str) -> bool:
    """A first name followed by another word: "Elections Susan Bucher"."""
    words = phrase.split()
    return any(norm(w) in FIRST_NAMES for w in words[:-1])
