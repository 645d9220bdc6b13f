"""A built dataset folder, read back for the HTML report and the workbook.

The report is made from what `nianbao build` left on disk (Parquet where present, else CSV), so it can be
remade at any time without the source files. Tables are exposed as DuckDB views of one in-memory
connection; the audit's `findings` table is optional (a folder built before the audit has none).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

TABLES = ("reports", "wide", "facts", "checks", "errors", "findings")
REQUIRED = ("reports", "wide", "facts", "checks")


class DatasetMissing(ValueError):
    """The folder holds no dataset of `nianbao build` (or misses one of its tables)."""


@dataclass
class BuiltDataset:
    """Views over one dataset folder; `present` names the tables found, `columns` their columns."""

    folder: Path
    con: duckdb.DuckDBPyConnection
    present: set[str] = field(default_factory=set)
    columns: dict[str, list[str]] = field(default_factory=dict)

    def has(self, table: str, column: str | None = None) -> bool:
        if table not in self.present:
            return False
        return column is None or column in self.columns[table]

    def rows(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def close(self) -> None:
        self.con.close()


def _source(folder: Path, name: str) -> str | None:
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    if parquet.is_file():
        return f"read_parquet('{_quote(parquet)}')"
    if csv.is_file():
        return f"read_csv('{_quote(csv)}', header = true, auto_detect = true, sample_size = -1)"
    return None


def _quote(path: Path) -> str:
    return str(path.resolve()).replace("'", "''")


def open_dataset(folder: str | os.PathLike) -> BuiltDataset:
    """Open the dataset in `folder`; DatasetMissing names the first required table that is absent."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DatasetMissing(f"{folder}: no such folder (build the dataset first: nianbao build PATH -o {folder})")
    con = duckdb.connect()
    data = BuiltDataset(folder, con)
    for name in TABLES:
        source = _source(folder, name)
        if source is None:
            if name in REQUIRED:
                con.close()
                raise DatasetMissing(f"{folder}: no {name}.parquet or {name}.csv; is this the output of nianbao build?")
            continue
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM {source}')
        data.present.add(name)
        data.columns[name] = [row[0] for row in con.execute(f'DESCRIBE "{name}"').fetchall()]
    return data


def ident(column: str) -> str:
    """A column name quoted for SQL (metric columns hold dots)."""
    return '"' + column.replace('"', '""') + '"'
