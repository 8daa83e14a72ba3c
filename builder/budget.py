"""Time budget of one article's extraction: a pathological input is skipped, never hangs a build.

Every regex call over article text already carries REGEX_TIMEOUT; this bounds the sum, since
a long article makes many calls. Stages call `check()` once per unit of work (a mention, a quote).
"""
from __future__ import annotations

import time

# Seconds one article may take. The slowest input measured, a 2 MB paragraph with no line
# break holding 39,000 quotes (benchmarks/pathological.py), takes about 5 s; a typical news
# article takes 3 ms. 30 s leaves room for a slow machine and still bounds a 100,000-article build.
ARTICLE_TIME_LIMIT = 30.0


class ExtractTimeout(TimeoutError):
    """An article exceeded its time budget; the build records it as a skip."""


class Deadline:
    """A point in monotonic time after which `check()` raises ExtractTimeout."""

    def __init__(self, seconds: float | None = ARTICLE_TIME_LIMIT):
        self.seconds = seconds
        self.at = float("inf") if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise ExtractTimeout(f"extraction took over {self.seconds:g} s")


NO_DEADLINE = Deadline(None)
