"""Attribute: decide who said each quote, by rules tried in order.

Each rule is a plain function of (quote, context) returning an Attribution or None.
Rule ids are versioned: bump the version when a rule's behaviour changes, so a dataset
row always names the rule revision that decided it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import regex
from pydantic import BaseModel, ConfigDict

from builder.budget import NO_DEADLINE, Deadline
from builder.lexicon import (
    CLAIM_NOUNS, LEAD_IN_OPENERS, OWNED_WORDS_NOUNS, NAMING_PARTICIPLES, NOT_NAMES, NOT_SPEAKER_LABELS, ORG_WORDS, PARTICLES, UNNAMED_HEADS, places,
    pronoun_kinds,
)
from builder.models import SpeakerKind
from builder.patterns import (
    ABSOLUTE_WITH, ACCORDING_TO, DESCRIPTION_THEN_NAME, AGENT_AFTER, AS_FRAME, LABELED_BEFORE, CLOSERS, OPENERS, QUOTE_MARK, ADJUNCT_ENDS_SENTENCE, AFTER_PREPOSITION, APPOSITION_PHRASE,
    APPOSITION_THEN_CUE, APPOSITION_VERB, ASIDE_THEN_SUBJECT, AS_PUT_IT, AS_PUT_IT_AFTER, BARE_CONNECTIVE, BYLINE_PARAGRAPH_END,
    CLAUSE_COMMA, CLAUSE_JOIN, COLON_BEFORE_MARK, CONTRAST_CLAUSE, CONTROL_VERB_BEFORE, COMPLEMENT_BREAK, CUE, CUE_ENDS_SENTENCE,
    CUE_GOES_ON, DASH_ASIDE_BEFORE_CUE, DASH_ATTRIBUTION, DASH_BYLINE_END, DATELINE, DESCRIPTION_POSTMOD, HEADLINE_LABEL,
    DESCRIPTION_THEN_WHO, INTRO_PHRASE, NAME_APPOSITION_THEN_WHO, NAME_BEFORE_APPOSITION, INVERTED_ASIDE, INVERTED_OPENING, LEAD, LEAD_IN_END, NAME_MENTION,
    OPENING_DESCRIPTION, OPENING_PRONOUN, OPEN_RELATIVE, OWNED_CLAIM, OWNED_WORDS, OWN_SENTENCE_END, SIDE_CLAUSE_ACTOR, PAIR_SUBJECT, PERSONAL_PRONOUN, PASSIVE_AUX_END, PASSIVE_BY, PERSON_OPENING, PERSON_SUBJECT, PLURAL_SUBJECT, POLL_DESCRIPTION,
    POSSESSIVE_END, POSSESSIVE_NEXT, POST_MODIFIER_START, PRONOUN_CUE, QUOTED_AS_SAYING, REGEX_TIMEOUT, RELATIVE_CUE_TAIL, RELATIVE_WORD, REPORTED_AT_END,
    SENTENCE_END, SHARE_SUBJECT, SIGNATURE_LINE_END, SPEAKER_LABEL,
    SPEAKER_TAIL_ENDS_SENTENCE, WORDS_OF, SUBJECT_AFTER, SUBORDINATE_OPENING, SUBJECT_BEFORE, SUBJECT_BEFORE_LONGEST,
    SUBJECT_BEFORE_POSTMOD, SUBJECT_VERB, SUBORDINATOR_BEFORE, INSCRIPTION_BEFORE_CUE, THING_SUBJECT, TRANSCRIPT_LABEL, WITH_DESCRIPTION_SUBJECT, WITH_PARTICIPLE_SUBJECT, WORD,
)
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.reject import rejection_reason
from builder.pipeline.segment import blank, last_char, sentence_bounds, sentence_start
from builder.pipeline.speakers import (
    FEMALE_TITLES, MALE_TITLES, NameIndex, NameMention, gender, kind_of, name_tokens,
)

# Confidence of each rule family: the share of its decisions that were right on PolNeAR
# train (speaker name right among matched quotes with a gold speaker), rounded down to 0.05;
# measured after the last rule change (n = such quotes). Rules with fewer than 20 of them
# claim at most 0.9; the two that fired once on train keep the value they were given when
# they were written (too rare to measure; quoted_as_saying is right on both seed uses).
CONFIDENCE = {
    "quote_cue_speaker": 0.95,  # 0.984 of 765
    "quote_speaker_cue": 0.85,  # 0.875 of 2,538
    "split_quote": 0.85,  # 0.885 of 1,895
    "speaker_cue_quote": 0.85,  # 0.870 of 1,597
    "clause_subject": 0.85,  # 0.894 of 518
    "subject_verb": 0.8,  # 0.820 of 228
    "according_to": 0.9,  # 0.941 of 68
    "continuation": 0.75,  # 0.797 of 69
    "aside_cue": 0.85,  # 0.883 of 60
    "intro_paragraph": 0.9,  # 0.914 of 35
    "subject_frame": 0.75,  # 0.783 of 23
    "colon_lead": 0.85,  # 0.875 of 16
    "framed_by_cue": 0.75,  # 0.750 of 16
    "labeled_by": 0.75,  # 2 of 3 (too rare to measure: as framed_by_cue)
    "as_frame": 0.75,  # 4 of 4 (too rare to measure: as framed_by_cue)
    "speaker_label": 0.9,  # 15 of 15
    "lead_paragraph": 0.8,  # 0.833 of 12
    "byline_paragraph": 0.9,  # 7 of 7
    "signature_line": 0.75,  # 3 of 4 on train (the fourth: gold credits the speaker quoted above the pull quote)
    "owned_claim": 0.8,  # 5 of 6
    # 0 of 3 on train, where gold credits the transcript's lead-in ("Partial transcript as
    # follows:") with every turn; 10 of 10 on dev, where gold credits the label. We side with dev.
    "transcript_label": 0.9,
    "quoted_as_saying": 0.9,  # 1 on train (wrong)
    "dash": 0.85,  # 1 on train (wrong)
}
# The cue forms that give a thing's written words: "a sign saying", "a headline that read".
INSCRIPTION_CUES = frozenset("saying reading said says read reads".split())
# Irregular past forms among the cue verbs (the rest end in -ed).
PAST_IRREGULAR = frozenset("said told wrote sang swore read".split())
# Present-tense cue forms that are never nouns, so after a noun they are its verb: "the note
# says" (unlike "the racial remarks", "her posts"; and "reads": "One of his recent reads").
VERB_ONLY_PRESENT = frozenset("says writes asks adds explains argues insists warns declares suggests".split())
# A cue this far past the closing mark is not the quote's own cue (characters).
MAX_POST_CUE_DISTANCE = 120
# How far before a cue its subject phrase may start. The longest subject matched on PolNeAR
# train (a name with a long apposition) spans 140 characters; 300 leaves room, and keeps
# the search from trying every split of a long capitalised run further back.
SUBJECT_MAX_CHARS = 300
# How many sentences back (counting its own) "it" looks for the organisation that spoke.
# Tuned on PolNeAR train (speaker_name_accuracy): 1 -> 0.8212, 2 -> 0.8214, 5 -> 0.8214.
IT_ANTECEDENT_SENTENCES = 2
# How many pronouns back a chain of the same pronoun is followed ("He said ... He added ...
# '"Q," he said'): a bound for text of thousands of such paragraphs, where it recursed past
# Python's stack. Tuned on PolNeAR train (speaker_name_accuracy): 2 -> 0.8571, 4..16 -> 0.8572.
MAX_CHAIN_LINKS = 4
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
PERSON_SUBJECT_WINDOW_CHARS = 400
# How far before ", who" its description may start (characters): a head, four modifiers
# and a short "of ..." phrase.
RELATIVE_WINDOW_CHARS = 120
# How far before a quote the cue of a relative clause framing it may start ("under what Mr.
# Hedge called"): room for a titled full name ("that U.S. District Judge Michael W. Mosman called").
RELATIVE_FRAME_MAX_CHARS = 80
# How many lead-in clauses sentence_subject skips ("At a rally in Portsmouth, N.H., on
# Tuesday, Senator ..." holds two), and how long one may run (characters). Tuned on PolNeAR
# train (speaker_name_accuracy): clauses 2 -> 0.8326, 3 -> 0.8330, 4..6 -> 0.8331;
# characters 80 -> 0.8327, 150 -> 0.8330, 250 -> 0.8330.
MAX_LEAD_IN_CLAUSES = 4
LEAD_IN_MAX_CHARS = 150
ARTICLES = frozenset({"the", "a", "an"})
# How far before a participle "with" and its subject may start ("with Sen. John McCain");
# 40 to 120 give the same PolNeAR train figures, 80 leaves room for a title and a full name.
WITH_SUBJECT_MAX_CHARS = 80
# How many of a sentence's first commas clause_subject looks past for a subject when none
# opens the sentence (tuned on PolNeAR train, speaker_name_accuracy: 0 commas 0.8248, 1 0.8256,
# 2 0.8259, 3 0.8260, 5 0.8260).
CLAUSE_SUBJECT_MAX_COMMAS = 3
# Windows shorter than this are searched forward only. Timed on PolNeAR train windows (forward /
# backward, microseconds): under 15 characters 3-18 / 6-24, 15-29 32-61 / 28-35, 30-49 81-122 /
# 35-45, 50 and more 286 / 42; but the backward search explores every split of a titled name, so
# on '” Sen. Elizabeth Warren told' (benchmarks/pathological.py, 23 characters) it took 68 against
# 13. From 30 characters on, the backward search wins by 2x or more.
BACKWARD_MIN_CHARS = 30
# Decisions that neighbour() does not pass on within a paragraph: a continuation is itself
# borrowed, and a subject_verb frame covers its own partial quote, not the labels around it; an
# owned claim's quote is the claim's content, while the sentence's other quotes are mostly its
# subject's verdict ('Fitton called Clinton's assertion of a "claim of right" ... "disturbing."').
# How many words the phrase between a quote and a cue that closes its sentence may hold to be
# that quote's own frame where no subject pattern reads it ("the paper's editorial board wrote").
AFTER_FRAME_MAX_WORDS = 12
NOT_SHARED_IN_PARAGRAPH = ("continuation.", "subject_verb.", "subject_frame.", "owned_claim.")
# Of those, the frames whose subject also speaks the later quotes of the same sentence.
SHARED_IN_SENTENCE = ("subject_verb.", "subject_frame.")
# How many quotes back sentence_frame looks for the decided quote whose frame goes on (a bound
# for a paragraph of thousands of undecided quotes). On PolNeAR train 1, 2 and 4 give the same
# figures (speaker_name_accuracy 0.8741); 2 lets one undecided quote (a title) sit between.
SENTENCE_FRAME_QUOTES_BACK = 2
# What subject_verb may claim by rejection_reason: speech, or a short span reject.py checks
# again once it knows the speaker (a title or non-text never).
SUBJECT_VERB_MAY_CLAIM = (None, "scare_quote")
# A quote ending in one of these leaves its sentence open for the words after it.
SENTENCE_GOES_ON = frozenset(",?!")
# The writer's words before a quote ending in one of these end their sentence before it.
SENTENCE_ENDERS = frozenset(".!?")
# A quote ending in one of these closed its sentence ('"?" and "!" often do not: '"Q?" X asked').
SENTENCE_CLOSERS = frozenset(".")


class Speaker(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str | None  # canonical name, or None when the mention could not be resolved
    mention: str
    start: int
    end: int
    kind: SpeakerKind | None


class Attribution(BaseModel):
    model_config = ConfigDict(frozen=True)
    speaker: Speaker
    rule: str
    confidence: float
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass
class Context:
    """What the rules may look at: the article text, its names, and decisions so far."""

    text: str
    names: NameIndex
    quotes: list[QuoteSpan]
    decided: dict[int, Attribution] = field(default_factory=dict)  # quote index -> attribution
    deadline: Deadline = NO_DEADLINE

    @cached_property
    def quote_ends(self) -> list[int]:
        """Where each quote's closing mark ends, in text order (for bisecting)."""
        return [q.outer_end for q in self.quotes]

    @cached_property
    def transcript_labels(self) -> dict[int, tuple[int, int]]:
        """Quote index -> span of the speaker label that opens it ('"PENCE: ...')."""
        out = {}
        for i, q in enumerate(self.quotes):
            if q.end - q.start > 2 and self.text[q.start].isupper():
                m = TRANSCRIPT_LABEL.match(self.text, q.start, q.end, timeout=REGEX_TIMEOUT)
                if m is not None and m.group("label").lower() not in NOT_SPEAKER_LABELS:
                    out[i] = m.span("label")
        return out

    @cached_property
    def speaker_label_words(self) -> frozenset[str]:
        """The distinct transcript labels of the article: two or more make it a transcript."""
        return frozenset(self.text[s:e] for s, e in self.transcript_labels.values())

    def left_window(self, i: int) -> int:
        """Where the words before quote i start: its sentence, not before the previous quote."""
        q = self.quotes[i]
        floor = q.para_start
        j = i - 2 if i > 0 and self.quotes[i - 1].nested else i - 1  # a nested quote is inside quote i
        if j >= 0 and self.quotes[j].para_end > q.para_start and j not in self.decided and \
                _title_in_apposition(self.quotes[j], self.text):
            j -= 1  # one title in the speaker's apposition: 'As Akhil Amar, author of "America's
            # Unwritten Constitution," put it, "Q"' (one only, so a run of titles stays linear)
        if j >= 0 and self.quotes[j].para_end > q.para_start:  # same paragraph
            floor = max(floor, self.quotes[j].outer_end)
            prev = self.decided.get(j)
            if prev is not None and prev.cue_end is not None and floor <= prev.cue_start:
                floor = max(floor, prev.cue_end)  # that cue is the previous quote's
        bounds = [b for b in sentence_bounds(self.text, floor, q.outer_start) if b < q.outer_start]
        return bounds[-1] if bounds else floor

    def statement_end(self, i: int) -> int:
        """Where the sentence of quote i ends, past any later quotes in it (in its paragraph)."""
        q = self.quotes[i]
        bounds = sentence_bounds(self.text, q.outer_end, q.para_end)
        return bounds[1] if len(bounds) > 1 else q.para_end

    def right_window(self, i: int) -> int:
        """Where the words after quote i end: its sentence, not past the next quote."""
        q = self.quotes[i]
        ceil = q.para_end
        if i + 1 < len(self.quotes) and self.quotes[i + 1].para_start < q.para_end:  # same paragraph
            ceil = min(ceil, self.quotes[i + 1].outer_start)
        bounds = sentence_bounds(self.text, q.outer_end, ceil)
        return bounds[1] if len(bounds) > 1 else ceil


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


def _title_in_apposition(q: QuoteSpan, text: str) -> bool:
    """A title closed with the comma of an apposition ('author of "Going Viral,"'): part of
    the words that name the next quote's speaker, not a statement of its own."""
    return text[q.end - 1:q.end] == "," and rejection_reason(text[q.start:q.end], embedded=True) == "title"


# --- resolving a subject match to a speaker ----------------------------------------------

def speaker_from(m: regex.Match, ctx: Context, cue: str | None = None) -> Speaker | None:
    """Turn a SUBJECT_BEFORE / SUBJECT_AFTER match into a resolved speaker.

    A description with an arbitrary head ("the board") counts only before a past-tense
    cue: "the racial remarks", "her post" are nouns, not a subject and its verb."""
    if m.groupdict().get("generic") and not (cue and (_past_tense(cue) or cue.lower() in VERB_ONLY_PRESENT)):
        return None
    if m.group("pronoun"):
        return resolve_pronoun(m.group("pronoun"), m.start("pronoun"), ctx)
    if m.group("name"):
        return named_speaker(ctx, *m.span("name"))
    if m.group("description"):
        return apposed_name(m, ctx) or name_after_description(m, ctx) or describe(ctx, *m.span("description"))
    return None


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
    return named_speaker(ctx, *name.span("name"))


def named_speaker(ctx: Context, s: int, e: int) -> Speaker | None:
    """The speaker a name phrase text[s:e] names, by its fullest form in the article. A run
    that opens with a sentence opener is a lead-in, not a name: "Likewise, a paper ... had this
    to say", "Alongside BLM calls for action, ...", "Across Asia, policymakers ..."."""
    e = s + len(_without_place(ctx.text[s:e]))
    first = WORD.match(ctx.text, s, e)
    if first is not None and first.group().lower() in LEAD_IN_OPENERS:
        return None
    tokens, titles = name_tokens(_after_lowercase(ctx.text[s:e]))
    if tokens and (not all(t.lower() in NOT_NAMES for t in tokens)
                   or (len(tokens) == 1 and ctx.names.person_surname(tokens[0]))):  # '"Q," May said'
        kind = kind_of(tokens)
        if ctx.names.describing_first_word(tokens, kind, titled=bool(titles)):  # "Activist Angela Davis"
            tokens, titles = tokens[1:], titles | {tokens[0].lower()}
        canon = ctx.names.canonical_of_gender(tokens, kind, titles)
        return Speaker(name=" ".join(canon), mention=ctx.text[s:e], start=s, end=e, kind=kind)
    return None


def _past_tense(cue: str) -> bool:
    c = cue.lower()
    return c.endswith("ed") or c in PAST_IRREGULAR


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
    desc = ctx.text[s:e]
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
    head = dwords[-1] if dwords else ""
    kind: SpeakerKind = "organization" if head in ORG_WORDS else "unnamed"
    post = DESCRIPTION_POSTMOD.match(ctx.text, e, timeout=REGEX_TIMEOUT)
    if post is not None:  # "A spokesman for Platte River": whose spokesman is part of who spoke
        e = post.end()
        desc = ctx.text[s:e]
    return Speaker(name=desc, mention=desc, start=s, end=e, kind=kind)


def resolve_pronoun(word: str, at: int, ctx: Context, links: int = 0) -> Speaker:
    """A pronoun resolves to the last compatible named speaker before it, or stays null.
    `links`: how many pronouns of a chain ("He said ... He added ...") led here."""
    pkind = pronoun_kinds().get(word.lower(), "")
    end = at + len(word)
    unresolved = Speaker(name=None, mention=word, start=at, end=end, kind=None)
    if pkind == "relative":  # "Trump, who said ..." -> the name right before ", who"
        for m in ctx.names.mentions:
            if 0 <= at - m.end <= 3:
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
        org = _last_speaker_if_organisation(at, ctx) or _recent_thing_subject(at, ctx)
        return unresolved if org is None else org.model_copy(update={"mention": word, "start": at, "end": end})
    if pkind == "plural":  # "the protesters also paid tribute ... they chanted"
        group = _nearer(_recent_plural_subject(at, ctx), _recent_pair_subject(at, ctx))
        if group is None and links < MAX_CHAIN_LINKS:  # "They sent a letter ... '"Q," they wrote'
            chained = _previous_sentence_pronoun(word, at, ctx)
            if chained is not None:
                group = resolve_pronoun(chained.group("pronoun"), chained.start("pronoun"), ctx, links + 1)
                group = None if group.name is None else group
        if group is None:  # a collective body: "Clinton's campaign is seeking ... what they call"
            group = _last_speaker_if_organisation(at, ctx) or _recent_body_subject(at, ctx)
        return unresolved if group is None else group.model_copy(update={"mention": word, "start": at, "end": end})
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
    switched = None  # (other bearer, sentence start) of a bare surname the pronoun does not fit
    for m in cands:
        if switched is not None and m.start < switched[1]:
            break
        canon = ctx.names.canonical(m.tokens, "person")
        if not ctx.names.person_like(m, canon) or ctx.names.group_plural(canon):
            continue
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
                break  # "said the woman, ..." is nearer than any named person
            return Speaker(name=" ".join(canon), mention=word, start=at, end=end, kind="person")
    if switched is not None:
        return Speaker(name=" ".join(switched[0]), mention=word, start=at, end=end, kind="person")
    if chained is not None:
        return resolve_pronoun(chained.group("pronoun"), chained.start("pronoun"), ctx, links + 1).model_copy(
            update={"mention": word, "start": at, "end": end})
    if described is not None:
        return Speaker(name=described.name, mention=word, start=at, end=end, kind="unnamed")
    return unresolved


def _after_same_pronoun(m: NameMention, word: str, ctx: Context) -> bool:
    """Whether the pronoun `word` (he or she) stands, outside any quote, earlier in the
    sentence of the name `m`: "Asked whether he was concerned that Donald Trump might win, Ban
    demurred." That sentence is about "he", so a later "he" goes on with him, not with the
    name inside his clause (a name that is a cue's subject is kept: "..., should he win, Henson said")."""
    s0, _ = ctx.names.sentence_span(m.start)
    if ctx.text[s0:m.start].rstrip().endswith(","):
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
    """The same pronoun (he, she or they) opening the sentence before the one at `at` (the
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


def _recent_person_subject(at: int, ctx: Context, want: str) -> Speaker | None:
    """The unnamed person who opens the sentence of `at` or one just before it as a cue's
    subject ("One California delegate said he tried ... "Q," he said"), when the pronoun's
    gender (`want`) does not rule the head noun out ("a woman" is no "he")."""
    lo = max(0, at - PERSON_SUBJECT_WINDOW_CHARS)
    if all(ctx.text.find(d, lo, at) < 0 for d in INDEFINITE_OPENERS):  # a cheap test first
        return None
    here = _statement_start(at, ctx)
    found = (_recent_described_subject(here, ctx, PERSON_SUBJECT, PERSON_ANTECEDENT_SENTENCES)
             or _recent_described_subject(at, ctx, PERSON_OPENING, 2))
    if found is None:
        return None
    return found if _head_fits(found, want) else None


def _head_fits(described: Speaker, want: str) -> bool:
    """Whether a description's head noun can be the pronoun's person: "a woman" is no "he"."""
    head = described.name.split()[-1].lower()
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
    """The thing or body that opens one of the sentences just before `at` ("The post showed
    ... It says: ...", "A letter this month ... reflected ... ''Q,'' it said"): what "it"
    stands for when no named organisation does. The quote's own sentences are skipped."""
    return _recent_described_subject(_statement_start(at, ctx), ctx, THING_SUBJECT, IT_ANTECEDENT_SENTENCES)


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


def _person_named(ctx: Context, s: int, e: int) -> Speaker | None:
    """The person a name run text[s:e] names, where the article's evidence says it is a
    person's name (a title, a first name, a cue it is the subject of): never a party, a
    place or a body ("Democrats and Republicans", "Iowa and New Hampshire")."""
    found = [m for m in ctx.names.mentions_in(s, e) if m.end == e]
    sp = named_speaker(ctx, s, e)
    if not found or sp is None or sp.kind != "person":
        return None
    return sp if ctx.names.person_like(found[-1], tuple(sp.name.split())) else None


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


def _last_described_speaker(at: int, ctx: Context, want: str) -> Speaker | None:
    """The latest unnamed single speaker decided before `at` ("the woman", "an aide"), when
    the pronoun's gender (`want`) does not rule its head noun out.
    Pronouns are resolved while the direct rules run in quote order, so `decided` is in
    index order and walking it backwards stops at once (sorting it per pronoun was quadratic)."""
    for j in reversed(ctx.decided):
        sp = ctx.decided[j].speaker
        if sp.end <= at:
            if sp.kind == "unnamed" and sp.name and not sp.name.endswith("s") and _head_fits(sp, want):
                return sp
            return None
    return None


# --- the rules ---------------------------------------------------------------------------

def _decided(sp: Speaker | None, rule: str, cue: regex.Match | None = None, base: int = 0,
             group: str = "cue") -> Attribution | None:
    if sp is None:
        return None
    kw = {}
    if cue is not None:
        kw = dict(cue=cue.group(group), cue_start=cue.start(group), cue_end=cue.end(group))
    return Attribution(speaker=sp, rule=f"{rule}.v1", confidence=CONFIDENCE[rule], **kw)


def after_quote(i: int, ctx: Context) -> Attribution | None:
    """'"Q," X said' · '"Q," said X' · '"Q" ― X' · '"Q," according to X'. Not where the quote
    closes a subordinate clause with a speech frame of its own ("When someone in the audience
    shouted, "Cruz," Beck joked"): that frame's subject speaks it (before_quote)."""
    q = ctx.quotes[i]
    text, end = ctx.text, ctx.right_window(i)
    if _in_subordinate_frame(i, ctx):
        return None
    lead = LEAD.match(text, q.outer_end, end).end()
    dash = DASH_ATTRIBUTION.match(text, q.outer_end, end)
    if dash:  # a byline ends its paragraph ('"Q" ― X.'), an aside goes on ('"Q" ― the man who ...')
        if _ends_framed_sentence(i, ctx) and CUE.search(text, ctx.left_window(i), q.outer_start, timeout=REGEX_TIMEOUT):
            return None  # 'Rajoy insisted that his party was "still the No. 1 force."--Kim Hjelmgaard.': a
            # frame of its own speaks the quote (a later rule finds it); the byline names the writer
        m = SUBJECT_AFTER.match(text, dash.end(), end, timeout=REGEX_TIMEOUT)
        if m and (m.group("name") or m.group("description")) and \
                DASH_BYLINE_END.fullmatch(text, m.end(), q.para_end, timeout=REGEX_TIMEOUT):
            return _decided(speaker_from(m, ctx), "dash")
    qas = QUOTED_AS_SAYING.match(text, lead, end)
    if qas:  # '"Q," SANA quoted Freij as saying'
        m = SUBJECT_AFTER.match(text, qas.start("who"), qas.end("who"), timeout=REGEX_TIMEOUT)
        if m:
            return _decided(speaker_from(m, ctx), "quoted_as_saying", qas)
    acc = ACCORDING_TO.match(text, lead, end) or WORDS_OF.match(text, lead, end)
    if acc:
        m = SUBJECT_AFTER.match(text, acc.end(), end, timeout=REGEX_TIMEOUT)
        if m:
            return _decided(speaker_from(m, ctx), "according_to", acc)
    put = AS_PUT_IT_AFTER.match(text, lead, end, timeout=REGEX_TIMEOUT)
    if put:  # '"Q," as a Homeland Security memo put it.'
        m = SUBJECT_BEFORE.fullmatch(text, put.start("who"), put.start("cue"), timeout=REGEX_TIMEOUT)
        sp = speaker_from(m, ctx, "put") if m else None
        if sp is not None:
            return _decided(sp, "quote_speaker_cue", put)
    cue = CUE.match(text, lead, end)
    if cue and cue.group().endswith("ing"):  # '... as "fantastic," telling reporters': the
        start = sentence_start(text, q.para_start, q.para_end, q.outer_start)  # sentence's subject
        owned = owned_claim(start, q.outer_start, text[start:q.outer_start].lower(), ctx)
        if owned is not None:  # '... out of Trump's claim that Obama "founded ISIS," saying ...':
            return owned  # the claim's owner said the quote; the participle's subject judges it
        sub = sentence_subject(start, q.outer_start, ctx) if start < q.outer_start else None
        return reported_by(cue.end(), end, ctx) or _decided(sub, "clause_subject", cue) if sub is not None else None
    if cue:  # '"Q," said X'
        m = SUBJECT_AFTER.match(text, cue.end(), end, timeout=REGEX_TIMEOUT)
        if m:
            return reported_by(m.end(), end, ctx) or _decided(speaker_from(m, ctx), "quote_cue_speaker", cue)
    for cue in CUE.finditer(text, lead, min(end, lead + MAX_POST_CUE_DISTANCE), timeout=REGEX_TIMEOUT):
        if cue.group().endswith("ing"):  # '"Q," X had answering' is no speech frame
            continue
        m = SUBJECT_BEFORE.fullmatch(text, lead, cue.start(), timeout=REGEX_TIMEOUT) or \
            SUBJECT_BEFORE_POSTMOD.fullmatch(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
        if m and _opens_new_statement(i, m, cue, ctx):
            return None
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
                _decided(passive_agent(m, cue, end, ctx) or sp, "quote_speaker_cue", cue)
        aside = _aside_then_cue(lead, cue, ctx)
        if aside is not None:  # a name right after the quote is no writer's aside: '"Q," Harry
            # Bond, 30, of Raleigh, N.C., who was among those polled, said' (not 'N.C.')
            return _name_apposition_cue(i, lead, ctx) or aside
    return _name_apposition_cue(i, lead, ctx)


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
    if cue is None or sentence_start(text, q.para_start, q.para_end, cue.start("cue")) > m.start():
        return None  # no cue, or a later sentence's
    return _decided(speaker_from(m, ctx), "quote_speaker_cue", cue)


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
    m = SUBJECT_BEFORE.fullmatch(text, sub.end(), cue.start(), timeout=REGEX_TIMEOUT) or \
        SUBJECT_BEFORE_POSTMOD.fullmatch(text, sub.end(), cue.start(), timeout=REGEX_TIMEOUT)
    return m is not None and speaker_from(m, ctx, cue.group()) is not None


def according_to(text: str, lo: int, hi: int) -> regex.Match | None:
    """The first "according to" or "in the words of" frame in text[lo:hi]."""
    found = [m for p in (ACCORDING_TO, WORDS_OF) if (m := p.search(text, lo, hi, timeout=REGEX_TIMEOUT))]
    return min(found, key=regex.Match.start) if found else None


def reported_by(start: int, end: int, ctx: Context) -> Attribution | None:
    """'"Q," Walker said, according to an Associated Press account.': the frame's own source
    comes after it in the sentence, and PolNeAR credits the quote to that source (on train,
    16 of 18 such frames had the "according to" source as gold, not the named speaker)."""
    acc = according_to(ctx.text, start, end)
    if acc is None:
        return outlet_reported(start, end, ctx)
    m = SUBJECT_AFTER.match(ctx.text, acc.end(), end, timeout=REGEX_TIMEOUT)
    sp = speaker_from(m, ctx) if m else first_name_in(acc.end(), end, ctx)
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


def _aside_then_cue(lead: int, cue: regex.Match, ctx: Context) -> Attribution | None:
    """'"Q" than that of the CIA chief, Zuckoff said.' / '..., said professor Paul Beck.': the
    writer's clause sits between the quote and its cue; the frame must close the sentence, so
    it is no cue of that clause."""
    text = ctx.text
    aside = ASIDE_THEN_SUBJECT.match(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
    while aside is not None:  # the frame after the aside's last comma
        if aside.end() == cue.start():  # ', said X.'
            m = SUBJECT_AFTER.match(text, cue.end(), timeout=REGEX_TIMEOUT)
            if m and (CUE_ENDS_SENTENCE.match(text, m.end(), timeout=REGEX_TIMEOUT)
                      or SPEAKER_TAIL_ENDS_SENTENCE.match(text, m.end(), timeout=REGEX_TIMEOUT)):
                return _decided(speaker_from(m, ctx), "aside_cue", cue)
            return None
        m = SUBJECT_BEFORE.fullmatch(text, aside.end(), cue.start(), timeout=REGEX_TIMEOUT)
        if m and _frame_closes_sentence(text, cue.end()):  # ', X said.' / ', X said on Twitter.'
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


def before_quote(i: int, ctx: Context) -> Attribution | None:
    """'X said: "Q"' · 'X said (that) ... "Q"' · 'According to X, "Q"' · 'Y quoted X as saying "Q"';
    an "according to" source later in the sentence takes over from X (see reported_by):
    'Trump said he was "happy to see" that Khan won, according to The New York Times.'"""
    decided = _before_quote(i, ctx)
    if decided is None or not decided.rule.startswith(("speaker_cue_quote.", "clause_subject.")):
        return decided
    q = ctx.quotes[i]
    if ctx.text[q.start:q.end].rstrip()[-1:] in SENTENCE_CLOSERS:
        return decided  # the words after the quote are a new sentence
    # the report frame closes the sentence, past its later quotes: 'Richards noted that abortion
    # - what her business calls "Q1" - is "Q2" to the platform, reported the Washington Examiner.'
    return reported_by(q.outer_end, ctx.right_window(i), ctx) or \
        outlet_reported(q.outer_end, ctx.statement_end(i), ctx) or decided


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
        if m:
            return _decided(speaker_from(m, ctx), "according_to", acc)
        phrase_end = text.find(",", acc.end(), q.outer_start)  # 'According to some on Twitter, ...'
        sp = first_name_in(acc.end(), phrase_end, ctx) if phrase_end > 0 else None
        if sp is not None:
            return _decided(sp, "according_to", acc)
    owned = owned_claim(start, q.outer_start, lower, ctx) or owned_words(start, q.outer_start, lower, ctx)
    if owned is not None:
        return owned
    cues = list(CUE.finditer(text, start, q.outer_start, timeout=REGEX_TIMEOUT))
    weak = None  # the last cue whose subject is no subject: "Rubio's claim", "in the past described"
    for k in range(len(cues) - 1, -1, -1):
        cue = cues[k]
        thing = inscription_speaker(cue, start, ctx) or poll_speaker(cue, start, ctx)
        if thing is not None:  # "Bernstein held up a sign saying "Q"": the sign's words
            return _decided(thing, "speaker_cue_quote", cue)
        own = with_participle_subject(cue, start, ctx)
        if own is not None:  # "..., with Trump reportedly yelling: "Q""
            return _decided(own, "speaker_cue_quote", cue)
        m = subject_ending_at(text, start, cue.start())
        if m and cue.group().endswith("ing") and not ABSOLUTE_WITH.search(text, start, m.start(), timeout=REGEX_TIMEOUT):
            sub = earlier_frame_subject(cues[:k], start, ctx) or opening_subject(i, start, cue.start(), ctx)
            if sub is not None:
                return _decided(sub, "clause_subject", cue)
        head = relative_clause_head(_bare_name_start(m) if m else cue.start(), m, start, cue, ctx)
        if head is not None:  # "The official who backed the plan said "Q"": not the plan
            return _decided(head, "speaker_cue_quote", cue)
        if m and (owns_cue_noun(m) or is_object(m, text) or clause_as_apposition(m) or is_place(m)
                  or names_a_thing(m, cue, text[start:m.start()]) or _side_clause_of_earlier_sentence(m, cue, i, ctx)):
            weak = weak or (m, cue)
            continue
        sp = speaker_from(m, ctx, cue.group()) if m else subject_before_dash_aside(start, cue, ctx)
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
            return _decided(passive_agent(m, cue, q.outer_start, ctx) or reporting_subject(m, cues[:k], start, ctx) or sp
                            if m else sp, "speaker_cue_quote", cue)
        join = CLAUSE_JOIN.search(text, start, cue.start(), timeout=REGEX_TIMEOUT)
        if join and join.group().strip() == "to" and \
                any(subject_ending_at(text, start, c.start()) for c in cues[:k]):
            continue  # "X told ARA News that the visit is to ask for ...": the earlier frame speaks
        controller = control_subject(start, cue, ctx) if m is None and \
            not text[cue.end():q.outer_start].strip(" ,:") else None  # the cue opens the quote
        if controller is not None:  # "Mr. Trump was prompted to say, "Q"", "he began by saying, "Q""
            return _decided(controller, "clause_subject", cue)
        if cue.group().endswith("ing") or join:
            sub = (side_clause_actor(start, cue, ctx) or earlier_frame_subject(cues[:k], start, ctx)
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


def _bare_name_start(m: regex.Match) -> int:
    """Where a subject phrase starts, past the lower-case words a name match may take in ahead
    of the name ("prayed beside Omar Mateen": a relative clause's verb and preposition)."""
    if not m.group("name"):
        return m.start()
    return m.end("name") - len(_after_lowercase(m.group("name")))


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


def _relative(m: regex.Match) -> bool:
    """The subject match is a relative pronoun: "who"."""
    return bool(m.group("pronoun")) and pronoun_kinds().get(m.group("pronoun").lower()) == "relative"


def _subject_outside_relative(i: int, start: int, m: regex.Match, cue: regex.Match, ctx: Context) -> bool:
    """The sentence before quote i has a subject that is not the head of the relative "who"
    of `m` (ending right before it: "Voters who think ...", "Anyone who says ...")."""
    sub = opening_subject(i, start, cue.start(), ctx)
    return sub is not None and sub.end is not None and not 0 <= m.start("pronoun") - sub.end <= 1


def owned_claim(start: int, end: int, lower: str, ctx: Context) -> Attribution | None:
    """'Politifact seized on Trump's claim that there have been "Q"' · 'Trump's pledge to be "Q"':
    the quote is the content of a named owner's claim, so the owner said it (not the sentence's
    subject, who only reports or judges the claim). `lower`: text[start:end] in lower case."""
    if not any(noun in lower for noun in CLAIM_NOUNS):
        return None  # most windows hold no claim noun
    m = OWNED_CLAIM.search(ctx.text, max(start, end - SUBJECT_MAX_CHARS), end, timeout=REGEX_TIMEOUT)
    if m is None or CUE.search(ctx.text, m.end("cue"), end, timeout=REGEX_TIMEOUT):
        return None  # a cue inside the complement has a subject of its own
    return _decided(named_speaker(ctx, *m.span("owner")), "owned_claim", m)


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


def passive_agent(m: regex.Match, cue: regex.Match, end: int, ctx: Context) -> Speaker | None:
    """'Sanders was asked by host Bill Maher, ..., "Q?"': in a passive frame the agent after
    "by" speaks, not the subject."""
    if not PASSIVE_AUX_END.search(m.group(), timeout=REGEX_TIMEOUT):
        return None
    by = PASSIVE_BY.match(ctx.text, cue.end(), end)
    a = SUBJECT_AFTER.match(ctx.text, by.end(), end, timeout=REGEX_TIMEOUT) if by else None
    return speaker_from(a, ctx) if a and (a.group("name") or a.group("description")) else None


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
                COMPLEMENT_BREAK.search(ctx.text, c.end(), m.start(), timeout=REGEX_TIMEOUT):
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
    "..., with many marchers and spectators chanting "Q"" (a description, as the text gives it)."""
    if not cue.group().endswith("ing"):
        return None
    lo = max(start, cue.start() - WITH_SUBJECT_MAX_CHARS)
    w = WITH_PARTICIPLE_SUBJECT.search(ctx.text, lo, cue.start(), timeout=REGEX_TIMEOUT)
    if w:
        return speaker_from(w, ctx)
    d = WITH_DESCRIPTION_SUBJECT.search(ctx.text, lo, cue.start(), timeout=REGEX_TIMEOUT)
    return describe(ctx, *d.span("description")) if d else None


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
    return describe(ctx, *poll.span("description")) if poll else None


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


def opening_subject(i: int, start: int, end: int, ctx: Context) -> Speaker | None:
    """The subject of the words text[start:end] before quote i. When they begin right after
    the previous quote's cue ('"A," Carson told the AP on Wednesday after hinting that "B"'),
    they carry on that frame, whose speaker is their subject; else the subject opening them."""
    prev = ctx.decided.get(i - 1)
    if prev is not None and prev.cue_end == start and prev.speaker.name is not None:
        return prev.speaker
    return sentence_subject(start, end, ctx)


def control_subject(start: int, cue: regex.Match, ctx: Context) -> Speaker | None:
    """The subject of a verb that controls the cue ("... that Mr. Trump was prompted to say, "Q"",
    "When he returned he began by saying, "Q""): a name or a personal pronoun right before it.
    Only where the cue opens the quote: "a term Rubio has used to describe Trump ... "Q"" is a
    relative clause of the writer's."""
    ctrl = CONTROL_VERB_BEFORE.search(ctx.text, max(start, cue.start() - SUBJECT_MAX_CHARS), cue.start(),
                                      timeout=REGEX_TIMEOUT)
    if ctrl is None:
        return None
    m = subject_ending_at(ctx.text, start, ctrl.start("verb"))
    personal = m is not None and m.group("pronoun") and pronoun_kinds().get(m.group("pronoun").lower()) == "person"
    if m is None or not (m.group("name") or personal) or owns_cue_noun(m) or is_place(m):
        return None
    return speaker_from(m, ctx, ctrl.group("verb"))


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


def is_object(m: regex.Match, text: str) -> bool:
    """A description right after a preposition is its object, not the cue's subject: "Beck,
    who has in the past described ...", "a syllabus for a 2002 psychology class called ..."."""
    return bool(m.group("description")) and \
        AFTER_PREPOSITION.search(text, max(0, m.start() - 20), m.start(), timeout=REGEX_TIMEOUT) is not None


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
    if i > 0 and ctx.quotes[i - 1].outer_end > start:
        return None
    if not blank(text, start, q.outer_start):  # the quote sits inside a sentence
        intro = INTRO_PHRASE.match(text, start, q.outer_start)
        at = intro.end() if intro else start
        m = SUBJECT_VERB.match(text, at, q.outer_start, timeout=REGEX_TIMEOUT)
        if m is None and not according_to(text, start, q.outer_start):
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
    if not m:
        return None
    if m.group("name") and not ctx.names.has_mention_at(m.start("name"), m.end("name")):
        return None
    return _decided(speaker_from(m, ctx), "subject_verb")


def _clause_subject_verb(start: int, end: int, ctx: Context) -> regex.Match | None:
    """A named subject and its verb right after one of the sentence's first commas or a bare
    conjunction: 'And a few weeks later, on the steps of the statehouse, Mr. Obama expressed'."""
    starts = [c.end() for c in CLAUSE_COMMA.finditer(ctx.text, start, end, timeout=REGEX_TIMEOUT)]
    bare = BARE_CONNECTIVE.match(ctx.text, start, end)
    for at in ([bare.end()] if bare else []) + starts[:CLAUSE_SUBJECT_MAX_COMMAS]:
        m = SUBJECT_VERB.match(ctx.text, at, end, timeout=REGEX_TIMEOUT)
        if m and m.group("name") and ctx.names.has_mention_at(m.start("name"), m.end("name")) \
                and not _leads_in(m, ctx):
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
    passive ('was portrayed as "Q"'). Tried late, on quotes no other rule took. On PolNeAR train it
    takes 5 spans: 4 right, 1 unattributed in gold; quote F1 0.9707 -> 0.9708, pair F1 0.8579 ->
    0.8582, unattributed false positives 210 -> 211 (subject_verb already takes most short spans
    after a presenting verb: the gain is titles and subjects it does not read)."""
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
    return _decided(sp, "as_frame")


def labeled_by(i: int, ctx: Context) -> Attribution | None:
    """'This feature has been called "strategic ambiguity" by Joshua Hendrick' · 'often labeled as
    a "witch hunt" by Democrats': a short span or a title right after a presenting verb's
    participle (data/as_frame_verbs.txt, "called") whose agent follows it is the agent's wording.
    Tried late, on quotes no other rule took. On PolNeAR train it takes 3 spans: 2 right, 1 wrong
    that was wrong before (no unattributed span in gold has the frame); quote F1 0.9708 -> 0.9710,
    pair F1 0.8582 -> 0.8583."""
    q = ctx.quotes[i]
    text = ctx.text
    by = AGENT_AFTER.match(text, q.outer_end, q.para_end, timeout=REGEX_TIMEOUT)
    if by is None or rejection_reason(text[q.start:q.end], embedded=True) not in AS_FRAME_MAY_CLAIM:
        return None
    if not LABELED_BEFORE.search(text, max(q.para_start, q.outer_start - 40), q.outer_start, timeout=REGEX_TIMEOUT):
        return None
    a = SUBJECT_AFTER.match(text, by.end(), q.para_end, timeout=REGEX_TIMEOUT)
    if a is None or not (a.group("name") or a.group("description")):
        return None
    return _decided(speaker_from(a, ctx), "labeled_by")


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


DIRECT_RULES = (transcript_label, signature_line, after_quote, speaker_label, before_quote, intro_paragraph,
                subject_verb, byline_paragraph)


def neighbour(i: int, ctx: Context) -> Attribution | None:
    """'"A," he said. "B."': a quote with no cue of its own shares its paragraph's speaker,
    taken from the nearest decided quote of the paragraph (the earlier one on a tie)."""
    n = len(ctx.quotes)
    for dist in range(1, n):
        inside = False
        for j in (i - dist, i + dist):
            if 0 <= j < n and _same_paragraph(ctx.quotes[i], ctx.quotes[j]):
                inside = True
                d = ctx.decided.get(j)
                if d is not None and not d.rule.startswith(NOT_SHARED_IN_PARAGRAPH):
                    own = _own_sentence_subject(i, j, d, ctx) or _own_after_frame(i, j, d, ctx)
                    if own is not None:
                        return own
                    return d.model_copy(update={"rule": "split_quote.v1",
                                                "confidence": CONFIDENCE["split_quote"]})
        if not inside:
            break
    return None


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
            return d.model_copy(update={"rule": "split_quote.v1", "confidence": CONFIDENCE["split_quote"]})
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
    m = SUBJECT_BEFORE.fullmatch(text, lead, cue.start(), timeout=REGEX_TIMEOUT) or \
        SUBJECT_BEFORE_POSTMOD.fullmatch(text, lead, cue.start(), timeout=REGEX_TIMEOUT)
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
        return d.model_copy(update={"rule": "continuation.v1", "confidence": CONFIDENCE["continuation"]})
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
    sp = _lead_sentence_speaker(start, colon.start(), ctx) or sentence_subject(start, colon.start(), ctx)
    return _decided(sp, "colon_lead") if sp is not None and sp.name else None


def attribute(ctx: Context) -> dict[int, Attribution]:
    """Attributions for every quote that a rule supports; the rest stay undecided."""
    for i in range(len(ctx.quotes)):
        ctx.deadline.check()
        for rule in DIRECT_RULES:
            d = rule(i, ctx)
            if d is not None:
                ctx.decided[i] = d
                break
    _share_with_nested(ctx)
    # neighbour scans a paragraph outward; only worth it where the paragraph has a decision
    # (and skipping the rest keeps a paragraph of thousands of undecided quotes linear)
    with_speaker = {ctx.quotes[j].para_start for j in ctx.decided} | \
        {ctx.quotes[j].para_end for j in ctx.decided}
    for i in range(len(ctx.quotes)):
        if i in ctx.decided:
            continue
        ctx.deadline.check()
        q = ctx.quotes[i]
        d = (neighbour(i, ctx) if {q.para_start, q.para_end} & with_speaker else None) \
            or continuation(i, ctx) or lead_paragraph(i, ctx) \
            or colon_lead(i, ctx) or framed_by_cue(i, ctx) or sentence_frame(i, ctx) or as_frame(i, ctx) or labeled_by(i, ctx)\
            or subject_frame(i, ctx)
        if d is not None:
            ctx.decided[i] = d
    return ctx.decided


def _share_with_nested(ctx: Context) -> None:
    """'“I'd rather live in what he calls “hell” than here,” ― Ann Cole': a quote nested in the
    next one (QuoteSpan.nested) is part of its words, so it takes that quote's named speaker
    over any frame of its own, which sits inside those words ("what he calls")."""
    for i, q in enumerate(ctx.quotes[:-1]):
        outer = ctx.decided.get(i + 1) if q.nested else None
        if outer is not None and outer.speaker.name is not None:
            ctx.decided[i] = outer.model_copy(update={"rule": "split_quote.v1",
                                                      "confidence": CONFIDENCE["split_quote"]})
