"""Attribute, the subject of a cue before the quote when the words right before the cue are not
it: a participle's or side clause's subject, a relative clause's head, a passive's agent, and more."""
from __future__ import annotations

import regex

from builder.lexicon import QUESTION_CUES, THING_HEADS, UNNAMED_HEADS, object_pronouns, pronoun_kinds
from builder.patterns import (
    CAUSATIVE_OBJECT_BEFORE, CLAUSE_OPENING_BEFORE, CONJOINED_CLAUSE, CONJOINED_SUBJECT_VERB, CONTROL_VERB_BEFORE, COORDINATED_VERB_BEFORE, COMPLEMENT_BREAK, OBJECT_RELATIVE_AFTER_CUE, EXAMPLE_NAME_END, DASH_ASIDE_BEFORE_CUE, INTERVIEW_WITH, INTRO_PHRASE, NAME_BEFORE_APPOSITION, NAME_MENTION,
    OPEN_RELATIVE, PARTICIPLE_BEFORE_INFINITIVE, SIDE_CLAUSE_ACTOR, PASSIVE_AUX_END, PASSIVE_BY, POLL_DESCRIPTION, HEADLESS_SHARE_LEAD, POSSESSIVE_NEXT, REGEX_TIMEOUT,
    SHARE_SUBJECT, SUBJECT_AFTER, CONJOINED_TIME_LEAD, SUBJECTLESS_ITEM, SUBORDINATOR_THEN_SUBJECT, SUBJECT_BEFORE_POSTMOD, INSCRIPTION_BEFORE_CUE, PERCEIVED_ACTOR,
    OWNED_THING_BEFORE_CUE, WITH_DESCRIPTION_SUBJECT, WITH_PARTICIPLE_SUBJECT, LAST_WORD, POST_MODIFIER_START, SENTENCE_END, WORD,
)
from builder.pipeline.segment import sentence_start

from builder.pipeline.attribute.context import ARTICLES, SUBJECT_MAX_CHARS, Speaker, Context
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.attribute.names import named_speaker, _after_lowercase, describe, _person_named
from builder.pipeline.attribute.mentions import speaker_from
from builder.pipeline.attribute.pronouns import resolve_pronoun
from builder.pipeline.attribute.subjects import (
    subject_ending_at, clause_as_apposition, is_place, is_object, owns_cue_noun, sentence_subject,
)

# The cue forms that give a thing's written words: "a sign saying", "a headline that read".
INSCRIPTION_CUES = frozenset("saying reading said says read reads".split())
# How far before a participle "with" and its subject may start ("with Sen. John McCain");
# 40 to 120 give the same PolNeAR train figures, 80 leaves room for a title and a full name.
WITH_SUBJECT_MAX_CHARS = 80
# How far before a cue a causative verb and its object may start: the verb, an 80-character
# object and a 120-character relative clause in commas (CAUSATIVE_OBJECT_BEFORE's bounds).
CAUSATIVE_MAX_CHARS = 240
# How many words may stand between an owned document's participle cue and the quote it gives
# ("telling him to leave his "Q"": 4). On PolNeAR train any bound from 4 to 24 gives the same
# figures; a clause of its own past it ("saying African-Americans will vote for him because of
# the slaying ... meant that "Q"", 25 words) leads to a later frame's words, not the document's.
OWNED_THING_CUE_REACH_WORDS = 8


def subject_before_dash_aside(lo: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'A former Republican presidential candidate -- John McCain, who lost ... -- said "Q"' ·
    'Gingrich — mentioned by Newsmax as ... — told O'Reilly that "Q"': the cue's subject stands
    before a dash-set aside. A name opening the aside names a described subject (McCain); else
    the subject is the phrase ending at the opening dash, a post-modifier allowed ('John Dickey,
    the chief executive of Ora Media -- the production company that ... -- told me, "Q"')."""
    text = ctx.text
    aside = DASH_ASIDE_BEFORE_CUE.search(text, max(lo, cue.start() - SUBJECT_MAX_CHARS), cue.start(),
                                         timeout=REGEX_TIMEOUT)
    if aside is None:
        return None
    at = sentence_start(text, lo, aside.start(), aside.start())
    intro = INTRO_PHRASE.match(text, at, aside.start())
    m = SUBJECT_BEFORE_POSTMOD.fullmatch(text, intro.end() if intro else at, aside.start(),
                                         timeout=REGEX_TIMEOUT) or subject_ending_at(text, lo, aside.start())
    if m is None:
        return None
    if m.group("description"):
        name = NAME_MENTION.match(text, aside.start("aside"), aside.end("aside"), timeout=REGEX_TIMEOUT)
        if name and text[name.end():name.end() + 1] in ("", ",") and \
                ctx.names.has_mention_at(name.start(), name.end()):
            return named_speaker(ctx, *name.span("name"))
    return speaker_from(m, ctx, cue.group())


def relative_clause_head(at: int, m: regex.Match | None, lo: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'The official who backed the plan said "Q"', 'An aide who asked not to be named said
    "Q"': an open "who" clause runs up to `at`, where the subject phrase `m` found before a cue
    starts (its object), or the cue itself when none was found; the cue's subject is the head
    that "who" follows ("The official"). None when `m` is a pronoun or no such clause holds it."""
    if m is not None and m.group("pronoun"):
        return None
    text = ctx.text
    rel = OPEN_RELATIVE.search(text, max(lo, at - SUBJECT_MAX_CHARS), at, timeout=REGEX_TIMEOUT)
    if rel is None:
        return None
    head = subject_ending_at(text, lo, rel.start())
    if head is None or head.group("pronoun"):
        return None
    if head.group("description") or head.group("name") != _after_lowercase(head.group("name")):
        # an apposition: "Geoff Garin, a Democratic pollster who", "Richard Shelby, the Alabama
        # Republican who": the name before it
        name = NAME_BEFORE_APPOSITION.search(text, max(lo, head.start() - SUBJECT_MAX_CHARS), head.start(),
                                             timeout=REGEX_TIMEOUT)
        named = _person_named(ctx, *name.span("name")) if name else None
        if named is not None:
            return named
    return speaker_from(head, ctx, cue.group())


def passive_agent(m: regex.Match, cue: regex.Match, end: int, ctx: Context) -> Speaker | None:
    """'Sanders was asked by host Bill Maher, ..., "Q?"': in a passive frame the agent after
    "by" speaks, not the subject."""
    if not PASSIVE_AUX_END.search(m.group(), timeout=REGEX_TIMEOUT):
        return None
    by = PASSIVE_BY.match(ctx.text, cue.end(), end)
    a = SUBJECT_AFTER.match(ctx.text, by.end(), end, timeout=REGEX_TIMEOUT) if by else None
    return speaker_from(a, ctx) if a and (a.group("name") or a.group("description")) else None


def questioned_subject(i: int, m: regex.Match, cue: regex.Match, end: int, ctx: Context) -> Speaker | None:
    """'In an interview with The New York Times Magazine ..., Trump was asked, "Q?"': a passive
    question frame with no "by" agent puts the question to its subject, who does not speak it;
    the interviewer the sentence names asks it, else no one named does (a speaker with no name,
    so no later rule hands the quote back to the subject). None where the frame is no such one."""
    if cue.group().lower() not in QUESTION_CUES or not PASSIVE_AUX_END.search(m.group(), timeout=REGEX_TIMEOUT) \
            or PASSIVE_BY.match(ctx.text, cue.end(), end):
        return None
    text = ctx.text
    q = ctx.quotes[i]
    start = sentence_start(text, q.para_start, q.para_end, m.start())
    interview = None
    for interview in INTERVIEW_WITH.finditer(text, start, m.start(), timeout=REGEX_TIMEOUT):
        pass
    asker = SUBJECT_AFTER.match(text, interview.end(), m.start(), timeout=REGEX_TIMEOUT) if interview else None
    sp = speaker_from(asker, ctx) if asker and asker.group("name") else None
    return sp or Speaker(name=None, mention=cue.group(), start=cue.start(), end=cue.end(), kind=None)


def reporting_subject(m: regex.Match, earlier: list[regex.Match], start: int, ctx: Context) -> Speaker | None:
    """A subject inside the complement of an earlier speech frame is reported, not speaking:
    "Cruz said he's certain Rubio will continue to be "Q"", "Mrs. Clinton said that when
    Ms. Warren railed ..., "Q"" -> the earlier frame's subject, the outermost one. So does a
    pronoun: mostly the same person ("Benjamin said he believes "Q""), and where it is not,
    PolNeAR credits the frame ("Prosecutors say that he told an agent, "Q"")."""
    for j, c in enumerate(earlier):  # the outermost frame first: "Mr. Ross said Mr. Obama had told ... that he"
        if c.end() > m.start():
            break
        if POSSESSIVE_NEXT.match(ctx.text, c.end()) or \
                COMPLEMENT_BREAK.search(ctx.text, c.end(), m.start(), timeout=REGEX_TIMEOUT) or \
                OBJECT_RELATIVE_AFTER_CUE.match(ctx.text, c.end(), m.start(), timeout=REGEX_TIMEOUT):
            continue  # "the state’s convention"; "After Trump argued that ..., Rubio said": a lead-in
        sp = earlier_frame_subject([c], start, ctx) or (described_frame_subject(c, start, ctx) if m.group("pronoun") else None)
        if sp is None and c.group().endswith("ing"):  # "Clinton mocked the complaint, saying anybody
            sp = participle_subject(earlier[:j], start, c, ctx)  # who complains ... "Q"": the participle's subject
        if sp is not None:
            return sp
    return None


def participle_subject(cues: list[regex.Match], start: int, participle: regex.Match, ctx: Context) -> Speaker | None:
    """Who speaks through a participle frame ("..., saying"): the subject of the speech frame
    before it in the sentence, else the sentence's own subject."""
    return earlier_frame_subject(cues, start, ctx) or sentence_subject(start, participle.start(), ctx)


def side_clause_actor(start: int, participle: regex.Match, ctx: Context) -> Speaker | None:
    """'Clinton asks as a maintenance guy walks in front of her, saying he's "Q"': a participle
    right after a side clause that brings in a new actor goes with that actor."""
    m = SIDE_CLAUSE_ACTOR.search(ctx.text, max(start, participle.start() - SUBJECT_MAX_CHARS), participle.start(),
                                 timeout=REGEX_TIMEOUT)
    return None if m is None else describe(ctx, *m.span("description"))


def described_frame_subject(cue: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """A description as a speech frame's subject: "The longtime senator said he ..."."""
    if cue.group().endswith("ing"):
        return None
    f = subject_ending_at(ctx.text, start, cue.start())
    if f is None or not f.group("description") or f.groupdict().get("generic") or is_object(f, ctx.text):
        return None
    return speaker_from(f, ctx, cue.group())


def with_participle_subject(cue: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """The participle's own subject after "with": "..., with Trump reportedly yelling: "Q"",
    "..., with many marchers and spectators chanting "Q"" (a description, as the text gives it);
    also where the cue is an infinitive the participle leads to: "..., with Lewandowski taking
    to Twitter to call Fields "Q""."""
    at = cue.start()
    if not cue.group().endswith("ing"):
        inf = PARTICIPLE_BEFORE_INFINITIVE.search(ctx.text, max(start, at - SUBJECT_MAX_CHARS), at,
                                                  timeout=REGEX_TIMEOUT) if ctx.text[at - 4:at] == " to " else None
        if inf is None:
            return None
        at = inf.start("participle")
    lo = max(start, at - WITH_SUBJECT_MAX_CHARS)
    w = WITH_PARTICIPLE_SUBJECT.search(ctx.text, lo, at, timeout=REGEX_TIMEOUT)
    if w:
        return speaker_from(w, ctx)
    d = WITH_DESCRIPTION_SUBJECT.search(ctx.text, lo, at, timeout=REGEX_TIMEOUT)
    return describe(ctx, *d.span("description")) if d else None


def perceived_actor(cue: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """The object of a verb of perceiving or recalling speaks through the participle its own
    verb chain leads to: "I remember President Jimmy Carter going on TV ..., declaring ..., and
    telling Americans that "Q"" -> Carter, not the rememberer; "she watches Mr. Sanders thrill
    young audiences by exhorting them to "Q"" -> Sanders. The last such actor of the cue's
    sentence before it (a name or a description, as the text gives it)."""
    if not cue.group().endswith("ing"):
        return None
    at = sentence_start(ctx.text, start, cue.start(), cue.start())
    actor = None
    for actor in PERCEIVED_ACTOR.finditer(ctx.text, at, cue.end(), timeout=REGEX_TIMEOUT):  # its verb may be the cue
        pass
    if actor is None or not (actor.group("name") or actor.group("description")):
        return None
    return speaker_from(actor, ctx, cue.group())


def inscription_speaker(cue: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """A thing whose written words the quote gives, right before the cue: "held up a sign
    saying "Q"", "under a headline that said, "Q"" -> the sign, the headline (a finite cue only
    after "that": in "the headline said" the cue has its own subject, found as usual)."""
    word = cue.group().lower()
    if word not in INSCRIPTION_CUES:
        return None
    m = INSCRIPTION_BEFORE_CUE.search(ctx.text, max(start, cue.start() - WITH_SUBJECT_MAX_CHARS), cue.start(),
                                      timeout=REGEX_TIMEOUT)
    if m is None or bool(m.group("that")) == word.endswith("ing"):
        return None
    return describe(ctx, *m.span("description"))


def owned_thing_speaker(cue: regex.Match, start: int, quote_start: int, ctx: Context) -> Speaker | None:
    """A document its owner's possessive names, right before a participle cue that reaches the
    quote in a few words: "after the newspaper's editorial telling him to leave his "Q"" -> the
    newspaper's editorial. Not where the participle's own clause runs on before the quote
    ("Christie said Trump's tweet saying African-Americans will vote for him ... meant that "Q"")."""
    if not cue.group().endswith("ing") or \
            len(WORD.findall(ctx.text, cue.end(), quote_start)) > OWNED_THING_CUE_REACH_WORDS:
        return None
    owned = OWNED_THING_BEFORE_CUE.search(ctx.text, max(start, cue.start() - WITH_SUBJECT_MAX_CHARS), cue.start(),
                                          timeout=REGEX_TIMEOUT)
    return describe(ctx, *owned.span("description")) if owned else None


def poll_speaker(cue: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """A share of respondents speaking in a sentence that names their poll: "In a national
    CNN/ORC poll released Monday, 31% of Republicans said they were "Q"" -> the poll (PolNeAR
    credits it; without a poll in the sentence the share itself speaks: "About four in 10
    voters say ...")."""
    share = SHARE_SUBJECT.search(ctx.text, max(start, cue.start() - SUBJECT_MAX_CHARS), cue.start(),
                                 timeout=REGEX_TIMEOUT)
    if share is None:
        return None
    poll = POLL_DESCRIPTION.search(ctx.text, start, share.start(), timeout=REGEX_TIMEOUT)
    if poll is not None:
        return describe(ctx, *poll.span("description"))
    return headless_share(share, start, ctx)


def headless_share(share: regex.Match, start: int, ctx: Context) -> Speaker | None:
    """'About four in 10 said they were "angry"': a share with no group after it, as its
    sentence's subject, speaks itself (PolNeAR's source is the share, "About four in 10"); the
    subject reading finds no noun there. A share with its group ("Six in 10 Republicans said")
    is read as any subject is."""
    if share.group("group") or not HEADLESS_SHARE_LEAD.fullmatch(ctx.text, start, share.start(),
                                                                 timeout=REGEX_TIMEOUT):
        return None
    lead = HEADLESS_SHARE_LEAD.match(ctx.text, start, share.start(), timeout=REGEX_TIMEOUT)
    return describe(ctx, lead.start("hedge") if lead.group("hedge") else share.start(), share.end("share"))


def earlier_frame_subject(cues: list[regex.Match], start: int, ctx: Context) -> Speaker | None:
    """A participle's subject is that of the speech frame before it in the sentence: "Ryan and
    Trump will meet next week, Spicer said, adding ..." -> Spicer, not the sentence's "Ryan".
    Only a named or personal-pronoun subject: a description before a cue word is too often a
    noun phrase around a noun ("recites the same campaign points, calling"), and "who" opens a
    relative clause ("an architect who said he was stiffed ..., saying")."""
    for cue in reversed(cues):
        if cue.group().endswith("ing"):
            continue
        m = subject_ending_at(ctx.text, start, cue.start())
        personal = m is not None and m.group("pronoun") and pronoun_kinds().get(m.group("pronoun").lower()) == "person"
        if m and (m.group("name") or personal) and not (owns_cue_noun(m) or clause_as_apposition(m) or is_place(m)):
            sp = speaker_from(m, ctx, cue.group())
            if sp is not None:
                return sp
    return None


def conjoined_clause_subject(lo: int, end: int, ctx: Context) -> Speaker | None:
    """The subject of the last main clause joined by ", and" / ", but" / "- but" in text[lo:end],
    when a named or described subject and its verb open it: "A group of rabbis called for a
    boycott, and the Anti-Defamation League denounced the remarks and said it would "Q"" -> the
    League, not the sentence's first subject nor an earlier cue's, whose frames the joined
    clause ends."""
    m = conjoined_clause(lo, end, ctx)
    if m and m.group("apposed"):  # "the ... organization the Anti-Defamation League": the name the writer gives it
        return named_speaker(ctx, *m.span("apposed")) or speaker_from(m, ctx, m.group("verb"))
    return speaker_from(m, ctx, m.group("verb")) if m else None


def conjoined_clause(lo: int, end: int, ctx: Context) -> regex.Match | None:
    """The subject and verb (CONJOINED_SUBJECT_VERB) opening the last clause joined by "and" or
    "but" in text[lo:end], when its subject is a name or a description that is no place."""
    joins = list(CONJOINED_CLAUSE.finditer(ctx.text, lo, end, timeout=REGEX_TIMEOUT))
    for join in reversed(joins):
        lead = CONJOINED_TIME_LEAD.match(ctx.text, join.end(), end, timeout=REGEX_TIMEOUT)
        m = CONJOINED_SUBJECT_VERB.match(ctx.text, lead.end() if lead else join.end(), end, timeout=REGEX_TIMEOUT)
        if m is not None:
            return m if (m.group("name") or m.group("description")) and not is_place(m) else None
        if not SUBJECTLESS_ITEM.match(ctx.text, join.end(), end, timeout=REGEX_TIMEOUT):
            return None  # a clause whose subject is not read: no earlier clause's subject speaks
    return None


# Decisions whose speaker is the subject of the quote's sentence, not a cue's (whose frame may end
# before the next quote): the words right after such a quote go on in that subject's sentence.
SENTENCE_SUBJECT_RULES = ("subject_verb.", "subject_frame.")


def opening_subject(i: int, start: int, end: int, ctx: Context) -> Speaker | None:
    """The subject of the words text[start:end] before quote i. When they begin right after
    the previous quote's cue ('"A," Carson told the AP on Wednesday after hinting that "B"'),
    they carry on that frame, whose speaker is their subject; else the subject opening them."""
    prev = ctx.decided.get(i - 1)
    if prev is not None and prev.cue_end == start and prev.speaker.name is not None:
        return prev.speaker
    own = sentence_subject(start, end, ctx)
    if own is None and prev is not None and prev.rule.startswith(SENTENCE_SUBJECT_RULES) and \
            prev.speaker.name is not None and start == ctx.quotes[i - 1].outer_end and \
            _same_sentence_after(ctx.quotes[i - 1], end, ctx):
        # no subject of their own ('..., and his rival, Ted Cruz, answered by calling it "Q"' has one):
        # they go on in the sentence of the previous quote's subject ('Axelrod emailed her,
        # addressing her as "Hillary" and telling her, "Q!"')
        return prev.speaker
    return own


def _same_sentence_after(prev: QuoteSpan, end: int, ctx: Context) -> bool:
    """The words from quote `prev` up to `end` go on in its sentence: neither the quote's own end
    punctuation ('Pew found that "Q." But ...') nor a later one ends it."""
    return SENTENCE_END.search(ctx.text, max(prev.start, prev.end - 1), end, timeout=REGEX_TIMEOUT) is None


def control_subject(start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """The subject of a verb that controls the cue ("... that Mr. Trump was prompted to say, "Q"",
    "When he returned he began by saying, "Q""): a name or a personal pronoun right before it.
    Only where the cue opens the quote: "a term Rubio has used to describe Trump ... "Q"" is a
    relative clause of the writer's."""
    ctrl = CONTROL_VERB_BEFORE.search(ctx.text, max(start, cue.start() - SUBJECT_MAX_CHARS), cue.start(),
                                      timeout=REGEX_TIMEOUT)
    if ctrl is None:
        return None
    m = _person_subject_before(start, ctrl.start("verb"), ctx)
    return speaker_from(m, ctx, ctrl.group("verb")) if m else None


def _person_subject_before(start: int, verb_start: int, ctx: Context) -> regex.Match | None:
    """The subject ending right before a verb at `verb_start` when it is a name or a personal
    pronoun (not a place, not the owner of a cue noun); else None."""
    m = subject_ending_at(ctx.text, start, verb_start)
    personal = m is not None and m.group("pronoun") and pronoun_kinds().get(m.group("pronoun").lower()) == "person"
    if m is None or not (m.group("name") or personal) or owns_cue_noun(m) or is_place(m):
        return None
    return m


def coordinated_subject(start: int, cue: regex.Match, opening: Speaker | None, ctx: Context) -> Speaker | None:
    """'When Tom Baxter, the mayor's aide, was asked ..., he laughed and said, "Q"': the subject
    of a verb joined to the cue by "and" is the cue's; a name or a personal pronoun right before
    that verb, not the sentence's `opening` subject, which a lead-in clause may hold. None where
    that opening subject is the same pronoun ("Over the years, she said, email kept her in touch
    with Clinton, although she laughed and admitted "Q""): the sentence is about her, and the
    pronoun resolves where it opens the sentence. Never a participle ("..., holding anti-Trump
    signs and chanting "Q"": the sentence's subject)."""
    if cue.group().endswith("ing"):
        return None
    verb = COORDINATED_VERB_BEFORE.search(ctx.text, max(start, cue.start() - SUBJECT_MAX_CHARS), cue.start(),
                                          timeout=REGEX_TIMEOUT)
    if verb is None:
        return None
    m = _person_subject_before(start, verb.start("verb"), ctx)
    if m is None:
        return None
    personal = bool(m.group("pronoun"))
    if ctx.text[start:m.start()].strip() and \
            not CLAUSE_OPENING_BEFORE.search(ctx.text, start, m.start(), timeout=REGEX_TIMEOUT):
        return None  # "met with several Syrian officials and declared": a modifier, no subject
    if personal and opening is not None and (opening.mention or "").lower() == m.group("pronoun").lower():
        return None
    return speaker_from(m, ctx, verb.group("verb"))


def causative_object(start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'..., leading Clinton economic advisers like Gene Sperling to counter that "Q"' · 'That
    record prompted Dave Leip's Atlas ..., which examines bellwether states, to state, "Q"' ·
    'The ruling prompted him to say, "Q"': the object of a verb that makes someone speak is the
    subject of the cue after its "to" (data/causative_verbs.txt)."""
    text = ctx.text
    c = CAUSATIVE_OBJECT_BEFORE.search(text, max(start, cue.start() - CAUSATIVE_MAX_CHARS), cue.start(),
                                       timeout=REGEX_TIMEOUT)
    if c is None:
        return None
    obj = c.group("object")
    if obj.lower() in object_pronouns():  # "prompted him to say"
        return resolve_pronoun(object_pronouns()[obj.lower()], c.start("object"), ctx).model_copy(
            update={"mention": obj, "end": c.end("object")})
    m = SUBJECT_AFTER.fullmatch(text, c.start("object"), c.end("object"), timeout=REGEX_TIMEOUT)
    if m is None:  # "advisers like Gene Sperling": the name an example gives
        m = EXAMPLE_NAME_END.search(text, c.start("object"), c.end("object"), timeout=REGEX_TIMEOUT)
    return speaker_from(m, ctx, cue.group()) if m else None


def subject_before_undecided_quote(i: int, start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """'A group of 67 Latin American artists ... published an open letter about the "hateful
    discourse of Trump" and called on people to "Q"': the words before quote i start right after
    an earlier quote of its sentence that no rule took (a label, a title), so the sentence's own
    subject, before that quote, governs the cue."""
    q = ctx.quotes[i]
    if i == 0 or i - 1 in ctx.decided or ctx.quotes[i - 1].outer_end != start:
        return None
    at = sentence_start(ctx.text, q.para_start, q.para_end, q.outer_start)
    sp = sentence_subject(at, cue.start(), ctx) if at < ctx.quotes[i - 1].outer_start else None
    return sp if sp is not None and sp.name is not None else None  # "It came in an envelope marked "urgent""


def postmodified_subject(lo: int, cue: regex.Match, ctx: Context, any_head: bool = True) -> Speaker | None:
    """'The secretary of state said, "Q"', 'Supporters of Trump say "Q"': no subject ends right
    before the cue (SUBJECT_BEFORE reads nothing after "of"), so the whole post-modified phrase
    from the sentence's start (past a lead-in: "On Tuesday, ") up to the cue is its subject.
    any_head=False: only a role noun heads it, never any noun ("A statement from the Kremlin")."""
    text = ctx.text
    if cue.group().endswith("ing"):
        return None  # a participle's subject is the sentence's ("Back in 1999, Mr. Trump ..., telling")
    at = sentence_start(text, lo, cue.start(), cue.start())
    intro = INTRO_PHRASE.match(text, at, cue.start())
    m = SUBJECT_BEFORE_POSTMOD.fullmatch(text, intro.end() if intro else at, cue.start(), timeout=REGEX_TIMEOUT) \
        or _postmodified_after_subordinator(at, cue, ctx)
    if m is None or LAST_WORD.search(m.group().rstrip()).group().lower() in ARTICLES:
        return None  # "in the report"
    if m.group("name") and _capitalised_head(m.group("name")):
        # "Residents of Florida said", "Friends of the Earth said", "The Council of Economic Advisers
        # said": a role noun capitalised as the sentence's first word (or a body's) heads the whole phrase
        return describe(ctx, *m.span("name"))  # with its "of" phrase (DESCRIPTION_POSTMOD)
    if not m.group("description") or not any_head and (m.group("generic") or thing_head(m.group("description"))):
        return None  # a capitalised opening word is no name ("Repeatedly, the complex ...")
    return speaker_from(m, ctx, cue.group())


def _postmodified_after_subordinator(at: int, cue: regex.Match, ctx: Context) -> regex.Match | None:
    """'The evidence was a video clip where the secretary of state said she was "Q"': the
    post-modified description opening the clause of the last subordinator before the cue (a
    lower-case description only: a name there is SUBJECT_BEFORE's)."""
    sub = None
    for sub in SUBORDINATOR_THEN_SUBJECT.finditer(ctx.text, at, cue.start(), timeout=REGEX_TIMEOUT):
        pass
    if sub is None:
        return None
    m = SUBJECT_BEFORE_POSTMOD.fullmatch(ctx.text, sub.end(), cue.start(), timeout=REGEX_TIMEOUT)
    return m if m is not None and m.group("description") else None


def thing_head(description: str) -> bool:
    """The description's head, before its post-modifier, is a thing: "A statement| from the Kremlin"."""
    post = POST_MODIFIER_START.search(description, timeout=REGEX_TIMEOUT)
    head = LAST_WORD.search(description[:post.start()] if post else description, timeout=REGEX_TIMEOUT)
    return head is not None and head.group().lower() in THING_HEADS


def _capitalised_head(name: str) -> bool:
    """One capitalised word that is a role noun, "the" allowed before it: "Residents",
    "Members", "Friends", "The Council"."""
    head = name.lower().removeprefix("the ")
    return " " not in head and head in UNNAMED_HEADS
