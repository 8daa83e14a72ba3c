"""publish: dist/ goes to the Hub with create_repo + upload_folder, end to end against a fake
Hub on 127.0.0.1; the uploaded bytes are the folder's bytes, and the token is sent but never
shown."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.publish.build import build
from builder.publish.hub import PublishError, publish, scrub
from fakehub import FakeHub, metadata_errors

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "hf_FakeTokenForTests0123456789abcdef"


@pytest.fixture()
def dist(tmp_path: Path) -> Path:
    out = tmp_path / "dist"
    build(ROOT / "sources", out, accuracy_record=tmp_path / "no-record.json")
    return out


def authorizations(hub: FakeHub) -> set[str | None]:
    """Authorization headers of the API calls (the anonymous user-agent lookup aside)."""
    return {r.authorization for r in hub.requests if not r.path.startswith("/api/agent-harnesses")}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_publish_uploads_every_file_byte_for_byte(dist: Path) -> None:
    with FakeHub() as hub:
        url = publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)
        repo = hub.repos["someone/quotes"]
    assert repo.files == files_of(dist)
    assert url.startswith(f"{hub.url}/datasets/someone/quotes/commit/")
    assert hub.unexpected == []
    assert authorizations(hub) == {f"Bearer {TOKEN}"}
    assert any(r.path.startswith("/api/datasets/someone/quotes/commit/main") for r in hub.requests)


def test_republish_replaces_stale_shards_and_skips_unchanged(dist: Path, tmp_path: Path) -> None:
    with FakeHub() as hub:
        publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)
        hub.repos["someone/quotes"].files["data/quotes/quotes-00007.jsonl"] = b'{"stale": true}\n'
        publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)
        assert hub.repos["someone/quotes"].files == files_of(dist)
        commits = len(hub.repos["someone/quotes"].commits)
        publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)  # nothing changed: no commit
        assert len(hub.repos["someone/quotes"].commits) == commits


def test_publish_refuses_an_incomplete_folder(dist: Path) -> None:
    (dist / "data" / "quotes" / "quotes-00000.jsonl").unlink()
    with FakeHub() as hub, pytest.raises(PublishError, match="quotes-00000.jsonl is missing"):
        publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)
    assert hub.requests == []
    shutil.rmtree(dist)
    with pytest.raises(PublishError, match="not a built dataset folder"):
        publish(dist, "someone/quotes", endpoint="http://127.0.0.1:9", token=TOKEN)


def test_fake_hub_rejects_bad_metadata_like_the_hub(dist: Path) -> None:
    card = (dist / "README.md").read_text(encoding="utf-8")
    assert metadata_errors(card) == []
    bad = card.replace("license: other", "license: apache-2-0", 1)
    assert metadata_errors(bad) == ["license: 'apache-2-0' is not an allowed value"]
    (dist / "README.md").write_text(bad, encoding="utf-8")
    with FakeHub() as hub, pytest.raises(PublishError, match="Invalid metadata"):
        publish(dist, "someone/quotes", endpoint=hub.url, token=TOKEN)


def _cli(args: list[str], env_extra: dict[str, str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env.update({"HF_HOME": str(home), "HF_HUB_VERBOSITY": "debug", **env_extra})
    return subprocess.run([sys.executable, "-m", "builder", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_publish_takes_token_from_env_and_never_prints_it(dist: Path, tmp_path: Path) -> None:
    with FakeHub() as hub:
        done = _cli(["publish", "--repo-id", "someone/quotes", "--dist", str(dist), "--endpoint", hub.url],
                    {"HF_TOKEN": TOKEN}, tmp_path / "home")
        files = hub.repos["someone/quotes"].files
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(f"{hub.url}/datasets/someone/quotes/commit/")
    assert files == files_of(dist)
    assert authorizations(hub) == {f"Bearer {TOKEN}"}
    assert TOKEN not in done.stdout + done.stderr
    assert TOKEN[-12:] not in done.stdout + done.stderr


def test_cli_publish_failure_names_the_cause_without_the_token(dist: Path, tmp_path: Path) -> None:
    with FakeHub(reject_auth=True) as hub:
        done = _cli(["publish", "--repo-id", "someone/quotes", "--dist", str(dist), "--endpoint", hub.url],
                    {"HF_TOKEN": TOKEN}, tmp_path / "home")
    assert done.returncode == 2
    assert "builder publish: upload to someone/quotes failed" in done.stderr
    assert "401" in done.stderr
    assert TOKEN not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_scrub_hides_the_token() -> None:
    assert scrub(f"header Bearer {TOKEN} refused", TOKEN) == "header Bearer *** refused"
    assert scrub("nothing secret", None) == "nothing secret"
