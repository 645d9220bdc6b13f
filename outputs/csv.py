"""The dataset as CSV: UTF-8 with BOM (Excel opens it with Chinese intact), one file per table."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from corpus.dataset import Dataset, Table


def format_value(value) -> str:
    """Empty for absent, true/false for flags, numbers as written (12, not 12.0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_table(table: Table, path: Path) -> Path:
    """Write one table by way of a temporary file and a rename."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([format_value(row.get(c)) for c in table.columns])
    os.replace(tmp, path)
    return path


def write_csv(dataset: Dataset, out: str | os.PathLike) -> list[Path]:
    return [write_table(t, Path(out) / f"{t.name}.csv") for t in dataset.tables]
