"""How many active.item labels the category table maps, and what mapping costs.

Prints, for the hand-read ground truth and for what extraction emits on the same corpus files:
the share of active.item facts mapped to a category or channel other than other / other_channel,
and the labels left unmapped (most frequent first). Then the cost: jieba's one-off start-up, labels
per second uncached, and extraction with and without classification on the corpus.

    python bench/labels_coverage.py [--shared ../shared] [--no-extract]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.labels import count_labels, mapped_share  # noqa: E402
from extract import categories  # noqa: E402


def _print_coverage(title: str, labels: list[str]) -> None:
    rows = count_labels(labels)
    mapped, total = mapped_share(rows)
    share = f"{mapped / total:.1%}" if total else "n/a"
    print(f"{title}: {mapped} of {total} active.item facts mapped ({share}), {len(rows)} distinct labels")
    for row in rows:
        if not row.mapped:
            print(f"  unmapped {row.count:>4}  {row.label}  -> {row.id}")


def truth_labels(shared: Path) -> tuple[list[str], list[Path]]:
    labels, files = [], []
    for path in sorted((shared / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        labels += [f.get("label") or "" for f in truth.get("facts", []) if f.get("metric") == "active.item"]
        data = shared / "corpus" / truth.get("file", "")
        if data.is_file():
            files.append(data)
    return labels, files


def extracted_labels(files: list[Path]) -> tuple[list[str], int, float, float]:
    """Labels extraction emits, reports read, seconds spent extracting, seconds of that spent
    classifying (measured again on the same facts with the label cache cleared)."""
    import nianbao

    labels, reports = [], []
    started = time.perf_counter()
    for path in files:
        try:
            reports.append(nianbao.extract(str(path)))
        except Exception:  # a file that does not extract is counted by the evaluator, not here
            continue
    seconds = time.perf_counter() - started
    for report in reports:
        labels += [f.label or "" for f in report.facts if f.metric == "active.item"]
    items = [f for r in reports for f in r.facts if f.metric == "active.item"]
    assigned = sum(1 for f in items if (f.category or f.channel) not in categories.UNMAPPED)
    share = f"{assigned / len(items):.1%}" if items else "n/a"
    print(f"extraction, ids as assigned (nested parts take their item's channel): {assigned} of "
          f"{len(items)} active.item facts mapped ({share})")
    categories.deciding_anchor.cache_clear()
    started = time.perf_counter()
    for report in reports:
        categories.classify_facts(report.facts)
    return labels, len(reports), seconds, time.perf_counter() - started


def timing(labels: list[str]) -> None:
    distinct = sorted(set(labels))
    categories.deciding_anchor.cache_clear()
    started = time.perf_counter()
    for label in distinct:
        categories.classify_label(label)
    elapsed = time.perf_counter() - started
    print(f"classify_label uncached: {len(distinct)} labels in {elapsed * 1000:.1f} ms "
          f"({len(distinct) / elapsed:,.0f} labels/s)")
    started = time.perf_counter()
    for _ in range(100):
        for label in labels:
            categories.classify_label(label)
    elapsed = time.perf_counter() - started
    print(f"classify_label cached: {100 * len(labels) / elapsed:,.0f} labels/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--no-extract", action="store_true", help="ground truth only")
    args = parser.parse_args()
    shared = Path(args.shared)
    started = time.perf_counter()
    categories._tokenizer()
    print(f"jieba start-up (once per process, on first use): {time.perf_counter() - started:.2f} s")
    labels, files = truth_labels(shared)
    _print_coverage("truth", labels)
    if not args.no_extract:
        got, ok, seconds, classifying = extracted_labels(files)
        _print_coverage(f"extraction ({ok} of {len(files)} files)", got)
        print(f"extraction with classification: {ok / seconds:.1f} reports/s; classification alone, "
              f"uncached: {classifying * 1000:.1f} ms for {ok} reports ({ok / classifying:,.0f} reports/s)")
    timing(labels)


if __name__ == "__main__":
    main()
