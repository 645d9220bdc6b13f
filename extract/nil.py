"""Statements of none: a figure the report gives as 0 in words.

    本年度无依申请公开政府信息情况            apply.received 0
    未发生一例…行政复议、诉讼和申诉情况      review 0, litigation 0, complaint 0
    本年度无公开的收费及减免情况 / 暂不收费  fees 0
    因未发生政府信息公开申请,故不存在政府信息答复处理情况   apply.completed 0
    无结转下一年继续办理信件                  apply.carried_forward 0
    上年无结转                                apply.carried_over 0
    本年度无政策解读                          interpretation.total 0

Each rule reads one clause, needs a negation before the words that name the metric, and stays away
from statements that only deny an outcome (未发生…败诉, 未被…纠错) or talk about costs
(费用支出), which are no count of cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

_NEG_EVENT = (r"(?:未发生|没有发生|未有|没有|无|未收到|未接到|没有收到|没有接到|尚未收到|尚无|未出现|未产生|没有产生|不存在|"
              r"未曾发生|未被|未提起|均未|从未|未因|未引起|未引发|没有引起|没有引发)")
_CASES = regex.compile(rf"{_NEG_EVENT}[^,;:。\n]{{0,40}}?(?P<what>复议|诉讼|起诉|申诉|投诉|举报)"
                    # 未受理涉及政务公开的行政复议: none brought before the body, said of disclosure (未受理行政复议类业务
                    # alone may be of any case the body hears)
                    r"|(?:未受理|没有受理|未接受|未办理)[^,;:。\n]{0,30}?(?:公开|政府信息)[^,;:。\n]{0,20}?(?P<what>复议|诉讼|起诉|申诉|投诉|举报)")
_ALL_ZERO = regex.compile(r"(?P<what>复议|诉讼|申诉)[^,;:。\n]{0,20}?(?:均|都|皆)?(?:为|是)(?:0|零|〇)(?:件|起|个)?(?![\d.])"
                       r"|零(?P<what>复议|诉讼)(?=[、,和及与]零)"  # 零复议、零诉讼: both said (零投诉 alone is a slogan of service)
                       r"|(?P<what>复议|诉讼|申诉)(?:案件|情况)?(?:均|都|皆|尚|暂|仍)?无(?:发生|出现)?$"  # …均无发生
                       r"|(?P<what>复议|诉讼|申诉)(?:案件|情况)?(?:均|都|皆)(?:未|没有)(?:发生|出现)")  # 行政复议和行政诉讼均未发生  # 行政诉讼无: the case word, then none
CASE_WORDS = regex.compile(r"(?<!行政)复议|行政复议|(?<!行政)诉讼|行政诉讼|(?<!提)起诉|申诉|投诉|举报")
_NOT_A_COUNT = regex.compile(r"败诉|纠错|纠正|撤销|费用|经费|支出|电话|渠道|制度|机制|途径|方式")
_APPLICATIONS = regex.compile(r"(?:未|没有|尚未|并未|均未|无)(?:新)?(?:收到|接到|接获|接收到|接收|接受|受理|发生|出现|产生|有|收)[^,;:。\n]{0,50}?申请"
                              r"|(?:依申请(?:公开)?(?:政府信息)?|(?:政府)?信息公开申请)(?:办理)?(?:事项|件|申请)?(?:数量|总数|数|情况)?(?:为|是)(?:零|0)(?![\d.])"
                              r"|(?:实现|为)零申请"
                              r"|(?:没有|无|未有)(?:人)?申请公开(?:的|政府信息)"  # 全年没有申请公开的  # 依申请公开实现零申请
                              r"|无(?:涉及|发生|产生)?(?:的)?(?:政府信息|信息)?依申请"
                              r"|(?:没有|未有|未发生|未涉及|没有涉及|不存在|未)(?:任何)?(?:的)?依申请公开"
                              r"|(?:未|没有|尚未)(?:收到|接到|受理)(?:任何)?(?:政府)?信息公开(?:类|型)?(?:案件|事项)"
                              r"|无(?:新增|新收|新)?(?:任何)?(?:政府信息公开|信息公开)?申请(?!人)"
                              # 没有公民、法人和其他组织申请公开政府信息, 尚无…提出政府信息公开申请, 没有人向我镇申请公开政府信息: nobody applied
                              r"|(?:无|没有|未有|尚无)(?:单位|个人|公民|法人|组织|群众|任何人|申请人|人)[^,;:。\n]{0,24}?"
                              r"(?:申请(?:公开)?(?:政府)?信息(?:公开)?|提出(?:政府)?信息公开申请)"
                              r"|(?:收到|受理|新收)(?:的)?(?:政府信息公开|信息公开|依申请公开)?申请(?:数|数量|量)?(?:为)?(?:零|0)(?!\d)"
                              r"|(?<!依)申请公开(?:政府)?信息(?:的)?(?:数量|件数|数)(?:为|是)(?:零|0)(?![\d.])")  # 申请公开政府信息的数量为0
# requests for disclosure named without the word 申请 (未收到群众要求公开政府信息, 未收到…方式提出的相关政府信息公开)
_REQUESTS = regex.compile(r"(?:未|没有|尚未|并未)(?:收到|接到|受理)[^,;:。\n]{0,20}?(?:要求|请求)公开(?:政府)?信息"
                          r"|(?:未|没有|尚未|并未)(?:收到|接到|受理)[^,;:。\n]{0,30}?提出的[^,;:。\n]{0,10}?(?:政府)?信息公开(?:请求|事项)?$")
_COMPLETED = regex.compile(r"(?:不存在|无|没有)[^,;:。\n]{0,12}?(?:答复|办结)(?:处理)?(?:情况|事项)"
                           r"|(?:无|没有|不存在)(?:相关|任何)?(?:的)?申请(?:的)?(?:处理|办理|答复)(?:情况|事项)"
                           r"|(?:未|没有|无)(?:收到|接到|受理)(?:和|及|或)(?:办理|处理|答复)"
                           # 未收到、未办理政府信息公开申请: each negated in turn
                           r"|(?:未|没有|无)(?:收到|接到|受理)[、]?(?:也|亦|并)?(?:未|没有)(?:办理|处理|答复|办结)")
# a clause going on from one that none was received: none answered either (…未接到申请,也未发生答复情况)
_NONE_ANSWERED_EITHER = regex.compile(r"(?:也|亦|并|均|且|故)?(?:未|没有|无|不存在)(?:发生|产生|涉及|进行)?(?:任何)?(?:相关)?(?:的)?"
                                      r"(?:答复|办结|办理|处理)(?:工作|事项|情况|的情况)?")
# received and answered said together, then none of either (收到和办结政府信息公开申请均为零)
_BOTH_NONE = regex.compile(r"(?:收到|受理|接收|接到)(?:和|及|与|、|并)(?:办结|办理|答复|处理)(?:的)?(?:政府信息公开|信息公开|依申请公开)?"
                           r"(?:申请)?(?:事项|件)?(?:数量|数)?(?:均|都)?(?:为|是)(?:零|0|〇)(?:件)?(?![\d.])")
_FEES = regex.compile(r"(?:没有|未|无|不(?!予)|暂不|免于?|免收)[^,;:。\n]{0,30}?(?:收费|收取|处理费|费用)"
                      r"|收费(?:和|及|与)?(?:减免)?(?:情况)?(?:金额)?(?:均)?(?:为|是)?(?:0|零)(?![\d.])|零收费|免费(?:提供|公开|获取)"
                      r"|(?:收取|收)(?:的)?(?:费用|处理费)(?:金额|总额)?(?:均)?(?:为|是)(?:0|零)(?:元)?(?![\d.])")  # 收取费用为零
_FEE_EXCLUDE = regex.compile(r"支出|行政事业性收费|逾期|经费|缴纳")
def _no_fees(text: str) -> bool:
    """True when the clause says no fee was taken (未收取费用, 收取费用为零), not of costs or other charges."""
    return bool(_FEES.search(text)) and not _FEE_EXCLUDE.search(text)


_CLAUSE = regex.compile(r"[^,;:。\n]+")
# the clause after a statement of no cases that only names further cases (提起行政诉讼的情况)
# (also 未受理政府信息公开申请,行政复议和行政诉讼: after a statement of no applications)
_CARRIED_CASES = regex.compile(r"(?:提起|申请|发生|被)?(?:(?:行政复议|行政诉讼|申诉|复议|诉讼)(?:和|及|与|或|、)?)+"
                               r"(?:案件)?(?:的)?(?:情况|案件|事项)?$")
_NONE_AFTER_COLON = regex.compile(r"[:]\s*(?:本年度?|全年|今年)?(?:均|都|皆)?(?:无|没有|零|0)\s*(?=[。;,\n]|$)"
                               # a heading naming the cases, answered by a bare 无 as the whole of its part
                               # (五、因政府信息公开申请行政复议、提起行政诉讼的情况。无。 / …情况\n无。)
                               r"|(?<=情况|方面)(?:[。]|\s*\n)\s*(?:无|没有)[。]?\s*(?=\n|$)")
_NAMES_A_METRIC = regex.compile(r"复议|诉讼|申诉|申请|收费|费用|处理费|收取")
# a clause is looked at only when it holds one of these words
_TRIGGER = regex.compile(r"复议|诉讼|申诉|投诉|举报|申请|答复|办结|办理|费|收取|案件|结转|转结|解读|信息公开|公开政府信息")
# no interpretation published (本年度无政策解读, 未发布政策解读材料), said as the whole clause
_NONE_INTERPRETED = regex.compile(r"(?:\d{4}年度?|本年度?|全年|今年)?(?:我|本)?\p{Han}{0,4}?(?:暂|均|尚)?(?:无|没有|未)(?:发布|开展|出台|制作)?"
                                  r"(?:任何)?(?:的)?政策解读(?:材料|信息|文章|稿件)?(?:情况)?")
# nothing carried into next year (无结转下一年继续办理信件, 无转结下年度继续办理件, 没有结转到2022年的申请)
_NONE_FORWARD = regex.compile(r"(?:无|没有|未有)(?:需要?|需)?(?:结转|转结|顺延)(?:至|到)?(?:下一?年度?|\d{4}年度?)"
                           # 截至年底,无需要结转的申请: none left to carry, the next year unsaid
                           r"|(?:无|没有)(?:需要?|需)(?:结转|转结)的申请"
                           r"|(?:年末|年底|年度末|年终)(?:无|没有)(?:结转|转结)(?![^,;:。]{0,4}?上)"
                           # …均已按时答复,无结转: none left to carry, said right after all were answered
                           r"|(?<=(?:办结|答复|答复完毕|办理完毕|处理完毕|办结完毕)[,，]?)(?:无|没有)(?:结转|转结)(?=[。;,\n]|$)"
                           # 无上年结转和结转下年度的情况: none of either
                           r"|(?:无|没有)[^,;:。]{0,8}?(?:和|及|或|、)(?:结转|转结)(?:至|到)?下一?年度?")
# nothing carried over from last year (上年无结转, 无上年度结转申请)
_NONE_OVER = regex.compile(r"(?:上一?年度?|去年)(?:也|亦|均)?(?:无|没有)(?:结转|转结)|(?:无|没有)(?:上一?年度?|去年|往年)(?:的)?(?:结转|转结)")


@dataclass(slots=True, frozen=True)
class Nil:
    metric: str
    start: int
    end: int


def case_metric(word: str) -> str:
    """The metric of a case word (行政复议, 诉讼, 投诉 …)."""
    if "复议" in word:
        return "review.total"
    if "诉讼" in word or "起诉" in word:
        return "litigation.total"
    return "complaint.total"


def _answered_none(mt: str, start: int, end: int) -> Iterator[Nil]:
    """行政复议:无 / 收费情况:无 — a heading or label answered by a bare 无."""
    for m in _NONE_AFTER_COLON.finditer(mt, start, end):
        a = max(mt.rfind(ch, max(start, m.start() - 40), m.start()) for ch in ",;。\n") + 1
        what = mt[max(a, m.start() - 40):m.start()]
        if not _NAMES_A_METRIC.search(what) or _NOT_A_COUNT.search(what):
            continue
        named = {case_metric(w.group()) for w in CASE_WORDS.finditer(what)}
        if not named and "费" in what:
            named = {"fees.amount"}
        elif not named and "申请" in what:
            named = {"apply.received"}
        for metric in sorted(named):
            yield Nil(metric, max(a, m.start() - 40), m.end())


# a sentence saying none without naming of what, right under the heading of the part on applications, which
# names it (三、依申请公开政府信息情况\n本年度无。/ 2020年,我镇未收到。/ 无此类情况。)
_NONE_UNDER_HEADING = regex.compile(
    r"[ \t]*(?:\d{4}年度?|本年度?|全年|今年|当年)?[,\s]*(?:我(?:镇|乡|街道|街|局|委|办|单位)|本(?:机关|单位|镇|乡|街道|部门))?"
    r"[,\s]*(?:暂|均|尚|也|并)?(?:无|没有|未发生|未收到|未有|没有发生|未接到|没有收到|未产生|未受理|未收取)"
    r"(?:此类|该类|相关|此项|这类|这方面的?|该项)?(?:情况|工作|申请|事项|内容)?(?:发生)?(?=[。\n])")


def none_under_heading(mt: str, heading_start: int, zone: str) -> list[Nil]:
    """None, said with no object in the first sentence under the heading (on its own line) of the part on
    applications (none received), on cases (none of each kind the heading names) or on fees (none charged)."""
    line_end = mt.find("\n", heading_start)
    if line_end < 0 or line_end - heading_start > 40:
        return []
    m = _NONE_UNDER_HEADING.match(mt, line_end + 1)
    if m is None:
        return []
    if zone == "application":
        metrics = ["apply.received"]
    elif zone == "fees":
        metrics = ["fees.amount"]
    else:
        metrics = sorted({case_metric(w.group()) for w in CASE_WORDS.finditer(mt, heading_start, line_end)})
    return [Nil(metric, line_end + 1, m.end()) for metric in metrics]


def find_nils(mt: str, start: int = 0, end: int | None = None,
              clause_start: Callable[[int], int] | None = None) -> Iterator[Nil]:
    """Statements of none in mt[start:end] (simplified-character text), clause by clause.

    `clause_start` (TextView.clause_start) finds where the clause around an offset begins, from bounds
    computed once; without it the clause is found by looking back for its separator.
    """
    end = len(mt) if end is None else end
    yield from _answered_none(mt, start, end)
    seen = -1
    carry_to = -1  # where a clause continuing a statement of no cases would start
    carried_from = ""  # the metric of that statement
    for hit in _TRIGGER.finditer(mt, start, end):
        if hit.start() < seen:
            continue
        if clause_start is not None:
            a = max(start, clause_start(hit.start()))
        else:
            a = max(mt.rfind(ch, start, hit.start()) for ch in ",;:。\n") + 1
            a = max(a, start)
        clause = _CLAUSE.match(mt, a, end)
        if clause is None:
            continue
        text = clause.group()
        b = clause.end()
        seen = b
        if a == carry_to and _CARRIED_CASES.match(text):
            # 未发生因…申请行政复议,提起行政诉讼的情况: the negation goes on over the comma
            for w in CASE_WORDS.finditer(text):
                yield Nil(case_metric(w.group()), a, b)
            continue
        if a == carry_to and carried_from == "apply.received" and _NONE_ANSWERED_EITHER.fullmatch(text):
            yield Nil("apply.completed", a, b)  # 未接到依申请公开的申请,也未发生答复情况
            continue
        carry_to = -1
        if "复议" in text or "诉讼" in text or "起诉" in text or "申诉" in text or "投诉" in text or "举报" in text:
            m = _CASES.search(text) or _ALL_ZERO.search(text)
            if m and not _NOT_A_COUNT.search(text):
                named = {case_metric(w.group()) for w in CASE_WORDS.finditer(text)}
                for metric in sorted(named):
                    yield Nil(metric, a, b)
                if b < end and mt[b] in ",、":
                    carry_to, carried_from = b + 1, "cases"
            applied = _APPLICATIONS.search(text) if "申请" in text else None
            # 未收到…申请公开政府信息以及…举报、投诉: none received, said in the same clause as the cases
            if applied and not CASE_WORDS.search(applied.group()) and "不予" not in applied.group() \
                    and "因" not in applied.group():  # 未发生因依申请公开引发的复议: said of cases only
                yield Nil("apply.received", a, b)
            if m and "收费" in text and _no_fees(text):
                yield Nil("fees.amount", a, b)  # 未发生…收费、行政复议及行政诉讼: the fees named among the cases
            continue
        applied = _APPLICATIONS.search(text) or _REQUESTS.search(text) \
            if "申请" in text or "依申请" in text or "信息公开" in text or "公开政府信息" in text else None
        # what the negation says (not a heading run into the sentence: …和不予公开政府信息的情况2010年未收到申请)
        said = text[applied.start():applied.end()] if applied else ""
        if applied and not _FEE_EXCLUDE.search(text) and "费" not in text and "不予" not in said \
                and "答复" not in said:
            yield Nil("apply.received", a, b)
            if b < end and mt[b] in ",、":
                carry_to, carried_from = b + 1, "apply.received"
        if _BOTH_NONE.search(text):
            if not applied:
                yield Nil("apply.received", a, b)
            yield Nil("apply.completed", a, b)
        elif _COMPLETED.search(text):
            yield Nil("apply.completed", a, b)
        if _NONE_FORWARD.search(mt, a, b):  # (in the text, so that what stands before the clause is seen)
            yield Nil("apply.carried_forward", a, b)
        if _NONE_OVER.search(text):
            yield Nil("apply.carried_over", a, b)
        if "解读" in text and _NONE_INTERPRETED.fullmatch(text):
            yield Nil("interpretation.total", a, b)
        if ("费" in text or "收取" in text) and _no_fees(text):
            yield Nil("fees.amount", a, b)
