"""Breakdown lists: the items after 其中 / 包括 / 分别为 that divide a figure.

    主动公开政府信息255条,其中,工作动态56条、通知公告26条,…,微信公众平台103条。
    共发布2483条,其中网站(含转发)319条,微信(含转发)851条、微博(含转发)2348条。
    在主动公开的信息中,工作动态信息5条,财政预决算信息19条,…

An item is the words between the previous item (its count, gloss and share: 占74%) and its own
count, cut at the last , ; : (not at 、, which labels hold: 政策、规范性文件类信息). A list runs to the
end of its sentence; it goes on into the next sentence only when that sentence opens with an item of
the same shape (通知公告类46条 after …97条(基层动态)。). It stops at a clause that is another kind of
figure (制作政策解读21个, 受理申请 N 件). A list that ends in 等 is open-ended. An item followed by
(含 …) or 其中 opens a nested list that divides the item. A list that names an item without a count
(规划计划类信息,占9%;) or is cut off by the end of the text is open-ended as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from extract.clauses import TextView
from extract.numbers import Number

ITEM_UNITS = frozenset({"条", "件", "篇", "份", "个", "宗", "项", "期", "次", "则", "张"})
# the words that present a list right after the figure it divides
LEAD = regex.compile(r"\s*(?:\([^()]{0,30}\))?(?:[,;]\s*(?:同比|比上年|较上年|较去年|比去年|与上年相比)[^,;:。]{0,14})?"
                  r"(?:[,;。]\s*全文电子化率?(?:达到|达|为)?\d+(?:\.\d+)?%)?[,;:。\s]*[\(]?(?P<lead>其中(?:主要)?(?:包括|包含|有)?|具体(?:分类)?(?:情况)?(?:包括|为|如下)|分类(?:情况)?(?:如下|为)|主要(?:包括|有)|"
                     r"(?:内容|主要)?涵盖|包括|分别为|分别是|含)[,:;\s]*(?:以下(?:几个)?(?:方面|内容|类别|几类)[,:;\s]*)?")
# a clause that presents a list of the total without a count: 在主动公开的信息中, 主要类别有:
LEAD_CLAUSE = regex.compile(r"(?:在[^,;。]{0,40}?(?:公开|发布)的[^,;。]{0,12}?(?:信息|文件)中"
                            r"|(?:主要)?类别(?:情况)?(?:有|为|包括|如下)?|主要(?:包括|有)|^按[^,;:。]{0,10}?分(?:类)?"
                            r"|^从[^,;:。]{0,10}?(?:来看|看)"
                            # 主动公开的政府信息按类别划分为: the information published, divided by kind
                            r"|(?:公开|发布)的?(?:政府|政务)?信息按[^,;:。]{0,8}?(?:划分|分)为"
                            # 主动公开的政府信息分别为: the information published, kind by kind
                            r"|(?:公开|发布)的(?:政府|政务)?信息(?:分别为|主要为|包括))\s*[,:。\n]?\s*$")
_HEADLINE_VERB = regex.compile(r"主动公开|发布|公布|上传|推送|公开(?:政府)?信息")
# words before 公开信息 that make it the name of a kind (民生领域公开信息, 业务公开信息)
KIND_BEFORE_PUBLISHING = r"领域|类|方面|财务|业务|党务|村务"
# 应主动公开的其他信息 / 法定主动公开内容 name a kind (what ought to be published), no verb of publishing
_SHOULD_BE = regex.compile(r"(?:应(?:当|予|该)?|法定)(?:主动)?(?:公开|发布|公布)的?"  # 法定主动公开信息: a kind
                        # inside a list 政务公开信息 is one more kind
                        rf"|(?<={KIND_BEFORE_PUBLISHING}|政务)(?:主动)?公开(?=信息|内容)"
                        r"|(?:主动)?公开(?=事项目录|目录|指南|年报|年度报告|工作年度报告)"  # 主动公开事项目录: a document
                        # an item of a list that is the words alone (…、政务动态信息200条、主动公开信息28条)
                        r"|(?<=^\s?、\s?)主动公开(?=(?:政府|政务)?信息$)")
# the words that say a count is the sum of those before it, in so many words (a bare 共 is no such word)
EXPLICIT_SUM = r"(?:合计|共计|总计)"
# a sum closing the counts before it (…,通过公开栏公开30期,合计230条; …,其他信息7条,合计124条)
CLOSING_SUM = regex.compile(r"[,、;。\s]*(?:以上|上述)?(?:[两二三四五六七八九十\d]+(?:项|种|类|个)(?:渠道|平台|方式|载体|信息)?)?"
                         r"(?:(?:各类)?信息)?(?:全年|本年度?)?"  # 以上各类信息全年合计812条
                         r"(?:合计|共计|总计|累计|共)(?:共)?(?:为|达|达到)?")  # 合计共221条  # 三种渠道合计519条
# taken up by others (被市级以上媒体采用45条): no part of what the body published
_TAKEN_UP_BY_OTHERS = r"被[^,;:。\d]{0,14}?(?:采用|采纳|录用|转载|刊用|刊发)"
_STOP_WORD = regex.compile(r"制作|召开|举办|开展|推进|任务(?!分解)|受理|收到|办结|答复|申请|复议|诉讼|访问量|点击|阅读|总计|合计|共计"
                        rf"|{_TAKEN_UP_BY_OTHERS}")
_LEAD_WORDS = regex.compile(r"(?:具体包括|主要包括|内容涵盖|主要涉及|其中|包括|包含|涵盖|涉及|属于|分别为|分别是|以及|及时|另有|还有|此外|"
                            # the way the list divides, said before its first label (按照类别分为…, 主要是…)
                            r"(?:按照?|依照|根据)(?:公开)?(?:信息)?(?:的)?(?:类别|类型|内容|性质|栏目)(?:可)?(?:划)?分为|(?:可)?(?:划)?分为|"
                            r"主要是|主要为|主要有|主要通过|主要依托|主要利用|"
                            r"及|和|与|另|占|还|共|[一二三四五六七八九十]是|"
                            r"\d{1,2}[、.)](?!\d)|\([一二三四五六七八九十\d]{1,2}\)|[\s、,:;()•·●○■□◆◇▪►▶\-*])+")
_TRAIL_WORDS = regex.compile(r"(?:共计|共有|共|合计|为|达到|达|有|约|近|各|的|占(?:比)?(?:为)?\d+(?:\.\d+)?%|\(|\s)+$")
_VERB_OBJECT = regex.compile(r"(?:累计|共计|共)?(?:主动)?(?:公开|发布|公布)(?:了)?(?:各类)?(?:政府|政务)?信息(?:数|数量)?$|主动(?:公开|发布)$"
                          # a channel and the verb of what it did (公开栏张贴48期, 显示屏播放30次)
                          r"|(?<=栏|号|网站|网|平台|屏|专栏|专区|微博|子站)(?:发布|公开|公示|公布|张贴|推送|更新|播放|播出|刊登|刊发)$")
_LEADING_GLOSS = regex.compile(r"(?:\s*\([^()]*\)|\s*占[^,;、()]{0,16}?%|[\s、—–])+")  # also a line's leading dash
# a verb opening the first label (其中公开年度重点工作…20条), not a channel or column named after it (公开栏)
_ACTIVE_VERB_START = regex.compile(r"(?:主动(?:公开|发布)|公开|发布|公布)(?:了)?(?!栏|目录|事项目录|网|平台|专栏|专区|指南|年报|年度报告|版)")
# a sum said to run over all the years (历年累计, 自…以来累计, 到目前累计)
SUM_OVER_THE_YEARS = regex.compile(r"(?:历年|到目前|至今|目前|以来|迄今)[^,]{0,8}累计|历年")
# said of all the years, not of this one (历年…, 自2008年以来): what such a sentence lists is no breakdown of the year
ALL_YEARS = regex.compile(r"历年|(?:自|从)\d{4}年(?!1月|一月|初|年初)[^,;:。]{0,6}?(?:以来|至今)")
# words that name a channel (where, not what, was published)
CHANNEL_WORD = regex.compile(r"https?://|www\.|两微一端|两微一网|一网两微|网站|官网|门户|平台|政府在线|管理系统|子站|页面|网页|公开大厅|信息公开目录|政府公报|政报|公众号|微信|微博|专栏|栏目|公告栏|宣传栏|专区|显示屏|电子屏|广播|电视|公开栏|公示栏|客户端|APP|抖音|头条|视频号|线上|网上|新媒体|新闻媒体|日报|晚报|报纸|报刊|政务网|目录系统|公开系统|(?:人民|百家|企鹅|澎湃|快手|大鱼|搜狐|网易)号|网》?$|^(?:其他|其它)(?:形式|方式|渠道|途径|载体)$"
                          r"|《[^《》]{1,12}(?:报|刊|公报|政报|简报|信息)》")  # a paper or gazette: 在《某某日报》刊登
_CHANNEL_PREFIX = regex.compile(r"^(?:通过|在|利用|依托|运用)")
# the verb after a channel, with the generic object it published (抖音发布作品189条: the channel is the label)
_CHANNEL_VERB = regex.compile(r"(?:上)?(?:共)?(?:主动)?(?:公开|发布|推送|刊发|刊登|登载)(?:了)?"
                              r"(?:各类)?(?:政务信息|政府信息|信息|文章|稿件|作品|图文|视频|推文)?$")
_TITLE = regex.compile(r"^.*[》」]")
_ONLY_PUBLISHED = regex.compile(r"(?:上)?(?:共)?(?:主动)?(?:公开|发布|刊登|刊发|登载)(?:了)?(?:信息|政府信息)?")
_VERB_START = regex.compile(r"解读|制作|印发|回应|办理|编制|开展|发放")
_CATEGORY_END = regex.compile(r"(?:类|信息|公告|动态|文件|公示|通知)$")
# a change against last year glossing the item before it (106条,同比增加29条): no item of its own
_COMPARISON = regex.compile(r"^[,;、\s]*(?:同比|比上年|较上年|较去年|比去年|与上年相比|与去年相比)[^,;:。]{0,6}$"
                            r"|^[,;、\s]*(?:增量|增加|增长|减少|下降)$")
_GAP_SPLIT = regex.compile(r"[,;、。:]")
_NEW_STATEMENT = regex.compile(r"全年|本年|今年|年内|\d{4}年|此外|另外|同时|还|编发|编印|印发|刊发|制作|发放|张贴"
                            r"|办理|接听|接待|接受|处理|受理|走访")  # …公开栏公布16条;办理市长热线交办件40余件: other work
# an item of a list stated as none, between counted items: ;无行政职责类信息;
_NONE_ITEM = regex.compile(r"(?:^|(?<=[,;、:]))\s*无(?P<label>[^,;、:。\d无]{2,20}?(?:类信息|类|信息))\s*[,;、]")
_COLON_BEFORE = regex.compile(r"[:：]\s*[\(（]?\s*$")
_GLOSS = regex.compile(r"\([^()]*\)")


_SPACES = regex.compile(r"\s+")
_QUOTED = regex.compile(r"“[^”]{0,20}”|\"[^\"]{0,20}\"|「[^」]{0,20}」")
_CLAUSE_MARK = regex.compile(r"[,;:。]")
_HAN = regex.compile(r"\p{Han}")

@dataclass(slots=True)
class Item:
    label: str
    label_start: int
    count: Number
    sub: BreakdownList | None = None


@dataclass(slots=True)
class BreakdownList:
    lead: str | None
    items: list[Item] = field(default_factory=list)
    open_ended: bool = False
    end: int = 0
    rule: str | None = None  # the family that found the list, when not told by its lead


# the verb of publishing said again before a class (主动公开工作动态类40件)
_VERB_THEN_A_CLASS = regex.compile(r"(?:主动)?(?:公开|发布|公布)(?:了)?\p{Han}{2,12}?类")
_BARE_INFO = regex.compile(r"(?:政府|政务)?(?:信息|内容)")


def clean_label(view: TextView, start: int, end: int) -> tuple[str, int]:
    """The printed label between start and end, without connectives, verbs and fillers."""
    s = view.mt[start:end]
    cut = max(s.rfind(ch) for ch in ",;:。\n")
    left, right = cut + 1, len(s)
    m = _TITLE.match(s[left:])
    if m and s.find("《", left) < left + m.end() and left + m.end() < right \
            and not _ONLY_PUBLISHED.fullmatch(s, left + m.end(), right):  # 通过《某报》公开15条: the paper is the label
        left += m.end()
    m = _LEADING_GLOSS.match(s, left)
    if m and m.end() < right:
        left = m.end()
    m = _LEAD_WORDS.match(s, left)
    if m:
        left = m.end()
    m = _ACTIVE_VERB_START.match(s, left)
    if m and right - m.end() >= 2 and not _BARE_INFO.fullmatch(s, m.end(), right):
        left = m.end()  # (主动公开信息20条 keeps its verb: 信息 alone names nothing)
    core = s[left:right]
    for pattern in (_TRAIL_WORDS, _VERB_OBJECT, _TRAIL_WORDS):
        m = pattern.search(core)
        if m and m.start() > 0 and not (pattern is _VERB_OBJECT and (core[m.start() - 1] in "应可需须要" or core[
                :m.start()].endswith(("法定", "领域", "类", "方面", "业务", "政务", "财务", "党务", "村务")))):
            core = core[:m.start()]  # 其他应主动公开政府信息 keeps its verb: it names a category
    if core.endswith("信息公开") and len(core) > 4:
        core = core[:-2]
    m = _CHANNEL_PREFIX.match(core)
    if m and len(core) > m.end():
        left += m.end()
        core = _CHANNEL_VERB.sub("", core[m.end():]) or core[m.end():]
    elif CHANNEL_WORD.search(core) and _CHANNEL_VERB.search(core):
        core = _CHANNEL_VERB.sub("", core) or core
    if _ONLY_PUBLISHED_WORDS.fullmatch(core) and cut > 0:
        # 应急管理方面,公开了12条信息 / 加强监督检查,公开了29条: the kind is named in the clause before
        before = s[:cut]
        a = max(before.rfind(ch) for ch in ",;:。\n") + 1
        m = _WORK_VERB_START.match(before, a)
        a = m.end() if m else a
        words = _ASPECT_END.sub("", before[a:])
        if 2 <= len(words) <= 20 and _ALL_HAN.fullmatch(words) and not view.counts_between(start + a, start + cut):
            return _SPACES.sub("", view.text[start + a:start + a + len(words)]), start + a
    right = left + len(core)
    label = _SPACES.sub("", view.text[start + left:start + right])
    return label, start + left


# a clause that only publishes (公开了, 发布) and the words around the kind named in the clause before it
_ONLY_PUBLISHED_WORDS = regex.compile(r"(?:共|累计|主动|及时)*(?:公开|发布|公布|推送|更新)(?:了)?(?:相关)?")
_WORK_VERB_START = regex.compile(r"(?:在|加强|强化|做好|抓好|推进|深化|围绕|聚焦|针对)")
_ASPECT_END = regex.compile(r"(?:方面|领域|工作)$")
_ALL_HAN = regex.compile(r"\p{Han}+")


def find_lead(view: TextView, pos: int) -> tuple[str, int] | None:
    """The introducer of a list right after a figure ending at `pos`: (words, where items start)."""
    described = _DESCRIBED_THEN_AMONG.match(view.mt, pos)
    if described:  # …127条,内容主要包括项目备案、行政执法等方面。其中…: the kinds described, then counted
        return described.group("lead"), described.end()
    m = LEAD.match(view.mt, pos)
    if not m or m.end() - pos > 40:
        return None
    return m.group("lead"), m.end()


# what the figure holds described without counts (内容主要包括…等方面), then the list of it opened by 其中
_DESCRIBED_THEN_AMONG = regex.compile(r"[,;]\s*(?:其)?(?:内容|信息内容)?(?:主要)?(?:包括|涉及|涵盖)[^\d。;]{2,80}?等"
                                      r"[^\d。;,]{0,8}[。;]\s*(?P<lead>其中)[,:;\s]*")


def read_list(view: TextView, pos: int, lead: str | None, closing: str | None = None,
              consumed: set[int] | None = None, first: Item | None = None,
              units: frozenset[str] = ITEM_UNITS) -> BreakdownList:
    """Items from `pos` on. `closing` is ")" for a list inside brackets."""
    if first is None and consumed is not None:
        counted_first = _counts_first_after_a_verb(view, pos, consumed)
        if counted_first is not None:  # 其中,发布236条工作动态、58条通知公告
            counted_first.lead = lead
            consumed.update(i.count.start for i in counted_first.items)
            return counted_first
    out = BreakdownList(lead=lead, end=pos)
    if first is not None:
        out.items.append(first)
    limit = view.sentence_end(pos)
    if closing:
        close = view.mt.find(closing, pos)
        if close != -1:
            limit = min(close, limit) if view.mt[pos:close].count("(") == 0 else limit
    first_has_verb = bool(first and _HEADLINE_VERB.search(view.mt[first.label_start:first.count.start]))
    p = pos
    continued = False
    if first is not None:
        p, stop = _nested(view, first, first.count.end, consumed, out)
        if stop:
            out.end = p
            return out
    by_lines = False
    while True:
        nxt = view.next_count(p, units)
        if nxt is None or consumed is not None and nxt.start in consumed:
            break  # a count another reading took (网站、公众号分别…120条、80条) is no item of this list
        if nxt.start >= limit and not closing and limit < len(view.mt) and view.mt[limit] == "\n" \
                and (out.items or lead) and _item_line(view, limit + 1, nxt):
            by_lines = True  # 其中:⏎工作动态56条⏎通知公告34条: one item a line
            line_end = view.mt.find("\n", nxt.end)
            limit = len(view.mt) if line_end == -1 else line_end
        elif nxt.start >= limit:
            # one more sentence, when it opens with an item of the same shape
            if closing or continued or limit >= len(view.mt) or view.mt[limit] == "\n":
                break
            gap_end = view.clause_end(limit + 1)
            if nxt.start > gap_end or nxt.start - limit > 40:
                break
            opening = view.mt[limit + 1:nxt.start]
            shape = bool(_HEADLINE_VERB.search(opening))
            if shape != first_has_verb or not out.items or _CHANNEL_PREFIX.match(opening):
                break
            if not shape and (not _CATEGORY_END.search(opening) or _VERB_START.match(opening)):
                break  # only a bare category name carries a list over
            if shape and not CHANNEL_WORD.search(opening):
                break  # …政务新媒体发布6915条。发布政策解读37篇: only another channel carries a list of channels over
            continued = True
            limit = view.sentence_end(nxt.start)
        for none in _NONE_ITEM.finditer(view.mt, p, nxt.start):  # 无机构职能类信息; an item stated as none
            zero = Number(0, nxt.unit, False, none.start(), none.start("label"), "无")
            out.items.append(Item(_SPACES.sub("", view.text[none.start("label"):none.end("label")]),
                                  none.start("label"), zero))
            p = none.end()
        region = view.mt[p:nxt.start]
        label, label_start = clean_label(view, p, nxt.start)
        colon = _COLON_BEFORE.search(region)
        if not label and colon:  # 政策文件:3件 — the label stands before the colon
            label, label_start = clean_label(view, p, p + colon.start())
            region = region[:colon.start()]
        raw = _QUOTED.sub("", view.mt[label_start:nxt.start])  # a brand name (“柏源发布”) is no verb
        if view.mt.startswith(("类别", "类", "大类", "方面", "种"), nxt.end):
            break  # 帮助指南等5个类别: a count of kinds, not of items
        if view.mt[nxt.start - 1:nxt.start] == "各":
            out.open_ended = True  # 各46条: so many each, the list's sum is not known
            break
        if out.items and _COMPARISON.match(view.mt[p:nxt.start]):
            p = nxt.end
            continue
        # the examples before 等 describe the kind after it (农机补贴申请流程、…等各类通知公告共20条): an application
        # named among them does not end the list
        cut = raw.rfind("等")
        named = raw[cut + 1:] if cut >= 0 and raw[cut + 1:].strip() \
            and all(m.group() == "申请" for m in _STOP_WORD.finditer(raw, 0, cut)) else raw
        if not label or len(label) > 60 or _stops(named):
            break
        if out.items and ";" in region and _NEW_STATEMENT.match(raw.lstrip("、,;")):
            break  # …3113条;全年公开政府文件27条: a statement of its own, not the list's next item
        if not out.items and _CLAUSE_MARK.search(region):
            break  # the first item opens the list
        # the verb may stand before the label's first word (主动公开政府信息135条): look at the whole clause
        said = _QUOTED.sub("", view.mt[max(p, view.clause_start(nxt.start)):nxt.start])
        has_verb = bool(_HEADLINE_VERB.search(_SHOULD_BE.sub("", said)))
        if out.items and has_verb and not first_has_verb and not raw.lstrip("、,;").startswith("其他") \
                and not _VERB_THEN_A_CLASS.fullmatch(said.strip("、,; ")):
            break  # (…,主动公开政策文件类3件: the verb said again before a class of the list, one more item)
        if not out.items:
            first_has_verb = has_verb
        if "\n" in region and not continued and not by_lines:
            break
        if out.items and _uncounted(view.mt[p:label_start]):
            out.open_ended = True  # an item named without a count lies in between
        if nxt.unit in ("期", "次"):
            items = items_after(view, nxt, units)  # 发送文章360余次、2500余篇: the items are the count
            if items is not None:
                if consumed is not None:
                    consumed.add(nxt.start)
                nxt = items
        item = Item(label, label_start, nxt)
        out.items.append(item)
        if consumed is not None:
            consumed.add(nxt.start)
        p = nxt.end
        p, stop = _nested(view, item, p, consumed, out)
        if stop:
            break
        tail = view.mt[p:p + 2]
        if tail.startswith("等"):
            out.open_ended = True
            p += 1
            break
    out.end = p
    if limit >= len(view.mt) and not closing:
        out.open_ended = True  # the text is cut inside the list
    return out


_SUM_WORD = regex.compile(r"总计|合计|共计")


def _stops(raw: str) -> bool:
    """True when the words before a count end the list: another kind of figure (受理申请), or a sum on
    its own (、合计230条). A sum word after a label of its own (财政资金信息共计65条) is the item's."""
    for m in _STOP_WORD.finditer(raw):
        named_before = len(_HAN.findall(raw[:m.start()])) >= 2
        if _SUM_WORD.fullmatch(m.group()) and named_before:
            continue
        if _WORK_VERB.fullmatch(m.group()) and named_before and not raw[m.end():].strip():
            continue  # 专项活动开展2条: the verb closes the name of a kind of item
        return True
    return False


_WORK_VERB = regex.compile(r"开展|推进|制作")


# what may open a line of a list: a number, a bracketed or Chinese numeral, a bullet or a dash (——局网站:96条)
LINE_ENUMERATOR = r"(?:\d{1,2}[.、)]|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]{1,3}[)）、.]|[•·\-*]|—{1,2}|–)"
# the number opening an item of a list (1. / (1) / 一、 / (一); a circled ① is read as (1) by the normaliser)
ITEM_NUMBER = r"(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\))"
# a part of the year a count may be given for (第一季度, 二季度, 1月, 上半年)
PART_OF_THE_YEAR = (r"(?:第?[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:至|到|-|—|~)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
                    r"|[一二三四五六七八九十]{1,3}月份?|\d{1,2}月份?|上半年|下半年)")  # 1至6月: a span of months
_LINE_LABEL = regex.compile(rf"[ \t]*{LINE_ENUMERATOR}?[ \t]*"
                           r"[^\n,;:。\d]{2,30}?[ \t]*[:：]?[ \t]*[(（]?[ \t]*")


# a line opened by an item's number (1. / (1) / 一、 / (一))
_NUMBERED_LINE = regex.compile(rf"\s*{ITEM_NUMBER}")


def _item_line(view: TextView, start: int, count: Number) -> bool:
    """True when the line from `start` holds a label and `count` and nothing else of note."""
    if not _LINE_LABEL.fullmatch(view.mt, start, count.start):
        return False
    before = view.mt.rfind("\n", 0, max(0, start - 1)) + 1
    if _NUMBERED_LINE.match(view.mt, before) and not _NUMBERED_LINE.match(view.mt, start):
        return False  # 1.政策文件:27条;⏎…⏎6.其他:20条。⏎另撰写政策解读2篇: numbered items end at the first line without
    end = view.mt.find("\n", count.end)
    rest = view.mt[count.end:len(view.mt) if end == -1 else end].strip()
    return len(rest) <= 12 and not view.counts_between(count.end, len(view.mt) if end == -1 else end)


def _nested(view: TextView, item: Item, p: int, consumed: set[int] | None, out: BreakdownList) -> tuple[int, bool]:
    """A nested list right after an item: 13件(含新制定5件,…) or 72条,其中包括 …; (where to go on, stop)."""
    sub_lead = LEAD.match(view.mt, p)
    if not sub_lead or sub_lead.end() - p > 12:
        return p, False
    inside = "(" in view.mt[p:sub_lead.end()]
    item.sub = read_list(view, sub_lead.end(), sub_lead.group("lead"), ")" if inside else None, consumed)
    if not item.sub.items:
        item.sub = None
        close = view.mt.find(")", p) if inside else -1
        if close != -1 and close - p <= 40 and "(" not in view.mt[sub_lead.end():close]:
            return close + 1, False  # 政策解读2条(其中包括1条文稿解读,1条图文解读): a gloss we cannot read, passed over
        return p, False
    p = item.sub.end
    if inside:
        close = view.mt.find(")", p)
        return (close + 1 if close != -1 and close - p < 5 else p), False
    out.open_ended = out.open_ended or item.sub.open_ended
    return p, True


def _uncounted(gap: str) -> bool:
    """True when the words between two items name a further item without a count."""
    for segment in _GAP_SPLIT.split(_GLOSS.sub("", gap))[:-1]:
        if segment.startswith("占") or "%" in segment or segment.startswith("等"):
            continue
        if len(_HAN.findall(segment)) >= 2:
            return True
    return False


# items counted right after a count of issues or times (推送信息174期603条): the items are the count
# the items right after a count of issues or pushes (174期603条, 发送文章360余次、2500余篇)
ITEMS_RIGHT_AFTER = regex.compile(r"\s*、?\s*\d+(?:余|多)?\s*[条篇件]")
def items_after(view: TextView, c: Number, units: frozenset[str] = ITEM_UNITS) -> Number | None:
    """The count of items a count of issues (期/次) stands for: printed right after it (174期603条) or counted
    in the next clause (…公开栏12期,公开信息96条; 共发行《某某政报》12期,发布政府信息662条), if any."""
    if c.unit not in ("期", "次"):
        return None
    if ITEMS_RIGHT_AFTER.match(view.mt, c.end):
        return view.next_count(c.end, units)
    m = ITEMS_IN_THE_NEXT_CLAUSE.match(view.mt, c.end)
    nxt = view.next_count(m.end(), units) if m else None
    return nxt if nxt is not None and nxt.start == m.end() else None


def items_follow(view: TextView, c: Number) -> bool:
    """A count of issues whose items are counted right after it or in the next clause: the items are the count."""
    return items_after(view, c) is not None


# the items of a channel's issues, in the clause right after them (…公开栏12期,公开信息96条)
ITEMS_IN_THE_NEXT_CLAUSE = regex.compile(r"\s*[,，]\s*(?:共|累计)?(?:公开|发布|张贴|公示|刊登|刊发|刊载|登载)(?:了)?(?:各类)?"
                                         r"(?:政府|政务)?(?:信息|内容|事项)(?:共|共计)?")

# the count before its label: 其中56条为工作动态,34条为通知公告; or with no verb, after a lead of its own
# (在主动公开的信息中,有2条文件信息,19条政务信息,1条办事指南)
_LABEL_AFTER = regex.compile(r"(?:为|是|属于|系)(?P<label>[^,;:。、\d()]{2,20}?)(?:类|的)?(?=[,;、。\n]|$)")
# a label ends at a mark, or at 和/及 before the last count (12条通知公告和4条财政信息)
_LABEL_RIGHT_AFTER = regex.compile(r"(?P<label>[^,;:。、\d()为是]{2,20}?)(?=[,;、。\n]|(?:和|及|以及)\s*\d|$)")
_COUNT_FIRST_GAP = regex.compile(r"(?:类|的)?[,;、\s]*(?:其中|另有|还有|及|和)?(?:发布|公示|公开|公布|推送|张贴|更新|编发)?(?:了)?")
# what may stand before the first count of a list whose labels follow their counts with no verb
_COUNT_FIRST_OPENING = regex.compile(r"(?:^|[,:;\n])\s*(?:其中)?[,\s]*(?:共有|有|包括|分别为|分别是|(?:内容)?(?:涵盖|包含))?\s*[:]?\s*$")
# or a verb of publishing right before the first count, its object the kinds counted (共发布56条工作动态、12条通知公告)
_PUBLISHING_VERB = r"(?:公开|发布|公布|推送|更新|编发|刊发)"
COUNT_FIRST_VERB = regex.compile(rf"{_PUBLISHING_VERB}(?:了)?(?:共|共计|合计)?\s*$")
# the object of a headline, not a kind (发布56条信息)
_GENERIC_OBJECT = regex.compile(r"(?:各类)?(?:政府|政务)?(?:信息|消息|内容)")
# words of other figures: such a "label" is no kind of published item
NOT_A_KIND = regex.compile(r"受理|收到|办结|答复|申请|复议|诉讼|访问|点击|浏览|阅读|会议|培训|召开|举办|开展|接待|咨询|"
                          r"同比|比上年|较上年|比去年|较去年|(?:比|较)\d{4}年|^(?:多|少|增加|减少|增长|下降)$|"
                          rf"回应|建议|提案|人次|万元|{_TAKEN_UP_BY_OTHERS}")


# the words between a list's lead and its first count: a verb of publishing and nothing else
_ONLY_A_VERB = regex.compile(rf"[\s,:]*(?:分别|共|还|另)?{_PUBLISHING_VERB}(?:了)?(?:共|共计)?\s*")


def _counts_first_after_a_verb(view: TextView, pos: int, consumed: set[int]) -> BreakdownList | None:
    """A list whose counts come before their kinds, right after a verb of publishing at `pos`."""
    m = _ONLY_A_VERB.match(view.mt, pos)
    c = view.next_count(pos, ITEM_UNITS) if m else None
    if c is None or c.start != m.end() or c.start in consumed:
        return None
    return count_first_list(view, c, consumed)


def count_first_list(view: TextView, c: Number, taken: set[int]) -> BreakdownList | None:
    """Items whose counts come before their labels, from the count `c` on; None unless two or more."""
    items: list[Item] = []
    count: Number | None = c
    end = view.sentence_end(c.start)
    opening = max(0, view.clause_start(c.start) - 1)
    led_by_verb = COUNT_FIRST_VERB.search(view.mt, opening, c.start) is not None
    bare = led_by_verb or _COUNT_FIRST_OPENING.search(view.mt, opening, c.start) is not None
    pattern = _LABEL_AFTER if _LABEL_AFTER.match(view.mt, c.end) or not bare else _LABEL_RIGHT_AFTER
    while count is not None and count.start < end and count.start not in taken and count.unit in ITEM_UNITS:
        m = pattern.match(view.mt, count.end)
        if m is None or NOT_A_KIND.search(m.group("label")):
            break
        items.append(Item(_SPACES.sub("", view.text[m.start("label"):m.end("label")]), m.start("label"), count))
        following = view.counts_between(m.end(), end)
        count = following[0] if following and _COUNT_FIRST_GAP.fullmatch(view.mt, m.end(), following[0].start) else None
    if len(items) < 2 or led_by_verb and _GENERIC_OBJECT.fullmatch(items[0].label):
        return None
    return BreakdownList(lead=None, items=items, end=items[-1].count.end, rule="list.count_first")
