"""Attribute, speaker before the quote: 'X said: "Q"' and its variants (relative clauses,
participles, passives, owned claims), and the "according to" / "reports" sources that override them."""
from __future__ import annotations

import regex

from builder.lexicon import ASPECTUAL_CUES, CHANT_NOUNS, CLAIM_NOUNS, OWNED_WORDS_NOUNS, possessive_pronouns, pronoun_kinds
from builder.patterns import (
    ABSOLUTE_AFTER_DASH, ABSOLUTE_WITH, ACCORDING_TO, AS_IF_TO_BEFORE, OWNED_BODY_PART, CHANT_BEFORE, CONJOINED_CLAUSE, MAIN_CLAUSE_RESUMES, OBJECT_RELATIVE_BEFORE_SUBJECT, AFFILIATED_SUBJECT, AS_BEFORE_SUBJECT, AS_PUT_IT, ASIDE_CLOSED_BEFORE_CONJUNCT, CLAIM_NOUN_AFTER, CLAUSE_JOIN, CUE, OWNER_BEFORE_QUOTE, INVERTED_ASIDE, INVERTED_OPENING,
    OBJECT_RUN_BEFORE, PARTICIPLE_OBJECT_BEFORE, OWNED_CLAIM, OWNED_WORDS, QUESTION_PHRASE_BEFORE, QUOTED_AS_SAYING, REGEX_TIMEOUT, REPORTED_AT_END, SENTENCE_END, THING_SOURCE,
    WORDS_OF, SUBJECT_AFTER, SUBJECT_BEFORE, WRITER_QUOTE_ASIDE,
    SUBORDINATOR_BEFORE,
)
from builder.pipeline.reject import rejection_reason
from builder.pipeline.segment import last_char

from builder.pipeline.attribute.context import (
    SUBJECT_MAX_CHARS, SENTENCE_ENDERS, SENTENCE_CLOSERS, Attribution, Context, Speaker,
)
from builder.pipeline.attribute.confidence import _decided
from builder.pipeline.attribute.names import named_speaker, _after_lowercase, affiliated_person, describe, first_name_in
from builder.pipeline.attribute.mentions import speaker_from
from builder.pipeline.attribute.pronouns import resolve_pronoun
from builder.pipeline.attribute.subjects import (
    subject_ending_at, clause_as_apposition, names_a_thing, is_place, is_object, owns_cue_noun,
)
from builder.pipeline.attribute.clause_subjects import (
    subject_before_dash_aside, relative_clause_head, passive_agent, questioned_subject, reporting_subject, side_clause_actor,
    with_participle_subject, perceived_actor, inscription_speaker, owned_thing_speaker, poll_speaker, earlier_frame_subject, opening_subject, control_subject,
    subject_before_undecided_quote, postmodified_subject, thing_head, causative_object, coordinated_subject,
    conjoined_clause_subject, conjoined_clause,
)


# How far past an opening mark SENTENCE_END may read to see the capital that starts the quote's
# sentence (the mark and a second one: ''Q).
SENTENCE_END_PEEK = 4
# How far before a name OBJECT_RUN_BEFORE looks: a preposition, "the" and three capitalised words.
OBJECT_RUN_MAX_CHARS = 60


def _name_before_titled_apposition(put: regex.Match, ctx: Context) -> regex.Match | None:
    """'As Akhil Amar, professor at Yale and author of "America's Unwritten Constitution," put
    it': an apposition that holds a title is more than SUBJECT_BEFORE reads, so the subject is
    the words before its comma."""
    text = ctx.text
    comma = text.find(", ", put.start("who"), put.start("cue"))
    if comma < 0 or not any(q.outer_start > comma and q.outer_end <= put.start("cue") for q in ctx.quotes):
        return None
    # SUBJECT_BEFORE reads a subject with the blank before its verb: the name, then a blank for the
    # comma (same offsets, as the copy keeps the text before it)
    return SUBJECT_BEFORE.fullmatch(text[:comma] + " ", put.start("who"), timeout=REGEX_TIMEOUT)


def according_to(text: str, lo: int, hi: int) -> regex.Match | None:
    """The first "according to" or "in the words of" frame in text[lo:hi]."""
    found = [m for p in (ACCORDING_TO, WORDS_OF) if (m := p.search(text, lo, hi, timeout=REGEX_TIMEOUT))]
    return min(found, key=regex.Match.start) if found else None


def according_source(m: regex.Match, ctx: Context) -> Speaker | None:
    """The speaker an "according to" subject names: a thing's source where the subject is a
    thing ("according to a statement from the White House" -> White House), else the subject."""
    if m.group("description") and thing_head(m.group("description")):
        src = THING_SOURCE.match(ctx.text, m.end("description"), timeout=REGEX_TIMEOUT)
        sp = named_speaker(ctx, *src.span("name")) if src else None
        if sp is not None:
            return sp
    return speaker_from(m, ctx)


def reported_by(start: int, end: int, ctx: Context) -> Attribution | None:
    """'"Q," Walker said, according to an Associated Press account.': the frame's own source
    comes after it in the sentence, and PolNeAR credits the quote to that source (on train,
    16 of 18 such frames had the "according to" source as gold, not the named speaker)."""
    acc = according_to(ctx.text, start, end)
    if acc is None:
        return outlet_reported(start, end, ctx)
    m = SUBJECT_AFTER.match(ctx.text, acc.end(), end, timeout=REGEX_TIMEOUT)
    sp = according_source(m, ctx) if m else first_name_in(acc.end(), end, ctx)
    return _decided(sp, "according_to", acc)


def outlet_reported(start: int, end: int, ctx: Context) -> Attribution | None:
    """'..., said Kristen Day, reports USA Today.' / '..., the Chicago Tribune reports.': a
    report frame closing the sentence credits the outlet, as "according to" does."""
    rep = REPORTED_AT_END.search(ctx.text, start, end, timeout=REGEX_TIMEOUT)
    if rep is None:
        return None
    group = "after" if rep.group("after") else "before"
    m = SUBJECT_AFTER.fullmatch(ctx.text, *rep.span(group), timeout=REGEX_TIMEOUT)
    return _decided(speaker_from(m, ctx), "according_to", rep, group=group) if m and m.group("name") else None


def before_quote(i: int, ctx: Context) -> Attribution | None:
    """'X said: "Q"' · 'X said (that) ... "Q"' · 'According to X, "Q"' · 'Y quoted X as saying "Q"';
    an "according to" source later in the sentence takes over from X (see reported_by):
    'Trump said he was "happy to see" that Khan won, according to The New York Times.'"""
    decided = _before_quote(i, ctx)
    if decided is None or not decided.rule.startswith(("speaker_cue_quote.", "clause_subject.")):
        return decided
    return source_closing_sentence(i, ctx) or decided


def source_closing_own_sentence(i: int, ctx: Context) -> Attribution | None:
    """source_closing_sentence for a quote no frame of its own decided, where no later quote
    shares the sentence: 'Cardin wants "Q1," but the bill would, in the words of its critics,
    "Q2."' gives Q2's source, not Q1's."""
    if i + 1 < len(ctx.quotes) and ctx.sentence_runs_past(i, ctx.quotes[i + 1].outer_start):
        return None
    return source_closing_sentence(i, ctx)


def source_closing_sentence(i: int, ctx: Context) -> Attribution | None:
    """An "according to" or report frame later in quote i's sentence: 'Hatami held "detailed
    negotiations" with his counterpart, according to the Iranian news agency.' None where the
    quote's own words end the sentence (the words after it are a new one)."""
    q = ctx.quotes[i]
    if ctx.text[q.start:q.end].rstrip()[-1:] in SENTENCE_CLOSERS:
        return None
    # the report frame closes the sentence, past its later quotes: 'Richards noted that abortion
    # - what her business calls "Q1" - is "Q2" to the platform, reported the Washington Examiner.'
    return reported_by(q.outer_end, ctx.right_window(i), ctx) or \
        outlet_reported(q.outer_end, ctx.statement_end(i), ctx)


def _before_quote(i: int, ctx: Context) -> Attribution | None:
    q = ctx.quotes[i]
    text = ctx.text
    start = ctx.left_window(i)
    # literals the frames below need, looked for first: most windows hold none of them
    lower = text[start:q.outer_start].lower()
    ends_with = last_char(text, start, q.outer_start)
    qas = None
    if "quoted" in lower:
        for qas in QUOTED_AS_SAYING.finditer(text, start, q.outer_start, timeout=REGEX_TIMEOUT):
            pass
    if qas:
        m = SUBJECT_AFTER.match(text, qas.start("who"), qas.end("who"), timeout=REGEX_TIMEOUT)
        if m:
            return _decided(speaker_from(m, ctx), "quoted_as_saying", qas)
    inv = INVERTED_OPENING.search(text, max(start, q.outer_start - SUBJECT_MAX_CHARS), q.outer_start,
                                  timeout=REGEX_TIMEOUT) if ends_with in (",", ":") else None
    if inv and not CUE.search(text, inv.start("who"), inv.end("who"), timeout=REGEX_TIMEOUT):
        # 'Said X, who grew up with Ali, "Q"' (never 'Asked what ..., Devine replied: "Q"')
        m = SUBJECT_AFTER.match(text, inv.start("who"), inv.end("who"), timeout=REGEX_TIMEOUT)
        if m and (m.group("name") or m.group("description")) and text[m.end():inv.end("who")][:1] in ("", ","):
            return _decided(speaker_from(m, ctx), "speaker_cue_quote", inv)
    aside = inverted_aside(start, q.outer_start, ctx) if ", " in text[start:q.outer_start] else None
    if aside is not None:
        return aside
    put = AS_PUT_IT.search(text, max(start, q.outer_start - SUBJECT_MAX_CHARS), q.outer_start,
                           timeout=REGEX_TIMEOUT) if "put it" in lower else None
    while put:  # 'As X put it, "Q"' (an earlier "as" of the sentence starts no speaker:
        # 'seen, as The New Yorker put it, "Q"', so the next "as" is tried)
        m = SUBJECT_BEFORE.fullmatch(text, put.start("who"), put.start("cue"), timeout=REGEX_TIMEOUT) \
            or _name_before_titled_apposition(put, ctx)
        if m:
            return _decided(speaker_from(m, ctx, "put"), "speaker_cue_quote", put)
        put = AS_PUT_IT.search(text, put.start("who"), q.outer_start, timeout=REGEX_TIMEOUT)
    accs = sorted((*ACCORDING_TO.finditer(text, start, q.outer_start, timeout=REGEX_TIMEOUT),
                   *WORDS_OF.finditer(text, start, q.outer_start, timeout=REGEX_TIMEOUT)), key=regex.Match.start) \
        if "according" in lower or "words of" in lower else ()
    for acc in accs:
        m = SUBJECT_AFTER.match(text, acc.end(), q.outer_start, timeout=REGEX_TIMEOUT)
        sp = according_source(m, ctx) if m else None
        if m and (sp is not None or not m.group("name")):
            return _decided(sp, "according_to", acc)
        # a name run that names no one ("According to White House-era documents from Diane D.
        # Blair, ..."): the first name of the phrase is the source, as after a lower-case one
        phrase_end = text.find(",", acc.end(), q.outer_start)  # 'According to some on Twitter, ...'
        sp = first_name_in(acc.end(), phrase_end, ctx) if phrase_end > 0 else None
        if sp is not None or m:
            return _decided(sp, "according_to", acc)
    owned = owned_claim(start, q.outer_start, lower, ctx) or owned_words(start, q.outer_start, lower, ctx) \
        or claim_named_around(i, start, ctx) or chanters(start, q.outer_start, lower, ctx)
    if owned is not None:
        return owned
    asked = question_phrase(start, q.outer_start, lower, ctx)
    if asked is not None:
        return asked
    cues = [cue for cue in CUE.finditer(text, start, _frame_end(start, q.outer_start, lower, ctx), timeout=REGEX_TIMEOUT)
            if not _complement_verb_before_mark(cue, q.outer_start, text)]
    weak = None  # the last cue whose subject is no subject: "Rubio's claim", "in the past described"
    for k in range(len(cues) - 1, -1, -1):
        cue = cues[k]
        if _inside_previous_frame(cue, i, ctx):
            break  # the previous quote's speaker goes on (split_quote), whatever the clause's cue
        joined = _clause_joined_after(cue, i, ctx)
        if joined is not None:  # "Clinton proposed a debate - but the Sanders campaign rejected the idea as "Q""
            return _decided(speaker_from(joined, ctx, joined.group("verb")), "clause_subject", joined, group="verb")
        thing = inscription_speaker(cue, start, ctx) or owned_thing_speaker(cue, start, q.outer_start, ctx) or \
            poll_speaker(cue, start, ctx)
        if thing is not None:  # "Bernstein held up a sign saying "Q"": the sign's words
            return _decided(thing, "speaker_cue_quote", cue)
        own = with_participle_subject(cue, start, ctx)
        if own is not None:  # "..., with Trump reportedly yelling: "Q""
            return _decided(own, "speaker_cue_quote", cue)
        seen = perceived_actor(cue, start, ctx)
        if seen is not None:  # "I remember Jimmy Carter going on TV ... and telling Americans that "Q""
            return _decided(seen, "clause_subject", cue)
        m = subject_ending_at(text, start, cue.start())
        if m is not None and _aside_about_earlier_clause(m, cue, start, ctx):
            continue  # "small hands - as Rubio has said - and he can "Q"": not Rubio's quote
        if m is not None and _relative_closed_before_quote(m, cue, q.outer_start, ctx):
            continue  # "..., which the Tax Foundation estimates would cost ..., would risk "Q"": an earlier frame's
        affiliated = None if cue.group().endswith("ing") else affiliated_person(
            start, cue.start(), m and (m.start("name") if m.group("name") else m.start()), AFFILIATED_SUBJECT, ctx)
        if affiliated is not None:  # "John Smith of the Brookings Institution said": not the institution
            return _decided(affiliated, "speaker_cue_quote", cue)
        if m and cue.group().endswith("ing") and not _participle_has_own_subject(m, start, text):
            sub = conjoined_clause_subject(start, cue.start(), ctx) or \
                earlier_frame_subject(cues[:k], start, ctx) or opening_subject(i, start, cue.start(), ctx)
            if sub is not None:
                return _decided(sub, "clause_subject", cue)
        head = relative_clause_head(_bare_name_start(m) if m else cue.start(), m, start, cue, ctx)
        if head is not None:  # "The official who backed the plan said "Q"": not the plan
            return _decided(head, "speaker_cue_quote", cue)
        if m and (owns_cue_noun(m) or is_object(m, text, not cue.group().endswith("ing")) or clause_as_apposition(m) or is_place(m)
                  or names_a_thing(m, cue, text[start:m.start()]) or _side_clause_of_earlier_sentence(m, cue, i, ctx)):
            weak = weak or (m, cue)
            continue
        sp = (_postmodified_over_object(m, start, cue, ctx) or _subject_before_participle(m, start, ctx)
              or speaker_from(m, ctx, cue.group())) if m else \
            subject_before_dash_aside(start, cue, ctx) or postmodified_subject(start, cue, ctx)
        if sp is not None and m is not None and sp.name is None and _relative(m):
            # "Sanders is disavowing remarks made by a campaign surrogate who said voters shouldn't
            # "Q"": a relative clause no antecedent resolves; an earlier frame or the sentence's
            # subject speaks, unless that subject is the relative's own head ("Voters who think
            # otherwise are "wrong"": the writer's words about them)
            sp = reporting_subject(m, cues[:k], start, ctx) or sp
            if sp.name is None and _subject_outside_relative(i, start, m, cue, ctx):
                weak = weak or (m, cue)
                continue
        if sp is not None:
            return _decided(passive_agent(m, cue, q.outer_start, ctx) or _questioned(i, m, cue, ctx)
                            or reporting_subject(m, cues[:k], start, ctx) or sp
                            if m else sp, "speaker_cue_quote", cue)
        join = CLAUSE_JOIN.search(text, start, cue.start(), timeout=REGEX_TIMEOUT)
        if join and join.group().strip() == "to" and \
                any(subject_ending_at(text, start, c.start()) for c in cues[:k]):
            continue  # "X told ARA News that the visit is to ask for ...": the earlier frame speaks
        opens = text[cue.end():q.outer_start].strip(" ,:") in ("", "that")  # the cue opens the quote
        caused = causative_object(start, cue, ctx) if m is None and (opens or _opens_that_clause(cue, q, ctx)) else None
        if caused is not None:  # "prompted the Atlas ... to state, "Q"": the object speaks
            return _decided(caused, "clause_subject", cue)
        gesturer = gesture_owner(start, cue, ctx) if m is None else None
        if gesturer is not None:  # "his eyes gleaming, as if to say, "Q"": the eyes' owner
            return _decided(gesturer, "clause_subject", cue)
        controller = control_subject(start, cue, ctx) if m is None and \
            not text[cue.end():q.outer_start].strip(" ,:") else None  # the cue opens the quote
        if controller is not None:  # "Mr. Trump was prompted to say, "Q"", "he began by saying, "Q""
            return _decided(controller, "clause_subject", cue)
        coordinated = coordinated_subject(start, cue, opening_subject(i, start, cue.start(), ctx), ctx) \
            if m is None and join and join.group().strip() == "and" else None
        if coordinated is not None:  # "..., he laughed and said, "Q"": the joined verb's subject
            return _decided(coordinated, "clause_subject", cue)
        if cue.group().endswith("ing") or join:
            sub = conjoined_clause_subject(start, cue.start(), ctx) or \
                (side_clause_actor(start, cue, ctx) or earlier_frame_subject(cues[:k], start, ctx)
                 if cue.group().endswith("ing") else None) \
                or opening_subject(i, start, cue.start(), ctx) or subject_before_undecided_quote(i, start, cue, ctx)
            if sub is not None:
                return _decided(sub, "clause_subject", cue)
    if weak is not None:  # "Hollande denounced Trump's remarks as": the sentence's subject
        m, cue = weak
        sub = opening_subject(i, start, cue.start(), ctx)
        if sub is not None:
            return _decided(sub, "clause_subject", cue)
        return _decided(speaker_from(m, ctx, cue.group()), "speaker_cue_quote", cue)
    return None


def _complement_verb_before_mark(cue: regex.Match, mark: int, text: str) -> bool:
    """An aspectual cue form right before the quote's mark, with no comma or colon between: the
    quote is the verb's complement, not words it reports ('she said that her campaign would
    continue "to break barriers"': "said" frames the quote). The speech sense sets the quote off
    ('He continued, "Q"')."""
    return cue.group().lower() in ASPECTUAL_CUES and not text[cue.end():mark].strip()


def _opens_that_clause(cue: regex.Match, q, ctx: Context) -> bool:
    """The cue's "that" clause runs on to the quote: "led her to declare that the nomination was "Q"."""
    return ctx.text[cue.end():q.outer_start].lstrip(" ,").startswith("that ")


def _clause_joined_after(cue: regex.Match, i: int, ctx: Context) -> regex.Match | None:
    """A main clause joined by "and" or "but" after the cue and before quote i, in the quote's
    own sentence, with a subject and a verb of its own that is no cue (the cues after it were
    tried first): "Clinton proposed a New York debate - but the Sanders campaign rejected the
    idea as "Q"". The cue's frame ends at the conjunction; the joined clause's subject speaks
    (returned: its subject and verb match)."""
    q = ctx.quotes[i]
    between = ctx.text[cue.end():q.outer_start]
    if "and " not in between and "but " not in between:
        return None  # most frames hold no joined clause
    m = conjoined_clause(cue.end(), q.outer_start, ctx)
    if m is None or "\n" in ctx.text[m.end():q.outer_start] or \
            SENTENCE_END.search(ctx.text, m.end(), min(q.outer_end, q.outer_start + SENTENCE_END_PEEK),
                                timeout=REGEX_TIMEOUT):
        return None  # the clause's sentence ended before the quote
    return m


def _frame_end(start: int, end: int, lower: str, ctx: Context) -> int:
    """Where the frame before a quote ends: before the writer's "and I quote" aside, whose "I
    quote" is no speaker and cue ('Trump said, and I quote, "Q"' -> Trump); else at the quote.
    `lower`: text[start:end] in lower case."""
    if "i quote" not in lower:
        return end  # most windows hold no such aside
    aside = WRITER_QUOTE_ASIDE.search(ctx.text, start, end, timeout=REGEX_TIMEOUT)
    return aside.start() if aside else end


def _aside_about_earlier_clause(m: regex.Match, cue: regex.Match, start: int, ctx: Context) -> bool:
    """The cue and its subject `m` make an "as X said" aside that a comma or dash closes before
    a new conjunct: "assured the crowd that he doesn't have small hands - as Rubio has said - and
    he can "guarantee" ...". The aside credits the clause before it, not a quote after it."""
    return AS_BEFORE_SUBJECT.search(ctx.text, max(start, m.start() - 4), m.start(), timeout=REGEX_TIMEOUT) is not None \
        and ASIDE_CLOSED_BEFORE_CONJUNCT.match(ctx.text, cue.end(), timeout=REGEX_TIMEOUT) is not None


def _participle_has_own_subject(m: regex.Match, start: int, text: str) -> bool:
    """The subject `m` before an -ing cue is the participle's own (an absolute), not an object of
    the clause before it: "..., with Gorka noting "Q"", "footage of Hillary Clinton asking", a
    name after a dash: "both men issued a statement – Ryan saying he was "Q""."""
    return ABSOLUTE_WITH.search(text, start, m.start(), timeout=REGEX_TIMEOUT) is not None \
        or bool(m.group("name")) and not m.group("description") \
        and ABSOLUTE_AFTER_DASH.search(text, start, m.start(), timeout=REGEX_TIMEOUT) is not None


def _relative_closed_before_quote(m: regex.Match, cue: regex.Match, end: int, ctx: Context) -> bool:
    """The cue and its subject `m` sit in an object relative clause that a comma closes before
    the quote at `end`, where the main clause's verb takes up again: "Rubio was asked by Gerard
    Baker whether his plan, which the Tax Foundation estimates would cost $170 billion, would
    risk "Q"". The relative speaks of the plan; the quote is the main clause's (never "the
    wall, which Trump called "a disaster,"": no comma closes the relative before it)."""
    return OBJECT_RELATIVE_BEFORE_SUBJECT.search(ctx.text, max(0, m.start() - 8), m.start(),
                                                 timeout=REGEX_TIMEOUT) is not None \
        and MAIN_CLAUSE_RESUMES.search(ctx.text, cue.end(), end, timeout=REGEX_TIMEOUT) is not None


def _questioned(i: int, m: regex.Match, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'Trump was asked, "Q?"': the passive question frame opens the quote (never 'Pence was
    asked about the "not there yet" remark': a topic, whoever said it)."""
    q = ctx.quotes[i]
    if ctx.text[cue.end():q.outer_start].strip(" ,:\n"):
        return None
    return questioned_subject(i, m, cue, q.outer_start, ctx)


def inverted_aside(start: int, end: int, ctx: Context) -> Attribution | None:
    """'Because of how Democrats crafted the schedule, explained Rosenberg, "Q"' · 'But, said
    Solovey, "Q"': the last inverted cue set off by commas in text[start:end], the words before
    a quote, names its speaker when no other cue follows it there."""
    text = ctx.text
    inv = None
    for inv in INVERTED_ASIDE.finditer(text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT):
        pass
    if inv is None or CUE.search(text, inv.end(), end, timeout=REGEX_TIMEOUT):
        return None
    if subject_ending_at(text, start, inv.start("cue")) is not None:
        return None  # a subject's own frame: 'Dick Dever, who was listed on the slate, told POLITICO, "Q"'
    m = SUBJECT_AFTER.fullmatch(text, inv.start("who"), inv.end("who"), timeout=REGEX_TIMEOUT)
    if m is None or not (m.group("name") and ctx.names.has_mention_at(m.start("name"), m.end("name"))):
        return None
    return _decided(speaker_from(m, ctx), "speaker_cue_quote", inv)


def _postmodified_over_object(m: regex.Match, start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'Friends of the Earth said', 'His critics in the United States say': the name before the
    cue is a preposition's object (past "the" or a body's first words), so the post-modified
    phrase opening the sentence is the subject when there is one. A name in commas after it is
    left to speaker_from ("The leader of the Anti-Defamation League, Jonathan Greenblatt, said")."""
    if not m.group("name") or m.group("apposition"):
        return None
    s = m.start("name")
    if OBJECT_RUN_BEFORE.search(ctx.text, max(start, s - OBJECT_RUN_MAX_CHARS), s, timeout=REGEX_TIMEOUT) is None:
        return None
    return postmodified_subject(start, cue, ctx, any_head=False)  # "A statement from the Kremlin": its source


def _subject_before_participle(m: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """'Another intelligence source speaking to Fox News said': the name before the cue is the
    object of a participle's preposition, with no comma around the phrase; the subject is the
    description or name before the participle."""
    if not m.group("name"):
        return None
    s = m.start("name")
    part = PARTICIPLE_OBJECT_BEFORE.search(ctx.text, max(start, s - OBJECT_RUN_MAX_CHARS), s, timeout=REGEX_TIMEOUT)
    sub = subject_ending_at(ctx.text, start, part.start("participle")) if part else None
    if sub is None or not (sub.group("name") or sub.group("description")):
        return None
    return speaker_from(sub, ctx)


def _bare_name_start(m: regex.Match) -> int:
    """Where a subject phrase starts, past the lower-case words a name match may take in ahead
    of the name ("prayed beside Omar Mateen": a relative clause's verb and preposition)."""
    if not m.group("name"):
        return m.start()
    return m.end("name") - len(_after_lowercase(m.group("name")))


def _relative(m: regex.Match) -> bool:
    """The subject match is a relative pronoun: "who"."""
    return bool(m.group("pronoun")) and pronoun_kinds().get(m.group("pronoun").lower()) == "relative"


def _subject_outside_relative(i: int, start: int, m: regex.Match, cue: regex.Match, ctx: Context) -> bool:
    """The sentence before quote i has a subject that is not the head of the relative "who"
    of `m` (ending right before it: "Voters who think ...", "Anyone who says ...")."""
    sub = opening_subject(i, start, cue.start(), ctx)
    return sub is not None and sub.end is not None and not 0 <= m.start("pronoun") - sub.end <= 1


def question_phrase(start: int, end: int, lower: str, ctx: Context) -> Attribution | None:
    """'But he wanted to know, "How surprised are you ...?"': a fixed question phrase right
    before the quote (data/question_phrases.txt); its subject asks. `lower`: text[start:end]."""
    if "to know" not in lower:
        return None  # most windows hold no such phrase
    ph = QUESTION_PHRASE_BEFORE.search(ctx.text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT)
    m = subject_ending_at(ctx.text, start, ph.start()) if ph else None
    if m is None:
        return None
    return _decided(speaker_from(m, ctx, ph.group("cue").split()[0]), "speaker_cue_quote", ph)


def gesture_owner(start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'His face darted from side to side, his eyes gleaming, as if to say, "Q"': a body part's
    gesture "says" the quote; the possessive's antecedent (the last such part of the words
    before "as if to") speaks. On PolNeAR train it moves 1 quote, wrong to right (Berman -> Ben
    Brafman): speaker_name_accuracy 0.9060 -> 0.9062, quote F1 0.9734 (same)."""
    text = ctx.text
    gesture = AS_IF_TO_BEFORE.search(text, start, cue.start(), timeout=REGEX_TIMEOUT)
    if gesture is None:
        return None
    parts = list(OWNED_BODY_PART.finditer(text, start, gesture.start(), timeout=REGEX_TIMEOUT))
    if not parts:
        return None
    word = parts[-1].group("possessive")
    owner = resolve_pronoun(possessive_pronouns()[word.lower()], parts[-1].start("possessive"), ctx)
    return owner.model_copy(update={"mention": text[parts[-1].start():parts[-1].end()],
                                    "start": parts[-1].start(), "end": parts[-1].end()})


def owned_claim(start: int, end: int, lower: str, ctx: Context) -> Attribution | None:
    """'Politifact seized on Trump's claim that there have been "Q"' · 'Trump's pledge to be "Q"':
    the quote is the content of a named owner's claim, so the owner said it (not the sentence's
    subject, who only reports or judges the claim). `lower`: text[start:end] in lower case."""
    if not any(noun in lower for noun in CLAIM_NOUNS):
        return None  # most windows hold no claim noun
    m = OWNED_CLAIM.search(ctx.text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT)
    if m is None or CUE.search(ctx.text, m.end("cue"), end, timeout=REGEX_TIMEOUT):
        return None  # a cue inside the complement has a subject of its own
    if m.group("possessive"):  # "her remark that "Q"": the pronoun's antecedent owns the claim
        if not _speech_by_itself(end, ctx):
            return None  # a weaker owner than a name: it never saves a scare quote ('his plan to be "tough"')
        word = m.group("possessive")
        said = possessive_pronouns()[word.lower()]
        owner = resolve_pronoun(said, m.start("possessive"), ctx)
        if not _fits_pronoun(owner, said, ctx):
            return None
        return _decided(owner.model_copy(update={"mention": word, "end": m.end("possessive")}), "owned_claim", m)
    return _decided(named_speaker(ctx, *m.span("owner")), "owned_claim", m)


def chanters(start: int, end: int, lower: str, ctx: Context) -> Attribution | None:
    """'But their chants of "Ted! Ted!"' · 'Clinton supporters responded with chants of "Q"':
    the words of a chant are the chanters', its owner, the subject of the verb that voices it or
    the object a verb moves to it ('roused the crowd to chants of "Q"') (CHANT_BEFORE). `lower`: text[start:end] in lower case."""
    if not any(noun in lower for noun in CHANT_NOUNS):
        return None  # most windows hold no chant
    m = CHANT_BEFORE.search(ctx.text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    if m.group("possessive"):  # "their chants": the pronoun stands for the chanters, as written
        word = m.group("possessive")
        owner = resolve_pronoun(possessive_pronouns()[word.lower()], m.start("possessive"), ctx)
        return _decided(owner.model_copy(update={"mention": word, "start": m.start("possessive"),
                                                 "end": m.end("possessive")}), "owned_claim", m)
    if m.group("object"):  # "roused the crowd to chants of": the crowd chants
        obj = SUBJECT_AFTER.fullmatch(ctx.text, *m.span("object"), timeout=REGEX_TIMEOUT)
        return _decided(speaker_from(obj, ctx), "owned_claim", m) if obj else None
    subject = subject_ending_at(ctx.text, start, m.start("verb"))
    return _decided(speaker_from(subject, ctx, m.group("verb")), "owned_claim", m) if subject else None


def _fits_pronoun(owner: Speaker, said: str, ctx: Context) -> bool:
    """A resolved owner the pronoun surely fits: "he"/"she" only a person the article shows to be
    of that gender (the resolver's nearest name of unknown gender is too often the wrong one:
    "Even as Clinton was criticizing Trump, however, she came under fire over her assertion")."""
    if owner.name is None:
        return False
    want = {"he": "m", "she": "f"}.get(said)
    return want is None or ctx.names.gender_of(tuple(owner.name.split())) == want


def _speech_by_itself(end: int, ctx: Context) -> bool:
    """The quote opening at `end` is kept as speech whoever says it (reject.py finds no reason
    in its words alone to drop it)."""
    q = next((q for q in ctx.quotes if q.outer_start == end), None)
    return q is not None and rejection_reason(ctx.text[q.start:q.end], embedded=True) is None


def claim_named_around(i: int, start: int, ctx: Context) -> Attribution | None:
    """'the persistent pull of Obama's "if you like your plan, you can keep it" promise': the
    quote is the claim itself, between its owner's possessive and the claim noun."""
    q = ctx.quotes[i]
    noun = CLAIM_NOUN_AFTER.match(ctx.text, q.outer_end, q.para_end, timeout=REGEX_TIMEOUT)
    if noun is None:
        return None
    m = OWNER_BEFORE_QUOTE.search(ctx.text, max(start, q.outer_start - SUBJECT_MAX_CHARS), q.outer_start,
                                  timeout=REGEX_TIMEOUT)
    return _decided(named_speaker(ctx, *m.span("owner")), "owned_claim", noun) if m else None


def owned_words(start: int, end: int, lower: str, ctx: Context) -> Attribution | None:
    """'in Forbes' words, "Q"' · 'Barrett's dictum to his interns ... was, "Q"' · 'The Florida
    senator's answer was that "Q"': the quote is the owner's words. `lower`: text[start:end]."""
    if not any(noun in lower for noun in OWNED_WORDS_NOUNS):
        return None
    m = OWNED_WORDS.search(ctx.text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    s, e = m.span("owner")
    owner = describe(ctx, s, e) if ctx.text[s:e].lower().startswith("the ") else named_speaker(ctx, s, e)
    return _decided(owner, "owned_claim", m)


def _side_clause_of_earlier_sentence(m: regex.Match, cue: regex.Match, i: int, ctx: Context) -> bool:
    """The cue's subject opens a side clause mid-sentence (", after Jones assured Trump that ...")
    and quote i starts a later sentence: the clause's speaker stays inside its own sentence, and
    the sentence's main speaker goes on ('"A," Trump assured Jones, after Jones assured Trump
    that ... . "B."' -> Trump)."""
    q = ctx.quotes[i]
    sub = SUBORDINATOR_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start(), timeout=REGEX_TIMEOUT)
    if sub is None or not ctx.text[max(0, sub.start() - 3):sub.start()].rstrip().endswith(","):
        return False  # no side clause after a main one ("After Scalia said ...": nothing before it)
    return ctx.text[cue.end():q.outer_start].rstrip()[-1:] in SENTENCE_ENDERS  # the clause's sentence ended


def _inside_previous_frame(cue: regex.Match, i: int, ctx: Context) -> bool:
    """The cue sits in the sentence that framed the previous quote, after that quote's own cue,
    and quote i opens a sentence of its own: "''A,'' the former president told a crowd that the
    campaign estimated at 3,000 people. ''B.''" -> B goes on with the former president; the
    clause's cue ("estimated") speaks only inside that sentence."""
    prev = ctx.decided.get(i - 1)
    q = ctx.quotes[i]
    if prev is None or prev.cue_end is None or prev.cue_end > cue.start() or \
            ctx.quotes[i - 1].para_end <= q.para_start or prev.speaker.name is None:
        return False
    text = ctx.text
    if text[cue.end():q.outer_start].rstrip()[-1:] not in SENTENCE_ENDERS:
        return False  # the cue's sentence runs on into the quote: its own frame
    if _joined_speaker_closes_sentence(prev.cue_end, cue, q.outer_start, ctx):
        return False  # '"A," Ebeling said, and her husband chimed in. "B"': B is the new speaker's
    return SENTENCE_END.search(text, prev.cue_end, cue.start(), timeout=REGEX_TIMEOUT) is None


def _joined_speaker_closes_sentence(lo: int, cue: regex.Match, end: int, ctx: Context) -> bool:
    """The cue is the verb of a main clause joined by "and"/"but" after the previous quote's
    frame (which starts at `lo`), with a subject of its own, and nothing but the sentence's end
    follows it before the quote at `end`: '"A," Trump said, and Christie chimed in. "B"'. That
    clause hands the floor to its subject, who speaks the next quote."""
    if ctx.text[cue.end():end].strip(" \n.:") != "":
        return False  # the cue has an object or an adjunct: "... and the campaign estimated at 3,000."
    m = subject_ending_at(ctx.text, lo, cue.start())
    if m is None or not (m.group("name") or m.group("description")):
        return False
    joins = CONJOINED_CLAUSE.finditer(ctx.text, lo, m.start(), timeout=REGEX_TIMEOUT)
    return any(join.end() == m.start() for join in joins)
