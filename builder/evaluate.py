"""Score quote/speaker predictions against PolNeAR-style gold.

This is our own implementation of the metric described in ../shared/eval/README.md. The
shared `score.py` is the reference: on every valid input the two must return the same
dict (tests/test_evaluate.py checks this on the dev gold and on random predictions), so
the rules below follow it exactly, including its tie-breaks. Where the reference would
crash or index backwards (non-string quotes, negative offsets, wrong field types) we
refuse the input with an `EvaluationError` that says which record is wrong instead.

The metric, in short:

* predicted quotes are placed in the text by their offsets, or by searching for the quote
  string nearest to `quote_start` when the offsets do not slice to it;
* placed quotes are cut at line breaks and trimmed of spaces and double quote marks, like
  the gold quotes were when the gold was built;
* a piece matches a gold quote when they overlap by at least half of the longer one,
  one-to-one, largest overlaps first;
* over matched quotes whose gold has a Source, the speaker is judged by name (and, for the
  lenient figure, also by mention span); a pair counts when matched and name-correct.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from builder.patterns import SCORE_NAME_TOKEN, SCORE_POSSESSIVE

# Double quotation marks the gold was built from. The NYT archive's two-apostrophe mark
# ('') is handled separately because it is two characters long.
QUOTE_MARK_CHARS = frozenset("\u201c\u00ab\u201e\u201d\u00bb\"")  # “ « „ ” » "
DOUBLE_APOSTROPHE = "''"

# A piece and a gold quote match when their overlap is at least this share of the longer.
MATCH_SHARE = 0.5
# An unmatched piece is an unattributed false positive when it covers more than this share
# of an unattributed (scare quote, title, nickname) span.
UNATTRIBUTED_SHARE = 0.5

# Words that never identify who spoke: titles and roles, articles, speech verbs, pronouns.
# A speaker "he" or "the senator" therefore names nobody. These lists define the metric;
# they must stay identical to the reference scorer's.
NOT_NAME_WORDS = frozenset(
    """
    mr mrs ms miss dr sen senator rep representative gov governor president vice gen general
    minister secretary prime chief former
    the a an of
    said says told spokesman spokeswoman spokesperson
    """.split()
)
PRONOUNS = frozenset("he she they it we i you him her them his hers their its".split())

ROUND_DIGITS = 4


class EvaluationError(ValueError):
    """Input the evaluator cannot score (missing file, malformed line, wrong field type)."""


# ---------------------------------------------------------------------------------------
# Placing and cutting predicted quotes


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past edge whitespace and double quote marks.

    Gold spans are inner texts without marks, so predicted spans that include the marks
    (or a stray space) must still match. Like the reference, a leading '' is recognised
    even when its second apostrophe lies just past `end`; the span then comes out empty.
    """
    while start < end and _opens_with_mark(text, start):
        start += len(DOUBLE_APOSTROPHE) if text.startswith(DOUBLE_APOSTROPHE, start) else 1
    while end > start and _closes_with_mark(text, start, end):
        end -= len(DOUBLE_APOSTROPHE) if text.endswith(DOUBLE_APOSTROPHE, start, end) else 1
    return start, end


def _opens_with_mark(text: str, start: int) -> bool:
    char = text[start]
    return char.isspace() or char in QUOTE_MARK_CHARS or text.startswith(DOUBLE_APOSTROPHE, start)


def _closes_with_mark(text: str, start: int, end: int) -> bool:
    char = text[end - 1]
    return char.isspace() or char in QUOTE_MARK_CHARS or text.endswith(DOUBLE_APOSTROPHE, start, end)


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty, trimmed pieces of [start, end) between line breaks.

    Gold quotes were cut per paragraph, so a multi-paragraph prediction must be cut the
    same way or it could never match more than one of them.
    """
    start, end = trim(text, start, end)
    if start >= end:
        return []
    pieces = []
    newline = text.find("\n", start, end)
    while newline >= 0:
        pieces.append(trim(text, start, newline))
        start = newline + 1
        newline = text.find("\n", start, end)
    pieces.append(trim(text, start, end))
    return [(a, b) for a, b in pieces if b > a]


def locate(text: str, quote: str, hint: int | None) -> tuple[int, int] | None:
    """Where `quote` occurs in `text` nearest to `hint`, or None.

    Predictions may carry offsets into a differently normalised text; the quote string is
    then the better evidence. Occurrences are found left to right without overlaps, and a
    tie in distance goes to the earlier one (the reference's rules).
    """
    if not quote:
        return None
    anchor = hint or 0
    best = None
    for found in _occurrences(text, quote):
        if best is None or abs(found - anchor) < abs(best - anchor):
            best = found
    return None if best is None else (best, best + len(quote))


def _occurrences(text: str, needle: str) -> Iterator[int]:
    position = text.find(needle)
    while position >= 0:
        yield position
        position = text.find(needle, position + len(needle))


def place(text: str, pred: Mapping[str, Any]) -> tuple[int, int] | None:
    """The [start, end) a prediction claims in `text`, or None when its quote is not there."""
    quote = pred.get("quote") or ""
    start, end = pred.get("quote_start"), pred.get("quote_end")
    if start is not None and end is not None and text[start:end] == quote:
        # An end past the text can only slice to the text's tail; clamp it there.
        return start, min(end, len(text))
    return locate(text, quote, start)


# ---------------------------------------------------------------------------------------
# Speakers


def name_tokens(name: str | None) -> set[str]:
    """Lower-case tokens of `name` that can identify a person or organisation.

    Titles, pronouns, speech verbs and the possessive 's are dropped, so "Sen. Warren's
    spokesman" yields {"warren"} and "he" yields nothing.
    """
    if not name:
        return set()
    lowered = SCORE_POSSESSIVE.sub("", name.lower())
    return {tok for tok in SCORE_NAME_TOKEN.findall(lowered) if tok not in NOT_NAME_WORDS and tok not in PRONOUNS}


def mention_overlaps(pred: Mapping[str, Any], sources: list[dict]) -> bool:
    """Does the predicted speaker mention span overlap any gold Source span?"""
    start, end = pred.get("speaker_start"), pred.get("speaker_end")
    if start is None or end is None:
        return False
    return any(min(end, src["end"]) > max(start, src["start"]) for src in sources)


def name_matches(pred: Mapping[str, Any], sources: list[dict]) -> bool | None:
    """Does the predicted speaker share a name token with the gold Source or its coreference
    representative? None when gold itself carries no name (an unresolved pronoun), because
    then no name can be right or wrong."""
    gold_tokens: set[str] = set()
    for src in sources:
        gold_tokens |= name_tokens(src.get("text")) | name_tokens(src.get("repr"))
    if not gold_tokens:
        return None
    return bool(name_tokens(pred.get("speaker")) & gold_tokens)


@dataclass(frozen=True)
class SpeakerVerdict:
    lenient: bool  # right mention span or right name
    by_name: bool  # right name; the span only where gold has no name
    mention: bool  # right mention span


def judge_speaker(pred: Mapping[str, Any], sources: list[dict]) -> SpeakerVerdict:
    mention = mention_overlaps(pred, sources)
    name = name_matches(pred, sources)
    return SpeakerVerdict(
        lenient=mention or bool(name),
        by_name=mention if name is None else name,
        mention=mention,
    )


# ---------------------------------------------------------------------------------------
# Matching and counting


def match(pieces: list[tuple[int, int]], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (piece index, gold index) matches, greedy by overlap.

    Equal overlaps go to the later piece and then the later gold quote: the reference sorts
    (overlap, piece, gold) descending, and which of two tied pieces wins decides whose
    speaker is judged.
    """
    candidates = []
    for i, (p_start, p_end) in enumerate(pieces):
        for j, g in enumerate(gold):
            overlap = min(p_end, g["end"]) - max(p_start, g["start"])
            longer = max(p_end - p_start, g["end"] - g["start"])
            if overlap > 0 and overlap >= MATCH_SHARE * longer:
                candidates.append((overlap, i, j))
    candidates.sort(reverse=True)
    taken_pieces: set[int] = set()
    taken_gold: set[int] = set()
    matches = []
    for _, i, j in candidates:
        if i not in taken_pieces and j not in taken_gold:
            taken_pieces.add(i)
            taken_gold.add(j)
            matches.append((i, j))
    return matches


def lies_on_unattributed(piece: tuple[int, int], unattributed: list[dict]) -> bool:
    start, end = piece
    return any(
        min(end, u["end"]) - max(start, u["start"]) > UNATTRIBUTED_SHARE * (u["end"] - u["start"])
        for u in unattributed
    )


@dataclass
class Tally:
    """Running counts over articles; `summary` turns them into the reported figures."""

    gold: int = 0
    predicted: int = 0  # pieces, plus one for each prediction that could not be placed
    unlocatable: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_lenient: int = 0
    speaker_name: int = 0
    speaker_mention: int = 0
    pairs: int = 0
    unattributed_fp: int = 0

    def __iadd__(self, other: Tally) -> Tally:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        return self


# Kinds of wrong name (see wrong_name_kind), in the order the card lists them.
WRONG_NAME_KINDS = ("no_speaker", "same_mention", "gold_labels_swapped", "gold_without_name", "other_mention")


def wrong_name_kind(pred: Mapping[str, Any], sources: list[dict], verdict: SpeakerVerdict,
                    cues: list[dict] = ()) -> str:
    """Why a matched quote's speaker was judged wrong, read off the records alone:
    no_speaker (we gave none); same_mention (our mention is gold's Source, but the name we
    resolved it to shares no token with gold's Source or its coreference representative: a
    pronoun's antecedent, a description tied to a name); gold_without_name (gold's Source and
    representative carry no name token, "said" or "who", so only its span counts, and our
    mention is elsewhere); gold_labels_swapped (the same, but our mention lies in gold's Cue:
    the annotator marked "said" as Source and the name as Cue); other_mention (we rest the
    attribution on another mention)."""
    if not pred.get("speaker"):
        return "no_speaker"
    if verdict.mention:
        return "same_mention"
    if name_matches(pred, sources) is None:
        return "gold_labels_swapped" if mention_overlaps(pred, list(cues)) else "gold_without_name"
    return "other_mention"


def score_article(row: Mapping[str, Any], preds: list[Mapping[str, Any]],
                  by_rule: dict[str, list[int]] | None = None,
                  wrong: dict[str, int] | None = None) -> Tally:
    """Counts for one gold article and the predictions made on it. With `by_rule`, also
    counts per rule family of the matched predictions: [speaker scored, name right]; with
    `wrong`, the wrong names per wrong_name_kind."""
    text, gold = row["text"], row["quotes"]
    tally = Tally(gold=len(gold))
    pieces: list[tuple[int, int]] = []
    owners: list[Mapping[str, Any]] = []  # the prediction each piece was cut from
    for pred in preds:
        span = place(text, pred)
        if span is None:
            tally.unlocatable += 1
            tally.predicted += 1
            continue
        for piece in paragraph_pieces(text, *span):
            pieces.append(piece)
            owners.append(pred)
    tally.predicted += len(pieces)

    matches = match(pieces, gold)
    for i, j in matches:
        tally.matched += 1
        sources = gold[j]["sources"]
        if not sources:  # nothing to attribute: the quote alone makes the pair
            tally.pairs += 1
            continue
        verdict = judge_speaker(owners[i], sources)
        if by_rule is not None:
            counts = by_rule.setdefault(str(owners[i].get("rule") or "").split(".")[0], [0, 0])
            counts[0] += 1
            counts[1] += verdict.by_name
        if wrong is not None and not verdict.by_name:
            kind = wrong_name_kind(owners[i], sources, verdict, gold[j].get("cues") or [])
            wrong[kind] = wrong.get(kind, 0) + 1
        tally.speaker_scored += 1
        tally.speaker_lenient += verdict.lenient
        tally.speaker_name += verdict.by_name
        tally.speaker_mention += verdict.mention
        tally.pairs += verdict.by_name

    matched_pieces = {i for i, _ in matches}
    tally.unattributed_fp = sum(
        1
        for i, piece in enumerate(pieces)
        if i not in matched_pieces and lies_on_unattributed(piece, row["unattributed"])
    )
    return tally


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    # Same float expression as the reference, so the rounded figures agree to the last digit.
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def summary(tally: Tally, articles: int) -> dict[str, int | float]:
    """The reported figures, with the reference's keys, order and rounding."""
    qp, qr = _ratio(tally.matched, tally.predicted), _ratio(tally.matched, tally.gold)
    pp, pr = _ratio(tally.pairs, tally.predicted), _ratio(tally.pairs, tally.gold)
    r = ROUND_DIGITS
    return {
        "articles": articles,
        "gold_quotes": tally.gold,
        "pred_quotes": tally.predicted,
        "matched": tally.matched,
        "unlocatable_preds": tally.unlocatable,
        "quote_precision": round(qp, r),
        "quote_recall": round(qr, r),
        "quote_f1": round(_f1(qp, qr), r),
        "speaker_scored": tally.speaker_scored,
        "speaker_accuracy": round(_ratio(tally.speaker_lenient, tally.speaker_scored), r),
        "speaker_name_accuracy": round(_ratio(tally.speaker_name, tally.speaker_scored), r),
        "speaker_mention_accuracy": round(_ratio(tally.speaker_mention, tally.speaker_scored), r),
        "pair_precision": round(pp, r),
        "pair_recall": round(pr, r),
        "pair_f1": round(_f1(pp, pr), r),
        "unattributed_false_positives": tally.unattributed_fp,
    }


# ---------------------------------------------------------------------------------------
# Validation: refuse what the metric cannot judge, naming the record


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _require(ok: bool, where: str, problem: str) -> None:
    if not ok:
        raise EvaluationError(f"{where}: {problem}")


def _check_span(span: object, where: str) -> None:
    _require(isinstance(span, dict), where, "expected an object with start and end")
    _require(_is_int(span.get("start")) and _is_int(span.get("end")), where, "start and end must be integers")


def check_gold_row(row: object, where: str) -> None:
    """Raise EvaluationError unless `row` has the fields of a PolNeAR-style gold article."""
    _require(isinstance(row, dict), where, "gold row is not a JSON object")
    _require(isinstance(row.get("article_id"), str), where, "gold row needs a string article_id")
    _require(isinstance(row.get("text"), str), where, "gold row needs a string text")
    for key in ("quotes", "unattributed"):
        _require(isinstance(row.get(key), list), where, f"gold row needs a list {key!r}")
    for k, quote in enumerate(row["quotes"]):
        _check_span(quote, f"{where}: quotes[{k}]")
        sources = quote.get("sources")
        _require(isinstance(sources, list), f"{where}: quotes[{k}]", "needs a list 'sources'")
        for m, src in enumerate(sources):
            src_where = f"{where}: quotes[{k}].sources[{m}]"
            _check_span(src, src_where)
            for key in ("text", "repr"):
                _require(src.get(key) is None or isinstance(src[key], str), src_where, f"{key} must be a string or null")
        cues = quote.get("cues", [])  # optional: only the wrong-name breakdown reads them
        _require(isinstance(cues, list), f"{where}: quotes[{k}]", "'cues' must be a list")
        for m, cue in enumerate(cues):
            _check_span(cue, f"{where}: quotes[{k}].cues[{m}]")
    for k, span in enumerate(row["unattributed"]):
        _check_span(span, f"{where}: unattributed[{k}]")


def check_prediction(pred: object, where: str) -> None:
    """Raise EvaluationError unless `pred` is a prediction record the metric can judge."""
    _require(isinstance(pred, dict), where, "prediction is not a JSON object")
    art_id = pred.get("article_id")
    _require(isinstance(art_id, str) or _is_int(art_id), where, "prediction needs an article_id (string)")
    for key in ("quote", "speaker"):
        _require(pred.get(key) is None or isinstance(pred[key], str), where, f"{key} must be a string or null")
    for key in ("quote_start", "quote_end", "speaker_start", "speaker_end"):
        value = pred.get(key)
        _require(value is None or (_is_int(value) and value >= 0), where, f"{key} must be a non-negative integer or null")


# ---------------------------------------------------------------------------------------
# Entry points


def _by_article(preds: Iterable[dict]) -> dict[str, list[dict]]:
    by_article: dict[str, list[dict]] = {}
    for pred in preds:
        by_article.setdefault(str(pred["article_id"]), []).append(pred)
    return by_article


def _score_checked(gold_rows: list[dict], preds: Iterable[dict]) -> dict[str, int | float]:
    by_article = _by_article(preds)
    total = Tally()
    for row in gold_rows:
        total += score_article(row, by_article.get(row["article_id"], []))
    return summary(total, len(gold_rows))


def rule_accuracy(gold_rows: list[dict], preds: list[dict]) -> dict[str, dict[str, int]]:
    """Per rule family (the `rule` field without its version): how many of its matched quotes
    had a gold speaker (`scored`) and how many of those it named right (`name_right`). Not part
    of the reference metric: it says how far each rule can be trusted."""
    for n, row in enumerate(gold_rows, 1):
        check_gold_row(row, f"gold row {n}")
    by_article = _by_article(preds)
    by_rule: dict[str, list[int]] = {}
    for row in gold_rows:
        score_article(row, by_article.get(row["article_id"], []), by_rule)
    return {rule: {"scored": n, "name_right": k} for rule, (n, k) in sorted(by_rule.items())}


def wrong_names(gold_rows: list[dict], preds: list[dict]) -> dict[str, int]:
    """How many matched quotes got a wrong speaker name, per wrong_name_kind (every kind
    listed, zeros included). Not part of the reference metric: it says where the errors are."""
    for n, row in enumerate(gold_rows, 1):
        check_gold_row(row, f"gold row {n}")
    by_article = _by_article(preds)
    wrong = dict.fromkeys(WRONG_NAME_KINDS, 0)
    for row in gold_rows:
        score_article(row, by_article.get(row["article_id"], []), wrong=wrong)
    return wrong


def score(gold_rows: list[dict], preds: list[dict]) -> dict[str, int | float]:
    """Figures for `preds` (one dict per predicted quote) against `gold_rows` (one dict per
    article). Predictions on articles absent from the gold are ignored, as in the reference.
    Raises EvaluationError on records the metric cannot judge."""
    for n, row in enumerate(gold_rows, 1):
        check_gold_row(row, f"gold row {n}")
    for n, pred in enumerate(preds, 1):
        check_prediction(pred, f"prediction {n}")
    return _score_checked(gold_rows, preds)


def read_jsonl(path: Path, what: str) -> list[tuple[str, Any]]:
    """(location, record) for every non-blank line of a JSONL file; clear errors otherwise."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            lines = list(fh)
    except FileNotFoundError:
        raise EvaluationError(f"{what} file not found: {path}") from None
    except IsADirectoryError:
        raise EvaluationError(f"{what} path is a directory, not a JSONL file: {path}") from None
    except UnicodeDecodeError as err:
        raise EvaluationError(f"{what} file is not UTF-8: {path} ({err.reason} at byte {err.start})") from None
    except OSError as err:
        raise EvaluationError(f"cannot read {what} file {path}: {err.strerror or err}") from None
    records = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            records.append((where, json.loads(line)))
        except json.JSONDecodeError as err:
            raise EvaluationError(f"{where}: malformed JSON in {what} file: {err.msg} (column {err.colno})") from None
    return records


def evaluate_files(gold_path: Path | str, pred_path: Path | str) -> dict[str, int | float]:
    """Score a prediction JSONL (one quote a line) against a gold JSONL (one article a line)."""
    gold = read_jsonl(Path(gold_path), "gold")
    preds = read_jsonl(Path(pred_path), "prediction")
    if not gold:
        raise EvaluationError(f"gold file has no articles: {gold_path}")
    for where, row in gold:
        check_gold_row(row, where)
    for where, pred in preds:
        check_prediction(pred, where)
    return _score_checked([row for _, row in gold], [pred for _, pred in preds])
