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

from extract.breakdown import CHANNEL_WORD, LEAD_CLAUSE, BreakdownList, Item, find_lead, read_list
from extract.clauses import Count, TextView
from extract.model import Fact, Section
from extract.nil import find_nils
from extract.stat_table import read_stat_table
from extract.zones import Zones, find_zones
from parsers.model import Document

ACTIVE_UNITS = frozenset({"条", "件", "篇", "份", "个", "宗"})
_NO_ACTIVE_ZONES = frozenset({"application", "fees", "review", "problems", "plans", "platform", "other",
                              "consult", "stat_table", "tables"})
# zones of extract.zones as the section ids of SCHEMA.md
_SECTION_OF_ZONE = {"review": "review_litigation", "stat_table": "tables", "platform": "overview",
                    "consult": "other"}
_NO_FACT_ZONES = frozenset({"problems", "plans", "tables"})

_VERB = r"(?:主动|新增|集中|及时|动态|累计|共|全年|当年|上传|宣发|推送|编发)*(?:公开|发布|公布|推送|更新)(?:了)?"
_NOUN = r"(?:信息|文件|内容|文章|稿件|消息)"
_CONN = r"(?:共计|共有|总计|合计|共|为|达到|达|累计|计)*"
HEADLINE = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB})(?:(?P<mod>[^,;:。、]{{0,16}}?){_NOUN}(?:数量|总数|数|量)?)?{_CONN}$")
SPECIFIC = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB})(?P<obj>[^,;:。、]{{2,30}}?){_CONN}$")
_GENERIC_MOD = regex.compile(r"(?:各类|各项|各种|各级|有关|相关|全部|我[区县市镇乡]|本[区县市镇乡级]|单位|政府|政务|公开|公号|"
                             r"[^,]{0,8}的)*")
_NOT_ACTIVE = regex.compile(r"依申请|不予|申请|解读|咨询|重点领域|采购|招聘|征地|现行有效|访问|点击|阅读|浏览|回应|复议|诉讼")
_CUMULATIVE = regex.compile(r"(?:历年|到目前|至今|目前|以来|迄今)[^,]{0,8}累计|历年")
_TIME_SELF = regex.compile(
    r"^(?:\d{4}年(?:度)?|全年|今年(?:以来|来)?|本年度?|年内|当年|一年来|截至[^,]{0,14}?日|截止[^,]{0,14}?日|"
    r"我(?:镇|乡|街道|区|县|市|局|委|办|单位|们)|本(?:街道|单位|机关|镇|乡|级|部门)|全(?:镇|乡|区|县|市|街道)|"
    r"街道|镇政府|乡政府|共|累计|主动|还|已|又|向社会|[,、\s])*")
_TRAIL_FILLER = regex.compile(r"(?:上|中|里|共|全年|当年|本年度?|累计|主动|共计|向社会|进行网上公开|进行公开|及时|上传|宣发|推送|编发|新增|集中|动态)+$")
_CHANNEL_VIA = regex.compile(r"(?:通过|在|利用|依托|借助|设立)(?P<ch>[^,;:。]{2,40})$")
_CHANNEL_START = regex.compile(r"^(?:\d{4}年(?:度)?)?(?P<ch>[^,;:。]{2,24}?(?:网站|平台|公众号|微信号?|微博|专栏|客户端|公开栏))")

_RECEIVED = regex.compile(r"(?:收到|受理|新收|接到|接收)[^,;:。]{0,40}?(?:申请|办件)[^,;:。]{0,10}?(?:数量|数)?(?:为|共|共计)?$"
                          r"|依申请公开(?:申请)?(?:数量|数)(?:为)?$|(?:收到|受理|新收|接到)(?:了)?$")
_RECEIVED_TAIL = regex.compile(r"^(?:[^,;:。]{0,12}?)(?:申请|信息公开申请)")
_RECEIVED_KIND = regex.compile(r"信息|公开|依申请")
_COMPLETED = regex.compile(r"(?<!同意公开|部分公开|不予公开|予以公开|不予|其他|无法|告知性|告知)(?:办结|答复|办理完毕)(?:了)?(?:申请)?(?:数)?(?:为)?$"
                           r"|已?处理(?:申请)?(?:情况)?数(?:为)?$|(?:办结|答复)的$")
_CARRIED_OVER = regex.compile(r"上年(?:度)?结转[^,;:。]{0,16}?(?:数量)?(?:为)?$")
_CARRIED_FORWARD_TAIL = regex.compile(r"^[^,;:。]{0,10}?(?:结转|顺延|转入|转)(?:到|至)?下(?:一)?年")
_CARRIED_FORWARD_HEAD = regex.compile(r"(?:(?:结转|转)(?:入|到|至)?下(?:一)?年度?|结转(?:至|到)\d{4}年度?)[^,;:。]{0,12}?$")
_REVIEW = regex.compile(r"(?:行政)?复议(?:案件|案|申请|件)?(?:数量|数)?(?:为|共|共计|有)?$")
_LITIGATION = regex.compile(r"(?:行政)?诉讼(?:案件|案|件)?(?:数量|数)?(?:为|共|共计|有)?$")
_CASE_TAIL = regex.compile(r"^[^,;:。]{0,20}?(?P<what>行政复议|行政诉讼)")
_FEES = regex.compile(r"(?:收取|收费|处理费)[^,;:。]{0,16}?(?:共计|合计|共|为|金额)?$")
_INTERPRETATION = regex.compile(r"(?:发布|制作|推出|编发|撰写|刊发|开展)?[^,;:。]{0,6}?解读(?:政策文件|政策|文件|类信息|信息|稿件|文章|材料)?"
                             r"(?:发布)?(?:共计|共|为)?$")
_LEAD_CLAUSE_END = regex.compile(r"中\s*[,:]|类别(?:有|为|包括|如下)?\s*[:,]|主要(?:包括|有)\s*[:,]|分(?:类)?\s*[:,]|看\s*[:,]")
_INTERPRETATION_OF = regex.compile(r"[^,;:。]{0,12}?对(?P<n>\d+)(?:项|件|个|份)[^。]{0,60}?(?:进行|开展)(?:了)?(?:政策)?解读")


_SPACES = regex.compile(r"\s+")
_CHANNEL_JOIN = regex.compile(r"、|和|及|与")
_CHANNEL_SCENE = regex.compile(r"(?:通过|在|利用|依托|借助|设立)(?P<ch>[^,;:。]{2,40}?)(?:进行|提升|发布|公开|$)")
_ALL_YEARS = regex.compile(r"(?:历年|到目前|至今)累计")
_PUBLISHED = regex.compile(r"公开|发布|累计")
_INFO_AFTER = regex.compile(r"(?:政府|政务)?信息")
_VERB_AT_END = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB}){_CONN}$")
_NOT_APPLICATION = regex.compile(r"复议|诉讼|咨询|电话|举报|投诉")
_RECEIVED_BEFORE = regex.compile(r"(?:收到|受理)[^,;:。]{0,4}$")
_AMONG_APPLICATIONS = regex.compile(r"(?:件)?申请中")
_NOT_FEES = regex.compile(r"支出|行政事业性|罚没|非税|经费|预算|标准")
_DISCLOSURE = regex.compile(r"信息公开|政务公开|公开申请|依申请")
_OUTCOME = regex.compile(r"败诉|纠错|纠正|维持|结果")
_NEGATED = regex.compile(r"(?:未|没有|无|不)(?:发生|有|收到|接到)?$")
_HAD = regex.compile(r"有|收到|发生|共$")
_NOT_INTERPRETATION = regex.compile(r"视频|活动|会|图解|累计")

class _Builder:
    """Collects facts for one document."""

    def __init__(self, doc: Document, view: TextView, zones: Zones) -> None:
        self.doc, self.view, self.zones = doc, view, zones
        self.facts: list[Fact] = []
        self.consumed: set[int] = set()
        self.next_group = 1
        self.total: Fact | None = None
        self.channels: list[Fact] = []

    def fact(self, metric: str, value: float | int, start: int, end: int, label: str | None = None,
             approx: bool = False, unit: str | None = None, text: tuple[int, int] | None = None) -> Fact:
        a, b = text or (self.view.clause_start(start), self.view.clause_end(end))
        zone = self.zones.at(start)
        return Fact(metric=metric, value=value, label=label, unit=unit, approx=approx,
                    text=self.doc.text[a:b].strip(), start=start, end=end, page=self.doc.page_at(start),
                    section=_SECTION_OF_ZONE.get(zone, zone))

    def count_fact(self, metric: str, c: Count, label: str | None = None) -> Fact:
        return self.fact(metric, c.value, c.start, c.end, label, c.approx, c.unit)

    def add_list(self, blist: BreakdownList, parent: Fact | None) -> None:
        """Items of a list; they share `group` with the figure they divide (a nested list divides an item,
        which already belongs to its own list, so it gets a group of its own)."""
        if not blist.items:
            return
        if parent is not None and parent.group is None and parent.breakdown is None:
            parent.group = self.new_group()
        group = parent.group if parent is not None and parent.breakdown is None else self.new_group()
        breakdown = self.new_group()
        for item in blist.items:
            f = self.count_fact("active.item", item.count, item.label)
            f.start = item.label_start
            f.text = self.doc.text[item.label_start:item.count.end]
            f.group, f.breakdown, f.lead, f.open_ended = group, breakdown, blist.lead, blist.open_ended
            self.facts.append(f)
            self.consumed.add(item.count.start)
            if item.sub is not None:
                self.add_list(item.sub, f)

    def new_group(self) -> int:
        g = self.next_group
        self.next_group += 1
        return g


def _channel_of(pre: str, prev_clause: str) -> str | None:
    """The channel a headline count is bound to, from the words before its verb (or the clause before)."""
    for text in (pre, prev_clause):
        if not text:
            continue
        m = _CHANNEL_VIA.search(text) if text is pre else None
        if m is None:
            m = _CHANNEL_SCENE.search(text)
        if m and CHANNEL_WORD.search(m.group("ch")):
            ch = _TRAIL_FILLER.sub("", m.group("ch"))
            return ch or None
        if text is pre:
            rest = _TRAIL_FILLER.sub("", _TIME_SELF.sub("", pre))
            if rest and CHANNEL_WORD.search(rest):
                return rest
        else:
            m = _CHANNEL_START.match(_TIME_SELF.sub("", text))
            if m:
                return m.group("ch")
        if text is pre and _TRAIL_FILLER.sub("", _TIME_SELF.sub("", pre)):
            return None  # a subject of its own: the clause before does not bind it
    return None


def _printed(view: TextView, simplified_piece: str, near: int) -> str:
    """The printed form of a piece of the simplified view, found at or before `near`."""
    i = view.mt.rfind(simplified_piece, 0, near)
    if i < 0:
        return simplified_piece
    return _SPACES.sub("", view.text[i:i + len(simplified_piece)])


def _prev_clause(view: TextView, c: Count) -> str:
    """The clause before, when it sets the scene (names a channel) without a figure of its own."""
    a = view.clause_start(c.start)
    if a <= 0 or view.mt[a - 1] not in ",:":
        return ""
    prev_start = view.clause_start(a - 1)
    if view.counts_between(prev_start, a):
        return ""
    return view.mt[prev_start:a - 1]


def _active(b: _Builder, c: Count) -> bool:
    """Headline, channel and named-document counts of proactive disclosure."""
    view = b.view
    zone = b.zones.at(c.start)
    if zone in _NO_ACTIVE_ZONES or c.unit not in ACTIVE_UNITS:
        return False
    head = view.head(c)
    tail = view.tail(c)
    if _NOT_ACTIVE.search(head) or len(head) > 80:
        return False
    all_years = _ALL_YEARS.match(_TIME_SELF.sub("", head)) or (
        "累计" in head and _CUMULATIVE.search(head))
    if all_years and _PUBLISHED.search(head):
        b.facts.append(b.count_fact("active.cumulative", c))
        return True
    m = HEADLINE.match(head)
    generic = False
    if m and (m.group("mod") is None or _GENERIC_MOD.fullmatch(m.group("mod") or "")):
        generic = True
    elif m is None and _INFO_AFTER.match(tail):
        m = _VERB_AT_END.match(head)
        generic = m is not None
    if generic and m is not None:
        pre = m.group("pre")
        channel = _channel_of(pre, _prev_clause(view, c))
        if channel is not None:
            label = _printed(view, channel, c.start)
            multi = len(CHANNEL_WORD.findall(channel)) > 1 and _CHANNEL_JOIN.search(channel) is not None
            if multi and b.total is None:
                f = b.count_fact("active.total", c)
                b.total = f
            else:
                f = b.count_fact("active.item", c, label)
                b.channels.append(f)
        else:
            subject = _TRAIL_FILLER.sub("", _TIME_SELF.sub("", pre))
            if b.total is not None and subject and zone == "active":
                f = b.count_fact("active.item", c, _printed(view, subject, c.start))
            elif b.total is None:
                f = b.count_fact("active.total", c)
                b.total = f
            elif c.value == b.total.value:
                f = b.count_fact("active.total", c)
            else:
                return True  # a second headline figure: not the year's total
        b.facts.append(f)
        lead = find_lead(view, c.end)
        if lead:
            blist = read_list(view, lead[1], lead[0], ")" if "(" in view.mt[c.end:lead[1]] else None, b.consumed)
            if len(blist.items) >= 1:
                b.add_list(blist, f)
        return True
    if zone == "active":
        s = SPECIFIC.match(head)
        if s and not _GENERIC_MOD.fullmatch(s.group("obj")) and not _NOT_ACTIVE.search(s.group("obj")):
            obj = s.group("obj")
            label_start = c.start - len(head) + s.start("obj")
            label = _SPACES.sub("", view.text[label_start:label_start + len(obj)])
            first = Item(label, label_start, c)
            blist = read_list(view, c.end, None, None, b.consumed, first=first)
            if blist.items and len(blist.items[0].label) <= 40:
                b.add_list(blist, None)
                return True
    return False


def _applications(b: _Builder, c: Count) -> bool:
    view = b.view
    if c.unit not in ("件", "条", "宗", "个", "次"):
        return False
    head, tail = view.head(c), view.tail(c)
    zone = b.zones.at(c.start)
    clause = head + tail
    if _NOT_APPLICATION.search(clause):
        return False
    kind_ok = zone == "application" or _RECEIVED_KIND.search(clause)
    if _CARRIED_OVER.search(head):
        b.facts.append(b.count_fact("apply.carried_over", c))
        return True
    if _CARRIED_FORWARD_TAIL.match(tail) or _CARRIED_FORWARD_HEAD.search(head):
        b.facts.append(b.count_fact("apply.carried_forward", c))
        return True
    received = _RECEIVED.search(head) and ("申请" in head or _RECEIVED_TAIL.match(tail)) or (
        _RECEIVED_BEFORE.search(head) and _RECEIVED_TAIL.match(tail))
    if kind_ok and received and ("申请" in clause or "办件" in clause):
        b.facts.append(b.count_fact("apply.received", c))
        return True
    if (zone == "application" or "申请" in view.mt[view.sentence_start(c.start):c.end]) and (
            _COMPLETED.search(head) or _AMONG_APPLICATIONS.match(tail) and head.endswith("办结的")):
        b.facts.append(b.count_fact("apply.completed", c))
        return True
    return False


def _cases_and_fees(b: _Builder, c: Count) -> bool:
    view = b.view
    head, tail = view.head(c), view.tail(c)
    if c.unit in ("元", "万元") and _FEES.search(head) and not _NOT_FEES.search(head):
        value = c.value * 10000 if c.unit == "万元" else c.value
        f = b.count_fact("fees.amount", c)
        f.value, f.unit = value, "元"
        b.facts.append(f)
        return True
    if c.unit not in ("件", "起", "个", "宗", "例", "次"):
        return False
    if _OUTCOME.search(head) or _NEGATED.search(head):
        return False
    metric = None
    if _REVIEW.search(head):
        metric = "review.total"
    elif _LITIGATION.search(head):
        metric = "litigation.total"
    else:
        m = _CASE_TAIL.match(tail)
        if m and _HAD.search(head):
            metric = "review.total" if m.group("what") == "行政复议" else "litigation.total"
    if metric is None:
        return False
    # cases about disclosure: in the part on reviews, or said of disclosure in this sentence or the one before
    context = view.mt[max(0, view.sentence_start(c.start) - 100):view.sentence_end(c.start)]
    if b.zones.at(c.start) != "review" and not _DISCLOSURE.search(context):
        return False
    b.facts.append(b.count_fact(metric, c))
    return True


def _interpretation(b: _Builder, c: Count) -> bool:
    if c.unit not in ("条", "篇", "个", "件", "份", "期", "项"):
        return False
    head = b.view.head(c)
    if b.zones.at(c.start) == "platform" or _NOT_INTERPRETATION.search(head):
        return False
    m = _INTERPRETATION_OF.match(b.view.mt, b.view.clause_start(c.start))
    if m and m.start("n") == c.start:
        b.facts.append(b.count_fact("interpretation.total", c))
        return True
    if _INTERPRETATION.search(head) and "解读" in head:
        b.facts.append(b.count_fact("interpretation.total", c))
        return True
    return False


def _lead_clause_lists(b: _Builder) -> list[BreakdownList]:
    """Lists presented by a clause of their own (在主动公开的信息中, / 主要类别有:); their counts are taken."""
    view = b.view
    out = []
    for m in _LEAD_CLAUSE_END.finditer(view.mt):
        clause = view.mt[view.clause_start(m.start()):m.end()]
        lead = LEAD_CLAUSE.search(clause)
        if not lead:
            continue
        if b.zones.at(m.start()) in _NO_ACTIVE_ZONES or b.zones.is_blocked(m.start()):
            continue
        blist = read_list(view, m.end(), lead.group().strip(" ,:"), None, b.consumed)
        if blist.items:
            out.append(blist)
    return out


def narrative_facts(doc: Document, sections: list[Section]) -> list[Fact]:
    """Every narrative figure of the metric ids of SCHEMA.md, with its span and page."""
    view = TextView(doc.text)
    zones = find_zones(doc, sections)
    b = _Builder(doc, view, zones)
    lead_lists = _lead_clause_lists(b)
    for c in view.counts:
        if c.start in b.consumed or zones.is_blocked(c.start, c.end):
            continue
        if zones.at(c.start) in _NO_FACT_ZONES:
            continue
        for rule in (_interpretation, _cases_and_fees, _applications, _active):
            if rule(b, c):
                break
    for blist in lead_lists:
        b.add_list(blist, b.total)
    _nil_facts(b)
    _stat_table_facts(b)
    _only_channel_is_total(b)
    return _settle(b.facts)


def _nil_facts(b: _Builder) -> None:
    view, zones = b.view, b.zones
    stated = {f.metric for f in b.facts}
    for nil in find_nils(view.mt, clause_start=view.clause_start):
        if zones.is_blocked(nil.start, nil.end) or zones.at(nil.start) in _NO_FACT_ZONES:
            continue
        if nil.metric in stated:
            continue
        b.facts.append(b.fact(nil.metric, 0, nil.start, nil.end, text=(nil.start, nil.end)))


def _stat_table_facts(b: _Builder) -> None:
    view = b.view
    known = b.total.value if b.total is not None else None
    for start, end in b.zones.stat_tables:
        figures = [f for f in read_stat_table(view.mt, start, end, known)
                   if not any(a < f.end and f.start < z for a, z in b.doc.unusable_spans)]
        parent: Fact | None = None
        breakdown = None
        for fig in figures:
            f = b.fact(fig.metric, fig.value, fig.start, fig.end, fig.label, unit="条" if fig.role != "scalar" else None,
                       text=(fig.start, fig.end))
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


def _only_channel_is_total(b: _Builder) -> None:
    """A channel count that is the report's only headline figure is active.total as well."""
    if len(b.channels) != 1 or any(f.metric == "active.total" for f in b.facts):
        return
    ch = b.channels[0]
    if ch.group is None:
        ch.group = b.new_group()
    b.facts.append(Fact(metric="active.total", value=ch.value, label=None, unit=ch.unit, approx=ch.approx,
                        text=ch.text, start=ch.start, end=ch.end, page=ch.page, section=ch.section,
                        group=ch.group))


_SCALAR = ("apply.received", "apply.carried_over", "apply.completed", "apply.carried_forward", "review.total",
           "litigation.total", "complaint.total", "fees.amount", "interpretation.total", "active.total",
           "active.cumulative")


def _settle(facts: list[Fact]) -> list[Fact]:
    """One figure per scalar metric, the first the text states, and no figure twice.

    Counts are read before statements of none, and a statement of none is only taken for a metric no
    count gave, so "first" prefers what the report counts over what it says in words.
    """
    out: list[Fact] = []
    chosen: dict[str, Fact] = {}
    for f in facts:
        if f.metric in _SCALAR:
            chosen.setdefault(f.metric, f)
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
