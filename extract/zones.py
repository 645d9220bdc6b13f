"""Where a figure stands: the report part and sub-part around an offset, and spans that hold no prose.

Narrative rules need to know the part they read in: 受理申请 N 件 in the overview of a county report
may count permit applications, while in the 依申请公开 part it counts disclosure applications; a
channel count under (四)平台建设 is not a proactive-disclosure figure. The top-level parts come from
`sections` when the section finder gave them, else from a light reading of numbered headings
(一、… with a keyword of its meaning). Sub-parts ((一)主动公开情况, 2.主动公开情况) are read here.

Spans without prose: 表二/三/四 renderings (from the 第二十条第(一)项 grid or the 表三 header note to
the next part that is not a table; a sentence of prose between the tables, with none of the grids'
words, stays readable), one-row-a-line renderings (`a | b | c`), the old 统计表 (read by
extract.stat_table) and the text layer spans the parser marked unusable.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from extract.model import Section
from extract.sections import BOTH_KINDS_HEADING
from extract.simplified import simplified
from parsers.model import Document

# meaning of a heading, by its first words; first match wins
_MEANING = (
    ("other", regex.compile(r"其[他它]需要?报告|其[他它]事项")),
    ("stat_table", regex.compile(r"统计表|指标统计")),
    ("review", regex.compile(r"复议|诉讼|申诉")),
    ("fees", regex.compile(r"收费|减免|费用|收支|支出")),
    ("problems", regex.compile(r"问题|不足|差距")),
    ("plans", regex.compile(r"今后|下一步|下步|改进措施|整改|工作计划|工作打算|工作思路")),
    ("overview", BOTH_KINDS_HEADING),  # a part holding both kinds
    ("application", regex.compile(r"依申请|收到和处理|申请")),
    ("consult", regex.compile(r"咨询")),
    # 主动公开 near the start names the part (主动公开政府信息以及公开平台建设情况 too); 加大主动公开力度 is a
    # work item inside another part
    ("active", regex.compile(r"^[^,。]{0,8}?(?<!加大|加强|深化|推进|强化|全面|推动)主动公开(?!力度)|信息公开的?情况|公开的?主要内容"
                             r"|公开的?数量")),
    ("platform", regex.compile(r"平台建设|网站建设|新媒体|政府信息管理|监督保障|工作机制")),
    ("overview", regex.compile(r"总体情况|概述|概况|基本情况|总体工作|主要做法")),
)
_SECTION_TO_ZONE = {"review_litigation": "review"}

_TOP = regex.compile(r"(?:^|(?<=[\n。;:!?)]))[\s•·●▪◆■]*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}"
                     r"(?:[、.]|\s|(?=[\p{Han}])))(?!是|要|、|\d)", regex.M)
_SUB = regex.compile(r"(?:^|(?<=[\n。;:!?]))\s*(?:\([一二三四五六七八九十]{1,3}\)|(?<![\d.])\d{1,2}(?:[.、](?!\d)))")
_TABLE_START = regex.compile(r"第二十条\s*第\s*\(\s*一\s*\)\s*项(?=[\s|]*(?:信息内容|规章|本年))|本列数据的勾稽关系"
                            r"|申请人情况(?=[\s|]*(?:自然人|法人))")
# words of the table grids: a sentence holding one is part of a table rendering
_TABLE_WORDS = regex.compile(r"本年新收|上年结转|办理结果|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|自然人"
                             r"|法人或其他组织|结果维持|结果纠正|尚未审结|第二十条|信息内容|本年制发|本年废止|现行有效"
                             r"|处理决定|收费金额|勾稽|新制作|新公开|采购项目")
_PROSE_SENTENCE = regex.compile(r"[^。\n|]{6,}。")
_PIPE_LINE = regex.compile(r"^[^\n]*\|[^\n]*\|[^\n]*$", regex.M)
# the table's first rows: proactive disclosure's, or (a table of applications alone) the applications received
_STAT_FIRST_ROW = regex.compile(r"主[动動]公[开開][^\n。]{0,12}?数[\s|]*[条條件]|受理[^\n。]{0,12}?(?:总数|申请数)[\s|]*件")
_STAT_TABLE = regex.compile(r"统计表[^\n]{0,20}?[\s|]*(?:指标名称|指标|项目名称|统计指标)")


# a numbered point naming a channel and nothing more, its count after it (2.政务新媒体。全年推送信息658条)
_CHANNEL_NAMED_ALONE = regex.compile(r"[^\n。,;:]{2,10}[。:：]?\s*(?=\n|[^\n]{0,40}?\d)")
# a numbered point that states a count in its first words (2.政务新媒体:3,421条)
_COUNTED_POINT = regex.compile(r"[^\n。,;]{1,20}?[:：]?\s*\d[\d,]*(?:\.\d+)?\s*(?:条|篇|件|期|次|个|项)")
# a heading ends at a line or sentence mark, or after the word that closes it when text runs on
_HEADING_END = regex.compile(r"[\n。,:;!?]|(?<=情况|情形|事项|概述|概况|措施|方面|工作|数量|类别|形式|内容)")


def meaning(heading: str) -> str | None:
    """The zone a heading opens, from its first 24 characters (read in simplified characters); None when it
    names nothing known."""
    head = simplified(heading[:24]).lstrip(" \t\n(（)）一二三四五六七八九十0123456789、.．")
    head = _HEADING_END.split(head, maxsplit=1)[0]
    for zone, pattern in _MEANING:
        if pattern.search(head):
            return zone
    return None


@dataclass(slots=True)
class Zones:
    """Zone lookups for one document's text."""

    top_starts: list[int]
    top_zones: list[str | None]
    sub_starts: list[int]
    sub_ends: list[int]
    sub_zones: list[str | None]
    blocked: list[tuple[int, int]]  # no prose here: tables, pipe rows, unusable text
    stat_tables: list[tuple[int, int]]
    _blocked_starts: list[int] = field(default_factory=list)
    _blocked_reach: list[int] = field(default_factory=list)

    def top(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.top_starts, offset) - 1
        return self.top_zones[i] if i >= 0 else None

    def at(self, offset: int) -> str | None:
        """The sub-part's zone where one names a known meaning, else the part's."""
        i = bisect.bisect_right(self.sub_starts, offset) - 1
        if i >= 0 and offset < self.sub_ends[i] and self.sub_zones[i]:
            return self.sub_zones[i]
        return self.top(offset)

    def is_blocked(self, start: int, end: int | None = None) -> bool:
        end = start + 1 if end is None else end
        i = bisect.bisect_left(self._blocked_starts, end)  # spans starting before `end`
        return i > 0 and self._blocked_reach[i - 1] > start

    def __post_init__(self) -> None:
        self._blocked_starts = [a for a, _ in self.blocked]
        reach, top = [], -1
        for _, b in self.blocked:
            top = max(top, b)
            reach.append(top)
        self._blocked_reach = reach  # the furthest end among spans 0..i


def _top_from_text(text: str) -> tuple[list[int], list[str | None]]:
    starts: list[int] = []
    zones: list[str | None] = []
    for m in _TOP.finditer(text):
        zone = meaning(text[m.end():m.end() + 24])
        if zone is None:
            continue
        starts.append(m.start())
        zones.append(zone)
    return starts, zones


def _top_from_sections(sections: list[Section]) -> tuple[list[int], list[str | None]]:
    """Zones of the section finder's parts; a heading's own words refine a part it could not name."""
    ordered = sorted(sections, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    zones: list[str | None] = []
    for s in ordered:
        if s.id == "tables":
            zones.append("tables")
            continue
        zones.append(meaning(s.heading) or (None if s.id == "other" else _SECTION_TO_ZONE.get(s.id, s.id)))
    return starts, zones


def _table_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The table region start..end without the sentences of prose inside it (本年度无行政复议情况。)."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _PROSE_SENTENCE.finditer(text, start, end):
        if _TABLE_WORDS.search(m.group()):
            continue
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return spans


def find_zones(doc: Document, sections: list[Section] | None = None) -> Zones:
    text = doc.text
    top_starts, top_zones = _top_from_sections(sections) if sections else _top_from_text(text)
    sub_starts: list[int] = []
    sub_zones: list[str | None] = []
    outer: tuple[int, str | None] = (-1, None)  # the last (一)-style sub-part: its part and zone
    for m in _SUB.finditer(text):
        zone = meaning(text[m.end():m.end() + 24])
        if zone is not None and "(" not in m.group() and _COUNTED_POINT.match(text, m.end()):
            zone = None  # 2.政务新媒体:3,421条: a numbered item of a list, counted, is no heading of a part
        part = bisect.bisect_right(top_starts, m.start())
        if zone == "platform" and "(" not in m.group() and part > 0 and top_zones[part - 1] == "active" \
                and _CHANNEL_NAMED_ALONE.match(text, m.end()):
            zone = None  # 二、主动公开…⏎2.政务新媒体。全年推送信息658条: a channel's point of the part, no platform part
        if "(" in m.group():
            outer = (part, zone)
        elif zone is None and outer[0] == part:
            zone = outer[1]  # (一)主动公开⏎1.以公开助力经济发展: a numbered point inside a named sub-part
        sub_starts.append(m.start())
        sub_zones.append(zone)
    # a sub-part ends at the next sub-part or part
    sub_ends: list[int] = []
    for i, start in enumerate(sub_starts):
        end = sub_starts[i + 1] if i + 1 < len(sub_starts) else len(text)
        j = bisect.bisect_right(top_starts, start)
        if j < len(top_starts):
            end = min(end, top_starts[j])
        sub_ends.append(end)

    blocked: list[tuple[int, int]] = list(doc.unusable_spans)
    blocked.extend((m.start(), m.end()) for m in _PIPE_LINE.finditer(text))
    m = _TABLE_START.search(text)
    if m:
        # the tables run to the next part that is no table part (problems, plans, other)
        end = len(text)
        for start, zone in zip(top_starts, top_zones):
            if start > m.start() and zone in ("problems", "plans", "other"):
                end = start
                break
        blocked.extend(_table_spans(text, m.start(), end))
    stat_tables: list[tuple[int, int]] = []
    for m in _STAT_TABLE.finditer(text):
        if not _STAT_FIRST_ROW.search(text, m.end(), m.end() + 300):
            continue  # a mention of the table in a sentence, not the table
        stat_tables.append((m.start(), len(text)))
        blocked.append((m.start(), len(text)))
    blocked.sort()
    return Zones(top_starts, top_zones, sub_starts, sub_ends, sub_zones, blocked, stat_tables)
