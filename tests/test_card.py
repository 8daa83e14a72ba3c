"""The dataset card: metadata the Hub accepts, YAML that stays valid whatever the data holds,
features that round-trip, a body whose figures are the build's, accuracy from gold."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from datasets import Features
from huggingface_hub import DatasetCard

from builder.models import Article, Quote
from builder.pipeline.attribute import CONFIDENCE
from builder.publish import accuracy as acc
from builder.publish.build import build
from builder.publish.card import header, size_category
from builder.publish.card_body import FIELD_NOTES
from builder.publish.features import ARTICLE_FEATURES, QUOTE_FEATURES
from fakehub import allowed_values, metadata_errors

ROOT = Path(__file__).resolve().parents[1]


def split_card(card: str) -> tuple[dict, str]:
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", card, re.S)
    assert m, "card must open with a YAML block"
    return yaml.safe_load(m.group(1)), m.group(2)


@pytest.fixture(scope="module")
def seeds_card(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, dict]:
    out = tmp_path_factory.mktemp("card") / "dist"
    summary = build(ROOT / "sources", out)
    meta, body = split_card((out / "README.md").read_text(encoding="utf-8"))
    return meta, body, summary


def test_metadata_values_are_on_the_hubs_allowed_lists(seeds_card: tuple[dict, str, dict]) -> None:
    meta, _, _ = seeds_card
    allowed = allowed_values()
    assert meta["license"] in allowed["license"] and meta["license"] == "other" and meta["license_name"]
    assert set(meta["task_categories"]) <= allowed["task_categories"]
    assert set(meta["size_categories"]) <= allowed["size_categories"]
    assert meta["language"] == ["en"] and set(meta["language"]) <= allowed["language"]
    assert meta["multilinguality"] in allowed["multilinguality"]
    assert set(meta["annotations_creators"]) <= allowed["annotations_creators"]
    assert set(meta["language_creators"]) <= allowed["language_creators"]


def test_configs_and_features_are_declared(seeds_card: tuple[dict, str, dict]) -> None:
    meta, _, summary = seeds_card
    assert meta["configs"] == [
        {"config_name": "quotes", "default": True, "data_files": [{"split": "train", "path": "data/quotes/*.jsonl"}]},
        {"config_name": "articles", "data_files": [{"split": "train", "path": "data/articles/*.jsonl"}]},
    ]
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    assert Features._from_yaml_list(infos["quotes"]["features"]) == QUOTE_FEATURES
    assert Features._from_yaml_list(infos["articles"]["features"]) == ARTICLE_FEATURES
    assert infos["quotes"]["splits"] == [{"name": "train", "num_examples": summary["counts"]["quotes"]}]
    assert infos["articles"]["splits"] == [{"name": "train", "num_examples": summary["counts"]["articles"]}]
    assert [f["name"] for f in infos["articles"]["features"]] == list(Article.model_fields)
    published = [f for f in infos["articles"]["features"] if f["name"] == "published"]
    assert published == [{"name": "published", "dtype": "timestamp[s]"}]


def test_every_field_is_documented_in_the_card(seeds_card: tuple[dict, str, dict]) -> None:
    _, body, _ = seeds_card
    assert list(FIELD_NOTES["quotes"]) == list(Quote.model_fields)
    assert list(FIELD_NOTES["articles"]) == list(Article.model_fields)
    for name in [*Quote.model_fields, *Article.model_fields]:
        assert re.search(rf"^\| `{name}` \| ", body, re.M), name


def test_body_figures_are_the_builds(seeds_card: tuple[dict, str, dict]) -> None:
    _, body, summary = seeds_card
    counts = summary["counts"]
    assert f"**{counts['quotes']} quotations from {counts['articles']} news articles" in body
    for section in ("How to load it", "Dataset structure", "Statistics", "Accuracy on gold", "How it was built",
                    "What was left out", "Limitations and biases", "Licensing", "Citation"):
        assert f"\n## {section}\n" in body
    assert "| ARA News | 1 |" in body
    assert "| captcha | 1 |" in body  # cleaning removals by reason
    assert re.search(r"\| scare_quote \| \d+ \|", body)  # rejected spans by reason


def test_size_categories() -> None:
    assert [size_category(n) for n in (0, 999, 1000, 99_999, 100_000, 5 * 10**9)] == \
        ["n<1K", "n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1B<n<10B"]
    assert size_category(10**13) == "n>1T"


HOSTILE = ["Iran: \"talks\" ---\n---\nlicense: mit", "key: value | pipe", "'single' & \"double\"",
           "- list\n  item: 1", "# not a heading", "```\ncode\n```", "<script>alert(1)</script>"]


def test_card_stays_valid_whatever_the_data_holds(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    rows = [{"id": f"h{i}", "title": t, "outlet": t, "language": "en",
             "text": f"{t}\n\n\"We will not stop,\" said Jane {chr(65 + i)}-Smith.\n"} for i, t in enumerate(HOSTILE)]
    (src / "hostile.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    summary = build(src, tmp_path / "dist")
    card = (tmp_path / "dist" / "README.md").read_text(encoding="utf-8")
    meta, body = split_card(card)
    assert meta["license"] == "other" and "mit" not in json.dumps(meta)
    assert metadata_errors(card) == []
    assert DatasetCard(card).data.to_dict()["configs"] == meta["configs"]
    # every table row keeps its column count: nothing broke out of its cell
    for table in re.findall(r"((?:^\|.*\|\n)+)", body, re.M):
        widths = {len(re.findall(r"(?<!\\)\|", line)) for line in table.splitlines()}
        assert len(widths) == 1, table
    assert "<script>" not in body
    assert summary["counts"]["articles"] == len(HOSTILE)


def test_gold_accuracy_is_measured_recorded_and_shown(tmp_path: Path) -> None:
    text = (ROOT / "sources" / "003_4fd17c530f4ab391.txt").read_text()
    said = "Syria is passing through the crisis stage and entering the reconstruction phase,"
    start = text.index(said)
    src_start = text.index("Amir Hatami")
    gold = {"article_id": "g1", "text": text, "unattributed": [],
            "quotes": [{"start": start, "end": start + len(said), "text": said,
                        "sources": [{"start": src_start, "end": src_start + 11, "text": "Amir Hatami", "repr": None}],
                        "cues": []}]}
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold) + "\n")
    record_path = tmp_path / "accuracy.json"

    build(ROOT / "sources", tmp_path / "plain", accuracy_record=record_path)
    assert "No accuracy has been measured" in (tmp_path / "plain" / "README.md").read_text()

    summary = build(ROOT / "sources", tmp_path / "a", gold=gold_path, accuracy_record=record_path)
    record = acc.load_record(record_path)
    assert record == summary["accuracy"]
    assert record["gold"]["file"] == "gold.jsonl" and record["gold"]["quotes"] == 1
    assert record["figures"]["quote_recall"] == 1.0  # the extractor finds Hatami's quote
    assert record["figures"]["gold_quotes"] == 1
    card = (tmp_path / "a" / "README.md").read_text()
    assert f"Measured on {record['measured']} with builder {record['builder_version']}" in card
    assert f"| quote recall | {record['figures']['quote_recall']} |" in card
    # per rule: Hatami's quote, its speaker named right, shown with the rule's confidence
    (rule, counts), = record["by_rule"].items()
    assert counts == {"scored": 1, "name_right": 1}
    assert f"| `{rule}` | 1 | 1 | 100.0% | {CONFIDENCE[rule]} |" in card

    # without --gold the last recorded figures are shown: the very same card and build.json
    build(ROOT / "sources", tmp_path / "b", accuracy_record=record_path)
    for name in ("README.md", "build.json"):
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "a" / name).read_bytes()

    with pytest.raises(acc.GoldError, match="not a gold article"):
        (tmp_path / "bad.jsonl").write_text('{"text": "no id"}\n')
        build(ROOT / "sources", tmp_path / "c", gold=tmp_path / "bad.jsonl", accuracy_record=record_path)


def test_header_language_comes_from_the_articles(seeds_card: tuple[dict, str, dict]) -> None:
    from builder.publish.writer import Stats

    meta, _, summary = seeds_card
    stats = Stats()
    stats.languages.update({"en": 3, "fr": 1, "(unknown)": 2})
    h = header(summary, stats)
    assert h["language"] == ["en", "fr"] and h["multilinguality"] == "multilingual"


def test_every_rule_has_a_note_in_the_card() -> None:
    """The card's rule table explains each rule a row can carry, not 'see the source'."""
    from builder.pipeline.attribute import CONFIDENCE
    from builder.publish.card_body import RULE_NOTES

    assert set(CONFIDENCE) | {"no_attribution"} <= set(RULE_NOTES)


def test_wrong_names_table_lists_each_kind_with_its_share_and_meaning() -> None:
    from builder.publish.card_body import WRONG_NAME_NOTES, _wrong_names

    text = _wrong_names({"no_speaker": 1, "same_mention": 3, "gold_without_name": 0, "other_mention": 0})
    assert "| `same_mention` | 3 | 75.0% |" in text and "| `no_speaker` | 1 | 25.0% |" in text
    assert WRONG_NAME_NOTES["gold_without_name"] in text  # zero rows stay, so the reader sees the kind
    assert _wrong_names({"no_speaker": 0}) == "" and _wrong_names(None) == ""


def test_every_wrong_name_kind_has_a_note() -> None:
    from builder.evaluate import WRONG_NAME_KINDS
    from builder.publish.card_body import WRONG_NAME_NOTES

    assert list(WRONG_NAME_NOTES) == list(WRONG_NAME_KINDS)
