"""The built folder through `datasets.load_dataset`, as a user loads it: declared features,
nulls, dates as timestamps, offsets that slice the article text, row counts of build.json."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from datasets import load_dataset

from builder.publish.build import build
from builder.publish.features import ARTICLE_FEATURES, QUOTE_FEATURES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path]:
    base = tmp_path_factory.mktemp("ds")
    sources = base / "sources"
    sources.mkdir()
    for p in (ROOT / "sources").iterdir():
        (sources / p.name).write_bytes(p.read_bytes())
    # records that exercise nulls, time zones, sub-second dates and non-ASCII text
    records = [
        {"id": "tz", "text": 'Kabul\n\n"Peace is near," said Ashraf Ghani.', "published": "2016-03-01T10:30:15.250+04:30",
         "url": "https://example.org/tz", "outlet": "Café Kabul", "language": "en"},
        {"id": "naive", "text": "Ghani met Obama. “We agreed,” Obama said.", "published": "2016-03-02"},
    ]
    (sources / "extra.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    summary = build(sources, base / "dist", max_shard_bytes=5000)
    return base / "dist", summary, base / "cache"


def test_quotes_config_loads_with_declared_features(built: tuple[Path, dict, Path]) -> None:
    dist, summary, cache = built
    quotes = load_dataset(str(dist), split="train", cache_dir=str(cache))
    assert quotes.features == QUOTE_FEATURES
    assert quotes.num_rows == summary["counts"]["quotes"] > 0
    assert len(summary["outputs"]["quotes"]) > 1  # several shards, all loaded
    unattributed = [r for r in quotes if r["speaker"] is None]
    for r in unattributed:  # nulls stay None, never "" or 0
        assert r["speaker_start"] is None and r["speaker_kind"] is None


def test_articles_config_keeps_nulls_and_dates(built: tuple[Path, dict, Path]) -> None:
    dist, summary, cache = built
    articles = load_dataset(str(dist), "articles", split="train", cache_dir=str(cache))
    assert articles.features == ARTICLE_FEATURES
    assert articles.num_rows == summary["counts"]["articles"] == 7
    by_id = {r["id"]: r for r in articles}
    assert by_id["tz"]["published"] == datetime(2016, 3, 1, 6, 0, 15)  # UTC, whole seconds
    assert by_id["naive"]["published"] == datetime(2016, 3, 2)
    assert by_id["003_4fd17c530f4ab391"]["published"] == datetime(2018, 8, 27)
    assert by_id["000_18bc42b25e50fbab"]["published"] is None
    assert by_id["000_18bc42b25e50fbab"]["title"] is None and by_id["000_18bc42b25e50fbab"]["url"] is None
    assert by_id["tz"]["outlet"] == "Café Kabul" and by_id["tz"]["url"] == "https://example.org/tz"
    assert by_id["001_d69ae2d23fa65701"]["outlet"] == "ARA News"
    removed = by_id["001_d69ae2d23fa65701"]["removed"]
    assert {"reason": "captcha", "text": "nine − 7 ="} in removed
    assert by_id["naive"]["removed"] == []


def test_every_quote_offset_slices_its_article(built: tuple[Path, dict, Path]) -> None:
    dist, _, cache = built
    texts = {r["id"]: r["text"] for r in load_dataset(str(dist), "articles", split="train", cache_dir=str(cache))}
    quotes = load_dataset(str(dist), split="train", cache_dir=str(cache))
    assert {q["article_id"] for q in quotes} <= set(texts)
    for q in quotes:
        text = texts[q["article_id"]]
        assert text[q["quote_start"]:q["quote_end"]] == q["quote"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"]:q["speaker_end"]] == q["speaker_mention"]
        if q["cue_start"] is not None:
            assert text[q["cue_start"]:q["cue_end"]] == q["cue"]
    assert any(q["speaker"] == "Ashraf Ghani" for q in quotes)


def test_jsonl_files_are_plain_utf8_json_lines(built: tuple[Path, dict, Path]) -> None:
    dist, summary, _ = built
    everything = b""
    for shards in summary["outputs"].values():
        for shard in shards:
            raw = (dist / shard["path"]).read_bytes()
            rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
            assert len(rows) == shard["rows"]
            everything += raw
    assert "Café Kabul".encode() in everything and b"\\u00e9" not in everything  # ensure_ascii=False
