"""Breakdown labels across a corpus, with the category or channel each maps to.

`nianbao labels OUT` lists the labels that fit nothing (other / other_channel), most frequent
first, so that the mapping table (extract/data/categories.csv) can grow from real data. Labels are
classified afresh with the current table, so the listing reflects the table as it is now, not as
it was when the dataset was built.

Accepted inputs: a dataset folder written by `nianbao build` (its facts.csv), a facts.csv itself,
JSON Lines of report dicts (`nianbao extract --json`), single report or ground-truth JSON files
(anything with a "facts" list), or a folder of such JSON files.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.categories import UNMAPPED, classify_label, deciding_anchor
from parsers.errors import InputError

ITEM_METRIC = "active.item"


@dataclass(frozen=True, slots=True)
class LabelCount:
    label: str
    count: int
    category: str | None
    channel: str | None
    anchor: str | None = None  # the table pattern that decided, None when nothing fits

    @property
    def id(self) -> str:
        return self.category or self.channel or "other"

    @property
    def mapped(self) -> bool:
        return self.id not in UNMAPPED


def _facts_csv_labels(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "metric" not in reader.fieldnames or "label" not in reader.fieldnames:
            raise InputError(str(path), "not a facts.csv: it needs the columns metric and label", "labels")
        for row in reader:
            if row["metric"] == ITEM_METRIC:
                yield row["label"] or ""


def _report_labels(report: object) -> Iterator[str]:
    if not isinstance(report, dict):
        return
    for fact in report.get("facts") or ():
        if isinstance(fact, dict) and fact.get("metric") == ITEM_METRIC:
            yield fact.get("label") or ""


def _json_labels(path: Path) -> Iterator[str]:
    text = path.read_text(encoding="utf-8-sig")
    try:
        yield from _report_labels(json.loads(text))
        return
    except json.JSONDecodeError:
        pass
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield from _report_labels(json.loads(line))
        except json.JSONDecodeError as err:
            raise InputError(str(path), f"line {number} is not JSON ({err.msg})", "labels") from None


def iter_item_labels(source: str | Path) -> Iterator[str]:
    """Every active.item label in a dataset folder, a facts.csv, or report JSON (lines) files."""
    path = Path(source)
    if not path.exists():
        raise InputError(str(path), "no such file or folder", "labels")
    if path.is_dir():
        if (path / "facts.csv").is_file():
            yield from _facts_csv_labels(path / "facts.csv")
            return
        files = sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl", ".ndjson"))
        if not files:
            raise InputError(str(path), "neither a facts.csv nor report JSON files in this folder", "labels")
        for file in files:
            yield from _json_labels(file)
    elif path.suffix == ".csv":
        yield from _facts_csv_labels(path)
    else:
        yield from _json_labels(path)


def _pattern(label: str) -> str | None:
    anchor = deciding_anchor(label)
    return anchor.pattern if anchor else None


def count_labels(labels: Iterable[str]) -> list[LabelCount]:
    """Labels with their counts and ids, most frequent first (ties in label order)."""
    counts = Counter(labels)
    rows = [LabelCount(label, n, *classify_label(label), _pattern(label)) for label, n in counts.items()]
    return sorted(rows, key=lambda r: (-r.count, r.label))


def label_counts(source: str | Path, *, unmapped_only: bool = True) -> list[LabelCount]:
    """The active.item labels of a built corpus (or report JSON), most frequent first.

    By default only the labels that map to other / other_channel: those the table does not know yet.
    """
    rows = count_labels(iter_item_labels(source))
    return [r for r in rows if not r.mapped] if unmapped_only else rows


def mapped_share(rows: Iterable[LabelCount]) -> tuple[int, int]:
    """(facts mapped beyond other / other_channel, all facts) over counted labels."""
    mapped = total = 0
    for row in rows:
        total += row.count
        mapped += row.count if row.mapped else 0
    return mapped, total
