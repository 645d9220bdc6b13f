"""Is this document an annual disclosure report at all?"""

from __future__ import annotations

import regex

from extract.model import Report

_TOPIC = regex.compile(r"(?:政府|政务)?信息公开|政务公开|依申请公开|主动公开")


def not_a_report_reason(report: Report) -> str | None:
    """Why the document is not a disclosure annual report, or None when it is one."""
    text = report.document.text
    if not text.strip():
        if report.document.warnings:
            return "; ".join(report.document.warnings)
        return "no readable text"
    hits = len(_TOPIC.findall(text[:200_000]))
    if hits == 0:
        return "not a government information-disclosure annual report (no 信息公开 wording)"
    if hits < 2 and not report.sections and not report.tables and not report.facts:
        return "not a government information-disclosure annual report (no report sections, tables or figures)"
    return None
