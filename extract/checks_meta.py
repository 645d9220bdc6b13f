"""Checks of CHECKS.md over the report as a whole: year.consistent and completeness.parts.

year.consistent compares the year in the title, the statistics period and the opening sentences with
the date printed at the end. A report is published in its own year (a signature of 30 December, not one
of March: that is a slip) or in the following one (January to spring is the rule, any month of y+1 passes); a date from a web page's
field years later is a repost or mirror and leaves the check uncertain rather than failed.

completeness.parts asks for the statutory parts of the report's layout: the six parts of the 2019/2021
formats, or the parts art. 32 of the 2008 条例 asked of narrative reports. Many files are excerpts cut
mid-report, so a part missing *after* the last part seen is `uncertain` unless the text visibly ends
(a closing date, or the last part is 其他需要报告的事项 / 今后工作 / the tables); a part missing before
the last part seen is a `fail`.
"""

from __future__ import annotations

import regex

from extract.meta import Evidence, publication, year_evidence
from extract.model import Check, Report
from extract.sections import heading_meaning, numbered_headings
from extract.simplified import simplified

# (part, section ids that satisfy it, how the check names it)
_STATUTORY_2019 = (
    ("overview", ("overview",), "一、总体情况"),
    ("active", ("active",), "二、主动公开政府信息情况"),
    ("application", ("application",), "三、收到和处理政府信息公开申请情况"),
    ("review_litigation", ("review_litigation",), "四、政府信息公开行政复议、行政诉讼情况"),
    ("problems", ("problems", "plans"), "五、存在的主要问题及改进情况"),
    ("other", ("other",), "六、其他需要报告的事项"),
)
_STATUTORY_NARRATIVE = (
    ("active", ("active",), "主动公开政府信息情况"),
    ("application", ("application",), "依申请公开政府信息情况"),
    ("fees", ("fees",), "收费及减免情况"),
    ("review_litigation", ("review_litigation",), "行政复议、行政诉讼情况"),
    ("problems", ("problems", "plans"), "存在的主要问题及改进措施"),
)
_CLOSING_PARTS = {"other", "plans", "tables"}
_SELF_REFERENCE = regex.compile(r"年度报告|年报|本报告|编制|条例")
_NUMBERED_LINE = regex.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.]\s*(.{2,40})$", regex.M)


def _span(e: Evidence) -> str:
    return f"text:{e.start}-{e.end}"


# a signature in the year reported on is a slip when it is dated before November (30 December is common)
_LAST_EARLY_MONTH = 10


def year_consistent(report: Report) -> Check:
    text = report.document.text
    years = year_evidence(text)
    printed = publication(text)
    cells = [_span(e) for e in years] + ([_span(printed)] if printed else [])
    stated = {e.source: int(e.value) for e in years}
    actual: dict[str, object] = dict(stated)
    if printed:
        actual["published"] = printed.value
    if not stated:
        return Check("year.consistent", "uncertain", "warning", "the text states no year it covers",
                     report.year, actual, cells)
    covered = report.year if report.year is not None else next(iter(stated.values()))
    # the opening sentences only stand in for a missing title and period: they also cite other years
    # (the report naming itself, 编制的2013年度…年度报告, counts as the title does)
    printed_years = {src: y for src, y in stated.items() if src != "text"} or stated
    disagree = sorted({y for y in printed_years.values() if y != covered})
    if disagree:
        where = ", ".join(f"{src} {y}" for src, y in printed_years.items())
        return Check("year.consistent", "fail", "warning", f"the years stated disagree: {where}",
                     covered, actual, cells)
    if printed:
        year_printed = int(str(printed.value)[:4])
        if year_printed < covered or (year_printed == covered and printed.source == "signature"
                                      and int(str(printed.value)[5:7]) <= _LAST_EARLY_MONTH):
            # signed in March of the year reported on: a year's report is signed after it, or in its last weeks
            return Check("year.consistent", "fail", "warning",
                         f"dated {printed.value}, before the end of the year {covered} it reports on",
                         covered, actual, cells)
        if year_printed > covered + 1:
            if printed.source == "page":
                return Check("year.consistent", "uncertain", "warning",
                             f"the page is dated {printed.value}, {year_printed - covered} years after {covered}: "
                             "a repost or mirror?", covered, actual, cells)
            return Check("year.consistent", "fail", "warning",
                         f"signed {printed.value}, more than a year after {covered}", covered, actual, cells)
    return Check("year.consistent", "pass", "warning", f"year {covered} agrees throughout", covered, actual,
                 cells)


def _parts_seen(report: Report) -> list[tuple[str, int]]:
    """(part id, start) of the parts present, with parts named inside an appended tables section.

    Narrative reports often put the statutory matters under one part's sub-heads ((二)主动公开…): for
    them any numbered heading counts; the 2019/2021 formats ask for the parts themselves.
    """
    seen = []
    if report.template == "narrative":
        seen = [(meaning, start) for meaning, start, _ in numbered_headings(report.document.text) if meaning]
    for s in report.sections:
        meaning = heading_meaning(s.heading)
        # an unrecognised part is filed as `other`, but only 其他需要报告的事项 makes part 六
        part = s.id if s.id != "other" or meaning == "other" else None
        if part:
            seen.append((part, s.start))
        if s.id == "tables":
            body = simplified(report.document.text[s.start:s.end])
            for m in _NUMBERED_LINE.finditer(body):
                inner = heading_meaning(m.group(1))
                if inner:
                    seen.append((inner, s.start + m.start()))
    return seen


def completeness_parts(report: Report) -> Check:
    layout = report.template
    if layout is None:
        return Check("completeness.parts", "uncertain", "warning", "the report's layout is not known",
                     None, None, [])
    required = _STATUTORY_NARRATIVE if layout == "narrative" else _STATUTORY_2019
    seen = _parts_seen(report)
    cells = [f"section:{s.id}:{s.start}-{s.end}" for s in report.sections]
    if not seen:
        return Check("completeness.parts", "uncertain", "warning", "no numbered parts were found",
                     [name for _, _, name in required], [], cells)
    present = {p for p, _ in seen}
    text = report.document.text
    last_part = heading_meaning(report.sections[-1].heading) if report.sections else None
    if report.sections and report.sections[-1].id == "tables":
        last_part = "tables"
    ends_visibly = last_part in _CLOSING_PARTS or (
        (printed := publication(text)) is not None and printed.source == "signature")
    starts_visibly = any(e.source == "title" for e in year_evidence(text)) or bool(
        _SELF_REFERENCE.search(simplified(text[:400])))
    missing_before, missing_cut = [], []
    for i, (_, ids, name) in enumerate(required):
        if present & set(ids):
            continue
        earlier_seen = any(p in present for _, earlier_ids, _ in required[:i] for p in earlier_ids)
        later_seen = any(p in present for _, later_ids, _ in required[i + 1:] for p in later_ids)
        if (later_seen and (earlier_seen or starts_visibly)) or (not later_seen and ends_visibly):
            missing_before.append(name)
        else:
            missing_cut.append(name)
    missing_after = missing_cut
    expected = [name for _, _, name in required]
    actual = [s.heading for s in report.sections]
    if missing_before:
        return Check("completeness.parts", "fail", "warning",
                     f"{layout} layout: missing {'; '.join(missing_before)}", expected, actual, cells)
    if missing_after:
        return Check("completeness.parts", "uncertain", "warning",
                     f"the text is cut before or after the parts seen, missing {'; '.join(missing_after)} (an excerpt?)", expected, actual, cells)
    return Check("completeness.parts", "pass", "warning", f"all parts of the {layout} layout are present",
                 expected, actual, cells)


def meta_checks(report: Report) -> list[Check]:
    return [year_consistent(report), completeness_parts(report)]
