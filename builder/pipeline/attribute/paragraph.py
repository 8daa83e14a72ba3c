"""Attribute, from nearby decisions: a quote with no cue of its own takes the speaker of its
paragraph, its sentence's frame or the lead before it (rules tried after the direct ones)."""
from __future__ import annotations

from builder.patterns import (
    OPENERS, COLON_BEFORE_MARK, CONTRAST_CLAUSE, COMPLEMENT_BREAK, CUE, DASH_ASIDE_CLOSES, DASH_ASIDE_OPENS, INTRO_PHRASE, LEAD, POST_MODIFIER_START,
    REACTOR_BEFORE_COLON, REGEX_TIMEOUT, SENTENCE_END, SUBJECT_AFTER, SUBJECT_VERB, WORD,
)
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.reject import rejection_reason
from builder.pipeline.segment import blank, sentence_start

from builder.pipeline.attribute.context import (
    MAX_POST_CUE_DISTANCE, ARTICLES, SUBJECT_MAX_CHARS, SENTENCE_CLOSERS, SENTENCE_END_LOOKAHEAD, Speaker, Attribution, Context,
)
from builder.pipeline.attribute.confidence import CONFIDENCE, _decided, rule_id
from builder.pipeline.attribute.names import describe, named_speaker
from builder.pipeline.attribute.mentions import speaker_from
from builder.pipeline.attribute.subjects import subject_ending_at, subject_filling, sentence_subject, _leads_in
from builder.pipeline.attribute.after import _frame_closes_sentence

# How many words the phrase between a quote and a cue that closes its sentence may hold to be
# that quote's own frame where no subject pattern reads it ("the paper's editorial board wrote").
AFTER_FRAME_MAX_WORDS = 12
# Decisions that neighbour() does not pass on within a paragraph: a continuation or a
# reported view is itself borrowed, and a subject_verb frame covers its own partial quote, not the labels around it; an
# owned claim's quote is the claim's content, while the sentence's other quotes are mostly its
# subject's verdict ('Fitton called Clinton's assertion of a "claim of right" ... "disturbing."').
NOT_SHARED_IN_PARAGRAPH = ("continuation.", "reported_view.", "subject_verb.", "subject_frame.", "owned_claim.")
# Of those, the frames whose subject also speaks the later quotes of the same sentence.
SHARED_IN_SENTENCE = ("subject_verb.", "subject_frame.")
# How many quotes back sentence_frame looks for the decided quote whose frame goes on (a bound
# for a paragraph of thousands of undecided quotes). On PolNeAR train 1, 2 and 4 give the same
# figures (speaker_name_accuracy 0.8741); 2 lets one undecided quote (a title) sit between.
SENTENCE_FRAME_QUOTES_BACK = 2


def neighbour(i: int, ctx: Context) -> Attribution | None:
    """'"A," he said. "B."': a quote with no cue of its own shares its paragraph's speaker,
    taken from the nearest decided quote of the paragraph (the earlier one on a tie); a later
    sentence's speaker that i's own narration does not share (_later_sentence_speaker) is passed over."""
    n = len(ctx.quotes)
    for dist in range(1, n):
        inside = False
        for j in (i - dist, i + dist):
            if 0 <= j < n and _same_paragraph(ctx.quotes[i], ctx.quotes[j]):
                inside = True
                d = ctx.decided.get(j)
                if d is not None and not d.rule.startswith(NOT_SHARED_IN_PARAGRAPH) and \
                        not _quoted_in_dash_aside(j, i, ctx):
                    later = _later_sentence_speaker(i, j, d, ctx)
                    own = (_own_clause_subject(i, ctx) if later else None) or \
                        _own_sentence_subject(i, j, d, ctx) or _own_after_frame(i, j, d, ctx)
                    if own is not None:
                        return own
                    if later:
                        continue
                    return d.model_copy(update={"rule": rule_id("split_quote"),
                                                "confidence": CONFIDENCE["split_quote"]})
        if not inside:
            break
    return None


def _quoted_in_dash_aside(j: int, i: int, ctx: Context) -> bool:
    """'He said, "Q1" - at which point the crowd chanted "X" - "Q2"': quote j (right before i)
    stands in a dashed aside between the two parts of a split quote, so its speaker (the crowd)
    does not go on to i; the first part's speaker does. On PolNeAR train it moves
    1 quote, wrong to right (the crowd -> Joe Arpaio): speaker_name_accuracy 0.9058 -> 0.9059, quote
    F1 0.9734 (same)."""
    if j != i - 1 or j == 0 or not _same_paragraph(ctx.quotes[j - 1], ctx.quotes[j]):
        return False
    before, qj, qi = ctx.quotes[j - 1], ctx.quotes[j], ctx.quotes[i]
    return DASH_ASIDE_CLOSES.fullmatch(ctx.text, qj.outer_end, qi.outer_start, timeout=REGEX_TIMEOUT) is not None and \
        DASH_ASIDE_OPENS.fullmatch(ctx.text, before.outer_end, qj.outer_start, timeout=REGEX_TIMEOUT) is not None


def _later_sentence_speaker(i: int, j: int, shared: Attribution, ctx: Context) -> bool:
    """'... jobs that are considered "inherently governmental." To a question on the
    "privatization of public sector jobs," Sanders said ...': quote i is a partial quote inside
    a sentence of its own narration, and the later quote j's speaker stands in a later sentence;
    that speaker answers another question, so i does not share it: its own sentence's subject
    speaks it where that names someone (_own_clause_subject). On PolNeAR train it moves 8
    quotes: 4 wrong to right (Pew, Politifact, The Washington Post, the administration), 4 wrong
    or unattributed either way; speaker_name_accuracy 0.8935 -> 0.8940, quote F1 0.9720 (same),
    dev unchanged. Where that subject names no one ('because federal rules are murky on when
    ... become "campaign related."'), neighbour passes j over rather than share j's speaker:
    of the 15 train quotes this changes, 4 are other sources' words (federal rules, Congress,
    labor groups) and 9 unattributed or sourceless spans, 2 were right; name accuracy 0.8975 -> 0.8978, pair F1 0.8737 -> 0.8740,
    unattributed FPs 201 -> 195, quote F1 0.9725 (same), dev unchanged."""
    qi, qj = ctx.quotes[i], ctx.quotes[j]
    if j < i or shared.speaker.start < qi.outer_end:
        return False
    if blank(ctx.text, sentence_start(ctx.text, qi.para_start, qi.para_end, qi.outer_start), qi.outer_start):
        return False  # i opens its sentence: '"Q1." "Q2," she said' share the speaker
    closes = ctx.text[qi.start:qi.end].rstrip()[-1:] in SENTENCE_CLOSERS  # 'considered "Q."'
    if not closes and CUE.search(ctx.text, qi.outer_end, ctx.statement_end(i), timeout=REGEX_TIMEOUT):
        return False  # a cue goes on in i's sentence ('"Q," and "Q2," said X'): no sentence of its own
    limit = min(qj.outer_start, shared.speaker.start)
    end = SENTENCE_END.search(ctx.text, max(qi.start, qi.end - 1), limit + SENTENCE_END_LOOKAHEAD,
                              timeout=REGEX_TIMEOUT)
    return end is not None and end.start() < limit


def _own_clause_subject(i: int, ctx: Context) -> Attribution | None:
    """The subject of the narration around partial quote i ('Pew found that "Q."', 'the
    administration waves off the delay as having "minimal" impact'), when it names someone."""
    qi = ctx.quotes[i]
    if rejection_reason(ctx.text[qi.start:qi.end], embedded=True) == "title":
        return None  # a name in quotes ('Fox's revival of "The X-Files"'): no one's words
    start = sentence_start(ctx.text, qi.para_start, qi.para_end, qi.outer_start)
    sp = sentence_subject(start, qi.outer_start, ctx)
    return _decided(sp, "clause_subject") if sp is not None and sp.name else None


def sentence_frame(i: int, ctx: Context) -> Attribution | None:
    """A quote no rule took shares the speaker of the nearest decided quote before it in its
    paragraph when that one's frame goes on over it (_frame_goes_on)."""
    qi = ctx.quotes[i]
    for j in range(i - 1, max(-1, i - 1 - SENTENCE_FRAME_QUOTES_BACK), -1):
        if not _same_paragraph(qi, ctx.quotes[j]):
            return None
        d = ctx.decided.get(j)
        if d is not None:
            if not _frame_goes_on(i, j, d, ctx):
                return None
            return d.model_copy(update={"rule": rule_id("split_quote"), "confidence": CONFIDENCE["split_quote"]})
    return None


def _frame_goes_on(i: int, j: int, shared: Attribution, ctx: Context) -> bool:
    """'Gov. Jerry Brown endorsed her, citing her "long experience," "firm grasp of the issues"' ·
    'Merkel condemned "such a murderous attack" and declared a determination to "Q"': a subject's
    frame (subject_verb, subject_frame) covers the later quotes of its own sentence, which no
    other subject or cue has taken, unless a contrasting clause with a subject of its own sits
    between them ('The senator likes "The Walking Dead," while the former governor loves "Q"')."""
    if not shared.rule.startswith(SHARED_IN_SENTENCE) or j > i or shared.speaker.name is None:
        return False  # an unresolved subject ('It comes across as "too loud" or "too shrill"') names no one
    qi, qj = ctx.quotes[i], ctx.quotes[j]
    if qj.outer_end <= sentence_start(ctx.text, qi.para_start, qi.para_end, qi.outer_start) or \
            ctx.text[qj.start:qj.end].rstrip()[-1:] in SENTENCE_CLOSERS:
        return False  # j is in an earlier sentence, or closes its own ('loves "Lilyhammer." "The Walking Dead" is')
    return CONTRAST_CLAUSE.search(ctx.text, qj.outer_end, qi.outer_start, timeout=REGEX_TIMEOUT) is None


def _own_sentence_subject(i: int, j: int, shared: Attribution, ctx: Context) -> Attribution | None:
    """'Trump blamed the shootings on "sickos." Jeb Bush called the orders "quite dangerous."':
    quote i sits in a sentence of its own (quote j is not in it) that opens with another named
    subject and its verb; that subject, not j's speaker, is i's."""
    qi, qj = ctx.quotes[i], ctx.quotes[j]
    start = sentence_start(ctx.text, qi.para_start, qi.para_end, qi.outer_start)
    if j < i and ctx.quotes[j].outer_end > start:
        return None  # j's in the same sentence, before i
    if j > i and not SENTENCE_END.search(ctx.text, max(qi.start, qi.end - 1), qj.outer_start, timeout=REGEX_TIMEOUT):
        return None  # j's in the same sentence, after i
    intro = INTRO_PHRASE.match(ctx.text, start, qi.outer_start)
    m = SUBJECT_VERB.match(ctx.text, intro.end() if intro else start, qi.outer_start, timeout=REGEX_TIMEOUT)
    if m is None or not m.group("name") or not ctx.names.has_mention_at(m.start("name"), m.end("name")) \
            or _leads_in(m, ctx):
        return None  # no subject, or a lead-in word: "Given ...", "Another ..."
    sp = speaker_from(m, ctx)
    if sp is None or sp.name is None or sp.name == shared.speaker.name:
        return None
    return _decided(sp, "subject_verb")


def _own_after_frame(i: int, j: int, shared: Attribution, ctx: Context) -> Attribution | None:
    """'"A," Clinton said. "B," the paper's editorial board wrote.': quote i, after an earlier
    quote j, is followed by a frame of its own that closes its sentence (a short phrase with
    no clause break, then a cue) which the direct rules could not read; that phrase, not j's
    speaker, speaks i: a subject pattern's speaker, else a name that fills the phrase (up to a
    post-modifier: "Jeffrey Lewis of the James Martin Center ..."), else the phrase as a
    description when it opens with an article. A phrase opening with a lower-case word goes on
    from the quote ("... would bring the case against the former secretary of state"): no frame.
    On PolNeAR train it takes 2 quotes, both right (a split_quote and a continuation decision
    that were wrong); speaker_name_accuracy 0.8836 -> 0.8839, dev unchanged."""
    q = ctx.quotes[i]
    text, end = ctx.text, ctx.right_window(i)
    lead = LEAD.match(text, q.outer_end, end).end()
    if "\n" in text[q.outer_end:lead] or lead >= end:
        return None
    cue = CUE.search(text, lead, min(end, lead + MAX_POST_CUE_DISTANCE), timeout=REGEX_TIMEOUT)
    if cue is None or cue.group().endswith("ing") or not _frame_closes_sentence(text, cue.end()):
        return None
    phrase_end = lead + len(text[lead:cue.start()].rstrip())
    if phrase_end <= lead or COMPLEMENT_BREAK.search(text, lead, phrase_end, timeout=REGEX_TIMEOUT) \
            or len(WORD.findall(text, lead, phrase_end)) > AFTER_FRAME_MAX_WORDS:
        return None
    m = subject_filling(text, lead, cue.start())
    sp = speaker_from(m, ctx, cue.group()) if m else None
    if sp is None:
        first = WORD.match(text, lead)
        if first is None or not (first.group()[:1].isupper() or first.group().lower() in ARTICLES):
            return None  # the words go on from the quote ("attacks on ...", "in his home"): no subject
        a = SUBJECT_AFTER.match(text, lead, phrase_end, timeout=REGEX_TIMEOUT)
        whole = a is not None and (a.end() == phrase_end or POST_MODIFIER_START.match(text, a.end(), phrase_end))
        sp = speaker_from(a, ctx) if whole and (a.group("name") or a.group("description")) else None
        sp = sp or (describe(ctx, lead, phrase_end) if first.group().lower() in ARTICLES else None)
    if sp is None or sp.name is None or sp.name == shared.speaker.name or \
            (shared.speaker.start is not None and lead <= shared.speaker.start < cue.start()):
        return None  # no one, j's own speaker, or j's frame itself
    return _decided(sp, "quote_speaker_cue", cue)


def _same_paragraph(a: QuoteSpan, b: QuoteSpan) -> bool:
    """Two quotes share a paragraph: both open in it, or both end in it (a quote left
    open in the previous paragraph ends where the next one starts)."""
    return a.para_start == b.para_start or a.para_end == b.para_end


def continuation(i: int, ctx: Context) -> Attribution | None:
    """A paragraph that opens with a quote and has no cue continues the previous speaker."""
    q = ctx.quotes[i]
    if not blank(ctx.text, q.para_start, q.outer_start):
        return None
    own = _cue_inside_unopened(q, ctx)
    if own is not None:  # 'Millis told POLITICO that ... aides ”get close to Ben ...”'
        return own
    for j in range(i - 1, -1, -1):
        pq = ctx.quotes[j]
        if pq.para_end >= q.para_start:
            continue
        gap = ctx.text[pq.para_end:q.para_start]
        if gap.strip():  # a paragraph without quotes sits between them
            return None
        d = ctx.decided.get(j)
        if d is None:
            return None
        own = _own_after_frame(i, j, d, ctx)  # '"Q," Jeffrey Lewis of ... wrote in December.'
        if own is not None:
            return own
        return d.model_copy(update={"rule": rule_id("continuation"), "confidence": CONFIDENCE["continuation"]})
    return None


def _cue_inside_unopened(q: QuoteSpan, ctx: Context) -> Attribution | None:
    """A span that no opening mark opens (a stray closer used as an opener later in the
    paragraph: "Millis told POLITICO that ... aides ”get close to Ben ...”") starts with the
    writer's own sentence: the subject of its first cue speaks, not the previous speaker."""
    text = ctx.text
    if text[q.outer_start:q.outer_start + 1] in OPENERS or q.outer_start != q.start:
        return None
    _, sentence_end = ctx.names.sentence_span(q.start)
    cue = CUE.search(text, q.start, min(q.end, sentence_end), timeout=REGEX_TIMEOUT)
    if cue is None:
        return None
    m = subject_ending_at(text, q.start, cue.start())
    return None if m is None else _decided(speaker_from(m, ctx, cue.group("cue")), "clause_subject", cue)


def lead_paragraph(i: int, ctx: Context) -> Attribution | None:
    """A paragraph that is nothing but a quote, after a paragraph that says who speaks:
    'Valastro praised Christie's leadership.' then '"We need someone ..."'. The speaker is
    the subject of the previous paragraph's last sentence, of a cue ("If anything, Ash argued
    in his email, ...", "Stated Stone:") or of a verb that is no cue ("Trump was quick to add")."""
    q = ctx.quotes[i]
    text = ctx.text
    if not _quote_only_paragraph(q, text) or rejection_reason(text[q.start:q.end], embedded=False):
        return None
    prev = _previous_paragraph(text, q.para_start)
    if prev is None:
        return None
    ps, pe = prev
    start = sentence_start(text, ps, pe, pe)
    sp = _lead_sentence_speaker(start, pe, ctx)
    return _decided(sp, "lead_paragraph") if sp is not None and sp.name else None


def _quote_only_paragraph(q: QuoteSpan, text: str) -> bool:
    """The quote opens its paragraph and no words of the writer's follow it."""
    return blank(text, q.para_start, q.outer_start) and \
        not any(c.isalpha() for c in text[q.outer_end:q.para_end])


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """(start, end) of the paragraph before the one starting at `para_start`, blank lines skipped."""
    end = para_start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def _opening_cue_speaker(start: int, end: int, ctx: Context) -> Speaker | None:
    """The speaker after a cue that opens the sentence text[start:end]: "Stated Stone:"."""
    intro = INTRO_PHRASE.match(ctx.text, start, end)
    at = intro.end() if intro else start
    opening = ctx.text[at:end]
    cue = CUE.match(opening[:1].lower() + opening[1:])  # the cue capitalised as the first word
    if cue is None:
        return None
    m = SUBJECT_AFTER.match(ctx.text, at + cue.end(), end, timeout=REGEX_TIMEOUT)
    return speaker_from(m, ctx) if m else None


def _lead_sentence_speaker(start: int, end: int, ctx: Context) -> Speaker | None:
    """Who speaks in the sentence text[start:end]: the speaker after a cue that opens it
    ("Stated Stone:"), the subject that opens it before a verb ("Schoen elaborated ..."),
    else the subject of its first cue that has one ("If anything, Ash argued ...")."""
    text = ctx.text
    opening = _opening_cue_speaker(start, end, ctx)
    if opening is not None:
        return opening
    intro = INTRO_PHRASE.match(text, start, end)
    at = intro.end() if intro else start
    m = SUBJECT_VERB.match(text, at, end, timeout=REGEX_TIMEOUT)
    if m and not (m.group("name") and not ctx.names.has_mention_at(m.start("name"), m.end("name"))):
        return speaker_from(m, ctx)  # a name the article writes as one ("Other news" is none)
    for cue in CUE.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        m = subject_ending_at(text, start, cue.start())
        sp = speaker_from(m, ctx, cue.group()) if m else None
        if sp is not None:
            return sp
    return None


def colon_lead(i: int, ctx: Context) -> Attribution | None:
    """'Sanders on Tuesday night warned of the tough fight ahead: "Q"' · 'Isaiah 45:1 reads: "Q"':
    the words before the quote in its sentence end in a colon and no cue rule took them; the
    sentence's subject introduces the quote, as lead_paragraph's sentence does across a break."""
    q = ctx.quotes[i]
    text = ctx.text
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    colon = COLON_BEFORE_MARK.search(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    if colon is None or colon.start() == start:
        return None
    reactor = REACTOR_BEFORE_COLON.search(text, max(start, colon.start() - SUBJECT_MAX_CHARS), colon.start(),
                                          timeout=REGEX_TIMEOUT)
    sp = named_speaker(ctx, *reactor.span("name")) if reactor else None  # "doesn't surprise Daron Shaw:"
    sp = sp or _lead_sentence_speaker(start, colon.start(), ctx) or sentence_subject(start, colon.start(), ctx)
    return _decided(sp, "colon_lead") if sp is not None and sp.name else None


def reported_view(i: int, ctx: Context) -> Attribution | None:
    """'This makes it harder to dislodge misinformation, he said. Good information can still
    drive out bad, but usually only when "the truth is sexier than the lie."' · 'Brill has
    argued that the law was crippled from the outset. As a result, there's still "a very
    powerful industry ..."': a paragraph that opens by reporting a named source's view in the
    writer's words (a sentence with a cue and its subject, no quote) goes on with that view in
    the next sentence, whose partial quote is the source's wording. Only the sentence right
    after the report, only where nothing before it in the paragraph is quoted and its own
    sentence has no cue (a cue there has a subject of its own), and only spans kept as speech
    whoever says them (a scare quote is not rescued by the borrowed speaker). Where the quote's
    sentence has a named subject of its own, that one acts there, and the rule stays out.
    On PolNeAR train it takes 7 quotes: 5 wrong to right (Brill, Hemsley twice, Sanders, Bruner),
    2 wrong either way (gold: unattributed; the subject's partner); speaker_name_accuracy
    0.8983 -> 0.8989, pair F1 0.8747 -> 0.8753, quote F1 0.9726 (same), dev unchanged."""
    q = ctx.quotes[i]
    text = ctx.text
    if i > 0 and ctx.quotes[i - 1].para_end > q.para_start:
        return None  # an earlier quote of the paragraph: the direct rules and neighbour had their say
    own = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    if own <= q.para_start or CUE.search(text, own, q.outer_start, timeout=REGEX_TIMEOUT):
        return None  # the quote's sentence opens the paragraph, or has a cue of its own
    if rejection_reason(text[q.start:q.end], embedded=True) is not None:
        return None
    report = sentence_start(text, q.para_start, q.para_end, own - 1)
    if report != q.para_start:
        return None  # the report must open the paragraph: a later sentence may report someone else
    sp = _reporting_cue_speaker(report, own, ctx)
    if sp is None or sp.name is None:
        return None
    doer = sentence_subject(own, q.outer_start, ctx)
    if doer is not None and doer.name not in (None, sp.name) and doer.start is not None \
            and ctx.names.has_mention_at(doer.start, doer.end):
        return None  # the next sentence is about another named one ('Jones voted against the "Q" bill')
    return _decided(sp, "reported_view")


def _reporting_cue_speaker(start: int, end: int, ctx: Context) -> Speaker | None:
    """The subject of the first cue of the sentence text[start:end] that has one, before it
    ("Brill has argued that") or after it at the sentence's close (", said Angie Holan.")."""
    text = ctx.text
    for cue in CUE.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        m = subject_ending_at(text, start, cue.start())
        sp = speaker_from(m, ctx, cue.group()) if m else None
        if sp is None:
            lead = LEAD.match(text, cue.end(), end, timeout=REGEX_TIMEOUT).end()
            a = SUBJECT_AFTER.match(text, lead, end, timeout=REGEX_TIMEOUT)
            sp = speaker_from(a, ctx) if a and _frame_closes_sentence(text, a.end()) else None
        if sp is not None:
            return sp
    return None

