"""The build: deterministic (the committed dist/ is what the code makes of sources/), atomic
(a failed or interrupted build leaves the previous dist/ as it was), sharded, accounted."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.publish import build as build_module
from builder.publish.build import BuildError, build

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def test_committed_dist_is_a_fresh_build_of_sources(tmp_path: Path) -> None:
    build(SOURCES, tmp_path / "dist")
    fresh, committed = tree(tmp_path / "dist"), tree(ROOT / "dist")
    assert sorted(fresh) == sorted(committed), "dist/ is stale: run `python -m builder build` and commit dist/"
    for name in fresh:
        assert fresh[name] == committed[name], f"dist/{name} is stale: run `python -m builder build` and commit dist/"


def test_two_builds_are_byte_identical_wherever_they_run(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "corpus"
    shutil.copytree(SOURCES, copy)
    build(SOURCES, tmp_path / "a")
    build(copy, tmp_path / "b" / "out")
    assert tree(tmp_path / "a") == tree(tmp_path / "b" / "out")
    text = "".join(d.decode() for d in tree(tmp_path / "a").values())
    assert str(tmp_path) not in text and str(ROOT) not in text  # no absolute paths leak


def test_worker_processes_change_nothing_in_the_output(tmp_path: Path) -> None:
    """--workers N extracts in N processes; rows, skips and their order stay as with one."""
    src = tmp_path / "src"
    shutil.copytree(SOURCES, src)
    (src / "feed.jsonl").write_text('{"id": "broken"\n{"id": "x", "text": "\\"Fine,\\" Jane Doe said."}\n',
                                    encoding="utf-8")
    one = build(src, tmp_path / "one")
    two = build(src, tmp_path / "two", workers=2)
    assert one["counts"]["skipped"] == 1 and one["counts"]["articles"] == 6
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    assert two == one


def test_build_json_accounts_for_inputs_and_outputs(tmp_path: Path) -> None:
    summary = build(SOURCES, tmp_path / "dist")
    on_disk = json.loads((tmp_path / "dist" / "build.json").read_text())
    assert on_disk == summary
    assert [i["path"] for i in summary["inputs"]] == sorted(p.name for p in SOURCES.glob("*.txt"))
    for item in summary["inputs"]:
        assert item["sha256"] == hashlib.sha256((SOURCES / item["path"]).read_bytes()).hexdigest()
    for name, shards in summary["outputs"].items():
        rows = 0
        for shard in shards:
            data = (tmp_path / "dist" / shard["path"]).read_bytes()
            assert hashlib.sha256(data).hexdigest() == shard["sha256"] and len(data) == shard["bytes"]
            assert data.count(b"\n") == shard["rows"]
            rows += shard["rows"]
        assert rows == summary["counts"]["quotes" if name == "quotes" else "articles"]
    assert summary["counts"]["articles"] == 5 and summary["skipped"] == []


def test_shards_are_bounded_and_keep_row_order(tmp_path: Path) -> None:
    build(SOURCES, tmp_path / "one")
    summary = build(SOURCES, tmp_path / "many", max_shard_bytes=4000)
    shards = summary["outputs"]["quotes"]
    assert len(shards) > 2
    for shard in shards:
        assert shard["bytes"] <= 4000 or shard["rows"] == 1
    joined = b"".join((tmp_path / "many" / s["path"]).read_bytes() for s in shards)
    assert joined == (tmp_path / "one" / "data" / "quotes" / "quotes-00000.jsonl").read_bytes()


def test_failed_build_leaves_previous_dist_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "dist"
    build(SOURCES, out)
    before = tree(out)

    def broken(*args: object) -> str:
        raise RuntimeError("card renderer crashed")

    monkeypatch.setattr(build_module, "render", broken)
    with pytest.raises(RuntimeError, match="card renderer crashed"):
        build(SOURCES, out)
    assert tree(out) == before
    assert leftovers(out) == []


def test_nothing_to_build_is_an_error_and_keeps_dist(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build(SOURCES, out)
    before = tree(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(BuildError, match=r"nothing was built from .*unknown_extension x1"):
        build(empty, out)
    assert tree(out) == before and leftovers(out) == []


def test_build_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work")
    with pytest.raises(BuildError, match="not a builder output"):
        build(SOURCES, precious)
    assert (precious / "thesis.tex").read_text() == "years of work"
    with pytest.raises(BuildError, match="must not contain each other"):
        build(SOURCES, SOURCES / "dist")


def big_corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    texts = [p.read_text() for p in sorted(SOURCES.glob("*.txt"))]
    with (folder / "many.jsonl").open("w") as fh:
        for i in range(copies):
            fh.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}) + "\n")
    return folder


def run_build(sources: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "builder", "build", str(sources), "--out", str(out)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_staging(out: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while not any(n.startswith(f".{out.name}.building-") for n in leftovers(out)):
        assert proc.poll() is None, "the build finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.3)  # let it get into the middle of writing


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_build_leaves_dist_intact_and_next_run_succeeds(tmp_path: Path, sig: int) -> None:
    out = tmp_path / "dist"
    build(SOURCES, out)
    before = tree(out)
    corpus = big_corpus(tmp_path / "big", copies=4000)
    proc = run_build(corpus, out)
    wait_for_staging(out, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "interrupted" in err
        assert leftovers(out) == []
    else:
        assert proc.returncode == -signal.SIGKILL
    assert tree(out) == before
    done = subprocess.run([sys.executable, "-m", "builder", "build", str(corpus), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "build.json").read_text())["counts"]["articles"] == 4000
    assert leftovers(out) == []


def test_half_finished_swap_is_recovered(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    build(SOURCES, out)
    before = tree(out)
    os.rename(out, tmp_path / ".dist.old-999999")  # killed between the two renames
    build_module.recover(out)
    assert tree(out) == before and leftovers(out) == []
