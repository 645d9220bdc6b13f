"""Shared fixtures: the bundled seed, and the shared acceptance corpus where it exists."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
SEED = SAMPLES / "seed_yijiuzhen_2018.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared next to the clone: acceptance data that ships with the developers' workspace only."""
    if not (SHARED / "corpus").is_dir() or not (SHARED / "truth").is_dir():
        pytest.skip(f"the shared acceptance corpus is not at {SHARED} (a user's clone does not have it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def code_snapshot(tmp_path_factory) -> dict:
    """A copy of the packages, and the cwd and environment that make subprocesses import it.

    Runs that are compared with each other use it, so they differ only in what the test varies,
    never in an edit of the working tree made between them.
    """
    import os
    import shutil

    code = tmp_path_factory.mktemp("code")
    for pkg in ("nianbao", "parsers", "extract", "corpus", "outputs"):
        shutil.copytree(ROOT / pkg, code / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    path = os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))
    return {"cwd": code, "env": {**os.environ, "PYTHONPATH": path}}
