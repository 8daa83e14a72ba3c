"""The quality gate: extract the gold articles in-process, score them, and fail below a floor.

CI runs `python -m builder.quality --gold ../shared/eval/polnear-dev.jsonl --floors
.ci/floors.json --rules .ci/rule_decisions.json`. The floors are the dev figures the extractor
reached, rounded down; they only ever go up, so a change that makes extraction worse fails CI
instead of shipping. The rule decisions hold each rule id ("quote_speaker_cue.v2") to the
decisions recorded for it on the same gold, so a rule that changes what it decides must get a
new version (RULE_VERSIONS) before it ships: a dataset's rule ids mean the same thing in every
build that carries them. The decisions are held on the gold's texts and on every
`--rules-corpus` (CI adds sources/ and PolNeAR train), so that rules that never fire on dev
are held too.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

from builder.evaluate import EvaluationError, check_gold_row, read_jsonl, score

# Every floors file must set these: quote finding, speaker naming, and both together
# (pair F1, the headline figure). A gate missing one would silently stop guarding it.
REQUIRED_FLOORS = ("quote_f1", "speaker_name_accuracy", "pair_f1")

EXIT_PASS, EXIT_BELOW_FLOOR, EXIT_BAD_INPUT = 0, 1, 2

# What a rule decides for a quote: which quote, whom it credits, on which mention and cue.
# (Not the confidence: re-measuring it changes no decision.)
DECISION_FIELDS = ("article_id", "quote_start", "quote_end", "speaker", "speaker_kind",
                   "speaker_start", "speaker_end", "cue_start", "cue_end")
RECORD_HINT = ("python -m builder.quality with the arguments .ci/run gives it (the same --rules-corpus), "
               "plus --record-rules")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check(result: dict, floors: dict) -> list[str]:
    """Failures, one message each: a figure below its floor, a floor the result has no
    figure for, a required floor that is not set, or a floor that is not a number in [0, 1].
    An empty list means the gate passes."""
    failures = [f"no floor set for {key}" for key in REQUIRED_FLOORS if key not in floors]
    for key, floor in floors.items():
        if not _is_number(floor) or not 0.0 <= floor <= 1.0:
            failures.append(f"floor for {key} must be a number in [0, 1], not {floor!r}")
        elif not _is_number(result.get(key)):
            failures.append(f"{key}: the result has no such figure (floor {floor})")
        elif result[key] < floor:
            failures.append(f"{key} {result[key]:.4f} is below its floor {floor}")
    return failures


def load_floors(path: Path) -> dict:
    try:
        floors = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"floors file not found: {path}") from None
    except json.JSONDecodeError as err:
        raise EvaluationError(f"{path}: malformed JSON: {err.msg} (line {err.lineno})") from None
    if not isinstance(floors, dict):
        raise EvaluationError(f"{path}: expected an object of figure -> floor")
    return floors


def load_gold(path: Path) -> list[dict]:
    records = read_jsonl(Path(path), "gold")
    if not records:
        raise EvaluationError(f"gold file has no articles: {path}")
    for where, row in records:
        check_gold_row(row, where)
    return [row for _, row in records]


def extract_gold_texts(gold: list[dict]) -> list[dict]:
    """The extractor's predictions on every gold text, as evaluator records."""
    from builder import Article, extract

    preds = []
    for row in gold:
        article = Article(id=row["article_id"], text=row["text"])
        try:
            quotes = extract(article)
        except Exception as err:  # name the article, keep the traceback
            raise RuntimeError(f"extract failed on gold article {article.id!r}") from err
        preds.extend(q.model_dump(mode="json") for q in quotes)
    return preds


def extract_corpus(paths: list[Path | str]) -> list[dict]:
    """The extractor's records on every article of the given .txt and .jsonl files (PolNeAR
    gold rows read as articles). A skipped file or line is an error: the record would
    otherwise hold fewer texts than the command line says."""
    from builder import extract
    from builder.pipeline.readers import Skip, read

    preds: list[dict] = []
    for item in read(paths):  # an empty or unreadable file comes back as a Skip
        if isinstance(item, Skip):
            raise EvaluationError(f"rules corpus: {item.location}: {item.reason}")
        preds.extend(q.model_dump(mode="json") for q in extract(item))
    return preds


def rule_decisions(preds: list[dict]) -> dict[str, dict]:
    """Rule id -> how many quotes it decided and the SHA-256 of those decisions, sorted."""
    lines: dict[str, list[str]] = defaultdict(list)
    for p in preds:
        lines[p["rule"]].append("\t".join(str(p.get(k)) for k in DECISION_FIELDS))
    return {rule: {"quotes": len(ls), "sha256": hashlib.sha256("\n".join(sorted(ls)).encode()).hexdigest()}
            for rule, ls in sorted(lines.items())}


def check_rules(current: dict[str, dict], recorded: dict[str, dict]) -> list[str]:
    """Failures, one message each: a rule id that decides otherwise than recorded (its version
    must go up), one with no record (new or just bumped: record it), a recorded one that no
    longer decides anything."""
    failures = []
    for rule, now in current.items():
        was = recorded.get(rule)
        if was is None:
            failures.append(f"rule {rule} ({now['quotes']} quotes) has no recorded decisions: "
                            f"if it is new or its version was just raised, record them ({RECORD_HINT})")
        elif was.get("sha256") != now["sha256"]:
            failures.append(f"rule {rule} decides differently from its record ({now['quotes']} quotes now, "
                            f"{was.get('quotes')} recorded): raise its version in RULE_VERSIONS "
                            f"(builder/pipeline/attribute/confidence.py), then record ({RECORD_HINT})")
    failures += [f"recorded rule {rule} decides no quote now: record the current rules ({RECORD_HINT})"
                 for rule in recorded if rule not in current]
    return failures


def load_rules(path: Path) -> dict[str, dict]:
    try:
        rules = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}  # nothing recorded yet: every rule asks to be recorded
    except json.JSONDecodeError as err:
        raise EvaluationError(f"{path}: malformed JSON: {err.msg} (line {err.lineno})") from None
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise EvaluationError(f"{path}: expected an object of rule id -> {{quotes, sha256}}")
    return rules


def record_rules(path: Path, current: dict[str, dict], recorded: dict[str, dict]) -> list[str]:
    """Write the current decisions, unless a rule id would change its record: that one needs
    a new version first (returned as failures, nothing written)."""
    changed = [f for f in check_rules(current, recorded) if "decides differently" in f]
    if not changed:
        Path(path).write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
    return changed


def report(result: dict, floors: dict, seconds: float) -> str:
    """A small table: every floored figure next to its floor, then the other figures."""
    lines = [f"{'figure':28s} {'measured':>9s} {'floor':>7s}"]
    for key, floor in floors.items():
        value = result.get(key)
        shown = f"{value:9.4f}" if _is_number(value) else f"{'-':>9s}"
        lines.append(f"{key:28s} {shown} {floor!s:>7s}")
    lines.append("")
    for key, value in result.items():
        if key not in floors:
            lines.append(f"{key:28s} {value!s:>9s}")
    lines.append(f"{'extract seconds':28s} {seconds:9.2f}")
    return "\n".join(lines)


def run_gate(gold_path: Path | str, floors_path: Path | str, rules_path: Path | str | None = None,
             record: bool = False, rules_corpus: list[Path | str] = ()) -> int:
    """Extract and score the gold articles; print the figures and floors; 0 when every
    figure reaches its floor (and, with `rules_path`, every rule id decides as recorded on the
    gold and on `rules_corpus`), 1 when one does not, 2 when the inputs are unusable.
    `record`: write the rule decisions first."""
    try:
        floors = load_floors(Path(floors_path))
        gold = load_gold(Path(gold_path))
        recorded = load_rules(Path(rules_path)) if rules_path else {}
    except EvaluationError as err:
        print(f"quality gate: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    started = time.perf_counter()
    preds = extract_gold_texts(gold)
    seconds = time.perf_counter() - started
    result = score(gold, preds)
    print(f"quality gate on {gold_path} ({len(gold)} articles), floors from {floors_path}")
    print(report(result, floors, seconds))
    failures = check(result, floors)
    if rules_path:
        try:
            held = preds + extract_corpus(list(rules_corpus))
        except EvaluationError as err:
            print(f"quality gate: {err}", file=sys.stderr)
            return EXIT_BAD_INPUT
        current = rule_decisions(held)
        if record:
            failures += record_rules(Path(rules_path), current, recorded)
            recorded = load_rules(Path(rules_path))
        failures += check_rules(current, recorded)
        corpus = "".join(f" + {c}" for c in rules_corpus)
        print(f"rule decisions: {len(current)} rule ids ({len(held)} quotes on the gold{corpus}) "
              f"checked against {rules_path}")
    for failure in dict.fromkeys(failures):
        print(f"FAIL: {failure}", file=sys.stderr)
    if failures:
        return EXIT_BELOW_FLOOR
    print("quality gate: pass")
    return EXIT_PASS


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m builder.quality", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True, help="PolNeAR-style gold JSONL (e.g. ../shared/eval/polnear-dev.jsonl)")
    ap.add_argument("--floors", required=True, help="JSON object of figure -> minimum (e.g. .ci/floors.json)")
    ap.add_argument("--rules", help="JSON of each rule id's recorded decisions on this gold (e.g. .ci/rule_decisions.json)")
    ap.add_argument("--record-rules", action="store_true",
                    help="record the current rule decisions first (refused for a rule id whose decisions changed)")
    ap.add_argument("--rules-corpus", action="extend", nargs="+", default=[], metavar="PATH",
                    help="more texts (.txt and .jsonl files) to hold the rule decisions on")
    args = ap.parse_args(argv)
    if (args.record_rules or args.rules_corpus) and not args.rules:
        ap.error("--record-rules and --rules-corpus need --rules")
    return run_gate(args.gold, args.floors, args.rules, args.record_rules, args.rules_corpus)


if __name__ == "__main__":
    sys.exit(main())
