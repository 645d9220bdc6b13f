"""The dataset as Parquet, typed: counts as integers, values as floats, text as strings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.dataset import Dataset, Table

_ARROW = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}


def _convert(value, kind: str):
    if value is None:
        return None
    if kind == "str":
        if isinstance(value, str):
            return value
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if kind == "float":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if kind == "int":
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return bool(value)


def arrow_table(table: Table) -> pa.Table:
    arrays, fields = [], []
    for column in table.columns:
        kind = table.column_type(column)
        arrays.append(pa.array([_convert(r.get(column), kind) for r in table.rows], type=_ARROW[kind]))
        fields.append(pa.field(column, _ARROW[kind]))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def write_table(table: Table, path: Path) -> Path:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(arrow_table(table), tmp)
    os.replace(tmp, path)
    return path


def write_parquet(dataset: Dataset, out: str | os.PathLike) -> list[Path]:
    return [write_table(t, Path(out) / f"{t.name}.parquet") for t in dataset.tables]
