"""Properties of cleaning, extraction and the build on MUTATED SEED ARTICLES: the five real
articles in sources/, cut, duplicated, swapped, joined into one line, split, with quote
marks added or removed, odd Unicode inserted (control characters, NUL, combining marks,
right-to-left marks, astral characters), cases flipped and truncated.

Real text with real quotes, names and cues is where attribution rules fire; mutating it
reaches states the random texts of test_properties.py rarely do (a quote mark dropped in a
long attributed paragraph, a name split across lines, a paragraph duplicated).

Properties: analyse never raises; every offset it emits slices the text to the string it
claims; it is deterministic; cleaning is idempotent, removes whole lines only and records
each, and leaves a text whose extraction offsets are valid; a build over mutated articles
never raises and accounts for every input.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder import Article, analyse
from builder.models import Extraction
from builder.pipeline.clean import clean
from builder.pipeline.readers import parse_txt
from builder.publish.build import build

SOURCES = Path(__file__).resolve().parents[1] / "sources"
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]

MARKS = ['"', "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "'", "\u2019", "\u2018", "''"]
ODD = [
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x85", "\u2028", "\u2029",  # controls, breaks
    "\u0301", "\u0327", "\u0308\u0308\u0308", "\u20dd",  # combining marks (alone or stacked)
    "\u202e", "\u202b", "\u200f", "\u061c", "\u2066", "\u2069", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644",  # RTL
    "\U0001d518", "\U0001f600", "\U0001f1fa\U0001f1f8", "\U00020000", "\U0010fffd",  # astral (no surrogates)
    "\ufeff", "\u200b", "\u200d", "\u00a0", "\u3000", "\ufffd", "\r", "\r\n", "\t",
    "\u0130", "\u00df", "\u1e9e", "\ufb01",  # characters whose case mapping changes length
]
ODD_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4)


@st.composite
def mutation(draw, text: str) -> str:
    """One random edit of `text`."""
    n = len(text)
    i = draw(st.integers(0, n))
    j = draw(st.integers(i, min(n, i + draw(st.sampled_from([1, 10, 200, 5000])))))
    op = draw(st.sampled_from([
        "delete", "duplicate", "swap", "insert_mark", "delete_marks", "drop_one_mark", "join", "join_some",
        "split", "insert_odd", "case", "truncate", "retype_marks",
    ]))
    if op == "delete":
        return text[:i] + text[j:]
    if op == "duplicate":
        k = draw(st.integers(0, n))
        return text[:k] + text[i:j] + text[k:]
    if op == "swap":
        k = draw(st.integers(j, n))
        m = draw(st.integers(k, n))
        return text[:i] + text[k:m] + text[j:k] + text[i:j] + text[m:]
    if op == "insert_mark":
        marks = draw(st.lists(st.sampled_from(MARKS), min_size=1, max_size=3))
        return text[:i] + "".join(marks) + text[i:]
    if op == "delete_marks":
        mark = draw(st.sampled_from(MARKS))
        return text[:i] + text[i:j].replace(mark, "") + text[j:]
    if op == "drop_one_mark":
        where = [k for k, c in enumerate(text) if c in "\"\u201c\u201d\u00ab\u00bb\u201e'\u2019\u2018"]
        if not where:
            return text
        k = draw(st.sampled_from(where))
        return text[:k] + text[k + 1:]
    if op == "join":
        return text.replace("\n", draw(st.sampled_from(["", " "])))
    if op == "join_some":
        return text[:i] + text[i:j].replace("\n", " ") + text[j:]
    if op == "split":
        return text[:i] + draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n \n"])) + text[i:]
    if op == "insert_odd":
        odd = draw(st.one_of(st.lists(st.sampled_from(ODD), min_size=1, max_size=4).map("".join), ODD_TEXT))
        return text[:i] + odd + text[i:]
    if op == "case":
        how = draw(st.sampled_from([str.upper, str.lower, str.swapcase, str.title]))
        return text[:i] + how(text[i:j]) + text[j:]
    if op == "truncate":
        return text[:i]
    # retype_marks: the same quotes written with another convention
    old, new = draw(st.sampled_from(MARKS)), draw(st.sampled_from(MARKS))
    return text[:i] + text[i:j].replace(old, new) + text[j:]


@st.composite
def mutated_seeds(draw) -> str:
    """A seed article after 1-6 mutations."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 6))):
        text = draw(mutation(text))
    return text


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_offsets(text: str, result: Extraction, article_id: str) -> None:
    for q in result.quotes:
        assert q.article_id == article_id
        assert 0 <= q.quote_start <= q.quote_end <= len(text)
        assert text[q.quote_start:q.quote_end] == q.quote
        if q.speaker_start is not None or q.speaker_end is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
            assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
        if q.cue_start is not None or q.cue_end is not None:
            assert 0 <= q.cue_start <= q.cue_end <= len(text)
            assert text[q.cue_start:q.cue_end] == q.cue
        assert text[q.context_start:q.context_start + len(q.context)] == q.context
        assert q.context_start <= q.quote_start and q.quote_end <= q.context_start + len(q.context)
    for r in result.rejections:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text


def raw_article(text: str) -> Article:
    """The article the build's .txt reader makes of this text (first line the title)."""
    (article,) = parse_txt(text, "m", "m.txt") if text.strip() else (Article(id="m", text=text),)
    return article


@SETTINGS
@given(text=mutated_seeds())
def test_extraction_offsets_are_valid_on_mutated_seeds(text: str) -> None:
    check_offsets(text, analyse(Article(id="m", text=text), time_limit=None), "m")  # never raises


@SETTINGS
@given(text=mutated_seeds())
def test_extraction_is_deterministic_on_mutated_seeds(text: str) -> None:
    article = Article(id="m", text=text)
    assert analyse(article, time_limit=None) == analyse(article, time_limit=None)


@SETTINGS
@given(text=mutated_seeds())
def test_cleaning_is_idempotent_and_its_text_valid(text: str) -> None:
    once = clean(raw_article(text))
    assert clean(once) == once
    assert clean(raw_article(text)) == once  # deterministic
    check_offsets(once.text, analyse(once, time_limit=None), "m")


@SETTINGS
@given(text=mutated_seeds())
def test_cleaning_removes_whole_lines_and_records_them(text: str) -> None:
    cleaned = clean(raw_article(text))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw = Counter(ln.strip() for ln in lines if ln.strip())
    kept = Counter(ln.strip() for ln in cleaned.text.split("\n") if ln.strip())
    assert raw == kept + Counter(r.text for r in cleaned.removed)


GOOD = "Good news\n\n\u201cWe will win,\u201d said Jane Doe.\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(mutated_seeds(), min_size=1, max_size=4), as_jsonl=st.booleans())
def test_build_over_mutated_articles_accounts_for_every_input(tmp_path_factory, texts: list[str], as_jsonl: bool) -> None:
    tmp = tmp_path_factory.mktemp("build")
    src = tmp / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")  # so that the build always has an article
    expected = 1
    if as_jsonl:  # one record a line, plus a malformed line
        lines = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
        (src / "feed.jsonl").write_text("\n".join(lines + ['{"id": "bad", "text": "unterminated']) + "\n",
                                        encoding="utf-8")
        expected += len(texts) + 1
    else:
        for i, t in enumerate(texts):
            (src / f"m{i}.txt").write_bytes(t.encode("utf-8"))
        expected += len(texts)
    summary = build(src, tmp / "dist")  # never raises: the good article is always built
    c = summary["counts"]
    assert c["articles"] + c["skipped"] == expected
    assert not [s for s in summary["skipped"] if s["reason"].startswith(("clean_failed", "extract_failed"))]
    on_disk = json.loads((tmp / "dist" / "build.json").read_text(encoding="utf-8"))
    assert on_disk["counts"] == c
    rows = sum(1 for _ in (tmp / "dist/data/articles/articles-00000.jsonl").open(encoding="utf-8"))
    assert rows == c["articles"]
