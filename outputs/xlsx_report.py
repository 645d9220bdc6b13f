"""report.xlsx: the dataset as an Excel workbook for readers who filter and sort rather than script.

One sheet per table (reports, wide, facts, checks, findings, errors), header row frozen, autofilter on,
numbers stored as numbers, Chinese as text. Failed checks are filled red (error) or amber (warning) in
the checks and findings sheets; reports whose checks failed are filled the same way in reports. A table
longer than a sheet allows continues on the next (facts_2, …). Written by outputs.xlsx_stream, each row's
cells rendered as XML by DuckDB, then streamed into the file, so a large dataset is never held in memory.

A large dataset (as report.html judges it: outputs.report_payload.Limits) gets aggregates instead of the
fact-level sheets: counties (per-county figures), bodies (every body with its reports and failed checks),
reports, findings (as many as one sheet holds), errors, and a sheet `not_included` naming the tables left
out (facts, checks, wide) with their row counts and the files that hold them.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from outputs.report_data import BuiltDataset, ident, open_dataset
from outputs.report_payload import LIMITS, Limits
from outputs.xlsx_stream import MAX_ROWS, MAX_TEXT, STYLE_FILL, XlsxWriter

SHEETS = ("reports", "wide", "facts", "checks", "findings", "errors")
RED, AMBER = STYLE_FILL["F8CBC6"], STYLE_FILL["FCE8B2"]
WIDTHS = {"body": 22, "place": 12, "path": 40, "message": 50, "where": 50, "text": 40, "metric": 30,
          "check_id": 24, "label": 16, "body_key": 18}


_INTEGERS = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT")
_FLOATS = ("FLOAT", "DOUBLE", "REAL")
_CONTROL = r"'[\x00-\x08\x0B\x0C\x0E-\x1F\x{FFFE}\x{FFFF}]'"


def _style_sql(sheet: str, columns: list[str]) -> str:
    """SQL for the row's style attribute: a fill where failures are highlighted, else ''."""
    red, amber = f"' s=\"{RED}\"'", f"' s=\"{AMBER}\"'"
    severity = f"CASE severity WHEN 'error' THEN {red} ELSE {amber} END"
    if sheet == "checks" and {"status", "severity"} <= set(columns):
        return f"CASE WHEN status = 'fail' THEN {severity} ELSE '' END"
    if sheet == "findings" and "severity" in columns:
        return severity
    if sheet == "reports" and "status" in columns:
        return f"CASE status WHEN 'fail' THEN {red} WHEN 'warn' THEN {amber} ELSE '' END"
    return "''"


def _is_text(kind: str) -> bool:
    kind = kind.split("(")[0].upper()
    return not (kind == "BOOLEAN" or kind in _INTEGERS or kind in _FLOATS or kind == "DECIMAL")


def _escaped_sql(column: str) -> str:
    """SQL for a value as XML text: control characters dropped, markup and line breaks escaped, cut at
    Excel's cell limit. The escaping passes run only on the values that need them."""
    c = ident(column)
    text = f"regexp_replace(CAST({c} AS VARCHAR), {_CONTROL}, '', 'g')"
    text = f"replace(replace(replace({text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')"
    text = f"""replace(replace(replace({text}, '"', '&quot;'), chr(10), '&#10;'), chr(13), '&#13;')"""
    special = r"'[&<>\"\r\n\x01-\x08\x0B\x0C\x0E-\x1F\x{FFFE}\x{FFFF}]'"
    return f"CASE WHEN regexp_matches(CAST({c} AS VARCHAR), {special}) THEN {text} ELSE CAST({c} AS VARCHAR) END"


def _cell_sql(column: str, kind: str, escaped: str) -> str:
    """SQL rendering one value as the XML of its cell (see outputs.xlsx_stream.row_cells); `escaped` names
    the column that holds a text value already escaped (see _escaped_sql)."""
    c, style = ident(column), '"__style"'
    empty = f"'<c' || {style} || '/>'"
    kind = kind.split("(")[0].upper()
    if kind == "BOOLEAN":
        value = f"""'<c' || {style} || ' t="b"><v>' || CAST(CAST({c} AS INTEGER) AS VARCHAR) || '</v></c>'"""
    elif not _is_text(kind):
        number = f"CAST({c} AS VARCHAR)"
        if kind in _FLOATS:  # 12.0 is written 12
            number = (f"CASE WHEN {c} = trunc({c}) AND abs({c}) < 9007199254740992 "
                      f"THEN CAST(CAST({c} AS BIGINT) AS VARCHAR) ELSE {number} END")
        value = f"'<c' || {style} || '><v>' || {number} || '</v></c>'"
        if kind in _FLOATS:
            return f"CASE WHEN {c} IS NULL OR NOT isfinite({c}) THEN {empty} ELSE {value} END"
    else:
        e = ident(escaped)
        text = f"CASE WHEN length({e}) > {MAX_TEXT} THEN left({e}, {MAX_TEXT - 1}) || '…' ELSE {e} END"
        keep = f"""CASE WHEN {e} LIKE ' %' OR {e} LIKE '% ' THEN ' xml:space="preserve"' ELSE '' END"""
        value = f"""'<c' || {style} || ' t="inlineStr"><is><t' || {keep} || '>' || {text} || '</t></is></c>'"""
    return f"CASE WHEN {c} IS NULL THEN {empty} ELSE {value} END"


def _rendered_rows(data: BuiltDataset, table: str, columns: list[str], batch: int = 50_000):
    """The table's rows as XML, `<row>cells</row>` each, in table order: DuckDB renders them (vectorised,
    on every core) and hands them over as Arrow arrays of text, written out without a per-row step."""
    kinds = dict(data.rows(f"SELECT column_name, column_type FROM (DESCRIBE {ident(table)})"))
    escaped = {c: f"__escaped_{i}" for i, c in enumerate(columns) if _is_text(kinds[c])}
    cells = "concat(" + ", ".join(_cell_sql(c, kinds[c], escaped.get(c, "")) for c in columns) + ")" if columns else "''"
    extra = "".join(f", {_escaped_sql(c)} AS {ident(name)}" for c, name in escaped.items())
    reader = data.con.sql(f"""SELECT '<row>' || {cells} || '</row>'
                              FROM (SELECT *, {_style_sql(table, columns)} AS __style{extra} FROM {ident(table)})"""
                          ).to_arrow_reader(batch)
    for record_batch in reader:
        if record_batch.num_rows:
            yield record_batch.column(0)


def write_table_sheets(xlsx: XlsxWriter, data: BuiltDataset, table: str, max_rows: int = MAX_ROWS,
                       only_first: bool = False) -> list[str]:
    """The table as one sheet, or several when it is longer than a sheet (only_first: the first sheet's
    worth of rows); returns the sheet titles."""
    columns = data.columns[table]
    widths = [WIDTHS.get(c, max(8, min(len(c) + 2, 28))) for c in columns]
    chunks = _rendered_rows(data, table, columns)
    titles: list[str] = []
    while True:
        titles.append(table if not titles else f"{table}_{len(titles) + 1}")
        n, rest = xlsx.sheet_of_rows(titles[-1], columns, chunks, widths=widths, max_rows=max_rows)
        if rest is None or only_first:
            return titles
        chunks = itertools.chain([rest], chunks)


def write_xlsx(folder: str | os.PathLike, path: str | os.PathLike | None = None, limits: Limits = LIMITS) -> Path:
    """Write report.xlsx for the dataset in `folder` (to `path`, by default folder/report.xlsx).

    A dataset without the audit's findings gets a findings sheet that says so in its first row.
    """
    target = Path(path) if path else Path(folder) / "report.xlsx"
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.tmp.xlsx")
    data = open_dataset(folder)
    try:
        with XlsxWriter(tmp) as xlsx:
            if data.rows("SELECT count(*) FROM reports")[0][0] > limits.reports:
                _large_sheets(xlsx, data)
                tables = ()
            else:
                tables = SHEETS
            for table in tables:
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


def _large_sheets(xlsx: XlsxWriter, data: BuiltDataset) -> None:
    from outputs.report_payload import _counties

    key = "body_key" if data.has("reports", "body_key") else "body"
    xlsx.sheet("counties", ["province", "county", "reports", "bodies", "reports_with_errors", "failed_checks",
                            "on_time", "late", "undated"], _counties(data, key), widths=[10, 14, 9, 9, 12, 12, 9, 9, 9])
    bodies = data.rows(f"""
        SELECT {ident(key)}, arg_max(body, coalesce(year, 0)), arg_max(county, coalesce(year, 0)),
               arg_max(level, coalesce(year, 0)), count(*), min(year), max(year), coalesce(sum(n_fail + n_warn), 0)
        FROM reports WHERE {ident(key)} IS NOT NULL GROUP BY 1 ORDER BY 8 DESC, 1""")
    xlsx.sheet("bodies", [key, "body", "county", "level", "reports", "first_year", "last_year", "failed_checks"],
               [list(r) for r in bodies], widths=[18, 22, 14, 8, 9, 10, 10, 12])
    del bodies
    for table in ("reports", "findings", "errors"):
        if data.has(table):
            write_table_sheets(xlsx, data, table, only_first=True)
    left_out = [[t, data.rows(f"SELECT count(*) FROM {ident(t)}")[0][0], f"{t}.parquet, {t}.csv, nianbao.duckdb"]
                for t in ("facts", "checks", "wide") if data.has(t)]
    xlsx.sheet("not_included", ["table", "rows", "where"], left_out, widths=[12, 14, 50])
