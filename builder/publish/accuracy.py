"""Accuracy on gold for the card: measured when the build is given a gold file, else the
last measured figures, recorded with their date and builder version in accuracy.json
(committed next to this module). The gold text itself is never stored, only its checksum.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

RECORD = Path(__file__).with_name("accuracy.json")


class GoldError(ValueError):
    """The gold file cannot be used."""


def _gold_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldError(f"{path}:{lineno}: not JSON ({err.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str) or "article_id" not in row:
                raise GoldError(f"{path}:{lineno}: not a gold article (needs article_id and text)")
            rows.append(row)
    if not rows:
        raise GoldError(f"{path}: no gold articles")
    return rows


def measure(gold: Path, today: date | None = None) -> dict[str, Any]:
    """Run the extractor over the gold texts (uncleaned: gold offsets point into them) and score."""
    from builder import __version__, extract
    from builder.evaluate import rule_accuracy, score, wrong_names
    from builder.models import Article

    rows = _gold_rows(gold)
    preds = [q.model_dump() for r in rows for q in extract(Article(id=str(r["article_id"]), text=r["text"]))]
    record = {
        "figures": score(rows, preds),
        "by_rule": rule_accuracy(rows, preds),
        "wrong_names": wrong_names(rows, preds),
        "gold": {
            "file": gold.name,
            "sha256": hashlib.sha256(gold.read_bytes()).hexdigest(),
            "articles": len(rows),
            "quotes": sum(len(r.get("quotes", ())) for r in rows),
        },
        "builder_version": __version__,
        "measured": (today or date.today()).isoformat(),
    }
    return json.loads(json.dumps(record, sort_keys=True))  # the order a saved record loads in


def load_record(path: Path = RECORD) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def save_record(record: dict[str, Any], path: Path = RECORD) -> None:
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
