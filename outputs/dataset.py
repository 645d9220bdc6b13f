"""The corpus dataset written in every format: CSV (UTF-8 with BOM), Parquet and nianbao.duckdb."""

from __future__ import annotations

import os
from pathlib import Path

from corpus.dataset import Dataset
from outputs.csv import write_csv
from outputs.duckdb import write_duckdb
from outputs.parquet import write_parquet


def write_dataset(dataset: Dataset, out: str | os.PathLike) -> list[Path]:
    """CSV, Parquet and nianbao.duckdb, each file written to a temporary name and renamed."""
    written = write_csv(dataset, out) + write_parquet(dataset, out)
    written.append(write_duckdb(dataset, out))
    return written
