"""Attribute, labels and frames around a quote: speaker and transcript labels, intro paragraphs,
subject-verb frames, "as" and "labeled" frames, bylines and signature lines."""
from __future__ import annotations

import regex

from builder.patterns import (
    AGENT_AFTER, AGENT_BEFORE_AS, AS_FRAME, LABELED_BEFORE, CLOSERS, OPENERS, QUOTE_MARK, APPOSITION_PHRASE, BARE_CONNECTIVE,
    BYLINE_PARAGRAPH_END, CLAUSE_COMMA, CUE, DASH_ATTRIBUTION, DATELINE, INTRO_PHRASE, LEAD, PASSIVE_AUX_END,
    REGEX_TIMEOUT, SIGNATURE_LINE_END, SPEAKER_LABEL, SUBJECT_AFTER, SUBJECT_VERB, WORD,
)
from builder.lexicon import CLAUSE_OPENERS
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.reject import rejection_reason
from builder.pipeline.segment import blank, last_char, sentence_start
from builder.pipeline.speakers import kind_of, name_tokens

from builder.pipeline.attribute.context import (
    SUBJECT_MAX_CHARS, CLAUSE_SUBJECT_MAX_COMMAS, SENTENCE_GOES_ON, Speaker, Attribution, Context, _owned_title, _title_in_apposition,
)
from builder.pipeline.attribute.confidence import _decided
from builder.pipeline.attribute.names import describe, named_speaker
from builder.pipeline.attribute.mentions import speaker_from
from builder.pipeline.attribute.subjects import subject_ending_at, sentence_subject, _leads_in
from builder.pipeline.attribute.before import according_to, source_closing_own_sentence
from builder.pipeline.attribute.paragraph import _quote_only_paragraph, _previous_paragraph, _opening_cue_speaker

# What subject_verb may claim by rejection_reason: speech, or a short span reject.py checks
# again once it knows the speaker (a title or non-text never).
SUBJECT_VERB_MAY_CLAIM = (None, "scare_quote")


def speaker_label(i: int, ctx: Context) -> Attribution | None:
    """'Rep. Trey Gowdy (R-S.C.): "Q"' · '... - Michael P. McDonald: "Q"' · 'Continued Stone: "Q"':
    a name and a colon right before the quote label it with its speaker."""
    q = ctx.quotes[i]
    start = max(ctx.left_window(i), q.outer_start - SUBJECT_MAX_CHARS)
    if last_char(ctx.text, start, q.outer_start) != ":":
        return None  # the label's colon ends the words before the quote: most quotes have none
    m = SPEAKER_LABEL.search(ctx.text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    if m.group("document"):  # "From the report:" — the document speaks, as the text names it
        return _decided(describe(ctx, *m.span("document")), "speaker_label")
    return _decided(named_speaker(ctx, *m.span("name")), "speaker_label")


def transcript_label(i: int, ctx: Context) -> Attribution | None:
    """'"WALLACE: Let's start with ...' · '"PENCE: Well, ...': a quote that opens with a label in
    capitals is a transcript turn, and the label names its speaker ("PENCE" -> Mike Pence).
    The label counts where the article names that person elsewhere or is a transcript (two
    speakers' labels open its quotes); "VIDEO:" or "Q:" name nobody (not_speaker_labels.txt)."""
    label = ctx.transcript_labels.get(i)
    if label is None:
        return None
    s, e = label
    tokens, _ = name_tokens(ctx.text[s:e].title())
    if not tokens or not (ctx.names.names_elsewhere(tokens, s) or len(ctx.speaker_label_words) > 1):
        return None
    canon = ctx.names.canonical(tokens, "person")
    sp = Speaker(name=" ".join(canon), mention=ctx.text[s:e], start=s, end=e, kind=kind_of(canon))
    return _decided(sp, "transcript_label")


# How many quoted paragraphs that leave their mark open intro_paragraph walks back over to
# the colon line that introduces them (later paragraphs of the run take the speaker by
# continuation). Tuned on PolNeAR train: 1, 2, 4 and 8 all give name accuracy 0.8714; 1 keeps
# quote F1 at 0.9686 (2+ let one more scare quote through: 0.9685).
MAX_OPEN_PARAGRAPHS_BACK = 1


def intro_paragraph(i: int, ctx: Context) -> Attribution | None:
    """A quote paragraph introduced by the previous one: 'X said:' then '"Q"'. A quoted
    passage the marks broke up counts as one quote paragraph: 'Caddell continued:' then
    '"The health issue ... the question: "As you know, ..."' (the quote nested in the
    paragraph's own quotation), or a run of paragraphs that each open a mark and leave it
    open ('as the Heritage Foundation website notes:' then '"In the fall ... "at this time
    ..." ...' then '"Among those principles ...')."""
    q = ctx.quotes[i]
    if not (blank(ctx.text, q.para_start, q.outer_start) or _first_nested_quote(q, ctx.text)):
        return None
    prev = _previous_paragraph(ctx.text, q.para_start)
    for _ in range(MAX_OPEN_PARAGRAPHS_BACK):
        if prev is None or ctx.text[prev[1] - 1] == ":" or not _leaves_mark_open(ctx.text, *prev):
            break
        prev = _previous_paragraph(ctx.text, prev[0])
    if prev is None or ctx.text[prev[1] - 1] != ":":
        return None
    prev_start, prev_end = prev
    cues = list(CUE.finditer(ctx.text, prev_start, prev_end, timeout=REGEX_TIMEOUT))
    for cue in reversed(cues):
        m = subject_ending_at(ctx.text, prev_start, cue.start())
        if m:
            return _decided(speaker_from(m, ctx, cue.group()), "intro_paragraph", cue)
    # no cue: 'President Clinton released the following statement:' -> the sentence's subject
    # (an opening cue first: "Stated Stone:" is no name)
    last = sentence_start(ctx.text, prev_start, prev_end, prev_end)
    return _decided(_opening_cue_speaker(last, prev_end, ctx) or sentence_subject(last, prev_end, ctx),
                    "intro_paragraph")


def _first_nested_quote(q: QuoteSpan, text: str) -> bool:
    """The quote is the first one inside a quotation that opens its paragraph and that the
    marks did not pair ('"The issue ... the question: "As you know, ..."'): the paragraph
    opens with a mark and no other mark stands between it and the quote's."""
    first = QUOTE_MARK.search(text, q.para_start, q.outer_start, timeout=REGEX_TIMEOUT)
    if first is None or first.group() in CLOSERS or not blank(text, q.para_start, first.start()):
        return False
    return QUOTE_MARK.search(text, first.end(), q.outer_start, timeout=REGEX_TIMEOUT) is None


def _leaves_mark_open(text: str, ps: int, pe: int) -> bool:
    """The paragraph text[ps:pe] opens with a mark and never closes it: it goes on into the
    next paragraph (straight marks by an odd count, curly ones by more openers than closers)."""
    found = list(QUOTE_MARK.finditer(text, ps, pe, timeout=REGEX_TIMEOUT))
    if not found or not blank(text, ps, found[0].start()):
        return False
    marks = [m.group() for m in found]
    if marks[0] in ('"', "''"):
        return marks.count(marks[0]) % 2 == 1
    return marks[0] in OPENERS and marks.count(marks[0]) > sum(m in CLOSERS for m in marks)


def subject_verb(i: int, ctx: Context) -> Attribution | None:
    """'X thanked Obama for "Q"' · '"Q," X barked.': the subject of the quote's own sentence,
    when a verb that is no cue follows it. A weak frame: it never claims a title or non-text
    (a short scare-quote-length span it claims is checked again by reject.py against the
    speaker it found), nor a subject the article does not otherwise write as a name, nor a
    sentence that holds another quote before this one.
    Pronoun subjects resolve as elsewhere: with them the rule is right 75% of the time on
    PolNeAR train (101/134, was 75/91 without), and train speaker_name_accuracy rose
    0.8112 -> 0.812 (the pronoun cases it takes were wrong under the fallback rules).
    A named subject after one of the sentence's first commas counts too ("And a few weeks
    later, on the steps of the statehouse, Mr. Obama expressed ..."): train speaker_name_accuracy
    0.8576 -> 0.8583, quote F1 0.9646 -> 0.9650 (unattributed false positives 249 -> 254)."""
    q = ctx.quotes[i]
    text = ctx.text
    if rejection_reason(text[q.start:q.end], embedded=True) not in SUBJECT_VERB_MAY_CLAIM:
        return None
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    masked = i > 0 and ctx.quotes[i - 1].outer_end > start
    if masked:
        text = _titles_in_apposition_masked(i, start, ctx)
        if text is None:
            return None
    if not blank(text, start, q.outer_start):  # the quote sits inside a sentence
        intro = INTRO_PHRASE.match(text, start, q.outer_start)
        at = intro.end() if intro else start
        m = SUBJECT_VERB.match(text, at, q.outer_start, timeout=REGEX_TIMEOUT)
        if m is not None and _opens_side_clause(m):  # "When Ms. Schifano moved to Queens, Freddy confided":
            m = _clause_subject_verb(start, q.outer_start, ctx, apposition=False) or m  # the main clause's, if the quote follows it
        elif m is None and not according_to(text, start, q.outer_start):
            m = _clause_subject_verb(start, q.outer_start, ctx)  # not past "According to some, X was"
    else:  # '"Q," X barked': only after a quote that ends mid-sentence
        if text[q.start:q.end].rstrip()[-1:] not in SENTENCE_GOES_ON and \
                text[q.outer_end:q.outer_end + 1] not in SENTENCE_GOES_ON:
            return None
        end = ctx.right_window(i)
        lead = LEAD.match(text, q.outer_end, end).end()
        if "\n" in text[q.outer_end:lead]:
            return None
        m = SUBJECT_VERB.match(text, lead, end, timeout=REGEX_TIMEOUT)
    if not m or masked and not _titles_inside(m, i, start, ctx):
        return None
    if m.group("name") and not ctx.names.has_mention_at(m.start("name"), m.end("name")):
        return None
    return source_closing_own_sentence(i, ctx) or _decided(speaker_from(m, ctx), "subject_verb")


def _titles_inside(m: regex.Match, i: int, start: int, ctx: Context) -> bool:
    """Every earlier quote of quote i's sentence lies inside the subject-verb match `m` (in its
    apposition): never a title elsewhere ('Christie refers to him as "Mr. Trump," while Trump
    refers to the governor as "Chris."' reads no subject past it)."""
    return all(m.start() < ctx.quotes[j].outer_start and ctx.quotes[j].outer_end < m.end()
               for j in range(i) if ctx.quotes[j].outer_end > start)


def _titles_in_apposition_masked(i: int, start: int, ctx: Context) -> str | None:
    """The article text with the earlier quotes of quote i's sentence (from `start`) masked,
    where each is a title that closes an apposition with its comma ('Washington, star of
    television's "Scandal," thanked Obama for "Q"'): same length, so a subject and its verb
    read past the title as past any apposition. None where one of them is anything else
    (a statement of its own, as before: subject_verb leaves such sentences alone)."""
    text = ctx.text
    earlier = [j for j in range(i) if ctx.quotes[j].outer_end > start]
    if not all(j not in ctx.decided and _closes_apposition_as_title(ctx.quotes[j], text) for j in earlier):
        return None
    for j in earlier:  # the title's marks and words become letters, its closing comma stays
        qj = ctx.quotes[j]
        text = text[:qj.outer_start] + "x" * (qj.outer_end - qj.outer_start - 1) + "," + text[qj.outer_end:]
    return text


def _closes_apposition_as_title(q: QuoteSpan, text: str) -> bool:
    """A title closed with the comma of an apposition: 'author of "Going Viral,"', or one its
    owner names: 'star of television's "Scandal,"'."""
    return _title_in_apposition(q, text) or text[q.end - 1:q.end] == "," and _owned_title(q, text)


def _opens_side_clause(m: regex.Match) -> bool:
    """The subject-verb match opens a side clause ("When Ms. Schifano moved ...,", "After Trump
    announced ...,"), not the sentence's main one. Not "As": "As The Post's Ruth Marcus puts
    it, Obama is trying ..." credits the side clause's subject."""
    first = WORD.match(m.group()).group().lower()
    return first != "as" and first in CLAUSE_OPENERS


def _clause_subject_verb(start: int, end: int, ctx: Context, apposition: bool = True) -> regex.Match | None:
    """A named subject and its verb right after one of the sentence's first commas or a bare
    conjunction: 'And a few weeks later, on the steps of the statehouse, Mr. Obama expressed'.
    apposition=False: not a name with an apposition, which after a comma mostly is one itself
    ("When Trump was questioned ..., his response focused on how Khan's wife, Ghazala, remained")."""
    starts = [c.end() for c in CLAUSE_COMMA.finditer(ctx.text, start, end, timeout=REGEX_TIMEOUT)]
    bare = BARE_CONNECTIVE.match(ctx.text, start, end)
    for at in ([bare.end()] if bare else []) + starts[:CLAUSE_SUBJECT_MAX_COMMAS]:
        m = SUBJECT_VERB.match(ctx.text, at, end, timeout=REGEX_TIMEOUT)
        if m and m.group("name") and ctx.names.has_mention_at(m.start("name"), m.end("name")) \
                and not _leads_in(m, ctx) and (apposition or "," not in m.group()):
            return m
    return None


# framed_by_cue reads at most this many characters of the sentence before the quote. On PolNeAR
# train and dev its decisions have at most 310 (the cue at most 190 in); without a cap a long
# paragraph with no sentence end made every quote search the whole of it (quadratic:
# benchmarks/pathological.py's "5,000 nested with words" took 57 s).
FRAME_MAX_CHARS = 600


def framed_by_cue(i: int, ctx: Context) -> Attribution | None:
    """'The senator from Vermont said the system was "corrupt"' · 'Clinton has increasingly
    decried the issue of "systemic racism"': a short span (scare-quote length) in a sentence
    whose subject a cue follows, though words the cue rules do not take (an adverb, an
    earlier quote in the sentence) sit between them. Without a cue, the subject_verb frame
    is tried again, past the earlier quotes of the sentence that subject_verb stops at
    ('Sanders ticked off issues, from their "fair share" of taxes to the nation's "crumbling
    infrastructure."').
    Tried last, on quotes no other rule took: run among the direct rules it overrode
    split_quote decisions that were right (train pair F1 0.7886, speaker_name_accuracy
    0.8178); after them pair F1 0.7880 -> 0.7895, and the subject_verb retry 0.7895 -> 0.7903
    (clause starts inside the sentence as well, "while Trump refers": 0.7904 but name accuracy
    0.8198 -> 0.8190 and 14 more unattributed false positives). A subject must be a name the
    article writes elsewhere ("Preceded at the lectern ..." is no subject)."""
    q = ctx.quotes[i]
    text = ctx.text
    if rejection_reason(text[q.start:q.end], embedded=True) != "scare_quote":
        return None
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    if q.outer_start - start > FRAME_MAX_CHARS:
        return None
    cue = CUE.search(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    end = cue.start() if cue else q.outer_start
    dateline = DATELINE.match(text, start, end, timeout=REGEX_TIMEOUT)
    if dateline:  # "NEW YORK - Republican presidential candidate Donald Trump on Saturday tweeted ..."
        start = dateline.end()
    intro = INTRO_PHRASE.match(text, start, end)
    at = intro.end() if intro else start
    m = (SUBJECT_AFTER if cue else SUBJECT_VERB).match(text, at, end, timeout=REGEX_TIMEOUT)
    if not m or (m.group("name") and not ctx.names.has_mention_at(m.start("name"), m.end("name"))):
        return None
    return _decided(speaker_from(m, ctx), "framed_by_cue" if cue else "subject_verb", cue)


# What as_frame may claim by rejection_reason: a short span or a title ('hailed Trump as "The
# Comeback Kid"'); reject.py checks them again against the speaker it found. Longer spans are
# speech with or without it.
AS_FRAME_MAY_CLAIM = ("scare_quote", "title")
# A verb form whose subject is the sentence's, not the words right before it: "-ing" forms
# ('Clinton ..., having referred to him as') and infinitives after "to".
NON_FINITE_ENDINGS = ("ing",)
# as_frame's speaker must be a named person: a group's usage is a label ('Syria's regime and allies
# refer to all those seeking to oust President Bashar al-Assad as "terrorists"', seed 002). On
# PolNeAR train all 5 of its decisions have a named person's speaker either way.
AS_FRAME_SPEAKER_KIND = "person"


def as_frame(i: int, ctx: Context) -> Attribution | None:
    """'Christie refers to the candidate ... as "Mr. Trump,"' · 'Donald Trump defended his campaign
    manager as a "very decent man"': a short span or a title right after "as" and the object of a
    verb that presents it as something (data/as_frame_verbs.txt) is that verb's subject's wording.
    The subject is the phrase right before a finite verb, else the sentence's subject; never in a
    passive ('was portrayed as "Q"'). Tried on quotes the direct rules left, before neighbour and the
    other late rules. Late, on PolNeAR train it took 5 spans: 4 right, 1 unattributed in gold; quote F1
    0.9707 -> 0.9708, pair F1 0.8579 -> 0.8582, unattributed false positives 210 -> 211 (subject_verb
    already takes most short spans after a presenting verb: the gain is titles and subjects it does
    not read). Before neighbour it takes 4 spans from split_quote, subject_verb and clause_subject
    ('while Trump refers to the governor as "Chris."' had the sentence's first subject): train name
    accuracy up 3 right (two the span's paragraph then shares), quote F1 and unattributed false
    positives unchanged; dev unchanged."""
    q = ctx.quotes[i]
    text = ctx.text
    if " as " not in text[max(q.para_start, q.outer_start - 40):q.outer_start]:
        return None  # most quotes have no "as" right before them
    if rejection_reason(text[q.start:q.end], embedded=True) not in AS_FRAME_MAY_CLAIM:
        return None
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    if q.outer_start - start > FRAME_MAX_CHARS:
        return None
    m = AS_FRAME.search(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    verb = m.start("verb")
    if PASSIVE_AUX_END.search(text, start, verb, timeout=REGEX_TIMEOUT):
        return None
    sp = None
    if not m.group("verb").lower().endswith(NON_FINITE_ENDINGS) and not text[start:verb].endswith(" to "):
        subject = subject_ending_at(text, start, verb)
        sp = speaker_from(subject, ctx) if subject else None
    sp = sp or sentence_subject(start, verb, ctx)
    if sp is None or sp.kind != AS_FRAME_SPEAKER_KIND:
        return None
    return _decided(sp, "as_frame", m, group="verb")


# How far before a quote _agent_before_as reads: room for its participle, "by", an agent of up to
# 60 characters and "as a" ('known by some Republicans as a' holds 31). A bound, not tuned: both
# PolNeAR train spans of the frame fit in 40.
AGENT_BEFORE_AS_MAX_CHARS = 100


def labeled_by(i: int, ctx: Context) -> Attribution | None:
    """'This feature has been called "strategic ambiguity" by Joshua Hendrick' · 'often labeled as
    a "witch hunt" by Democrats': a short span or a title right after a presenting verb's
    participle (data/as_frame_verbs.txt, "called") whose agent follows it is the agent's wording.
    Tried late, on quotes no other rule took. On PolNeAR train it takes 3 spans: 2 right, 1 wrong
    that was wrong before (no unattributed span in gold has the frame); quote F1 0.9708 -> 0.9710,
    pair F1 0.8582 -> 0.8583.
    The agent may come before "as" instead (_agent_before_as: 'known by some Republicans as a "hug"',
    'seen by organizers as a "lifeboat"'): on train 2 more spans, both right, that were rejected as
    scare quotes (quote F1 0.9723 -> 0.9725, unattributed false positives 201 unchanged)."""
    q = ctx.quotes[i]
    text = ctx.text
    by = AGENT_AFTER.match(text, q.outer_end, q.para_end, timeout=REGEX_TIMEOUT)
    if by is None:
        return _agent_before_as(i, ctx)
    if rejection_reason(text[q.start:q.end], embedded=True) not in AS_FRAME_MAY_CLAIM:
        return None
    if not LABELED_BEFORE.search(text, max(q.para_start, q.outer_start - 40), q.outer_start, timeout=REGEX_TIMEOUT):
        return None
    a = SUBJECT_AFTER.match(text, by.end(), q.para_end, timeout=REGEX_TIMEOUT)
    if a is None or not (a.group("name") or a.group("description")):
        return None
    return _decided(speaker_from(a, ctx), "labeled_by")


def _agent_before_as(i: int, ctx: Context) -> Attribution | None:
    """'derisively known by some Republicans as a "hug"': the agent of a naming participle comes
    before "as" and the quote."""
    q = ctx.quotes[i]
    text = ctx.text
    if " by " not in text[max(q.para_start, q.outer_start - AGENT_BEFORE_AS_MAX_CHARS):q.outer_start]:
        return None  # most quotes have no "by" near before them
    if rejection_reason(text[q.start:q.end], embedded=True) not in AS_FRAME_MAY_CLAIM:
        return None
    start = max(q.para_start, q.outer_start - AGENT_BEFORE_AS_MAX_CHARS)
    m = AGENT_BEFORE_AS.search(text, start, q.outer_start, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    a = SUBJECT_AFTER.match(text, m.start("agent"), m.end("agent"), timeout=REGEX_TIMEOUT)
    if a is None or not (a.group("name") or a.group("description")):
        return None
    return _decided(speaker_from(a, ctx), "labeled_by", m, group="verb")


# subject_frame's speaker must be a person the article names in full (the name it resolves to
# has this many words or more): with any person, train pair F1 0.8272 -> 0.8276 but
# speaker_name_accuracy 0.8543 -> 0.8533; in full, 0.8281 and 0.8541.
FULL_NAME_MIN_WORDS = 2


def subject_frame(i: int, ctx: Context) -> Attribution | None:
    """'Donald Trump attacked Mitt Romney for being a "failed candidate."' · 'Senator Ben Cardin
    of Maryland advocates a "progressive consumption tax"': a short span (scare-quote length)
    that no rule took, inside a sentence whose subject (sentence_subject, past lead-ins) is a
    person the article names in full. Tried last. Not where the sentence credits someone else
    ("according to ...") or the span sits in the subject's apposition ("Peter Santilli, a
    self-styled "new-media" journalist"). On PolNeAR train it takes 60 spans: 29 right, 7 wrong,
    3 gold quotes without a source, 21 unattributed in gold; pair F1 0.8272 -> 0.8282, quote F1 0.9667
    -> 0.9679, speaker_name_accuracy 0.8543 (same), unattributed false positives 204 -> 223."""
    q = ctx.quotes[i]
    text = ctx.text
    if rejection_reason(text[q.start:q.end], embedded=True) != "scare_quote":
        return None
    start = sentence_start(text, q.para_start, q.para_end, q.outer_start)
    if blank(text, start, q.outer_start) or according_to(text, start, q.outer_start):
        return None
    # the label is kept here: 'Veto Power Impedes Peace Efforts: Eliminating "the scourge of war"
    # is ...' then gives that headline as speaker, but skipping it leaves the span with no speaker
    # and drops it, and on PolNeAR dev it is a gold quote (dev quote F1 0.9716 -> 0.9711)
    sp = sentence_subject(start, q.outer_start, ctx, past_label=False)
    if sp is None or sp.kind != "person" or not sp.name or len(sp.name.split()) < FULL_NAME_MIN_WORDS \
            or sp.start is None or sp.end is None or not ctx.names.has_mention_at(sp.start, sp.end):
        return None
    if APPOSITION_PHRASE.match(text, sp.end, q.outer_start, timeout=REGEX_TIMEOUT):
        return None
    return _decided(sp, "subject_frame")


def byline_paragraph(i: int, ctx: Context) -> Attribution | None:
    """A paragraph that is only a quote, then a paragraph that is only a dash and a name:
    '"Q"' then '- Sanders.' or '-Michelle Marks, Philadelphia.' (a digest's byline)."""
    q = ctx.quotes[i]
    text = ctx.text
    if not _quote_only_paragraph(q, text):
        return None
    start = q.para_end
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    dash = DASH_ATTRIBUTION.match(text, start, end)
    if dash is None:
        return None
    m = SUBJECT_AFTER.match(text, dash.end(), end, timeout=REGEX_TIMEOUT)
    if m is None or not (m.group("name") or m.group("description")) or \
            not BYLINE_PARAGRAPH_END.fullmatch(text, m.end(), end, timeout=REGEX_TIMEOUT):
        return None
    return _decided(speaker_from(m, ctx), "byline_paragraph")


def signature_line(i: int, ctx: Context) -> Attribution | None:
    """A pull quote: a paragraph that opens a mark it never closes, then a line that is only the
    speaker's name (or description), an affiliation after a comma at most, and the closing mark:
    '"We are going to enter the next recession ...' then 'Josh Bivens, Economic Policy Institute."'."""
    q = ctx.quotes[i]
    text = ctx.text
    if q.closed or text[q.para_end:q.para_end + 1] != "\n" or not blank(text, q.para_start, q.outer_start):
        return None
    start = q.para_end + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    m = SUBJECT_AFTER.match(text, start, end, timeout=REGEX_TIMEOUT)
    if m is None or not (m.group("name") or m.group("description")) or \
            not SIGNATURE_LINE_END.fullmatch(text, m.end(), end, timeout=REGEX_TIMEOUT):
        return None
    return _decided(speaker_from(m, ctx), "signature_line")
