"""Bad input never crashes a build and nothing is lost: every file and record became an
article or is listed in build.json with its reason and location; exit codes; manifest
paths cannot escape the sources root."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from builder.publish.build import BuildError, build

ROOT = Path(__file__).resolve().parents[1]
GOOD = '"We will win," said Jane Doe.\n'


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.fixture()
def dirty(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    write(src, "good.txt", "Good news\n\n" + GOOD)
    write(src, "legacy.txt", "Café owners “protest”\n\n".encode("cp1252") + GOOD.encode())
    write(src, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(src, "empty.txt", "  \n\n")
    write(src, "huge.txt", "x" * 3000)
    write(src, "notes.pdf", b"%PDF-1.4")
    write(src, "sub/feed.jsonl", "\n".join([
        json.dumps({"id": "j1", "text": GOOD}),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "good", "text": "A second article claiming the id of good.txt"}),
        json.dumps({"id": "j4", "text": "y" * 3000}),
        "",
        json.dumps(["not", "an", "object"]),
    ]) + "\n")
    os.symlink(src / "gone.txt", src / "dangling.txt")
    os.mkfifo(src / "pipe.txt")
    return src


def test_every_input_is_an_article_or_a_recorded_skip(dirty: Path, tmp_path: Path) -> None:
    summary = build(dirty, tmp_path / "dist", max_input_bytes=2000)
    skipped = {s["location"]: s["reason"] for s in summary["skipped"]}
    assert skipped == {
        "photo.txt": "binary",
        "empty.txt": "empty",
        "huge.txt": "too_large: 3000 bytes > limit 2000",
        "notes.pdf": "unknown_extension: .pdf",
        "sub/feed.jsonl:3": "record_without_text",
        "sub/feed.jsonl:4": "duplicate_id: good (first at good.txt)",
        "sub/feed.jsonl:5": "too_large: 3025 bytes > limit 2000",
        "sub/feed.jsonl:7": "record_not_an_object",
        "dangling.txt": "unreadable: No such file or directory",
        "pipe.txt": "unreadable: not a regular file",
    } | {"sub/feed.jsonl:2": skipped.get("sub/feed.jsonl:2", "missing")}
    assert skipped["sub/feed.jsonl:2"].startswith("malformed_json: Unterminated string")
    files = {p.relative_to(dirty).as_posix() for p in dirty.rglob("*") if not p.is_dir()}
    listed = {i["path"] for i in summary["inputs"]} | {loc.split(":")[0] for loc in skipped}
    assert listed == files  # nothing vanished
    assert summary["counts"]["articles"] == 3  # good, legacy (decoded), j1
    assert summary["decoded_with_fallback"] == [{"path": "legacy.txt", "encoding": "cp1252"}]
    legacy = [json.loads(line) for line in (tmp_path / "dist/data/articles/articles-00000.jsonl").open()
              if '"legacy"' in line]
    assert legacy[0]["title"] == "Café owners “protest”"
    assert summary["skipped_by_reason"]["too_large"] == 2


def test_malformed_json_reason_names_the_problem(dirty: Path, tmp_path: Path) -> None:
    summary = build(dirty, tmp_path / "dist")
    (reason,) = [s["reason"] for s in summary["skipped"] if s["location"] == "sub/feed.jsonl:2"]
    assert reason.startswith("malformed_json: Unterminated string")


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", "build", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_exit_codes(dirty: Path, tmp_path: Path) -> None:
    ok = cli(str(dirty), "--out", str(tmp_path / "a"))
    assert ok.returncode == 0, ok.stderr
    assert "5 articles" in ok.stderr and "skipped 1 x binary" in ok.stderr  # default 5 MB limit

    strict = cli(str(dirty), "--out", str(tmp_path / "b"), "--strict")
    assert strict.returncode == 2
    assert "--strict: 9 input(s) skipped" in strict.stderr and not (tmp_path / "b").exists()

    bad = tmp_path / "bad"
    write(bad, "x.bin", b"\x00\x01")
    write(bad, "y.txt", b"")
    none = cli(str(bad), "--out", str(tmp_path / "c"))
    assert none.returncode == 2
    assert "nothing was built" in none.stderr and "empty x1" in none.stderr and "unknown_extension x1" in none.stderr

    missing = cli(str(tmp_path / "nowhere"), "--out", str(tmp_path / "d"))
    assert missing.returncode == 2 and "sources folder not found" in missing.stderr


def test_manifest_paths_cannot_escape_the_root(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "Top secret\n\n\"Never publish this,\" said the spy.\n")
    src = tmp_path / "src"
    write(src, "a.txt", "Title A\n\n" + GOOD)
    os.symlink(secret, src / "link.txt")
    os.symlink(tmp_path, src / "up")
    manifest = {"articles": [
        {"path": "a.txt", "outlet": "The Daily"},
        {"path": "../secret.txt", "title": "stolen"},
        {"path": str(secret), "title": "stolen"},
        {"path": "link.txt", "title": "stolen"},
        {"path": "up/secret.txt", "title": "stolen"},
        {"path": "missing.txt"},
        {"path": "a.txt", "unknown_field": 1},
    ]}
    write(src, "manifest.json", json.dumps(manifest))
    summary = build(src, tmp_path / "dist")
    reasons = {s["location"]: s["reason"] for s in summary["skipped"]}
    for i in (1, 2, 3, 4):
        assert reasons[f"manifest.json#articles[{i}]"].startswith("manifest_path_escapes_root")
    assert reasons["manifest.json#articles[5]"] == "manifest_file_missing: missing.txt"
    assert reasons["manifest.json#articles[6]"].startswith("manifest_invalid_entry")
    assert reasons["link.txt"] == "path_escapes_root"
    assert summary["counts"]["articles"] == 1
    dist_text = "".join(p.read_text() for p in (tmp_path / "dist").rglob("*") if p.is_file())
    assert "Never publish this" not in dist_text and "stolen" not in dist_text
    assert '"outlet": "The Daily"' in (tmp_path / "dist/data/articles/articles-00000.jsonl").read_text()


def test_broken_manifest_is_reported_not_fatal(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "a.txt", "Title A\n\n" + GOOD)
    write(src, "manifest.json", "{not json")
    summary = build(src, tmp_path / "dist")
    assert summary["counts"]["articles"] == 1
    assert summary["skipped"][0]["location"] == "manifest.json"
    assert summary["skipped"][0]["reason"].startswith("manifest_invalid: JSONDecodeError")
    with pytest.raises(BuildError, match="--strict: 1 input"):
        build(src, tmp_path / "dist2", strict=True)


def test_an_article_over_its_time_budget_is_skipped_with_a_reason(tmp_path: Path) -> None:
    """A line-break-free page with 20,000 quotes takes about 2 s; a 0.2 s budget skips it,
    the build goes on with the other article, and build.json says which and why."""
    src = tmp_path / "src"
    write(src, "good.txt", "Good news\n\n" + GOOD)
    write(src, "scraped.txt", 'The minister said the "deal" was good, Smith said. ' * 20_000)
    summary = build(src, tmp_path / "dist", time_limit=0.2)
    assert summary["counts"]["articles"] == 1
    [skip] = summary["skipped"]
    assert skip["location"].endswith("scraped.txt")
    assert skip["reason"] == "extract_timeout: extraction took over 0.2 s"
    assert summary["config"]["article_time_limit_s"] == 0.2
    # with the default budget the same page is extracted, every quote of it
    summary = build(src, tmp_path / "dist2")
    assert summary["counts"]["articles"] == 2 and summary["skipped"] == []
    assert summary["counts"]["quotes"] == 20_001
