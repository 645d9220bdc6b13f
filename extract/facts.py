"""Narrative facts: the metric ids of SCHEMA.md read from sentences.

Every count (a number with its counter: 255条, 二百五十五条, 4件, 400元) is judged by the clause it
stands in, by phrasing family:

- the headline of proactive disclosure: a publishing verb with a generic object (主动公开政府信息255条,
  共发布212条, 公开285条信息); bound to one channel (通过门户网站…, 在…平台上…, 微信公众平台发布…) it is
  an `active.item` named after the channel; 历年累计 / 到目前累计 make it `active.cumulative`;
- breakdown lists after a figure (extract.breakdown) and lists of named documents (主动公开市政府规章
  22件、…);
- applications: 收到/受理/新收 … 申请 N 件, 办结/答复 N 件, 上年结转 N 件, N 件结转下年度;
- cases: 行政复议 N 件, 行政诉讼 N 件; fees charged: 收取信息处理费 N 元;
- policy interpretations: 发布政策解读 N 篇, 对 N 项 … 进行解读;
- statements of none (extract.nil) and the old 统计表 (extract.stat_table).

Conventions of ../truth/README.md: a channel count that is the report's only headline figure is
`active.total` as well; several channel counts without a total give none; 政策解读 inside a
breakdown is an item. Figures inside 表二/三/四 renderings are table cells, not facts.
"""

from __future__ import annotations

import regex

from extract.active import (
    ACTIVE_UNITS,
    KIND_NAMED_BY_ITS_PUBLISHING,
    PER_DAY,
    SUM_TO_A_DATE,
    active_counts,
    interpretations,
    lead_clause_lists,
)
from extract.breakdown import CHANNEL_WORD, CLOSING_SUM, EXPLICIT_SUM
from extract.builder import FactBuilder
from extract.cases import (
    applications,
    applications_summed,
    cases_and_fees,
    handled_gives_way,
    implied_completion,
    newly_among_the_handled,
)
from extract.clauses import TextView
from extract.learned import learned_items
from extract.lists import (
    add_respectively,
    bare_number_lists,
    bracketed_channels,
    closing_sum_after,
    respectively_lists,
    structural_lists,
)
from extract.model import Fact, Section
from extract.nil import find_nils, none_under_heading
from extract.numbers import CN_DIGITS, UNREAD, Number
from extract.stat_table import read_stat_lines, read_stat_table
from extract.zones import find_zones
from parsers.model import Document

_NO_FACT_ZONES = frozenset({"problems", "plans", "tables"})
_OF_DISCLOSURE_WORK = regex.compile(r"(?:信息公开|政务公开)(?:工作)?的?(?:投诉|举报|申诉)")


def narrative_facts(doc: Document, sections: list[Section],
                    trace: dict[int, list[tuple[str, str]]] | None = None,
                    warnings: list[str] | None = None) -> list[Fact]:
    """Every narrative figure of the metric ids of SCHEMA.md, with its span and page.

    `trace`, when given, collects for each count (by its offset) why each rule that looked at it let
    it go; `nianbao explain` prints it. `warnings`, when given, receives what could not be read and why.
    """
    b = rule_facts(doc, sections, trace, warnings)
    settled = _settle(_readable(b.facts, doc.text, b.view.mt))
    if trace is not None:  # figures read but not kept: a later figure of a metric taken once
        kept = {id(f) for f in settled}
        for f in b.facts:
            if id(f) not in kept and f.value_start is not None:
                trace.setdefault(f.value_start, []).append(
                    (f.rule or "settle", f"read as {f.metric} = {f.value:g}, but the report states that figure "
                     "once and another clause gave it first"))
    return settled


def rule_facts(doc: Document, sections: list[Section], trace: dict[int, list[tuple[str, str]]] | None = None,
               warnings: list[str] | None = None, learned: bool = True) -> FactBuilder:
    """The builder after every rule (and, unless `learned` is False, the learned reader) has looked."""
    view = TextView(doc.text)
    zones = find_zones(doc, sections)
    b = FactBuilder(doc, view, zones)
    b.trace = trace
    respectively = respectively_lists(b) + bracketed_channels(b)
    lead_lists = lead_clause_lists(b)
    for c in view.counts:
        if c.start in b.consumed:
            continue
        if zones.is_blocked(c.start, c.end):
            b.let_go(c, "zones", "inside a table rendering or an unusable text span: read as cells, not prose")
            continue
        if zones.at(c.start) in _NO_FACT_ZONES:
            b.let_go(c, "zones", f"in the part `{zones.at(c.start)}`, where no figure is read")
            continue
        for rule in (interpretations, cases_and_fees, applications, active_counts):
            if rule(b, c):
                break
    for blist in lead_lists:
        parent = b.total
        b.add_list(blist, parent)
        if parent is None:  # 主动公开的政府信息分别为:…,其他信息22条,合计303条
            closing_sum_after(b, blist, set(b.consumed))
    add_respectively(b, respectively)
    structural_lists(b)
    bare_number_lists(b)
    if learned:
        learned_items(b)
        _sum_closing_learned_items(b)
        _learned_list_after_among(b)
    applications_summed(b)
    newly_among_the_handled(b)
    handled_gives_way(b)
    implied_completion(b)
    _nil_facts(b)
    _stat_table_facts(b, warnings)
    _stat_line_facts(b)
    _several_channels_beside_others(b)
    _channels_later_in_the_list(b)
    _only_channel_is_total(b)
    _only_kind_is_total(b)
    return b


_NUMERAL = regex.compile(rf"\d[\d,.]*|[{CN_DIGITS}]+")


def _readable(facts: list[Fact], text: str, view: str | None = None) -> list[Fact]:
    """The facts whose figure is printed whole: one beside a damaged char (U+FFFD), which may have been
    a digit, is left out (its rule still took the place of the figure, so no other is promoted to it).
    A damaged char the view read as the one char a rule word lacks (政府信�69条: 信息) was that char, not
    a digit, and leaves the figure whole."""
    view = view if view is not None else text
    unread = set()
    for f in facts:
        m = _NUMERAL.search(text, f.value_start, f.value_end)
        if m and (view[m.start() - 1:m.start()] == UNREAD or view[m.end():m.end() + 1] == UNREAD):
            unread.add(id(f))
    if not unread:
        return facts
    kept = [f for f in facts if id(f) not in unread]
    for f in kept:
        if f.part_of is not None and id(f.part_of) in unread:
            f.part_of = None
    return kept


def _nil_facts(b: FactBuilder) -> None:
    view, zones = b.view, b.zones
    stated = {f.metric for f in b.facts}
    # the first heading of each part where none may be said without naming of what (本年度无。)
    headings: dict[str, int] = {}
    for a, z in sorted([*zip(zones.top_starts, zones.top_zones), *zip(zones.sub_starts, zones.sub_zones)],
                        key=lambda part: part[0]):
        if z in ("application", "review", "fees"):
            headings.setdefault(z, a)
    under = [n for z, a in headings.items() for n in none_under_heading(view.mt, a, z)]
    for nil in [*find_nils(view.mt, clause_start=view.clause_start), *under]:
        if zones.is_blocked(nil.start, nil.end):
            continue
        if zones.at(nil.start) in _NO_FACT_ZONES and not (
                nil.metric == "complaint.total" and _OF_DISCLOSURE_WORK.search(view.mt, nil.start, nil.end)):
            continue  # 全年未接到群众对我乡信息公开工作的投诉, said among the problems: still none of them
        if nil.metric in stated:
            continue
        b.facts.append(b.fact(nil.metric, 0, nil.start, nil.end, text=(nil.start, nil.end), rule="none.stated"))


def _stat_line_facts(b: FactBuilder) -> None:
    """Rows of the old statistics table written as lines of prose (主动公开政府信息数:本年264条,累计912条)."""
    view = b.view
    for fig in read_stat_lines(view.mt):
        if b.zones.is_blocked(fig.start, fig.end) or any(a <= fig.start < z for a, z in b.zones.stat_tables):
            continue  # the table's own labels say what each row is, in an appendix after the problems too
        line = (view.mt.rfind("\n", 0, fig.start) + 1, fig.end)
        f = b.fact(fig.metric, fig.value, fig.start, fig.end, fig.label, unit="元" if fig.metric == "fees.amount" else None,
                   text=line, rule="stat_table.line")
        # 截至2016年底,累计公开各类政府信息2385条 … 主动公开政府信息数:本年417条,累计2385条: the table says which
        # figure is the year's and which the years'
        year_end_sum = next((o for o in b.facts if o.metric == "active.total" and fig.metric == "active.total"
                             and fig.cumulative not in (None, fig.value) and o.value == fig.cumulative
                             and o.value_start is not None
                             and "累计" in view.mt[view.clause_start(o.value_start):o.value_start]), None)
        if year_end_sum is not None:
            year_end_sum.metric, year_end_sum.rule = "active.cumulative", "active.cumulative_by_table"
            b.facts.insert(b.facts.index(year_end_sum), f)
            b.total = f
        else:
            b.facts.append(f)
        if fig.cumulative is not None and fig.metric == "active.total":
            b.facts.append(b.fact("active.cumulative", fig.cumulative, fig.start, fig.end, text=line,
                                  rule="stat_table.line"))


def _stat_table_facts(b: FactBuilder, warnings: list[str] | None) -> None:
    view = b.view
    known = b.total.value if b.total is not None else None
    for start, end in b.zones.stat_tables:
        figures = [f for f in read_stat_table(view.mt, start, end, known, warnings)
                   if not any(a < f.end and f.start < z for a, z in b.doc.unusable_spans)]
        parent: Fact | None = None
        breakdown = None
        for fig in figures:
            f = b.fact(fig.metric, fig.value, fig.start, fig.end, fig.label, unit="条" if fig.role != "scalar" else None,
                       text=(fig.start, fig.end), rule="stat_table.row")
            if fig.metric == "fees.amount":
                f.unit = "元"
            if fig.role == "total" and fig.metric == "active.total":
                parent = b.total if b.total is not None and b.total.value == fig.value else f
                if parent.group is None:
                    parent.group = b.new_group()
                breakdown = b.new_group()
            if fig.role == "item" and parent is not None:
                f.group, f.breakdown, f.lead = parent.group, breakdown, "其中"
            b.facts.append(f)


def _several_channels_beside_others(b: FactBuilder) -> None:
    """A count for several channels at once (通过网站、公开平台公开273条) is the total only when no other
    channel is counted beside it; with another (街道公众号302条) it is one channel count among them."""
    for f in b.facts:
        if f.metric != "active.total" or f.rule != "active.channels_all" or f.value_start not in b.several:
            continue
        part = b.zones.top(f.value_start)
        if any(o.metric == "active.item" and o.rule in ("active.channel", "active.channel_bare") and o.group != f.group
               and b.zones.top(o.value_start) == part and not _part_of(b, o, f) and not _named_among(b, o, f)
               for o in b.facts):
            b.facts.remove(f)  # its item (active.channels_several) stays, beside the other channels
            b.channels.extend(o for o in b.facts if o.rule == "active.channels_several" and o.value_start == f.value_start)
            if b.total is f:
                b.total = None
            return


# a sum opening its own sentence by referring back (以上…, 上述…)
_REFERS_BACK = regex.compile(r"\s*(?:以上|上述)")


# a line that opens with the sum of the lines above it (合计153条, 以上共计…)
_SUM_LINE = regex.compile(rf"[ \t]*(?:以上|上述)?{EXPLICIT_SUM}[:：]?[ \t]*\d")


def _items_one_a_line_above(b: FactBuilder, c: Number) -> list[Fact]:
    """The items read one a line on the lines right above `c`'s line, in the same unit and without a list of
    their own, back to the first line that holds none."""
    view = b.view
    line_start = view.mt.rfind("\n", 0, c.start) + 1
    run: list[Fact] = []
    while line_start > 0:
        above = view.mt.rfind("\n", 0, line_start - 1) + 1
        on_line = [f for f in b.facts if f.value_start is not None and above <= f.value_start < line_start]
        if len(on_line) != 1 or on_line[0].metric != "active.item" or on_line[0].breakdown is not None \
                or on_line[0].unit != c.unit:
            break
        run.insert(0, on_line[0])
        line_start = above
    return run


def _items_summed_before(b: FactBuilder, c: Number) -> list[Fact]:
    """The items right before `c` in its part, back to the last figure of another kind, when the last two or
    more of them add up to it (the nearest run that does)."""
    before = sorted((f for f in b.facts if f.value_start is not None and f.value_start < c.start
                     and b.zones.at(f.value_start) == b.zones.at(c.start)), key=lambda f: f.value_start)
    run: list[Fact] = []
    for f in reversed(before):
        if f.metric != "active.item" or f.unit != c.unit:
            break
        run.insert(0, f)
        if len(run) >= 2 and sum(x.value for x in run) == c.value:
            return run
    return []


# 其中 (包括) opening the sentence or clause of a list
_AMONG_OPENING = regex.compile(r"(?:^|[。;,\n])\s*(?:其中|具体包括|其中包括)\s*[,:]?\s*$")


def _learned_list_after_among(b: FactBuilder) -> None:
    """…主动公开各类政府信息累计532条,…。其中:政策法规38条、综合监管22条…: items the learned reader took, listed
    after 其中 in the year's total's sentence or the next, are the breakdown of that total (so that
    active.items_sum looks at them)."""
    total, view = b.total, b.view
    if total is None or total.value_end is None:
        return
    learned = sorted((f for f in b.facts if f.rule == "learned.item" and f.group is None and f.value_start is not None
                      and f.value_start > total.value_end), key=lambda f: f.start)
    if len(learned) < 2:
        return
    first = learned[0]
    sentence = view.sentence_start(first.start)
    if view.sentence_start(total.value_start) not in (sentence, view.sentence_start(max(0, sentence - 1))):
        return  # neither in the total's sentence nor the next
    read = {f.value_start for f in b.facts}
    between = view.counts_between(total.value_end, first.value_start)
    if not _AMONG_OPENING.search(view.mt, max(0, first.start - 12), first.start) \
            or any(o.start in read or o.unit == first.unit for o in between):
        return  # (…等23项内容分别予以公开: a count of another unit, no figure the list might divide)
    end = view.sentence_end(first.start)
    run = [f for f in learned if f.value_start < end]
    if len(run) < 2 or any(view.counts_between(a.value_end, c.value_start) for a, c in zip(run, run[1:])):
        return  # (another count between two of them: no list of these alone)
    if total.group is None:
        total.group = b.new_group()
    breakdown = b.new_group()
    for f in run:
        f.group, f.breakdown, f.lead = total.group, breakdown, "其中"


def _channels_later_in_the_list(b: FactBuilder) -> None:
    """…主动公开数为2918条。其中:通过A公开信息数为2464条,年度阅读量为29.4万次,通过B公开信息数为270条,…: the
    channels read one by one after the first item of the list that divides the total, in its sentence, are
    items of that list too (a figure of another kind between them broke the list)."""
    total, view = b.total, b.view
    if total is None or total.group is None:
        return
    listed = [f for f in b.facts if f.metric == "active.item" and f.group == total.group and f.breakdown is not None
              and f.value_start is not None and f.value_start > (total.value_end or 0)]
    if not listed:
        return
    first = min(listed, key=lambda f: f.value_start)
    end = view.sentence_end(first.value_start)
    for f in b.facts:
        if f.metric == "active.item" and f.rule in ("active.channel", "learned.item") and f.group is None \
                and f.value_start is not None and first.value_start < f.value_start < end:
            f.group, f.breakdown, f.lead = total.group, first.breakdown, first.lead


def _sum_closing_learned_items(b: FactBuilder) -> None:
    """…,通知公告116条;以上各类信息全年合计812条: a sum closing items the learned reader took is the year's total
    when no other was read and they add up to it."""
    if b.total is not None:
        return
    view = b.view
    read = {f.value_start for f in b.facts}
    for c in view.counts:
        if c.start in read or c.start in b.consumed or c.unit not in ACTIVE_UNITS \
                or not CLOSING_SUM.fullmatch(view.head(c)):
            continue
        a = view.sentence_start(c.start)
        if a > 0 and CLOSING_SUM.fullmatch(view.mt, a, c.start):
            a = view.sentence_start(a - 1)  # …三是公开其他信息112条。全年共计255条: the sum opens a sentence of its own
        items = [f for f in b.facts if f.metric == "active.item" and f.value_start is not None
                 and a <= f.value_start < c.start and f.unit == c.unit]
        if not (len(items) >= 2 and sum(f.value for f in items) == c.value) and _REFERS_BACK.match(view.mt, a):
            items = _items_summed_before(b, c)  # 一是…146条。二是…12条。…以上全年合计250条: the lines before
        if len(items) >= 2 and sum(f.value for f in items) == c.value:
            group = items[0].group if items[0].group is not None else b.new_group()
            for f in items:
                f.group = group
            b.closing_total(c, group, "list.closing_sum")
            return
        lines = _items_one_a_line_above(b, c) if _SUM_LINE.match(view.mt, view.mt.rfind("\n", 0, c.start) + 1) else []
        if len(lines) >= 2:
            # (1)工作动态68条;⏎…⏎(5)财政预决算4条;⏎合计153条: the sum on the line after the items, one a line,
            # is their total as printed, whether or not they add up to it (active.items_sum says)
            group, breakdown = b.new_group(), b.new_group()
            for f in lines:
                f.group, f.breakdown, f.lead = group, breakdown, "合计"
            b.closing_total(c, group, "list.closing_sum")
            return


def _only_channel_is_total(b: FactBuilder) -> None:
    """A channel count that is the report's only headline figure is active.total as well; the channels
    after its 其中 (平台公开677条,其中政府网站387条、微信服务号290条) are its parts, not channels beside it."""
    channels = [ch for ch in b.channels if not any(_part_of(b, ch, whole) for whole in b.channels)]
    # the same channel's count said twice (a mirror repeating its sentence) is one channel
    if len({(ch.label, ch.value) for ch in channels}) != 1:
        return
    ch = channels[0]
    if _unread_count_beside(b, ch) or _PART_LEAD.search(b.view.mt, max(0, ch.start - 6), ch.start) \
            or _DAMAGED_FIGURE.search(b.view.mt, b.view.sentence_start(ch.start), _before_its_parts(b.view, ch)):
        return  # another figure in its sentence may be a channel we could not read; 其中 makes it a part
    totals = [f for f in b.facts if f.metric == "active.total"]
    if len(totals) == 1 and _sum_to_a_date_after(b, totals[0], ch):
        # 在网站专栏主动公开信息68条。截至2016年12月31日,已累计主动公开政府信息412条: beside the year's one
        # channel, a larger sum to the year's end is the sum of all the years
        totals[0].metric, totals[0].rule = "active.cumulative", "active.sum_to_a_date"
        b.total = None
    elif totals:
        return
    if ch.group is None:
        ch.group = b.new_group()
    b.facts.append(_the_total_as_well(ch, "active.only_channel"))


# the publishing said before a kind's count (主动公开政务动态219篇, 发布公文共计19件)
_PUBLISHED = regex.compile(r"公开|发布|公布|推送|刊发|刊登|上传|更新")
_DOCUMENTS = regex.compile(r"文件|公文")


def _only_kind_is_total(b: FactBuilder) -> None:
    """The one count of proactive disclosure, of one kind and said to be published (2023年全年主动公开政务
    动态219篇; 通过某网站发布公文共计19件), is the year's total as well, as a lone channel's count is: no
    total, no channel, no other item and no unread count beside it."""
    if b.channels or any(f.metric == "active.total" for f in b.facts):
        return
    items = [f for f in b.facts if f.metric == "active.item"]
    if len({(f.label, f.value) for f in items}) != 1:
        return
    f = items[0]
    view = b.view
    if f.value_start is None or b.zones.at(f.value_start) not in ("active", "overview") \
            or not _PUBLISHED.search(view.mt, view.clause_start(f.value_start), f.value_start) \
            or _unread_count_beside(b, f):
        return
    if _DOCUMENTS.search(f.label or "") and "主动" not in view.mt[view.clause_start(f.value_start):f.value_start]:
        return  # 全年公开政府文件27条: documents are one kind beside the others unless published proactively
    b.facts.append(_the_total_as_well(f, "active.only_kind"))


def _the_total_as_well(f: Fact, rule: str) -> Fact:
    """The year's total read from the same words as the item `f` (its only figure of proactive disclosure)."""
    return Fact(metric="active.total", value=f.value, label=None, unit=f.unit, approx=f.approx, text=f.text,
                start=f.start, end=f.end, value_start=f.value_start, value_end=f.value_end, page=f.page,
                section=f.section, group=f.group, rule=rule)


# a count with a damaged digit (发布信息1\ufffd704条): the number printed is unknown, but it was a count
_DAMAGED_FIGURE = regex.compile(r"(?:\ufffd[\d,]*\d|\d[\d,]*\ufffd)[\d\ufffd]*(?:余|多)?[条件篇期次个项]")


def _before_its_parts(view: TextView, ch: Fact) -> int:
    """Where `ch`'s sentence ends, or its 其中 begins (the counts after it are its parts)."""
    end = view.sentence_end(ch.start)
    among = view.mt.find("其中", ch.value_end or ch.start, end)
    return end if among == -1 else among


def _sum_to_a_date_after(b: FactBuilder, total: Fact, ch: Fact) -> bool:
    """True when `total` was read from a sum to a date (截至…累计) after the channel's count, and is larger."""
    view = b.view
    if total.value_start is None or ch.value_start is None or total.value_start < ch.value_start \
            or total.value <= ch.value or total.rule != "active.headline":
        return False
    a = view.sentence_start(total.value_start)
    return SUM_TO_A_DATE.search(view.mt, max(0, view.sentence_start(max(0, a - 1))), total.value_start) is not None \
        and "累计" in view.mt[a:total.value_start]


def _named_among(b: FactBuilder, channel: Fact, several: Fact) -> bool:
    """True when `channel`, counted after the count of several channels at once, is one of those channels:
    通过政府网站、微信公众号等渠道主动公开667条,…通过“某某”微信公众号推送252篇 (a part of it, no rival)."""
    if channel.value_start is None or several.value_start is None or channel.value_start < several.value_start \
            or channel.value >= several.value:
        return False
    words = {m.group() for m in CHANNEL_WORD.finditer(channel.label or "")}
    head = b.view.mt[b.view.sentence_start(several.value_start):several.value_start]
    return bool(words) and all(w in head for w in words)


def _part_of(b: FactBuilder, part: Fact, whole: Fact) -> bool:
    """True when `part` stands after `whole`'s 其中 in its sentence."""
    view = b.view
    if part is whole or whole.value_end is None or part.value_start is None or part.value_start <= whole.value_end:
        return False
    between = view.mt[whole.value_end:part.value_start]
    if view.sentence_start(part.value_start) != view.sentence_start(whole.value_start):
        # 主动公开信息共计78条。其中,在…栏目中发布…1条;…: the sentence right after, opened by 其中, holds its parts
        opener = _NEXT_SENTENCE_PARTS.match(between)
        return opener is not None and view.sentence_start(part.value_start) <= whole.value_end + opener.end("lead")
    return "其中" in between and not regex.search(r"[;;]", between)


# the whole's sentence ends right after its count and the next one opens with 其中
_NEXT_SENTENCE_PARTS = regex.compile(r"[^\d,，;；。\n]{0,4}。\s*(?P<lead>)其中")


# a count that opens with 其中 is a part of an unstated whole, never the only headline
_PART_LEAD = regex.compile(r"其中[,:\s]*$")
# a count of applications or consultations beside a channel's count is no channel we could not read
_NOT_PROACTIVE = regex.compile(r"依申请|申请|咨询|留言|答复|受理|回复|来信")
# a change against last year (同比增加 N 条) is no figure of a channel
_COMPARISON = regex.compile(r"同比|比上年|较上年|比去年|较去年|增量|增加|增长|减少|下降"
                            r"|(?:比|较|与)(?:\d{4}|[〇零一二三四五六七八九]{4})年")  # 比二〇一一年的九十三条: last year's


def _unread_count_beside(b: FactBuilder, ch: Fact) -> bool:
    """True when the channel's sentence holds a count of items that no fact took."""
    view = b.view
    a, z = view.sentence_start(ch.start), view.sentence_end(ch.start)
    among = view.mt.find("其中", ch.value_end, z)
    if among != -1 and not regex.search(r"[;；]", view.mt[ch.value_end:among]):
        z = among  # 市政府网共发布信息11687条,其中…发布征集调查13期: the counts after its 其中 are its parts
    if view.mt[ch.value_end:ch.value_end + 1] in (":", "："):
        z = ch.value_end  # 在门户网站主动公开政府信息108条:工作信息92条;…: the counts after its colon are its parts
    taken = [(f.start, f.end) for f in b.facts]
    return any(c.unit in ACTIVE_UNITS and not any(s <= c.start < e for s, e in taken)
               and not _COMPARISON.search(view.head(c)) and not _NOT_PROACTIVE.search(view.head(c))
               and not KIND_NAMED_BY_ITS_PUBLISHING.search(view.head(c))  # a kind (财政公开信息8条), no channel
               and not PER_DAY.search(view.head(c))  # 日均发布35条: a rate
               for c in view.counts_between(a, z))


_NEWLY = regex.compile(r"新收|新受理|新接收")
_SCALAR = ("apply.received", "apply.carried_over", "apply.completed", "apply.carried_forward", "review.total",
           "litigation.total", "complaint.total", "fees.amount", "interpretation.total", "active.total",
           "active.cumulative")


_SUMMED = regex.compile(r"共计|合计|总计|一共")
# the applications to be handled (共办理, 共需办理), and those answered said in words of answering
_WORKLOAD = regex.compile(r"共(?:需|应)?办理")
_ANSWERED = regex.compile(r"办结|答复|办理完毕|办理完成|回复")


def _settle(facts: list[Fact]) -> list[Fact]:
    """One figure per scalar metric, the first the text states, and no figure twice.

    Counts are read before statements of none, and a statement of none is only taken for a metric no
    count gave, so "first" prefers what the report counts over what it says in words.
    """
    out: list[Fact] = []
    chosen: dict[str, Fact] = {}
    for f in facts:
        if f.metric in _SCALAR:
            first = chosen.setdefault(f.metric, f)
            if f.metric == "apply.received" and first is not f and _NEWLY.search(f.text) and any(
                    o.metric == "apply.carried_over" and first.start < o.start < f.start for o in facts):
                chosen[f.metric] = f  # 受理10件,其中上年结转2件,新收8件: the new ones are the year's
            elif f.metric == "apply.completed" and first is not f and _WORKLOAD.search(first.text) \
                    and _ANSWERED.search(f.text) and f.value < first.value:
                chosen[f.metric] = f  # 加上上年结转4件,共办理67件。已办结61件: the 67 were to be handled, 61 were
            elif f.metric == "review.total" and first.rule == "cases.heard_disclosure_part" \
                    and f.rule != "cases.heard_disclosure_part":
                chosen[f.metric] = f  # 作为复议机关…其中涉及政府信息公开的17件。自身被申请行政复议2件: its own
            elif f.metric == "interpretation.total" and f.rule == "interpretation.sum_of_kinds":
                chosen[f.metric] = f  # 发布文字解读11篇、图片解读6篇、视频解读2个,合计政策解读19篇: the sum of its kinds
            elif f.metric == "apply.received" and first is not f and _SUMMED.search(f.text) and \
                    f.value == sum(o.value for o in facts if o.metric == f.metric and first.start <= o.start < f.start):
                chosen[f.metric] = f  # 收到网上申请4件,收到转办1件,共计收到5件: the sum of the parts before it
        else:
            out.append(f)
    out.extend(chosen.values())
    seen: set[tuple] = set()
    unique: list[Fact] = []
    for f in sorted(out, key=lambda f: f.start):
        key = (f.metric, f.label, f.value, f.start)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique
