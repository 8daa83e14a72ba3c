"""Attribute, quote first: '"Q," X said' · '"Q," said X' · '"Q" ― X', and the checks that the cue
after a quote is that quote's own."""
from __future__ import annotations

import regex

from builder.lexicon import OBJECT_CUES
from builder.patterns import (
    ACCORDING_TO, ADJUNCT_ENDS_SENTENCE, ELIDED_CUE_TAIL, UNCLOSED_INNER_CUE, QUOTE_FROM_SOURCE, ASIDE_ADVERB, APPOSITION_THEN_CUE, ASIDE_THEN_SUBJECT, AS_PUT_IT_AFTER, CUE, NOUN_TAIL_BEFORE_AS,
    CUE_ENDS_SENTENCE, CUE_PARENTHESIS_RESUMES, CUE_GOES_ON, DASH_ATTRIBUTION, DOCUMENT_RELEASED_AFTER, DASH_BYLINE_END, INVERTED_INSCRIPTION_AFTER, DESCRIPTION_THEN_NAME_COMMA, HEARD_BEFORE_PARTICIPLE, JOINED_NAMES_LEAD, LEAD, OWN_SENTENCE_END, PARTICIPLE_ASIDE_TO_QUOTE,
    INVERTED_CAME_FROM, QUOTED_AS_SAYING,
    REGEX_TIMEOUT, RELATIVE_CUE_TAIL, RELATIVE_WORD, SPEAKER_TAIL_ENDS_SENTENCE, WORDS_OF, SUBJECT_AFTER,
    SUBORDINATE_OPENING, SUBJECT_BEFORE,
)
from builder.pipeline.segment import blank, sentence_start
from builder.pipeline.speakers import name_tokens

from builder.pipeline.attribute.context import (
    MAX_POST_CUE_DISTANCE, SENTENCE_GOES_ON, SENTENCE_ENDERS, SENTENCE_CLOSERS, Attribution, Context, Speaker,
)
from builder.pipeline.attribute.confidence import _decided
from builder.pipeline.attribute.mentions import speaker_from
from builder.pipeline.attribute.names import describe
from builder.pipeline.attribute.subjects import subject_ending_at, subject_filling, sentence_subject
from builder.pipeline.attribute.clause_subjects import passive_agent, questioned_subject
from builder.pipeline.attribute.before import according_source, reported_by, before_quote, owned_claim

# How far before a quote the cue of a relative clause framing it may start ("under what Mr.
# Hedge called"): room for a titled full name ("that U.S. District Judge Michael W. Mosman called").
RELATIVE_FRAME_MAX_CHARS = 80


def _as_frame_after_noun_tail(i: int, ctx: Context) -> regex.Match | None:
    """'rather than just a "regional" candidate, as Sanders' campaign manager suggested': a quoted
    word inside a noun phrase whose few words end at a comma before an "as" frame; the frame
    names who used the word. Only a quote that closes with no punctuation of its own. On PolNeAR
    train it moves 1 quote, wrong to right (Hillary Clinton -> Sanders’ campaign manager):
    speaker_name_accuracy 0.9059 -> 0.9060, quote F1 0.9734 (same)."""
    q = ctx.quotes[i]
    if ctx.text[q.start:q.end].rstrip()[-1:] in ",.;:!?":
        return None
    end = ctx.right_window(i)
    tail = NOUN_TAIL_BEFORE_AS.match(ctx.text, q.outer_end, end, timeout=REGEX_TIMEOUT)
    return AS_PUT_IT_AFTER.match(ctx.text, tail.end(), end, timeout=REGEX_TIMEOUT) if tail else None


def after_quote(i: int, ctx: Context) -> Attribution | None:
    """'"Q," X said' · '"Q," said X' · '"Q" ― X' · '"Q," according to X'. Not where the quote
    closes a subordinate clause with a speech frame of its own ("When someone in the audience
    shouted, "Cruz," Beck joked"): that frame's subject speaks it (before_quote)."""
    q = ctx.quotes[i]
    text, end = ctx.text, ctx.right_window(i)
    if _in_subordinate_frame(i, ctx):
        return None
    if not q.closed:
        inner = _cue_inside_unclosed(i, ctx)
        if inner is not None:
            return inner
    lead = _past_aside_adverb(i, LEAD.match(text, q.outer_end, end).end(), ctx)
    dash = DASH_ATTRIBUTION.match(text, q.outer_end, end)
    if dash:  # a byline ends its paragraph ('"Q" ― X.'), an aside goes on ('"Q" ― the man who ...')
        if _ends_framed_sentence(i, ctx) and CUE.search(text, ctx.left_window(i), q.outer_start, timeout=REGEX_TIMEOUT):
            return None  # 'Rajoy insisted that his party was "still the No. 1 force."--Kim Hjelmgaard.': a
            # frame of its own speaks the quote (a later rule finds it); the byline names the writer
        m = SUBJECT_AFTER.match(text, dash.end(), end, timeout=REGEX_TIMEOUT)
        if m and (m.group("name") or m.group("description")) and \
                DASH_BYLINE_END.fullmatch(text, m.end(), q.para_end, timeout=REGEX_TIMEOUT):
            return _decided(speaker_from(m, ctx), "dash")
    source = _source_named_next(i, lead, ctx)
    if source is not None:  # '"Q." That quote from X appeared ...'
        return source
    qas = QUOTED_AS_SAYING.match(text, lead, end)
    if qas:  # '"Q," SANA quoted Freij as saying'
        m = SUBJECT_AFTER.match(text, qas.start("who"), qas.end("who"), timeout=REGEX_TIMEOUT)
        if m:
            return _decided(speaker_from(m, ctx), "quoted_as_saying", qas)
    acc = ACCORDING_TO.match(text, lead, end) or WORDS_OF.match(text, lead, end)
    if acc and _opens_next_sentence(i, acc, ctx):
        acc = None  # '... did not "use it that much." According to F.A.A. records, ...': a new sentence's source
    if acc:
        m = SUBJECT_AFTER.match(text, acc.end(), end, timeout=REGEX_TIMEOUT)
        if m:
            return _decided(according_source(m, ctx), "according_to", acc)
    put = AS_PUT_IT_AFTER.match(text, lead, end, timeout=REGEX_TIMEOUT) or _as_frame_after_noun_tail(i, ctx)
    if put and not put.group("cue").endswith("ing"):  # '"Q," as a Homeland Security memo put it.'
        m = SUBJECT_BEFORE.fullmatch(text, put.start("who"), put.start("cue"), timeout=REGEX_TIMEOUT)
        sp = speaker_from(m, ctx, put.group("cue").split()[0]) if m else None
        if sp is not None:
            return _decided(sp, "quote_speaker_cue", put)
    came = INVERTED_CAME_FROM.match(text, lead, end, timeout=REGEX_TIMEOUT)
    if came:  # '"Call the roll," came shouts from the crowd': the source after "from"
        m = SUBJECT_AFTER.match(text, came.end(), end, timeout=REGEX_TIMEOUT)
        if m:
            return _decided(speaker_from(m, ctx), "quote_cue_speaker", came)
    cue = CUE.match(text, lead, end)
    if cue and cue.group().lower() in OBJECT_CUES:
        cue = None  # '"Q" cited ...' is no inverted frame: the quote is "cite"'s object elsewhere
    if cue and cue.group().endswith("ing"):  # '... as "fantastic," telling reporters': the
        start = sentence_start(text, q.para_start, q.para_end, q.outer_start)  # sentence's subject
        owned = owned_claim(start, q.outer_start, text[start:q.outer_start].lower(), ctx)
        if owned is not None:  # '... out of Trump's claim that Obama "founded ISIS," saying ...':
            return owned  # the claim's owner said the quote; the participle's subject judges it
        sub = sentence_subject(start, q.outer_start, ctx) if start < q.outer_start else None
        return reported_by(cue.end(), end, ctx) or _decided(sub, "clause_subject", cue) if sub is not None else None
    if cue:  # '"Q," said X'
        aside_subject = _subject_of_participle_aside(i, ctx)
        if aside_subject is not None:  # 'Mr. Manafort, citing "Q," said the candidate ...'
            return _decided(aside_subject, "quote_speaker_cue", cue)
        m = SUBJECT_AFTER.match(text, cue.end(), end, timeout=REGEX_TIMEOUT)
        if m:
            return reported_by(m.end(), end, ctx) or _decided(speaker_from(m, ctx), "quote_cue_speaker", cue)
    doc = DOCUMENT_RELEASED_AFTER.match(text, lead, end, timeout=REGEX_TIMEOUT)
    if doc:  # '"Q," the order released Friday said': the document speaks
        return _decided(describe(ctx, *doc.span("description")), "quote_speaker_cue", doc)
    shown = INVERTED_INSCRIPTION_AFTER.match(text, lead, end, timeout=REGEX_TIMEOUT)
    if shown:  # '"Choke!" blared the front page of The Boston Herald': the thing's written words
        return _decided(describe(ctx, *shown.span("description")), "quote_cue_speaker", shown)
    for cue in CUE.finditer(text, lead, min(end, lead + MAX_POST_CUE_DISTANCE), timeout=REGEX_TIMEOUT):
        if cue.group().lower() in OBJECT_CUES:
            continue  # 'The "Q" phrase Grassley cited': a relative clause's verb, whose object is the phrase
        if cue.group().endswith("ing"):  # '"Q," X had answering' is no speech frame, but
            heard = _heard_speaking(lead, cue, ctx)  # '"Q?" a reporter can be heard asking' is
            if heard is not None:
                return heard
            continue
        m = subject_filling(text, lead, cue.start()) or \
            _name_after_unclosed_description(lead, cue, ctx) or _last_of_joined_names(lead, cue, ctx)
        if m and _opens_new_statement(i, m, cue, ctx):
            return None
        if m and _relative_on_quoted_phrase(i, m, ctx):
            return None  # 'appointing a "chief trade prosecutor" who reports ...': "who" is the phrase quoted
        if m and _ends_framed_sentence(i, ctx):
            own = before_quote(i, ctx)
            if own is not None and own.speaker.name is not None:
                return own
        if m and m.group("pronoun") and _closes_then_goes_on(i, cue, ctx):
            # '... as X told the AP, "Q." He added, "Q2"': the pronoun's frame introduces Q2;
            # Q's own frame before it, where there is one, speaks Q
            own = before_quote(i, ctx)
            if own is not None and own.speaker.name is not None:
                return own
        sp = speaker_from(m, ctx, cue.group()) if m else None
        if sp is not None and _closes_relative_frame(i, ctx):
            return None  # 'under what Mr. Hedge called "Q," the club charged': the relative's subject
        if sp is not None:  # '"Q," X said' (a noun that fits no speaker, "the congressional
            # <report>", lets a later cue decide)
            return reported_by(cue.end(), end, ctx) or \
                _decided(passive_agent(m, cue, end, ctx) or questioned_subject(i, m, cue, end, ctx) or sp,
                         "quote_speaker_cue", cue)
        aside = _aside_then_cue(i, lead, cue, ctx)
        if aside is not None:  # a name right after the quote is no writer's aside: '"Q," Harry
            # Bond, 30, of Raleigh, N.C., who was among those polled, said' (not 'N.C.')
            return _name_apposition_cue(i, lead, ctx) or aside
    return _name_apposition_cue(i, lead, ctx)


def _source_named_next(i: int, lead: int, ctx: Context) -> Attribution | None:
    """'"I'd rather have a sister in a whorehouse than a brother in the FBI." That quote from
    Alabama Securities Commissioner Thomas Krebs appeared ...': the sentence after a quote that
    ends its own sentence picks the quotation up and names its source, a name the article holds."""
    q = ctx.quotes[i]
    text = ctx.text
    if text[q.start:q.end].rstrip()[-1:] not in SENTENCE_CLOSERS or "\n" in text[q.outer_end:lead]:
        return None
    frame = QUOTE_FROM_SOURCE.match(text, lead, q.para_end, timeout=REGEX_TIMEOUT)
    m = SUBJECT_AFTER.match(text, frame.end(), q.para_end, timeout=REGEX_TIMEOUT) if frame else None
    if m is None or not m.group("name") or not ctx.names.has_mention_at(m.start("name"), m.end("name")):
        return None
    return _decided(speaker_from(m, ctx), "quote_speaker_cue", frame)


def _cue_inside_unclosed(i: int, ctx: Context) -> Attribution | None:
    """'"There wasn't a lot of education ... what papers to keep, said Kessel, whose organization
    ...': the writer left the closing mark out, so the quote runs to its paragraph's end over
    its own inverted cue. A name right after ", said" inside it that the article also writes
    outside quotes (the index masks names inside them) speaks it."""
    q = ctx.quotes[i]
    cue = UNCLOSED_INNER_CUE.search(ctx.text, q.start, q.end, timeout=REGEX_TIMEOUT)
    m = SUBJECT_AFTER.match(ctx.text, cue.end(), q.end, timeout=REGEX_TIMEOUT) if cue else None
    if m is None or not m.group("name"):
        return None
    tokens, _ = name_tokens(m.group("name"))
    if not tokens or not ctx.names.names_elsewhere(tokens, m.start("name")):
        return None
    return _decided(speaker_from(m, ctx), "quote_cue_speaker", cue)


def _opens_next_sentence(i: int, frame: regex.Match, ctx: Context) -> bool:
    """The frame after quote i is capitalised and the quote or the words before the frame end
    a sentence: it opens the next sentence, which is not about quote i's words."""
    q = ctx.quotes[i]
    if not ctx.text[frame.start():frame.start() + 1].isupper():
        return False
    before = ctx.text[q.start:frame.start()].rstrip().rstrip("\"'”’“").rstrip()
    return before[-1:] in SENTENCE_ENDERS


def _past_aside_adverb(i: int, lead: int, ctx: Context) -> int:
    """Where the words after quote i start past a sentence adverb in commas ('"... stuff,"
    though, Allen did suggest' -> "Allen"); `lead` where they start otherwise. Only after a
    comma closing the quote or its lead: '"Q." However, ...' starts a new sentence."""
    q = ctx.quotes[i]
    before = ctx.text[q.start:lead].rstrip().rstrip("\"'”’“")
    if not before.endswith(","):
        return lead
    adv = ASIDE_ADVERB.match(ctx.text, lead, ctx.right_window(i), timeout=REGEX_TIMEOUT)
    return adv.end() if adv else lead


def _heard_speaking(lead: int, cue: regex.Match, ctx: Context) -> Attribution | None:
    """'"Should there be a database?" a reporter can be heard asking Trump': a subject and a
    perception frame fill the words between the quote and its -ing cue; the subject speaks."""
    text = ctx.text
    heard = HEARD_BEFORE_PARTICIPLE.search(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
    m = SUBJECT_BEFORE.fullmatch(text, lead, heard.start(), timeout=REGEX_TIMEOUT) if heard else None
    sp = speaker_from(m, ctx, cue.group()) if m else None
    return _decided(sp, "quote_speaker_cue", cue)


def _name_after_unclosed_description(lead: int, cue: regex.Match, ctx: Context) -> regex.Match | None:
    """'"Q," another friend, Mariam Emara told CNN.': the apposition's closing comma is missing,
    so the name right before the cue, after the description's comma, is the subject."""
    text = ctx.text
    d = DESCRIPTION_THEN_NAME_COMMA.match(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
    if d is None:
        return None
    m = SUBJECT_BEFORE.fullmatch(text, d.end(), cue.start(), timeout=REGEX_TIMEOUT)
    return m if m and m.group("name") else None


def _last_of_joined_names(lead: int, cue: regex.Match, ctx: Context) -> regex.Match | None:
    """'"Q," John Smith and Mary Jones wrote.': names joined by "and" fill the words between the
    quote and its cue; the subject match of the last name, which speaker_from joins to the others."""
    text = ctx.text
    if " and " not in text[lead:cue.start()]:
        return None  # a cheap test first
    j = JOINED_NAMES_LEAD.match(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
    m = SUBJECT_BEFORE.fullmatch(text, j.end(), cue.start(), timeout=REGEX_TIMEOUT) if j else None
    return m if m and m.group("name") else None


def _subject_of_participle_aside(i: int, ctx: Context) -> Speaker | None:
    """'Mr. Manafort, citing "the unique magic of Trump," said the candidate could be ...': the
    quote sits in a participial aside right after the sentence's subject, so the cue after it
    is that subject's verb and the words after the cue are no inverted subject."""
    q = ctx.quotes[i]
    text = ctx.text
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    m = SUBJECT_AFTER.match(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    while m is not None and text[m.start():m.start() + 1].isspace():
        m = SUBJECT_AFTER.match(text, m.start() + 1, q.outer_start, timeout=REGEX_TIMEOUT)
    if m is None or not PARTICIPLE_ASIDE_TO_QUOTE.match(text, m.end(), q.outer_start, timeout=REGEX_TIMEOUT):
        return None
    return speaker_from(m, ctx)


def _name_apposition_cue(i: int, lead: int, ctx: Context) -> Attribution | None:
    """'"Q," Trump, the 2016 GOP presidential frontrunner ... after winning the New Hampshire
    primaries, said when ...': a name the article holds right after a quote that leaves its
    sentence open, then an apposition no subject pattern reads, then its cue in the same sentence."""
    q = ctx.quotes[i]
    text = ctx.text
    if text[q.start:q.end].rstrip()[-1:] not in SENTENCE_GOES_ON or "\n" in text[q.outer_end:lead]:
        return None
    m = SUBJECT_AFTER.match(text, lead, q.para_end, timeout=REGEX_TIMEOUT)
    if m is None or not m.group("name") or not ctx.names.has_mention_at(m.start("name"), m.end("name")):
        return None
    cue = APPOSITION_THEN_CUE.match(text, m.end(), q.para_end, timeout=REGEX_TIMEOUT)
    if cue is None:
        return _elided_cue(i, m, ctx)
    if sentence_start(text, q.para_start, q.para_end, cue.start("cue")) > m.start():
        return None  # a later sentence's cue
    return _decided(speaker_from(m, ctx), "quote_speaker_cue", cue)


def _elided_cue(i: int, m: regex.Match, ctx: Context) -> Attribution | None:
    """'"Q," Trump from his desk.': a name the article holds right after a quote closed by a
    comma, then only where it spoke from and the full stop. The writer left out the cue ("said");
    the sentence has no other verb, so the name can only be the quote's speaker."""
    q = ctx.quotes[i]
    if ctx.text[q.start:q.end].rstrip()[-1:] != ",":
        return None
    tail = ELIDED_CUE_TAIL.match(ctx.text, m.end(), q.para_end, timeout=REGEX_TIMEOUT)
    return _decided(speaker_from(m, ctx), "quote_speaker_cue", tail) if tail else None


def _closes_relative_frame(i: int, ctx: Context) -> bool:
    """Quote i, set off by a comma, closes a relative clause with a speech frame of its own:
    'In 2009, under what Mr. Hedge called "the prior economy model," the club charged ...',
    'And, in a clip that Judge Mosman called "distasteful," Santilli expressed ...'. The
    subject and verb after the quote are the main clause's, about something else; the
    relative's subject speaks the quote (before_quote finds it)."""
    q = ctx.quotes[i]
    text = ctx.text
    if ",”"[:1] not in (text[q.start:q.end].rstrip()[-1:], text[q.outer_end:q.outer_end + 1]):
        return False
    lo = ctx.left_window(i)
    cue = None
    for cue in CUE.finditer(text, max(lo, q.outer_start - RELATIVE_FRAME_MAX_CHARS), q.outer_start,
                            timeout=REGEX_TIMEOUT):
        pass
    if cue is None or cue.group().endswith("ing") or \
            not RELATIVE_CUE_TAIL.match(text, cue.end(), q.outer_start, timeout=REGEX_TIMEOUT):
        return False
    m = subject_ending_at(text, lo, cue.start())
    if m is None:
        return False
    before = text.rfind(" ", lo, m.start() - 1) + 1  # the word before the subject
    return any(RELATIVE_WORD.match(text, at, timeout=REGEX_TIMEOUT) for at in (m.start(), max(lo, before)))


def _in_subordinate_frame(i: int, ctx: Context) -> bool:
    """Quote i ends a subordinate clause that opens its sentence with a subject and a cue:
    'When someone in the audience shouted, "Cruz," Beck joked', 'After Scalia said that ...
    "less advanced schools," Trump said'. The main clause after the quote has a speaker of its
    own, whose quote comes later; this one is the subordinate subject's."""
    q = ctx.quotes[i]
    text = ctx.text
    if ",”"[:1] not in (text[q.start:q.end].rstrip()[-1:], text[q.outer_end:q.outer_end + 1]):
        return False  # the clause ends with the quote: '..., "Q," X said'
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    sub = SUBORDINATE_OPENING.match(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    if sub is None:
        return False
    cue = CUE.search(text, sub.end(), q.outer_start, timeout=REGEX_TIMEOUT)
    if cue is None or cue.group().endswith("ing"):
        return False
    if "," in text[cue.end():q.outer_start].rstrip(" ,"):
        return False  # the main clause starts before the quote: 'When Sanders said ..., he "Q," said X'
    m = subject_filling(text, sub.end(), cue.start())
    return m is not None and speaker_from(m, ctx, cue.group()) is not None


def _aside_then_cue(i: int, lead: int, cue: regex.Match, ctx: Context) -> Attribution | None:
    """'"Q" than that of the CIA chief, Zuckoff said.' / '..., said professor Paul Beck.': the
    writer's clause sits between the quote and its cue; the frame must close the sentence, so
    it is no cue of that clause. A quote that stops mid-sentence may also be followed by a cue
    set off by commas inside that sentence: '"Q" income, he said, rather than from deductions'."""
    text = ctx.text
    q = ctx.quotes[i]
    mid_sentence = text[q.start:q.end].rstrip()[-1:] not in SENTENCE_ENDERS and \
        text[q.outer_end:q.outer_end + 1] not in SENTENCE_ENDERS
    aside = ASIDE_THEN_SUBJECT.match(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
    while aside is not None:  # the frame after the aside's last comma
        if aside.end() == cue.start():  # ', said X.'
            m = SUBJECT_AFTER.match(text, cue.end(), timeout=REGEX_TIMEOUT)
            if m and (CUE_ENDS_SENTENCE.match(text, m.end(), timeout=REGEX_TIMEOUT)
                      or SPEAKER_TAIL_ENDS_SENTENCE.match(text, m.end(), timeout=REGEX_TIMEOUT)):
                return _decided(speaker_from(m, ctx), "aside_cue", cue)
            return None
        m = SUBJECT_BEFORE.fullmatch(text, aside.end(), cue.start(), timeout=REGEX_TIMEOUT)
        if m and (_frame_closes_sentence(text, cue.end())  # ', X said.' / ', X said on Twitter.'
                  or mid_sentence and CUE_PARENTHESIS_RESUMES.match(text, cue.end(), timeout=REGEX_TIMEOUT)):
            return _decided(speaker_from(m, ctx, cue.group()), "aside_cue", cue)
        aside = ASIDE_THEN_SUBJECT.match(text, aside.end(), cue.start(), timeout=REGEX_TIMEOUT)
    return None


def _frame_closes_sentence(text: str, at: int) -> bool:
    """The cue ending at `at` closes its sentence, straight away or after an adjunct."""
    return bool(CUE_ENDS_SENTENCE.match(text, at, timeout=REGEX_TIMEOUT)
                or ADJUNCT_ENDS_SENTENCE.match(text, at, timeout=REGEX_TIMEOUT))


def _opens_new_statement(i: int, subject: regex.Match, cue: regex.Match, ctx: Context) -> bool:
    """'"A." Reid said both Rubio and Cruz ...': after a quote that closes its sentence, a
    named subject whose cue goes on with a clause or a new quote starts the next statement;
    it is seldom A's speaker (on PolNeAR train ~1 in 3). A pronoun ("He added that ...") mostly
    still means A's speaker and is kept."""
    q = ctx.quotes[i]
    if ctx.text[q.start:q.end].rstrip()[-1:] not in SENTENCE_CLOSERS or subject.group("pronoun"):
        return False
    return CUE_GOES_ON.match(ctx.text, cue.end(), ctx.right_window(i) + 3) is not None


def _ends_framed_sentence(i: int, ctx: Context) -> bool:
    """Quote i ends its sentence ("." "?" "!" inside the marks) that the writer's words opened:
    'Trump attacked Romney, calling him "a failed candidate." Romney fired back ...'. The
    subject and cue after it start the next sentence; a frame before the quote, if any, is its own."""
    q = ctx.quotes[i]
    text = ctx.text
    if text[q.start:q.end].rstrip()[-1:] not in SENTENCE_ENDERS:
        return False
    at = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    # (the sentence before a quote that opens its own is found too: its end needs the word after the mark)
    return not blank(text, at, q.outer_start) and \
        OWN_SENTENCE_END.search(text, at, q.outer_start, timeout=REGEX_TIMEOUT) is None


def _closes_then_goes_on(i: int, cue: regex.Match, ctx: Context) -> bool:
    """Quote i closes its sentence and the cue after it goes on with a clause or a new quote."""
    q = ctx.quotes[i]
    return ctx.text[q.start:q.end].rstrip()[-1:] in SENTENCE_CLOSERS and \
        CUE_GOES_ON.match(ctx.text, cue.end(), ctx.right_window(i) + 3) is not None


def _relative_on_quoted_phrase(i: int, m: regex.Match, ctx: Context) -> bool:
    """A relative "who" right after the closing mark, with no comma between: 'She has proposed
    appointing a "chief trade prosecutor" who reports directly to the president'. The clause
    is about the person the quoted phrase names, who cannot be the one who spoke of it."""
    if not m.group("pronoun") or m.group("pronoun").lower() != "who":
        return False
    return ctx.text[ctx.quotes[i].outer_end:m.start("pronoun")].strip(" ") == ""
