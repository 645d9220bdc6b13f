"""Reports per second for text extraction, in-process, on one core.

Takes the text and Markdown reports of ../shared/corpus (or, in a clone without it, the bundled
samples), repeats them to at least --n reports, and times read_bytes + build_report on each, in wall
and CPU time (CPU time is the figure to trust on a busy machine).

    python bench/text_bench.py [--n 1000] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from pathlib import Path

from extract import build_report
from parsers import InputError, read_bytes

ROOT = Path(__file__).resolve().parents[1]


def load_inputs(corpus: Path) -> list[tuple[str, bytes]]:
    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    return [(str(p), p.read_bytes()) for p in files]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    default = ROOT.parent / "shared" / "corpus"
    ap.add_argument("--corpus", type=Path, default=default if default.is_dir() else ROOT / "corpus" / "samples")
    args = ap.parse_args()

    inputs = load_inputs(args.corpus)
    rounds = -(-args.n // len(inputs))
    work = inputs * rounds
    for path, data in inputs:  # warm-up: imports, compiled patterns, lazy tables
        with contextlib.suppress(InputError):
            build_report(read_bytes(data, path))
    chars = errors = facts = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for path, data in work:
        try:
            report = build_report(read_bytes(data, path))
        except InputError:
            errors += 1
            continue
        chars += len(report.document.text)
        facts += len(report.facts)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"corpus           {args.corpus} ({len(inputs)} text files, repeated to {len(work)} reports)")
    print(f"reports          {len(work)} ({errors} not reports)  facts {facts}  chars {chars}")
    print(f"wall time        {wall:.2f} s   cpu time {cpu:.2f} s (one core)")
    print(f"reports/s        {len(work) / wall:.0f} wall   {len(work) / cpu:.0f} cpu")
    print(f"ms per report    {1000 * wall / len(work):.2f} wall   {1000 * cpu / len(work):.2f} cpu")


if __name__ == "__main__":
    main()
