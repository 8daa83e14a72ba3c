"""The dataset card (dist/README.md): a YAML header generated from code, and a body.

The header is built as a dict and dumped with huggingface_hub's DatasetCardData, so its
YAML is valid whatever the data holds; titles, outlets and speakers appear only in the
body, in escaped table cells. Everything in the card is derived from the build (counts,
features, sizes) or from committed records (accuracy.json): no clock is read.
"""
from __future__ import annotations

from typing import Any

from datasets import DatasetInfo, Features, SplitDict, SplitInfo
from huggingface_hub import DatasetCardData

from builder.publish.card_body import PRETTY_NAME, body
from builder.publish.features import ARTICLE_FEATURES, QUOTE_FEATURES
from builder.publish.writer import Stats

LICENSE_NAME = "publisher-copyright-texts-cc-by-4.0-annotations"
TASK_CATEGORIES = ["token-classification", "text-classification"]
TAGS = ["quote-attribution", "quotation-extraction", "speaker-attribution", "news", "journalism",
        "information-extraction"]
SIZE_BOUNDS = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
               (10**7, "1M<n<10M"), (10**8, "10M<n<100M"), (10**9, "100M<n<1B"), (10**10, "1B<n<10B"),
               (10**11, "10B<n<100B"), (10**12, "100B<n<1T")]
CONFIGS = {"quotes": ("data/quotes/*.jsonl", QUOTE_FEATURES),
           "articles": ("data/articles/*.jsonl", ARTICLE_FEATURES)}
def size_category(n: int) -> str:
    """The Hub's size category for n rows."""
    for bound, label in SIZE_BOUNDS:
        if n < bound:
            return label
    return "n>1T"


def header(summary: dict[str, Any], stats: Stats) -> dict[str, Any]:
    """The card's YAML metadata as a dict."""
    infos = []
    for name, (pattern, features) in CONFIGS.items():
        out = summary["outputs"][name]
        rows, size = sum(s["rows"] for s in out), sum(s["bytes"] for s in out)
        info = DatasetInfo(features=Features(features), download_size=size,
                           splits=SplitDict({"train": SplitInfo(name="train", num_examples=rows)}))
        yaml_info = info._to_yaml_dict()
        for split in yaml_info["splits"]:
            split.pop("num_bytes", None)  # that is the Arrow size, which a JSONL build does not know
        infos.append({"config_name": name, **yaml_info})
    languages = sorted(lang for lang in stats.languages if lang != "(unknown)")
    meta = {
        "pretty_name": PRETTY_NAME,
        "license": "other",
        "license_name": LICENSE_NAME,
        "license_link": "LICENSE",
        "language": languages or None,
        "multilinguality": "monolingual" if len(languages) <= 1 else "multilingual",
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "task_categories": TASK_CATEGORIES,
        "size_categories": [size_category(stats.quotes)],
        "tags": TAGS,
        "configs": [{"config_name": name, **({"default": True} if name == "quotes" else {}),
                     "data_files": [{"split": "train", "path": pattern}]}
                    for name, (pattern, _) in CONFIGS.items()],
        "dataset_info": infos,
    }
    return {k: v for k, v in meta.items() if v is not None}


def render(summary: dict[str, Any], stats: Stats, accuracy: dict[str, Any] | None,
           example: dict[str, Any] | None) -> str:
    """The whole card: YAML header then Markdown body."""
    yaml = DatasetCardData(**header(summary, stats)).to_yaml()
    return f"---\n{yaml}\n---\n\n{body(summary, stats, accuracy, example)}"
