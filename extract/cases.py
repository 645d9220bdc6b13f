"""Applications, cases and fees in sentences.

    收到/受理/新收 … 申请 N 件, 依申请公开数为 N 件      apply.received
    办结/答复 N 件, 在办结的 N 件申请中                  apply.completed
    收到申请 N 件,均已按时办结 / 答复率100%             apply.completed N (every one answered, in words)
    上年结转 N 件 / N 件结转下年度, 结转至2022年度 N 件   apply.carried_over / apply.carried_forward
    行政复议 N 件, 有 N 件…的行政复议, 行政诉讼 N 件       review.total / litigation.total
    收到…投诉举报 N 件, 申诉 N 件                         complaint.total
    收取信息处理费 N 元                                  fees.amount (in 元)

Counts of outcomes (予以公开 N 件, 告知性答复, 败诉, 纠错) are no totals; cases count only when the
sentence (or the one before) is about disclosure or they stand in the part on reviews.
"""

from __future__ import annotations

import regex

from extract.breakdown import ITEM_NUMBER, SUM_OVER_THE_YEARS
from extract.builder import FactBuilder
from extract.clauses import TextView
from extract.model import Fact
from extract.numbers import Number

_RECEIVED = regex.compile(r"(?:收到|受理|新收|新增|接到|接收|接受|提交|提出|登记)[^,;:。]{0,40}?(?:申请|办件)[^,;:。\d]{0,10}?(?:数量|数)?(?:为|共|共计)?$"
                          r"|公开申请(?:量|总量|数量|总数|件数)(?:为|共|达)?$"
                          r"|依申请公开(?:申请)?(?:受理)?(?:数量|件数|数)(?:为)?$|(?:收到|受理|新收|接到)(?:了)?$"
                          # applications named by their noun, no verb (网上申请、信函等形式的依申请公开件共7件)
                          r"|(?:依申请公开|申请)件(?:共|共计|为)?$"
                          r"|(?<!不予|依)申请公开(?:政府|政务)?信息(?:共|共计)?$"  # 全年申请公开政府信息10件
                          # those who applied, as a noun (通过网络、信函等渠道申请政府信息公开的共12件)
                          r"|(?<!不予|依)申请(?:政府)?信息公开的(?:共|共计|有)?$"
                          r"|(?<!不予|依)申请公开(?:政府|政务)?信息的(?:共有|共|共计|有)?$")  # 申请公开政府信息的共有3件
_RECEIVED_TAIL = regex.compile(r"^(?:[^,;:。]{0,12}?)(?:申请|信息公开申请)")
_RECEIVED_KIND = regex.compile(r"信息|公开|依申请")
_COMPLETED = regex.compile(r"(?<!同意公开|部分公开|不予公开|予以公开|不予|其他|无法|告知性|告知|未|尚未|仍未|没有)(?:办理结果(?:总计|合计|共计|总数)|办结|答复|办理完毕|办理完成|完成办理|回复办理|答复办理|回复处理|答复处理|答复完成|回复完成|回复|处理完毕|处理完成|办理结束|处理结束)(?:了)?(?:申请)?(?:总数|数量|数)?(?:的有|的共|为)?$"
                           r"|已?处理(?:申请)?(?:情况)?数(?:为)?$|(?:办结|答复)的$")
_CARRIED_OVER = regex.compile(r"(?:上一?年度?|去年|前一年度?)(?:结转|转结|遗留)[^,;:。]{0,16}?(?:数量)?(?:为)?$"
                           r"|(?:加上|连同)(?:上一?年度?|\d{4}年度?)(?:底|末)?(?:结转|未办结)的?$"  # 加上2015年底结转的4件
                           r"|(?:上一?年度?|去年)未办结(?:转入本年度?)?(?:的)?(?:申请)?$"  # 上年未办结转入本年度2件
                           r"|\d{4}年度?结转(?:至|到)本年度?(?:的)?(?:申请)?$"
                          r"|(?:^|其中|另有|另|\((?:包括|含|其中))\s*\d{4}年度?(?:底|末)?结转(?:的)?"
                          r"(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:数量|数)?(?:为)?$"  # 共答复299件,其中2023年结转16件
                          r"|结转(?:自)?上一?年度?(?:的)?[^,;:。\d]{0,10}?(?:申请)?(?:数量)?(?:为)?$")
# the count's brackets opened by what they include (收到申请10件(含2021年结转1件)): their counts are among it
_INCLUDED_IN_BRACKETS = regex.compile(r"[件条个宗]?\s*[(（](?:含|包括|包含|其中)")
_NEW_WORD = r"(?:新收|新受理|新收到)"  # newly received
_SUM_WORD = r"(?:共计|合计|总计|一共|共)"  # the sum of the counts before it
# put off into the next year or a named one (结转至下一年度, 延续至2024年, 延至二〇二〇年)
_PUT_OFF = r"(?:结转|转入|顺延|延续|延期|延|推迟)(?:到|至)?(?:下一?年|(?:\d{4}|[二〇零○一三四五六七八九]{4})年)"
_CARRIED_FORWARD_TAIL = regex.compile(r"^(?!\(其中)[^,;:。\d、]{0,10}?(?:结转|顺延|转入|转)(?:到|至)?下(?:一)?年|^(?:正在|仍在|尚在)办理"
                                   r"|^跨年度?(?:办理|答复|处理)"  # 其余3件跨年度办理
                                   r"|^结转(?:到|至)?\d{4}年度?(?=[,;。]|$)"  # 答复7件,1件结转2014年,…
                                   r"|^(?:结转|转入|顺延)(?:到|至)\d{4}年|^(?:尚未|未|仍未)办结"
                                   r"|^(?:转|结转)(?:入|到|至)?\d{4}年度?(?:继续)?(?:办理|处理|答复)"  # 余8件转2023年度办理
                                   # 2件申请因需补正材料延续至2024年办理: put off to the next year, the reason between
                                   r"|^(?!\(其中)[^,;:。\d、]{0,16}?(?:延续|延期|推迟|顺延|结转)(?:到|至)(?:下(?:一)?年|\d{4}年)")
# the reason in a clause of its own, then carried into the next year (另有2件因尚在答复期内,结转至下一年度办理;
# 另有4件因于12月下旬受理,结转至2014年答复: a day may date the reason; 尚有1件依法延期答复,结转至2021年)
_FORWARD_AFTER_ITS_REASON = regex.compile(r"[^,;:。\d]{0,6}?(?:因|由于|处于|尚在|仍在|在|于|系|涉及|需|正在|(?:依法)?(?:延期|顺延)(?:答复|办理)?)"
                                          r"(?:[^;:。\d]|\d{1,2}[月日]|\d{4}年){0,30}?,\s*(?:故|均|需|将|已)?"
                                          # …,于2012年1月继续办理: the year the answer goes on in, after this one
                                          rf"(?:{_PUT_OFF}|于\d{{4}}年(?:\d{{1,2}}月)?(?:继续)?(?:办理|答复))")
# the applications of the year counted as a volume (全年申请量为6件), or a count said to be the year's new ones
_VOLUME_OF_APPLICATIONS = regex.compile(r"(?:全年|本年度?|当年|今年)?(?:的)?(?:政府信息公开|依申请公开)?申请(?:量|总量|数量|总数|数)"
                                        r"(?:为|共|达|共计)?$")
# a count said between the received and the words of all answered that names its own (其中1件…)
_ONE_OF_THEM = regex.compile(r"\d|其中")
_RESTATED_AMONG = regex.compile(r"(?:申请)?(?:中|当中)")
_CARRIED_WORD = regex.compile(r"结转|转结|遗留")
_NEWLY_TAIL = regex.compile(rf"^(?:申请)?(?:均|都|全部)?(?:为|是|系)(?:本年度?|当年|今年|\d{{4}}年度?){_NEW_WORD}")
# the count first, then what it was (其中1件为上年度结转)
_CARRIED_OVER_TAIL = regex.compile(r"^(?:为|是|系)(?:上一?年度?|去年|前一年度?)结转")
_CARRIED_FORWARD_HEAD = regex.compile(r"(?:(?:结转|转)(?:入|到|至)?下(?:一)?年度?|结转(?:至|到)\d{4}年度?|结转\d{4}年度?继续"
                                   r"|(?<![结流])转(?:入|到|至)?\d{4}年度?(?=(?:继续)?(?:办理|处理|答复)$)"  # 转2025年办理37件
                                   r"|结转\d{4}年度?(?=(?:办理)?$)"  # 已办结51件,结转2026年4件
                                   r"|(?:延期|推迟|顺延|延续)(?:至|到)(?:下一?年度?|\d{4}年度?))"
                                   r"[^,;:。]{0,12}?$|(?:尚在|仍在|正在)办理(?:中|过程中)?(?:的)?$|(?:尚未|未|仍未)办结(?:的)?$")
_REVIEW = regex.compile(r"(?:行政)?复议(?:案件|案|申请|件|事项|情况)?(?:数量|数)?(?:为|共|共计|总计|合计|有)?(?:的)?$")
_LITIGATION = regex.compile(r"(?<!民事|刑事)(?:行政)?诉讼(?:案件|案|件|事项|情况)?(?:数量|数)?(?:为|共|共计|总计|合计|有)?(?:的)?$")  # no civil suits
_COMPLAINT = regex.compile(r"(?:申诉|投诉|举报)(?:案件|案|件|事项)?(?:数量|数)?(?:为|共|共计|总计|合计|有)?$")
_CASE_TAIL = regex.compile(r"^[^,;:。]{0,20}?(?P<what>行政复议|行政诉讼)")
_FEES = regex.compile(r"(?:收取|收费|处理费)[^,;:。]{0,16}?(?:共计|合计|共|为|金额)?$")
_NOT_APPLICATION = regex.compile(r"复议|诉讼|咨询|电话|举报|投诉")
_RECEIVED_BEFORE = regex.compile(r"(?:收到|受理|接收|接到|新收)[^,;:。]{0,4}$")
_AMONG_APPLICATIONS = regex.compile(r"(?:件)?申请中")
_AMOUNT_WORD = regex.compile(r"(?:共计|合计|共|金额|计|总额)(?:为|是)?")
_CHARGES_COUNTED = regex.compile(r"(?:收取|收费|处理费)[^,;:。]{0,16}?\d+(?:笔|次|件)$"
                                  r"|(?:收取|计收|收)[^,;:。\d]{0,12}?(?:信息处理费|处理费|费用)$")  # …按件计收信息处理费,共计300元
_NOT_FEES = regex.compile(r"支出|行政事业性|罚没|非税|经费|预算|标准(?!收取)")  # (按照省定标准收取复印费10元: a fee)
# words that say a count is about information disclosure (not every complaint, review or lawsuit is)
DISCLOSURE = regex.compile(r"信息公开|政务公开|公开申请|依申请")
# so many of each, said before both kinds of case (分别发生1起…行政复议、行政诉讼案件)
_EACH_BEFORE = regex.compile(r"分别(?:发生|有|产生|出现)?$")
_BOTH_AFTER = regex.compile(r"[^,;:。\d]{0,20}?(?:行政)?复议[、和及与]\s*(?:行政)?诉讼")
_BOTH_CASES = regex.compile(r"复议[^,;:。]{0,8}诉讼[^,;:。]{0,4}?(?:均为|各为|各|都为|均)$")
# both kinds of case named together before one count: 0 of each (行政复议、行政诉讼案件0件); a count above 0 may
# be their sum, and is not read
_BOTH_JOINED = regex.compile(r"复议(?:案件)?[、和及与或]\s*(?:行政)?诉讼(?P<complaint>[、和及与或]\s*(?:申诉|投诉|举报))?"
                             r"(?:案件|案)?(?:数|数量)?(?:为|共|共计)?$")
_OUTCOME = regex.compile(r"败诉|纠错|纠正|维持|结果")
_NEGATED = regex.compile(r"(?:未|没有|无|不)(?:发生|有|收到|接到)?$")
# 依申请公开 N 件 as a clause of its own: the applications of the year, in the shorthand of an overview
_SHORTHAND = regex.compile(r"(?:\d{4}年度?|全年|本年度?|今年|我(?:镇|乡|街道|区|县|局|单位)|共|[\s,、]"
                           r"|\p{Han}{1,10}?(?:镇|乡|街道|区|县|开发区)(?:\([^()]{1,8}\))?)*"
                           r"依申请公开(?:政府信息)?(?:请求|申请)?(?:共|共计|为)?")
# a part of the received by its outcome (其中予以公开9件,均已…答复): the words of completion still say all
_OUTCOME_PART = regex.compile(r"(?:予以公开|同意公开|部分公开|不予公开|无法提供|不属于|告知|不予处理|其他|不掌握(?:相关)?(?:政府)?信息|信息不存在|不存在)(?:的)?$")
# the bare count newly received, after the time it was received in (本年新收105件)
_NEWLY = regex.compile(rf"(?:本年度?|今年|当年|全年|\d{{4}}年度?)?(?:共)?{_NEW_WORD}")
# a complaint named after its count, with what it is about (收到1份关于信息公开的投诉举报)
_COMPLAINT_AFTER = regex.compile(r"^[^,;:。\d]{0,16}?(?:申诉|投诉|举报)")
_ON_REQUEST_INFO = regex.compile(r"依申请公开(?:政府|政务)?信息[”\"]?(?:数量|件数|数)?(?:为|共|共计)?$")
_HAD = regex.compile(r"有|收到|发生|共$")
_AS_CAUSE = regex.compile(r"因(?:为)?(?:以上|上述|这|该|此|前述)?$")
_APPLICATION_WORD = regex.compile(r"(?<!复议|诉讼)申请")
_RECEIVED_AND_DONE = regex.compile(r"(?:收到|受理)[^,;:。]{0,3}?(?:并|和|及|、)?(?:按时|及时|依法)?(?:办结|答复|处理|回复|办理(?!中))")
_RECEIVED_REQUESTS = regex.compile(r"(?:收到|接收|接到|受理)[^,;:。]{0,16}?(?:政府)?信息公开(?:共|共计|为)?$")
# how many were handled, the applications unsaid (in the part on applications: 办理数量为0件)
_HANDLED_VOLUME = regex.compile(r"(?:办理|处理)(?:数量|件数|数)(?:为|是|共)?$")
# answering said before what was released on request (已回复依申请公开信息7条)
_ANSWERED_BEFORE = regex.compile(r"(?:回复|答复|办结|办理完毕|处理完毕)(?:了)?$")
# the applications whose time to answer has come (已到答复期的3件申请全部按期答复)
_FELL_DUE = regex.compile(r"(?:^|[,\s])(?:已|均已)?(?:到|届)(?:答复|办理)?(?:期|期限|时限)的$")
# the noun after a count of applications (8件政府信息公开申请均按时办结)
_APPLICATIONS_NOUN = regex.compile(r"(?:政府信息公开|信息公开|依申请公开)?(?:申请|事项)")
# who applied, and the verb of applying, after their count (5人次申请政府信息公开, 2件通过网络申请公开政府信息)
_APPLIED_AFTER = regex.compile(r"(?:群众|市民|公民|村民|居民|申请人)?(?:通过[^,;:。]{0,10}?)?(?:向[^,;:。]{1,8}?)?(?:提出)?"
                               r"申请(?:公开)?(?:政府|政务)?信息")
_HAD_BEFORE_VERB = regex.compile(r"(?:共有|有|共)$")
# information made divided into its classes (其中主动公开信息98条,依申请公开信息15条,不予公开信息7条): a class of
# information, not applications
_CLASSES_OF_INFORMATION = regex.compile(r"主动公开(?:政府)?信息\d+[条件][,;、]\s*依申请公开(?:政府)?信息\d+[条件]"
                                        r"|依申请公开(?:政府)?信息\d+[条件][,;、]\s*(?:不予|免予)公开")
_SO_FAR_HAD = regex.compile(r"(?:已|已经|其中|中)有$")
# the applications, then done (5件申请办理完毕, 3件政府信息公开申请已按时答复)
_NOUN_THEN_DONE = regex.compile(r"(?:政府信息公开|信息公开|依申请公开)?申请(?:已经?|均已|已全部|全部)?"
                                r"(?:按时|及时|依法|按期|在法定期限内|在规定时限内)*(?:办理完毕|办结|完成答复|答复完毕|予以答复|作出答复)")
_HAD_BEFORE_NOUN = regex.compile(r"(?<!尚|仍|还)(?:共有|有|共收到|共受理|收到|受理)$")  # 尚有2件申请: still open, not received
_OCCURRED = regex.compile(r"(?:发生|产生)依申请公开(?:申请|事项)?(?:共|为)?$")
_AMONG_DONE = regex.compile(r"\s*其中")
_DONE_TAIL = regex.compile(r"^(?:申请)?(?:已经?|均已|已全部)?[^,;:。]{0,8}?(?:完成答复|办结|答复|办理完毕)")
# the answering said around the count before its noun (完成…申请的答复, 对…申请作出答复)
_ANSWERING_BEFORE = regex.compile(r"(?:完成|完成了|对|对于)$")
_ANSWERED_AFTER = regex.compile(r"(?:的)?(?:答复|回复|办结|办理)(?:工作)?|(?:作出|进行|予以|给予)(?:了)?(?:书面)?(?:答复|回复)")
# the count handled, then divided into the new and the carried over (…共27件。其中新收25件,结转2件)
_DIVIDED_INTO_NEW_AND_CARRIED = regex.compile(r"[。,;:\s]*其中[,:\s]*(?:本年)?(?:新收|新增|上年结转|结转)")
# processed (处理, not 办理, which may be said of those received), the verb of the count
_PROCESSED = regex.compile(r"(?<!另|不予|其他|收到和|收到并)处理(?:了)?[^,;:。\d]{0,12}?(?:申请|依申请公开)[^,;:。\d()]{0,8}?(?:共|共计)?$")
_HANDLED = regex.compile(r"(?:办理|(?<!另)处理)[^,;:。\d]{0,12}?(?:申请|依申请公开)[^,;:。\d()]{0,6}?$|(?:共需|共计|合计|需|共)办理$")
_OUTCOME_FIRST = regex.compile(r"(?:予以公开|同意公开|部分公开|不予公开|无法提供|不属于|告知|不予处理|信息不存在|不掌握)")
# a clause that is one way applications were answered (其中予以公开8件, 部分公开的2件, 不予公开1件)
_OUTCOME_CLAUSE = regex.compile(r"(?:其中)?[,:\s]*(?:予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不属于本?(?:机关|单位)?(?:公开)?"
                                r"(?:范围|职责)?|不予处理|告知|信息不存在|本机关不掌握(?:相关)?(?:政府)?信息|不掌握(?:相关)?(?:政府)?信息)"
                                r"(?:的)?(?:申请)?(?:的)?(?:有|为|共)?")
_OUTCOMES_AFTER = regex.compile(r"[,;:\s]*其中[,:\s]*(?:予以公开|同意公开|部分公开|不予公开|本机关不掌握|不掌握|无法提供)")
_RECEIVED_WORD = regex.compile(r"收到|受理|新收|接到|接收")
_DONE_OBJECT = regex.compile(r"(?:办结|答复|回复|办理完毕|办理完结|办理完成|处理完毕)(?:了)?[^,;:。]{0,14}?(?:申请|依申请(?:信息)?公开(?:件|事项)?)"
                             r"(?:共|共计|总数|数量|数)?(?:为)?$")
# handled or answered, bare, after the count received (新收105件,办理97件 / …;已办理完结26件)
_BARE_HANDLED = regex.compile(r"(?:已|共|均已|已经)?(?:按时|及时|依法|按期)?(?:办理|办理完结|办理完毕|办理完成|办结|答复|完成答复|予以答复)(?:了)?")
_CHANGE = regex.compile(r"同比|相比|比上年|较上年|较去年|比去年|增加了?$|减少了?$|增长了?$|下降了?$")
_ONE_DONE = regex.compile(r"(?:已|予以|依法|及时|按时)[^,;:。]{0,8}?(?:办结|答复|回复)|进行了?(?:答复|回复)"
                       # 于法定期限内办结, 在15个工作日内作出答复, 已于法定期限内予以公开
                       r"|于[^,;:。]{0,8}?(?:办结|答复|回复)|作出(?:了)?(?:书面)?(?:答复|回复)|已(?:于|在)[^,;:。]{0,8}?予以公开"
                       r"|完成[^,;:。]{0,10}?答复"  # 高效完成受理、办理、答复全流程工作
                       r"|已(?:按时|及时|依法)(?:予以)?公开"  # the one application 已按时公开: answered by disclosing
                       r"|并(?:予以)?(?:答复|回复)"  # …与申请人沟通并回复
                       r"|(?:制作|出具|送达)(?:了)?[^,;:。]{0,6}?答复(?:文书|书)")  # 按照相关规定制作答复文书
# the applications left after those set apart, all answered (其余26宗均已在法定期限内…答复)
_REST = regex.compile(r"(?:其余|以上|上述|前述)(?:的)?$|^(?:这|该)?$")  # 其余26宗 / 以上6件 / 3件 均已办结
_ITS_DONE = regex.compile(r"(?:申请)?(?:已|已经)(?:按时|及时|依法|按期|依规|在法定期限内|在规定时限内)*(?:答复|办结|办理完毕|回复)(?!率)")
_REST_DONE = regex.compile(r"^(?:申请)?均(?:已)?[^,;:。]{0,24}?(?:答复|办结|办理完毕)")
# answered, said of all that were received (2021年新受理…3件,已依规及时完成答复)
# (收到6条依申请公开事项,已按期办结; 受理…2件,已根据规定要求和实际情况回复申请人)
_ALL_COMPLETED = regex.compile(r"已(?:依规|依法|按时|及时|按规|全部|妥善|在法定期限内|在法定时限内|在规定时限内|在规定期限内)*"
                            r"(?:完成|予以)(?:答复|回复|办理|办结|处理)|已(?:[^,;:。\d]|\d+个?工作日){0,14}?(?:办结|答复|回复|办理(?!中)|处理(?!中))(?!率)"
                            # 在法定时限内完成审查、办理与答复: the steps of handling, answering the last
                            r"|(?:在法定|在规定)(?:时限|期限)内完成[^,;:。\d]{0,10}?(?:答复|办结)")
# answered, said in the clause right after the count received (依申请公开政府信息7件,按时办结)
_DONE_NEXT = regex.compile(r"\s*[,，]\s*(?:并)?(?:已)?(?:按时|按期|及时|依法|依规)(?:予以)?(?:办结|答复|回复)"
                        # 并按规定时限予以答复, 并在规定期限内作了答复, 并依法依规答复申请人
                        r"|\s*[,，]\s*并[^,;:。\d]{0,10}?(?:办结|答复|回复)(?!率)")
# answered, said of every application in a sentence of its own (所有申请均在法定期限内完成答复)
_EVERY_APPLICATION_DONE = regex.compile(r"(?:所有|全部)(?:的)?(?:依)?申请(?:件)?均[^,;:。]{0,12}?(?:办结|答复|回复|办理完毕)"
                                        # 受理的申请件已按规定在法定期限内予以处理: those received, all answered
                                        r"|(?<![\d件])(?:所)?(?:受理|收到)的(?:全部)?(?:依)?申请(?:件)?(?:均|都|全部)?已"
                                        r"[^,;:。\d]{0,14}?(?:办结|答复|回复|办理完毕|处理(?!中))")
# 以上申请均已按时答复, 对上述申请,我局均在法定期限内予以答复: those counted, referred back to, all answered
_THOSE_REFERRED_DONE = regex.compile(r"(?<![\d件])(?:对|对于)?(?:以上|上述|前述|这些)(?:的)?(?:依申请公开|政府信息公开)?申请(?:件)?"
                                     r"[^。;\d]{0,12}?(?:均|都|全部|皆)[^。;\d]{0,20}?(?:办结|答复|回复|办理完毕)(?!率)"
                                     # 对于收到的每一件政府信息公开申请,我镇均严格按照…认真进行审查、办理和答复: each one
                                     r"|每一?件(?:政府信息公开|依申请公开)?申请[^。;\d]{0,16}?(?:均|都)[^。;\d]{0,80}?(?:办结|答复|回复)(?!率)")
# every application answered, in words: 均已按时办结, 全部予以答复, 已全部办理完毕, 答复率100%
_ALL_DONE = regex.compile(r"(?:均|全部|都|皆|全都|悉数|一一|已全部|均已|全部已|分别)"
                          # the rules followed may be cited on the way (均严格按照《…通知》(…〔2022〕70号)等有关规定…答复)
                          r"(?:[^,;:。《》()]|《[^《》]{0,60}》|\([^()]{0,30}\)){0,28}?"
                          r"(?:办结|答复|办理完毕|处理完毕|办理结束|处理结束|办理完结|办理完成|处理完成|回复|予以公开|妥善处置|予以处理"
                          r"|(?:有效|妥善|依法|按时|及时|规范|已|予以)办理(?!中)|按(?:照)?[^,;:。]{0,10}?(?:程序|时限|规定|要求)办理(?!中)"
                          # 全部依法处理, 全部在法定期限内公开: all handled, all disclosed in time
                          r"|(?:依法|按时|及时|依规)处理(?!中)|(?:期限|时限|时间)内(?:予以)?公开|(?<=全部)公开(?![栏目专])"
                          r"|(?:反馈|告知)(?:给)?申请人"  # 均已及时反馈申请人: the answer gone back to who asked
                          # 办复 (handled and answered), 结案, 作出处理, 办理到位; what was asked provided or published
                          r"|办复|结案|(?:作出|进行了?)处理|办理到位|满足(?:了)?申请人|(?:向|给)申请人送达|送达(?:给)?申请人"
                          r"|提供(?!了?[^,;:。]{0,6}(?:服务|咨询|帮助|便利|指导|支持|保障))|已公开)(?!率)"
                          r"|(?:办结|答复|回复|完成|办复)率(?:为|达到|达)?100%|件件有(?:回复|答复|回音)")


# what the applications asked about, said between their count and their answering (2件申请分别涉及…,均已办结)
_CONCERNING = regex.compile(r"(?:分别|主要|均|都|内容)?(?:涉及|关于|是关于|为|系)(?:的是)?")


def _done_after_what_they_concern(view: TextView, c: Number, tail: str, at: int) -> bool:
    """2件申请分别涉及草场确权和禁牧补助,均已在规定时间内办结: all answered, said in the clause after the
    one telling what they concern (that clause holding no figure of its own)."""
    z = view.clause_end(c.end)
    return bool(_CONCERNING.match(tail, at)) and not view.counts_between(c.end, z) \
        and view.mt[z:z + 1] == "," and _ALL_DONE.match(view.mt, z + 1) is not None


# a row's words starting right after the count before it (…结转2件本年新收5件, …结转0件 本年新收5件)
_ROW_OPENING = regex.compile(r"\s|本年|当年|今年|新收|办结|答复|结转|转结")


def _own_head(view: TextView, c: Number) -> str:
    """The words before `c` in its clause, from the count before it when that count ends a row of its own
    (a table's rows run into one line: 上年结转0件 本年新收5件 办结5件)."""
    a = view.clause_start(c.start)
    before = view.counts_between(a, c.start)
    if before and _ROW_OPENING.match(view.mt, before[-1].end):
        return view.mt[before[-1].end:c.start].strip()
    return view.head(c)


def _own_tail(view: TextView, c: Number) -> str:
    """The words after `c` in its clause, none when the next row of a table run into one line starts right
    after it (办结6件结转下年1件: 结转下年 is the next row's)."""
    tail = view.tail(c)
    if _ROW_OPENING.match(view.mt, c.end) and view.counts_between(c.end, view.clause_end(c.end)):
        return ""
    return tail


# carried by the end of a year named (2024年全区结转政府信息公开申请14件), in the report of the year after it
_CARRIED_IN_A_YEAR = regex.compile(r"(?P<y>\d{4})年度?(?:底|末)?[^,;:。\d]{0,6}?(?:结转|转结)(?:的)?[^,;:。\d]{0,16}?(?:数量)?(?:为)?$")


def _carried_from_the_year_before(b: FactBuilder, head: str) -> bool:
    m = _CARRIED_IN_A_YEAR.search(head)
    year = b.report_year() if m else None
    return year is not None and int(m.group("y")) == year - 1


def applications(b: FactBuilder, c: Number) -> bool:
    """A count of applications received, carried over, answered or carried forward; True when taken."""
    view = b.view
    if c.unit not in ("件", "条", "宗", "个", "次", "份", "项", "例", "起") and not (
            c.unit in ("人次", "人", "位", "名") and _APPLIED_AFTER.match(view.mt, c.end)):  # 收到依申请公开事项0项, 收到申请26例
        return False  # (5人次申请政府信息公开: those who applied, counted before their applying)
    head, tail = _own_head(view, c), _own_tail(view, c)
    zone = b.zones.at(c.start)
    clause = head + tail
    if _NOT_APPLICATION.search(clause):
        return b.let_go(c, "apply", f"the clause speaks of {_NOT_APPLICATION.search(clause).group()}")
    if "申请" in clause and SUM_OVER_THE_YEARS.search(head):
        # 自《条例》施行以来累计受理申请6件: applications of all the years, none of this year's steps
        b.consumed.add(c.start)
        b.let_go(c, "apply", "counted over all the years (以来…累计, 历年): no count of the year's")
        return True
    sentence_head = view.mt[view.sentence_start(c.start):c.start]
    if _after_a_count_of_cases(view, c, sentence_head):
        # 受理行政复议案件7件,办结5件: the sentence goes on about the cases, not about applications
        return b.let_go(c, "apply", "a count of reviews or lawsuits stands between it and the last word of applications")
    if "申请" in sentence_head and _OUTCOME_CLAUSE.fullmatch(head.strip(" ,:")):
        # 收到申请15件,其中予以公开8件,部分公开2件: how the applications were answered, no disclosure of its own
        b.consumed.add(c.start)
        b.let_go(c, "apply", "an outcome of the applications counted before it, not a proactive disclosure")
        return True
    # 上年结转政府信息公开申请0件,本年新收105件,办理97件: later clauses of a sentence about applications
    kind_ok = zone == "application" or _RECEIVED_KIND.search(clause) or (
        "申请" in sentence_head and _RECEIVED_KIND.search(sentence_head))
    if _CARRIED_OVER.search(head) or _CARRIED_OVER_TAIL.match(tail) or _carried_from_the_year_before(b, head):
        b.facts.append(b.count_fact("apply.carried_over", c, rule="apply.carried_over"))
        return True
    if _NOT_CARRIED.match(tail) and not _LAST_YEARS_GLOSS.match(tail):  # 6件(上年度无结转): said of last year
        return b.let_go(c, "apply", "said not to be carried into the next year (2件申请都没有结转): a statement of none")
    if _CARRIED_FORWARD_TAIL.match(tail) or _CARRIED_FORWARD_HEAD.search(head) \
            or _FORWARD_AFTER_ITS_REASON.match(view.mt, c.end) or _bare_carried_after_completed(b, c, head):
        b.facts.append(b.count_fact("apply.carried_forward", c, rule="apply.carried_forward"))
        return True
    if kind_ok and not _CARRIED_WORD.search(head) and (_VOLUME_OF_APPLICATIONS.search(head) or _NEWLY_TAIL.match(tail)):
        # 全年申请量为6件 / (这5件申请中,)4件为本年新收: the count received
        b.facts.append(b.count_fact("apply.received", c, rule="apply.received"))
        return True
    # (上述)10件申请…, 已到答复期的3件申请…: the count before its noun, maybe those that fell due
    noun = _APPLICATIONS_NOUN.match(tail) if kind_ok and (not head.strip(_THESE_CHARS) or _FELL_DUE.search(head)) \
        else None
    if kind_ok and c.unit in ("人次", "人", "位", "名", "件") and _HAD_BEFORE_VERB.search(head) and _APPLIED_AFTER.match(tail):
        # 全年共有5人次申请政府信息公开: the applications counted before the verb of applying
        b.facts.append(b.count_fact("apply.received", c, rule="apply.received_before_verb"))
        return True
    if kind_ok and _SO_FAR_HAD.search(head) and _NOUN_THEN_DONE.match(tail):
        # 已有5件申请办理完毕: those done so far, counted before their noun (全年共有10件申请均已办结 is the
        # year's applications, all of them done)
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.done_before_noun"))
        return True
    if kind_ok and not noun and _HAD_BEFORE_NOUN.search(head) and _APPLICATIONS_NOUN.match(tail) \
            and not _RECEIVED_WORD.search(view.mt, c.end, view.clause_end(c.end)) and "申请" in tail:
        # 全年共有10件政府信息公开申请: the applications of the year, counted before their noun
        b.facts.append(b.count_fact("apply.received", c, rule="apply.received_before_noun"))
        return True
    if kind_ok and not head.strip(_THESE_CHARS) and (_ALL_DONE.match(tail) or _ALL_COMPLETED.match(tail)) \
            and _as_many_as_received(b, c):
        # 全年收到申请2件,…。2件均已处理完毕: the count received said again, all of them answered
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.all_of_them_done"))
        return True
    answering = _APPLICATIONS_NOUN.match(tail) if kind_ok and _ANSWERING_BEFORE.search(head) else None
    if answering and _ANSWERED_AFTER.match(tail, answering.end()):
        # 完成4件申请的答复工作, 对4件申请作出答复: those answered, counted before their noun
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.answered_before_noun"))
        return True
    if noun and (_ALL_DONE.match(tail, noun.end()) or _done_after_what_they_concern(view, c, tail, noun.end())):
        # 8件政府信息公开申请均按时办结: the count before its noun, all of them answered
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.completed_before_noun"))
        return True
    received = _RECEIVED.search(head) and ("申请" in head or _RECEIVED_TAIL.match(tail)) or (
        _RECEIVED_BEFORE.search(head) and _RECEIVED_TAIL.match(tail))
    # 受理申请10件,其中上年结转2件,新收8件: the bare 新收 of a sentence about applications
    newly = _NEWLY.fullmatch(head.strip().removeprefix("其中").lstrip(",: ")) is not None and (
        "申请" in sentence_head or zone == "application")
    # 依申请公开政务信息数3件 in the part on applications: the applications; elsewhere (作为依申请公开信息数
    # 46条) it counts information kept for release on request
    on_request = _ON_REQUEST_INFO.search(head) if zone == "application" \
        and not _CLASSES_OF_INFORMATION.search(view.mt, view.sentence_start(c.start), view.sentence_end(c.end)) else None
    if kind_ok and on_request and _ANSWERED_BEFORE.search(head, 0, on_request.start()) \
            and not _RECEIVED_WORD.search(head):
        # 已回复依申请公开信息7条: those answered, not those received
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.answered_on_request"))
        return True
    received = received or on_request is not None
    if kind_ok and _PROCESSED.search(head) and not _RECEIVED_WORD.search(clause) \
            and not _DIVIDED_INTO_NEW_AND_CARRIED.match(view.mt, c.end):  # (…共27件。其中新收25件,结转2件: all handled)
        # 全年共处理依申请公开政府信息4件: processed, said without a word of receiving: those answered
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.processed"))
        return True
    # requests for disclosure received, 申请 unsaid or said after the count: 接收网络方式提交政府信息公开5件 in the
    # part on applications, 共收到并依法答复政府信息公开95件(含上年度结转申请7件)
    requests = _RECEIVED_REQUESTS.search(head) is not None and (zone == "application" or "申请" in clause)
    opened = view.mt.rfind("(", view.sentence_start(c.start), c.start)
    if opened != -1 and ")" not in view.mt[opened:c.start] and view.mt.startswith(("含", "包括", "包含"), opened + 1) \
            and view.counts_between(view.sentence_start(c.start), opened):
        # 收到申请9件(含…转来的申请2件): a part of the count before it, said in brackets
        return b.let_go(c, "apply", "a part of the count before it, in brackets opened by 含")
    if kind_ok and (received and ("申请" in clause or "办件" in clause) or newly or requests) \
            and _a_part_after_among(view, c):
        # 办理依申请公开事项26件,其中:书面…11件,网上收到…15件: a part of the count before it, not those received
        return b.let_go(c, "apply", "a part, after 其中, of the larger count before it")
    if kind_ok and (received and ("申请" in clause or "办件" in clause) or newly or requests):
        b.facts.append(b.count_fact("apply.received", c, rule="apply.received"))
        done = _RECEIVED_AND_DONE.search(head)
        if done and _carried_forward_after(view, c):
            # 收到和处理…申请13件,予以公开10件,…,结转下年办理1件: not all answered within the year
            b.let_go(c, "apply", "received and handled, but some carried into the next year: the answered unsaid")
        elif done:  # 收到并办结…申请8件: both at once (收到并办理: handled, unless a count answered is given too)
            rule = "apply.received_and_handled" if done.group().endswith("办理") else "apply.received_and_done"
            b.facts.append(b.count_fact("apply.completed", c, rule=rule))
        return True
    if kind_ok and c.value == 0 and not _RECEIVED_WORD.search(head) \
            and (_HANDLED.search(head) or zone == "application" and _HANDLED_VOLUME.search(head)):
        # 办理政府信息公开申请0件, 办理数量为0件: none handled, none answered
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.none_handled"))
        return True
    if kind_ok and _HANDLED.search(head) and not _RECEIVED_WORD.search(head):
        # 办理依申请公开事项5件,均在法定时限内答复: handled and all answered, said of the answered ones
        m = _ALL_DONE.search(view.mt, c.end, view.sentence_end(c.end)) or (
            _ONE_DONE.search(view.mt, c.end, view.sentence_end(c.end)) if c.value == 1 else None)  # 1件,…予以办结
        between = [o for o in view.counts_between(c.end, m.start()) if not _CHANGE.search(view.head(o))] if m else []
        if m and (_parts_of(view, between, c) or not any(not _in_brackets(view.mt, o.start, c.end) for o in between)):
            b.facts.append(b.count_fact("apply.completed", c, rule="apply.handled_all_done"))
            return True
        every = _EVERY_APPLICATION_DONE.search(view.mt, c.end, min(len(view.mt), c.end + 200))
        between = view.counts_between(c.end, every.start()) if every else []
        if every and b.zones.at(every.start()) == b.zones.at(c.start) and (not between or _parts_of(view, between, c)):
            # 共办理…申请21件。其中,网络申请14件,书面申请7件。所有申请均按时办结: every one answered
            b.facts.append(b.count_fact("apply.completed", c, rule="apply.handled_every_one_done"))
            return True
        if _OUTCOMES_AFTER.match(view.mt, c.end):
            # 共办理政府信息公开申请34件,其中,予以公开的7件,部分公开的5件…: handled, divided by how answered
            b.facts.append(b.count_fact("apply.completed", c, rule="apply.handled_by_outcome"))
            return True
    if zone == "application" and _BARE_RECEIVED.fullmatch(head.strip()) and not _CARRIED_WORD.search(clause):
        b.facts.append(b.count_fact("apply.received", c, rule="apply.received"))  # (三、依申请公开…) 受理3件,答复2件
        return True
    if zone == "application" and _BARE_HANDLED.fullmatch(_LINE_NUMBER.sub("", head.strip())) \
            and not _CARRIED_WORD.search(clause):
        # 4. 新收申请14件。5. 上年结转1件。6. 办结13件: answered, said bare in the part on applications
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.handled_in_its_part"))
        return True
    if kind_ok and _BARE_HANDLED.fullmatch(head.strip()) and _received_before(b, c):
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.handled_after_received"))  # 新收105件,办理97件
        return True
    if kind_ok and not head.strip(_THESE_CHARS) and _ITS_DONE.match(tail) and _received_before(b, c):
        # 受理依申请公开5件,4件已答复(,1件正在办理): the count first, then answered, after the count received
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.count_then_done"))
        return True
    if kind_ok and _REST.search(head) and _REST_DONE.match(tail):
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.rest_done"))  # 其余26宗均已…答复
        return True
    if kind_ok and _DONE_OBJECT.search(head) and not _RECEIVED_WORD.search(head):
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.completed"))  # 办结政府信息公开申请9件
        return True
    if _OCCURRED.search(head) and not _other_application_count(b, c):
        b.facts.append(b.count_fact("apply.received", c, rule="apply.shorthand"))  # 发生依申请公开1次
        return True
    if (zone == "application" or "申请" in view.mt[view.sentence_start(c.start):c.start]) and \
            _AMONG_DONE.match(view.mt, view.clause_start(c.start)) and _DONE_TAIL.match(tail):
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.completed"))  # 其中10件已按时完成答复
        return True
    if _SHORTHAND.fullmatch(head) and not _other_application_count(b, c):
        b.facts.append(b.count_fact("apply.received", c, rule="apply.shorthand"))  # 主动公开…21条,依申请公开0件
        return True
    if (zone == "application" or "申请" in view.mt[view.sentence_start(c.start):c.end]) and (
            _COMPLETED.search(head) or _AMONG_APPLICATIONS.match(tail) and head.endswith("办结的")) \
            and not (view.mt[c.start - 1:c.start] in (":", "：") and _OUTCOME_FIRST.match(tail)):
        # (均…给予了答复:1件予以公开;另1件…: after the colon, the answers one by one, not the count answered)
        b.facts.append(b.count_fact("apply.completed", c, rule="apply.completed"))
        return True
    if "申请" in clause:
        b.let_go(c, "apply", "no words of receiving, answering or carrying applications bound to the count")
    return False


def _after_a_count_of_cases(view: TextView, c: Number, sentence_head: str) -> bool:
    """True when a count of reviews or lawsuits stands in the sentence after its last word of applications
    (复议申请 is a case word)."""
    words = list(_APPLICATION_WORD.finditer(sentence_head))
    since = c.start - len(sentence_head) + (words[-1].end() if words else 0)
    return any(regex.search(r"复议|诉讼", view.head(o)) for o in view.counts_between(since, c.start))


# the count said not to be carried forward (2件申请都没有结转到下一年度)
_LAST_YEARS_GLOSS = regex.compile(r"\((?:上一?年度?|去年|往年)")
_NOT_CARRIED = regex.compile(r"[^,;:。\d、]{0,10}?(?:没有|未|无|不)(?:需要?|需)?(?:结转|顺延|转入|延期)")
_BARE_RECEIVED = regex.compile(r"(?:\d{4}年度?|全年|本年度?|今年)?(?:共)?(?:受理|收到|新收|接到)(?:了)?(?:共)?")
_LINE_NUMBER = regex.compile(rf"^{ITEM_NUMBER}\s*")
_SUMMED_BEFORE = regex.compile(rf"^{_SUM_WORD}(?:为|达)?$")


def _bare_carried_after_completed(b: FactBuilder, c: Number, head: str) -> bool:
    """办结15件,结转1件: a bare 结转 after the count answered in its sentence carries into the next year."""
    if head.strip(" ,，;；") != "结转":
        return False
    a = b.view.sentence_start(c.start)
    return any(f.metric == "apply.completed" and f.value_start is not None and a <= f.value_start < c.start
               for f in b.facts)


_THESE_CHARS = " \t\n,，这上述以该此全部"  # what may stand before a count said again (上述5件, 这3件, 全部91件)


def _as_many_as_received(b: FactBuilder, c: Number) -> bool:
    """True when the last count of applications received (with those carried over) in the same part is `c`'s."""
    part = b.zones.top(c.start)
    before = [f for f in b.facts if f.value_start is not None and f.value_start < c.start
              and b.zones.top(f.value_start) == part]
    received = [f for f in before if f.metric == "apply.received"]
    if not received:
        return False
    over = sum(f.value for f in before if f.metric == "apply.carried_over")
    return c.value in (received[-1].value, received[-1].value + over)


def _received_before(b: FactBuilder, c: Number) -> bool:
    """True when a count of applications received stands earlier in the sentence, or in the sentence
    before when this one opens with the count handled (…申请251件,其中…。已办理244件)."""
    a = b.view.sentence_start(c.start)
    if a > 0 and _BARE_HANDLED.fullmatch(b.view.mt[a:c.start].strip()) and b.zones.at(a - 1) == b.zones.at(c.start):
        a = b.view.sentence_start(a - 1)
    starts = {o.start for o in b.view.counts_between(a, c.start)}
    return any(f.metric == "apply.received" and f.value_start in starts for f in b.facts)


def _in_brackets(mt: str, pos: int, since: int) -> bool:
    """True when `pos` stands inside brackets opened after `since` (12件(其中2件为上年结转)): a gloss."""
    opened = mt.rfind("(", since, pos)
    return opened != -1 and mt.find(")", opened, pos) == -1


_SUM_OF_THE_PARTS = regex.compile(rf"{_SUM_WORD}(?:为)?$")


def applications_summed(b: FactBuilder) -> None:
    """收到网上申请8件,信函申请2件,共计10件: the applications received are the sum that closes the sentence,
    not its first part (the sum must equal the parts)."""
    view = b.view
    received = sorted((f for f in b.facts if f.metric == "apply.received" and f.value_end is not None),
                      key=lambda f: f.value_start)
    if not received:
        return
    f = received[0]
    end = view.sentence_end(f.value_end)
    # the other parts may have been read as counts received too (申请1件、自然人提出的申请6件,共计7件)
    parts_read = [x for x in received[1:] if x.value_start < end]
    if len(received) - len(parts_read) != 1:
        return
    after = view.counts_between(f.value_end, end)
    taken = {x.value_start for x in b.facts} - {x.value_start for x in parts_read}
    for i, c in enumerate(after):
        parts = after[:i]
        if c.unit == f.unit and c.start not in taken and _SUM_OF_THE_PARTS.search(view.head(c)) \
                and not any(o.start in taken for o in parts) \
                and c.value == f.value + sum(o.value for o in parts if o.unit == f.unit and o.value):
            b.facts = [x for x in b.facts if x is not f and not any(x is p for p in parts_read)]
            b.facts.append(b.count_fact("apply.received", c, rule="apply.received_sum"))
            return


def newly_among_the_handled(b: FactBuilder) -> None:
    """共受理申请15件,其中新收到14件,上年结转1件: the first count is the new and the carried over together; the
    applications received are the new ones (when the two parts add up to it)."""
    view = b.view
    received = sorted((f for f in b.facts if f.metric == "apply.received" and f.value_end is not None),
                      key=lambda f: f.value_start)
    if len(received) < 2:
        return
    whole, new = received[0], received[1]
    sentence = view.sentence_start(whole.value_start)
    if view.sentence_start(new.value_start) != sentence or "其中" not in view.mt[whole.value_end:new.value_start] \
            or not _NEW_WORD_AT.search(view.mt, view.clause_start(new.value_start), new.value_start):
        return
    over = [o for o in b.facts if o.metric == "apply.carried_over" and o.value_start is not None
            and view.sentence_start(o.value_start) == sentence and o.value_start > whole.value_end]
    if over and new.value + over[0].value == whole.value:
        b.facts = [f for f in b.facts if f is not whole]


_NEW_WORD_AT = regex.compile(_NEW_WORD)


def handled_gives_way(b: FactBuilder) -> None:
    """受理办理…申请354件,…办理完成353件: the count answered, where one is given, over the count handled."""
    handled = [f for f in b.facts if f.rule == "apply.received_and_handled"]
    if handled and any(f.metric == "apply.completed" and f.rule != "apply.received_and_handled" for f in b.facts):
        b.facts = [f for f in b.facts if f.rule != "apply.received_and_handled"]


_SENTENCE_GAP = regex.compile(r"[。\s]*")


def _next_sentence(view: TextView, sentence_end: int) -> int:
    """Where the sentence after the one ending at `sentence_end` starts."""
    return _SENTENCE_GAP.match(view.mt, sentence_end).end()


# the date the answering is said of, opening a sentence (截至12月31日,)
_AS_OF_A_DATE = regex.compile(r"(?:截至|截止)(?:到)?[^,;:。]{0,12}?(?:日|底|末)[,\s]*")


def _all_done_in_a_sentence_after(view: TextView, sentence_end: int) -> regex.Match | None:
    """All answered, said as the opening of the next sentence, or of the one after a sentence of the
    received's parts (…申请2件。其中部分公开1件,不予公开1件。均按照《条例》在规定时间内有效办理)."""
    at = _next_sentence(view, sentence_end)
    if view.mt.startswith("其中", at):
        at = _next_sentence(view, view.sentence_end(at))
    dated = _AS_OF_A_DATE.match(view.mt, at)
    at = dated.end() if dated else at
    return _ALL_DONE.match(view.mt, at, view.sentence_end(at)) if at < len(view.mt) else None


# the next sentence opening with what the one application asked about, or with it (涉及“…”等相关信息, 该申请…)
_WHAT_IT_ASKED = regex.compile(r"(?:该申请|申请人|申请内容|其)?(?:主要)?(?:涉及|关于|是关于|内容为|内容是|系)")


def _the_one_answered_after_what_it_asked(view: TextView, sentence_end: int) -> regex.Match | None:
    """The one application answered in the next sentence, which says what it asked about (收到申请1件。涉及
    “…”等相关信息,已在法定时限内予以答复)."""
    at = _next_sentence(view, sentence_end)
    if at >= len(view.mt) or not _WHAT_IT_ASKED.match(view.mt, at):
        return None
    end = view.sentence_end(at)
    return None if view.counts_between(at, end) else _ONE_DONE.search(view.mt, at, end)


def implied_completion(b: FactBuilder) -> None:
    """All received applications answered, said in words after their count (收到申请5件,均已按时办结 /
    全部予以答复 / 答复率100%): `apply.completed` is the count received. Only where no count of answered
    applications is given."""
    if any(f.metric == "apply.completed" for f in b.facts):
        return
    view = b.view
    for f in b.facts:
        if f.metric != "apply.received" or f.value_end is None:
            continue
        sentence_end = view.sentence_end(f.value_end)
        m = _ALL_DONE.search(view.mt, f.value_end, sentence_end) or _DONE_NEXT.match(view.mt, f.value_end)
        if m is None and f.value == 1:  # the one application 依法予以答复
            m = _ONE_DONE.search(view.mt, f.value_end, sentence_end)
        if m is None:
            m = _ALL_COMPLETED.search(view.mt, f.value_end, sentence_end)
        if m is None:
            m = _all_done_in_a_sentence_after(view, sentence_end)
        if m is None and f.value == 1:
            m = _the_one_answered_after_what_it_asked(view, sentence_end)
        between = view.counts_between(f.value_end, m.start()) if m is not None else []
        parts = [o for o in between if _in_brackets(view.mt, o.start, f.value_end)]
        if parts and len(parts) < len(between) and sum(o.value for o in parts) == f.value:
            # 新收申请21件(自然人19件、法人2件),上年结转3件,已全部办理完毕: the parts in brackets gloss the count
            between = [o for o in between if o not in parts]
        summed = between[1:2] if len(between) == 2 and _SUMMED_BEFORE.search(view.head(between[1])) else []
        if summed:  # 新收9件,上年结转1件,共计10件,均已办结: the sum said before all answered is no count of its own
            between = between[:1]
        over = [o for o in b.facts if o.metric == "apply.carried_over" and o.value_start is not None
                and len(between) == 1 and o.value_start == between[0].start
                and (not summed or summed[0].value == f.value + o.value)
                # 收到申请10件(含2021年结转1件): the carried over one is among the received, not beside them
                and not _INCLUDED_IN_BRACKETS.match(view.mt, f.value_end, o.value_start)]
        summed_after = len(between) == 1 and _SUMMED_BEFORE.search(view.head(between[0]))
        if m is not None and not over and (summed_after or not between):
            # 上年结转1件,本年新收2件(,共计3件),均已办结: the carried over said first, all of both answered
            first = view.sentence_start(f.value_start)
            over = [o for o in b.facts if o.metric == "apply.carried_over" and o.value_end is not None
                    and first <= o.value_start < f.value_start and o.value
                    and not view.counts_between(o.value_end, f.value_start)
                    and (not summed_after or between[0].value == f.value + o.value)]
        said_from = (summed or between)[0].end if summed or between else f.value_end  # the last count before the words
        if m is not None and over and not _ONE_OF_THEM.search(view.mt, said_from, m.start()):
            # 新收申请3件,上年结转1件,均已办结: the received and the carried over, all answered
            f2 = b.fact("apply.completed", f.value + over[0].value, f.value_start, f.value_end, unit=f.unit,
                        text=(view.clause_start(m.start()), view.clause_end(m.end())), rule="apply.all_done_with_carried")
            b.facts.append(f2)
            return
        if m is None or not _parts_of(view, [o for o in between if not _CHANGE.search(view.head(o))], f) and any(
                not _CHANGE.search(view.head(o)) and not _OUTCOME_PART.search(view.head(o)) and o.value
                and not _in_brackets(view.mt, o.start, f.value_end)  # 9件(含…转来的申请2件),已全部按期答复
                and o.value != f.value  # 12件均已答复: the count received, said again
                for o in between):  # (其中当面申请7件、网络申请45件…),已全部办结: its parts, then all answered
            continue  # another count in between (not a change against last year): the words may be said of it
        _all_received_done(b, f, m, "apply.all_done")
        return
    # every application answered, said in a later sentence of the same part (所有申请均在法定期限内完成答复)
    received = [f for f in b.facts if f.metric == "apply.received" and f.value_end is not None]
    # 新收申请20件(自然人18件、…): a part in brackets after the count received is no second count
    received = [f for f in received if not any(o is not f and o.value_start < f.value_start
                                               and _in_brackets(view.mt, f.value_start, o.value_end) for o in received)]
    if len({f.value for f in received}) == 1:
        received = received[:1]  # 收到申请1件…。三、…本年度收到的1件申请由自然人提出: the same count said again
    if len(received) != 1:
        return
    f = received[0]
    # or in the sentence right after the count's, of them (…申请5件。均已在法定期限内予以答复)
    after = _past_a_heading(view, _next_sentence(view, view.sentence_end(f.value_end)))
    m = _NEXT_SENTENCE_ALL_DONE.match(view.mt, after, view.sentence_end(after)) if after < len(view.mt) else None
    between = view.counts_between(f.value_end, after)
    if m is not None and not _OTHER_TOPIC.search(m.group()) and b.zones.at(after) == b.zones.at(f.value_start) \
            and (not between or _parts_of(view, between, f)):
        _all_received_done(b, f, m, "apply.all_done_next_sentence")
        return
    if m is None and after < len(view.mt) and (not between or _parts_of(view, between, f)):
        # the next sentence gives the outcomes, which add up to the count received, then says all were answered
        # (…申请4件。经审查,同意公开3件,告知1件,按时答复率100%)
        z = view.sentence_end(after)
        done = _ALL_DONE.search(view.mt, after, z)
        outcomes = view.counts_between(after, done.start()) if done else []
        if outcomes and outcomes[0].value == f.value and _RESTATED_AMONG.match(view.mt, outcomes[0].end):
            outcomes = outcomes[1:]  # 6件申请中予以公开4件…: the count received said again, then its outcomes
        if done and outcomes and sum(o.value for o in outcomes) == f.value \
                and all(_OUTCOME_PART.search(view.head(o)) for o in outcomes) \
                and b.zones.at(after) == b.zones.at(f.value_start):
            _all_received_done(b, f, done, "apply.all_done_after_outcomes")
            return
    m = _EVERY_APPLICATION_DONE.search(view.mt, f.value_end, min(len(view.mt), f.value_end + 400))
    if m is not None and b.zones.at(m.start()) == b.zones.at(f.value_start):
        _all_received_done(b, f, m, "apply.every_application_done")
        return
    m = _THOSE_REFERRED_DONE.search(view.mt, f.value_end, min(len(view.mt), f.value_end + 400))
    between = view.counts_between(f.value_end, m.start()) if m is not None else []
    if m is not None and b.zones.at(m.start()) == b.zones.at(f.value_start) and (not between or _parts_of(view, between, f)):
        _all_received_done(b, f, m, "apply.those_referred_to_done")  # …5件。…。以上申请均已按时答复
        return
    m = _THAT_ONE_DONE.search(view.mt, f.value_end, min(len(view.mt), f.value_end + 300)) if f.value == 1 else None
    if m is not None and b.zones.at(m.start()) == b.zones.at(f.value_start) \
            and not view.counts_between(f.value_end, m.start()):
        _all_received_done(b, f, m, "apply.that_one_done")  # 收到申请一件,…。…,该申请已按时答复


_NEWLY_WORD = regex.compile(rf"{_NEW_WORD}|新接收|新增")


def _carried_forward_after(view: TextView, c: Number) -> bool:
    """True when a count carried into the next year, not none, follows `c` in its sentence."""
    return any(o.value and _CARRIED_FORWARD_HEAD.search(view.head(o))
               for o in view.counts_between(c.end, view.sentence_end(c.end)))


def _a_part_after_among(view: TextView, c: Number) -> bool:
    """True when a larger count of applications handled (办理…事项26件) stands before `c` in its sentence with 其中
    between them, and `c` is none newly received (其中新收到14件 is the year's received)."""
    a = view.sentence_start(c.start)
    return not _NEWLY_WORD.search(view.head(c)) and any(
        o.unit == c.unit and o.value is not None and c.value is not None and o.value > c.value
        and "其中" in view.mt[o.end:c.start] and _HANDLED.search(view.head(o)) for o in view.counts_between(a, c.start))


def _parts_of(view: TextView, counts: list, whole: Fact | Number) -> bool:
    """Counts after the whole that add up to it, each named as applications of a way of filing (其中网上申请6件、
    信函申请2件), or opened by 其中 right after it, none an outcome (其中网络平台收到3件,线下邮件收到1件,协助5件):
    its parts. Outcomes (2件予以公开,1件不予公开) are not: words of answering after them may be
    said of the last."""
    if len(counts) < 2 or sum(o.value for o in counts) != whole.value:
        return False
    if all(_FILING.search(view.head(o)) or _BY_WHOM.match(view.tail(o)) for o in counts):
        return True
    first = view.clause_start(counts[0].start)
    if _WHAT_THEY_CONCERN.match(view.mt, first) and all(view.clause_start(o.start) == first for o in counts):
        return True  # 涉及土地征收2件、房屋拆迁3件: what they asked about, listed in one clause
    whole_end = whole.value_end if isinstance(whole, Fact) else whole.end
    return _AMONG_DONE.match(view.mt, view.clause_start(counts[0].start)) is not None \
        and not view.counts_between(whole_end, counts[0].start) \
        and not any(_OUTCOME_FIRST.search(view.head(o) + view.tail(o)) for o in counts)


# a list of what the applications asked about (涉及土地征收2件、…, 内容涉及…)
_WHAT_THEY_CONCERN = regex.compile(r"(?:其中)?(?:分别|主要|均)?(?:涉及|关于|内容(?:涉及|为|是))")
# words of a way of filing (其中网上申请6件 / 当面提出1件、信函提出2件) or of the applicant
_FILING = regex.compile(r"申请|提出|提交|当面|信函|网上|网络|在线|邮寄|传真|自然人|法人|企业|组织|涉及")  # (or what they concern)
# or who applied, said after the count (一件来自个人、一件来自企业)
_BY_WHOM = regex.compile(r"(?:来自|系|为|由)(?:个人|群众|居民|村民|自然人|法人|企业|公司|组织|律师)")


# the one application received, referred back to and answered (该申请已按时答复, 此件申请已办结)
_THAT_ONE_DONE = regex.compile(r"(?:该|此|这一?)(?:件)?(?:申请|件)[^。;\d]{0,12}?(?:已|均已|已经)[^。;\d]{0,8}?(?:办结|答复|回复|办理完毕)"
                            r"|作出(?:了)?(?:书面)?答复")  # (街道在收到申请后第8个工作日作出答复)
# a sentence that says all were answered, right after the count received's, with no count of its own
_NEXT_SENTENCE_ALL_DONE = regex.compile(r"\s*[^。\d]{0,30}?(?:均|全部|都|皆|一一|悉数)[^。;\d]{0,20}?"
                                        r"(?:办结|答复|回复|办理完毕|处理完毕)(?!率)"
                                        r"|\s*[^。\d]{0,30}?(?:办结|答复|回复)率(?:为|达到|达)?100%")
# a short heading of its own line, numbered or not, no figure in it ((二)答复情况 / 办理情况)
_HEADING_LINE = regex.compile(r"(?:\d{1,2}[、.])?[^\n。,;:\d]{1,20}\n")


def _past_a_heading(view: TextView, at: int) -> int:
    """Where the sentence at `at` starts, past a heading line of a sub-part (…申请5件。\n(二)答复情况\n均已答复)."""
    m = _HEADING_LINE.match(view.mt, at)
    return _next_sentence(view, m.end()) if m else at


# what else a sentence about answering may be about
_OTHER_TOPIC = regex.compile(r"复议|诉讼|咨询|留言|信箱|来信|投诉|举报|热线|建议|提案|问题|诉求")


def _all_received_done(b: FactBuilder, received: Fact, said: regex.Match, rule: str) -> None:
    """`apply.completed` as the count received, its text the clause that says all were answered."""
    view = b.view
    b.facts.append(b.fact("apply.completed", received.value, received.value_start, received.value_end,
                          approx=received.approx, unit=received.unit,
                          text=(view.clause_start(said.start()), view.clause_end(said.end())), rule=rule))


def _other_application_count(b: FactBuilder, c: Number) -> bool:
    """True when the sentence holds another count said of applications (收到申请2件,依申请公开1件)."""
    view = b.view
    a, z = view.sentence_start(c.start), view.sentence_end(c.start)
    # (parts of a sentence set apart by ; are statements of their own: …更新两次;依申请公开3次,行政复议0次;…)
    a = max(a, view.mt.rfind(";", a, c.start) + 1)
    semi = view.mt.find(";", c.end, z)
    z = semi if semi != -1 else z
    return any(o is not c and "申请" in view.head(o) for o in view.counts_between(a, z))


# 行政复议0件,行政诉讼0条, 发生行政复议事项0项: a case word right before its count, whatever unit the count is given in
_CASE_NAMED_RIGHT_BEFORE = regex.compile(r"(?:行政复议|行政诉讼|申诉|投诉|举报)(?:案件|事项|情况)?(?:数|数量)?(?:共|为)?$")


# the cases counted were of every matter: none, or only some, concerned disclosure
_OTHER_MATTERS = regex.compile(r"(?:均|都|全部)?(?:不涉及|未涉及|与)(?:政府)?信息公开(?:事项|工作)?(?:无关)?"
                               # …被提起行政诉讼3件,不属政府信息公开范畴 / 不属于政府信息公开案件 / 不纳入本报告统计
                               r"|(?:均)?(?:不属|不属于|非)(?:政府)?信息公开(?:范畴|范围|案件|事项|类)"
                               r"|其中(?:涉及|关于|有关|因)(?:政府)?信息公开")
# the body as the organ that hears reviews (作为区政府行政复议机构,本局共受理各类行政复议申请85件)
_AS_THE_REVIEW_BODY = regex.compile(r"作为[^,;:。]{0,12}?复议(?:机关|机构)|各类(?:行政)?复议")
_CASE_UNITS = frozenset({"件", "起", "个", "宗", "例", "次", "份"})
_DISCLOSURE_PART = regex.compile(r"其中(?:涉及|关于|有关|因)(?:政府)?信息公开(?:的|事项的|方面的)?(?:案件|事项)?(?:仅|只有|共|有|为)*")


def _charged_before(view: TextView, c: Number, head: str) -> bool:
    """…收取信息处理费2笔,共计400元: an amount said bare in the clause after the charges counted."""
    a = view.clause_start(c.start)
    return a > 0 and _AMOUNT_WORD.fullmatch(head.strip()) is not None \
        and _CHARGES_COUNTED.search(view.mt, view.clause_start(a - 1), a - 1) is not None


def cases_and_fees(b: FactBuilder, c: Number) -> bool:
    """A count of fees charged (in 元), of reviews, lawsuits or complaints about disclosure; True when taken."""
    view = b.view
    head, tail = view.head(c), view.tail(c)
    # the line's words too: 行政事业性收费:本年收费金额4.2万元 (the table of 第二十条第(八)项 as text) is no fee of ours
    line = view.mt[max(view.sentence_start(c.start), view.mt.rfind("\n", 0, c.start) + 1):c.start]
    if c.unit in ("元", "万元") and (_FEES.search(head) or _charged_before(view, c, head)) and not _NOT_FEES.search(head) \
            and "行政事业性" not in line:
        value = round(c.value * 10000, 2) if c.unit == "万元" else c.value
        value = int(value) if float(value).is_integer() else value
        f = b.count_fact("fees.amount", c, rule="fees.charged")
        f.value, f.unit = value, "元"
        b.facts.append(f)
        return True
    if c.unit not in _CASE_UNITS and not (c.unit in ("条", "项") and _CASE_NAMED_RIGHT_BEFORE.search(head)):
        return False
    if _OUTCOME.search(head) or _NEGATED.search(head):
        return False
    complaint = _COMPLAINT_AFTER.match(tail)
    if complaint and _RECEIVED_BEFORE.search(head) and DISCLOSURE.search(complaint.group()):
        b.facts.append(b.count_fact("complaint.total", c, rule="cases.complaint_after"))  # 收到1份关于信息公开的投诉
        return True
    metric = None
    if c.value != 0 and _BOTH_JOINED.search(head) and not _BOTH_CASES.search(head):
        return b.let_go(c, "cases", "one count after both kinds of case: of each, or their sum, the text does not say")
    if _BOTH_CASES.search(head) or c.value == 0 and _BOTH_JOINED.search(head):
        context = view.mt[max(0, view.sentence_start(c.start) - 100):view.sentence_end(c.start)]
        if b.zones.at(c.start) == "review" or DISCLOSURE.search(context):
            b.facts.append(b.count_fact("review.total", c, rule="cases.both"))
            b.facts.append(b.count_fact("litigation.total", c, rule="cases.both"))
            joined = _BOTH_JOINED.search(head) if c.value == 0 else None
            if joined and joined.group("complaint"):  # 行政复议、行政诉讼和申诉案件0件: none of the three
                b.facts.append(b.count_fact("complaint.total", c, rule="cases.both"))
            return True
        return False
    if _REVIEW.search(head):
        metric = "review.total"
    elif _LITIGATION.search(head):
        metric = "litigation.total"
    elif _COMPLAINT.search(head):
        metric = "complaint.total"
    elif _EACH_BEFORE.search(head) and _BOTH_AFTER.match(tail):
        # 分别发生1起有关信息公开事务的行政复议、行政诉讼案件: one of each
        context = view.mt[max(0, view.sentence_start(c.start) - 100):view.sentence_end(c.start)]
        if b.zones.at(c.start) == "review" or DISCLOSURE.search(context):
            b.facts.append(b.count_fact("review.total", c, rule="cases.each"))
            b.facts.append(b.count_fact("litigation.total", c, rule="cases.each"))
            return True
        return False
    else:
        m = _CASE_TAIL.match(tail)
        # 没有因以上3件依申请公开事项产生行政复议: the count is of what might have caused a case, not of cases
        if m and _HAD.search(head) and not _AS_CAUSE.search(head):
            metric = "review.total" if m.group("what") == "行政复议" else "litigation.total"
    if metric is None:
        return False
    # cases about disclosure: in the part on reviews, or said of disclosure in this sentence or the one before
    context = view.mt[max(0, view.sentence_start(c.start) - 100):view.sentence_end(c.start)]
    if metric == "complaint.total":  # complaints of every kind are common: said of disclosure in their clause
        context = view.mt[view.clause_start(c.start):c.start]
    if b.zones.at(c.start) != "review" and not DISCLOSURE.search(context):
        return b.let_go(c, "cases", "a review, lawsuit or complaint not said of information disclosure")
    if _OTHER_MATTERS.search(view.mt, c.end, view.sentence_end(c.end)):
        # 共收到行政复议申请31件,…均不涉及政府信息公开事项 / 87件,…其中涉及政府信息公开的2件: cases of every matter
        part = _DISCLOSURE_PART.search(view.mt, c.end, view.sentence_end(c.end))
        own = view.next_count(part.end(), _CASE_UNITS) if part else None
        if own is not None and own.start == part.end():
            heard = metric == "review.total" and _AS_THE_REVIEW_BODY.search(view.mt, view.sentence_start(c.start), c.start)
            # heard as the review organ, the disclosure part is read, but the body's own reviews said after win
            b.facts.append(b.count_fact(metric, own, rule="cases.heard_disclosure_part" if heard else "cases.disclosure_part"))
            b.consumed.add(own.start)
        return b.let_go(c, "cases", "cases of every matter, of which the sentence says what concerned disclosure")
    heard = _AS_THE_REVIEW_BODY.search(view.mt, view.sentence_start(c.start), c.start)
    if metric == "review.total" and heard and not view.counts_between(heard.end(), c.start):
        return b.let_go(c, "cases", "the cases the body heard as the review organ, of every matter")

    b.facts.append(b.count_fact(metric, c, rule="cases.count"))
    return True
