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
