"""Corpus build speed, parallel speed-up, worker memory, and a Dask run of the same files.

Generates N reports (every `--pdf-every`-th as PDF, the rest as UTF-8 text) in a folder laid out like a
download folder, then builds the dataset from scratch with -j 1, with -j 2, and on a Dask cluster
(a scheduler and two single-threaded workers started on 127.0.0.1, or --dask ADDRESS), and prints
files per second (the per-file stage, and end to end), the speed-up of -j 2 over -j 1, the peak
resident memory of each worker process, and whether all outputs are byte-identical.

    python bench/corpus_bench.py [--n 1000] [--pdf-every 2] [--dask tcp://HOST:PORT] [--no-dask]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("nianbao", "parsers", "extract", "corpus", "outputs", "bench")


def _run_from_snapshot() -> None:
    """Re-run this script from a copy of the code, so that every build measured and compared runs
    the same code even while the working tree changes."""
    if os.environ.get("NIANBAO_BENCH_SNAPSHOT"):
        return
    code = Path(tempfile.mkdtemp(prefix="corpus-bench-code-"))
    for pkg in PACKAGES:
        shutil.copytree(ROOT / pkg, code / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.tmp"))
    env = {**os.environ, "NIANBAO_BENCH_SNAPSHOT": str(code),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))}
    os.chdir(code)
    os.execve(sys.executable, [sys.executable, str(code / "bench" / Path(__file__).name), *sys.argv[1:]], env)


if __name__ == "__main__":
    _run_from_snapshot()
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from corpus.generated import write_generated_corpus  # noqa: E402
from nianbao.corpus_build import build  # noqa: E402

OUTPUTS = ("reports.csv", "facts.csv", "checks.csv", "errors.csv", "wide.csv", "duplicates.csv")


def _timed_build(folder: Path, out: Path, **options) -> dict:
    cpu0 = os.times()
    quiet = Console(stderr=True, quiet=True)
    summary = build([folder], out, progress=False, report=False, console=quiet, **options)
    cpu1 = os.times()
    summary["cpu_seconds"] = round((cpu1.children_user + cpu1.children_system + cpu1.user + cpu1.system)
                                   - (cpu0.children_user + cpu0.children_system + cpu0.user + cpu0.system), 1)
    return summary


def _same_outputs(a: Path, b: Path) -> list[str]:
    return [name for name in OUTPUTS if (a / name).read_bytes() != (b / name).read_bytes()]


def _line(label: str, s: dict) -> str:
    total = s["reports"] + s["errors"]
    peaks = sorted(s["worker_peak_mb"].values())
    peak = f"{min(peaks):.0f}–{max(peaks):.0f} MB over {len(peaks)} workers" if peaks else "n/a"
    return (f"{label:<8} {s['processed']} files: per-file stage {s['files_per_second']:.1f} files/s, end to end "
            f"{total / s['seconds']:.1f} files/s ({s['seconds']:.1f} s), {s['reports']} reports, "
            f"{s['errors']} errors; {s['cpu_seconds'] / max(total, 1) * 1000:.0f} ms CPU per file{' on the client' if label == 'dask' else ''}; "
            f"peak RSS per worker {peak}")


@contextlib.contextmanager
def local_cluster(workers: int = 2):
    """A `dask scheduler` and `workers` single-threaded `dask worker` processes on loopback."""
    from distributed import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    exe = shutil.which("dask")
    base = [exe] if exe else [sys.executable, "-m", "distributed.cli.dask"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([*base, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], **quiet)]
    try:
        for i in range(workers):
            procs.append(subprocess.Popen([*base, "worker", address, "--name", f"bench{i}", "--nthreads", "1",
                                           "--no-dashboard", "--host", "127.0.0.1"], **quiet))
        deadline = time.monotonic() + 90
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(workers, timeout=60)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--pdf-every", type=int, default=2, help="every k-th report as PDF (0: text only)")
    ap.add_argument("--dask", default=None, help="an existing cluster instead of a local one")
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--keep", default=None, help="work in this folder and keep it")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    folder = work / "reports"
    try:
        t0 = time.monotonic()
        if folder.exists():
            shutil.rmtree(folder)
        paths = write_generated_corpus(folder, args.n, pdf_every=args.pdf_every)
        n_pdf = sum(1 for p in paths if p.suffix == ".pdf")
        print(f"generated {len(paths)} reports ({n_pdf} PDF, {len(paths) - n_pdf} text) "
              f"in {time.monotonic() - t0:.1f} s; {os.cpu_count()} CPUs, load average "
              f"{os.getloadavg()[0]:.1f}")
        results = {}
        for jobs in (1, 2):
            out = work / f"out-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            results[jobs] = _timed_build(folder, out, jobs=jobs)
            print(_line(f"-j {jobs}", results[jobs]) + f"; load average {os.getloadavg()[0]:.1f}", flush=True)
        speedup = results[2]["files_per_second"] / results[1]["files_per_second"]
        end_to_end = results[1]["seconds"] / results[2]["seconds"]
        print(f"speed-up -j 2 over -j 1: {speedup:.2f}x per-file stage, {end_to_end:.2f}x end to end")
        diff = _same_outputs(work / "out-j1", work / "out-j2")
        print(f"-j 1 and -j 2 outputs identical: {'yes' if not diff else 'NO: ' + ', '.join(diff)}")
        if not args.no_dask:
            out = work / "out-dask"
            shutil.rmtree(out, ignore_errors=True)
            with contextlib.ExitStack() as stack:
                address = args.dask or stack.enter_context(local_cluster(2))
                summary = _timed_build(folder, out, dask_address=address)
            print(_line("dask", summary))
            diff = _same_outputs(work / "out-j1", out)
            print(f"Dask and local outputs identical: {'yes' if not diff else 'NO: ' + ', '.join(diff)}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        snapshot = os.environ.get("NIANBAO_BENCH_SNAPSHOT")
        if snapshot and Path(snapshot).name.startswith("corpus-bench-code-"):
            shutil.rmtree(snapshot, ignore_errors=True)


if __name__ == "__main__":
    main()
