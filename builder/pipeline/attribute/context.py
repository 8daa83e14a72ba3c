"""Attribute, shared ground: the Speaker and Attribution records, the Context the rules read,
and the thresholds more than one stage uses."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from pydantic import BaseModel, ConfigDict

from builder.budget import NO_DEADLINE, Deadline
from builder.lexicon import NOT_SPEAKER_LABELS, TITLES
from builder.models import SpeakerKind
from builder.patterns import AUTHOR_BIO, OWNER_BEFORE, REGEX_TIMEOUT, SENTENCE_END, TRANSCRIPT_LABEL, WORD
from builder.pipeline.quotes import QuoteSpan
from builder.pipeline.reject import rejection_reason
from builder.pipeline.segment import paragraphs, sentence_bounds
from builder.pipeline.speakers import NameIndex

# A cue this far past the closing mark is not the quote's own cue (characters). Tuned on PolNeAR
# train: 120 -> 150 took '"Q" that would respond to ..., Justice Department senior trial counsel
# Caroline Lewis Wolverton wrote' (+1 speaker, nothing else moved on train or dev).
MAX_POST_CUE_DISTANCE = 150
# How far before a cue its subject phrase may start. The longest subject matched on PolNeAR
# train (a name with a long apposition) spans 140 characters; 300 leaves room, and keeps
# the search from trying every split of a long capitalised run further back.
SUBJECT_MAX_CHARS = 300
ARTICLES = frozenset({"the", "a", "an"})
# How many of a sentence's first commas clause_subject looks past for a subject when none
# opens the sentence (tuned on PolNeAR train, speaker_name_accuracy: 0 commas 0.8248, 1 0.8256,
# 2 0.8259, 3 0.8260, 5 0.8260).
CLAUSE_SUBJECT_MAX_COMMAS = 3
# A quote ending in one of these leaves its sentence open for the words after it.
SENTENCE_GOES_ON = frozenset(",?!")
# The writer's words before a quote ending in one of these end their sentence before it.
SENTENCE_ENDERS = frozenset(".!?")
# A quote ending in one of these closed its sentence ('"?" and "!" often do not: '"Q?" X asked').
SENTENCE_CLOSERS = frozenset(".")
# Characters past a window that SENTENCE_END's lookahead reads (a blank, up to two opening
# marks and a capital: SENTENCE_END_NEEDS), so that an end right before the window's limit counts.
SENTENCE_END_LOOKAHEAD = 4
# How many of an article's last paragraphs are read for the writer's bio line: the bio itself
# and one line after it ("Follow him on Twitter @..."). On PolNeAR train every closing bio
# line of an op-ed with a first-person narrator is one of the last two paragraphs.
AUTHOR_BIO_PARAGRAPHS = 2


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
    def author(self) -> Speaker | None:
        """The writer, when a closing bio line names them ("Joel B. Pollak is Senior Editor-at-
        Large at Breitbart News."): the one person who opens a sentence of the last
        AUTHOR_BIO_PARAGRAPHS paragraphs with "is"/"was" and a role, and whom the article's body
        does not name before (a headline may: "Ann Coulter: And Then There Was the One"). What the writer's own "I" stands for; None when the close names no
        one, or several ("Gina Glantz is founder of ... Julie Burton is president of ...")."""
        close = list(paragraphs(self.text))[-AUTHOR_BIO_PARAGRAPHS:]
        if not close:
            return None
        bios = [m for ps, pe in close for m in self.names.mentions_in(ps, pe)
                if m.kind == "person" and self._opens_sentence_after_titles(m.start)
                and AUTHOR_BIO.match(self.text, m.end, pe, timeout=REGEX_TIMEOUT)]
        if len({m.tokens[-1] for m in bios}) != 1:
            return None
        bio = bios[0]
        headline_end = next(paragraphs(self.text))[1]
        if any(m.tokens[-1] == bio.tokens[-1] for m in self.names.mentions_in(headline_end, bio.start)):
            return None  # named in the body: someone the article is about, not its writer
        canon = self.names.canonical(bio.tokens, "person")
        return Speaker(name=" ".join(canon), mention=self.text[bio.start:bio.end], start=bio.start,
                       end=bio.end, kind="person")

    def _opens_sentence_after_titles(self, at: int) -> bool:
        """Whether only titles stand between the sentence's start and `at` ("Mr. Phillips is")."""
        s0, _ = self.names.sentence_span(at)
        return all(w.lower().rstrip(".") in TITLES for w in WORD.findall(self.text[s0:at]))

    def inside_quote(self, at: int) -> bool:
        """Whether `at` lies between the marks of one of the article's quotes."""
        return any(q.outer_start <= at < q.outer_end for q in self.quotes)

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
        if j >= 0 and self.quotes[j].para_end > q.para_start and \
                (j not in self.decided and _title_in_apposition(self.quotes[j], self.text)
                 or _owned_title(self.quotes[j], self.text)):
            j -= 1  # one title in the speaker's apposition: 'As Akhil Amar, author of "America's
            # Unwritten Constitution," put it, "Q"', or a show its owner names: 'Sanders visited
            # NBC's "Today" to discuss his rival, Clinton, saying "Q"' (one only, so a run of
            # titles stays linear)
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

    def sentence_runs_past(self, i: int, at: int) -> bool:
        """Whether the sentence of quote i goes on past `at` (an opening mark): the same as
        `at < statement_end(i)`, but read no further than `at`, where statement_end reads to
        the sentence's end, in a paragraph of thousands of quotes and no full stop its end,
        for every quote."""
        q = self.quotes[i]
        end = SENTENCE_END.search(self.text, q.outer_end, min(q.para_end, at + SENTENCE_END_LOOKAHEAD),
                                  timeout=REGEX_TIMEOUT)
        return end.end() > at if end is not None else at < q.para_end

    def right_window(self, i: int) -> int:
        """Where the words after quote i end: its sentence, not past the next quote."""
        q = self.quotes[i]
        ceil = q.para_end
        if i + 1 < len(self.quotes) and self.quotes[i + 1].para_start < q.para_end:  # same paragraph
            ceil = min(ceil, self.quotes[i + 1].outer_start)
        bounds = sentence_bounds(self.text, q.outer_end, ceil)
        return bounds[1] if len(bounds) > 1 else ceil


# How far before a title's opening mark its owner's possessive may end (characters): "NBC's ".
OWNED_TITLE_WINDOW = 8


def _owned_title(q: QuoteSpan, text: str) -> bool:
    """A Title Case span right after a possessive ('NBC's "Meet the Press"'): a show or a work
    its owner names, never a statement of its own (reject.py drops it whichever rule claimed it)."""
    lo = max(q.para_start, q.outer_start - OWNED_TITLE_WINDOW)
    return OWNER_BEFORE.search(text, lo, q.outer_start, timeout=REGEX_TIMEOUT) is not None and \
        rejection_reason(text[q.start:q.end], embedded=True, owned=True) == "title"


def _title_in_apposition(q: QuoteSpan, text: str) -> bool:
    """A title closed with the comma of an apposition ('author of "Going Viral,"'): part of
    the words that name the next quote's speaker, not a statement of its own."""
    return text[q.end - 1:q.end] == "," and rejection_reason(text[q.start:q.end], embedded=True) == "title"
