"""`nianbao build --dask`: a real scheduler and two workers on loopback give the outputs of a local run."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus.generated import write_generated_corpus

pytest.importorskip("distributed")

OUTPUTS = ("reports.csv", "facts.csv", "checks.csv", "errors.csv", "wide.csv", "duplicates.csv")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args: str) -> list[str]:
    exe = shutil.which("dask")
    return [exe, *args] if exe else [sys.executable, "-m", f"distributed.cli.dask_{args[0]}", *args[1:]]


@pytest.fixture(scope="module")
def cluster(code_snapshot, tmp_path_factory):
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped after the module."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask-logs")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    where = {"env": code_snapshot["env"], "cwd": code_snapshot["cwd"]}
    procs: list[subprocess.Popen] = []
    with contextlib.ExitStack() as files:
        def start(name: str, *args: str) -> None:
            log = files.enter_context(open(logs / f"{name}.log", "wb"))
            procs.append(subprocess.Popen(_dask(*args), stdout=subprocess.DEVNULL, stderr=log, **where))

        try:
            start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
            for i in range(2):
                start(f"worker{i}", "worker", address, "--name", f"w{i}", "--nthreads", "1", "--nworkers", "1",
                      "--no-dashboard", "--host", "127.0.0.1", "--memory-limit", "4GB")
            deadline = time.monotonic() + 90
            while True:
                try:
                    with Client(address, timeout="5s") as client:
                        client.wait_for_workers(2, timeout=60)
                    break
                except OSError:
                    assert time.monotonic() < deadline, (logs / "scheduler.log").read_text()
                    time.sleep(0.5)
            yield address
        finally:
            for proc in reversed(procs):
                proc.terminate()
            for proc in reversed(procs):
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("mixed")
    written = write_generated_corpus(root, 36, pdf_every=3)
    pdf = next(p for p in written if p.suffix == ".pdf")
    (root / "bad").mkdir()
    (root / "bad" / "empty.pdf").write_bytes(b"")
    (root / "bad" / "truncated.pdf").write_bytes(pdf.read_bytes()[:900])
    (root / "bad" / "archive.txt").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    return root


def _build(folder: Path, out: Path, snapshot: dict, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "nianbao", "build", str(folder), "-o", str(out), "--quiet", "--no-report", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=snapshot["env"],
                          cwd=snapshot["cwd"])


def test_dask_run_gives_the_outputs_of_a_local_run(cluster, folder, tmp_path, code_snapshot):
    local = _build(folder, tmp_path / "local", code_snapshot, "-j", "2")
    assert local.returncode == 0, local.stderr
    distributed = _build(folder, tmp_path / "dask", code_snapshot, "--dask", cluster)
    assert distributed.returncode == 0, distributed.stderr
    assert "processed 39" in distributed.stderr
    for name in OUTPUTS:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    errors = (tmp_path / "dask" / "errors.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(errors) == 1 + 3


def test_dask_run_resumes_from_its_cache(cluster, folder, tmp_path, code_snapshot):
    first = _build(folder, tmp_path / "out", code_snapshot, "--dask", cluster)
    assert first.returncode == 0, first.stderr
    again = _build(folder, tmp_path / "out", code_snapshot, "--dask", cluster)
    assert again.returncode == 0, again.stderr
    assert "reused 39 cached results, 0 to process" in again.stderr
