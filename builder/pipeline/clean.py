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

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import cache
from importlib import resources

from builder.models import Article, Removal

# A furniture line (share prompt, short link) is short. 25 words: the longest such line in the
# seed corpus has 14 words ("For the latest on Syria ... follow us on Twitter :"), while real
# paragraphs that mention "follow us" run to 30+ words; 25 leaves room without eating prose.
MAX_FURNITURE_WORDS = 25
# An image caption is at most this many words. The seed captions have 3-19 words; news
# captions rarely pass 40, and a body paragraph ending in "(Reuters)" usually does.
MAX_CAPTION_WORDS = 40
# A "Source: X" line names an outlet only when X is short (outlet names are 1-6 words).
MAX_OUTLET_WORDS = 6


@cache
def _phrases(name: str) -> tuple[str, ...]:
    """Non-comment lines of builder/data/<name>.txt, stripped and lower-cased."""
    text = resources.files("builder.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    lines = (ln.strip().lower() for ln in text.splitlines())
    return tuple(ln for ln in lines if ln and not ln.startswith("#"))


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of the given words, longest first so that prefixes never win."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


CREDITS = _alternation(_phrases("clean_photo_credits"))
NUMBERS = _alternation(_phrases("clean_number_words"))
MONTH_OF = {name: i for i, line in enumerate(_phrases("clean_months"), 1) for name in line.split()}
MONTHS = _alternation(MONTH_OF)
BOILERPLATE = frozenset(_phrases("clean_boilerplate"))
SHARE_PHRASES = _phrases("clean_share_phrases")

READING_TIME = re.compile(r"""
    ^\d{1,3}\s*                  # "2" - minutes
    (?:min|mins|minutes?)\.?     # "min", "mins", "minute(s)"
    \s+read$                     # "read", nothing after
""", re.VERBOSE | re.IGNORECASE)

CAPTCHA = re.compile(rf"""
    ^(?:\d{{1,3}}|{NUMBERS})      # first operand: "nine" or "9"
    \s*[-−–+×x*/]\s*              # an arithmetic operator, ASCII or typographic
    (?:\d{{1,3}}|{NUMBERS})       # second operand
    \s*=\s*                       # the equals sign the reader must complete
    (?:\d{{1,3}}|_+|\?)?$         # an empty answer, a blank or a question mark
""", re.VERBOSE | re.IGNORECASE)

SHORT_LINK = re.compile(r"""
    ^[\W_]*               # bullets or punctuation before it ("• Short link :")
    short\s*link\b        # the label
    \s*:?                 # its colon
    \s*\S{0,200}$         # and at most the link itself
""", re.VERBOSE | re.IGNORECASE)

CAPTION_CREDIT = re.compile(rf"""
    (?: [\[(]\s*                          # "[Getty]", "(Reuters)", "(Photo: AFP)"
          (?:photo\s*:\s*)?               #   optional "Photo:" label inside the brackets
          (?:{CREDITS})\s*[\])]           #   a known credit, closed
      | (?<=[.!?])\s*(?:file\ photo)      # "... near Aleppo. File photo"
      | \b(?:photo|image|picture)\s*(?:credit)?\s*:\s*[^.!?]{{1,60}}  # "Photo: J. Smith/AFP"
    )\s*$                                 # at the very end of the line
""", re.VERBOSE | re.IGNORECASE)

CREDIT_SUFFIX = re.compile(rf"""
    ^\s*[/|,-]?\s*          # optional separator between caption and credit
    (?:{CREDITS})           # a known photo credit, e.g. "Reuters"
    \s*$                    # and nothing else
""", re.VERBOSE | re.IGNORECASE)

BYLINE = re.compile(r"""
    ^(?i:(?:reporting|written|edited|reported|words|text)\s+)?  # "Reporting by", "Written by"
    (?i:by)\s*:?\s+                                  # "by" / "By:"
    [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}         # one name of 1-5 capitalised words
    (?:\s*(?:,|&|\band\b)\s*                         # further names, joined by , & and
       [A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*
    \s*$                                             # nothing else on the line
""", re.VERBOSE)

CONTRIBUTOR_NOTE = re.compile(r"""
    ^(?:(?:[A-Z][\w.&'’-]*|and)\s+){1,6}       # "AFP", "Reuters and AFP", "Staff writers"
    contributed\s+(?:reporting\s+)?to\s+this   # "contributed (reporting) to this"
    \s+(?:article|report|story)\.?$            # "article." and nothing else
""", re.VERBOSE)

SOURCE_LINE = re.compile(r"""
    ^(?i:source)\s*:\s*        # "Source:" label
    (?P<outlet>\S.*?)          # the outlet name, e.g. "ARA News"
    \s*$
""", re.VERBOSE)

DATE_LINE = re.compile(rf"""
    ^(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?          # optional label
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?          # optional weekday
    (?: (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>\d{{4}})   # 27 August, 2018
      | (?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})    # August 27, 2018
      | (?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})                               # 2018-08-27
    )
    (?:\s*[,|–-]?\s*(?P<hh>\d{{1,2}}):(?P<mm>\d{{2}})          # optional time "10:42"
       (?:\s*(?P<ampm>[ap])\.?m\.?)?                           # "am" / "p.m."
       (?:\s*(?:GMT|UTC))?)?                                   # "GMT"
    $
""", re.VERBOSE | re.IGNORECASE)


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
