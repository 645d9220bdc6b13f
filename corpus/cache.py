"""Per-file results kept between runs, keyed by content hash and pipeline version.

One JSON file per content (OUT/.cache/<version>/<sha[:2]>/<sha>.json), written to a temporary name and
renamed, so a run killed at any moment leaves each entry either whole or absent; a restarted run redoes
only the contents without an entry. The version changes with the code of the per-file pipeline, so a
changed extractor never serves stale results.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
from functools import cache
from pathlib import Path

# errors that depend on the limits of the run rather than on the file alone
LIMIT_ERRORS = ("timeout", "memory", "crash")
_PIPELINE_PACKAGES = ("parsers", "extract")
_PIPELINE_MODULES = ("corpus/worker.py", "corpus/geo.py", "corpus/data/provinces.csv", "corpus/fingerprint.py",
                     "corpus/data/boilerplate.txt")


@cache
def pipeline_version() -> str:
    """nianbao version + a hash of the code and data every per-file result depends on."""
    root = Path(__file__).resolve().parents[1]
    files: list[Path] = []
    for pkg in _PIPELINE_PACKAGES:
        base = root / pkg
        files += [p for p in base.rglob("*") if p.suffix in (".py", ".csv", ".toml", ".txt", ".json")
                  and "__pycache__" not in p.parts]
    files += [root / m for m in _PIPELINE_MODULES]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return f"{_installed_version()}-{digest.hexdigest()[:12]}"


def _installed_version() -> str:
    try:
        return importlib.metadata.version("nianbao")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0+source"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` by way of a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


class ResultCache:
    """The per-content results of one output folder, for the current pipeline version."""

    def __init__(self, out: str | os.PathLike, version: str | None = None) -> None:
        self.version = version or pipeline_version()
        self.root = Path(out) / ".cache" / self.version

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, limits: dict | None = None) -> dict | None:
        """The stored result, or None when absent, unreadable, or a limit error under other limits."""
        try:
            entry = json.loads(self._path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if entry.get("sha256") != sha256:
            return None
        error = entry.get("error")
        if error and error.get("error") in LIMIT_ERRORS and entry.get("limits") != limits:
            return None
        return entry

    def put(self, sha256: str, result: dict, limits: dict | None = None) -> dict:
        entry = {"sha256": sha256, "pipeline": self.version}
        for key in ("report", "geo", "reuse", "error", "seconds"):
            if key in result:
                entry[key] = result[key]
        if "error" in result:
            entry["limits"] = limits
        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(self._path(sha256), data)
        return entry

    def prune_other_versions(self) -> int:
        """Remove the results of other pipeline versions (never reused); returns how many folders."""
        import shutil

        removed = 0
        for sibling in self.root.parent.iterdir() if self.root.parent.is_dir() else ():
            if sibling.is_dir() and sibling != self.root and not sibling.name.startswith("."):
                shutil.rmtree(sibling, ignore_errors=True)
                removed += 1
        return removed
