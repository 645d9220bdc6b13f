"""Cross-year checks of CHECKS.md on one body's reports in year order: cross_year.carry and
cross_year.valid_roll.

Each check compares a report with the body's report of the year before. A pair with a year missing
in between is `uncertain` (the figures of the missing year are unknown), as is a pair where a cell
needed is blank or unread. A difference is reported, never reconciled: restatements happen, so the
checks are warnings.
"""

from __future__ import annotations

from corpus.identity import Filed
from corpus.printed import T3_COLUMNS, cell_name

T3_COLS = tuple(T3_COLUMNS)
T2_ROLL_ROWS = ("regulations", "normative_documents")


def cell(report: dict, table: str, *keys: str) -> tuple[float | int | None, int | None]:
    """(value, page) of a table cell; (None, None) when absent, blank or not a number."""
    node = (report.get("tables") or {}).get(table)
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None, None
        node = node[key]
    if isinstance(node, dict):
        value = node.get("value")
        page = node.get("page")
    else:
        value, page = node, None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None, page
    return value, page


def _result(cur: Filed, prev: Filed, check_id: str, status: str, message: str, expected, actual,
            cells: list[str], findings: list[dict]) -> dict:
    return {"report_id": cur.report_id, "check_id": check_id, "status": status, "severity": "warning",
            "message": message, "expected": expected, "actual": actual, "cells": cells,
            "other_report_id": prev.report_id, "findings": findings}


def carry(prev: Filed, cur: Filed) -> dict | None:
    """表三 四 (结转下年度继续办理) of the previous report = 表三 二 (上年结转) of this one, per column.

    None when either report has no 表三.
    """
    if "t3" not in (prev.report.get("tables") or {}) or "t3" not in (cur.report.get("tables") or {}):
        return None
    cells = [f"t3.carried_over.{c}" for c in T3_COLS]
    if prev.year != (cur.year or 0) - 1:
        return _result(cur, prev, "cross_year.carry", "uncertain",
                       f"no report of {(cur.year or 0) - 1} to compare with (the previous report is of {prev.year})",
                       None, None, cells, [])
    findings, compared, skipped = [], 0, []
    for col in T3_COLS:
        before, _ = cell(prev.report, "t3", "carried_forward", col)
        now, page = cell(cur.report, "t3", "carried_over", col)
        if before is None or now is None:
            skipped.append(col)
            continue
        compared += 1
        if before != now:
            findings.append({
                "where": f"{cell_name('t3', 'carried_over', col)} ({cur.year}年) 对照 "
                         f"{cell_name('t3', 'carried_forward', col)} ({prev.year}年)",
                "expected": before, "actual": now, "page": page,
                "message": f"{prev.year} carried {before} forward, {cur.year} says {now} were carried over",
            })
    if findings:
        status = "fail"
        message = f"{len(findings)} of {compared} column(s) differ from {prev.year}'s 结转下年度继续办理"
    elif compared:
        status = "pass"
        message = f"{compared} column(s) carried over from {prev.year} as carried forward"
    else:
        status = "uncertain"
        message = "the 结转 cells of both years are blank or unread"
    if skipped and status != "uncertain":
        message += f"; {len(skipped)} column(s) not comparable (blank or unread)"
    expected = {c: cell(prev.report, "t3", "carried_forward", c)[0] for c in T3_COLS}
    actual = {c: cell(cur.report, "t3", "carried_over", c)[0] for c in T3_COLS}
    return _result(cur, prev, "cross_year.carry", status, message, expected, actual, cells, findings)


def valid_roll(prev: Filed, cur: Filed) -> dict | None:
    """2021 表二: 现行有效 (y) = 现行有效 (y−1) + 制发 (y) − 废止 (y), for 规章 and 行政规范性文件.

    None unless both reports have the 2021 表二.
    """
    if "t2" not in (prev.report.get("tables") or {}) or "t2" not in (cur.report.get("tables") or {}):
        return None
    cells = [f"t2.{r}.{c}" for r in T2_ROLL_ROWS for c in ("made", "repealed", "valid")]
    if prev.year != (cur.year or 0) - 1:
        return _result(cur, prev, "cross_year.valid_roll", "uncertain",
                       f"no report of {(cur.year or 0) - 1} to roll forward from (the previous report is of "
                       f"{prev.year})", None, None, cells, [])
    findings, compared = [], 0
    expected_all, actual_all = {}, {}
    for row in T2_ROLL_ROWS:
        valid_before, _ = cell(prev.report, "t2", row, "valid")
        made, _ = cell(cur.report, "t2", row, "made")
        repealed, _ = cell(cur.report, "t2", row, "repealed")
        valid_now, page = cell(cur.report, "t2", row, "valid")
        if None in (valid_before, made, repealed, valid_now):
            continue
        compared += 1
        expected = valid_before + made - repealed
        expected_all[row], actual_all[row] = expected, valid_now
        if expected != valid_now:
            findings.append({
                "where": f"{cell_name('t2', row, 'valid')} ({cur.year}年)",
                "expected": expected, "actual": valid_now, "page": page,
                "message": f"{prev.year} 现行有效 {valid_before} + 制发 {made} − 废止 {repealed} = {expected}, "
                           f"printed {valid_now}",
            })
    if findings:
        status, message = "fail", f"{len(findings)} of {compared} row(s) do not roll forward from {prev.year}"
    elif compared:
        status, message = "pass", f"{compared} row(s) roll forward from {prev.year}"
    else:
        status, message = "uncertain", "the 表二 cells needed are blank or unread"
    return _result(cur, prev, "cross_year.valid_roll", status, message, expected_all or None,
                   actual_all or None, cells, findings)


def cross_year_checks(series: dict[str, list[Filed]]) -> list[dict]:
    """carry and valid_roll for every body's consecutive reports (results carry their findings)."""
    out = []
    for reports in series.values():
        for prev, cur in zip(reports, reports[1:]):
            for check in (carry, valid_roll):
                result = check(prev, cur)
                if result is not None:
                    out.append(result)
    return out
