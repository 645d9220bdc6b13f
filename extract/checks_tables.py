"""Checks of CHECKS.md over the report's tables: the identities of 表三 and 表四, 表二 signs,
narrative counts against the tables, and whether a template report has its tables at all.

How results are reported, per check id:
- every row, column or block that breaks an identity is one `fail` Check of its own, naming the cells
  compared (addresses like "t3.granted.total"), with `expected` = what the identity asks (the sum of
  the parts) and `actual` = what is printed (the 总计);
- the rows/columns/blocks that could not be compared (a blank or missing cell) are gathered in one
  `uncertain` Check, and those that hold in one `pass` Check, each listing the cells they used;
- an id is left out when the table it needs is absent (completeness.tables reports that).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from extract.model import Check, Fact, Report
from extract.table_labels import (
    T3_COLUMNS,
    T3_RESULT_ROWS_2019,
    T3_RESULT_ROWS_2021,
    T4_BLOCKS,
    T4_COLUMNS,
)
from parsers.model import Cell

_COL_NAMES = {"natural_person": "自然人", "commercial_enterprise": "商业企业", "research_institution": "科研机构",
              "public_welfare_org": "社会公益组织", "legal_service_org": "法律服务机构", "other_org": "其他",
              "total": "总计"}
_T4_NAMES = {"review": "行政复议", "litigation_direct": "未经复议直接起诉", "litigation_after_review": "复议后起诉"}
TEMPLATE_LAYOUTS = ("t2019", "t2021", "hybrid")
# printed words that show a table is in the text even when its cells could not be read
_PRINTED = {
    "表二": regex.compile(r"第二十条\s*第|本年制发件数|本年新制作数量"),
    "表三": regex.compile(r"本年新收政府信息公开申请|申请人情况"),
    "表四": regex.compile(r"未经复议直接起诉|复议后起诉"),
}
_CLOSING_SECTIONS = {"problems", "plans", "other"}


def _value(table: dict, *path: str) -> float | int | None:
    node = table
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    if isinstance(node, Cell):
        return node.value
    if isinstance(node, (int, float)):
        return node
    return None


class _Tally:
    """Collects the units one check id compared, and turns them into Checks."""

    def __init__(self, check_id: str, severity: str, unit: str):
        self.id, self.severity, self.unit = check_id, severity, unit
        self.failed: list[Check] = []
        self.passed: list[str] = []
        self.unsure: list[str] = []
        self.cells_ok: list[str] = []
        self.cells_unsure: list[str] = []

    def compare(self, name: str, parts: list[tuple[str, float | int | None]],
                total: tuple[str, float | int | None], what: str) -> None:
        """`total` should equal the sum of `parts`; each is (cell address, value)."""
        cells = [a for a, _ in parts] + [total[0]]
        if total[1] is None or any(v is None for _, v in parts):
            self.unsure.append(name)
            self.cells_unsure.extend(cells)
            return
        expected = sum(v for _, v in parts)  # type: ignore[misc]
        if abs(expected - total[1]) < 1e-6:
            self.passed.append(name)
            self.cells_ok.extend(cells)
            return
        self.failed.append(Check(self.id, "fail", self.severity,
                                 f"{name}: {what} printed as {_fmt(total[1])}, but the parts sum to "
                                 f"{_fmt(expected)}", _fmt(expected), _fmt(total[1]), cells))

    def checks(self) -> list[Check]:
        out = list(self.failed)
        if self.unsure:
            out.append(Check(self.id, "uncertain", self.severity,
                             f"{len(self.unsure)} {self.unit}(s) not comparable (a blank or missing cell): "
                             + ", ".join(self.unsure), None, None, self.cells_unsure))
        if self.passed:
            out.append(Check(self.id, "pass", self.severity,
                             f"{len(self.passed)} {self.unit}(s) add up: " + ", ".join(self.passed),
                             len(self.passed), len(self.passed), self.cells_ok))
        return out


def _fmt(v: float | int | None) -> float | int | None:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return round(v, 6) if isinstance(v, float) else v


def t3_row_sum(t3: dict) -> list[Check]:
    tally = _Tally("t3.row_sum", "error", "row")
    for row in t3:
        parts = [(f"t3.{row}.{c}", _value(t3, row, c)) for c in T3_COLUMNS[:-1]]
        tally.compare(f"t3 row {row}", parts, (f"t3.{row}.total", _value(t3, row, "total")),
                      "总计")
    return tally.checks()


def _result_rows(t3: dict) -> tuple[str, ...]:
    return T3_RESULT_ROWS_2019 if "other_processing" in t3 else T3_RESULT_ROWS_2021


def t3_results_sum(t3: dict) -> list[Check]:
    tally = _Tally("t3.results_sum", "error", "column")
    rows = _result_rows(t3)
    for col in T3_COLUMNS:
        parts = [(f"t3.{r}.{col}", _value(t3, r, col)) for r in rows]
        tally.compare(f"t3 column {col} ({_COL_NAMES[col]})", parts,
                      (f"t3.total_processed.{col}", _value(t3, "total_processed", col)), "(七)总计")
    return tally.checks()


def t3_balance(t3: dict) -> list[Check]:
    """一 + 二 = (七) + 四, compared as 一 + 二 − 四 against (七)."""
    tally = _Tally("t3.balance", "error", "column")
    for col in T3_COLUMNS:
        new, old, fwd = (_value(t3, r, col) for r in ("new_received", "carried_over", "carried_forward"))
        minus_fwd = None if fwd is None else -fwd
        parts = [(f"t3.new_received.{col}", new), (f"t3.carried_over.{col}", old),
                 (f"t3.carried_forward.{col}", minus_fwd)]
        tally.compare(f"t3 column {col} ({_COL_NAMES[col]}): 一 + 二 − 四", parts,
                      (f"t3.total_processed.{col}", _value(t3, "total_processed", col)), "(七)总计")
    return tally.checks()


def t4_sum(t4: dict) -> list[Check]:
    tally = _Tally("t4.sum", "error", "block")
    for block in T4_BLOCKS:
        parts = [(f"t4.{block}.{c}", _value(t4, block, c)) for c in T4_COLUMNS[:-1]]
        tally.compare(f"t4 {block} ({_T4_NAMES[block]})", parts, (f"t4.{block}.total", _value(t4, block, "total")),
                      "总计")
    return tally.checks()


def _t2_cells(t2: dict) -> Iterable[tuple[str, Cell]]:
    for key, node in t2.items():
        if isinstance(node, Cell):
            yield f"t2.{key}", node
        elif isinstance(node, dict):
            for col, cell in node.items():
                if isinstance(cell, Cell):
                    yield f"t2.{key}.{col}", cell


def t2_non_negative(t2: dict) -> list[Check]:
    out, seen = [], []
    for address, cell in _t2_cells(t2):
        if cell.value is None:
            continue
        seen.append(address)
        if cell.value < 0:
            out.append(Check("t2.non_negative", "fail", "error", f"{address} is negative ({cell.raw})",
                             ">= 0", cell.value, [address]))
    if seen and not out:
        out.append(Check("t2.non_negative", "pass", "error", f"{len(seen)} 表二 counts are >= 0", ">= 0",
                         len(seen), seen))
    return out


def _fact_span(f: Fact) -> str:
    return f"text:{f.start}-{f.end}"


def _narrative_vs(facts: list[Fact], check_id: str, what: str,
                  options: list[tuple[str, list[str], float | int | None]]) -> list[Check]:
    """Each narrative count against the table figure(s) it may mean; `options` are (name, cells, value)."""
    out = []
    usable = [o for o in options if o[2] is not None]
    for f in facts:
        cells = list(dict.fromkeys([_fact_span(f)] + [c for _, cs, _ in options for c in cs]))
        table_values = {name: _fmt(v) for name, _, v in options}
        if not usable:
            out.append(Check(check_id, "uncertain", "warning",
                             f"narrative {what} {_fmt(f.value)} ('{f.text}'): the table cells are blank or missing",
                             _fmt(f.value), table_values, cells))
            continue
        matched = [name for name, _, v in usable if abs(v - f.value) < 1e-6]
        if f.approx:
            out.append(Check(check_id, "uncertain", "warning",
                             f"narrative {what} is approximate ('{f.text}')", _fmt(f.value), table_values, cells))
        elif matched:
            out.append(Check(check_id, "pass", "warning",
                             f"narrative {what} {_fmt(f.value)} equals {matched[0]}", _fmt(f.value),
                             table_values, cells))
        else:
            said = ", ".join(f"{name} = {_fmt(v)}" for name, _, v in usable)
            out.append(Check(check_id, "fail", "warning",
                             f"narrative {what} {_fmt(f.value)} ('{f.text}') differs from {said}", _fmt(f.value),
                             table_values, cells))
    return out


def _sum(*values: float | int | None) -> float | int | None:
    return None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]


def text_vs_table(report: Report) -> list[Check]:
    t3, t4 = report.tables.get("t3") or {}, report.tables.get("t4") or {}
    out: list[Check] = []
    if t3:
        new, old = _value(t3, "new_received", "total"), _value(t3, "carried_over", "total")
        out += _narrative_vs(report.facts_of("apply.received"), "text_vs_table.received", "applications received",
                             [("表三 一 (本年新收)", ["t3.new_received.total"], new),
                              ("表三 一 + 二 (新收 + 上年结转)", ["t3.new_received.total", "t3.carried_over.total"],
                               _sum(new, old))])
        out += _narrative_vs(report.facts_of("apply.completed"), "text_vs_table.completed", "applications answered",
                             [("表三 (七)总计", ["t3.total_processed.total"],
                               _value(t3, "total_processed", "total"))])
    if t4:
        out += _narrative_vs(report.facts_of("review.total"), "text_vs_table.review", "reconsiderations",
                             [("表四 行政复议 总计", ["t4.review.total"], _value(t4, "review", "total"))])
        direct, after = _value(t4, "litigation_direct", "total"), _value(t4, "litigation_after_review", "total")
        out += _narrative_vs(report.facts_of("litigation.total"), "text_vs_table.litigation", "lawsuits",
                             [("表四 直接起诉总计 + 复议后起诉总计",
                               ["t4.litigation_direct.total", "t4.litigation_after_review.total"],
                               _sum(direct, after))])
    return out


def completeness_tables(report: Report) -> list[Check]:
    """A 2019/2021-layout report has 表二, 表三 and 表四.

    A table that is missing counts as a failure only when the text goes on past where the table
    stands (it reaches the closing parts 五/六); an excerpt cut off earlier, or a table that is printed
    but whose cells could not be read, leaves the check uncertain.
    """
    if report.template not in TEMPLATE_LAYOUTS:
        return []
    have = {"表二": bool(report.tables.get("t2") or report.tables.get("t2_2019")),
            "表三": bool(report.tables.get("t3")), "表四": bool(report.tables.get("t4"))}
    present = [name for name, ok in have.items() if ok]
    missing = [name for name, ok in have.items() if not ok]
    if not missing:
        return [Check("completeness.tables", "pass", "error", "表二, 表三 and 表四 are all present",
                      ["表二", "表三", "表四"], present, ["t2" if report.tables.get("t2") else "t2_2019", "t3", "t4"])]
    text = report.document.text
    printed = [name for name in missing if _PRINTED[name].search(text)]
    reaches_end = any(s.id in _CLOSING_SECTIONS for s in report.sections)
    if printed:
        return [Check("completeness.tables", "uncertain", "error",
                      f"{', '.join(printed)} printed but not read" + (
                          f"; {', '.join(m for m in missing if m not in printed)} missing" if len(printed) < len(missing)
                          else ""), ["表二", "表三", "表四"], present, [])]
    if not reaches_end:
        return [Check("completeness.tables", "uncertain", "error",
                      f"{', '.join(missing)} not found, but the text stops before the closing parts "
                      "(an excerpt?)", ["表二", "表三", "表四"], present, [])]
    return [Check("completeness.tables", "fail", "error",
                  f"a {report.template} report without {', '.join(missing)}", ["表二", "表三", "表四"], present, [])]


def table_checks(report: Report) -> list[Check]:
    tables = report.tables
    out: list[Check] = []
    t3 = tables.get("t3")
    if t3:
        out += t3_row_sum(t3) + t3_results_sum(t3) + t3_balance(t3)
    if tables.get("t4"):
        out += t4_sum(tables["t4"])
    if tables.get("t2"):
        out += t2_non_negative(tables["t2"])
    out += text_vs_table(report)
    out += completeness_tables(report)
    return out
