"""A small fake of the Hugging Face Hub's HTTP API, on 127.0.0.1, for publish tests.

It implements what `HfApi.create_repo` and `HfApi.upload_folder` call: repo creation, the
"preupload" endpoint (every file is answered "regular", so contents travel base64-encoded in
the commit), the tree listing (for delete patterns), and the NDJSON commit endpoint. It keeps
each repo's files in memory, and records every request with its Authorization header so that
tests can check what was sent and who sent it. Anything else is answered 404 and recorded.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import datasets
import yaml

REPO = r"/api/datasets/(?P<repo>[^/]+/[^/]+)"
HUB_ALLOWED = json.loads((Path(__file__).parent / "data" / "hub_allowed.json").read_text(encoding="utf-8"))
RESOURCES = Path(datasets.__file__).parent / "utils" / "resources"


def allowed_values() -> dict[str, set[str]]:
    """Card metadata key -> the values the Hub accepts (from datasets' resources + snapshot)."""
    def load(name: str) -> object:
        return json.loads((RESOURCES / name).read_text(encoding="utf-8"))

    return {
        "license": set(HUB_ALLOWED["licenses"]),
        "task_categories": set(HUB_ALLOWED["task_categories"]),
        "size_categories": set(load("size_categories.json")),
        "language": set(load("languages.json")),
        "multilinguality": set(load("multilingualities.json")),
        "annotations_creators": set(load("creators.json")["annotations"]),
        "language_creators": set(load("creators.json")["language"]),
    }


def metadata_errors(card: str) -> list[str]:
    """What the Hub's YAML validation would object to in a dataset card."""
    m = re.match(r"^---\n(.*?)\n---\n", card, re.S)
    if not m:
        return ["no YAML metadata block"]
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as err:
        return [f"invalid YAML: {err}"]
    if not isinstance(meta, dict):
        return ["metadata is not a mapping"]
    errors = []
    for key, allowed in allowed_values().items():
        values = meta.get(key)
        for v in values if isinstance(values, list) else [values] if values is not None else []:
            if v not in allowed:
                errors.append(f"{key}: {v!r} is not an allowed value")
    if meta.get("license") == "other" and not meta.get("license_name"):
        errors.append("license other needs license_name")
    return errors


def git_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Request:
    method: str
    path: str
    authorization: str | None
    body: bytes


@dataclass
class Repo:
    private: bool
    files: dict[str, bytes] = field(default_factory=dict)
    commits: list[str] = field(default_factory=list)


class FakeHub:
    def __init__(self, reject_auth: bool = False) -> None:
        self.repos: dict[str, Repo] = {}
        self.requests: list[Request] = []
        self.unexpected: list[str] = []
        self.reject_auth = reject_auth
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                hub.requests.append(Request(self.command, self.path, self.headers.get("Authorization"), body))
                status, payload = hub.handle(self.command, self.path, body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeHub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def handle(self, method: str, raw_path: str, body: bytes) -> tuple[int, object]:
        if self.reject_auth and "agent-harnesses" not in raw_path:
            return 401, {"error": "Invalid credentials in Authorization header"}
        path = unquote(urlsplit(raw_path).path)
        if method == "GET" and path == "/api/agent-harnesses":  # huggingface_hub's user-agent lookup
            return 200, {"standardEnvVars": [], "harnesses": {}}
        if method == "POST" and path == "/api/validate-yaml":
            errors = metadata_errors(json.loads(body)["content"])
            return (400 if errors else 200), {"errors": [{"message": e} for e in errors], "warnings": []}
        if method == "POST" and path == "/api/repos/create":
            req = json.loads(body)
            repo_id = f"{req['organization']}/{req['name']}" if req.get("organization") else req["name"]
            if repo_id in self.repos:
                return 409, {"error": "You already created this dataset repo", "url": f"{self.url}/datasets/{repo_id}"}
            self.repos[repo_id] = Repo(private=req.get("visibility") == "private" or bool(req.get("private")))
            return 200, {"url": f"{self.url}/datasets/{repo_id}"}
        m = re.fullmatch(REPO + r"/preupload/(?P<rev>[^/]+)", path)
        if method == "POST" and m and m["repo"] in self.repos:
            files = self.repos[m["repo"]].files
            return 200, {"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False,
                                    "oid": git_oid(files[f["path"]]) if f["path"] in files else None}
                                   for f in json.loads(body)["files"]]}
        m = re.fullmatch(REPO + r"/tree/(?P<rev>[^/]+)(?:/(?P<sub>.*))?", path)
        if method == "GET" and m and m["repo"] in self.repos:
            files = self.repos[m["repo"]].files
            prefix = (m["sub"] or "").strip("/")
            return 200, [{"type": "file", "path": p, "size": len(d), "oid": git_oid(d)}
                         for p, d in sorted(files.items()) if not prefix or p.startswith(prefix + "/")]
        m = re.fullmatch(REPO + r"/commit/(?P<rev>[^/]+)", path)
        if method == "POST" and m and m["repo"] in self.repos:
            return self._commit(self.repos[m["repo"]], m["repo"], body)
        m = re.fullmatch(REPO + r"(?:/revision/(?P<rev>[^/]+))?", path)
        if method == "GET" and m and m["repo"] in self.repos:
            repo = self.repos[m["repo"]]
            return 200, {"id": m["repo"], "sha": repo.commits[-1] if repo.commits else "0" * 40,
                         "private": repo.private, "siblings": [{"rfilename": p} for p in sorted(repo.files)]}
        self.unexpected.append(f"{method} {raw_path}")
        return 404, {"error": f"fake hub: no route for {method} {path}"}

    def _commit(self, repo: Repo, repo_id: str, body: bytes) -> tuple[int, object]:
        for line in body.decode().splitlines():
            op = json.loads(line)
            key, value = op["key"], op["value"]
            if key == "file":
                assert value["encoding"] == "base64"
                repo.files[value["path"]] = base64.b64decode(value["content"])
            elif key == "deletedFile":
                repo.files.pop(value["path"], None)
            elif key == "deletedFolder":
                for p in [p for p in repo.files if p.startswith(value["path"].rstrip("/") + "/")]:
                    del repo.files[p]
            elif key != "header":
                return 400, {"error": f"fake hub: unsupported commit operation {key}"}
        oid = hashlib.sha1(body).hexdigest()
        repo.commits.append(oid)
        return 200, {"commitUrl": f"{self.url}/datasets/{repo_id}/commit/{oid}", "commitOid": oid}
