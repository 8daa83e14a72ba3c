"""Thin command line over the library: each command calls one library function and turns
errors into clear messages at the edge. Every command is documented in README.md."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from builder.budget import ARTICLE_TIME_LIMIT


class UserError(Exception):
    """An error the user can fix; printed without a traceback."""


def cmd_extract(args: argparse.Namespace) -> int:
    from builder.extract import extract_paths

    counts = extract_paths(args.paths, Path(args.out), rejections=args.rejections and Path(args.rejections))
    print(json.dumps(counts), file=sys.stderr)
    return 0 if counts["articles"] else 1


def cmd_evaluate(args: argparse.Namespace) -> int:
    from builder.evaluate import EvaluationError, evaluate_files

    try:
        result = evaluate_files(Path(args.gold), Path(args.pred))
    except EvaluationError as err:
        raise UserError(str(err)) from err
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32s} {value}")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from builder.publish.build import build_cli

    return build_cli(args)


def cmd_publish(args: argparse.Namespace) -> int:
    from builder.publish.hub import publish_cli

    return publish_cli(args)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="builder", description="Quote attribution dataset builder")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("extract", help="extract attributed quotes from .txt/.jsonl files or folders")
    p.add_argument("paths", nargs="+", help=".txt or .jsonl files, or folders of them")
    p.add_argument("--out", required=True, help="output JSONL, one quote a line")
    p.add_argument("--rejections", help="also write rejected quote-mark spans (with reasons) here")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate", help="score predictions against PolNeAR-style gold")
    p.add_argument("--gold", required=True)
    p.add_argument("--pred", required=True)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("build", help="build the dataset folder (sources/ -> dist/)")
    p.add_argument("sources", nargs="?", default="sources")
    p.add_argument("--out", default="dist")
    p.add_argument("--gold", help="PolNeAR-style gold JSONL: measure accuracy for the card")
    p.add_argument("--strict", action="store_true", help="fail on any skipped input")
    p.add_argument("--max-bytes", type=int, default=5 * 1024 * 1024,
                   help="skip input files larger than this (default 5 MB)")
    p.add_argument("--time-limit", type=float, default=ARTICLE_TIME_LIMIT, metavar="SECONDS",
                   help=f"skip an article whose extraction takes longer (default {ARTICLE_TIME_LIMIT:g} s)")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract in N processes (default 1); the output is the same for any N")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("publish", help="upload the dataset folder to the Hugging Face Hub")
    p.add_argument("--repo-id", required=True, help="OWNER/NAME")
    p.add_argument("--dist", default="dist")
    p.add_argument("--endpoint", help="Hub endpoint (default: huggingface_hub's)")
    p.add_argument("--private", action="store_true")
    p.set_defaults(func=cmd_publish)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as err:
        print(f"builder {args.cmd}: {err}", file=sys.stderr)
        return 2
    except (FileNotFoundError, PermissionError, IsADirectoryError) as err:
        print(f"builder {args.cmd}: {err.strerror}: {err.filename}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"builder {args.cmd}: interrupted", file=sys.stderr)
        return 130
