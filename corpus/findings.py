"""The auditor's list: every failed check as a finding that points at the cell or sentence.

A finding names where to look in the report's own words — 表三 “一、本年新收政府信息公开申请数量”
列 “总计”, or 章节 “五、存在的主要问题及改进情况” 句 “…” — with the expected and the printed value,
the severity and the page. Identity checks that fail are broken down to the rows, columns or blocks
that do not add up; cross-report checks bring their own findings (corpus.crossyear, corpus.reuse).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import regex

from corpus.crossyear import cell
from corpus.printed import T3_COLUMNS, cell_name, metric_name

FINDING_COLUMNS = ["body_key", "body", "year", "check_id", "severity", "where", "expected", "actual", "page",
                   "message", "report_id", "other_report_id", "path"]
_APPLICANTS = tuple(T3_COLUMNS)[:-1]
_T3_RESULTS = ("granted", "partial_grant", "deny_state_secret", "deny_other_law",
               "deny_three_safety_one_stability", "deny_third_party", "deny_internal_affairs", "deny_process_info",
               "deny_enforcement_case_file", "deny_admin_query", "unable_not_held", "unable_need_creation",
               "unable_unclear_after_correction", "noproc_petition_complaint", "noproc_repeat",
               "noproc_publication", "noproc_massive_repeat", "noproc_confirm_or_reissue",
               "other_overdue_correction", "other_overdue_fee", "other_other", "other_processing")
_MISSING = regex.compile(r"missing (.+?)(?: \(|$)")
_T4_PARTS = ("maintained", "corrected", "other_result", "pending")


def _sum(report: dict, table: str, cells: list[tuple[str, ...]]) -> tuple[float | None, bool]:
    """Sum of the cells present; (None, False) when one of them is blank or unread."""
    total = 0
    for keys in cells:
        value, _ = cell(report, table, *keys)
        if value is None:
            return None, False
        total += value
    return total, True


def _t3_rows(report: dict) -> list[str]:
    return list((report.get("tables") or {}).get("t3") or {})


def _row_sum(report: dict) -> list[dict]:
    out = []
    for row in _t3_rows(report):
        expected, ok = _sum(report, "t3", [(row, c) for c in _APPLICANTS])
        actual, page = cell(report, "t3", row, "total")
        if ok and actual is not None and expected != actual:
            out.append({"where": cell_name("t3", row, "total"), "expected": expected, "actual": actual,
                        "page": page, "message": "总计 is not the sum of the six applicant columns"})
    return out


def _results_sum(report: dict) -> list[dict]:
    present = [r for r in _T3_RESULTS if r in _t3_rows(report)]
    out = []
    for col in T3_COLUMNS:
        expected, ok = _sum(report, "t3", [(r, col) for r in present])
        actual, page = cell(report, "t3", "total_processed", col)
        if ok and present and actual is not None and expected != actual:
            out.append({"where": cell_name("t3", "total_processed", col), "expected": expected, "actual": actual,
                        "page": page, "message": "(七)总计 is not the sum of the result rows"})
    return out


def _balance(report: dict) -> list[dict]:
    out = []
    for col in T3_COLUMNS:
        left, ok1 = _sum(report, "t3", [("new_received", col), ("carried_over", col)])
        right, ok2 = _sum(report, "t3", [("total_processed", col), ("carried_forward", col)])
        _, page = cell(report, "t3", "carried_forward", col)
        if ok1 and ok2 and left != right:
            out.append({"where": f"{cell_name('t3', 'total_processed', col)} + “四、结转下年度继续办理”",
                        "expected": left, "actual": right, "page": page,
                        "message": "一 + 二 (left) differs from (七)总计 + 四 (right)"})
    return out


def _t4_sum(report: dict) -> list[dict]:
    out = []
    for block in ((report.get("tables") or {}).get("t4") or {}):
        expected, ok = _sum(report, "t4", [(block, c) for c in _T4_PARTS])
        actual, page = cell(report, "t4", block, "total")
        if ok and actual is not None and expected != actual:
            out.append({"where": cell_name("t4", block, "total"), "expected": expected, "actual": actual,
                        "page": page, "message": "总计 is not 维持 + 纠正 + 其他 + 尚未审结"})
    return out


def _t2_negative(report: dict) -> list[dict]:
    out = []
    for row, node in ((report.get("tables") or {}).get("t2") or {}).items():
        cols = node.items() if isinstance(node, dict) and "value" not in node and "kind" not in node else [(None, node)]
        for col, _ in cols:
            value, page = cell(report, "t2", row, col) if col else cell(report, "t2", row)
            if value is not None and value < 0:
                out.append({"where": cell_name("t2", row, col), "expected": ">= 0", "actual": value, "page": page,
                            "message": "a count of 表二 is negative"})
    return out


_BREAKDOWN = {"t3.row_sum": _row_sum, "t3.results_sum": _results_sum, "t3.balance": _balance,
              "t4.sum": _t4_sum, "t2.non_negative": _t2_negative}


def _section(report: dict, offset: int | None) -> str | None:
    found = None
    for s in report.get("sections") or []:
        if offset is not None and s.get("start") is not None and s["start"] <= offset:
            found = s.get("heading")
    return found


def _text_cells(report: dict, cells: list) -> list[tuple[str, int | None]]:
    """(words as printed, page) of the narrative spans a check used."""
    facts = report.get("facts") or []
    out = []
    for c in cells or []:
        if isinstance(c, dict) and c.get("text"):
            out.append((c["text"], c.get("start"), _page_of(facts, c.get("start"))))
        elif isinstance(c, str) and c.startswith("text:"):
            start = int(c[5:].split("-")[0])
            fact = next((f for f in facts if f.get("start") is not None and f["start"] <= start < f["end"]), None)
            if fact:
                out.append((fact.get("text"), fact.get("start"), fact.get("page")))
    return [(f"章节 “{h}” 句 “{t}”" if (h := _section(report, s)) else f"句 “{t}”", p) for t, s, p in out]


def _page_of(facts: list[dict], start: int | None) -> int | None:
    return next((f.get("page") for f in facts if start is not None and f.get("start") == start), None)


def _scalar(value):
    if value is None or isinstance(value, (int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_FILE_PLACES = {"page_header": "网页", "metadata": "文件元数据"}


def _release_place(report: dict, check: dict) -> tuple[str, int | None]:
    """Where the publication date was read (the words in the report's text, else the page's or the file's
    field as found), held against the deadline."""
    cells = [c for c in check.get("cells") or [] if isinstance(c, dict)]
    spans = [c for c in cells if c.get("text")]
    fields = [c for c in cells if c.get("field")]
    page = None
    if spans:
        (said, _), page = _text_cells(report, spans[:1])[0], spans[0].get("page")
    elif fields:
        f = fields[0]
        said = f"{_FILE_PLACES.get(f.get('source'), '文件')} {f['field']} “{f.get('raw')}”"
    else:
        said = f"发布日期 {check.get('actual')}"
    return f"{said} 对照 截止日期 {check.get('expected')}", page


def check_findings(report: dict, check: dict) -> list[dict]:
    """The findings of one failed check of one report, each naming its place in the report."""
    cid = check.get("id") or check.get("check_id")
    if cid in _BREAKDOWN:
        found = _BREAKDOWN[cid](report)
        if found:
            return found
    cells = check.get("cells") or []
    table_cells = [c for c in cells if isinstance(c, str) and c.split(".")[0] in ("t2", "t2_2019", "t3", "t4")
                   and "." in c]
    texts = _text_cells(report, cells)
    if cid and cid.startswith("completeness.parts"):
        present = "、".join(f"“{s['heading']}”" for s in report.get("sections") or [] if s.get("heading"))
        said = _MISSING.search(check.get("message") or "")
        actual = check.get("actual") or []
        missing = (said.group(1).split("; ") if said
                   else [p for p in (check.get("expected") or []) if not any(p in a for a in actual)])
        where = f"章节 (现有 {present or '无'}) 缺少 {'、'.join(f'“{m}”' for m in missing)}"
        return [{"where": where, "expected": check.get("expected"), "actual": check.get("actual"),
                 "page": None, "message": check.get("message")}]
    if cid == "timeliness.deadline":
        where, page = _release_place(report, check)
        return [{"where": where, "expected": check.get("expected"), "actual": check.get("actual"), "page": page,
                 "message": check.get("message")}]
    if cid == "completeness.tables":
        missing = [t for t in (check.get("expected") or []) if t not in (check.get("actual") or [])]
        return [{"where": f"统计表 缺少 {'、'.join(missing)}", "expected": check.get("expected"),
                 "actual": check.get("actual"), "page": None, "message": check.get("message")}]
    parts = [w for w, _ in texts[:2]] + [metric_name(c) for c in table_cells[:2]]
    if not parts:
        spans = [c for c in cells if isinstance(c, str) and c.startswith("section:")]
        heads = [s["heading"] for s in report.get("sections") or [] if any(c.split(":")[1] == s["id"] for c in spans)]
        parts = [f"章节 “{h}”" for h in heads] or ["报告全文"]
    page = next((p for _, p in texts if p), None)
    if page is None and table_cells:
        keys = table_cells[0].split(".")
        page = cell(report, keys[0], *keys[1:])[1]
    return [{"where": " 对照 ".join(parts), "expected": check.get("expected"), "actual": check.get("actual"),
             "page": page, "message": check.get("message")}]


def finding_rows(base: dict, findings: list[dict], check: dict) -> list[dict]:
    """Rows of findings.csv for one check result; `base` has body_key, body, year, report_id, path."""
    return [{**base, "check_id": check.get("id") or check.get("check_id"), "severity": check.get("severity"),
             "where": f["where"], "expected": _scalar(f.get("expected")), "actual": _scalar(f.get("actual")),
             "page": f.get("page"), "message": f.get("message") or check.get("message"),
             "other_report_id": check.get("other_report_id")} for f in findings]


def read_findings(out: str | os.PathLike, body: str | None = None, year: int | None = None) -> list[dict]:
    """The findings of a dataset folder (OUT/findings.csv), filtered by body name (substring of the
    body, its key or place) and year, grouped by body: sorted by body key, year, then check."""
    path = Path(out) / "findings.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no findings.csv (run `nianbao build` into this folder first)")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if body:
        rows = [r for r in rows if body in (r.get("body") or "") or body in (r.get("body_key") or "")]
    if year is not None:
        rows = [r for r in rows if r.get("year") == str(year)]
    severity = {"error": 0, "warning": 1}
    rows.sort(key=lambda r: (r.get("body_key") or "", r.get("year") or "", severity.get(r.get("severity"), 2),
                             r.get("check_id") or ""))
    return rows
