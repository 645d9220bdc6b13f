"""Rows of the dataset as typed Arrow tables: counts as integers, values as floats, text as strings.

One conversion for the Parquet files of a run and for the parts a streamed run writes as it goes, so
both give the same values.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pyarrow as pa

from corpus.dataset import Table

ARROW = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}


def convert(value, kind: str):
    if value is None:
        return None
    if kind == "str":
        if isinstance(value, str):
            return value
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return json.dumps(value, ensure_ascii=False)
    if kind == "float":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if kind == "int":
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return bool(value)


def rows_table(columns: list[str], rows: list[dict], kind_of: Callable[[str], str]) -> pa.Table:
    """`rows` (dicts) as an Arrow table of `columns`, each typed by kind_of(column)."""
    arrays, fields = [], []
    for column in columns:
        kind = kind_of(column)
        arrays.append(pa.array([convert(r.get(column), kind) for r in rows], type=ARROW[kind]))
        fields.append(pa.field(column, ARROW[kind]))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def arrow_table(table: Table) -> pa.Table:
    return rows_table(table.columns, table.rows, table.column_type)
