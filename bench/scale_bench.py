"""A national corpus on bounded memory: wall time, files per second and peak resident memory of the
main process and of each worker, for the in-memory build and the streamed one, and an estimate for
1,000,000 reports from the measured per-stage costs.

Generates N text reports (corpus.generated; kept in --corpus-dir between runs), then builds each with
`nianbao build -j JOBS --no-report` in a child process, reading the peak resident memory (VmHWM) of
the child and of every worker it starts from /proc while it runs. The in-memory build is skipped above
--memory-max reports (it needs about 0.3 GB per 1,000 reports).

    nice -n 10 python bench/scale_bench.py --n 20000 [--n 100000] [--jobs 2] [--memory-max 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _child(folder: str, out: str, jobs: int, in_memory: bool) -> None:
    from rich.console import Console

    from nianbao.corpus_build import build

    summary = build([folder], out, jobs=jobs, progress=False, report=False, in_memory=in_memory,
                    console=Console(stderr=True, quiet=True))
    summary.pop("first_errors", None)
    Path(out, "bench-summary.json").write_text(json.dumps(summary, default=str), encoding="utf-8")


def _hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _descendants(pid: int) -> list[int]:
    import psutil

    try:
        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return []


def measure(folder: Path, out: Path, jobs: int, in_memory: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(folder), str(out), str(jobs), "1" if in_memory else "0"]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        for pid in [proc.pid, *_descendants(proc.pid)]:
            kb = _hwm_kb(pid)
            if kb:
                peaks[pid] = max(peaks.get(pid, 0), kb)
        time.sleep(0.25)
    wall = time.monotonic() - started
    if proc.returncode:
        raise SystemExit(f"the build failed (exit {proc.returncode})")
    summary = json.loads((out / "bench-summary.json").read_text(encoding="utf-8"))
    main = peaks.pop(proc.pid, 0)
    for pid, mb in summary.get("worker_peak_mb", {}).items():  # as the workers report themselves
        peaks[int(pid)] = max(peaks.get(int(pid), 0), int(mb * 1024))
    return {"wall": wall, "summary": summary, "main_mb": main / 1024,
            "workers_mb": sorted((kb / 1024 for kb in peaks.values()), reverse=True)}


def _row(n: int, name: str, m: dict) -> str:
    s = m["summary"]
    workers = m["workers_mb"]
    stages = " ".join(f"{k} {v:.1f}s" for k, v in (s.get("stages") or {}).items())
    if s.get("stage_peak_mb"):
        stages += "\n" + " " * 18 + "main peak after: " + " ".join(f"{k} {v} MB" for k, v in s["stage_peak_mb"].items())
    return (f"{n:>8} {name:<9} wall {m['wall']:7.1f} s  {n / m['wall']:6.1f} files/s end to end, "
            f"{s.get('files_per_second') or 0:6.1f} in the per-file stage  main {m['main_mb']:7.0f} MB  "
            f"workers max {max(workers) if workers else 0:5.0f} MB ({len(workers)} processes: "
            f"{', '.join(f'{w:.0f}' for w in workers[:6])})  reports {s['reports']} errors {s['errors']}\n"
            f"{'':18}stages: {stages}")


def estimate(runs: dict[int, dict], target: int = 1_000_000) -> str:
    """Per-stage seconds per report from the largest streamed run, scaled to `target`; memory from the
    growth between the two largest runs (flat when only one was measured)."""
    ns = sorted(runs)
    big = runs[ns[-1]]["summary"].get("stages") or {}
    lines = [f"estimate for {target:,} reports (streamed, from the {ns[-1]:,}-report run, linear per stage):"]
    total = 0.0
    for stage, seconds in big.items():
        scaled = seconds / ns[-1] * target
        part_of = stage in ("audit", "tables")  # parts of the assembly, counted in it
        total += 0 if part_of else scaled
        lines.append(f"  {'  ' if part_of else ''}{stage:<9} {seconds:8.1f} s measured → {scaled / 3600:6.2f} h")
    lines.append(f"  total     {total / 3600:6.2f} h with the same workers")
    main = [runs[n]["main_mb"] for n in ns]
    if len(ns) > 1:
        slope = (main[-1] - main[-2]) / (ns[-1] - ns[-2])
        lines.append(f"  main process: {main[-2]:.0f} MB at {ns[-2]:,}, {main[-1]:.0f} MB at {ns[-1]:,} "
                     f"→ {main[-1] + slope * (target - ns[-1]):.0f} MB at {target:,} "
                     f"({slope * 1000:.1f} MB per 1,000 reports)")
    else:
        lines.append(f"  main process: {main[-1]:.0f} MB at {ns[-1]:,} (one size measured: no growth estimate)")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1")
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="reports (repeatable; default 20000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--memory-max", type=int, default=20000, help="largest n built in memory")
    parser.add_argument("--corpus-dir", default=str(Path(tempfile.gettempdir()) / "nianbao-scale-corpus"))
    parser.add_argument("--keep", action="store_true", help="keep the output folders")
    args = parser.parse_args()
    from corpus.generated import write_generated_corpus

    streamed: dict[int, dict] = {}
    for n in sorted(args.n or [20000]):
        folder = Path(args.corpus_dir) / str(n)
        done = Path(args.corpus_dir) / f"{n}.complete"
        if not done.exists():
            t = time.monotonic()
            write_generated_corpus(folder, n)
            done.write_text(str(n))
            print(f"generated {n} reports in {time.monotonic() - t:.0f} s → {folder}", flush=True)
        work = Path(tempfile.mkdtemp(prefix=f"scale-{n}-"))
        for name, in_memory in (("streamed", False), ("in-memory", True)):
            if in_memory and n > args.memory_max:
                print(f"{n:>8} in-memory skipped (above --memory-max {args.memory_max})", flush=True)
                continue
            m = measure(folder, work / name, args.jobs, in_memory)
            print(_row(n, name, m), flush=True)
            if not in_memory:
                streamed[n] = m
            if not args.keep:
                subprocess.run(["rm", "-rf", str(work / name)], check=False)
    if streamed:
        print(estimate(streamed))


if __name__ == "__main__":
    main()
