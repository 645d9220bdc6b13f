"""Which official layout a report follows: narrative, t2019, t2021 or hybrid (SCHEMA.md §1).

The tables decide when they are there, part by part: 表二 by its columns (2021 本年制发件数 / 现行有效件数 /
本年处理决定数量 / 本年收费金额, 2019 本年新制作数量 / 对外公开总数量 / 上一年项目数量 / 本年增/减 / 采购项目数量),
表三 by its （六）其他处理 (three sub-rows in 2021, one row in 2019). Parts of different layouts make a
`hybrid`, and `template_parts` says which part follows which. Without tables, the six statutory parts
(总体情况 / 收到和处理政府信息公开申请 / 第二十条 …) mark a 2019+ layout, and the year tells 2019 from 2021
(the 2021 format notice applies from the 2021 reports on); a report of a year before 2019 is `narrative`.
A report of 2021 or later whose excerpt shows none of those marks (a page cut before its tables) is taken
to follow the 2021 layout, as every such report read so far does; a 2019 or 2020 one in free prose without
the marks stays `narrative` (some were still written so).
"""

from __future__ import annotations

import regex

from extract.model import Section, Tables
from extract.simplified import simplified
from parsers.model import Document

T2021, T2019, NARRATIVE, HYBRID = "t2021", "t2019", "narrative", "hybrid"

_T2_2021 = regex.compile(r"本年制发件数|本年废止件数|现行有效件|本年处理决定数量|本年收费金额")
_T2_2019 = regex.compile(r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/?减|采购项目数量|采购总金额")
_T3_2021 = regex.compile(r"逾期不补正|逾期未按收费通知|不再处理其政府信息公开申请")
# 2019: （六）其他处理 is one row, its cells run straight into （七）总计
_T3_2019 = regex.compile(r"\(六\)其他处理[\d.\-—/]*\(七\)总计")
_STATUTORY = regex.compile(r"收到和处理政府信息公开申请|第二十条第\(|国办公开办函|勾稽关系|本年新收政府信息公开申请")
_GAP = regex.compile(r"[\s|\u3000]+")


def _compact(text: str) -> str:
    """Table text with line breaks, cell bars and spaces removed: '本年新\\n制作数量' reads as one label."""
    return _GAP.sub("", simplified(text))


def table_layouts(text: str, tables: Tables) -> dict[str, str]:
    """Layout of 表二 and 表三 ({"t2": "t2021", "t3": "t2019"}), for the parts that can be told."""
    parts: dict[str, str] = {}
    if "t2" in tables:
        parts["t2"] = T2021
    elif "t2_2019" in tables:
        parts["t2"] = T2019
    t3 = tables.get("t3") or {}
    if "other_other" in t3 or "other_overdue_correction" in t3 or "other_overdue_fee" in t3:
        parts["t3"] = T2021
    elif "other_processing" in t3:
        parts["t3"] = T2019
    if "t2" in parts and "t3" in parts:
        return parts
    compact = _compact(text)
    if "t2" not in parts:
        new, old = len(_T2_2021.findall(compact)), len(_T2_2019.findall(compact))
        if new or old:
            parts["t2"] = T2021 if new > old else T2019
    if "t3" not in parts:
        if _T3_2021.search(compact):
            parts["t3"] = T2021
        elif _T3_2019.search(compact):
            parts["t3"] = T2019
    return parts


def decide_template(doc: Document, sections: list[Section], tables: Tables,
                    year: int | None) -> tuple[str | None, dict[str, str]]:
    """(template, template_parts); template_parts is filled for a hybrid only."""
    parts = table_layouts(doc.text, tables)
    layouts = set(parts.values())
    if len(layouts) > 1:
        return HYBRID, dict(sorted(parts.items()))
    if layouts:
        return layouts.pop(), {}
    if year is not None and year < 2019:
        return NARRATIVE, {}
    statutory = bool(_STATUTORY.search(_compact(doc.text))) or any(
        s.id == "overview" and "总体情况" in simplified(s.heading) for s in sections)
    if not statutory and (year is None or year < 2021):
        return (NARRATIVE, {}) if year is not None or sections else (None, {})
    if year is None:
        return None, {}
    return (T2021 if year >= 2021 else T2019), {}
