"""The dataset as Parquet, typed: counts as integers, values as floats, text as strings (corpus.arrow)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from corpus.arrow import arrow_table
from corpus.dataset import Dataset, Table


def write_table(table: Table, path: Path) -> Path:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if table.parquet is not None:  # assembled by a streamed run: the file is already typed and ordered
        shutil.copyfile(table.parquet, tmp)
    else:
        pq.write_table(arrow_table(table), tmp)
    os.replace(tmp, path)
    return path


def write_parquet(dataset: Dataset, out: str | os.PathLike) -> list[Path]:
    return [write_table(t, Path(out) / f"{t.name}.parquet") for t in dataset.tables]
