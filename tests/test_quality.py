"""builder.quality: the floor check, and the gate end to end on a tiny gold file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from builder import quality
from builder.quality import check, run_gate

FLOORS = {"quote_f1": 0.90, "speaker_name_accuracy": 0.60, "pair_f1": 0.55}


@pytest.mark.parametrize(
    ("result", "floors", "expected"),
    [
        # every figure at or above its floor: pass
        ({"quote_f1": 0.95, "speaker_name_accuracy": 0.60, "pair_f1": 0.70}, FLOORS, []),
        # one figure below
        (
            {"quote_f1": 0.95, "speaker_name_accuracy": 0.61, "pair_f1": 0.5499},
            FLOORS,
            ["pair_f1 0.5499 is below its floor 0.55"],
        ),
        # two below, reported in the floors' order
        (
            {"quote_f1": 0.1, "speaker_name_accuracy": 0.2, "pair_f1": 0.9},
            FLOORS,
            ["quote_f1 0.1000 is below its floor 0.9", "speaker_name_accuracy 0.2000 is below its floor 0.6"],
        ),
        # the result lacks a floored figure
        (
            {"quote_f1": 0.95, "pair_f1": 0.70},
            FLOORS,
            ["speaker_name_accuracy: the result has no such figure (floor 0.6)"],
        ),
        # a required floor is not set: the gate would stop guarding it
        (
            {"quote_f1": 0.95, "speaker_name_accuracy": 0.61, "pair_f1": 0.70},
            {"quote_f1": 0.90, "pair_f1": 0.55},
            ["no floor set for speaker_name_accuracy"],
        ),
        # an empty floors file guards nothing
        (
            {"quote_f1": 0.95, "speaker_name_accuracy": 0.61, "pair_f1": 0.70},
            {},
            ["no floor set for quote_f1", "no floor set for speaker_name_accuracy", "no floor set for pair_f1"],
        ),
        # floors that are not numbers in [0, 1]
        (
            {"quote_f1": 0.95, "speaker_name_accuracy": 0.61, "pair_f1": 0.70},
            {**FLOORS, "pair_f1": "0.5", "quote_f1": 95},
            ["floor for quote_f1 must be a number in [0, 1], not 95", "floor for pair_f1 must be a number in [0, 1], not '0.5'"],
        ),
        # extra floors on other figures are checked too
        (
            {"quote_f1": 0.95, "speaker_name_accuracy": 0.61, "pair_f1": 0.70, "quote_recall": 0.8},
            {**FLOORS, "quote_recall": 0.85},
            ["quote_recall 0.8000 is below its floor 0.85"],
        ),
    ],
)
def test_check(result, floors, expected):
    assert check(result, floors) == expected


def test_committed_floors_are_complete_and_not_placeholders():
    floors = json.loads((Path(__file__).resolve().parents[1] / ".ci" / "floors.json").read_text())
    assert set(quality.REQUIRED_FLOORS) <= set(floors)
    assert all(0.0 < floors[key] <= 1.0 for key in quality.REQUIRED_FLOORS)


# A one-article gold file the gate can run on without ../shared.
TEXT = '"We will win," Jane Smith said.'


def gold_file(tmp_path: Path) -> Path:
    row = {
        "article_id": "a1", "text": TEXT, "unattributed": [],
        "quotes": [{"start": 1, "end": 13, "text": "We will win,", "cues": [],
                    "sources": [{"start": 15, "end": 25, "text": "Jane Smith", "repr": "Jane Smith"}]}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def floors_file(tmp_path: Path, floors: dict) -> Path:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(floors), encoding="utf-8")
    return path


PERFECT = [{"article_id": "a1", "quote": "We will win,", "quote_start": 1, "quote_end": 13,
            "speaker": "Jane Smith", "speaker_start": 15, "speaker_end": 25}]
ALL_ONE = {"quote_f1": 1.0, "speaker_name_accuracy": 1.0, "pair_f1": 1.0}


def test_gate_passes_at_its_floors(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quality, "extract_gold_texts", lambda gold: PERFECT)
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE)) == 0
    out = capsys.readouterr().out
    assert "pair_f1" in out and "quality gate: pass" in out


def test_gate_fails_below_a_floor(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quality, "extract_gold_texts", lambda gold: [{**PERFECT[0], "speaker": "he"}])
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE)) == 1
    assert "FAIL: speaker_name_accuracy 0.0000 is below its floor 1.0" in capsys.readouterr().err


def test_gate_refuses_missing_inputs(tmp_path, capsys):
    assert run_gate(gold_file(tmp_path), tmp_path / "none.json") == 2
    assert run_gate(tmp_path / "none.jsonl", floors_file(tmp_path, ALL_ONE)) == 2
    assert "not found" in capsys.readouterr().err


def test_gate_runs_the_real_extractor(tmp_path, capsys):
    floors = {"quote_f1": 0.0, "speaker_name_accuracy": 0.0, "pair_f1": 0.0}
    assert quality.main(["--gold", str(gold_file(tmp_path)), "--floors", str(floors_file(tmp_path, floors))]) == 0
    assert "quote_f1" in capsys.readouterr().out


# Rule decisions: a rule id is held to the decisions recorded for it.
SMITH = {**PERFECT[0], "rule": "quote_speaker_cue.v2", "speaker_kind": "person", "cue_start": 26, "cue_end": 30}


def rules_file(tmp_path: Path, preds: list[dict]) -> Path:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(quality.rule_decisions(preds)), encoding="utf-8")
    return path


def test_rule_decisions_ignore_confidence_and_order():
    other = {**SMITH, "article_id": "a2"}
    assert quality.rule_decisions([SMITH, other]) == quality.rule_decisions([{**other, "confidence": 0.1}, SMITH])
    assert quality.rule_decisions([SMITH])["quote_speaker_cue.v2"]["quotes"] == 1


@pytest.mark.parametrize(
    "now, expected",
    [
        ([SMITH], []),                                                     # as recorded
        ([{**SMITH, "speaker": "Jane Doe"}], ["decides differently"]),    # another speaker
        ([{**SMITH, "speaker_start": 20}], ["decides differently"]),      # another mention
        ([SMITH, {**SMITH, "article_id": "a2"}], ["decides differently"]),  # a quote more
        ([{**SMITH, "rule": "quote_speaker_cue.v3"}],                      # a new version: record it,
         ["has no recorded decisions", "decides no quote now"]),         # and drop the old one
        ([], ["decides no quote now"]),                                    # the rule stopped deciding
    ],
)
def test_check_rules(tmp_path, now, expected):
    recorded = quality.load_rules(rules_file(tmp_path, [SMITH]))
    failures = quality.check_rules(quality.rule_decisions(now), recorded)
    assert len(failures) == len(expected)
    assert all(e in f for e, f in zip(expected, failures))


def test_recording_refuses_a_changed_rule_without_a_new_version(tmp_path):
    path = rules_file(tmp_path, [SMITH])
    before = path.read_text()
    changed = quality.rule_decisions([{**SMITH, "speaker": "Jane Doe"}])
    assert quality.record_rules(path, changed, quality.load_rules(path))
    assert path.read_text() == before
    bumped = quality.rule_decisions([{**SMITH, "speaker": "Jane Doe", "rule": "quote_speaker_cue.v3"}])
    assert quality.record_rules(path, bumped, quality.load_rules(path)) == []
    assert set(json.loads(path.read_text())) == {"quote_speaker_cue.v3"}


def test_gate_fails_when_a_rule_changes_under_its_version(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(quality, "extract_gold_texts", lambda gold: [SMITH])
    rules = rules_file(tmp_path, [{**SMITH, "speaker_start": 20}])
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules) == 1
    assert "raise its version in RULE_VERSIONS" in capsys.readouterr().err
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules, record=True) == 1
    rules.write_text("{}")
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules, record=True) == 0
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules) == 0


def test_record_rules_needs_a_rules_file(tmp_path, capsys):
    with pytest.raises(SystemExit):
        quality.main(["--gold", str(gold_file(tmp_path)), "--floors", str(floors_file(tmp_path, ALL_ONE)),
                      "--record-rules"])
    assert "--record-rules and --rules-corpus need --rules" in capsys.readouterr().err


def test_every_emitted_rule_id_carries_its_family_version():
    from builder import extract
    from builder.pipeline.attribute.confidence import CONFIDENCE, RULE_VERSIONS
    assert set(CONFIDENCE) | {"no_attribution"} == set(RULE_VERSIONS)
    text = '"We will win," Jane Smith said. "We always do."\n\nThe "Buffett rule" was "a disaster," she said.'
    rules = {q.rule for q in extract(text)}
    assert len(rules) >= 2
    for rule in rules:
        family, version = rule.split(".v")
        assert int(version) == RULE_VERSIONS[family]


def test_committed_rule_decisions_cover_the_gate():
    """.ci/run checks the rule decisions; the committed record must exist and be well formed."""
    rules = quality.load_rules(Path(__file__).resolve().parents[1] / ".ci" / "rule_decisions.json")
    assert rules and all(set(v) == {"quotes", "sha256"} and len(v["sha256"]) == 64 for v in rules.values())


def test_rules_corpus_holds_rules_beyond_the_gold(tmp_path, monkeypatch, capsys):
    """Decisions on the --rules-corpus texts are held like the gold's: a rule that decides
    otherwise on them fails the gate, though the gold's decisions did not move."""
    monkeypatch.setattr(quality, "extract_gold_texts", lambda gold: [SMITH])
    corpus = tmp_path / "seed.txt"
    corpus.write_text('"We will win," Jane Smith said on Monday.\n', encoding="utf-8")
    rules = tmp_path / "rules.json"
    gate = lambda **kw: run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules,
                                 rules_corpus=[corpus], **kw)
    assert gate(record=True) == 0
    recorded = quality.load_rules(rules)
    assert len(recorded) == 2 and recorded["quote_speaker_cue.v2"] == quality.rule_decisions([SMITH])[
        "quote_speaker_cue.v2"]  # the gold's record, and the corpus quote's own rule id
    assert gate() == 0
    corpus.write_text('"We will win," John Doe said on Monday.\n', encoding="utf-8")
    assert gate() == 1
    assert "decides differently" in capsys.readouterr().err


@pytest.mark.parametrize("name, content, message", [
    ("notes.md", "# notes\n", "unknown_extension"),
    ("empty.jsonl", "", "empty"),
    ("bad.jsonl", '{"id": "a", "text": "x"}\nnot json\n', "malformed_json"),
])
def test_rules_corpus_that_cannot_be_read_is_refused(tmp_path, monkeypatch, capsys, name, content, message):
    monkeypatch.setattr(quality, "extract_gold_texts", lambda gold: [SMITH])
    corpus = tmp_path / name
    corpus.write_text(content, encoding="utf-8")
    assert run_gate(gold_file(tmp_path), floors_file(tmp_path, ALL_ONE), rules_file(tmp_path, [SMITH]),
                    rules_corpus=[corpus]) == 2
    assert message in capsys.readouterr().err


def test_ci_holds_rules_on_the_seeds_and_train():
    run = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert '--rules-corpus sources/*.txt "$TRAIN_GOLD"' in run
