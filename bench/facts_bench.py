"""Narrative facts per second: narrative_facts (and the breakdown checks) alone, in-process, one core.

Reads the text and Markdown reports of ../shared/corpus (or the bundled samples) once, then times
narrative_facts over them, repeated to at least --n reports. Rates are per CPU second of this process,
so that other work on the machine does not count.

    python bench/facts_bench.py [--n 2000] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from pathlib import Path

from extract.checks_text import breakdown_checks
from extract.facts import narrative_facts
from parsers import InputError, read_bytes

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    default = ROOT.parent / "shared" / "corpus"
    ap.add_argument("--corpus", type=Path, default=default if default.is_dir() else ROOT / "corpus" / "samples")
    args = ap.parse_args()

    docs = []
    for p in sorted(args.corpus.iterdir()):
        if p.suffix in (".txt", ".md"):
            with contextlib.suppress(InputError):
                docs.append(read_bytes(p.read_bytes(), str(p)))
    for doc in docs:  # warm-up: compiled patterns, the character table
        narrative_facts(doc, [])
    rounds = -(-args.n // len(docs))
    chars = sum(len(d.text) for d in docs) * rounds
    n_facts = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for doc in docs:
            facts = narrative_facts(doc, [])
            breakdown_checks(facts)
            n_facts += len(facts)
    wall, elapsed = time.perf_counter() - t0, time.process_time() - c0
    n = rounds * len(docs)
    print(f"narrative_facts: {n} reports ({len(docs)} distinct, {chars / n:.0f} chars each) in {elapsed:.2f} s CPU "
          f"({wall:.2f} s wall): "
          f"{n / elapsed:.0f} reports/s, {1000 * elapsed / n:.2f} ms/report, {chars / elapsed / 1e6:.1f} M chars/s, "
          f"{n_facts // rounds} facts a round")


if __name__ == "__main__":
    main()
