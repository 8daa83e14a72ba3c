"""Publishing dist/ to the Hugging Face Hub: create the dataset repo, upload the folder.

The token comes from `HF_TOKEN` or the stored `huggingface-cli login` (huggingface_hub finds
it); it is never printed or logged, and error messages are scrubbed of it before they are
shown. Shards of an earlier upload that the new build no longer has are deleted in the same
commit, so the repo holds exactly the folder.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from huggingface_hub import HfApi, constants, get_token
from huggingface_hub.errors import HfHubHTTPError

# Remote files the upload replaces wholesale: old shards must not linger next to new ones.
REPLACED = ["data/**"]


class PublishError(Exception):
    """The folder could not be published; the message never contains the token."""


def scrub(message: str, token: str | None) -> str:
    return message.replace(token, "***") if token else message


def check_dist(dist: Path) -> dict:
    """The build summary of a complete dataset folder, or PublishError."""
    for name in ("README.md", "build.json"):
        if not (dist / name).is_file():
            raise PublishError(f"{dist} is not a built dataset folder (no {name}); run `python -m builder build`")
    summary = json.loads((dist / "build.json").read_text(encoding="utf-8"))
    for shards in summary["outputs"].values():
        for shard in shards:
            if not (dist / shard["path"]).is_file():
                raise PublishError(f"{dist} is incomplete: {shard['path']} is missing; rebuild it")
    return summary


@contextmanager
def hub_endpoint(endpoint: str | None) -> Iterator[None]:
    """Send every request of huggingface_hub to `endpoint` while publishing, including the
    implicit ones that read the global endpoint rather than HfApi's (user-agent lookups)."""
    if endpoint is None:
        yield
        return
    saved = constants.ENDPOINT
    constants.ENDPOINT = endpoint.rstrip("/")
    try:
        yield
    finally:
        constants.ENDPOINT = saved


def publish(dist: Path, repo_id: str, *, endpoint: str | None = None, token: str | None = None,
            private: bool = False) -> str:
    """Upload dist/ to the dataset repo `repo_id`; returns the commit URL."""
    summary = check_dist(dist)
    token = token or get_token()
    api = HfApi(endpoint=endpoint, token=token)
    counts = summary["counts"]
    message = f"builder {summary['builder_version']}: {counts['quotes']} quotes from {counts['articles']} articles"
    try:
        with hub_endpoint(endpoint):
            api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
            info = api.upload_folder(folder_path=dist, repo_id=repo_id, repo_type="dataset",
                                     commit_message=message, delete_patterns=REPLACED)
    except (HfHubHTTPError, OSError, ValueError) as err:
        raise PublishError(scrub(f"upload to {repo_id} failed: {err}", token)) from None
    return info.commit_url


def publish_cli(args: argparse.Namespace) -> int:
    from builder.cli import UserError

    try:
        url = publish(Path(args.dist), args.repo_id, endpoint=args.endpoint, private=args.private)
    except PublishError as err:
        raise UserError(str(err)) from None
    print(url)
    print(f"published {args.dist} to dataset {args.repo_id}", file=sys.stderr)
    return 0
