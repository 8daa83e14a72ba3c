"""Why an unattributed quote-mark span is not speech: titles, scare quotes, non-text.

Only spans that no attribution rule claimed reach here; a cue always wins over these."""
from __future__ import annotations

import regex

from builder.patterns import WORD

# Unattributed embedded quotes this short are scare quotes or labels ("terrorists",
# "advisors", the "Buffett rule"), not speech. Tuned on PolNeAR train (quote F1 / pair F1):
# 2 -> 0.959/0.732, 4 -> 0.953/0.737, 6 -> 0.951/0.738, 8 -> 0.949/0.740; 4 keeps quote
# F1 clear of its 0.95 target. Longer unattributed spans are mostly real quotes.
SCARE_MAX_WORDS = 4
# Title-case runs up to this long are titles of works, shows, slogans or headlines.
TITLE_MAX_WORDS = 10
SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to with vs".split())
NON_TEXT = regex.compile(
    r"""
    ^(?:
        (?:https?://|www\.)\S+        # a link
      | @\w+                          # a handle
      | [\d\s.,:/\-]+                 # numbers and dates only
    )$
    """,
    regex.VERBOSE,
)


def rejection_reason(quote: str, embedded: bool) -> str | None:
    """The reason a quote without attribution is not speech, or None to keep it."""
    q = quote.strip()
    if NON_TEXT.match(q) or not regex.search(r"\p{L}", q):
        return "not_text"
    words = WORD.findall(q)
    if 2 <= len(words) <= TITLE_MAX_WORDS and all(
            w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words) \
            and words[0][0].isupper():
        return "title"
    if embedded and len(words) <= SCARE_MAX_WORDS:
        return "scare_quote"
    return None
