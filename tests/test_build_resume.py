"""A build stopped at any moment (kill -9, Ctrl-C) and started again ends with the outputs of an
uninterrupted run, redoing only what was unfinished."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from corpus.generated import write_generated_corpus

N_REPORTS = 500
OUTPUTS = ("reports.csv", "facts.csv", "checks.csv", "errors.csv", "wide.csv", "duplicates.csv")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    write_generated_corpus(root, N_REPORTS)
    (root / "empty.txt").write_bytes(b"")  # one error row, so errors.csv is compared too
    return root


def _command(folder: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "nianbao", "build", str(folder), "-o", str(out), "-j", "2", "--quiet",
            "--no-report"]


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory, code_snapshot) -> Path:
    out = tmp_path_factory.mktemp("reference")
    subprocess.run(_command(folder, out), check=True, capture_output=True, timeout=600, **_where(code_snapshot))
    return out


def _where(snapshot: dict) -> dict:
    return {"env": snapshot["env"], "cwd": snapshot["cwd"]}


def _cached(out: Path) -> int:
    return sum(1 for _ in (out / ".cache").glob("*/*/*.json")) if (out / ".cache").exists() else 0


def _stop_midway(folder: Path, out: Path, sig: int, snapshot: dict) -> list[int]:
    """Start a build, send `sig` once a tenth of the files are cached (early: a fast build may otherwise end
    before a loaded machine delivers the signal); returns its workers' pids."""
    # Ctrl-C reaches the build as it would from a terminal, however the test run itself was started (a job
    # started in the background of a shell inherits SIGINT ignored)
    proc = subprocess.Popen(_command(folder, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_default_sigint, **_where(snapshot))
    workers: set[int] = set()
    deadline = time.monotonic() + 300
    while _cached(out) < N_REPORTS // 10:
        assert proc.poll() is None, "the build ended before it could be stopped"
        assert time.monotonic() < deadline
        workers |= {c.pid for c in psutil.Process(proc.pid).children()}
        time.sleep(0.05)
    workers |= {c.pid for c in psutil.Process(proc.pid).children()}
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return sorted(workers)


def _resume_and_compare(folder: Path, out: Path, reference: Path, snapshot: dict) -> int:
    done_before = _cached(out)
    assert 0 < done_before < N_REPORTS + 1
    rerun = subprocess.run(_command(folder, out), capture_output=True, text=True, timeout=600,
                           **_where(snapshot))
    assert rerun.returncode == 0, rerun.stderr
    m = re.search(r"reused (\d+) cached results, (\d+) to process", rerun.stderr)
    assert m, rerun.stderr
    reused, processed = int(m.group(1)), int(m.group(2))
    assert reused == done_before
    assert reused + processed == N_REPORTS + 1
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name
    import duckdb

    con = duckdb.connect(str(out / "nianbao.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from reports").fetchone()[0] == N_REPORTS
        assert con.execute("select count(distinct report_id) from reports").fetchone()[0] == N_REPORTS
    finally:
        con.close()
    print(f"resumed: reused {reused}, processed {processed}")
    return reused


def test_kill_9_then_resume_gives_the_same_outputs(folder, reference, tmp_path, code_snapshot):
    out = tmp_path / "out"
    workers = _stop_midway(folder, out, signal.SIGKILL, code_snapshot)
    assert workers, "the build ran worker processes"
    deadline = time.monotonic() + 10
    while any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in workers):
        assert time.monotonic() < deadline, "worker processes outlived the killed build"
        time.sleep(0.2)
    assert not (out / "reports.csv").exists()
    _resume_and_compare(folder, out, reference, code_snapshot)


def test_ctrl_c_then_resume_gives_the_same_outputs(folder, reference, tmp_path, code_snapshot):
    out = tmp_path / "out"
    _stop_midway(folder, out, signal.SIGINT, code_snapshot)
    _resume_and_compare(folder, out, reference, code_snapshot)


def test_kill_9_during_the_assembly_then_again_gives_the_same_outputs(folder, reference, tmp_path, code_snapshot):
    """Every file processed, the build killed while DuckDB assembles the dataset from the parts: the same
    command assembles it again from the parts, reading no file, and gives the same outputs."""
    out = tmp_path / "out"
    proc = subprocess.Popen(_command(folder, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            **_where(code_snapshot))
    deadline = time.monotonic() + 300
    while not (out / ".assembly" / "audit").exists():
        assert proc.poll() is None, "the build ended before its assembly could be stopped"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert not (out / "reports.csv").exists()
    rerun = subprocess.run(_command(folder, out), capture_output=True, text=True, timeout=600,
                           **_where(code_snapshot))
    assert rerun.returncode == 0, rerun.stderr
    assert f"reused {N_REPORTS + 1} cached results, 0 to process" in rerun.stderr
    for name in (*OUTPUTS, "findings.csv", "clones.csv"):
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def test_outputs_are_replaced_whole(folder, reference, tmp_path):
    """No temporary file is left beside the outputs after a finished run."""
    leftovers = [p.name for p in reference.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert os.path.getsize(reference / "nianbao.duckdb") > 0
