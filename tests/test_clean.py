"""Cleaning on the real seed articles: what it removes (and records), what it keeps, the
metadata it lifts out, and that it is idempotent."""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.models import Article
from builder.pipeline.clean import clean, line_reason, parse_date_line
from builder.pipeline.readers import read

SOURCES = Path(__file__).resolve().parents[1] / "sources"
MANIFEST = {e["path"]: e for e in json.loads((SOURCES / "manifest.json").read_text())["articles"]}


def seed(name: str) -> Article:
    (article,) = read([SOURCES / f"{name}.txt"])
    return article


def reasons(article: Article) -> list[str]:
    return [r.reason for r in article.removed]


@pytest.mark.parametrize("name", [p.removesuffix(".txt") for p in MANIFEST])
def test_cleaning_finds_the_metadata_the_manifest_records(name: str) -> None:
    cleaned, entry = clean(seed(name)), MANIFEST[f"{name}.txt"]
    assert cleaned.title == entry["title"]
    assert cleaned.outlet == entry["outlet"]
    expected = entry["published"] and datetime.fromisoformat(entry["published"])
    assert cleaned.published == (expected or None)


@pytest.mark.parametrize("name", [p.removesuffix(".txt") for p in MANIFEST])
def test_every_raw_line_is_kept_or_recorded(name: str) -> None:
    raw = seed(name)
    cleaned = clean(raw)
    raw_lines = Counter(ln.strip() for ln in raw.text.splitlines() if ln.strip())
    kept = Counter(ln.strip() for ln in cleaned.text.splitlines() if ln.strip())
    assert raw_lines == kept + Counter(r.text for r in cleaned.removed)
    assert clean(cleaned) == cleaned  # idempotent on real text


def test_ara_news_furniture_is_removed_and_the_outlet_lifted() -> None:
    cleaned = clean(seed("001_d69ae2d23fa65701"))
    assert reasons(cleaned) == ["image_caption", "outlet_line", "byline", "source_line", "share_prompt",
                                "short_link", "boilerplate", "captcha"]
    for gone in ("File photo", "Leave a comment", "nine − 7 =", "Short link", "follow us on Twitter",
                 "Reporting by", "Source: ARA News"):
        assert gone not in cleaned.text
    assert cleaned.outlet == "ARA News"
    assert cleaned.text.startswith("Syrian regime at stake, Defense Minister in Tehran asking for assistance\n\n"
                                   "Beirut, Lebanon\xa0– On Tuesday")
    assert cleaned.text.endswith("under the pretext of combatting terrorism.")
    assert "“These last developments pose a major threat" in cleaned.text


def test_caption_pair_is_not_a_title() -> None:
    for name, caption in [("000_18bc42b25e50fbab", "Engels previous blamed the kidapping on Shia pro-Assad forces"),
                          ("004_df1b918eaf0ca8f2", "Bashar Al-Assad")]:
        raw = seed(name)
        assert raw.title == caption  # the reader takes the first line ...
        cleaned = clean(raw)
        assert cleaned.title is None  # ... but it was an image caption with its credit
        assert [r.text for r in cleaned.removed[:2]] == [caption, caption + "Reuters"]
        assert not cleaned.text.startswith(caption)
    assert clean(seed("004_df1b918eaf0ca8f2")).text.startswith("Syrian President Bashar Al-Assad on Thursday met")


def test_new_arab_header_becomes_date_and_loses_furniture() -> None:
    cleaned = clean(seed("003_4fd17c530f4ab391"))
    assert reasons(cleaned) == ["duplicate_line", "reading_time", "date_line", "image_caption"]
    assert cleaned.published == datetime(2018, 8, 27)
    assert cleaned.text.count("Iran and Syria agree military pact, following defence meeting") == 1
    assert "[Getty]" not in cleaned.text and "2 min read" not in cleaned.text


def test_article_without_furniture_only_loses_blank_edges() -> None:
    raw = seed("002_08a30185b96717b7")
    cleaned = clean(raw)
    assert cleaned.removed == ()
    assert cleaned.title is None  # the file starts with a blank line: no title
    assert cleaned.text == raw.text.strip("\n")


@pytest.mark.parametrize("line", [
    "By Tuesday, the talks had collapsed.",
    "Supporters were told to follow us on the march, said one organiser who had travelled from "
    "Aleppo with his family and three neighbours to attend the rally in the capital.",
    "Comments by the minister drew a sharp reply.",
    "He said the deal was signed on 31 February 2018.",
    '"We will resist," he said (Reuters)'.replace("(Reuters)", "on Monday."),
    "Iran has been a major backer of Assad during the civil war.",
])
def test_prose_is_never_furniture(line: str) -> None:
    assert line_reason(line) is None


@pytest.mark.parametrize("line,reason", [
    ("5 min read", "reading_time"), ("twelve + 3 =", "captcha"), ("Share this article", "boilerplate"),
    ("Photo: John Smith/AFP", "image_caption"), ("By John Smith and Jane Doe", "byline"),
    ("Reuters and AFP contributed to this report.", "contributor_note"), ("Published: March 3, 2016", "date_line"),
    ("Source: The New Arab", "source_line"), ("Like us on Facebook", "share_prompt"),
])
def test_furniture_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason


def test_date_lines() -> None:
    assert parse_date_line("27 August, 2018") == datetime(2018, 8, 27)
    assert parse_date_line("Tuesday, Sept. 13, 2016 4:05 pm") == datetime(2016, 9, 13, 16, 5)
    assert parse_date_line("2015-06-02") == datetime(2015, 6, 2)
    assert parse_date_line("31 February 2018") is None
    assert parse_date_line("August 2018 was hot") is None


def test_line_ends_are_normalised_and_metadata_not_overwritten() -> None:
    art = Article(id="x", text="Title\r\n\r\n\r\n27 August, 2018\r\nBody \"quote,\" he said.  \r\n",
                  published=datetime(2020, 1, 1), title="Title")
    cleaned = clean(art)
    assert cleaned.text == 'Title\n\nBody "quote," he said.'
    assert cleaned.published == datetime(2020, 1, 1)  # the record's own date wins
    assert [(r.reason, r.text) for r in cleaned.removed] == [("date_line", "27 August, 2018")]


FURNITURE = ["2 min read", "Leave a comment", "nine − 7 =", "• Short link :", "Bashar Al-Assad",
             "Bashar Al-AssadReuters", "Source: ARA News", "ARA News", "27 August, 2018", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FURNITURE), st.text(max_size=40)), max_size=25))
def test_clean_is_idempotent(lines: list[str]) -> None:
    once = clean(Article(id="p", text="\n".join(lines)))
    assert clean(once) == once
    assert once.text == once.text.strip("\n")
