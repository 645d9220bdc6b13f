"""report.xlsx: the dataset as an Excel workbook for readers who filter and sort rather than script.

One sheet per table (reports, wide, facts, checks, findings, errors), header row frozen, autofilter on,
numbers stored as numbers, Chinese as text. Failed checks are filled red (error) or amber (warning) in
the checks and findings sheets; reports whose checks failed are filled the same way in reports.
Written in openpyxl's streaming mode so that a large dataset does not sit in memory twice. A table
longer than a sheet allows continues on a second sheet (facts_2, …).
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from outputs.report_data import BuiltDataset, ident, open_dataset

SHEETS = ("reports", "wide", "facts", "checks", "findings", "errors")
MAX_ROWS = 1_048_576 - 1  # Excel's rows per sheet, less the header
MAX_TEXT = 32_767  # Excel's characters per cell
FILL = {"error": PatternFill("solid", fgColor="F8CBC6"), "warning": PatternFill("solid", fgColor="FCE8B2"),
        "fail": PatternFill("solid", fgColor="F8CBC6"), "warn": PatternFill("solid", fgColor="FCE8B2")}
HEADER_FILL = PatternFill("solid", fgColor="DCE3EC")
HEADER_FONT = Font(bold=True)
WIDTHS = {"body": 22, "place": 12, "path": 40, "message": 50, "where": 50, "text": 40, "metric": 30,
          "check_id": 24, "label": 16}


def _cell_value(value):
    """Numbers stay numbers (12.0 as 12), text loses the control characters Excel refuses."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
    if value is not None and not isinstance(value, (int, float, bool)):
        return str(value)
    return value


def _fill_of(sheet: str, columns: list[str]):
    """A function row -> fill (or None) for the sheets where failures are highlighted."""
    pos = {c: i for i, c in enumerate(columns)}
    if sheet == "checks" and "status" in pos and "severity" in pos:
        s, v = pos["status"], pos["severity"]
        return lambda row: FILL.get(row[v]) if row[s] == "fail" else None
    if sheet == "findings" and "severity" in pos:
        v = pos["severity"]
        return lambda row: FILL.get(row[v], FILL["warning"])
    if sheet == "reports" and "status" in pos:
        s = pos["status"]
        return lambda row: FILL.get(row[s])
    return lambda row: None


def _new_sheet(wb: Workbook, title: str, columns: list[str]):
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(name, max(8, min(len(name) + 2, 28)))
    header = []
    for name in columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    ws.append(header)
    return ws


def _close_sheet(ws, columns: list[str], n_rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{n_rows + 1}"


def write_table_sheets(wb: Workbook, data: BuiltDataset, table: str, batch: int = 50_000) -> list[str]:
    """The table as one sheet (more if it is longer than a sheet); returns the sheet titles."""
    columns = data.columns[table]
    fill_of = _fill_of(table, columns)
    titles = [table]
    ws, n = _new_sheet(wb, table, columns), 0
    cursor = data.con.execute(f"SELECT {', '.join(ident(c) for c in columns)} FROM {ident(table)}")
    while True:
        chunk = cursor.fetchmany(batch)
        if not chunk:
            break
        for row in chunk:
            if n == MAX_ROWS:
                _close_sheet(ws, columns, n)
                titles.append(f"{table}_{len(titles) + 1}")
                ws, n = _new_sheet(wb, titles[-1], columns), 0
            fill = fill_of(row)
            if fill is None:
                ws.append([_cell_value(v) for v in row])
            else:
                cells = []
                for value in row:
                    cell = WriteOnlyCell(ws, value=_cell_value(value))
                    cell.fill = fill
                    cells.append(cell)
                ws.append(cells)
            n += 1
    _close_sheet(ws, columns, n)
    return titles


def write_xlsx(folder: str | os.PathLike, path: str | os.PathLike | None = None) -> Path:
    """Write report.xlsx for the dataset in `folder` (to `path`, by default folder/report.xlsx).

    A dataset without the audit's findings gets a findings sheet that says so in its first row.
    """
    target = Path(path) if path else Path(folder) / "report.xlsx"
    data = open_dataset(folder)
    wb = Workbook(write_only=True)
    try:
        for table in SHEETS:
            if data.has(table):
                write_table_sheets(wb, data, table)
            elif table == "findings":
                ws = _new_sheet(wb, "findings", ["message"])
                ws.append(["none computed: this dataset has no findings table (the cross-report audit did not run)"])
                _close_sheet(ws, ["message"], 1)
    finally:
        data.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.xlsx")
    wb.save(tmp)
    os.replace(tmp, target)
    return target
