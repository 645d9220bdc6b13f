"""Split a report into the canonical sections of SCHEMA.md (overview, active, application, ...).

Parts are found by their numbering (一、 / 一. / 一概述 / 第一部分 / 1. / (一)) and named by the meaning of
their heading, never by an exact string: wording drifts from body to body and year to year.

What keeps the outline honest:
- one numbering style is the outline's (the outermost one that names a known part); sub-heads
  ((一)主动公开 under 一、总体情况) and list items (一是 …) are not parts;
- the numbers must run on (三 after 二; one skipped number is tolerated when the heading names a known
  part): rows of 表三 (一、本年新收 … 四、结转下年度) and numbered lists inside a part cannot pass;
- tables appended after the last part and renumbered 一/二/三 open one `tables` section instead of
  restarting the outline;
- crawled pages often run a whole report into one line, so a numbered heading is also taken after a
  sentence end inside a line ("…作用。六、其他需要报告的事项2021年,…").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from extract.model import Section
from extract.simplified import simplified
from parsers.model import Document

SECTION_IDS = ("overview", "active", "application", "fees", "review_litigation", "problems", "plans",
               "other", "tables")

CN_NUM = "一二三四五六七八九十"

# 主动公开、依申请公开等基本情况: one part holds both kinds of figure, as an overview does
BOTH_KINDS_HEADING = regex.compile(r"主动公开[^。,\n]{0,12}?(?:依申请|申请公开)")

# Meaning of a heading, first match wins: the order settles headings that name two things
# ("因政府信息公开申请行政复议" is about reviews, "依申请公开的收费" about fees).
_MEANINGS: tuple[tuple[str, regex.Pattern], ...] = (
    ("other", regex.compile(r"其[他它]需要?报告|其[他它]事项|其[他它]需要说明|其[他它]情况")),
    ("tables", regex.compile(r"统计表|附表|情况表|数据表|指标表")),
    ("review_litigation", regex.compile(r"复议|诉讼|申诉")),
    ("fees", regex.compile(r"收费|减免|费用|收支|支出")),
    ("problems", regex.compile(r"问题|不足|差距|短板|存在的?$")),
    ("plans", regex.compile(r"今后|下一步|下步|改进措施|整改措施|工作计划|工作打算|工作思路|工作重点|努力方向"
                            r"|工作安排|主要任务|工作要点|明年|来年")),
    ("overview", BOTH_KINDS_HEADING),
    ("application", regex.compile(r"依申请|收到和处理|申请情况|申请的办理|申请办理|受理申请|申请公开")),
    ("active", regex.compile(r"主动公开|重点领域|^[一二三四五六七八九十]+[、.]?(?:政府)?信息公开的?情况$")),
    ("overview", regex.compile(r"总体情况|概述|概况|基本情况|总体工作|工作情况|主要做法|总述|引言"
                               r"|政府信息管理|平台建设|监督保障|工作机制|组织领导|制度建设")),
)

# Row labels of 表三 and 表四 that share the outline's numbering
_TABLE_ROW = regex.compile(r"^(?:本年新收|上年结转|本年度|年度办理|办理结果|结转下年|本法提供|予以公开|总计)")
# a heading ends at the first of these words (or a sentence mark) when body text runs on in its line
_HEADING_END = regex.compile(r"(?:情况|事项|概述|概况|措施|举措|对策)(?:统计表|表)?|统计表|附表")
_ENDS_IN_FIGURE = regex.compile(r"\d[\s|]*$")
_SENTENCE_MARK = regex.compile(r"[。,:;!?,:;]")

_BULLETS = " \t\u3000•·●▪◆■□◇"
_NUM_CN = rf"[{CN_NUM}]{{1,3}}"
# numbered heading patterns by style; group "n" is the number
_STYLES: dict[str, regex.Pattern] = {
    "part": regex.compile(rf"第(?P<n>{_NUM_CN})(?:部分|章|节)[、.:\s]*"),
    "cn": regex.compile(rf"(?P<n>{_NUM_CN})\s*[、.．](?!\d)\s*|(?P<n>{_NUM_CN})(?=[\p{{Han}}])(?![是个项条年月日公次大类级名位点份届批些般起并同致直切定])"),
    "arabic": regex.compile(r"(?P<n>\d{1,2})\s*[、.．](?!\d)\s*"),
    "paren": regex.compile(rf"\((?P<n>{_NUM_CN})\)\s*"),
}
_STYLE_ORDER = ("part", "cn", "arabic", "paren")
# where a numbered heading may start inside a line: after a sentence end or closing mark
_INLINE_BEFORE = regex.compile(r"[。;!?”\"」)|>]\s*$|如下\s*:\s*$")  # …报告如下: 一、… runs on
_INLINE_AFTER_FIGURE = regex.compile(r"[\d%元]\s*$")


@dataclass(slots=True)
class _Candidate:
    style: str
    number: int
    start: int
    heading: str
    meaning: str | None
    at_line_start: bool
    line_end: int


def _cn_int(numeral: str) -> int:
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + CN_NUM.index(numeral[1]) + 1
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return (CN_NUM.index(tens) + 1) * 10 + (CN_NUM.index(ones) + 1 if ones else 0)
    return CN_NUM.index(numeral) + 1 if len(numeral) == 1 else 0


def heading_meaning(heading: str) -> str | None:
    """The canonical section id a heading's words name, or None. A heading with one damaged char (一、总�情况)
    names a part when exactly one part's words fit it, whatever the char was."""
    text = simplified(heading)
    meaning = _meaning(text)
    if meaning is None and "\ufffd" in text:
        text = _DAMAGED_RUN.sub("\ufffd", text)
        if text.count("\ufffd") == 1:
            fits = {_meaning(text.replace("\ufffd", ch)) for ch in _HEADING_CHARS} - {None}
            meaning = fits.pop() if len(fits) == 1 else None
    return meaning


def _meaning(text: str) -> str | None:
    for section_id, pattern in _MEANINGS:
        if pattern.search(text):
            return section_id
    return None


_DAMAGED_RUN = regex.compile(r"\ufffd+")
# the chars of the words that name parts, any of which a damaged byte may have taken
_HEADING_CHARS = sorted(set("总体情况概述况基本主动公开政府信息依申请收到和处理办理受理复议诉讼行政申诉收费减免费用问题不足改进措施"
                            "其他它需要报告事项统计表附今后下一步工作计划重点领域平台建设管理监督保障机制组织领导制度"))


def _heading_text(line: str, begin: int, body_start: int, whole_line: bool) -> str:
    """The heading's own words: up to a sentence mark or the closing word where body text runs on."""
    rest = line[body_start:]
    stop = len(rest)
    mark = _SENTENCE_MARK.search(rest)
    if mark:
        stop = mark.start()
    end = _HEADING_END.search(rest[: min(stop, 60)])
    if end:
        stop = end.end()
    elif not whole_line:
        stop = min(stop, 40)
    return line[begin:body_start + stop].strip()


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


@functools.lru_cache(maxsize=2)  # the outline and the completeness check read the same text
def _candidates(text: str) -> tuple[_Candidate, ...]:
    simple = simplified(text)
    found: list[_Candidate] = []
    for line_start, line in _lines(simple):
        if not line.strip():
            continue
        for style in _STYLE_ORDER:
            pattern = _STYLES[style]
            for m in pattern.finditer(line):
                pos = m.start()
                # a list bullet a web page put before the heading (  •   一、总体情况) is no text of its own
                at_start = pos == 0 or (pos < 8 and not line[:pos].strip(_BULLETS))
                after_figure = False
                if not at_start:
                    if style in ("arabic", "paren") or (style == "cn" and m.group(0)[-1:] not in "、.． "):
                        continue  # inside a line only 一、 parts; "一概述" without a separator starts a line
                    if not _INLINE_BEFORE.search(line, max(0, pos - 4), pos):
                        if not _INLINE_AFTER_FIGURE.search(line, max(0, pos - 4), pos):
                            continue
                        after_figure = True  # a part running on after a table's last cell: needs a meaning
                number = _cn_int(m.group("n")) if style != "arabic" else int(m.group("n"))
                if not number:
                    continue
                whole = at_start and len(line) - m.end() <= 40 and not _SENTENCE_MARK.search(line[m.end():])
                heading = _heading_text(line, m.start(), m.end(), whole)
                words = heading[m.end() - m.start():]
                if not words or _TABLE_ROW.search(words) or _ENDS_IN_FIGURE.search(words):
                    continue
                after = line[pos + len(heading):pos + len(heading) + 1]
                if after in (";", "、") or (not at_start and after == ","):
                    continue  # an enumeration of the parts (本报告包括:一、概述;二、…), not the parts
                meaning = heading_meaning(heading)
                if style == "cn" and m.group(0)[-1:] not in "、.． " and not (
                        len(line) <= 40 and (meaning or words.endswith(("情况", "事项")))):
                    continue
                if after_figure and not meaning:
                    continue
                found.append(_Candidate(style, number, line_start + m.start(), heading, meaning,
                                        at_start, line_start + len(line)))
    found.sort(key=lambda c: c.start)
    return tuple(found)


def numbered_headings(text: str) -> list[tuple[str | None, int, str]]:
    """(meaning, start, heading) of every numbered heading, parts and sub-heads alike, in order."""
    return [(c.meaning, c.start, text[c.start:c.start + len(c.heading)]) for c in _candidates(text)
            if c.at_line_start]


def _outline_style(candidates: tuple[_Candidate, ...]) -> str | None:
    for style in _STYLE_ORDER:
        named = [c for c in candidates if c.style == style and c.meaning]
        if len(named) >= (2 if style == "part" else 1):
            return style
    return None


def _accept(candidates: tuple[_Candidate, ...], style: str) -> list[tuple[_Candidate, str]]:
    """Walk the outline's numbers in order; returns (candidate, section id) for the parts kept."""
    kept: list[tuple[_Candidate, str]] = []
    last = 0
    in_tables = False
    firsts = [c.start for c in candidates if c.style == style and c.number == 1 and c.at_line_start]
    for cand in candidates:
        if cand.style != style:
            continue
        if in_tables:
            # a part after appended tables (五、其他需要报告的事项) returns to the outline
            if cand.meaning in ("problems", "plans", "other") and cand.at_line_start:
                kept.append((cand, cand.meaning))
                in_tables = False
                last = cand.number
            continue
        step = cand.number - last
        if last == 0:
            # an excerpt may begin at a later part, unless the outline's 一 is still to come
            ok = cand.number == 1 or (cand.meaning is not None and not any(f > cand.start for f in firsts))
        else:
            ok = step == 1 or (step == 2 and cand.meaning is not None)
        if ok:
            kept.append((cand, cand.meaning or "other"))
            last = cand.number
        elif cand.number == 1 and last >= 3 and cand.at_line_start and (
                cand.meaning in ("active", "application", "review_litigation", "tables")):
            kept.append((cand, "tables"))  # tables appended at the end, renumbered 一/二/三
            in_tables = True
    return kept


_APPENDIX = regex.compile(r"^\s*(?:附表|附件\s*\d?\s*[::]?.{0,30}(?:表|统计)|政府信息公开[^。]{0,20}统计表\s*$"
                          # 附:东关街道2009年政府信息公开情况统计表(文字版)
                          r"|附\s*[::]\s*[^。]{0,30}信息公开[^。]{0,10}统计表\s*(?:\([^()]{1,8}\))?\s*$)")


def find_sections(doc: Document) -> list[Section]:
    """The report's parts in order, with canonical ids, heading text, offsets and page."""
    text = doc.text
    candidates = _candidates(text)
    style = _outline_style(candidates)
    kept = _accept(candidates, style) if style else []
    starts = [(c.start, c.heading, sid) for c, sid in kept]
    # an appendix of tables after the last part, announced by its own line (附表 / …统计表)
    last_start = starts[-1][0] if starts else 0
    if not any(sid == "tables" for _, _, sid in starts):
        simple = simplified(text)
        for line_start, line in _lines(simple):
            if line_start > last_start and _APPENDIX.match(line) and len(line) <= 60:
                starts.append((line_start, line.strip(), "tables"))
                break
    starts.sort()
    sections = []
    for i, (start, heading, sid) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        sections.append(Section(id=sid, heading=text[start:start + len(heading)], start=start, end=end,
                                page=doc.page_at(start)))
    return sections
