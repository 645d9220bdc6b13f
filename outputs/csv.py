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
    if table.parquet is not None:
        copy_parquet(table.parquet, tmp)
        os.replace(tmp, path)
        return path
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([format_value(row.get(c)) for c in table.columns])
    os.replace(tmp, path)
    return path


def write_csv(dataset: Dataset, out: str | os.PathLike) -> list[Path]:
    return [write_table(t, Path(out) / f"{t.name}.csv") for t in dataset.tables]


def _cell_sql(column: str, kind: str) -> str:
    """A column as format_value writes it: integral floats without '.0', empty text as absent."""
    name = '"' + column.replace('"', '""') + '"'
    if kind in ("DOUBLE", "FLOAT"):
        return (f"CASE WHEN isfinite({name}) AND {name} = floor({name}) THEN CAST(CAST({name} AS HUGEINT) AS VARCHAR) "
                f"ELSE CAST({name} AS VARCHAR) END AS {name}")
    if kind == "VARCHAR":
        return f"nullif({name}, '') AS {name}"
    return f"CAST({name} AS VARCHAR) AS {name}"


def copy_parquet(parquet: Path, path: Path, memory_mb: int = 400) -> None:
    """A table of a streamed run, from its Parquet file to CSV by DuckDB's COPY (UTF-8 with BOM, CRLF)."""
    import shutil

    import duckdb

    body = path.with_name(path.name + ".body")
    con = duckdb.connect()
    try:
        con.execute(f"SET memory_limit = '{memory_mb}MB'")
        con.execute("SET threads = 1")  # one thread's buffers: the limit holds with long text rows
        src = "read_parquet('" + str(parquet).replace("'", "''") + "')"
        kinds = con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {src})").fetchall()
        select = ", ".join(_cell_sql(c, k) for c, k in kinds)
        target = str(body).replace("'", "''")
        con.execute(f"COPY (SELECT {select} FROM {src}) TO '{target}' (FORMAT csv, HEADER, NEW_LINE '\r\n')")
    finally:
        con.close()
    with open(path, "wb") as fh, open(body, "rb") as src_fh:
        fh.write(b"\xef\xbb\xbf")
        shutil.copyfileobj(src_fh, fh, 1 << 20)
    body.unlink()
