"""Collects the facts of one document: spans, pages, section ids, and the groups of breakdown lists."""

from __future__ import annotations

import regex

from extract.breakdown import CLOSING_SUM, EXPLICIT_SUM, BreakdownList
from extract.clauses import TextView
from extract.meta import year_evidence
from extract.model import Fact
from extract.numbers import Number
from extract.zones import Zones
from parsers.model import Document

# the word of a sum, as a list reader cuts it for a label (共计 -> 计 after the lead word 共 is dropped)
_SUM_WORD = regex.compile(r"(?:以上|上述)?(?:合计|共计|总计|小计|计|共)|以上|上述")
_EXPLICIT_SUM = regex.compile(EXPLICIT_SUM)

# zones of extract.zones as the section ids of SCHEMA.md
_SECTION_OF_ZONE = {"review": "review_litigation", "stat_table": "tables", "platform": "overview",
                    "consult": "other"}


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _list_rule(blist: BreakdownList) -> str:
    """The family of a list: presented by lead words (其中/包括/分别为), by a clause of its own, or by
    nothing but its shape."""
    if blist.lead is None:
        return "list.bare"
    return "list.lead" if len(blist.lead) <= 4 else "list.lead_clause"


class FactBuilder:
    """Collects facts for one document."""

    def __init__(self, doc: Document, view: TextView, zones: Zones) -> None:
        self.doc, self.view, self.zones = doc, view, zones
        self.facts: list[Fact] = []
        self.consumed: set[int] = set()
        self.next_group = 1
        self.total: Fact | None = None
        self.total_subject = ""  # the office the total was said of, when one was named
        self.total_key_areas = False  # the total was said of the key areas (重点领域) and may give way
        self.total_kinds = ""  # the total spelled out a few kinds (部门职能、领导信息等信息) and may give way
        self.several: dict[int, str] = {}  # count start -> the channels a count for several at once names
        self.channels: list[Fact] = []
        self._report_year: int | None = 0  # 0: not looked up yet
        # count start -> [(rule, why it let the count go)], kept only when a caller asks (explain)
        self.trace: dict[int, list[tuple[str, str]]] | None = None

    def report_year(self) -> int | None:
        """The year the report covers as its title or its statistics period says (extract.meta's evidence), not
        as a year named in its sentences; looked up once, when a rule first needs it."""
        if self._report_year == 0:
            years = {e.source: int(e.value) for e in year_evidence(self.doc.text)}
            self._report_year = years.get("title") or years.get("period")
        return self._report_year

    def fact(self, metric: str, value: float | int, start: int, end: int, label: str | None = None,
             approx: bool = False, unit: str | None = None, text: tuple[int, int] | None = None,
             rule: str | None = None) -> Fact:
        a, b = text or self.view.clause_span(start, end)
        a, b = _strip_span(self.doc.text, min(a, start), max(b, end))
        zone = self.zones.at(start)
        return Fact(metric=metric, value=value, label=label, unit=unit, approx=approx,
                    text=self.doc.text[a:b], start=a, end=b, value_start=start, value_end=end,
                    page=self.doc.page_at(start), section=_SECTION_OF_ZONE.get(zone, zone), rule=rule)

    def count_fact(self, metric: str, c: Number, label: str | None = None, rule: str | None = None) -> Fact:
        return self.fact(metric, c.value, c.start, c.end, label, c.approx, c.unit, rule=rule)

    def let_go(self, c: Number, rule: str, why: str) -> bool:
        """Note why a rule that looked at a count did not take it (read by `nianbao explain`); False."""
        if self.trace is not None:
            self.trace.setdefault(c.start, []).append((rule, why))
        return False

    def add_list(self, blist: BreakdownList, parent: Fact | None) -> None:
        """Items of a list; they share `group` with the figure they divide (a nested list divides an item,
        which already belongs to its own list, so it gets a group of its own)."""
        if not blist.items:
            return
        closing = self._closing_sum(blist)
        if closing is not None:  # …其他9条,共计200条: the sum closing the list is no item of it
            blist.items.pop()
            self.consumed.add(closing.start)
            if parent is None and self.total is None:
                parent = self.closing_total(closing, self.new_group(), "list.closing_sum")
        if parent is not None and parent.group is None and parent.breakdown is None:
            parent.group = self.new_group()
        group = parent.group if parent is not None and parent.breakdown is None else self.new_group()
        breakdown = self.new_group()
        for item in blist.items:
            f = self.count_fact("active.item", item.count, item.label, rule=blist.rule or _list_rule(blist))
            f.start = min(item.label_start, item.count.start)  # counts may come first (56条为工作动态)
            f.end = max(item.count.end, item.label_start + len(item.label))
            f.text = self.doc.text[f.start:f.end]
            f.group, f.breakdown, f.lead, f.open_ended = group, breakdown, blist.lead, blist.open_ended
            if parent is not None and parent.metric == "active.item":
                f.part_of = parent
            self.facts.append(f)
            self.consumed.add(item.count.start)
            if item.sub is not None:
                self.add_list(item.sub, f)

    def _closing_sum(self, blist: BreakdownList) -> Number | None:
        """The count of a list's last item when that item is the sum of the others, said as such (合计, 共计,
        以上共计, 共計: the reader took the word for a label)."""
        if len(blist.items) < 3:
            return None
        last = blist.items[-1]
        word = self.view.mt[last.label_start:last.label_start + len(last.label)]
        # or the words between the item before and the count (…财政资金类12条,五类合计85条): the label was cut short
        said = self.view.mt[blist.items[-2].count.end:last.count.start]
        if not (_SUM_WORD.fullmatch(word) or CLOSING_SUM.fullmatch(said)):
            return None
        # said as their sum (合计, 共计, 总计), it is their total as printed, adding up or not (the check says);
        # a bare 共 closes them only when they add up to it
        explicit = _EXPLICIT_SUM.search(word) or _EXPLICIT_SUM.search(said)
        if not explicit and last.count.value != sum(i.count.value for i in blist.items[:-1]):
            return None
        return last.count

    def closing_total(self, c: Number, group: int, rule: str) -> Fact:
        """`c` as the year's total, closing the items of `group` (…,其他信息7条,合计124条)."""
        total = self.count_fact("active.total", c, rule=rule)
        total.group = group
        self.facts.append(total)
        self.total = total
        return total

    def new_group(self) -> int:
        g = self.next_group
        self.next_group += 1
        return g
