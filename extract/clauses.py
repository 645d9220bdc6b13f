"""The text as the narrative rules read it: counts (a number with its counter) and clause bounds.

A clause runs between separators (, ; : 。 ! ? and line breaks); 、 does not end a clause, because
labels themselves hold it (政策、规范性文件类信息). Every position is an offset of the normalised
text; rules match the simplified-character view (`mt`) and cut labels from the printed text.
"""

from __future__ import annotations

import bisect
import re

from extract.numbers import CN_DIGITS, UNITS, Number, to_number
from extract.simplified import simplified

# a Chinese numeral counts only before these (三个方面 and 两个 are words)
_CN_COUNT_UNITS = frozenset({"条", "件", "篇", "份", "宗", "项", "元", "例", "起"})
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
# a number with its counter (extract.numbers reads numbers without one too); the words of
# approximation before it (约, 近, 超过) are looked at by hand, which keeps the scan fast
COUNT = re.compile(rf"(\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+)(?:(余|多)(?=[万亿]))?(万(?!元)|亿(?!元))?(余|多)?({_UNIT_ALT})(以上|左右|余)?")
_NOT_ITEMS = ("工作日", "自然日", "月", "小时", "季度", "星期", "百分点", "多月", "年度", "镇", "乡", "村", "街道",
              "社区", "部门", "单位", "行政村", "领域", "方面")  # (涉及…等10个领域的民生信息142条: so many areas)
# plain character classes: the standard `re` runs them faster than `regex`
_CLAUSE_SEP = re.compile(r"[,;:。!?\n，；：！？]")
_SENTENCE_SEP = re.compile(r"[。!?\n！？]")
# a bracketed gloss without a count of its own ((微信号:abc123), (网址:www…)): its separators end no clause
_GLOSS = re.compile(r"\([^()\n]{1,60}\)")


# a number printed right after a label, with no counter, ending an item of a list (…信息402,)
_BARE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff”」])(?<![第至到年月日号期为约近前后])(?P<n>\d{1,5})(?=[,、;。\n])(?!,\d{3})")
# the same, its separator dropped too: the next label follows the number at once (政务动态信息885信息公开目录信息30条);
# what may follow a number as its own measure (14大领域, 3名, 12345热线; 294小项 counts in 项 of its own) makes no such item
_BARE_COUNT_JOINED = re.compile(r"(?<=[\u4e00-\u9fff”」])(?<![第至到年月日号期为约近前后])(?P<n>\d{1,5})(?=[\u4e00-\u9fff“「《])"
                                r"(?![大小名位岁天周号届年月日时分秒米亩吨平千百万亿倍成折度级档栋层间座所处辆户村镇乡组支队家热领"
                                r"条件篇项个份次期场人批宗起类元张则部本册套例封台余多])"  # (a counter: a count already)
                                r"(?!公(?:里|斤|顷|尺|分))")  # (945公开… is no 945公里)
# figures printed without their counter at the end of their clause (never at the text's end, where a cut excerpt
# may end mid-figure): the year's headline or a channel's (共计主动公开政府信息57, 微信公开政府信息数为117)
_BARE_HEADLINE = re.compile(r"(?:公开|发布|公布|推送)(?:了)?(?:各类)?(?:政府|政务|动态|工作)?信息(?:共计|共|总数|数量|数)?(?:为|达)?"
                            r"(?P<n>\d{1,6})(?=[,;。)\n])")
# applications (收到…申请2, …数为1, 已办结18), after words of receiving them or of disclosure on request
_BARE_APPLICATIONS = re.compile(r"(?:申请|申请数|”?数|已办结|办结|继续办理|依申请公开)(?:量)?(?:为|是|共)?(?P<n>\d{1,4})(?=[,;。\n])")
# cases counted without their counter (政府信息公开行政复议1(结果维持1), 行政诉讼0,)
_BARE_CASES = re.compile(r"(?:行政复议|行政诉讼)(?:案件)?(?:数量|数)?(?:为|是|共)?(?P<n>\d{1,3})(?=[,;。(\n])")
# the rows of the table of applications (表三), whose figures are its cells, not sentences
_TABLE_THREE_ROW = re.compile(r"[\s一二三四五六七八九十、.]*(?:本年新收|上年结转|结转下年度继续办理)的?政府信息公开申请(?:数量)?")
_RECEIVING = re.compile(r"收到|受理|接到|接收|结转|依申请公开")
# a service hotline's number (12345政务服务热线, 12315): no count
_HOTLINE = re.compile(r"12\d{3}$")
# the item before it in its list, ending in a count: its end, then the separator and the label of this one (a lead
# such as 其中 after the count makes that count the figure the list divides, no item of it)
_ITEM_BEFORE = re.compile(r"(?P<end>)[,、;](?!其中|包括|分别|主要|具体|合计|共计)[\u4e00-\u9fff“”「」《》()]{2,30}$")
# the item after it: a separator, a label, a count
_ITEM_AFTER = re.compile(r"[,、;](?:其他|另有)?[\u4e00-\u9fff“”「」《》()]{2,30}?(?P<count>\d)")
_ITEM_JOINED_AFTER = re.compile(r"[\u4e00-\u9fff“”「」《》()]{2,30}?(?P<count>\d)")
_LIST_UNITS = frozenset({"条", "件", "篇", "份", "个", "项", "期", "次", "则"})
# 一起 counts one case only after a word of having or receiving (发生一起, 共有一起, 收到一起)
_ONE_CASE_AFTER = frozenset("共有生到理计为了")
_ARTICLE_RANGE = re.compile(r"第[\d一二三四五六七八九十百]+条?(?:至|到|—|-|~|、)$")


# the running figure of a stat line printed right after the year's (本年238条 累计371条)
_RUNNING_FIGURE_NEXT = re.compile(r"(?:历年)?累计")


def _joined_before(mt: str, pos: int, by_end: dict[int, Number]) -> Number | None:
    """The count that ends where the label before `pos` begins, nothing between them (文件46政府会议信息42)."""
    a = pos
    while a > 0 and pos - a < 30 and _LABEL_CHAR.match(mt, a - 1):
        a -= 1
    return by_end.get(a) if pos - a >= 2 else None


_LABEL_CHAR = re.compile(r"[\u4e00-\u9fff“”「」《》()、]")


# one for one (发布一条解读一条, 出台一个解读一个)
_ONE_FOR_ONE = re.compile(r"一([条件篇个份项])[,、]?(?:同步|配套)?解读一\1")
# a negation right before 一 (没有收到一件, 未发生过一起): not a single one
_NEGATED_ONE = re.compile(r"(?:没有|未|无|从未|并未)(?:收到|接到|受理|发生|出现|有|办理)?(?:过)?(?:任何)?$")


class TextView:
    """Counts and clause bounds of one normalised text, computed once."""

    __slots__ = ("text", "mt", "counts", "_count_starts", "_clause_seps", "_sentence_seps", "_joined_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        self.mt = simplified(text)
        self.counts: list[Number] = []
        mt = self.mt
        for m in COUNT.finditer(mt):
            num, pre_times, times, post, unit, post2 = m.groups()
            post = post or pre_times  # 20余万条
            start = m.start()
            before = mt[start - 1] if start else ""
            if before in "第.每" or (before.isdigit() and not num[0].isdigit()):
                continue  # 第二十条, decimals cut by the pattern; 每一件 (each one), no count
            if unit == "条" and _ARTICLE_RANGE.search(mt, max(0, start - 12), start):
                continue  # 条例第9至12条: the end of a range of articles
            if not num[0].isdigit() and unit not in _CN_COUNT_UNITS and not (unit in ("期", "次") and len(num) > 1):
                continue  # 三个方面, 两个, 一次: words, not counts (四十二期 is one)
            if num == "一" and unit == "起" and (before not in _ONE_CASE_AFTER or mt[start - 2:start] in ("没有", "任何")):
                continue  # 一起 (together), 没有任何一起: no count of one case
            if num == "一" and _NEGATED_ONE.search(mt[max(0, start - 8):start]):
                continue  # 没有收到一件申请, 未发生一起: not a single one, a statement of none
            if num == "一" and any(a <= start < z for a, z in
                                   (x.span() for x in _ONE_FOR_ONE.finditer(mt, max(0, start - 12), start + 12))):
                continue  # 文件发布一条解读一条: each one matched by one, a rule of work, no count
            if unit == "个" and mt.startswith(_NOT_ITEMS, m.end()):
                continue  # 20个工作日, 16个镇: a span of time or a count of bodies, not of items
            if unit == "个" and before == "(" and mt.startswith(")", m.end()):
                continue  # 微信公众账号(1个)发布信息149条: how many accounts, a gloss on the channel's name
            value = to_number(num)
            if value is None:
                continue
            if times and num[0].isdigit():  # 1.2万条
                # 1.12万 is 11200, not 11200.000000000002: the decimal places printed bound those of the value
                places = max(0, len(num.partition(".")[2]) - (4 if times == "万" else 8))
                value = round(value * (10000 if times == "万" else 100000000), places)
                value = int(value) if float(value).is_integer() else value
            approx = bool(post or post2 in ("以上", "左右", "余"))
            if before in "约近逾达超":
                start -= 1
                approx = approx or before != "达"
            elif mt[start - 2:start] == "超过":
                start -= 2
                approx = True
            if unit in ("小项", "子项"):
                unit = "项"  # 义务教育领域7小项: items of a list counted in 项
            self.counts.append(Number(value, unit, approx, start, m.end(), mt[start:m.end()]))
        self._joined_ends = []  # where a number printed without its counter and separator ends
        if _BARE_COUNT.search(mt) or _BARE_COUNT_JOINED.search(mt):
            self._add_counts_whose_unit_was_dropped()
            self._joined_ends.sort()
        if "申请" in mt or "信息" in mt:
            self._add_figures_whose_unit_was_dropped()
        self._count_starts = [c.start for c in self.counts]
        self._clause_seps = [m.start() for m in _CLAUSE_SEP.finditer(self.mt)]
        if "(" in mt:
            self._clause_seps = self._outside_glosses(self._clause_seps)
        self._sentence_seps = [m.start() for m in _SENTENCE_SEP.finditer(self.mt)]

    def _add_counts_whose_unit_was_dropped(self) -> None:
        """部门动态402,其他信息248条 / 预决算信息2,法治政府建设年度报告1条: an item of a list printed without
        its counter, beside an item of the same list that has one, counts in that item's unit."""
        mt = self.mt
        by_end = {c.end: c for c in self.counts}
        by_start = {c.start: c for c in self.counts}
        added: list[Number] = []
        bare = [(m, False) for m in _BARE_COUNT.finditer(mt)] + [(m, True) for m in _BARE_COUNT_JOINED.finditer(mt)]
        bare.sort(key=lambda x: x[0].start())
        for _ in range(2):  # a second pass: an item may lean on the bare one after it (…信息410新疆…推送信息1363…)
            left = []
            for m, joined in bare:
                sibling = self._sibling(m, joined, by_end, by_start)
                if sibling is None:
                    left.append((m, joined))
                    continue
                n = m.group("n")
                added.append(Number(int(n), sibling.unit, False, m.start("n"), m.end("n"), n))
                if joined:  # (政务动态信息945公开机构职能信息4条: the next clause starts right after the number)
                    self._joined_ends.append(m.end("n"))
                by_end[m.end("n")] = by_start[m.start("n")] = added[-1]  # the next bare item may lean on this one
            if len(left) == len(bare):
                break
            bare = left
        if added:
            self.counts = sorted(self.counts + added, key=lambda c: c.start)

    def _add_figures_whose_unit_was_dropped(self) -> None:
        """收到政府信息公开申请1, / “依申请公开政府信息”数为1 / 行政复议1(…) / 主动公开政府信息57: figures of
        applications, cases and the year's disclosure printed without their counter at the end of their clause
        count in 件 (applications, cases) or 条 (information)."""
        mt = self.mt
        starts = {c.start for c in self.counts}
        added = []

        def add(m: re.Match, unit: str) -> None:
            n = m.group("n")
            added.append(Number(int(n), unit, False, m.start("n"), m.end("n"), n))
            starts.add(m.start("n"))

        for m in _BARE_APPLICATIONS.finditer(mt):
            a = max(mt.rfind(ch, 0, m.start()) for ch in ",;:。\n") + 1
            if m.start("n") not in starts and _RECEIVING.search(mt, a, m.start()) \
                    and not _TABLE_THREE_ROW.match(mt, a, m.start("n")):  # (二、上年结转…申请数量0: a table's cell)
                add(m, "件")
        for m in _BARE_CASES.finditer(mt) if "复议" in mt or "诉讼" in mt else ():
            if m.start("n") not in starts:
                add(m, "件")
        for m in _BARE_HEADLINE.finditer(mt):
            if m.start("n") not in starts and not 1990 <= int(m.group("n")) <= 2100:
                add(m, "条")
        if added:
            self.counts = sorted(self.counts + added, key=lambda c: c.start)

    def _sibling(self, m: re.Match, joined: bool, by_end: dict[int, Number], by_start: dict[int, Number]) -> Number | None:
        """The count of the same list beside the bare number `m`, in a list unit; None when it is no item."""
        mt = self.mt
        if 1990 <= int(m.group("n")) <= 2100 or _HOTLINE.match(m.group("n")) \
                or joined and COUNT.match(mt, m.start("n")):
            return None  # a year (截至2022,), a hotline; a number with its counter
        sibling = None
        before = _ITEM_BEFORE.search(mt, max(0, m.start() - 34), m.start())
        if before is not None:
            sibling = by_end.get(before.start("end"))
        if sibling is None:  # 办公厅文件46政府会议信息42、: the item before ends in a count, its separator dropped
            sibling = _joined_before(mt, m.start(), by_end)
        if sibling is None:  # the next item: after a separator, or at once (乡镇动态23政策文件5条)
            after = (_ITEM_JOINED_AFTER if joined else _ITEM_AFTER).match(mt, m.end())
            sibling = by_start.get(after.start("count")) if after else None
        return sibling if sibling is not None and sibling.unit in _LIST_UNITS else None

    def clause_start(self, pos: int) -> int:
        """Where the clause around `pos` starts: after a separator, or after a number printed without its counter
        and separator (…信息945公开机构职能信息4条), whose clause ends there though no mark says so."""
        i = bisect.bisect_left(self._clause_seps, pos) - 1
        start = self._clause_seps[i] + 1 if i >= 0 else 0
        if self._joined_ends:  # a number printed without its counter and separator ends the clause before
            j = bisect.bisect_left(self._joined_ends, pos) - 1
            if j >= 0 and self._joined_ends[j] > start:
                return self._joined_ends[j]
        return start

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self._clause_seps, pos)
        return self._clause_seps[i] if i < len(self._clause_seps) else len(self.mt)

    def sentence_start(self, pos: int) -> int:
        i = bisect.bisect_left(self._sentence_seps, pos) - 1
        return self._sentence_seps[i] + 1 if i >= 0 else 0

    def sentence_end(self, pos: int) -> int:
        i = bisect.bisect_left(self._sentence_seps, pos)
        return self._sentence_seps[i] if i < len(self._sentence_seps) else len(self.mt)

    def clause_span(self, start: int, end: int) -> tuple[int, int]:
        """The clause around start..end, with the clause before a colon the figure follows directly."""
        a = self.clause_start(start)
        if a > 0 and self.mt[a - 1] in ":：" and start - a <= 2:
            a = self.clause_start(a - 1)
        return a, self.clause_end(end)

    def head(self, count: Number) -> str:
        """The clause text before a count (simplified view); across a colon when the count follows
        it directly (主动公开政府信息数:1234条)."""
        a = self.clause_start(count.start)
        if a > 0 and self.mt[a - 1] in ":：" and count.start - a <= 2:
            return self.mt[self.clause_start(a - 1):a - 1] + self.mt[a:count.start]
        before = self.counts_between(a, count.start)
        if before and self.mt[before[-1].end:before[-1].end + 1] == "、":
            a = before[-1].end + 1  # 新媒体更新486条、全年总计…500条: the words after the last figure are its own
        elif before and _RUNNING_FIGURE_NEXT.match(self.mt, before[-1].end):
            a = before[-1].end  # 本年238条 累计371条: a stat line's running figure beside the year's, spaces closed
        return self.mt[a:count.start]

    def tail(self, count: Number) -> str:
        return self.mt[count.end:self.clause_end(count.end)]

    def counts_between(self, start: int, end: int) -> list[Number]:
        i = bisect.bisect_left(self._count_starts, start)
        j = bisect.bisect_left(self._count_starts, end)
        return self.counts[i:j]

    def next_count(self, pos: int, units: frozenset[str]) -> Number | None:
        """The first count at or after `pos` with one of `units`."""
        for i in range(bisect.bisect_left(self._count_starts, pos), len(self.counts)):
            if self.counts[i].unit in units:
                return self.counts[i]
        return None

    def _outside_glosses(self, seps: list[int]) -> list[int]:
        inside = set()
        for m in _GLOSS.finditer(self.mt):
            a, b = m.span()
            i = bisect.bisect_left(self._count_starts, a)
            if i < len(self._count_starts) and self._count_starts[i] < b:
                continue
            lo, hi = bisect.bisect_left(seps, a), bisect.bisect_left(seps, b)
            inside.update(seps[lo:hi])
        return [p for p in seps if p not in inside] if inside else seps
