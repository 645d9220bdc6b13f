"""Breakdown lists found by their structure, whatever words present them.

A run of two or more "label + count" items is a list wherever it stands in the parts on proactive
disclosure (and the overview): with or without 其中 / 包括 / 分别为, after the total in the same or a
later sentence, items separated by 、 , ; or line breaks, in the forms

    工作动态56条、通知公告26条            label and count run together
    公示公告类36条; 政策文件:3件            a colon between them
    机构职能类信息(37条)                   the count in brackets
    1.工作动态 56 条⏎2.通知公告 26 条      one item a line, numbered or not
    公开栏张贴12期、电子显示屏滚动播出30条   channels counted in 期 / 次 as well as 条

This pass runs after the phrasing families of extract.active, over the counts they left. The figure a
list divides is the nearest figure before it in the same part that its items add up to exactly; else
the figure it follows directly in its sentence (共50条,工作动态42条,…); else, when words present it as
a breakdown (其中, 从公开内容看, 按类别 …), the year's total; else none, and the items stand on their
own (`active.items_sum` then says the list adds up to no stated figure).
"""

from __future__ import annotations

import regex

from extract.breakdown import (
    ALL_YEARS,
    CHANNEL_WORD,
    CLOSING_SUM,
    COUNT_FIRST_VERB,
    EXPLICIT_SUM,
    ITEM_UNITS,
    LINE_ENUMERATOR,
    NOT_A_KIND,
    PART_OF_THE_YEAR,
    BreakdownList,
    Item,
    clean_label,
    count_first_list,
    find_lead,
    read_list,
)
from extract.builder import FactBuilder
from extract.cases import DISCLOSURE
from extract.clauses import TextView
from extract.model import Fact
from extract.nil import CASE_WORDS, case_metric
from extract.numbers import Number, to_number

_LIST_ZONES = frozenset({"active", "overview", None})
# one item a line: an optional enumerator, a label, an optional colon, the count, a gloss, an end mark
_LINE_ITEM = regex.compile(rf"^[ \t]*{LINE_ENUMERATOR}?[ \t]*"
                           r"(?P<label>[^\n,;:。，；：\d]{2,30}?)[ \t]*[:：]?[ \t]*[(（]?[ \t]*$")
# words that present the list as a breakdown of the year's figure
_PRESENTED = regex.compile(r"其中|包括|分别为|分别是|从[^,;:。\n]{0,10}?(?:看|来看)|按[^,;:。\n]{0,10}?分|类别|主要有|具体(?:为|如下)")
_PRESENTING_HEADING = regex.compile(r"(?:^|\n)[^\n]{0,20}(?:公开|发布|信息)?(?:内容|类别|分类|渠道|载体|方式|数量)[^\n,。]{0,4}$"
                                   # a line that presents the figures below it (主动公开政府信息情况:)
                                   r"|(?:^|\n)[^\n]{0,8}(?:主动)?(?:公开|发布)(?:政府|政务)?信息(?:情况|统计|明细)?(?:如下)?[::]$"
                                   # a sentence that announces what follows (镇政府通过以下渠道主动公开政府信息:)
                                   r"|(?:^|\n)[^\n]{0,30}(?:以下|如下|情况为|具体为)[^\n。]{0,16}[::]$")
_RIGHT_AFTER = regex.compile(r"[\s,;:]*(?:\([^()]{0,30}\))?[\s,;:]*")



def structural_lists(b: FactBuilder) -> None:
    """Read the lists that no phrasing family took, by their shape."""
    view = b.view
    taken = set(b.consumed) | {f.value_start for f in b.facts if f.value_start is not None}
    done_to = -1
    for c in view.counts:
        if c.start <= done_to or c.start in taken or c.unit not in ITEM_UNITS:
            continue
        if b.zones.at(c.start) not in _LIST_ZONES or b.zones.is_blocked(c.start, c.end):
            continue
        if _bare_channel(b, c, taken):
            continue
        blist = _line_list(b, c, taken) or count_first_list(b.view, c, taken) or _inline_list(b, c, taken)
        if blist is None:
            continue
        unread = _unread_figure_before(b, blist)
        kind = _a_kind_divided(b, blist, unread) if unread is not None else None
        if kind is not None:  # 政策文件类信息19条,其中包括7条政策解读,12条工作方案…: the kind, then its parts
            f = b.count_fact("active.item", kind.count, kind.label, rule="list.kind_divided")
            f.start = min(f.start, kind.label_start)
            b.facts.append(f)
            b.consumed.add(kind.count.start)
            taken.add(kind.count.start)
        elif unread is not None or _of_all_years(b, blist):
            continue
        if all(_A_YEAR.fullmatch(i.label) for i in blist.items):
            for item in blist.items:  # 累计491条,其中2018年40条,2017年83条…: a sum over the years, year by year
                b.consumed.add(item.count.start)
                b.let_go(item.count, "list.structure", "a count of one year among others: no kind or channel")
            done_to = blist.items[-1].count.start
            continue
        parent = _parent(b, blist)
        if parent is None and not _plainly_a_breakdown(b, blist):
            closing = _closing_restates_the_total(b, blist)
            if closing is None:
                continue
            parent = b.total  # 分季度看:一季度47条,…,合计213条 in its own part: the year's total, summed again
            taken.add(closing.start)
            b.consumed.add(closing.start)
        for item in blist.items:
            taken.add(item.count.start)
        done_to = blist.items[-1].count.start
        b.add_list(blist, parent)
        if parent is None:
            done_to = max(done_to, closing_sum_after(b, blist, taken))


def _closing_restates_the_total(b: FactBuilder, blist: BreakdownList) -> Number | None:
    """The sum closing a list (…,四季度56条,合计213条) when it is the year's total read before, in another part:
    the count of that sum, else None."""
    if b.total is None or b.total.value_end is None or b.total.value_end > blist.items[0].count.start:
        return None
    last = blist.items[-1].count
    m = CLOSING_SUM.match(b.view.mt, last.end)
    nxt = b.view.next_count(last.end, ITEM_UNITS)
    if m is None or m.end() == last.end or nxt is None or nxt.start != m.end() or nxt.unit != last.unit:
        return None
    total = sum(i.count.value for i in blist.items)
    return nxt if nxt.value == total == b.total.value else None


_EXPLICIT_SUM = regex.compile(EXPLICIT_SUM)


def closing_sum_after(b: FactBuilder, blist: BreakdownList, taken: set[int]) -> int:
    """A list that divides no figure, closed by a sum of its counts in its sentence (…,其他信息7条,合计124条):
    the sum is the year's total when no other was read. Returns where the sum stands, or -1."""
    item = blist.items[-1]
    last = item.count
    end = max(last.end, item.label_start + len(item.label))  # counts may come first (四十一条人事信息,共计…)
    m = CLOSING_SUM.match(b.view.mt, end)
    nxt = b.view.next_count(end, ITEM_UNITS)
    # a sum in items (共计79条) may close kinds counted in their own units (…8份规范性文件、3期财政预决算信息)
    units_differ = nxt is not None and nxt.unit != last.unit and not (
        nxt.unit in ("条", "件", "篇", "份", "个") and len(blist.items) >= 3)
    if b.total is not None or m is None or m.end() == end or nxt is None or nxt.start != m.end() \
            or nxt.start in taken or units_differ:
        return -1
    # said as their sum (合计, 共计, 总计) in their own unit, it is their total as printed, adding up or not
    # (active.items_sum says); else only when they add up to it
    explicit = _EXPLICIT_SUM.search(m.group()) is not None and nxt.unit == last.unit
    if not explicit and nxt.value != sum(i.count.value for i in blist.items):
        return -1
    b.closing_total(nxt, next(f.group for f in reversed(b.facts) if f.value_start == last.start), "list.closing_sum")
    taken.add(nxt.start)
    return nxt.start


def _list_start(blist: BreakdownList) -> int:
    """Where a list begins: its first label, or its first count where counts come first."""
    first = blist.items[0]
    return min(first.label_start, first.count.start)


def _unread_figure_before(b: FactBuilder, blist: BreakdownList) -> Number | None:
    """The count right before the list, in its sentence, when no rule read it (共发布380条财政资金信息,其中专项资金
    152条,…): the list divides that figure, which is none of ours unless it names a kind (`_a_kind_divided`)."""
    view = b.view
    first = _list_start(blist)
    before = view.counts_between(view.sentence_start(first), first)
    if not before or any(f.value_start == before[-1].start for f in b.facts):
        return None
    return before[-1]


# a kind named bare before its count (政策文件类信息19条): no verb, no word of applications or cases
_BARE_KIND = regex.compile(r"[\p{Han}“”]{2,16}?(?:类)?(?:信息|文件|动态|公告)")
_NOT_A_BARE_KIND = regex.compile(r"公开|发布|公布|更新|收到|受理|申请|复议|诉讼|办理|累计|共计|合计|总计")
_AMONG_AFTER_THE_KIND = regex.compile(r"\s*[,，]?\s*其中(?:包括|有)?\s*[,:]?\s*")


def _a_kind_divided(b: FactBuilder, blist: BreakdownList, o: Number) -> Item | None:
    """The unread count `o` right before the list as an item, when it is a kind named bare among the kinds read
    or named before it, and the list adds up to it exactly."""
    view = b.view
    first = _list_start(blist)
    a = view.clause_start(o.start)
    label = view.mt[a:o.start].strip()
    if not _BARE_KIND.fullmatch(label) or _NOT_A_BARE_KIND.search(label) \
            or not _AMONG_AFTER_THE_KIND.fullmatch(view.mt, o.end, first) \
            or sum(i.count.value for i in blist.items) != o.value or any(i.count.unit != o.unit for i in blist.items) \
            or b.zones.at(o.start) not in ("active", "overview"):
        return None
    # among the kinds: an item or the year's total read before it in its part, or a kind named bare in the
    # sentence before (工作动态类信息219条,…。人事信息类信息8条。政策文件类信息19条,其中…)
    read_before = any(f.metric in ("active.item", "active.total") and f.value_end is not None and f.value_end <= a
                      and b.zones.top(f.value_start) == b.zones.top(o.start) for f in b.facts)
    s = view.sentence_start(o.start)
    kinds_before = [c for c in view.counts_between(view.sentence_start(max(0, s - 1)), a)
                    if _BARE_KIND.fullmatch(view.mt[view.clause_start(c.start):c.start].strip())]
    if not read_before and not kinds_before:
        return None
    return Item(view.text[a:o.start].strip(), a, o)


_A_YEAR = regex.compile(r"\d{4}年度?")


def _of_all_years(b: FactBuilder, blist: BreakdownList) -> bool:
    """True when the sentence presents the list as kinds of all the years (历年主动公开…类别情况:…)."""
    first = _list_start(blist)
    return bool(ALL_YEARS.search(b.view.mt, b.view.sentence_start(first), first))


def _plainly_a_breakdown(b: FactBuilder, blist: BreakdownList) -> bool:
    """A list that divides no stated figure is still read when it stands beside the year's figure (in
    its sentence or the next), or right under a heading that presents it, and its labels are short names
    of kinds or channels of publication."""
    view = b.view
    first = blist.items[0]
    near = [f for f in b.facts if f.metric in ("active.total", "active.item") and f.breakdown is None
            and f.value_end is not None and f.value_end <= first.label_start]
    # 共发布56条工作动态、12条通知公告 / 发布66条乡村振兴类信息、42条惠民惠农资金信息: published, counted kind by
    # kind, each a kind the catalogue knows or one named as information
    published_kinds = blist.rule == "list.count_first" \
        and COUNT_FIRST_VERB.search(view.mt, view.clause_start(first.count.start), first.count.start) is not None \
        and all(_INFORMATION_KIND.search(i.label) for i in blist.items)
    if not near and blist.rule == "list.count_first" \
            and COUNT_FIRST_VERB.search(view.mt, view.clause_start(first.count.start), first.count.start):
        return published_kinds or _kinds_named(blist)
    if not near:  # under a heading that presents it (1.公开内容 / (二)公开渠道), the list stands alone
        before = _LINE_BULLET.sub("", view.mt[max(0, first.label_start - 40):first.label_start])  # the line's bullet
        # items one a line under it may all be kinds of the key areas (财政收支、计划生育…): kinds all the same
        return bool(_PRESENTING_HEADING.search(before)) and (
            _kinds_named(blist) or blist.rule == "list.lines" and _kinds_named(blist, key_areas=True))
    last = max(near, key=lambda f: f.value_end)
    between = view.mt[last.value_end:first.label_start]
    if between.count("。") + between.count("\n") > 1 or len(between) > 80:
        return False
    if any(len(i.label) > 14 for i in blist.items):
        return False
    return published_kinds or _kinds_named(blist)


_LINE_BULLET = regex.compile(rf"[ \t]*{LINE_ENUMERATOR}?[ \t]*$")
_PART_OF_THE_YEAR = regex.compile(PART_OF_THE_YEAR)
_INFORMATION_KIND = regex.compile(r"(?:信息|动态|公告|通知|文件|政策|公示)$")


def _kinds_named(blist: BreakdownList, key_areas: bool = False) -> bool:
    """Half the labels or more are names of kinds or channels of publication (`key_areas`: the key areas'
    kinds counted among them)."""
    from extract.categories import classify_label

    unnamed = (None, "other") if key_areas else (None, "other", "key_areas")
    named = 0
    for item in blist.items:
        if _PART_OF_THE_YEAR.fullmatch(item.label):
            named += 1  # 一季度52条,二季度61条: the year by its parts
            continue
        category, channel = classify_label(item.label)
        if channel not in (None, "other_channel") or category not in unnamed:
            named += 1
    return 2 * named >= len(blist.items)


def _inline_list(b: FactBuilder, c: Number, taken: set[int]) -> BreakdownList | None:
    view = b.view
    start = view.clause_start(c.start)
    if view.mt[start:c.start].strip() == "" and start > 0 and view.mt[start - 1] in ":：":
        start = view.clause_start(start - 1)  # 政策文件:3件
    if view.mt[start:c.start].strip() == "" or NOT_A_KIND.search(view.mt[start:c.end]):
        return None
    trial: set[int] = set()
    blist = read_list(view, start, None, None, trial)
    if len(blist.items) < 2 or blist.items[0].count is not c or trial & taken:
        return None
    if any(NOT_A_KIND.search(view.mt[i.label_start:i.count.end]) for i in blist.items):
        return None
    blist.rule = "list.structure"
    return blist


_SPACES = regex.compile(r"\s+")


def _line_list(b: FactBuilder, c: Number, taken: set[int]) -> BreakdownList | None:
    """Items one a line: each line holds a label and one count and nothing else of note."""
    view = b.view
    items: list[Item] = []
    count = c
    while count is not None:
        line_start = view.mt.rfind("\n", 0, count.start) + 1
        line_end = view.mt.find("\n", count.end)
        line_end = len(view.mt) if line_end == -1 else line_end
        m = _LINE_ITEM.match(view.mt[line_start:count.start])
        rest = view.mt[count.end:line_end].strip()
        if not m or count.start in taken or count.unit not in ITEM_UNITS or len(rest) > 12 \
                or view.counts_between(count.end, line_end) or NOT_A_KIND.search(m.group("label")):
            break
        label, label_start = clean_label(view, line_start + m.start("label"), line_start + m.end("label"))
        label = label.rstrip(":：(（")
        if not label:
            break
        items.append(Item(label, label_start, count))
        if line_end >= len(view.mt):
            break
        nxt = view.counts_between(line_end + 1, view.mt.find("\n", line_end + 1) % (len(view.mt) + 1) or len(view.mt))
        count = nxt[0] if len(nxt) == 1 else None
    if len(items) < 2:
        return None
    return BreakdownList(lead=None, items=items, end=items[-1].count.end, rule="list.lines")


_AMONG_RIGHT_AFTER = regex.compile(r"[,;\s]*其中(?:包括|包含|有)?[,:\s]*")


def _parent(b: FactBuilder, blist: BreakdownList) -> Fact | None:
    """The figure the list divides: the nearest one before it in its part that the items add up to, else
    the year's total when words present the list as a breakdown, else none."""
    view, zones = b.view, b.zones
    start = _list_start(blist)
    part = zones.top(start)
    total = sum(i.count.value for i in blist.items)
    listed = [f for f in b.facts if f.metric == "active.item" and f.breakdown is not None and f.value_end is not None
              and f.value_end <= start]
    if listed:  # 政策文件40条,其中包括20条政策解读,20条工作方案: a list inside a list, dividing the item before it
        nearest = max(listed, key=lambda f: f.value_end)
        if nearest.value == total and not nearest.approx and _AMONG_RIGHT_AFTER.fullmatch(view.mt, nearest.value_end, start):
            return nearest
    before = [f for f in b.facts if f.metric in ("active.total", "active.item") and f.value_end is not None
              and f.value_end <= start and zones.top(f.value_start) == part and f.breakdown is None]
    for f in sorted(before, key=lambda f: -f.value_end):
        if f.value == total and not f.approx:
            return f
    if before:  # right after a figure, in its sentence (共50条,工作动态42条,…): its breakdown, even when short
        nearest = max(before, key=lambda f: f.value_end)
        if _RIGHT_AFTER.fullmatch(view.mt, nearest.value_end, start):
            return nearest
    lead_from = max(view.sentence_start(start) - 1, 0)
    presented = _PRESENTED.search(view.mt, view.sentence_start(lead_from), start)
    if presented and b.total is not None and b.total.value_end is not None \
            and b.total.value_end <= start and zones.top(b.total.value_start) == part:
        blist.lead = blist.lead or presented.group()
        return b.total
    return None


# an item of a list whose counts print no unit (其中1.组织机构5;2.规章100;…): the unit is the total's
_BARE_ITEM = regex.compile(r"[ \t]*(?:\d{1,2}[.、](?!\d))?[ \t]*(?P<label>[^\d,;:。、\s()]{2,20}?)[ \t]*(?P<n>\d+)"
                           r"(?P<sep>[;,、。\n]|$)")


def bare_number_lists(b: FactBuilder) -> None:
    """Lists after a total's 其中 whose counts carry no unit, read when they are plainly a list: three or
    more numbered items, or items that add up to the total exactly."""
    view = b.view
    for total in [f for f in b.facts if f.metric == "active.total" and f.value_end is not None]:
        lead = find_lead(view, total.value_end)
        if lead is None:
            continue
        if any(f.metric == "active.item" and lead[1] <= f.start < lead[1] + 30 for f in b.facts):
            continue  # the list after the lead was read already
        items: list[Item] = []
        pos = lead[1]
        while True:
            m = _BARE_ITEM.match(view.mt, pos)
            if m is None or view.counts_between(m.start("n"), m.end("n") + 1):
                break
            label, label_start = clean_label(view, m.start("label"), m.end("label"))
            if not label:
                break
            value = int(m.group("n"))
            items.append(Item(label, label_start,
                              Number(value, total.unit, False, m.start("n"), m.end("n"), m.group("n"))))
            pos = m.end()
            if m.group("sep") in ("。", "\n", ""):
                break
        if len(items) < 2:
            continue
        numbered = len(items) >= 3 and regex.match(r"[ \t]*\d{1,2}[.、]", view.mt[lead[1]:lead[1] + 4])
        if not numbered and sum(i.count.value for i in items) != total.value:
            continue
        b.add_list(BreakdownList(lead=lead[0], items=items, end=pos, rule="list.bare_numbers"), total)


_CHANNEL_NOUN = regex.compile(r"(?:公示公告栏|公开栏|公示栏|公告栏|宣传栏|专栏|网站|公众号|微博|平台|客户端|显示屏|电子屏)$")


def _bare_channel(b: FactBuilder, c: Number, taken: set[int]) -> bool:
    """A channel named with its count and no verb, after another channel's count in the same sentence
    (…网站信息公开60条,公示公告栏318条,其中…): one more channel count, with the list that divides it."""
    view = b.view
    a = view.clause_start(c.start)
    label, label_start = clean_label(view, a, c.start)
    if not label or len(label) > 20 or not _CHANNEL_NOUN.search(view.mt[label_start:c.start]):
        return False
    before = view.counts_between(view.sentence_start(c.start), a)
    if not before or not any(f.value_start == before[-1].start and f.rule == "active.channel" for f in b.facts):
        return False
    f = b.count_fact("active.item", c, label, rule="active.channel_bare")
    f.start = label_start
    f.text = b.doc.text[f.start:f.end] if f.end > f.start else f.text
    b.facts.append(f)
    b.channels.append(f)
    taken.add(c.start)
    lead = find_lead(view, c.end)
    if lead:
        blist = read_list(view, lead[1], lead[0], None, b.consumed)
        if blist.items:
            for item in blist.items:
                taken.add(item.count.start)
            b.add_list(blist, f)
    return True


# labels, then 分别 (依次, 各) and their counts in the same order (新浪微博、微信公众号和今日头条号分别发布信息2433、1664和
# 2247条; 网站、公众号分别公开120条、80条; 动态、公告各30条、50条): the unit may be printed once, after the last count
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+|[一二三四五六七八九十百千两〇零]+)"  # Arabic (1,204) or Chinese (七十一条)


def _respectively(words: str) -> regex.Pattern:
    """Labels, then one of `words` (分别, or 依次/各), then as many counts in order."""
    return regex.compile(
        rf"(?P<labels>[^,;:。\n]{{2,80}}?),?(?:{words})(?:为|是|有)?(?P<verb>[^,;:。\n\d]{{0,12}}?)"
        rf"(?P<counts>(?:{_FIGURE}(?:余|多)?(?:[条件篇期次个项])?\s*(?:、|和|及|与|,)\s*)+{_FIGURE}(?:余|多)?)"
        r"(?P<unit>[条件篇期次个项])")


_RESPECTIVELY = _respectively("分别")  # (the literal word first keeps the scan of the whole text fast)
# the same with 依次 (in order) or 各 (each) before the counts, looked for only around those words
_IN_ORDER = _respectively("依次|各")
_IN_ORDER_HINT = regex.compile(rf"依次|各(?:为|是|有)?{_FIGURE}(?:余|多)?[条件篇期次个项]?\s*[、和及与,]")
_LABEL_SEP = regex.compile(r"、|以及|和|及|与|(?<=”)(?=“)")  # quoted names side by side (“通知公告”“工作动态”)
_AMONG_BEFORE = regex.compile(r"\s*其中")
# the words introducing the labels, whose 及 is no separator (涉及…六类, 包括…)
_INTRODUCING = r"涉及|包括|包含|主要包括|主要有|涵盖"
# the time, the body and the word of means before the first label (全年我镇通过网站、…)
_LABEL_LEAD = regex.compile(r"\s*(?:和|及|以及)?(?:其中)?\s*(?:\d{4}年度?|全年|本年度?|今年|当年)?(?:我[镇乡街区县市局委办]|本单位)?(?:共)?"
                            rf"(?:主要)?(?:通过|在|利用|依托|运用|{_INTRODUCING})?")
_EACH_COUNT = regex.compile(rf"({_FIGURE})(余|多)?([条件篇期次个项])?")
_MIXED_UNITS = frozenset({"条", "篇", "期", "次"})
# the labels counted as a whole after the last (政务动态、…、财政信息四个栏目分别…): no part of a label
_LABELS_COUNTED = regex.compile(r"(?:\d+|[一二三四五六七八九十两])(?:个|类|项|(?:条|种)(?=渠道|途径|方式|载体))"
                                r"(?:栏目|专栏|方面|类别|渠道|平台|板块|途径|方式|载体)?"
                                r"(?:的)?(?:更新量|发布量|信息量|数量|更新数|发布数)?$")
_PUBLISHING = regex.compile(r"发布|公开|公布|推送|更新|张贴|播放|播出|发表|刊发|上传|报送|信息")
_SENT = regex.compile(r"报送|送交|移交|报备|呈送|图书馆|档案馆|档案局|查阅")  # (or the places copies are kept in)
_NOT_PUBLISHED = regex.compile(r"申请|复议|诉讼|投诉|举报|咨询|留言|来信|建议|提案|访问|浏览|阅读|点击|粉丝|关注")
_LABELS_INTRODUCED = regex.compile(rf"^\s*(?:{_INTRODUCING})")
# what is counted, said after the labels (…、镇广播站公开信息的数量分别为…): no part of the last label
_WHAT_IS_COUNTED = regex.compile(r"(?:主动)?(?:公开|发布|推送|更新|张贴|播出)(?:的)?(?:政府|政务)?信息(?:的)?(?:数量|数|量|条数)$")
# the labels referred to by their number alone, with the time or words of means before it (5月至12月,三条渠道)
_REFERENCE_ONLY = regex.compile(r"[\s,]*(?:\d{1,2}月(?:份)?(?:至|到|-)\d{1,2}月(?:份)?|全年|本年度?|今年|以上|上述|这)?[\s,]*"
                                r"(?:通过|在)?(?:以上|上述|这)?")
# channels or kinds counted one by one in words (一是镇政务公开栏,二是县政府网站,三是镇广播站)
_ENUMERATED = regex.compile(r"([一二三四五六七八九十])是([^,;:。\d]{2,30})")
_ORDINALS = "一二三四五六七八九十"


def _enumerated_before(view: TextView, at: int, n: int) -> tuple[list[str], int]:
    """The n things the sentence before names by 一是…二是…, in order, and where the first stands; none
    when it names another number of them."""
    opens = view.sentence_start(at)
    if opens == 0:
        return [], at
    before = view.sentence_start(opens - 1)
    found = list(_ENUMERATED.finditer(view.mt, before, opens))
    if len(found) != n or [f.group(1) for f in found] != list(_ORDINALS[:n]):
        return [], at
    return [f.group(2) for f in found], found[0].start(2)


# labels, then 各 and one count that each of them has (工作动态、通知公告各20条)
_EACH_THE_SAME = regex.compile(
    rf"(?<![\d一二三四五六七八九十百千两])(?P<labels>[^,;:。\n\d]{{2,80}}?),?各(?P<verb>(?:发布|公开|公布|更新|推送|张贴|上传)?(?:了)?(?:信息)?)"
    rf"(?P<counts>{_FIGURE}(?:余|多)?)(?P<unit>[条件篇期次个项])(?!\s*[、和及与]\s*{_FIGURE})")  # (not the first of several)


_EACH_HINT = regex.compile(rf"各(?:发布|公开|公布|更新|推送|张贴|上传)?(?:了)?(?:信息)?{_FIGURE}")


def _around_hints(mt: str, hint: regex.Pattern, pattern: regex.Pattern, after: int) -> list[regex.Match]:
    """The matches of `pattern` (which opens with labels of up to 80 characters) around each match of `hint`, in
    order and not overlapping: a pattern that opens so is slow when tried from every position of a text."""
    found: list[regex.Match] = []
    for h in hint.finditer(mt):
        m = pattern.search(mt, max(found[-1].end() if found else 0, h.start() - 82), min(len(mt), h.end() + after))
        if m is not None:
            found.append(m)
    return found


def respectively_lists(b: FactBuilder) -> list[BreakdownList]:
    """Labels joined by 、/和 and then 分别 with as many counts, in order: each label gets its count.

    Found before the phrasing families, which would otherwise take the first count for all the labels
    at once: the counts are marked taken. Labels that each name a kind of case or a step of the
    applications give those metrics at once; labels of what was published become lists, added after the
    rules (`add_respectively`). Counts printed bare (2433、1664和2247条) take the unit printed after the last."""
    view = b.view
    found = []
    in_order = [(m, False) for m in _around_hints(view.mt, _IN_ORDER_HINT, _IN_ORDER, 200)]
    each = [(m, True) for m in _around_hints(view.mt, _EACH_HINT, _EACH_THE_SAME, 3)]
    for m, the_same in [(m, False) for m in _RESPECTIVELY.finditer(view.mt)] + in_order + each:
        if b.zones.is_blocked(m.start(), m.end()):
            continue
        numbers = list(_EACH_COUNT.finditer(view.mt, m.start("counts"), m.end("unit")))
        said_of = _WHAT_IS_COUNTED.sub("", _LABELS_INTRODUCED.sub("", m.group("labels")))
        labels = [s for s in _LABEL_SEP.split(_LABELS_COUNTED.sub("", said_of)) if s.strip()]
        if the_same:  # 工作动态、通知公告各20条: the one count is each label's (names joined by 、 only: 和 may
            # join the parts of one name, 区政府和区政府办公室年报; copies sent to archives and libraries are not
            # published)
            labels = [s for s in said_of.split("、") if s.strip()]
            if len(labels) < 2 or not numbers or numbers[0].start() in b.consumed or _SENT.search(said_of):
                continue
            numbers = numbers * len(labels)
        offset = m.start("labels")
        if _LABELS_COUNTED.search(said_of) and _REFERENCE_ONLY.fullmatch(_LABELS_COUNTED.sub("", said_of)):
            # 一是镇政务公开栏,二是县政府网站,三是镇广播站。…三条渠道…分别为四十二期、一百零六条和六十五次
            labels, offset = _enumerated_before(view, m.start(), len(numbers))
        # each count's own unit, or the one printed after the last (2433、1664和2247条); issues and showings may
        # stand beside items (分别发布164条、173条、65期)
        if len(labels) != len(numbers) or any(n.group(3) not in (None, m.group("unit")) and not (
                n.group(3) in _MIXED_UNITS and m.group("unit") in _MIXED_UNITS) for n in numbers):
            continue
        values = [to_number(n.group(1)) for n in numbers]
        if any(not isinstance(v, int) for v in values):
            continue
        counts = [Number(v, n.group(3) or m.group("unit"), bool(n.group(2)), n.start(), n.end(),
                         view.mt[n.start():n.end()]) for v, n in zip(values, numbers)]
        metrics, rule = _case_metrics(b, m, labels), "cases.respectively"
        if metrics is None:
            metrics, rule = _application_metrics(b, m, labels), "apply.respectively"
        if metrics is not None:
            for metric, c in zip(metrics, counts):
                b.facts.append(b.count_fact(metric, c, rule=rule))
                b.consumed.add(c.start)
            continue
        if b.zones.at(m.start("counts")) not in _LIST_ZONES:
            continue
        opens = view.sentence_start(m.start())
        said = view.mt[opens:m.start("counts")]
        if opens > 0 and not _PUBLISHING.search(said):
            # 苏木主动公开政府信息134条。政务动态、惠牧政策…分别为五十二条、…: the sentence before says what was published
            said = view.mt[view.sentence_start(opens - 1):m.start("counts")]
        if not _PUBLISHING.search(said) or _NOT_PUBLISHED.search(m.group("labels") + m.group("verb")):
            continue
        blist = BreakdownList(lead="其中" if _AMONG_BEFORE.match(m.group("labels")) else None, end=m.end(),
                              rule="list.respectively")
        for label, c in zip(labels, counts):
            at = view.mt.find(label, offset)
            offset = at + len(label)
            lead = _LABEL_LEAD.match(view.mt, at, offset)
            printed, start = clean_label(view, lead.end() if lead.end() < offset - 1 else at, offset)
            blist.items.append(Item(printed or label.strip(), start, c))
            b.consumed.add(c.start)
        found.append(blist)
    return found


# a channel with what it carried in brackets after it, two or more joined by 、/和 (通过区政府网站(发布信息176条)、
# “某某”微信公众号(推送信息284条)、社区公开栏(张贴公告62期)三个渠道主动公开信息)
_BRACKETED = regex.compile(rf"(?P<label>[^,;:。、()\d\n]{{2,30}}?)\((?P<verb>[^()\d,;。]{{0,8}}?)(?P<n>{_FIGURE})(?P<approx>余|多)?"
                           r"(?P<unit>[条件篇期次个项])\)")
_BRACKET_JOIN = regex.compile(r"\s*(?:、|和|及|以及)\s*")
_BRACKETED_HINT = regex.compile(r"[\d一二三四五六七八九十百千两〇零][条件篇期次个项]\)\s*(?:、|和|及|以及)")


def bracketed_channels(b: FactBuilder) -> list[BreakdownList]:
    """Channels each followed by its count in brackets, two or more in a row: each channel gets its count.

    Found with the lists said respectively, before the phrasing families, which would read each count's
    label back to the clause start; the counts are marked taken."""
    view = b.view
    found: list[BreakdownList] = []
    if not _BRACKETED_HINT.search(view.mt):
        return found  # no count in brackets followed by another channel: one quick look first
    runs: list[list[regex.Match]] = []
    for m in _BRACKETED.finditer(view.mt):
        if runs and _BRACKET_JOIN.fullmatch(view.mt, runs[-1][-1].end(), _label_start(m)):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 2 or b.zones.at(run[0].start()) not in _LIST_ZONES or b.zones.is_blocked(run[0].start()):
            continue
        starts = [_label_start(m) for m in run]
        labels = [view.mt[start:m.end("label")] for m, start in zip(run, starts)]
        if not all(CHANNEL_WORD.search(label) for label in labels) \
                or any(_NOT_PUBLISHED.search(m.group("verb")) for m in run):
            continue
        values = [to_number(m.group("n")) for m in run]
        if any(not isinstance(v, int) for v in values):
            continue
        blist = BreakdownList(lead=None, end=run[-1].end(), rule="list.bracketed_channels")
        for m, start, label, v in zip(run, starts, labels, values):
            c = Number(v, m.group("unit"), bool(m.group("approx")), m.start("n"), m.end("unit"),
                       view.mt[m.start("n"):m.end("unit")])
            blist.items.append(Item(_SPACES.sub("", view.text[start:m.end("label")]) or label, start, c))
            b.consumed.add(c.start)
        found.append(blist)
    return found


def _label_start(m: regex.Match) -> int:
    """Where a channel's name starts, after the time, the body and the word of means (全年通过…)."""
    lead = _LABEL_LEAD.match(m.group("label"))
    return m.start("label") + (lead.end() if lead and lead.end() < len(m.group("label")) - 1 else 0)


def _case_metrics(b: FactBuilder, m: regex.Match, labels: list[str]) -> list[str] | None:
    """行政复议、行政诉讼分别为1件、2件: the metric of each kind of case, where every label names one and the
    cases are said of disclosure (the part on them, or the words of the sentence)."""
    words = [CASE_WORDS.search(label) for label in labels]
    if not all(words) or m.group("unit") not in ("件", "起", "次", "个", "宗", "例"):
        return None
    context = b.view.mt[max(0, b.view.sentence_start(m.start()) - 100):m.start("counts")]
    if b.zones.at(m.start("counts")) != "review" and not DISCLOSURE.search(context):
        return None
    return [case_metric(w.group()) for w in words]


_APPLICATION_LABEL = (("apply.carried_over", regex.compile(r"(?:上一?年度?|去年)(?:结转|转结)")),
                      ("apply.carried_forward", regex.compile(r"(?:结转|转入|顺延)(?:到|至)?下一?年")),
                      ("apply.received", regex.compile(r"受理|收到|新收|接收")),
                      ("apply.completed", regex.compile(r"办结|答复|回复|办理完毕")))


def _application_metrics(b: FactBuilder, m: regex.Match, labels: list[str]) -> list[str] | None:
    """受理、办结政府信息公开申请分别为10件、9件: the step of the applications each label names (received,
    answered, carried over or forward), each once, in a sentence that speaks of applications."""
    sentence = b.view.mt[b.view.sentence_start(m.start()):m.end()]
    if "申请" not in sentence or CASE_WORDS.search(m.group("labels")) or m.group("unit") not in ("件", "条", "个", "项"):
        return None
    metrics = [next((metric for metric, words in _APPLICATION_LABEL if words.search(label)), None) for label in labels]
    return metrics if None not in metrics and len(set(metrics)) == len(metrics) else None


def add_respectively(b: FactBuilder, lists: list[BreakdownList]) -> None:
    """The lists `respectively_lists` found, as items: after 其中, of the year's total stated earlier in the
    sentence; channels among them are channels beside each other (none of them the year's total)."""
    view = b.view
    for blist in lists:
        first = blist.items[0].count.start
        parent = b.total if blist.lead and b.total is not None and b.total.value_start is not None \
            and view.sentence_start(b.total.value_start) == view.sentence_start(first) else None
        added = len(b.facts)
        b.add_list(blist, parent)
        b.channels.extend(f for f in b.facts[added:] if CHANNEL_WORD.search(f.label or ""))
