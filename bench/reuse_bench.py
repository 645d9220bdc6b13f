"""Time of the cross-report reuse pass (cross_year.text_reuse + cross_body.text_reuse) for growing corpora.

Generates planted corpora (corpus.synthetic.plant) of each size, fingerprints them as the workers do
(in parallel, not part of the pass), then times the pass over the fingerprints: common-sentence
counting, year-to-year shares, MinHash signatures, LSH banding and clone grouping. Prints seconds per
size, per 1,000 reports, and the accuracy against the plant.

    python bench/reuse_bench.py [--sizes 2000 20000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.fingerprint import fingerprint, warm  # noqa: E402
from corpus.identity import Filed  # noqa: E402
from corpus.synthetic.measure import measure  # noqa: E402
from corpus.synthetic.plant import planted_corpus  # noqa: E402


def _fingerprint(args: tuple[str, str, str]) -> dict:
    text, body, place = args
    return fingerprint(text, {"body": body, "place": place})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--tables", action="store_true", help="print the composed tables too (slower to generate)")
    args = ap.parse_args()
    rows = []
    with Pool(args.jobs, initializer=warm) as pool:
        for n in args.sizes:
            started = time.perf_counter()
            corpus = planted_corpus(n, seed=11, tables=args.tables)
            generated = time.perf_counter() - started
            started = time.perf_counter()
            prints = pool.map(_fingerprint, [(r.text, r.body, r.place) for r in corpus.reports], chunksize=64)
            fingerprinted = time.perf_counter() - started
            filed = [Filed(str(r.index), f"{r.county}/{r.place}", r.body, r.year, str(r.index), {}, fp)
                     for r, fp in zip(corpus.reports, prints)]
            started = time.perf_counter()
            measured, _ = measure(corpus, filed)
            passed = time.perf_counter() - started
            rows.append((n, passed))
            print(f"{n:>7} reports: reuse pass {passed:7.2f} s ({1000 * passed / n:.2f} s per 1,000 reports); "
                  f"fingerprints {fingerprinted:.1f} s on {args.jobs} processes ({1000 * fingerprinted / n:.1f} ms "
                  f"per report), generating {generated:.1f} s", flush=True)
            print(f"         accuracy: max share error {100 * measured.max_share_error:.1f} points over "
                  f"{measured.compared} reports; clone pairs {measured.clone_pairs_found} found / "
                  f"{measured.clone_pairs_true} planted, precision {measured.precision:.3f}, recall "
                  f"{measured.recall:.3f}", flush=True)
    if len(rows) > 1:
        (n0, t0), (n1, t1) = rows[0], rows[-1]
        print(f"growth: {n1 / n0:.0f}× the reports took {t1 / t0:.1f}× the time (linear would be {n1 / n0:.0f}×)")


if __name__ == "__main__":
    main()
