"""Attribute, pronouns: who a "he", "she", "they", "it" or "who" stands for (named speakers,
the subjects of recent sentences, chains of the same pronoun)."""
from __future__ import annotations

from bisect import bisect_right

import regex

from builder.lexicon import ANONYMOUS_HEADS, GROUP_PHRASES, ORG_WORDS, THING_HEADS, TITLES, UNNAMED_HEADS, pronoun_kinds
from builder.patterns import (
    AFFILIATED_MENTION, DEFINITE_PERSON_OPENING, DESCRIPTION_THEN_WHO, INTRO_PHRASE, NAME_APPOSITION_THEN_WHO, OPENING_PRONOUN, PAIR_SUBJECT, PERSONAL_PRONOUN,
    NESTED_OPENER, PERSON_OPENING, PERSON_SUBJECT, PLURAL_MENTION, PLURAL_SUBJECT, PRONOUN_CUE, REGEX_TIMEOUT, THING_IN_OPENING_PHRASE,
    THING_SUBJECT, WORD,
)
from builder.pipeline.speakers import FEMALE_TITLES, MALE_TITLES, NameMention, gender

from builder.pipeline.attribute.context import Speaker, Context
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.attribute.names import affiliated_person, describe, _person_named

# How many sentences back (counting its own) "it" looks for the organisation that spoke.
# Tuned on PolNeAR train (speaker_name_accuracy): 1 -> 0.8212, 2 -> 0.8214, 5 -> 0.8214.
IT_ANTECEDENT_SENTENCES = 2
# How many pronouns back a chain of the same pronoun is followed ("He said ... He added ...
# '"Q," he said'): a bound for text of thousands of such paragraphs, where it recursed past
# Python's stack. Tuned on PolNeAR train (speaker_name_accuracy): 2 -> 0.8571, 4..16 -> 0.8572;
# re-measured at 0.8947: 2 -> 0.8946, 3 and 4 give the same speaker for every train and dev
# quote, and 3 spends a fifth less on "he said" paragraphs that chain with no name in reach.
MAX_CHAIN_LINKS = 3
# How many sentences back (counting its own) "they" looks for a plural subject. Tuned on
# PolNeAR train (speaker_name_accuracy): 1 -> 0.8230, 2 -> 0.8233, 3 -> 0.8233, 4 -> 0.8233.
THEY_ANTECEDENT_SENTENCES = 2
# How far before "they" a pair of people ("Foner and Alba") may open its sentence, looked for
# as a plain " and " first: THEY_ANTECEDENT_SENTENCES sentences of news text. A speed-up only:
# 300 to 2,000 give the same PolNeAR train figures.
PAIR_WINDOW_CHARS = 600
# How many sentences back (counting its own) "he" or "she" looks for an unnamed person
# opening a sentence as a cue's subject ("One California delegate said ...").
PERSON_ANTECEDENT_SENTENCES = 2
# PERSON_SUBJECT's determiners as they open a description, looked for as plain text in the
# PERSON_SUBJECT_WINDOW_CHARS before the pronoun (two sentences of news text) before the
# sentences are searched: 100,000 '"Q," he said.' paragraphs took 21 s with the search run
# for every pronoun, 17 s with this test first (14 s without the search; train figures equal).
INDEFINITE_OPENERS = ("A ", "An ", "One ", "Another ", " a ", " an ", " one ", " another ")
DEFINITE_OPENER = "The "
PERSON_SUBJECT_WINDOW_CHARS = 400
# How many paragraphs (counting its own) a role description looks back for the one person of
# the pronoun's gender it stands for. Tuned on PolNeAR train (speaker_name_accuracy):
# 1 -> 0.8899, 2 -> 0.8901, 3 -> 0.8901 (the smallest reach that finds them all).
DESCRIPTION_BEARER_PARAGRAPHS = 2
# How far before ", who" its description may start (characters): a head, four modifiers
# and a short "of ..." phrase.
RELATIVE_WINDOW_CHARS = 120
# resolve_pronoun's marker for "the latest decided speaker not looked up yet" (None is an answer):
# only a name the index cannot tell for a person needs it, so most pronouns never look it up
# (a speed-up only: same predictions on train and dev).
_NOT_LOOKED_UP = object()


def resolve_pronoun(word: str, at: int, ctx: Context, links: int = 0) -> Speaker:
    """A pronoun resolves to the last compatible named speaker before it, or stays null.
    `links`: how many pronouns of a chain ("He said ... He added ...") led here."""
    pkind = pronoun_kinds().get(word.lower(), "")
    end = at + len(word)
    unresolved = Speaker(name=None, mention=word, start=at, end=end, kind=None)
    if pkind == "relative":  # "Trump, who said ..." -> the name right before ", who"
        for m in ctx.names.mentions:
            if 0 <= at - m.end <= 3:
                person = affiliated_person(0, m.end, m.start, AFFILIATED_MENTION, ctx)
                if person is not None:  # "Sen. Marco Rubio of Florida, who mused": not the state
                    return person.model_copy(update={"mention": word, "start": at, "end": end})
                canon = ctx.names.canonical(m.tokens, m.kind)
                return Speaker(name=" ".join(canon), mention=word, start=at, end=end, kind=m.kind)
        named = _name_apposed_before_who(at, ctx)
        if named is not None:  # "Mitch McConnell, now the majority leader, who said ..."
            return named.model_copy(update={"mention": word, "start": at, "end": end})
        d = DESCRIPTION_THEN_WHO.search(ctx.text, max(0, at - RELATIVE_WINDOW_CHARS), at, timeout=REGEX_TIMEOUT)
        if d is not None:  # "the Mexican president, who said ..."
            return describe(ctx, *d.span("description")).model_copy(update={"mention": word, "start": at, "end": end})
        earlier = _speaker_earlier_in_sentence(at, ctx)
        if earlier is not None:  # '"Q," said Scott Reed, the Chamber's strategist, who added ...'
            return earlier.model_copy(update={"mention": word, "start": at, "end": end})
        return unresolved
    if pkind == "thing":  # "the company wrote in its statement. It added, ..."
        org = (_last_speaker_if_organisation(at, ctx) or _nearer(_recent_thing_subject(at, ctx), _last_thing_speaker(at, ctx))
               or _thing_before_person_subject(at, ctx))
        org = None if org is None else _named_body(org, ctx) or org
        if org is None and links < MAX_CHAIN_LINKS:  # '"Q1," the email read. It stated ... It said "Q2"'
            chained = _previous_sentence_pronoun(word, at, ctx)
            if chained is not None:
                org = resolve_pronoun(chained.group("pronoun"), chained.start("pronoun"), ctx, links + 1)
                org = None if org.name is None else org
        return unresolved if org is None else org.model_copy(update={"mention": word, "start": at, "end": end})
    if pkind == "plural":  # "the protesters also paid tribute ... they chanted"
        group = _nearer(_nearer(_recent_plural_subject(at, ctx), _recent_pair_subject(at, ctx)),
                        _last_joined_speaker(at, ctx))
        if group is None and links < MAX_CHAIN_LINKS:  # "They sent a letter ... '"Q," they wrote'
            chained = _previous_sentence_pronoun(word, at, ctx)
            if chained is not None:
                group = resolve_pronoun(chained.group("pronoun"), chained.start("pronoun"), ctx, links + 1)
                group = None if group.name is None else group
        if group is None:  # a collective body: "Clinton's campaign is seeking ... what they call"
            group = _last_speaker_if_organisation(at, ctx) or _recent_body_subject(at, ctx)
        if group is None:  # "so will an army of Sanders supporters planning ... what they call"
            group = _plural_earlier_in_sentence(at, ctx)
        return unresolved if group is None else group.model_copy(update={"mention": word, "start": at, "end": end})
    if word == "I":  # the writer's own '"Q," I said' (not an "I" inside someone's quote)
        author = None if ctx.inside_quote(at) else ctx.author
        return unresolved if author is None else author.model_copy(update={"mention": word, "start": at, "end": end})
    if pkind != "person":
        return unresolved
    want = "f" if word.lower() == "she" else "m"
    described = _nearer(_last_described_speaker(at, ctx, want), _recent_person_subject(at, ctx, want))
    chained = _previous_sentence_pronoun(word, at, ctx) if links < MAX_CHAIN_LINKS else None
    here = _statement_start(at, ctx)
    # lazily: the first fitting one is taken. With a chain ("Bruch said ... He noted ... Trump
    # ... " "Q," he said: still Bruch), only the names of the pronoun's own sentence.
    cands = ctx.names.iter_subjects_before(at, floor=here if chained is not None else 0)
    aside = _aside_between_quotes(here, at, ctx)
    if aside is not None:  # '"Q1" -- that Bloomberg is ... -- "Q2," he says': the writer's aside
        cands = (m for m in cands if not aside[0] <= m.start < aside[1])
    quoted = _quote_ending_at(at, ctx)  # whose people the pronoun's speaker speaks of
    switched = None  # (other bearer, sentence start) of a bare surname the pronoun does not fit
    spoke = _NOT_LOOKED_UP  # the latest named speaker, looked up for the first name that needs it
    for m in cands:
        if switched is not None and m.start < switched[1]:
            break
        canon = ctx.names.canonical_of_gender(m.tokens, "person", m.titles)  # "Mrs. Clinton": not "Bill Clinton"
        if not ctx.names.person_like(m, canon):
            if spoke is _NOT_LOOKED_UP:
                spoke = _last_named_person_speaker(at, ctx)
            if not _within(m, spoke):
                continue
        if ctx.names.group_plural(canon):
            continue
        if _titled_in(canon[-1], quoted, ctx):
            continue  # '"... Senator Sanders's message ...," he said': someone who speaks of Sanders
        if m.start < here and not ctx.names.is_cue_subject(m) and _after_same_pronoun(m, word, ctx):
            continue
        g = gender(m) or ctx.names.gender_of(canon)
        if g not in (None, want) and gender(m) is None and len(m.tokens) == 1:
            # a bare surname two people share ("Clinton"): the one the pronoun fits, unless a
            # name that fits as it stands shares its sentence
            other = ctx.names.fullest_form_of_gender(m.tokens, want)
            if switched is None and other is not None and ctx.names.named_before(other, at):  # one the reader has met
                if described is not None and described.start > m.end:
                    break  # "said the woman, ..." is nearer than any named person
                switched = (other, ctx.names.sentence_span(m.start)[0])
                continue
        if g is None or g == want:
            if described is not None and described.start > m.end:
                described = _named_bearer(described, want, ctx) or described
                break  # "said the woman, ..." is nearer than any named person
            return Speaker(name=" ".join(canon), mention=word, start=at, end=end, kind="person")
    if switched is not None:
        return Speaker(name=" ".join(switched[0]), mention=word, start=at, end=end, kind="person")
    if chained is not None:
        res = resolve_pronoun(chained.group("pronoun"), chained.start("pronoun"), ctx, links + 1)
        if _spoken_of(res, quoted, ctx):  # '"... Senator Sanders's message ...," he said': not Sanders
            return unresolved
        return res.model_copy(update={"mention": word, "start": at, "end": end})
    if described is not None:
        kind = "person" if described.kind == "person" else "unnamed"  # a person only when _named_bearer found one
        return Speaker(name=described.name, mention=word, start=at, end=end, kind=kind)
    last = _last_speaker_of_gender(at, ctx, want)
    if last is not None and not _spoken_of(last, quoted, ctx):  # no name in reach: the writer goes on with the last speaker
        return last.model_copy(update={"mention": word, "start": at, "end": end})
    return unresolved


def _quote_ending_at(at: int, ctx: Context) -> QuoteSpan | None:
    """The quote whose closing mark the pronoun follows ('"Q," he said')."""
    k = bisect_right(ctx.quote_ends, at) - 1
    if k < 0:
        return None
    q = ctx.quotes[k]
    return q if q.closed and not ctx.text[q.outer_end:at].strip(" ,") else None


def _spoken_of(sp: Speaker, q: QuoteSpan | None, ctx: Context) -> bool:
    """Whether the quote the pronoun follows speaks of the named person `sp` (_titled_in)."""
    return sp.name is not None and sp.kind == "person" and _titled_in(sp.name.split()[-1], q, ctx)


def _titled_in(surname: str, q: QuoteSpan | None, ctx: Context) -> bool:
    """Whether a quote speaks of `surname` in the third person, after a title ("Secretary
    Clinton can be held responsible", "Senator Sanders's message"), outside any quote nested
    in it ("'Mr. Trump, you are fired'" is said to him). A bare or full name is not enough:
    "We're going to win with Trump", "they say Bernie Sanders should drop out" are their own.
    (The name index leaves quotes out, so the quote's words are read here: only when the
    surname is in it, since most are not.)"""
    if q is None or ctx.text.find(surname, q.start, q.end) < 0:
        return False
    nested = NESTED_OPENER.search(ctx.text, q.start, q.end, timeout=REGEX_TIMEOUT)
    stop = q.end if nested is None else nested.start()
    words = [m.group() for m in WORD.finditer(ctx.text, q.start, stop, timeout=REGEX_TIMEOUT)]
    return any(title.lower().rstrip(".") in TITLES and (w[:-2] if w.endswith(("'s", "\u2019s")) else w) == surname
               for title, w in zip(words, words[1:]))


def _last_speaker_of_gender(at: int, ctx: Context, want: str) -> Speaker | None:
    """The latest named person decided as a speaker before `at`, when the article shows their
    gender and it is the pronoun's (`want`): '"Q1," he said during an interview. [a paragraph
    about his mother, naming no man] "Q2," he said' -> the speaker of Q1."""
    sp = _last_named_person_speaker(at, ctx)
    if sp is None or ctx.names.gender_of(tuple(sp.name.split())) != want:
        return None
    return sp


def _named_bearer(described: Speaker, want: str, ctx: Context) -> Speaker | None:
    """The person a role description the article ties to no name stands for, when one person
    of the pronoun's gender (`want`) is named in its paragraph or the
    DESCRIPTION_BEARER_PARAGRAPHS - 1 before it, and nobody else of that gender: "Hillary
    Clinton wants to see D.C. become a state. / The Democratic frontrunner wrote ... She
    promised to ..." -> Hillary Clinton. Not a person the writer leaves unnamed on purpose
    ("the woman", "the spokesman": anonymous_heads.txt), nor a thing or a body ("the email")."""
    words = [w.lower() for w in WORD.findall(described.mention or "")]
    if described.kind != "unnamed" or len(words) < 2 or words[0] != "the":
        return None
    head = words[-1]
    if head in ANONYMOUS_HEADS or head not in TITLES | UNNAMED_HEADS or head in THING_HEADS | ORG_WORDS:
        return None
    lo = _paragraphs_start(described.start, DESCRIPTION_BEARER_PARAGRAPHS, ctx.text)
    bearers = set()
    for m in ctx.names.mentions_in(lo, described.start):
        canon = ctx.names.canonical(m.tokens, "person")
        if m.kind == "person" and (gender(m) or ctx.names.gender_of(canon)) == want:  # objects count too
            bearers.add(canon)
    if len(bearers) != 1:
        return None
    return Speaker(name=" ".join(bearers.pop()), mention=described.mention, start=described.start,
                   end=described.end, kind="person")


def _named_body(described: Speaker, ctx: Context) -> Speaker | None:
    """The organisation a "the" description of a body the article ties to no name stands
    for, when it is the one organisation named in the description's paragraph or the
    DESCRIPTION_BEARER_PARAGRAPHS - 1 before it: "A statement posted on the website
    GunBroker.com said ... '"Q," the company wrote in its statement. It added, "Q2"' ->
    GunBroker.com for "It". Only for a pronoun after it: the description's own quote keeps
    its words, which is what readers (and PolNeAR) take as its speaker."""
    raw = WORD.findall(described.mention or "")
    words = [w.lower() for w in raw]
    if described.kind != "organization" or described.name != described.mention or len(words) < 2 \
            or words[0] != "the" or words[-1] not in ORG_WORDS:
        return None
    if any(w[:1].isupper() for w in raw[1:]):
        return None  # "the Clinton campaign" names its body itself
    lo = _paragraphs_start(described.start, DESCRIPTION_BEARER_PARAGRAPHS, ctx.text)
    bodies = {ctx.names.canonical(m.tokens, m.kind) for m in ctx.names.mentions_in(lo, described.start)
              if m.kind == "organization"}
    if len(bodies) != 1:
        return None
    return Speaker(name=" ".join(bodies.pop()), mention=described.mention, start=described.start,
                   end=described.end, kind="organization")


def _paragraphs_start(at: int, paragraphs: int, text: str) -> int:
    """Where the paragraph of `at`, counted with the `paragraphs` - 1 before it, starts."""
    lo = text.rfind("\n", 0, at) + 1
    for _ in range(paragraphs - 1):
        prev = lo
        while prev > 0 and text[prev - 1].isspace():  # past the blank line between paragraphs
            prev -= 1
        if prev == 0:
            break
        lo = text.rfind("\n", 0, prev) + 1
    return lo


def _after_same_pronoun(m: NameMention, word: str, ctx: Context) -> bool:
    """Whether the pronoun `word` (he or she) stands, outside any quote, earlier in the
    sentence of the name `m`: "Asked whether he was concerned that Donald Trump might win, Ban
    demurred." That sentence is about "he", so a later "he" goes on with him, not with the
    name inside his clause (a name that is a cue's subject is kept: "..., should he win, Henson said")."""
    s0, _ = ctx.names.sentence_span(m.start)
    before = ctx.text[s0:m.start].rstrip()
    head = WORD.findall(before[-40:])
    if before.endswith(",") and not (head and head[-1].lower() in TITLES | UNNAMED_HEADS):
        return False  # the main clause's subject after an opening one: "Asked whether he ..., Ban demurred"
    for p in PERSONAL_PRONOUN.finditer(ctx.text, s0, m.start, timeout=REGEX_TIMEOUT):
        if p.group("pronoun").lower() != word.lower():
            continue
        k = bisect_right(ctx.quote_ends, p.start())  # the first quote ending after the pronoun
        if k < len(ctx.quotes) and ctx.quotes[k].outer_start <= p.start():
            continue  # in a quote: the speaker's "he", not the writer's
        return True
    return False


def _name_apposed_before_who(at: int, ctx: Context) -> Speaker | None:
    """The person named right before the apposition that ends at the "who" at `at` ("Sen. Bob
    Corker, the chairman of the committee, who has called ..."): the relative clause is about
    the name's bearer, whom the apposition only describes."""
    if ctx.text[max(0, at - RELATIVE_WINDOW_CHARS):at].count(",") < 2:
        return None  # a cheap test first: an apposition needs two commas
    m = NAME_APPOSITION_THEN_WHO.search(ctx.text, max(0, at - RELATIVE_WINDOW_CHARS), at, timeout=REGEX_TIMEOUT)
    return None if m is None else _person_named(ctx, *m.span("name"))


def _aside_between_quotes(lo: int, hi: int, ctx: Context) -> tuple[int, int] | None:
    """The writer's words between the two last quotes of [lo, hi) when a pronoun at `hi`
    speaks both: '"I don't think the conventional wisdom" -- that Bloomberg is perceived as
    ... -- "is going to last," he says'. The names there are no antecedent."""
    k = bisect_right(ctx.quote_ends, hi)  # quotes are in text order
    if k < 2 or ctx.quotes[k - 2].outer_start < lo or ctx.text[ctx.quotes[k - 1].outer_end:hi].strip(" ,"):
        return None  # not two quotes in the sentence, or the pronoun is no cue right after them
    return ctx.quotes[k - 2].outer_end, ctx.quotes[k - 1].outer_start


def _statement_start(at: int, ctx: Context) -> int:
    """Where the sentence of `at` starts, taken out of any quote it starts in: for '"Q1. Q2,"
    he said' that is the sentence before "Q1", since the quote's own sentences are the
    speaker's, not the writer's."""
    here, _ = ctx.names.sentence_span(at)
    k = bisect_right(ctx.quote_ends, here)  # the first quote ending after here
    if k < len(ctx.quotes) and ctx.quotes[k].outer_start < here < at:
        here, _ = ctx.names.sentence_span(ctx.quotes[k].outer_start)
    return here


def _previous_sentence_pronoun(word: str, at: int, ctx: Context) -> regex.Match | None:
    """The same pronoun (he, she, they or it) opening the sentence before the one at `at` (the
    paragraph before counts), or standing there as a cue's subject ("But he suggested that Mr. Lew ...",
    '"Q," he said.'): the writer is still talking about one person, so the names in that
    sentence are objects ("He said Trump would ..."), and unless a compatible name precedes our
    pronoun in its own sentence, that pronoun's antecedent is ours."""
    here = _statement_start(at, ctx)
    last = here - 1
    while last > 0 and ctx.text[last].isspace():  # past a blank line between paragraphs
        last -= 1
    if last <= 0:
        return None
    start, _ = ctx.names.sentence_span(last)
    m = OPENING_PRONOUN.match(ctx.text, start, here)
    if m is None or m.group("pronoun").lower() != word.lower():
        m = next((c for c in PRONOUN_CUE.finditer(ctx.text, start, here, timeout=REGEX_TIMEOUT)
                  if c.group("pronoun").lower() == word.lower()), None)
    return m


def _last_speaker_if_organisation(at: int, ctx: Context) -> Speaker | None:
    """The organisation "it" stands for: the last named subject of the sentences just before
    `at`, when that is an organisation ("The Post reported that ... It added, ...")."""
    floor = at
    for _ in range(IT_ANTECEDENT_SENTENCES):
        floor, _ = ctx.names.sentence_span(max(0, floor - 1))
    last = None
    for m in ctx.names.mentions:
        if m.start >= at:
            break
        if m.start >= floor and _opens_its_sentence(m.start, ctx):
            last = m
    if last is None or last.kind != "organization":
        return None
    canon = ctx.names.canonical(last.tokens, last.kind)
    return Speaker(name=" ".join(canon), mention=ctx.text[last.start:last.end], start=last.start,
                   end=last.end, kind="organization")


def _recent_plural_subject(at: int, ctx: Context) -> Speaker | None:
    """The plural description that opens the sentence of `at` or one of the sentences just
    before it ("ISIS soldiers mock ... They state ..."): what "they" stands for."""
    return _recent_described_subject(at, ctx, PLURAL_SUBJECT, THEY_ANTECEDENT_SENTENCES)


def _plural_earlier_in_sentence(at: int, ctx: Context) -> Speaker | None:
    """The last plural description in the words of `at`'s own sentence before it, wherever it
    stands ("A week later, so will an army of Bernie Sanders supporters planning protests
    against what they call ..."): what "they" stands for when no sentence opens with one."""
    s0, _ = ctx.names.sentence_span(max(0, at - 1))
    last = None
    for last in PLURAL_MENTION.finditer(ctx.text, s0, at, timeout=REGEX_TIMEOUT):
        pass
    return None if last is None else describe(ctx, *last.span("description"))


def _recent_person_subject(at: int, ctx: Context, want: str) -> Speaker | None:
    """The unnamed person who opens the sentence of `at` or one just before it as a cue's
    subject ("One California delegate said he tried ... "Q," he said"), when the pronoun's
    gender (`want`) does not rule the head noun out ("a woman" is no "he")."""
    lo = max(0, at - PERSON_SUBJECT_WINDOW_CHARS)
    found = None
    if any(ctx.text.find(d, lo, at) >= 0 for d in INDEFINITE_OPENERS):  # a cheap test first
        here = _statement_start(at, ctx)
        found = (_recent_described_subject(here, ctx, PERSON_SUBJECT, PERSON_ANTECEDENT_SENTENCES)
                 or _recent_described_subject(at, ctx, PERSON_OPENING, 2))
    if found is None and ctx.text.find(DEFINITE_OPENER, lo, at) >= 0:  # "The woman who ... identified"
        found = _recent_described_subject(at, ctx, DEFINITE_PERSON_OPENING, 2)
        if found is not None and _head(found) not in ANONYMOUS_HEADS:
            found = None  # "The radio talker ...": a role of someone named, whom the names give
    if found is None:
        return None
    return found if _head_fits(found, want) else None


def _head(described: Speaker) -> str:
    """A description's head noun, lower-cased: "woman" for "The woman"."""
    return described.name.split()[-1].lower()


def _head_fits(described: Speaker, want: str) -> bool:
    """Whether a description's head noun can be the pronoun's person: "a woman" is no "he"."""
    head = _head(described)
    unfit = MALE_TITLES | {"man", "boy"} if want == "f" else FEMALE_TITLES | {"woman", "girl"}
    return head not in unfit


def _nearer(a: Speaker | None, b: Speaker | None) -> Speaker | None:
    """Whichever of two candidate speakers was mentioned later (closer to what follows)."""
    if a is None or b is None:
        return a or b
    return a if a.start >= b.start else b


def _recent_body_subject(at: int, ctx: Context) -> Speaker | None:
    """The body that opens the sentence of `at` or the one just before it ("Clinton's
    campaign is seeking to contrast her approach with what they call ..."): what "they" stands
    for when no plural description does. Not the first noun of a person's role ("The police
    chief went ...")."""
    body = _recent_described_subject(at, ctx, THING_SUBJECT, THEY_ANTECEDENT_SENTENCES)
    if body is None or body.kind != "organization":
        return None
    after = WORD.match(ctx.text, body.end + 1, timeout=REGEX_TIMEOUT)
    return None if after is not None and after.group().lower() in UNNAMED_HEADS else body


def _recent_thing_subject(at: int, ctx: Context) -> Speaker | None:
    """The thing or body that opens the sentence of `at` or one of the sentences just before
    it ("The post showed ... It says: ...", "A letter this month ... reflected ... ''Q,'' it
    said", "The Japanese constitution makes no mention ..., although it does say"): what "it"
    stands for when no named organisation does. The quote's own sentences are skipped."""
    return _recent_described_subject(_writer_text_end(at, ctx), ctx, THING_SUBJECT, IT_ANTECEDENT_SENTENCES)


def _last_thing_speaker(at: int, ctx: Context) -> Speaker | None:
    """The speaker of the latest quote decided before `at` when it is a body or a thing and
    its mention lies in the IT_ANTECEDENT_SENTENCES sentences up to `at`: '"Q," the company
    wrote in its statement. It added, "Q2"' -> the company (the writer, not its statement);
    '"Q," the email read. It stated that ...' -> the email."""
    floor = _writer_text_end(at, ctx)
    for _ in range(IT_ANTECEDENT_SENTENCES):
        floor, _ = ctx.names.sentence_span(max(0, floor - 1))
    j = bisect_right(ctx.quote_ends, at) - 1  # the last quote closed before `at`, then back
    while j >= 0 and ctx.quotes[j].outer_end > floor:
        d = ctx.decided.get(j)
        if d is not None and d.speaker.end <= at:
            sp = d.speaker
            return sp if sp.name and sp.start >= floor and _thing_like(sp) else None
        j -= 1
    return None


def _thing_like(sp: Speaker) -> bool:
    """An organisation, or an unnamed speaker whose head is a thing's or a body's ("the email")."""
    if sp.kind == "organization":
        return True
    words = WORD.findall(sp.mention or "")
    return sp.kind == "unnamed" and bool(words) and words[-1].lower() in THING_HEADS | ORG_WORDS


def _thing_before_person_subject(at: int, ctx: Context) -> Speaker | None:
    """The thing in the phrase that opens the sentence before the pronoun's (or its own)
    ahead of a named person as its subject: "On his website, Sanders has already started to
    ... '"This is your movement," it now says'" -> his website. A person is no "it"."""
    hi = _writer_text_end(at, ctx)
    for _ in range(IT_ANTECEDENT_SENTENCES):
        while hi > 0 and ctx.text[hi - 1].isspace():  # past a blank line between paragraphs
            hi -= 1
        s0, _ = ctx.names.sentence_span(max(0, hi - 1))
        m = THING_IN_OPENING_PHRASE.match(ctx.text, s0, hi, timeout=REGEX_TIMEOUT)
        if m is not None:
            subject = next((n for n in ctx.names.mentions_in(m.end(), hi) if n.start == m.end()), None)
            return describe(ctx, *m.span("description")) if subject is not None and subject.kind == "person" else None
        if s0 == 0:
            break
        hi = s0
    return None


def _writer_text_end(at: int, ctx: Context) -> int:
    """Where the writer's text before the pronoun at `at` ends: `at` itself, or the opening of
    the quote its sentence starts in ('"Q1. Q2," it said'), whose sentences are the speaker's."""
    here, _ = ctx.names.sentence_span(at)
    k = bisect_right(ctx.quote_ends, here)  # the first quote ending after here
    if k < len(ctx.quotes) and ctx.quotes[k].outer_start < here < at:
        return ctx.quotes[k].outer_start
    return at


def _recent_described_subject(at: int, ctx: Context, pattern: regex.Pattern, sentences: int) -> Speaker | None:
    m = _recent_subject_match(at, ctx, pattern, sentences)
    return None if m is None else describe(ctx, *m.span("description"))


def _recent_subject_match(at: int, ctx: Context, pattern: regex.Pattern, sentences: int) -> regex.Match | None:
    """`pattern` matched where the subject of the sentence of `at`, or of one of the
    `sentences` - 1 sentences before it, starts (past a lead-in phrase); the nearest one."""
    hi = at
    for _ in range(sentences):
        while hi > 0 and ctx.text[hi - 1].isspace():  # past a blank line between paragraphs
            hi -= 1
        s0, _ = ctx.names.sentence_span(max(0, hi - 1))
        intro = INTRO_PHRASE.match(ctx.text, s0, hi)
        m = pattern.match(ctx.text, intro.end() if intro else s0, hi, timeout=REGEX_TIMEOUT)
        if m:
            return m
        if s0 == 0:
            break
        hi = s0
    return None


def _recent_pair_subject(at: int, ctx: Context) -> Speaker | None:
    """Two people joined by "and" who open the sentence of `at` or one just before it
    ("Professors Foner and Alba suggest ... In the United States, they write, "Q""): what
    "they" stands for. Both names must be people's, each named by its fullest
    form in the article ("Nancy Foner and Richard Alba")."""
    if " and " not in ctx.text[max(0, at - PAIR_WINDOW_CHARS):at]:
        return None  # a cheap test first: most windows hold no pair
    m = _recent_subject_match(at, ctx, PAIR_SUBJECT, THEY_ANTECEDENT_SENTENCES)
    if m is None:
        return None
    people = [_person_named(ctx, *m.span(side)) for side in ("first", "second")]
    if None in people or people[0].name == people[1].name:
        return None
    start, end = m.start("first"), m.end("second")
    return Speaker(name=" and ".join(p.name for p in people), mention=ctx.text[start:end],
                   start=start, end=end, kind="person")


def _last_joined_speaker(at: int, ctx: Context) -> Speaker | None:
    """The speaker of the latest quote decided before `at` when it is names joined by "and"
    mentioned in the THEY_ANTECEDENT_SENTENCES sentences up to `at` ('"Q," John Smith and Mary
    Jones wrote. "Q2," they added.'), or a group phrase ("the two"): what "they" stands for."""
    floor = at
    for _ in range(THEY_ANTECEDENT_SENTENCES):
        floor, _ = ctx.names.sentence_span(max(0, floor - 1))
    for j in reversed(ctx.decided):
        sp = ctx.decided[j].speaker
        if sp.end <= at:
            joined = sp.name is not None and (" and " in sp.name and " and " in sp.mention
                                              or sp.kind == "unnamed" and sp.name.lower() in GROUP_PHRASES
                                              or _plural_description(sp))
            return sp if joined and sp.start >= floor else None
    return None


def _plural_description(sp: Speaker) -> bool:
    """An unnamed speaker whose head noun is a plural one ("the groups", "the protesters"):
    one "they" can continue ('... the groups say they are "Q." They ask ... "Q2"')."""
    words = WORD.findall(sp.mention or "")
    return sp.kind == "unnamed" and bool(words) and words[-1].lower().endswith("s") \
        and words[-1].lower() in UNNAMED_HEADS


def _opens_its_sentence(at: int, ctx: Context) -> bool:
    """Nothing but "The" stands between the sentence's start and `at`."""
    s0, _ = ctx.names.sentence_span(at)
    return ctx.text[s0:at].strip().lower() in ("", "the")


def _speaker_earlier_in_sentence(at: int, ctx: Context) -> Speaker | None:
    """The speaker of the latest quote decided before `at` when that speaker's mention sits
    in the sentence of `at`: the one a "who" after an apposition continues."""
    s0, _ = ctx.names.sentence_span(at)
    for j in reversed(ctx.decided):
        sp = ctx.decided[j].speaker
        if sp.end <= at:
            return sp if sp.start >= s0 and sp.name else None
    return None


def _last_named_person_speaker(at: int, ctx: Context) -> Speaker | None:
    """The latest speaker decided before `at` when it is a named person: a rule has read that
    name as a cue's speaker, which is evidence enough that it names a person, where the name
    index has none ('as Archbishop Aris Shirvanian ... told the AP, "Q." He added, "Q2"')."""
    for j in reversed(ctx.decided):
        sp = ctx.decided[j].speaker
        if sp.end <= at:
            return sp if sp.kind == "person" and sp.name else None
    return None


def _within(m: NameMention, sp: Speaker | None) -> bool:
    """Whether the name mention `m`, a full name of two words or more, lies inside the speaker's
    mention (a lone word the rules took for a person, "According to ProPublica, ...", is no
    evidence: it may be a body)."""
    return sp is not None and len(m.tokens) >= 2 and sp.start <= m.start and m.end <= sp.end


def _last_described_speaker(at: int, ctx: Context, want: str) -> Speaker | None:
    """The latest unnamed single speaker decided before `at` ("the woman", "an aide"), when
    the pronoun's gender (`want`) does not rule its head noun out.
    Pronouns are resolved while the direct rules run in quote order, so `decided` is in
    index order and walking it backwards stops at once (sorting it per pronoun was quadratic)."""
    for j in reversed(ctx.decided):
        sp = ctx.decided[j].speaker
        if sp.end <= at:
            if sp.kind == "unnamed" and sp.name and not sp.name.endswith("s") and _head_fits(sp, want) \
                    and sp.name.lower() not in GROUP_PHRASES:  # "the two" is no "he"
                return sp
            return None
    return None
