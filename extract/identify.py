"""Is this document an annual disclosure report at all?

A report, even an excerpt cut after a few lines, shows at least one of: its title or self-reference
(政府信息公开工作年度报告 / 本年度报告 / 信息公开年报), two parts of the report's outline, the tables of
the 2019/2021 format, or the statistics-period sentence; a copy without its title line that starts at
a part of the report (二、主动公开政府信息情况) is one when that part gives its figures. A news item about disclosure work, a notice
about compiling the reports (关于做好…年度报告…的通知), a contract or a procurement notice shows none of
them outside quotation marks, and is turned away with a one-line reason.
"""

from __future__ import annotations

import regex

from extract.model import Report
from extract.simplified import UNREAD, simplified

_TOPIC = regex.compile(r"(?:政府|政务)?信息公开|政务公开|依申请公开|主动公开")
_SELF_REFERENCE = regex.compile(
    r"(?:政府|政务)?(?:信息)?公开(?:工作)?\s*(?:年度报告|年报|工作报告|年度工作报告)|本年度报告|本报告|本年报"
    r"|年度报告(?:中|所)列数据|统计(?:期限|时限|周期)"
    r"|\d{4}\s*年度?(?:政府|政务)?信息公开(?:工作)?(?:情况)?报告")  # 台创园2017年信息公开报告: a title without 年度
_FORMAT_MARK = regex.compile(r"第二十条第\s*\([一二三四五六七八九]\)项|收到和处理政府信息公开申请|本年新收政府信息公开申请"
                            r"|本年制发件数|本年新制作数量|勾稽关系为")
_NOTICE_TITLE = regex.compile(r"关于.{2,80}?的(?:通知|函|意见|批复|公告|通告)")
# a numbered heading opening the text (一、… / (一)… / 1.…)
_OPENING_HEADING = regex.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.](?!\d))\s*\p{Han}")
_REPORT_FIGURES = {"active.total", "active.item", "apply.received", "apply.completed"}
_OUTLINE_PARTS = {"overview", "active", "application", "fees", "review_litigation", "problems", "plans",
                  "other", "tables"}


def _outside_quotes(text: str, pattern: regex.Pattern) -> bool:
    """A match not inside 《…》: a report cites notices about reports, it is not one."""
    for m in pattern.finditer(text):
        opened = text.rfind("《", 0, m.start())
        if opened < 0 or text.rfind("》", opened, m.start()) >= 0:
            return True
    return False


def not_a_report_reason(report: Report) -> str | None:
    """Why the document is not a disclosure annual report, or None when it is one."""
    text = report.document.text
    if not text.strip():
        if report.document.warnings:
            return "; ".join(report.document.warnings)
        return "no readable text"
    simple = simplified(text[:200_000])
    if report.tables or _FORMAT_MARK.search(simple):
        return None  # the format's tables, even a fragment of them without any other wording
    if not _TOPIC.search(simple):
        return "not a government information-disclosure annual report (no 信息公开 wording)"
    parts = {s.id for s in report.sections} & _OUTLINE_PARTS
    if len(parts) >= 2:
        return None
    first_line = simple.lstrip().split("\n", 1)[0]
    if _NOTICE_TITLE.search(first_line[:120]) and "《" not in first_line[:120]:
        return "not an annual report but a notice or letter (its title reads 关于…的通知)"
    if _outside_quotes(simple, _SELF_REFERENCE) or "overview" in parts:
        return None
    if parts and any(f.metric in _REPORT_FIGURES for f in report.facts):
        return None  # no title line, but a part of the report with its figures (a copy starting at 二、)
    if _OPENING_HEADING.match(first_line) and any(f.metric == "active.total" for f in report.facts) \
            and any(f.metric in ("active.item", "active.cumulative", "apply.received") for f in report.facts):
        # a copy cut to start at a numbered heading of the report ((一)公开的主要内容), its year's figure with
        # its parts or the year's other figures after it: no news item opens so
        return None
    if UNREAD in text and any(f.metric in _REPORT_FIGURES for f in report.facts):
        return None  # damaged bytes may have taken the words that say what it is (本报�); its figures remain
    return ("not a government information-disclosure annual report (mentions 信息公开 but has no report "
            "title, report parts, statistics period or disclosure tables)")
