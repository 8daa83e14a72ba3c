"""Attribute: decide who said each quote, by rules tried in order.

Each rule is a plain function of (quote, context) returning an Attribution or None.
Rule ids are versioned: bump the version when a rule's behaviour changes, so a dataset
row always names the rule revision that decided it.

The stages live in this package's modules (context, confidence, names, pronouns, mentions,
subjects, clause_subjects, before, after, paragraph, frames); this module holds the order the
rules are tried in.
"""
from __future__ import annotations

from builder.pipeline.attribute.context import SUBJECT_MAX_CHARS, Speaker, Attribution, Context
from builder.pipeline.attribute.confidence import CONFIDENCE, rule_id
from builder.pipeline.attribute.subjects import subject_ending_at
from builder.pipeline.attribute.before import before_quote, source_closing_own_sentence
from builder.pipeline.attribute.after import after_quote
from builder.pipeline.attribute.paragraph import (
    neighbour, sentence_frame, continuation, lead_paragraph, colon_lead, reported_view,
)
from builder.pipeline.attribute.frames import (
    speaker_label, transcript_label, intro_paragraph, subject_verb, framed_by_cue, as_frame, labeled_by, subject_frame,
    byline_paragraph, signature_line,
)

__all__ = [
    "Attribution", "CONFIDENCE", "Context", "DIRECT_RULES", "SUBJECT_MAX_CHARS", "Speaker", "attribute",
    "subject_ending_at",
]

# colon_lead decisions, which the paragraph's later quotes may share (attribute)
COLON_LEAD = rule_id("colon_lead")
DIRECT_RULES = (transcript_label, signature_line, after_quote, speaker_label, before_quote, intro_paragraph,
                subject_verb, byline_paragraph)


def attribute(ctx: Context) -> dict[int, Attribution]:
    """Attributions for every quote that a rule supports; the rest stay undecided."""
    for i in range(len(ctx.quotes)):
        ctx.deadline.check()
        for rule in DIRECT_RULES:
            d = rule(i, ctx)
            if d is not None:
                ctx.decided[i] = _as_frame_over_inferred_subject(i, d, ctx)
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
        # as_frame before neighbour: a presenting verb's "as" names the wording's owner, where the
        # paragraph's other speaker would hand it to split_quote (and reject.py drops a title there)
        d = source_closing_own_sentence(i, ctx) or as_frame(i, ctx) or \
            (neighbour(i, ctx) if {q.para_start, q.para_end} & with_speaker else None) \
            or continuation(i, ctx) or lead_paragraph(i, ctx) \
            or colon_lead(i, ctx) or framed_by_cue(i, ctx) or sentence_frame(i, ctx) or labeled_by(i, ctx)\
            or subject_frame(i, ctx) or reported_view(i, ctx)
        if d is not None:
            ctx.decided[i] = d
            if d.rule == COLON_LEAD:
                # a colon lead introduces the run of quotes after it ('Obama's questioners ranged from
                # skeptical to hostile: "Q1" . . . "Q2"'), so neighbour may share it with the later ones
                # (train: 2 quotes wrong to right; sharing every rule of this loop's decisions also
                # kept a scare quote and named 2 unattributed spans)
                with_speaker |= {q.para_start, q.para_end}
    return ctx.decided


# Decisions whose speaker is inferred for a participle cue ("..., denouncing him as"), not read
# before it: as_frame reads the participle's subject in its own sentence
INFERRED_SUBJECT = rule_id("clause_subject")


def _as_frame_over_inferred_subject(i: int, d: Attribution, ctx: Context) -> Attribution:
    """'Mrs. Clinton and her surrogates are responding, ... - "Q1," one Clinton ad declared - or
    denouncing him as a "psychopath."': a participle cue that presents its object as the quote
    (data/as_frame_verbs.txt; "denounce", "mock" and "blast" are speech cues too) has the subject
    of its own sentence, which as_frame reads; clause_subject guesses it from the clause before
    it (here the aside's "one Clinton ad")."""
    if d.rule != INFERRED_SUBJECT or not (d.cue or "").lower().endswith("ing"):
        return d
    framed = as_frame(i, ctx)
    return framed if framed is not None and framed.cue_start == d.cue_start else d


def _share_with_nested(ctx: Context) -> None:
    """'“I'd rather live in what he calls “hell” than here,” ― Ann Cole': a quote nested in the
    next one (QuoteSpan.nested) is part of its words, so it takes that quote's named speaker
    over any frame of its own, which sits inside those words ("what he calls")."""
    for i, q in enumerate(ctx.quotes[:-1]):
        outer = ctx.decided.get(i + 1) if q.nested else None
        if outer is not None and outer.speaker.name is not None:
            ctx.decided[i] = outer.model_copy(update={"rule": rule_id("split_quote"),
                                                      "confidence": CONFIDENCE["split_quote"]})
