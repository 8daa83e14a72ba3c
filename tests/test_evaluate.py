"""builder.evaluate: each metric rule on tiny hand-made articles, clear errors on bad input,
and agreement with the reference scorer ../shared/eval/score.py.

The agreement tests need ../shared (or $BUILDER_SHARED). Without it they skip locally but
FAIL under CI (env CI set): a gate that silently skips is no gate.
"""
from __future__ import annotations

import copy
import importlib.util
import json
import os
import random
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.cli import main as cli_main
from builder.evaluate import (
    WRONG_NAME_KINDS, EvaluationError, evaluate_files, paragraph_pieces, rule_accuracy, score, trim, wrong_names,
)

REPO = Path(__file__).resolve().parents[1]
RANDOM_TRIALS = 120  # perturbed prediction sets scored against the whole dev gold


# ---------------------------------------------------------------------------------------
# Locating ../shared


def shared_dir() -> Path:
    """$BUILDER_SHARED, else the `shared` folder beside the repository."""
    override = os.environ.get("BUILDER_SHARED")
    return Path(override) if override else REPO.parent / "shared"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def need(path: Path) -> Path:
    """`path`, or skip (locally) / fail (in CI) when it is missing."""
    if path.exists():
        return path
    message = f"{path} not found (set BUILDER_SHARED to the folder holding eval/score.py)"
    if in_ci():
        pytest.fail(f"CI: {message}; the agreement tests must run in CI")
    pytest.skip(message)


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    """The reference scorer, imported from its file without copying it."""
    path = need(shared_dir() / "eval" / "score.py")
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_gold() -> list[dict]:
    path = need(shared_dir() / "eval" / "polnear-dev.jsonl")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def assert_agree(reference: ModuleType, gold: list[dict], preds: list[dict]) -> dict:
    ours = score(copy.deepcopy(gold), copy.deepcopy(preds))
    theirs = reference.score(copy.deepcopy(gold), copy.deepcopy(preds))
    assert ours == theirs
    assert list(ours) == list(theirs)  # same keys, same order
    return ours


# ---------------------------------------------------------------------------------------
# Tiny synthetic articles, one rule each (these run without ../shared)

TEXT = 'Smith said: "We will win." Then "the plan" was mocked.\n"First part\nsecond part," he added.'
#       0         1         2         3         4         5          6         7         8
WE_WILL_WIN = (13, 25)
THE_PLAN = (33, 41)


def span(start: int, end: int, text: str = TEXT) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def source(start: int, end: int, repr_: str | None = None, text: str = TEXT) -> dict:
    return {**span(start, end, text), "repr": repr_}


def gold_row(quotes: list[dict], unattributed: list[dict] | None = None, text: str = TEXT, art_id: str = "a1") -> dict:
    return {"article_id": art_id, "text": text, "quotes": quotes, "unattributed": unattributed or []}


def gold_quote(start: int, end: int, sources: list[dict] | None = None, text: str = TEXT) -> dict:
    return {**span(start, end, text), "sources": sources or [], "cues": []}


def pred(start: int | None, end: int | None, quote: str | None = None, speaker: str | None = None,
         speaker_span: tuple[int, int] | None = None, text: str = TEXT, art_id: str = "a1") -> dict:
    if quote is None and start is not None and end is not None:
        quote = text[start:end]
    return {
        "article_id": art_id, "quote": quote, "quote_start": start, "quote_end": end, "speaker": speaker,
        "speaker_start": speaker_span and speaker_span[0], "speaker_end": speaker_span and speaker_span[1],
    }


SMITH = source(0, 5)


def test_text_offsets_are_what_the_examples_assume():
    assert TEXT[slice(*WE_WILL_WIN)] == "We will win."
    assert TEXT[slice(*THE_PLAN)] == "the plan"


def test_exact_prediction_scores_perfectly():
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [SMITH])])]
    result = score(gold, [pred(*WE_WILL_WIN, speaker="Smith", speaker_span=(0, 5))])
    assert result["quote_f1"] == result["pair_f1"] == result["speaker_name_accuracy"] == 1.0
    assert (result["gold_quotes"], result["pred_quotes"], result["matched"]) == (1, 1, 1)


def test_rule_accuracy_counts_matched_quotes_with_a_gold_speaker_per_rule():
    he = source(TEXT.index("he added"), TEXT.index("he added") + 2, "Smith")
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [SMITH]), gold_quote(*THE_PLAN),
                      gold_quote(TEXT.index("First"), TEXT.index('," he'), [he])])]
    preds = [dict(pred(*WE_WILL_WIN, speaker="Smith", speaker_span=(0, 5)), rule="speaker_cue_quote.v1"),
             dict(pred(*THE_PLAN), rule="no_attribution.v1"),  # gold has no speaker: not scored
             dict(pred(TEXT.index("First"), TEXT.index('," he'), speaker="Jones"), rule="split_quote.v1"),
             dict(pred(0, 5, speaker="Smith"), rule="subject_verb.v1")]  # matches no gold quote
    assert rule_accuracy(gold, preds) == {
        "speaker_cue_quote": {"scored": 1, "name_right": 1},
        "split_quote": {"scored": 1, "name_right": 0},
    }


def test_wrong_names_are_sorted_by_what_the_records_show():
    he_at = TEXT.index("he added")
    first = (TEXT.index("First"), TEXT.index('," he'))
    said = source(TEXT.index("said"), TEXT.index("said") + 4)  # gold annotated the verb: no name token

    def wrong_for(gold_sources, **kw):
        gold = [gold_row([gold_quote(*first, gold_sources)])]
        return {k: n for k, n in wrong_names(gold, [pred(*first, **kw)]).items() if n}

    assert wrong_for([SMITH]) == {"no_speaker": 1}
    # the same "he" as gold, resolved to someone gold's representative does not name
    assert wrong_for([source(he_at, he_at + 2, "Smith")], speaker="Jones", speaker_span=(he_at, he_at + 2)) == {
        "same_mention": 1}
    assert wrong_for([said], speaker="Smith", speaker_span=(0, 5)) == {"gold_without_name": 1}
    # ... and when our mention lies in gold's Cue, the annotator swapped Source and Cue
    swapped = [gold_row([{**gold_quote(*first, [said]), "cues": [span(0, 5)]}])]
    assert wrong_names(swapped, [pred(*first, speaker="Smith", speaker_span=(0, 5))])["gold_labels_swapped"] == 1
    assert wrong_names(swapped, [pred(*first, speaker="Smith", speaker_span=(he_at, he_at + 2))])[
        "gold_without_name"] == 1
    assert wrong_for([SMITH], speaker="Jones", speaker_span=(he_at, he_at + 2)) == {"other_mention": 1}
    # right names are not counted; every kind is listed, zeros included
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [SMITH])])]
    assert wrong_names(gold, [pred(*WE_WILL_WIN, speaker="Smith", speaker_span=(0, 5))]) == dict.fromkeys(
        WRONG_NAME_KINDS, 0)


def test_quote_marks_and_spaces_at_the_edges_are_trimmed():
    assert trim(TEXT, 11, 26) == WE_WILL_WIN  # ' "We will win."' -> 'We will win.'
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    assert score(gold, [pred(11, 26)])["matched"] == 1


def test_nyt_double_apostrophe_is_a_quote_mark():
    text = "He said ''no way'' today."
    assert trim(text, 8, 18) == (10, 16)
    assert trim(text, 16, 17) == (18, 17)  # '' straddling the end empties the span


def test_match_needs_half_of_the_longer_span():
    gold = [gold_row([gold_quote(0, 10, text="x" * 40)], text="x" * 40)]
    assert score(gold, [pred(0, 20, text="x" * 40)])["matched"] == 1  # 10 of 20
    assert score(gold, [pred(0, 21, text="x" * 40)])["matched"] == 0  # 10 of 21
    assert score(gold, [pred(5, 10, text="x" * 40)])["matched"] == 1  # 5 of 10


def test_matching_is_one_to_one():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    result = score(gold, [pred(*WE_WILL_WIN), pred(13, 24)])
    assert (result["matched"], result["pred_quotes"], result["quote_precision"]) == (1, 2, 0.5)


def test_equal_overlaps_go_to_the_later_prediction():
    """Two identical predictions tie; the later one is matched, so its speaker is judged."""
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [SMITH])])]
    wrong_then_right = [pred(*WE_WILL_WIN, speaker="Jones"), pred(*WE_WILL_WIN, speaker="Smith")]
    assert score(gold, wrong_then_right)["speaker_name_accuracy"] == 1.0
    assert score(gold, wrong_then_right[::-1])["speaker_name_accuracy"] == 0.0


def test_predictions_are_cut_at_line_breaks():
    start = TEXT.index('"First') + 1
    end = TEXT.index('," he')
    assert paragraph_pieces(TEXT, start - 1, end + 1) == [(start, TEXT.index("\nsecond")), (TEXT.index("second"), end + 1)]
    gold = [gold_row([gold_quote(start, TEXT.index("\nsecond")), gold_quote(TEXT.index("second"), end + 1)])]
    result = score(gold, [pred(start, end)])
    assert (result["pred_quotes"], result["matched"]) == (2, 2)


def test_wrong_offsets_fall_back_to_the_quote_string_nearest_the_hint():
    text = 'A "yes" and B "yes" and C "yes".'
    middle = text.index("yes", 10)
    gold = [gold_row([gold_quote(middle, middle + 3, text=text)], text=text)]
    assert score(gold, [pred(middle + 2, middle + 6, quote="yes", text=text)])["matched"] == 1
    assert score(gold, [pred(0, 1, quote="yes", text=text)])["matched"] == 0  # nearest is the first
    assert score(gold, [pred(None, None, quote="yes", text=text)])["matched"] == 0


# (text, quote, hint, gold span, matched): the search finds occurrences left to right
# without overlaps, and a tie in distance goes to the earlier one.
LOCATE_CASES = [
    ("aaaaaa", "aa", 1, (2, 4), 0),  # occurrences 0, 2, 4 (not 1): tie 0/2 -> 0
    ("aa--aa", "aa", 2, (4, 6), 0),  # equidistant -> the earlier
    ("aa--aa", "aa", 3, (4, 6), 1),
]


def locate_case(text: str, quote: str, hint: int, gold_span: tuple[int, int]) -> tuple[list[dict], list[dict]]:
    gold = [gold_row([gold_quote(*gold_span, text=text)], text=text)]
    return gold, [pred(hint, hint, quote=quote, text=text)]


@pytest.mark.parametrize(("text", "quote", "hint", "gold_span", "matched"), LOCATE_CASES)
def test_search_rules(text, quote, hint, gold_span, matched):
    assert score(*locate_case(text, quote, hint, gold_span))["matched"] == matched


def test_unlocatable_predictions_count_against_precision():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    result = score(gold, [pred(*WE_WILL_WIN), pred(0, 3, quote="never said")])
    assert (result["unlocatable_preds"], result["pred_quotes"], result["quote_precision"]) == (1, 2, 0.5)


def test_prediction_of_only_marks_adds_no_piece():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    assert score(gold, [pred(12, 13)])["pred_quotes"] == 0


def test_predictions_on_unknown_articles_are_ignored():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    assert score(gold, [pred(*WE_WILL_WIN, art_id="other")])["pred_quotes"] == 0


def test_pronoun_is_wrong_where_gold_resolves_the_speaker():
    he = TEXT.index("he added")
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [source(he, he + 2, "John Smith")])])]
    result = score(gold, [pred(*WE_WILL_WIN, speaker="he", speaker_span=(he, he + 2))])
    assert result["speaker_accuracy"] == 1.0  # lenient: the mention span is right
    assert result["speaker_mention_accuracy"] == 1.0
    assert result["speaker_name_accuracy"] == 0.0
    assert result["pair_f1"] == 0.0


def test_span_counts_where_gold_has_no_name():
    he = TEXT.index("he added")
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [source(he, he + 2, None)])])]
    assert score(gold, [pred(*WE_WILL_WIN, speaker="he", speaker_span=(he, he + 2))])["speaker_name_accuracy"] == 1.0
    assert score(gold, [pred(*WE_WILL_WIN, speaker="Smith")])["speaker_name_accuracy"] == 0.0


def test_titles_and_possessives_are_not_name_tokens():
    text = "Sen. Elizabeth Warren's office said: \"No.\""
    quote = (text.index("No."), text.index("No.") + 3)
    gold = [gold_row([gold_quote(*quote, [source(0, 22, None, text=text)], text=text)], text=text)]
    assert score(gold, [pred(*quote, speaker="Warren", text=text)])["speaker_name_accuracy"] == 1.0
    assert score(gold, [pred(*quote, speaker="the senator", text=text)])["speaker_name_accuracy"] == 0.0


def test_coreference_representative_names_the_speaker():
    he = TEXT.index("he added")
    gold = [gold_row([gold_quote(*WE_WILL_WIN, [source(he, he + 2, "John Smith")])])]
    assert score(gold, [pred(*WE_WILL_WIN, speaker="Mr. Smith")])["pair_f1"] == 1.0


def test_quote_without_source_is_a_pair_when_matched():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)])]
    result = score(gold, [pred(*WE_WILL_WIN, speaker=None)])
    assert (result["speaker_scored"], result["pair_f1"]) == (0, 1.0)


def test_unmatched_prediction_on_a_scare_quote_is_an_unattributed_false_positive():
    gold = [gold_row([gold_quote(*WE_WILL_WIN)], unattributed=[span(*THE_PLAN)])]
    assert score(gold, [pred(*THE_PLAN)])["unattributed_false_positives"] == 1
    assert score(gold, [pred(*WE_WILL_WIN)])["unattributed_false_positives"] == 0


def test_empty_input_scores_zero_not_nan():
    result = score([gold_row([])], [])
    assert result["quote_f1"] == result["pair_f1"] == result["speaker_accuracy"] == 0.0


# ---------------------------------------------------------------------------------------
# Bad input


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    gold = write(tmp_path / "gold.jsonl", [json.dumps(gold_row([gold_quote(*WE_WILL_WIN, [SMITH])]))])
    preds = write(tmp_path / "pred.jsonl", [json.dumps(pred(*WE_WILL_WIN, speaker="Smith")), ""])
    return gold, preds


def test_evaluate_files_scores(files):
    assert evaluate_files(*files)["pair_f1"] == 1.0


def test_missing_file_is_a_clear_error(files, tmp_path):
    with pytest.raises(EvaluationError, match="prediction file not found"):
        evaluate_files(files[0], tmp_path / "nope.jsonl")
    with pytest.raises(EvaluationError, match="gold file not found"):
        evaluate_files(tmp_path / "nope.jsonl", files[1])


def test_malformed_line_names_file_and_line(files):
    gold, preds = files
    write(preds, [json.dumps(pred(*WE_WILL_WIN)), '{"article_id": "a1", '])
    with pytest.raises(EvaluationError, match=r"pred\.jsonl:2: malformed JSON"):
        evaluate_files(gold, preds)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"quote_start": -1}, "quote_start must be a non-negative integer"),
        ({"quote_end": "12"}, "quote_end must be a non-negative integer"),
        ({"speaker_start": True}, "speaker_start must be a non-negative integer"),
        ({"quote": 7}, "quote must be a string"),
        ({"speaker": ["Smith"]}, "speaker must be a string"),
        ({"article_id": None}, "prediction needs an article_id"),
    ],
)
def test_prediction_fields_are_checked(files, change, message):
    gold, preds = files
    write(preds, [json.dumps(pred(*WE_WILL_WIN)), json.dumps({**pred(*WE_WILL_WIN), **change})])
    with pytest.raises(EvaluationError, match=rf"pred\.jsonl:2: {message}"):
        evaluate_files(gold, preds)


def test_gold_rows_are_checked(files):
    gold, preds = files
    write(gold, [json.dumps({"article_id": "a1", "text": TEXT, "quotes": [{"start": 1}], "unattributed": []})])
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:1: quotes\[0\]: start and end must be integers"):
        evaluate_files(gold, preds)
    with pytest.raises(EvaluationError, match="prediction 1: prediction is not a JSON object"):
        score([gold_row([])], [["not", "a", "dict"]])
    bad_cue = {**gold_quote(*WE_WILL_WIN, [SMITH]), "cues": [{"start": "0"}]}
    with pytest.raises(EvaluationError, match=r"quotes\[0\]\.cues\[0\]: start and end must be integers"):
        wrong_names([gold_row([bad_cue])], [])
    no_cues = {k: v for k, v in gold_quote(*WE_WILL_WIN, [SMITH]).items() if k != "cues"}
    assert score([gold_row([no_cues])], [pred(*WE_WILL_WIN, speaker="Smith", speaker_span=(0, 5))])["pair_f1"] == 1.0


def test_cli_reports_errors_without_traceback(files, tmp_path, capsys):
    assert cli_main(["evaluate", "--gold", str(files[0]), "--pred", str(tmp_path / "nope.jsonl")]) == 2
    assert "builder evaluate: prediction file not found" in capsys.readouterr().err


def test_cli_prints_json(files, capsys):
    assert cli_main(["evaluate", "--gold", str(files[0]), "--pred", str(files[1]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pair_f1"] == 1.0


# ---------------------------------------------------------------------------------------
# Agreement with the reference scorer


def perfect_predictions(gold: list[dict], name_field: str) -> list[dict]:
    preds = []
    for row in gold:
        for q in row["quotes"]:
            src = q["sources"][0] if q["sources"] else {}
            preds.append({
                "article_id": row["article_id"], "quote": q["text"], "quote_start": q["start"], "quote_end": q["end"],
                "speaker": src.get(name_field) or src.get("text"),
                "speaker_start": src.get("start"), "speaker_end": src.get("end"),
            })
    return preds


@pytest.mark.parametrize("name_field", ["text", "repr"])
def test_agrees_on_gold_perfect_predictions(reference, dev_gold, name_field):
    result = assert_agree(reference, dev_gold, perfect_predictions(dev_gold, name_field))
    assert result["quote_f1"] == 1.0
    if name_field == "repr":
        assert result["speaker_name_accuracy"] > 0.95


SPEAKER_NOISE = ["he", "she", "they", "Mr. Trump", "Hillary Clinton", "the senator", "Clinton's aides", "", "Obama"]


def noisy_speaker(rng: random.Random, q: dict, text: str) -> dict:
    """A speaker guess for gold quote `q`: right, resolved, wrong, missing or off by a little."""
    src = rng.choice(q["sources"]) if q["sources"] and rng.random() < 0.8 else None
    roll = rng.random()
    if src is None or roll < 0.15:
        name, start, end = rng.choice(SPEAKER_NOISE + [None]), None, None
        if rng.random() < 0.5:
            start = rng.randrange(len(text))
            end = start + rng.randrange(0, 20)
    else:
        name = src["text"] if roll < 0.5 else (src.get("repr") or rng.choice(SPEAKER_NOISE))
        start, end = src["start"], src["end"]
        if rng.random() < 0.3:
            start, end = max(0, start + rng.randint(-8, 8)), max(0, end + rng.randint(-8, 8))
        if rng.random() < 0.1:
            start = end = None
    return {"speaker": name, "speaker_start": start, "speaker_end": end}


def clamp(value: int, text: str) -> int:
    return min(max(value, 0), len(text))


def noisy_quote(rng: random.Random, art_id: str, text: str, start: int, end: int) -> dict:
    """A prediction near [start, end): exact, shifted, widened to the marks or across a line
    break, or with a quote string that does not match its offsets (forcing the search)."""
    roll = rng.random()
    if roll < 0.3:
        s, e = start, end
    elif roll < 0.55:
        s, e = clamp(start + rng.randint(-15, 15), text), clamp(end + rng.randint(-15, 15), text)
    elif roll < 0.65:
        s, e = clamp(start - rng.randint(1, 3), text), clamp(end + rng.randint(1, 3), text)
    elif roll < 0.75:  # run on to the end of the next paragraph
        nxt = text.find("\n", end + 1)
        s, e = start, len(text) if nxt < 0 else nxt
    else:  # offsets that miss: the quote string must be searched for
        quote = text[start:end] if rng.random() < 0.7 else text[start:end] + rng.choice(["!", " x", "\u201d"])
        hint = rng.choice([None, 0, start, start + rng.randint(-300, 300), len(text) + 50])
        hint = None if hint is None else max(0, hint)
        return {"article_id": art_id, "quote": quote, "quote_start": hint,
                "quote_end": None if hint is None else hint + rng.randint(0, 40)}
    return {"article_id": art_id, "quote": text[s:e], "quote_start": s, "quote_end": e}


def random_extra(rng: random.Random, row: dict) -> dict:
    """A prediction that is not a gold quote: random span, scare quote, short or absent string."""
    text = row["text"]
    roll = rng.random()
    if roll < 0.3 and row["unattributed"]:
        u = rng.choice(row["unattributed"])
        s, e = u["start"] - rng.randint(0, 1), u["end"] + rng.randint(0, 1)
    elif roll < 0.6:
        s = rng.randrange(len(text))
        e = clamp(s + rng.randint(0, 400), text)
    elif roll < 0.7:
        return {"article_id": row["article_id"], "quote": rng.choice(["", None, "not in the text at all"]),
                "quote_start": rng.choice([None, 3]), "quote_end": rng.choice([None, 9])}
    elif roll < 0.8:  # a short, common string: many occurrences, nearest to the hint wins
        needle = rng.choice(["the", "said", "\u201c", "''", " ", "\n", "a"])
        return {"article_id": row["article_id"], "quote": needle, "quote_start": rng.randrange(len(text) + 10),
                "quote_end": 0}
    else:
        s = rng.randrange(len(text))
        e = s + rng.randint(0, 3)
    s, e = clamp(s, text), clamp(e, text)
    return {"article_id": row["article_id"], "quote": text[s:e], "quote_start": s, "quote_end": e}


def perturbed_predictions(rng: random.Random, gold: list[dict]) -> list[dict]:
    preds = []
    for row in rng.sample(gold, k=rng.randint(1, len(gold))):
        text = row["text"]
        for q in row["quotes"]:
            if rng.random() < 0.15:
                continue  # dropped
            for _ in range(2 if rng.random() < 0.08 else 1):  # sometimes predicted twice
                preds.append({**noisy_quote(rng, row["article_id"], text, q["start"], q["end"]), **noisy_speaker(rng, q, text)})
        for _ in range(rng.randint(0, 4)):
            preds.append({**random_extra(rng, row), **noisy_speaker(rng, {"sources": []}, text)})
    preds.append({"article_id": "not-in-gold", "quote": "x", "quote_start": 0, "quote_end": 1})
    rng.shuffle(preds)
    return preds


@pytest.mark.parametrize(("text", "quote", "hint", "gold_span", "matched"), LOCATE_CASES)
def test_agrees_on_search_rules(reference, text, quote, hint, gold_span, matched):
    assert assert_agree(reference, *locate_case(text, quote, hint, gold_span))["matched"] == matched


def test_agrees_on_randomly_perturbed_predictions(reference, dev_gold):
    rng = random.Random(20240521)
    f1s = set()
    for trial in range(RANDOM_TRIALS):
        gold = dev_gold if trial % 4 == 0 else rng.sample(dev_gold, k=rng.randint(1, 12))
        result = assert_agree(reference, gold, perturbed_predictions(rng, gold))
        f1s.add(result["pair_f1"])
    assert len(f1s) > RANDOM_TRIALS // 2  # the perturbations really vary the figures


# Hypothesis: tiny texts dense in marks, apostrophes, spaces and line breaks, where the
# trimming and cutting rules have the most edge cases.
ALPHABET = st.sampled_from(list("aa ''\"\n\u201c\u201d\u00ab\u00bb\u201e\u2019.") + ["he", "Ann", "Mr"])
TEXTS = st.lists(ALPHABET, min_size=1, max_size=40).map("".join)


@st.composite
def spans_in(draw, text: str, beyond: int = 0) -> tuple[int, int]:
    start = draw(st.integers(0, len(text) + beyond))
    end = draw(st.integers(0, len(text) + beyond))
    return start, end


@st.composite
def synthetic_cases(draw):
    text = draw(TEXTS)
    n = len(text)

    def gold_span():
        s, e = sorted(draw(spans_in(text)))
        return s, e

    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        s, e = gold_span()
        sources = []
        for _ in range(draw(st.integers(0, 2))):
            ss, se = gold_span()
            sources.append({"start": ss, "end": se, "text": text[ss:se],
                            "repr": draw(st.sampled_from([None, "Ann Lee", "he", "Mr. Bo"]))})
        quotes.append({"start": s, "end": e, "text": text[s:e], "sources": sources, "cues": []})
    unattributed = []
    for _ in range(draw(st.integers(0, 2))):
        s, e = gold_span()
        unattributed.append({"start": s, "end": e, "text": text[s:e]})
    gold = [{"article_id": "t", "text": text, "quotes": quotes, "unattributed": unattributed}]

    preds = []
    for _ in range(draw(st.integers(0, 6))):
        s, e = draw(spans_in(text))
        how = draw(st.sampled_from(["slice", "elsewhere", "elsewhere", "other", "none"]))
        if how == "elsewhere":  # a string from another place: found by searching near quote_start
            a, b = sorted(draw(spans_in(text)))
            quote = text[a:b]
        else:
            quote = text[s:e] if how == "slice" else (draw(TEXTS) if how == "other" else None)
        if how == "slice" and e > n:
            e = n  # the reference crashes on a slice that runs past the text
        offsets = draw(st.sampled_from(["both", "none", "start"]))
        ss, se = draw(spans_in(text, beyond=3))
        preds.append({
            "article_id": draw(st.sampled_from(["t", "t", "t", "u"])), "quote": quote,
            "quote_start": None if offsets == "none" else s, "quote_end": e if offsets == "both" else None,
            "speaker": draw(st.sampled_from([None, "", "Ann", "he", "Mr. Lee", "Ann's", "Bo"])),
            "speaker_start": draw(st.sampled_from([None, ss])), "speaker_end": se,
        })
    return gold, preds


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=synthetic_cases())
def test_agrees_on_synthetic_articles(reference, case):
    gold, preds = case
    assert_agree(reference, gold, preds)


def test_agrees_on_the_extractor_output(reference, dev_gold):
    import builder

    preds = []
    for row in dev_gold:
        quotes = builder.extract(builder.Article(id=row["article_id"], text=row["text"]))
        preds.extend(q.model_dump(mode="json") for q in quotes)
    assert preds, "the extractor found no quotes on dev"
    assert_agree(reference, dev_gold, preds)
