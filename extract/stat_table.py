"""The old 统计表 of pre-2019 reports: 指标名称 · 计量单位 · 本年度 · 历年累计.

Crawled pages flatten it into one run: `主动公开文件数条294981916其中:1、政府网站公开数条2949819162、
政府公报公开数条00…`. Each row is a label, its unit and the digits of two cells run together (this
year, then all years), sometimes followed by the next row's number (`…9162、` is 81916 and row 2).
A split is admissible when neither part has a leading zero and the all-years figure is not below the
year's. Where several splits remain, the rows that divide the 主动公开 figure (网站, 公报) must add
up to it in both columns, and the year's figure read in the narrative settles the rest; a row that
stays ambiguous is left out, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import regex

# label, unit, then the two cells: run together (flattened page) or apart (lines, spaces, pipes)
_ROW = regex.compile(r"(?P<label>[\p{Han}、“”()]+?)[\s|]*(?P<unit>万元|条|件|元|个|次)[\s|]*(?P<digits>\d+(?:\.\d+)?)"
                     r"(?:[ \t|]+|\s*\n\s*)?(?:(?<=[\s|])(?P<cum>\d+)(?![\d.、]))?")


_HAN = regex.compile(r"\p{Han}")

@dataclass(slots=True)
class StatRow:
    metric: str
    label: str | None
    options: list[tuple[int | float, int | None]]  # (this year, all years) readings
    start: int
    end: int
    role: str  # total | item | scalar


@dataclass(slots=True)
class StatFigure:
    metric: str
    label: str | None
    value: int
    start: int
    end: int
    cumulative: int | None = None
    role: str = "scalar"


def _splits(digits: str) -> list[tuple[int, int]]:
    out = []
    for i in range(1, len(digits)):
        a, b = digits[:i], digits[i:]
        if (a[0] == "0" and a != "0") or (b[0] == "0" and b != "0"):
            continue
        if int(b) >= int(a):
            out.append((int(a), int(b)))
    return out


# the rows of the answers by their outcome (其中:同意公开答复数, 否决公开答复数), and reviews: no total answered
_PART_OF_ANSWERED = regex.compile(r"复议|同意|部分|否决|不予|其中")
_ENUMERATOR = regex.compile(r"^(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))+")


def _classify(label: str) -> tuple[str, str | None, str] | None:
    label = _ENUMERATOR.sub("", label.lstrip("、"))
    if "主动公开" in label and label.endswith(("信息数", "文件数")):
        return "active.total", None, "total"
    if label.endswith(("网站公开", "网站公开数", "公报公开", "公报公开数")):
        return "active.item", label.removesuffix("数"), "item"
    if "申请" in label and "受理" in label and label.endswith("总数"):
        return "apply.received", None, "scalar"
    if label.endswith(("收到申请数", "收到申请总数", "收到申请数量", "受理申请数")):
        return "apply.received", None, "scalar"
    if label.endswith(("对申请的答复数", "对申请的答复总数")):
        return "apply.completed", None, "scalar"
    if label.endswith(("申请办结数", "申请办结总数", "已办结申请数")):
        return "apply.completed", None, "scalar"
    if label.endswith(("答复总数", "答复数", "答复申请数", "答复申请总数")) and not _PART_OF_ANSWERED.search(label):
        return "apply.completed", None, "scalar"  # 答复总数: the row of those answered, under 受理申请总数
    if label.endswith(("收费减免金额", "收费金额", "收取的费用", "收取费用")):
        return "fees.amount", None, "scalar"
    if label.endswith(("行政复议数", "行政复议数量")) and "、" not in label:
        return "review.total", None, "scalar"
    if label.endswith(("行政诉讼数", "行政诉讼数量")) and "、" not in label:
        return "litigation.total", None, "scalar"
    if label.endswith(("行政申诉数", "申诉数量", "举报投诉数量", "投诉举报数量", "申诉举报数")) and "、" not in label:
        return "complaint.total", None, "scalar"
    return None


def read_stat_table(mt: str, start: int, end: int, known_total: int | float | None,
                    warnings: list[str] | None = None) -> list[StatFigure]:
    """Figures of the old statistics table in mt[start:end]; rows left out are named in `warnings`."""
    rows: list[StatRow] = []
    # a table of the year alone (统计指标 · 单位 · 统计数) has one cell a row: nothing to split
    one_column = "累计" not in mt[start:min(end, start + 200)]
    for m in _ROW.finditer(mt, start, end):
        digits, cum = m.group("digits"), m.group("cum")
        kind = _classify(m.group("label"))
        if kind is None:
            continue
        metric, label, role = kind
        if m.group("unit") == "万元" or "." in digits:
            # the year's amount alone, or printed apart from its cumulative one (收费金额 万元 0 0)
            if metric == "fees.amount" and (cum is not None or one_column or "." in digits):
                yuan = float(digits) * (10000 if m.group("unit") == "万元" else 1)
                rows.append(StatRow(metric, label, [(int(yuan) if yuan.is_integer() else round(yuan, 2), None)],
                                    m.start("label"), m.end("digits"), role))
            continue  # an amount run into its cumulative one: no reading of it is safe
        if one_column and cum is None:
            rows.append(StatRow(metric, label, [(int(digits), None)], m.start("label"), m.end("digits"), role))
            continue
        if cum is not None:  # two cells printed apart: nothing to split
            rows.append(StatRow(metric, label, [(int(digits), int(cum))], m.start("label"), m.end("cum"), role))
            continue
        after = mt[m.end("digits"):m.end("digits") + 2]
        if len(after) == 2 and after[0] in ".、" and _HAN.match(after[1]) and len(digits) > 2:
            digits = digits[:-1]  # the next row's number
        rows.append(StatRow(metric, label, _splits(digits), m.start("label"), m.start("digits") + len(digits), role))

    out: list[StatFigure] = []
    parent = next((r for r in rows if r.role == "total"), None)
    if parent is not None and all(len(r.options) == 1 for r in rows if r.role != "scalar"):
        # every cell reads one way only: as printed, whether or not the rows add up (the check says)
        p = parent.options[0]
        out.append(StatFigure("active.total", None, p[0], parent.start, parent.end, p[1], "total"))
        if p[1] is not None:
            out.append(StatFigure("active.cumulative", None, p[1], parent.start, parent.end, None, "total"))
        for child in (r for r in rows if r.role == "item"):
            v = child.options[0]
            out.append(StatFigure("active.item", child.label, v[0], child.start, child.end, v[1], "item"))
        parent = None
    if parent is not None:
        children = [r for r in rows if r.role == "item"]
        combos = []
        for p in parent.options:
            if known_total is not None and p[0] != known_total:
                continue
            for picks in product(*(c.options for c in children)):
                if sum(x[0] for x in picks) == p[0] and sum(x[1] for x in picks) == p[1]:
                    combos.append((p, picks))
        if combos and len({c[0] for c in combos}) == 1:
            p = combos[0][0]
            out.append(StatFigure("active.total", None, p[0], parent.start, parent.end, p[1], "total"))
            out.append(StatFigure("active.cumulative", None, p[1], parent.start, parent.end, None, "total"))
            for i, child in enumerate(children):
                values = {c[1][i] for c in combos}
                if len(values) == 1:
                    v = values.pop()
                    out.append(StatFigure("active.item", child.label, v[0], child.start, child.end, v[1], "item"))
    for row in rows:
        if row.role == "scalar" and len(row.options) == 1:
            out.append(StatFigure(row.metric, None, row.options[0][0], row.start, row.end, row.options[0][1]))
    if warnings is not None:
        read = {(f.start, f.metric) for f in out}
        for row in rows:
            if (row.start, row.metric) not in read:
                printed = mt[row.start:row.end]
                warnings.append(f"统计表 row {printed!r} left out: its run of digits splits into this year and "
                                f"all years in {len(row.options)} ways the table's relations do not settle")
    return out


# a row of the table written as a line of prose: 主动公开政府信息数:本年264条,累计912条 / 受理申请总数:3件
# (a line may have been run into the one before it: …累计912条2.受理申请总数:1件)
_STAT_LINE = regex.compile(
    r"(?m)(?:^|(?<=[条件元次个]))[ \t]*(?:\d{1,2}[.、]|\(\d{1,2}\))?[ \t]*(?P<label>[\p{Han}、()]{2,24}?)"
    # the label, then a colon (…数:本年264条) or the column's word alone (…数 本年 238 条 累计 371 条)
    r"(?:[ \t]*:[ \t]*(?:本年度?[ \t]*)?|[ \t]*本年度?[ \t]*)(?P<n>\d[\d,]*(?:\.\d+)?)[ \t]*(?P<unit>万元|条|件|元|个|次)?"
    r"(?:[ \t]*[,;]?[ \t]*(?:历年)?累计[ \t]*(?P<cum>\d[\d,]*)[ \t]*(?:万元|条|件|元|个|次)?)?[ \t]*[。;]?[ \t]*"
    r"(?=$|\d{1,2}[.、]|\(\d{1,2}\))")


_STAT_HINT = regex.compile(r"(?:数|数量|金额|费用)[ \t]*(?::[ \t]*(?:本年度?)?|本年度?)[ \t]*\d")


def read_stat_lines(mt: str) -> list[StatFigure]:
    """Rows of the old statistics table written as lines of prose, each with its label, this year's figure
    and, for the proactive-disclosure row, the all-years one; only labels the table itself uses count."""
    out: list[StatFigure] = []
    if not _STAT_HINT.search(mt):
        return out  # most reports hold no such line: one quick look first
    for m in _STAT_LINE.finditer(mt):
        kind = _classify(m.group("label"))
        if kind is None or kind[2] == "item":
            continue
        metric, label, role = kind
        value = float(m.group("n").replace(",", ""))
        if m.group("unit") == "万元":
            value *= 10000
        value = int(value) if value.is_integer() else value
        cum = int(m.group("cum").replace(",", "")) if m.group("cum") else None
        out.append(StatFigure(metric, label, value, m.start("n"), m.end("n"), cum, role))
    return out
