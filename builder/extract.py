"""extract: one article in, its attributed quotes out. Pure and deterministic.

Runs the pipeline stages in order: segment -> quotes -> speakers -> attribute, then turns
each quote span into a Quote record, or a Rejection with its reason."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from builder.budget import ARTICLE_TIME_LIMIT, Deadline
from builder.models import Article, Extraction, Quote, Rejection
from builder.pipeline import readers
from builder.patterns import OWNER_BEFORE, REGEX_TIMEOUT
from builder.pipeline.attribute import Attribution, Context, attribute
from builder.pipeline.attribute.confidence import rule_id
from builder.pipeline.quotes import QuoteSpan, find_quotes
from builder.pipeline.reject import rejection_reason, unclaimed_reason
from builder.pipeline.segment import last_char, paragraphs
from builder.pipeline.speakers import NameIndex

# Confidence of a quote emitted without a speaker: the mark span is certain, who said it is not.
UNATTRIBUTED_CONFIDENCE = 0.3
# A quote's context is its paragraph; a paragraph longer than this (no PolNeAR train paragraph
# exceeds 2,573 characters) is cut to CONTEXT_MARGIN characters either side of the quote, so a
# scraped page with no line breaks cannot make every row carry megabytes.
CONTEXT_MAX_CHARS = 4000
CONTEXT_MARGIN = 1000
# How far before an opening mark a possessive is looked for (characters): "NBC's " and blanks.
OWNER_WINDOW = 8
# How much of the paragraph either side of a quote's marks reject.py's layout checks read
# (characters): enough for a digest byline, "by The Wall Street Journal's Jennifer Smith:".
LAYOUT_WINDOW = 80
# Spaces that attribution reads as a plain space ("Trump\u00a0said"); one code point each, so
# offsets into the matching text are offsets into the article.
PLAIN_SPACES = "\u00a0\u2007\u2009\u202f"


def _as_article(article: Article | str) -> Article:
    return article if isinstance(article, Article) else Article(id="", text=article)


def analyse(article: Article | str, time_limit: float | None = ARTICLE_TIME_LIMIT) -> Extraction:
    """Quotes and rejected quote-mark spans of one article. Raises ExtractTimeout when it
    takes over `time_limit` seconds (None: no limit), TimeoutError when one regex call does."""
    deadline = Deadline(time_limit)
    art = _as_article(article)
    text = art.text
    paras = list(paragraphs(text))
    spans = find_quotes(text, paras)
    plain = _plain_spaces(text)
    names = NameIndex(plain, deadline)
    names.mask([(q.start, q.end) for q in spans])
    ctx = Context(text=plain, names=names, quotes=spans, deadline=deadline)
    decided = attribute(ctx)
    reasons = []
    for i, q in enumerate(spans):
        deadline.check()
        reasons.append(None if q.withheld else _reason(text, q, decided.get(i)))
    quotes, rejections = [], []
    for i, q in enumerate(spans):
        if q.withheld:  # a quote closed by a misread opener: gold pairing loses it (quotes._misread_closer)
            continue
        d = decided.get(i)
        embedded = _embedded(text, q)
        # a quote nested in the next one (quotes.paragraph_quotes) is part of its words: it
        # stands or falls with it, a scare quote or title of the speaker's own included
        reason = reasons[i + 1] if q.nested else reasons[i]
        if reason:
            rejections.append(Rejection(article_id=art.id, text=text[q.start:q.end],
                                        start=q.start, end=q.end, reason=reason))
            continue
        quotes.append(_record(art.id, text, q, d, embedded))
    return Extraction(quotes=tuple(quotes), rejections=tuple(rejections))


def _reason(text: str, q: QuoteSpan, d: Attribution | None) -> str | None:
    """Why the span is no quote of speech, or None."""
    embedded = _embedded(text, q)
    if q.after_closer:  # narration after a closer typed as an opener (quotes._misread_closer)
        return "not_text"
    if d is None:
        return unclaimed_reason(text[q.start:q.end], embedded, _owned(text, q), *_surroundings(text, q))
    return rejection_reason(text[q.start:q.end], embedded, d.rule, d.speaker.kind, _owned(text, q),
                            *_surroundings(text, q))


def extract(article: Article | str) -> list[Quote]:
    """Every quotation of the article with its speaker (None where nothing supports one)."""
    return list(analyse(article).quotes)


def _plain_spaces(text: str) -> str:
    """text with every PLAIN_SPACES character made a space (str.replace per character is
    several times faster than str.translate, and most articles hold none of them)."""
    for c in PLAIN_SPACES:
        if c in text:
            text = text.replace(c, " ")
    return text


def _embedded(text: str, q: QuoteSpan) -> bool:
    """A quote that sits inside a sentence of the writer's, rather than standing alone."""
    before = last_char(text, q.para_start, q.outer_start)
    if before in ("", ":", ".", "?", "!"):
        return False
    return not (text[q.start:q.start + 1].isupper() and before == ",")


def _owned(text: str, q: QuoteSpan) -> bool:
    """A possessive right before the quote's opening mark: 'on NBC's "Meet the Press"'."""
    lo = max(q.para_start, q.outer_start - OWNER_WINDOW)
    return OWNER_BEFORE.search(text, lo, q.outer_start, timeout=REGEX_TIMEOUT) is not None


def _surroundings(text: str, q: QuoteSpan) -> tuple[str, str]:
    """The paragraph's text just before the opening mark and just after the closing mark."""
    end = text.find("\n", q.outer_end, q.para_end)
    end = q.para_end if end < 0 else end
    return (text[max(q.para_start, q.outer_start - LAYOUT_WINDOW):q.outer_start],
            text[q.outer_end:min(end, q.outer_end + LAYOUT_WINDOW)])


def _record(article_id: str, text: str, q: QuoteSpan, d: Attribution | None, embedded: bool) -> Quote:
    kind = "multi_paragraph" if q.paragraphs > 1 else ("partial" if embedded else "full")
    cs, ce = q.para_start, q.para_end
    if ce - cs > CONTEXT_MAX_CHARS:
        cs, ce = max(cs, q.start - CONTEXT_MARGIN), min(ce, q.end + CONTEXT_MARGIN)
    base = dict(article_id=article_id, quote=text[q.start:q.end], quote_start=q.start,
                quote_end=q.end, quote_kind=kind, context=text[cs:ce], context_start=cs)
    if d is None:
        return Quote(**base, rule=rule_id("no_attribution"), confidence=UNATTRIBUTED_CONFIDENCE)
    sp = d.speaker
    # rules read the text with plain spaces; mention and cue are sliced from the frozen text
    mention = text[sp.start:sp.end] if sp.start is not None and sp.end is not None else sp.mention
    cue = text[d.cue_start:d.cue_end] if d.cue_start is not None and d.cue_end is not None else d.cue
    return Quote(**base, speaker=sp.name, speaker_mention=mention, speaker_start=sp.start,
                 speaker_end=sp.end, speaker_kind=sp.kind if sp.name else None, cue=cue,
                 cue_start=d.cue_start, cue_end=d.cue_end, rule=d.rule,
                 confidence=d.confidence if sp.name else UNATTRIBUTED_CONFIDENCE)


def extract_paths(paths: Iterable[str | Path], out: Path, rejections: Path | None = None) -> dict:
    """Extract every article under `paths` into JSONL at `out`; counts of what happened."""
    counts: Counter[str] = Counter()
    skipped: list[dict] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    rej_fh = rejections.open("w", encoding="utf-8") if rejections else None
    try:
        with out.open("w", encoding="utf-8") as fh:
            for item in readers.read(paths):
                if isinstance(item, readers.Skip):
                    counts["skipped"] += 1
                    skipped.append(item.model_dump())
                    continue
                result = analyse(item)
                counts["articles"] += 1
                counts["quotes"] += len(result.quotes)
                counts["rejected"] += len(result.rejections)
                for q in result.quotes:
                    fh.write(json.dumps(q.model_dump(), ensure_ascii=False) + "\n")
                if rej_fh:
                    for r in result.rejections:
                        rej_fh.write(json.dumps(r.model_dump(), ensure_ascii=False) + "\n")
    finally:
        if rej_fh:
            rej_fh.close()
    return {"articles": counts["articles"], "quotes": counts["quotes"],
            "rejected": counts["rejected"], "skipped": skipped}
