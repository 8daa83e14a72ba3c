"""Cleaning: drop page furniture from a raw article before its text is frozen.

Scraped news text carries lines that are not the article: image captions and photo credits
("Bashar Al-Assad" then "Bashar Al-AssadReuters"), "2 min read", "Leave a comment", captcha
lines ("nine − 7 ="), "Short link :", share/follow prompts, bylines, repeated headlines.
`clean` removes whole lines only, never edits inside a line, and records every removed line
with its reason in `Article.removed`. Date and outlet lines become metadata (`published`,
`outlet`) where the record did not already carry them. After `clean` the text is frozen:
every offset the later stages produce points into the cleaned text.

Besides removals, cleaning normalises line ends (CRLF/CR -> LF), strips trailing spaces and
collapses runs of blank lines into one; those whitespace changes are not recorded.
`clean` is idempotent: cleaning a cleaned article changes nothing.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from builder.lexicon import BOILERPLATE, MONTH_OF, SHARE_PHRASES
from builder.models import Article, Removal
from builder.patterns import (
    BYLINE, CAPTCHA, CAPTION_CREDIT, CONTRIBUTOR_NOTE, CREDIT_SUFFIX, DATE_LINE, READING_TIME, SHORT_LINK,
    SOURCE_LINE,
)

# A furniture line (share prompt, short link) is short. 25 words: the longest such line in the
# seed corpus has 14 words ("For the latest on Syria ... follow us on Twitter :"), while real
# paragraphs that mention "follow us" run to 30+ words; 25 leaves room without eating prose.
MAX_FURNITURE_WORDS = 25
# An image caption is at most this many words. The seed captions have 3-19 words; news
# captions rarely pass 40, and a body paragraph ending in "(Reuters)" usually does.
MAX_CAPTION_WORDS = 40
# A "Source: X" line names an outlet only when X is short (outlet names are 1-6 words).
MAX_OUTLET_WORDS = 6


def _words(line: str) -> int:
    return len(line.split())


def parse_date_line(line: str) -> datetime | None:
    """The date a date-only line states ("27 August, 2018"), or None."""
    m = DATE_LINE.match(line.strip())
    if m is None:
        return None
    g = m.groupdict()
    year = int(g["y1"] or g["y2"] or g["y3"])
    day = int(g["d1"] or g["d2"] or g["d3"])
    month_word = (g["m1"] or g["m2"] or "").lower()
    month = MONTH_OF[month_word] if month_word else int(g["m3"])
    hour, minute = int(g["hh"] or 0), int(g["mm"] or 0)
    if g["ampm"] and g["ampm"].lower() == "p" and hour < 12:
        hour += 12
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:  # "31 February": not a date, keep the line
        return None


def source_outlet(line: str) -> str | None:
    """The outlet a "Source: X" line names, or None."""
    m = SOURCE_LINE.match(line.strip())
    if m is None or _words(m["outlet"]) > MAX_OUTLET_WORDS:
        return None
    return m["outlet"]


def line_reason(line: str) -> str | None:
    """Why a single line (judged alone) is page furniture, or None if it is text."""
    s = line.strip()
    if not s:
        return None
    if s.lower().rstrip(" :.").strip() in BOILERPLATE:
        return "boilerplate"
    if READING_TIME.match(s):
        return "reading_time"
    if CAPTCHA.match(s):
        return "captcha"
    if SHORT_LINK.match(s):
        return "short_link"
    words = _words(s)
    if words <= MAX_FURNITURE_WORDS and any(p in s.lower() for p in SHARE_PHRASES):
        return "share_prompt"
    if words <= MAX_CAPTION_WORDS and CAPTION_CREDIT.search(s):
        return "image_caption"
    if BYLINE.match(s):
        return "byline"
    if CONTRIBUTOR_NOTE.match(s):
        return "contributor_note"
    if parse_date_line(s) is not None:
        return "date_line"
    if source_outlet(s) is not None:
        return "source_line"
    return None


def _caption_pairs(lines: list[str], keep: list[bool]) -> Iterator[int]:
    """Indexes of caption pairs: a line followed by the same line plus a photo credit."""
    shown = [i for i, ln in enumerate(lines) if keep[i] and ln.strip()]
    for a, b in zip(shown, shown[1:]):
        first, second = lines[a].strip(), lines[b].strip()
        if second.startswith(first) and CREDIT_SUFFIX.match(second[len(first):]):
            yield a
            yield b


def _clean_once(article: Article) -> Article:
    lines = article.text.split("\n")
    reasons: list[str | None] = [line_reason(ln) for ln in lines]
    keep = [r is None for r in reasons]
    for i in _caption_pairs(lines, keep):
        reasons[i], keep[i] = "image_caption", False

    published, outlet = article.published, article.outlet
    for ln, why in zip(lines, reasons):
        if why == "date_line" and published is None:
            published = parse_date_line(ln)
        elif why == "source_line" and outlet is None:
            outlet = source_outlet(ln)

    seen: set[str] = set()
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not keep[i] or not s:
            continue
        if outlet and s.casefold() == outlet.casefold():
            reasons[i], keep[i] = "outlet_line", False
        elif s in seen:
            reasons[i], keep[i] = "duplicate_line", False
        seen.add(s)

    removed = [Removal(reason=why, text=ln.strip()) for ln, why, k in zip(lines, reasons, keep) if not k]
    text = _normalise_blank_lines(ln.rstrip() for ln, k in zip(lines, keep) if k)
    title = article.title
    if title and title.strip() in {r.text for r in removed} and title.strip() not in text.split("\n"):
        title = None  # the "title" line was furniture (a caption), so the title is unknown
    return article.model_copy(update={
        "text": text, "title": title, "published": published, "outlet": outlet,
        "removed": article.removed + tuple(removed),
    })


def _normalise_blank_lines(lines: Iterable[str]) -> str:
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def clean(article: Article) -> Article:
    """The article with furniture lines removed (and recorded) and metadata lifted out."""
    text = article.text.replace("\r\n", "\n").replace("\r", "\n")
    current = _clean_once(article.model_copy(update={"text": text}))
    while True:  # removing a line can make two others adjacent (a caption pair): repeat
        again = _clean_once(current)
        if again.text == current.text and again.title == current.title:
            return again
        current = again
