"""Share of text and HTML reports that read the same after a few damaged bytes.

Takes every text, Markdown and HTML report of ../shared/corpus and corpus/samples, and for each of
--rounds seeded rounds overwrites 1-20 random bytes with random values. A damaged copy "holds" when it
gives the same year and active.total as its clean copy; a copy refused (InputError) does not hold.

    python bench/damage_bench.py [--rounds 5] [--seed 12] [--corpus DIR ...] [--verbose]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from extract import build_report
from parsers import InputError, read_bytes

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = (".txt", ".md", ".html", ".htm")


def report_files(folders: list[Path]) -> list[Path]:
    out = []
    for folder in folders:
        if folder.is_dir():
            out += sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    return out


def damage(data: bytes, rng: random.Random) -> tuple[bytes, list[int]]:
    """`data` with 1-20 bytes at random places set to random other values."""
    out = bytearray(data)
    places = sorted(rng.sample(range(len(out)), min(len(out), rng.randint(1, 20))))
    for i in places:
        out[i] = (out[i] + rng.randint(1, 255)) % 256
    return bytes(out), places


def key(data: bytes, path: str) -> tuple | str:
    """(year, active.total) read from the bytes, or the one-line reason they were refused."""
    try:
        report = build_report(read_bytes(data, path)).to_dict()
    except InputError as err:
        return f"refused: {err.problem}"
    total = next((f["value"] for f in report["facts"] if f["metric"] == "active.total"), None)
    return report["year"], total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--corpus", type=Path, nargs="*",
                    default=[ROOT.parent / "shared" / "corpus", ROOT / "corpus" / "samples"])
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    files = report_files(args.corpus)
    held = total = refused = 0
    for path in files:
        clean = path.read_bytes()
        expected = key(clean, str(path))
        for _ in range(args.rounds):
            damaged, places = damage(clean, rng)
            got = key(damaged, str(path))
            total += 1
            held += got == expected
            refused += isinstance(got, str)
            if args.verbose and got != expected:
                print(f"{path.name}: {len(places)} bytes at {places[:5]}: {got} (clean {expected})")
    print(f"{len(files)} reports x {args.rounds} rounds: {held}/{total} damaged copies give the clean year "
          f"and active.total ({held / max(total, 1):.1%}); {refused} refused")


if __name__ == "__main__":
    main()
