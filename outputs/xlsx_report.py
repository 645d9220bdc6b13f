"""report.xlsx: the dataset as an Excel workbook for readers who filter and sort rather than script.

One sheet per table (reports, wide, facts, checks, findings, errors), header row frozen, autofilter on,
numbers stored as numbers, Chinese as text. Failed checks are filled red (error) or amber (warning) in
the checks and findings sheets; reports whose checks failed are filled the same way in reports. A table
longer than a sheet allows continues on the next (facts_2, …). Written by outputs.xlsx_stream, row by
row from DuckDB, so a large dataset is never held in memory.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from outputs.report_data import BuiltDataset, ident, open_dataset
from outputs.xlsx_stream import MAX_ROWS, STYLE_FILL, XlsxWriter

SHEETS = ("reports", "wide", "facts", "checks", "findings", "errors")
RED, AMBER = STYLE_FILL["F8CBC6"], STYLE_FILL["FCE8B2"]
STYLE = {"error": RED, "fail": RED, "warning": AMBER, "warn": AMBER}
WIDTHS = {"body": 22, "place": 12, "path": 40, "message": 50, "where": 50, "text": 40, "metric": 30,
          "check_id": 24, "label": 16, "body_key": 18}


def _style_of(sheet: str, columns: list[str]):
    """row -> style id (a fill) or None, for the sheets where failures are highlighted."""
    pos = {c: i for i, c in enumerate(columns)}
    if sheet == "checks" and "status" in pos and "severity" in pos:
        s, v = pos["status"], pos["severity"]
        return lambda row: STYLE.get(row[v], AMBER) if row[s] == "fail" else None
    if sheet == "findings" and "severity" in pos:
        v = pos["severity"]
        return lambda row: STYLE.get(row[v], AMBER)
    if sheet == "reports" and "status" in pos:
        s = pos["status"]
        return lambda row: STYLE.get(row[s])
    return None


def _rows(data: BuiltDataset, table: str, columns: list[str], batch: int = 20_000):
    cursor = data.con.execute(f"SELECT {', '.join(ident(c) for c in columns)} FROM {ident(table)}")
    while chunk := cursor.fetchmany(batch):
        yield from chunk


def write_table_sheets(xlsx: XlsxWriter, data: BuiltDataset, table: str, max_rows: int = MAX_ROWS) -> list[str]:
    """The table as one sheet, or several when it is longer than a sheet; returns the sheet titles."""
    columns = data.columns[table]
    widths = [WIDTHS.get(c, max(8, min(len(c) + 2, 28))) for c in columns]
    rows, titles = _rows(data, table, columns), []
    while True:
        titles.append(table if not titles else f"{table}_{len(titles) + 1}")
        n = xlsx.sheet(titles[-1], columns, rows, widths=widths, style_of=_style_of(table, columns),
                       max_rows=max_rows)
        if n < max_rows - 1:
            return titles
        first = next(rows, None)
        if first is None:
            return titles
        rows = itertools.chain([first], rows)


def write_xlsx(folder: str | os.PathLike, path: str | os.PathLike | None = None) -> Path:
    """Write report.xlsx for the dataset in `folder` (to `path`, by default folder/report.xlsx).

    A dataset without the audit's findings gets a findings sheet that says so in its first row.
    """
    target = Path(path) if path else Path(folder) / "report.xlsx"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.xlsx")
    data = open_dataset(folder)
    try:
        with XlsxWriter(tmp) as xlsx:
            for table in SHEETS:
                if data.has(table):
                    write_table_sheets(xlsx, data, table)
                elif table == "findings":
                    xlsx.sheet("findings", ["message"], [["none computed: this dataset has no findings table "
                                                          "(the cross-report audit did not run)"]], widths=[90])
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        data.close()
    os.replace(tmp, target)
    return target
