"""Proactive disclosure in sentences: the headline figure, channel counts, named documents, interpretations.

    主动公开政府信息255条 / 共发布212条 / 公开285条信息        active.total
    通过区政府门户网站公开信息88条 / 微信公众平台发布信息260余条  active.item named after the channel
    历年累计234条 / 到目前累计主动公开政府信息100条          active.cumulative
    主动公开市政府规章22件、人事任免文件196件               active.item per named document kind
    发布政策解读48条 / 对29项…政策文件进行解读              interpretation.total

The first headline figure in the parts that may hold it is the year's total; a later figure of a
named subject (县直各单位主动公开政府信息303条) is an item; a later unnamed one is not taken. A figure
for several channels at once (通过平台、网站公开…) stands for the total when there is none yet.
"""

from __future__ import annotations

import regex

from extract.breakdown import (
    ALL_YEARS,
    CHANNEL_WORD,
    CLOSING_SUM,
    COUNT_FIRST_VERB,
    EXPLICIT_SUM,
    ITEM_NUMBER,
    ITEM_UNITS,
    ITEMS_RIGHT_AFTER,
    KIND_BEFORE_PUBLISHING,
    LEAD_CLAUSE,
    PART_OF_THE_YEAR,
    SUM_OVER_THE_YEARS,
    BreakdownList,
    Item,
    clean_label,
    count_first_list,
    find_lead,
    items_after,
    items_follow,
    read_list,
)
from extract.builder import FactBuilder
from extract.clauses import TextView
from extract.model import Fact
from extract.numbers import Number

ACTIVE_UNITS = frozenset({"条", "件", "篇", "份", "个", "宗", "则"})
_NO_ACTIVE_ZONES = frozenset({"application", "fees", "review", "problems", "plans", "platform", "other",
                              "consult", "stat_table", "tables"})
_VERB = r"(?:主动|新增|集中|及时|动态|累计|共|全年|当年|上传|宣发|推送|编发|同步)*(?:公开(?!栏|专栏|专区|目录|平台|系统|大厅|窗口|查阅)|发布|公布|发表|(?<!上传|宣发|推送)编发|(?<!公告)公示(?=(?:各类)?(?:政府|政务)?信息|(?:共|共计|累计)?$)|推送|更新|张贴|播放|播出|播报|播送|滚动显示|上网|出栏|报送|传送|录用|采用|上传(?=(?:各类)?(?:政府|政务)?信息)|新增(?=(?:各类)?(?:政府|政务)?信息))(?:了)?"
_NOUN = r"(?:信息|事项|内容|文章|稿件|消息|图文(?:及|和|与)视频|图文|推文|作品)"
_CONN = r"(?:共计|共有|总计|合计|共|为|达到|达|累计|计|有)*"
# the year said after the object (主动公开政府信息全年为144条)
_WHEN_AFTER = r"(?:全年|本年度?|今年|当年|年内)?"
HEADLINE = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB})(?:(?P<mod>[^,;:。、]{{0,16}}?){_NOUN}的?(?:数量|总数|总量|总条数|总件数|件数|条数|数|量)?"
                      rf"|(?<=更新|发布|公开)(?:量|总量|数量))?"
                      rf"{_WHEN_AFTER}{_CONN}$")
# documents are the object of the headline only when said to be published proactively (主动公开政务文件11份);
# 全年公开政府文件27条 counts one kind beside the others
HEADLINE_DOCS = regex.compile(rf"(?P<pre>.*)(?P<verb>主动(?:公开|发布)(?:了)?)(?:(?P<mod>[^,;:。、]{{0,8}}?)文件(?:数量|总数|数)?)"
                              rf"{_CONN}$")
# the object spelled out as a list of kinds that ends in 等 and a generic noun: 公开机构设置、工作动态等政府信息106条
ENUMERATED = regex.compile(rf"(?P<pre>.*?)(?P<verb>{_VERB}|(?<![^,;:。\s]{{4}})(?:具体)?(?:包括|涵盖))(?P<enum>(?:(?!公开|发布|公布|推送)[^;:。]){{2,300}}?)等(?P<mod>[^,;:。、等]{{0,8}}?)"
                           rf"(?:{_NOUN}|动态)(?:数量|总数|数|量)?{_CONN}$")
# kinds published proactively, closed by 等 and a sum (主动公开政务信息、公告公示等共计210条)
# (also 在某网站发布招标公告、工作信息等共28条, 主动公开的政府信息主要包括…、…等500余条: the verb or the
# information published said before them, the sum word optional)
ENUMERATED_SUM = regex.compile(r"(?P<pre>.*?)(?P<verb>(?:主动|累计|共)(?:公开|发布)|(?<=[在通过]\p{Han}{1,20}?(?:网站|官网|网|平台|专栏))(?:发布|公开)"
                               r"|(?:主动)?公开的(?:政府|政务)?信息(?:主要)?(?:包括|涵盖))"
                               r"(?P<enum>(?:(?!公开|发布|公布|推送)[^;:。]){2,80}?)等"
                               r"(?P<mod>)(?:共计|合计|总计|共)?(?:为|达)?$")
# generic nouns joined by 、 (公开政府工作信息、动态755条): still the headline, no list of kinds
# a count inside the spelled-out kinds: they are a list with counts of their own, not one object
_COUNTED = regex.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:[条件篇份则期次项]|个(?!\p{Han}))")
# a count of things named right after it (25个试点领域), not of items published
_THINGS_COUNTED = regex.compile(r"(?!信息|文件|政策|条|篇)\p{Han}")
_GENERIC_PART = r"(?:政府|政务|工作|各类|新闻)*(?:信息|动态(?:信息)?|消息)(?:类信息|类)?"
GENERIC_PAIR = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB})(?P<mod>(?:{_GENERIC_PART}[、及和与])+){_GENERIC_PART}{_CONN}$")
_CHANNELS_SUMMED = regex.compile(r"^(?:上述|以上|这)?[\d两二三四五六七八九十]+个(?:平台|渠道|载体|途径|账号)(?:合计|共计|总计|累计|共)?$")
PER_DAY = regex.compile(r"(?:日均|月均|周均|年均|平均每[天日周月]|平均|每[天日周月])[^,;:。]{0,6}$")
SPECIFIC = regex.compile(rf"(?P<pre>.*)(?<!政务|信息|村务|党务|厂务)(?P<verb>{_VERB})(?P<obj>[^,;:。、]{{2,30}}?){_CONN}$")
_GENERIC_MOD = regex.compile(r"(?:(?:多|多个|各个|[一二三四五六七八九十\d]+个)(?=领域|方面)|[区县市镇乡]?(?:人民)?政府(?:及|和|与)(?:其)?(?:办公室|各部门|部门)|[一二三四五六七八九十\d]+(?:个|大)?类|\d{4}年度?|\p{Han}{1,10}?(?:镇|乡|街道)(?:人民政府|政府|办事处)|办事处|本年度?|今年|全年|当年|(?:相关|各)?领域的?|街道|乡镇|镇|乡|本级|机关|方面的?|各类|类|主动|信息|各项|各种|各级|有关|相关|全部|我[区县市镇乡]|本[区县市镇乡级]|单位|政府|政务|工作|公开|公号|新闻|"
                             r"[^,]{0,16}的)*")
_INFORMATION_IN_XIANG = regex.compile(r"(?:主动)?(?:公开|发布)(?:各类)?(?:政府|政务)信息(?:共计|共|总计|合计)?$")
# work on the catalogue of what is to be disclosed (新增/梳理/调整公开事项): matters listed, none published
_CATALOGUE_WORK = regex.compile(r"新增|增加|增补|梳理|编制|修订|调整|完善|细化|目录")
_MATTERS = regex.compile(r"(?:主动)?(?:公开|发布)(?:各类)?(?:政府|政务)?事项(?:共计|共|总计|合计|累计|为|达)*$")
# 累计…已达657条 with no year said: a running total that has reached so far
_REACHED = regex.compile(r"已(?:经)?(?:达到|达)?$")  # 达 may be read with the count (达657条)
_KINDS_COUNTED = regex.compile(r"\d+个(?:类别|类|大类|方面)")
# the reports of the Regulations' first years (in force from May 2008), whose sums to the year's end (截至2011年底
# 累计公开…) run from 2008: to the year's end alone is of all the years there, the year's own in later reports
_EARLY_YEARS_END = 2014
_SINCE_A_YEAR_OF = regex.compile(r"(?P<y>\d{4})年(?:1月(?:1日)?)?(?:以来|起)")
_YEAR_END = regex.compile(r"(?:截至|截止|到)\d{4}年(?:底|末|12月31日)")
_YEARS_OWN_NEXT = regex.compile(r"[。;]\s*(?:其中[,:]?\s*)?(?:\d{4}年度?|本年度?|今年|当年|全年)[,:]?[^,;:。\d]{0,12}?(?:主动)?(?:公开|发布)")
_THIS_YEAR_PART_LATER = regex.compile(r"其中[,:\s]*(?:本年度?|今年|当年|\d{4}年度?)(?:的)?(?:新增|新)")
_ENUMERATED_LINE = regex.compile(r"\s*(?:\d{1,2}[、.)]|[(（][一二三四五六七八九十\d]{1,3}[)）])")
# the year's new part of a running total, in brackets right after it: (2025年新增388条
# (其中2013年156条): the part of one year among the years' sum, in brackets after it
_YEAR_AMONG_WORDS = r"\(其中(?:\d{4}年度?|本年度?|今年|当年)(?:主动)?(?:公开|发布)?(?:信息)?(?:共|为)?"
_NEW_THIS_YEAR = regex.compile(r"\((?:其中)?(?:\d{4}年度?|本年度?|今年|当年|全年)(?:新增|新发布|新公开)(?:公开|发布)?(?:信息)?(?:共|为)?"
                               rf"|{_YEAR_AMONG_WORDS}(?=\d)")
_YEAR_AMONG = regex.compile(rf"{_YEAR_AMONG_WORDS}\d")
_IN_WHAT = regex.compile(r"[^,;:。]*?(?:当中|之中)")
_LEADING_VERB = regex.compile(r"^(?:主动)?(?:发布|公开)(?:了)?")
_INCLUDING_GLOSS = regex.compile(r"\((?:含|包括|包含)[^()]{1,20}\)$")
_ABOUT = regex.compile(r"^(?:有关|关于)")
# kinds of every sort (各类工作动态信息): no named kind, the whole of what a channel carried
_EVERY_KIND_OF = regex.compile(r"(?:各类|各项|各种|多类)")
# what a channel carries, said as content rather than as a kind (工作信息, 新闻报道, 宣传视频, 图文)
_CONTENT_OBJECT = regex.compile(r"(?:信息|动态|新闻|报道|稿件|文章|视频|图文|消息|资讯|推文|公开材料|公示材料)$")
_POSSESSIVE = regex.compile(r"^(?:我|本)(?:街道|镇|乡|区|县|市|局|委|办|单位|机关)")
_FOR_EXAMPLE = regex.compile(r"^(?:例如|比如|诸如|如)")
_COLUMN_NAME = regex.compile(r"(?<=在|通过|依托|利用|、)[^,;:。、\d]{2,10}?(?:栏目|专栏|专区|网站|平台|网(?=公开|发布|上))")
_NOT_ACTIVE = regex.compile(r"依申请|不予|申请|同意(?:部分)?公开|(?<!大)部分公开|解读|咨询|重点领域|建议|提案|采购|招聘|征地|现行有效|访问|点击|阅读|浏览|回应|复议|诉讼")
_ONE_YEAR = regex.compile(r"累计[^,;。]{0,8}?\d{4}年度?(?:的)?(?:政府|政务)?信息(?:共|为)?$")
# the year's work named before its sum (已完成2024年度主动公开…发布工作累计总量达19条): one year's, not all years'
_ONE_YEARS_WORK = regex.compile(r"\d{4}年度(?!以来|至今|起)[^,;。]{0,16}?(?:主动公开|发布|公开)[^,;。]{0,16}?工作累计")
_TIME_SELF = regex.compile(
    r"^(?:\d{4}年(?:度)?|全年|今年(?:以来|来)?|本年度?|年内|当年|一年来|截至[^,]{0,14}?日|截止[^,]{0,14}?日|"
    r"我(?:镇|乡|街道|区|县|市|局|委|办|单位|们)|本(?:街道|单位|机关|镇|乡|级|部门)|全(?:镇|乡|区|县|市|街道)|"
    r"街道(?!网|门户|公众号|微信|微博|信息公开|专栏)|(?:镇|乡)政府(?!网|门户|公众号|微信|微博|信息公开|专栏)|其中|"
    r"共计|总计|合计|共|累计|主动|积极|认真|依法|及时|还|已|又|向社会各界|向社会公众|向社会|向公众|"
    r"向群众|群众|[,、\s])*")
_TIME = regex.compile(r"^(?:\d{4}年(?:度)?|全年|今年(?:以来|来)?|本年度?|[,、\s])*")
_TRAIL_FILLER = regex.compile(r"(?:上|中|里|已经|已|共|全年|当年|本年度?|累计|主动|共计|总计|合计|向社会|进行网上公开|进行公开|及时|规范|上传|宣发|推送|编发|发布|新增|集中|动态|更新|滚动|循环|同步|、|和|及)+$")
_CHANNEL_VIA = regex.compile(r"(?:通过|在|利用|依托|借助|设立|运用|使用)(?P<ch>(?:[^,;:。]|(?<=https?):){2,40})$")
# the noun a channel name ends with, longest first (街道微信公众号, not 街道微信)
_CHANNEL_END = (r"(?:微信公众服务号|微信公众号|微信公众平台|微信服务号|微信订阅号|微信平台|微信号|公众服务号|服务号|订阅号|公众号|微信|门户网站|网站|官网|平台|微博|专栏|栏目|客户端|公开栏|显示屏|电子屏"
                r"|公示栏|公告栏|宣传栏|信息栏|视频号|抖音号|头条号|广播站|广播)")
_CHANNEL_START = regex.compile(rf"^(?:\d{{4}}年(?:度)?)?(?:通过|利用|依托|借助|运用|在|开通|开设|建立|创建|打造"
                            # 充分发挥政府门户网站…的作用: the verb of making use of it is no part of the name
                            rf"|(?:充分)?发挥(?:好)?|用好|运用好|依托好)?(?P<ch>[^,;:。]{{2,24}}?{_CHANNEL_END}"
                            # the name may go on to a column of the site (政府网站“政府信息公开”专栏)
                            rf"(?:[“\"][^”\",;:。]{{1,12}}[”\"](?:专栏|栏目|板块|频道))?)")
_INTERPRETATION = regex.compile(r"(?:发布|制作|推出|编发|撰写|刊发|开展)?[^,;:。]{0,6}?解读(?:《[^《》,;:。]{1,30}》(?:等)?)?"
                             # what was interpreted, named before its word (解读民生政策文件6件)
                             r"(?:[^,;:。\d]{0,6}?(?:政策文件|政策|文件)|类?(?:信息|稿件|文章|材料)|产品|作品|件|稿)?"
                             r"(?:发布)?(?:数量|总数|数)?(?:共计|共|为)?$")  # 政策解读稿件发布数:4篇, a stat table's row
# kinds of interpretation, each named, closed by 等 (发布文字解读、图片解读等6篇)
_INTERPRETATION_KINDS = regex.compile(r"(?:[^,;:。、]{0,6}解读、)+[^,;:。、]{0,6}解读等(?:共计|共)?$")
_LEAD_CLAUSE_END = regex.compile(r"中\s*[,:]|(?:划分|分)为\s*[:,]|(?:分别为|主要为|包括)\s*:|类别(?:情况)?(?:有|为|包括|如下)?\s*[:,。\n]|主要(?:包括|有)\s*[:,]|分(?:类)?\s*[:,]|看\s*[:,]")
_INTERPRETATION_OF = regex.compile(r"[^,;:。]{0,12}?对(?:[^,;:。\d]{0,8}?的)?(?:《[^《》]{1,40}》(?:、?《[^《》]{1,40}》)*等)?(?P<n>\d+|[一二三四五六七八九十两]+)(?:项|件|个|份)[^。]{0,60}?(?:进行|开展)(?:了)?(?:政策)?解读")
_SPACES = regex.compile(r"\s+")
_ITEM_NUMBER = regex.compile(rf"^{ITEM_NUMBER}")
# the year's proactive disclosure of a field's information (全年共主动公开财政信息, 本年度主动公开环境信息)
_DOMAIN_HEADLINE = regex.compile(r"(?:\d{4}年度?|全年|本年度?|今年)[,\s]*(?:我局|本局|我委|我办)?(?:共|累计)?主动公开"
                                 r"(?P<field>\p{Han}{2,4})信息(?:共|共计)?")
# a breakdown follows (,其中… / 。按内容划分,… / ,包括…)
_DIVIDED_AFTER = regex.compile(r"[,。;]\s*(?:其中|按[^,;:。]{0,6}(?:划分|分类|分)|包括|具体(?:为|包括))")
# a kind and the rest of the information published with it (主动公开政策文件及政务信息183条): the year's figure
_A_KIND_AND_THE_REST = regex.compile(r"主动(?:公开|发布)(?:了)?\p{Han}{2,10}?(?:及|和|与|以及)(?:其他)?(?:政府|政务|各类)信息(?:共|共计)?$")
# a site's count with its noun first (省政府门户网站信息发布总数为…, 门户网站政务信息公开数量为…)
_SITE_COUNT_NOUN_FIRST = regex.compile(r"(?:^|[,;、])(?:\d{4}年度?,?|全年|本年度?)?(?P<ch>[^,;:。\d]{2,20}?(?:网站|网|平台|公众号|微博|客户端))"
                                       r"(?:的)?(?:政府|政务)?信息(?:的)?(?:发布|公开|更新)(?:总)?(?:数量|总数|数|量|条数)(?:为|是|达|共)?$")
# the information named before the count of its disclosure (政府信息主动公开数为…, 政务信息主动公开总量达…)
_NOUN_FIRST_COUNT = regex.compile(r"(?:政府|政务)信息(?:的)?主动(?:公开|发布)(?:总)?(?:数量|数|量|条数)(?:为|是|达|共)?$")
# the running figure in brackets right after the year's (267条(累计1,893条))
_RUNNING_BRACKET = r"\((?:历年|总)?累计"
_RUNNING_IN_BRACKETS = regex.compile(rf"[条件篇期次个项]{_RUNNING_BRACKET}(?:主动)?(?:公开|发布)?(?:共|达|为)?$")
_RUNNING_BRACKET_OPENS = regex.compile(_RUNNING_BRACKET)
# a clause opening with last year's publishing (上年公开的信息为…, 去年全年共发布…)
_LAST_YEARS_FIGURE = regex.compile(r"\s*(?:上一?年度?|去年|前一年)(?:全年)?(?:共|累计)?(?:主动)?(?:公开|发布)")
# an earlier year's figure glossing this year's, in brackets right after it (约三百条(上年为276条), (2024年为372条))
_EARLIER_YEARS_IN_BRACKETS = regex.compile(r"[条件篇期次个项]\((?:上年|去年|上一年|\d{4}年)(?:度)?(?:同期)?(?:为|是|:)?$")
_PUBLISHED_OF = regex.compile(r"(?:主动)(?:公开|发布)(?:了)?的$")
_INFORMATION_AMONG = regex.compile(r"(?:各类)?(?:政府|政务)?信息(?:中|当中|里)")
# an account name or address glossing a channel: 订阅号“某某”(微信号:abc123)
_TRAILING_GLOSS = regex.compile(r"\([^()]*\)$"
                             # 政府网站政务公开信息1050条: 政务 opens the object (政务公开信息), no part of the channel
                             r"|(?<=网站|网|平台|公众号|专栏|栏目)(?:政务|政府)$")
_QUOTED = regex.compile(r"“[^”]{1,20}”|\"[^\"]{1,20}\"|「[^」]{1,20}」")


def _masked(m: regex.Match) -> str:
    """A quoted brand name blanked out, same length, so that offsets into the head still hold."""
    return m.group()[0] + "〇" * (len(m.group()) - 2) + m.group()[-1]


# a list of channels closed by 等方式 / 等渠道: several channels at once
_SEVERAL_WAYS = regex.compile(r"等[^,;:。等]{0,8}?(?:方式|渠道|途径|载体|形式|媒体|媒介|平台|场所)"
                           r"(?:(?:主动)?(?:公开|发布)(?:政府|政务)?信息)?$")  # …等公共信息查阅场所公开信息
_PUBLISHED_INFO_END = regex.compile(r"(?:主动)?(?:公开|发布)(?:政府|政务)?信息$")
_SEVERAL_CHANNELS = regex.compile(r"(?:各类|各种|多种|各个|各)(?:媒体|平台|渠道|载体)")
# a channel's count may be of issues or showings (公开栏张贴12期, 电子屏播放30次)
_CHANNEL_UNITS = frozenset({"期", "次"})
_ITEM_OR_ISSUE_UNITS = ACTIVE_UNITS | _CHANNEL_UNITS
KIND_NAMED_BY_ITS_PUBLISHING = regex.compile(r"(?:^|[,;、:])(?:法定|应当?|应予)(?:主动)?公开的?(?:内容|信息|事项)$"
                                           # 财政公开信息 a kind too; 政务公开信息 may be the year's headline
                                           rf"|(?:^|[,;、:])\p{{Han}}{{0,6}}?(?:{KIND_BEFORE_PUBLISHING}|财政)(?:主动)?公开(?:信息|内容)$")
_PRODUCED = regex.compile(r"(?:产生|制作|形成|生成)(?:各类)?(?:政府|政务)?信息(?:共|共计|为)?$")
_ALL_PUBLISHED_AFTER = regex.compile(r"\s*[,;]\s*(?:均|全部|都|全都)(?:已|已经)?(?:依法)?(?:主动)?(?:公开|发布)")
_CHANNEL_JOIN = regex.compile(r"、|和|及|与")
_CHANNEL_SCENE = regex.compile(rf"(?:通过|在|利用|依托|借助|设立|运用|使用|开通|开设|建立|创建|运营)(?P<ch>[^,;:。]{{1,40}}?(?:{_CHANNEL_END}|网))"
                            r"(?:上|中)?(?:向[^,;:。\d]{1,8}?)?(?:进行|提升|发布|公开|$)")  # 通过某网向群众进行公开
SUM_TO_A_DATE = regex.compile(r"(?:截至|截止)(?:到)?[^,;。]{0,14}?(?:底|末|日)[,\s]?[^,;。]{0,8}?累计")
_THROUGH_A_CHANNEL = regex.compile(rf"(?:通过|依托|利用)[^,;:。]{{0,16}}?(?:{CHANNEL_WORD.pattern})")
# the report's body as the subject (依托某网站,2020年卫健委主动发布…): no channel, the clause before may name it
_BODY_AS_SUBJECT = regex.compile(r"(?:我|本)?\p{Han}{0,3}?(?:委|局|办|中心|政府|街道|镇|乡)")
# words before the headline's verb that open with a verb of their own (更新发布工作动态和公开信息40条): no subject
_OPENS_WITH_ITS_VERB = regex.compile(r"(?:及时|主动|定期)?(?:更新|发布|推送|上传|编发|转发|公开)")
_SO_FAR = regex.compile(r"(?:截至|截止|到)(?:目前)|至今|迄今|目前为止")
# the year's part after a sum of the years, opened by 其中 or in the clause after it (…1500余条,今年新增156条)
_YEAR_PART = regex.compile(r"(?P<sep>[,;。]?)\s*(?:其中[,:]?\s*)?(?:\d{4}年|本年度?|今年|当年)(?:度)?(?P<new>新增|新)?(?:主动)?"
                           r"(?:公开|发布)?(?:政府信息|信息)?(?:共|为)?")
_ALL_YEARS = regex.compile(r"(?:历年|到目前|至今)累计")
# a sum to date in other words than 累计 (目前我委总计主动公开政府信息2739条)
_TO_DATE_SUM = regex.compile(r"(?:目前|至今|迄今|截至目前|到目前为止)[^,;:。\d]{0,8}?(?:总计|共计|合计)"
                          # a catalogue or site holding so many to date (截至目前,政府信息公开目录共有信息5432条)
                          r"|(?:截至目前|目前|至今|迄今)[^;:。\d]{0,16}?(?:共有|已有|现有)")
_PUBLISHED = regex.compile(r"公开|发布|累计")
_INFO_AFTER = regex.compile(r"(?:政府|政务)?信息")
_VERB_AT_END = regex.compile(rf"(?P<pre>.*)(?P<verb>{_VERB}){_CONN}$")
_VIA_WORD = r"(?:通过|利用|依托|借助|在)"  # the words that bring in a channel
_CHANNEL_PREFIX_WORDS = regex.compile(rf"^.*?{_VIA_WORD}")
# a subject that names an office or body (县直各单位, 区财政局, 各镇街): its own figure is an item
_OFFICE = regex.compile(r"(?:单位|部门|局|委|办|办公室|中心|政府|镇|乡|街道|街|站|所|院|队|处|科|村|社区|机关|板块|版块|[”」\"])$")
# information of every kind (各类信息, 共计/累计…): the whole, as against a few kinds spelled out
_ALL_KINDS = regex.compile(r"各类|各项|全部|所有|累计|共计|总计|合计")
_CONN_END = regex.compile(rf"{_CONN}$")
# 累计公开846条,其中本年度…214条: the part of this year follows, so the figure is of all years
_THIS_YEAR_PART = regex.compile(r"[,;。]?\s*其中[,:]?\s*(?:本年度?|今年|当年|\d{4}年度?)")
# the kinds spelled out summed up in a word of their own (惠民举措、安全生产等民生类信息)
# the kinds spelled out summed up as the body's news (…民生服务保障政策等相关工作动态信息113条)
_WORK_NEWS = regex.compile(r"(?:相关|有关)?(?:工作)?动态")
_KIND_SUMMARY = regex.compile(r"\p{Han}{1,4}类的?")
_KEY_AREAS = regex.compile(r"\d*个?重点领域(?:的)?")
_KEY_INFORMATION = regex.compile(r"\d*个?重点(?:领域|工作)?(?:的)?")
_VERB_GLOSS = regex.compile(r"(?<=公开|发布|公布|推送|更新)\([^()\d]{1,6}\)")
# a figure said of the whole body (全区, 全县各级行政机关), as against one office's
# a part of the year a count is given for (第一季度, 二季度, 1月, 上半年)
_PERIOD = regex.compile(rf"(?:\d{{4}}年度?|全(?:镇|乡|区|县|市|街道)|我(?:镇|乡|街道|局|委|办)|本(?:镇|乡|单位))*"
                        rf"(?P<p>{PART_OF_THE_YEAR})")  # 全镇上半年公开71条: the body before the part of the year
# the government itself (县政府及县政府办公室, 县政府本级), not one office of it (区政府办公室)
_BODY_ITSELF = regex.compile(r"[县区市旗]政府(?!办)|本级")
_LOWER_BODIES = regex.compile(r"各(?:乡镇|街道|部门|单位)|[县市区]直(?:各)?(?:部门|单位)|\d+个(?:乡镇|部门)")
_A_TOWNS_NAME = regex.compile(r"\p{Han}(?:镇|乡|街道|苏木)$")
_ABOVE_A_TOWN = regex.compile(r"全(?:区|县|市|省)")
_WHOLE = regex.compile(r"全(?:区|县|市|镇|乡|街道|委|局|省)|各级(?:各部门|行政机关)|合计|总计")
_VERB_THEN_INTERPRETATION = regex.compile(r"(?:发布|制作|推出|编发|撰写|刊发)[^,;:。]{0,6}?解读")
_INTERPRETATION_LABEL = regex.compile(r"(?:\d+[.、]|[(（]?[一二三四五六七八九十]+[)）、])?(?:政策)?解读(?:情况|工作)?")
_TOPIC_WORD = regex.compile(r"方面$")  # 政策解读方面: the topic named
_LABELLED_COUNT = regex.compile(r"(?:\d{4}年度?|本年度?|全年|今年)?[,\s]*(?:共|累计)?(?:发布|制作|推出|编发|开展)?(?:了)?(?:共|共计)?")
_SUM_OF_INTERPRETATIONS = regex.compile(r"(?:合计|共计|总计|共)(?:发布)?(?:政策)?解读(?:材料|稿件|文章)?(?:共|为)?$")
# (会同: together with, and 管委会, 委员会, 协会: bodies, no meeting)
_NOT_INTERPRETATION = regex.compile(r"视频|活动|(?<![委协学商工])会(?!同)|图解|(?<!全年|本年|今年|年度)累计")  # (全年累计: the year's)
# the forms spelled out and closed by 等, then interpretations of them all (图解、短视频等多种形式的政策解读产品15个)
# the forms named before interpreting counted in times (以图片、动漫、视频等形式解读政策6次)
_FORMS_BEFORE_INTERPRETING = regex.compile(r"等(?:多种|各种)?(?:形式|方式)(?:解读政策|进行(?:了)?(?:政策)?解读|开展(?:了)?(?:政策)?解读)(?:共|共计)?$")
_FORMS_OF_INTERPRETATION = regex.compile(r"等(?:多种|各种|各类)?(?:形式|方式|类型)?的?(?:发布|推出|制作|编发)?(?:政策)?解读(?:产品|材料|作品|稿件|文章|政策文件|文件|政策)?"
                                         r"(?:共|共计)?$")


# 自2008年以来 / 2008年至今: a figure over all the years since
_SINCE_YEAR = regex.compile(r"(?:自|从)\d{4}年(?!1月|一月|初|年初)[^,;:。]{0,6}?(?:以来|起至今|至今|起)|\d{4}年至今|(?:施行|实施|开展)以来")
# a clause opening with 累计 after the year's figure in the same sentence (320条,累计公开1850条)
_AFTER_YEAR_TOTAL = regex.compile(r"^(?:已|共)?累计")
# to a year's end (截至2020年底, 截止到2020年12月31日)
_TO_A_YEARS_END = regex.compile(r"(?:截至|截止|到)(?:到)?\d{4}年(?:底|末|年底|12月(?:31日|底))")
# the years' sum named without 累计 (历年总数达到…)
_YEARS_SUM = regex.compile(r"历年(?:来)?(?:的)?(?:总数|总量|共计|合计)(?:已)?(?:达到|达|为)?$")


# a kind whose name holds the word of publishing (财务公开信息, 党务公开类)
_KIND_WITH_ITS_PUBLISHING = regex.compile(r"(?P<what>\p{Han}{2,8}?)公开(?:类)?(?:信息)?(?:类)?")


def _after_a_joined_count(view: TextView, c: Number) -> bool:
    """True when the count's words follow a count of its clause joined by 、 (…通知公告18条、财务公开信息6条)."""
    before = view.counts_between(view.sentence_start(c.start), c.start)
    return bool(before) and view.mt[before[-1].end:before[-1].end + 1] == "、" \
        and view.mt[before[-1].end + 1:c.start] == view.head(c)


# the next kind and its count joined by 、 right after a count (…17份、公示公告43期)
_A_KIND_JOINED_AFTER = regex.compile(r"、[^,;:。、\d]{2,12}?(?:\d|[一二三四五六七八九十两]+[条件篇份个期次项])")


def _closing_sum(b: FactBuilder, c: Number) -> bool:
    """…通过微信公开80条,通过公开栏公开30期,合计230条: a sum closing the counts before it in its sentence
    is the total they divide."""
    view = b.view
    a = view.sentence_start(c.start)
    parts = [f for f in b.facts if f.metric == "active.item" and f.breakdown is None and f.value_start is not None
             and a <= f.value_start < c.start]
    if len(parts) < 2 and a > 0:
        # …;在电子屏滚动显示33条。以上共计555条 / 三项合计457条: the counts of the sentence before, when they add up to it
        before = [f for f in b.facts if f.metric == "active.item" and f.breakdown is None
                  and f.value_start is not None and view.sentence_start(a - 1) <= f.value_start < a]
        if len(before) >= 2 and sum(f.value for f in before) == c.value:
            parts = before
    if len(parts) < 2:
        # a list read before it that divides no figure (文件类信息15条,非文件类信息86条,合计101条): the sum
        # closes it when its counts add up to it
        parts = _list_without_a_figure(b, a, c)
        if parts:
            b.closing_total(c, parts[0].group, "active.closing_sum")
        return bool(parts)
    total = b.closing_total(c, b.new_group(), "active.closing_sum")
    breakdown = b.new_group()
    for f in parts:
        f.group, f.breakdown, f.lead = total.group, breakdown, "合计"
    return True


_EXPLICIT_SUM_AFTER = regex.compile(rf"[,;、\s]*(?:以上|上述)?{EXPLICIT_SUM}(?:为|共)?")


def _list_without_a_figure(b: FactBuilder, a: int, c: Number) -> list[Fact]:
    """The items of one list in the sentence before the count, whose group holds no other figure and whose
    counts add up to it; else none."""
    items = [f for f in b.facts if f.metric == "active.item" and f.breakdown is not None
             and f.value_start is not None and a <= f.value_start < c.start]
    if len(items) < 2 or len({f.breakdown for f in items}) != 1:
        return []
    # said as their sum right after the last (…财务公开信息6条,合计70条), it is their total as printed, adding up
    # or not (active.items_sum says); else only when they add up to it
    last = max(items, key=lambda f: f.value_start)
    said_after = _EXPLICIT_SUM_AFTER.fullmatch(b.view.mt, last.value_end or last.end, c.start)
    if sum(f.value for f in items) != c.value and not (said_after and last.unit == c.unit):
        return []
    if any(f.group == items[0].group and f.breakdown != items[0].breakdown for f in b.facts):
        return []  # the list divides a figure already
    return items


# the site named inside what was published, right after the verb (发布更新某县人民政府网政务公开信息13条)
_SITE_IN_THE_OBJECT = regex.compile(rf"(?:{_VERB})+(?P<ch>[^,;:。、\d“”]{{2,24}}?(?:网站|政府网|门户网|信息网|政务网|平台|公众号|微博))"
                                    rf"(?:的)?(?:政务公开|政府|政务|公开)?(?:信息|动态){_CONN}$")
_GOVERNMENT_SITE = regex.compile(r"政府(?:门户)?(?:网站|网)|门户网站|政务网|信息公开网")
# a clause opened by its number in a list (一是, 1., (1), 第一)
_NUMBERED_OPENING = regex.compile(r"\s*(?:[一二三四五六七八九十]是|\d{1,2}[.、)]|\(\d{1,2}\)|第[一二三四五六七八九十]+[,、])")


# a site or a board, whose count is of the information published; a new-media account, whose pushes are not
_SITE_OR_BOARD = regex.compile(r"网站|网页|门户|政府网|信息网|政务网|公开网|专栏|公开栏|公示栏")
_NEW_MEDIA = regex.compile(r"微信|微博|公众号|抖音|头条|视频号|新媒体|客户端|APP|app")


def _larger_channel_before(b: FactBuilder, c: Number, sites_only: bool) -> bool:
    """True when a channel's count read before `c` is larger than it; with `sites_only`, a site's or a board's
    (not a new-media account's: its pushes are counted apart from the information published, and often
    outnumber it)."""
    return any(ch.value > c.value and ch.value_start is not None and ch.value_start < c.start
               and (not sites_only or _SITE_OR_BOARD.search(ch.label or "") and not _NEW_MEDIA.search(ch.label or ""))
               for ch in b.channels)


def _its_list(b: FactBuilder, c: Number, whole: Fact) -> None:
    """The list introduced right after the count `whole` was read from (…3.5万条,其中…), as its breakdown."""
    lead = find_lead(b.view, c.end)
    if lead:
        blist = read_list(b.view, lead[1], lead[0], None, b.consumed)
        if blist.items:
            b.add_list(blist, whole)


def _part_of_a_figure_before(b: FactBuilder, c: Number) -> bool:
    """产生政府文件信息22条,其中主动公开14条: the count opened by 其中 is a part of the figure before it
    (documents made), which gives way to a channel's count of everything published read before it."""
    view = b.view
    a = view.clause_start(c.start)
    if not view.mt[a:c.start].lstrip().startswith("其中"):
        return False
    return bool(view.counts_between(view.sentence_start(c.start), a))


def _years_new_part(view: TextView, c: Number) -> Number | None:
    """The year's new part printed in brackets right after a running total (8775条(2025年新增388条)), if any."""
    new = _NEW_THIS_YEAR.match(view.mt, c.end)
    part = view.next_count(new.end(), ACTIVE_UNITS) if new else None
    return part if part is not None and part.start == new.end() else None


def _with_the_years_new(b: FactBuilder, c: Number, head: str) -> bool:
    """累计公开信息8775条(2025年新增388条): a running total with the year's new part in brackets. Said of
    information in general, the running total is the cumulative figure and the part the year's total;
    said of a kind (…类信息累计5434条(2025年新增163条)), the part is that kind's item of the year."""
    view = b.view
    part = _years_new_part(view, c)
    if part is None:
        return False
    m = HEADLINE.match(head)
    if m and (m.group("mod") is None or _GENERIC_MOD.fullmatch(m.group("mod") or "")):
        b.facts.append(b.count_fact("active.cumulative", c, rule="active.cumulative_with_new"))
        if b.total is None:
            b.total = b.count_fact("active.total", part, rule="active.year_new")
            b.facts.append(b.total)
    else:
        cut = head.rfind("累计")
        start = c.start - len(head)
        scene = _IN_WHAT.match(view.mt, start, start + cut)
        label = _SPACES.sub("", view.text[scene.end() if scene else start:start + cut])
        label = _LEADING_VERB.sub("", label)
        if len(label) < 2:
            return False
        b.facts.append(b.count_fact("active.item", part, label, rule="active.kind_year_new"))
    b.consumed.add(part.start)
    return True


def _to_the_years_end_with_its_part(b: FactBuilder, c: Number) -> bool:
    """到2010年底累计…3条,…,其中,本年度新增…3条: to the year's end is of all the years when the year's
    own part is given after it in the sentence, or in a report of the Regulations' first years (截至2011年底
    累计公开299条); alone in a later report (截至2025年底累计公开18条) it is the year's."""
    view = b.view
    a = view.sentence_start(c.start)
    if not _YEAR_END.search(view.mt, a, c.start):
        return False
    year = b.report_year()
    since = _SINCE_A_YEAR_OF.search(view.mt, a, c.start)
    if year is not None and year <= _EARLY_YEARS_END and not (since and int(since.group("y")) == year):
        # the early reports summed all that was published since the Regulations took effect (not 累计主动公开
        # 2014年以来的政府信息215条 in 2014's report: since the year began, the year's)
        return True
    z = view.sentence_end(c.end)
    if _THIS_YEAR_PART_LATER.search(view.mt, c.end, z):
        return True
    # or in the sentence right after, opening with the year (…累计公开2847条。2015年主动公开信息531条)
    nxt = _YEARS_OWN_NEXT.match(view.mt, z)
    own = view.next_count(nxt.end(), ACTIVE_UNITS) if nxt else None
    return own is not None and own.start < view.sentence_end(nxt.end()) and own.value < c.value


def _since_a_year(b: FactBuilder, c: Number) -> bool:
    """自2008年以来, before the count in its sentence with no other count between."""
    view = b.view
    a = view.sentence_start(c.start)
    m = _SINCE_YEAR.search(view.mt, a, c.start)
    if m is None or view.counts_between(m.end(), c.start):
        return False
    # 自2008年5月1日起 in the report of 2008 (the year the Regulation came into force): the year's own figure
    year = regex.search(r"\d{4}", m.group())
    return year is None or int(year.group()) != b.report_year()


# a year the sum runs from, without 自/从 (2008年以来, 2008年至2013年): which year it is decides
_FROM_A_YEAR = regex.compile(r"\d{4}年(?:度)?(?:以来|至今|起)|\d{4}年(?:度)?(?:至|到|-)\d{4}年")


def _larger_sum_since_a_year(b: FactBuilder, c: Number, head: str) -> bool:
    """2008年以来,全乡累计公开政府信息1,025条 after the year's 218条: a larger sum from a year named bare is
    the sum of the years. Alone (2025年以来,累计公开…) it may be this year's, and stays the headline."""
    if "累计" not in head or b.total is not None and b.total.value >= c.value:
        return False
    a = b.view.sentence_start(c.start)
    m = _FROM_A_YEAR.search(b.view.mt, a, c.start)
    if m is None or b.view.counts_between(m.end(), c.start):
        return False
    if b.total is not None:
        return True
    # no year's figure read before it: the sum is of all years only when it runs from a year before the report's
    year = b.report_year()
    return year is not None and int(m.group()[:4]) < year


# the total reached by what was published so far, said after the year's figure (使主动公开信息总量达到…,
# 目前共公开…, 总计已公开…, 至此…总数达…)
_RUNNING_TOTAL = regex.compile(r"(?:总量|总数|总计|目前共|至今共|至此|迄今|使)[^,;。]{0,12}?(?:累计)?(?:已|共)?(?:达到|达|为|公开|发布)?$")


def _smaller_new_part_later(view: TextView, c: Number) -> bool:
    """True when the sentence goes on, past clauses with no count, to the year's new part (其中,本年度新增…32条)."""
    z = view.sentence_end(c.end)
    m = _THIS_YEAR_PART_LATER.search(view.mt, c.end, z)
    if m is None or view.counts_between(c.end, m.start()):
        return False
    part = view.next_count(m.end(), ACTIVE_UNITS)
    return part is not None and part.start < z and part.value < c.value


def _years_part_after(view: TextView, c: Number, head: str) -> bool:
    """True when the clause after `c` gives a smaller count of one year, said new or after a 累计 sum: `c` is
    the sum of the years (共…1500余条,今年新增156条; 已累计公开…1500条,2012年公开156条)."""
    m = _YEAR_PART.match(view.mt, c.end)
    if m is None or m.group("sep") not in (",", ";") or not (m.group("new") or "累计" in head):
        return False
    part = view.next_count(m.end(), ACTIVE_UNITS)
    return part is not None and part.start == m.end() and part.value < c.value


def _larger_after_the_years(b: FactBuilder, c: Number) -> bool:
    """True when the year's total was read in this sentence or the one before, and `c` is larger."""
    total = b.total
    if total is None or total.value_start is None or total.value_start >= c.start or c.value <= total.value:
        return False
    a = b.view.sentence_start(c.start)
    return b.view.sentence_start(max(0, a - 1)) <= total.value_start


def _year_total_before(b: FactBuilder, c: Number) -> bool:
    a = b.view.sentence_start(c.start)
    return b.total is not None and b.total.value_end is not None and a <= b.total.value_start < c.start


# (an address or ID is no figure, nor how many accounts a channel has: 微信公众账号(1个))
_AFTER_A_COUNT = regex.compile(r"^.*(?<![A-Za-z\d.:/_(-])\d+(?![A-Za-z\d.:/_-]|个\))(?:条|件|篇|期|次|个)?")
_LEADING_VIA = regex.compile(rf"^{_VIA_WORD}")
_BARE_SUM = regex.compile(r"(?:共|共计|合计|总计)(?:有|为)?")
_PUBLISHED_THROUGH = regex.compile(r"(?:通过|在|利用|依托)(?P<ch>[^,;:。\d]{2,24}?)(?:上)?(?:主动)?(?:发布|公开|公布|推送)(?:政府|政务)?(?:信息)?$")
_MEANS = regex.compile(r"(?:通过|利用|依托|借助)(?P<ch>[^,;:。\d]{2,30})")
# 通过对政府信息进行梳理: by doing something, no means of publishing
_DOING = regex.compile(r"^(?:对|把|将|以|在)|进行|开展|加强|落实|推进|完善|建立|健全|组织|梳理|实行|实施|坚持|强化|规范")
# choosing the channels (选择合适的公开专栏): no channel a count went out on (tending one, 加强对…公众号的运维, is)
_WORK_ON_A_CHANNEL = regex.compile(r"选择|挑选|确定")
_TENDING = regex.compile(r"^(?:持续|不断|进一步|全面|积极|大力|认真)?(?:加强|强化|做好|抓好|注重|优化|完善|规范|提升|改进|维护)(?:对|好)?")
_MANY_WAYS = regex.compile(r"多种|各种|各类|多个|多渠道|多形式|多途径|方式$|渠道$|途径$|形式$")


def _channel_of(pre: str, prev_clause: str) -> str | None:
    """The channel a headline count is bound to: named before its verb (通过门户网站…, 市政府网站…) or,
    when the clause names no subject, in the clause before (利用…专栏进行网上公开,全年上传…)."""
    m = _CHANNEL_VIA.search(pre) or _CHANNEL_SCENE.search(pre)
    if m and CHANNEL_WORD.search(m.group("ch")):
        # 通过各渠道公开信息通过政府信息平台主动公开: the channel is what the last 通过 names
        ch = m.group("ch").rsplit("通过", 1)[-1]
        return _TRAIL_FILLER.sub("", ch) or None
    bare = _TIME_SELF.sub("", pre)
    after_a_count = _AFTER_A_COUNT.search(bare)
    if after_a_count:  # …公开政府信息184通过电子显示屏…: a figure printed before is no part of the channel's name
        bare = _LEADING_VIA.sub("", bare[after_a_count.end():])
    rest = _TRAIL_FILLER.sub("", bare)
    if len(rest) == 1 and bare.startswith(rest):
        rest = bare  # 网上 is a channel of its own, not 网 with a filler
    if rest and not (prev_clause and (_BODY_AS_SUBJECT.fullmatch(rest) or _OPENS_WITH_ITS_VERB.match(rest))):
        rest = rest.removeprefix("向")  # 向市政府网站报送: the site it went to
        rest = _FOR_EXAMPLE.sub("", rest)  # 如人民网、四川日报等主流媒体: the channels, not the word giving them
        # a subject of its own: a channel, or an account known by its quoted name (“台安发布”共推送文章455篇)
        return rest if CHANNEL_WORD.search(rest) or _QUOTED.fullmatch(rest) else None
    if not prev_clause:
        return None
    if _SEVERAL_WAYS.search(prev_clause) and CHANNEL_WORD.search(prev_clause):
        # 通过网站等渠道,累计发布…: several channels at once (the verb and object after them no part of the name)
        return _PUBLISHED_INFO_END.sub("", _CHANNEL_PREFIX_WORDS.sub("", prev_clause))
    m = _CHANNEL_SCENE.search(prev_clause)
    if m:
        return _TRAIL_FILLER.sub("", m.group("ch")) or None
    scene = _POSSESSIVE.sub("", _TIME.sub("", prev_clause))  # 2022年度我街道官方微信“某某”: the body's own
    m = _CHANNEL_START.match(scene)
    if m and _WORK_ON_A_CHANNEL.search(m.group("ch")):
        return None  # 精心选择合适的公开专栏,全年累计主动公开…: work on the columns, no channel the count went out on
    if not m:
        # 通过手册、传单等纸质材料,公开52条: the means named in a clause of its own, the count bare after it
        means = _MEANS.fullmatch(scene)
        return means.group("ch") if means and not _MANY_WAYS.search(scene) and not _DOING.search(means.group("ch")) else None
    named = _QUOTED.match(scene, m.end())  # the account's name after the channel's noun
    return m.group("ch") + named.group() if named and scene[named.end():].strip() == "" else m.group("ch")


# the sentence opening on the platform all of it is about (以某区政府门户网站为政务公开的主要平台,…,更新…信息120条)
_AS_THE_PLATFORM = regex.compile(r"\s*以(?P<ch>[^,;:。\d]{2,30}?)为[^,;:。\d]{0,12}?(?:平台|阵地|载体|渠道|窗口)[,;]")


def _platform_of_the_sentence(view: TextView, c: Number) -> str | None:
    """The channel a sentence names as its platform in its opening clause, when no figure stands between."""
    s = view.sentence_start(c.start)
    m = _AS_THE_PLATFORM.match(view.mt, s, c.start)
    if m is None or not CHANNEL_WORD.search(m.group("ch")) or view.counts_between(m.end(), c.start):
        return None
    return m.group("ch")


def _printed(view: TextView, simplified_piece: str, near: int) -> str:
    """The printed form of a piece of the simplified view, found at or before `near`."""
    i = view.mt.rfind(simplified_piece, 0, near)
    if i < 0:
        return simplified_piece
    return _SPACES.sub("", view.text[i:i + len(simplified_piece)])


# a clause saying what the publishing aimed at, between the channel's clause and the count's
_PURPOSE = regex.compile(r"\s*(?:聚焦|围绕|紧扣|紧盯|突出|结合|坚持|立足|着眼|针对|拓宽|丰富"
                      r"|及时(?:公开|发布|更新|推送))")  # (及时公开街道各类工作动态: what went out, said before its count)


# a numbered point that names a channel and nothing else (1.政府网站。 / (二)政务新媒体:)
# a numbered point of its own (1.政府网站。 / (二)主动公开规范性文件。), its words after the number
_POINT = rf"\s*{ITEM_NUMBER}\s*"
_CHANNEL_POINT = regex.compile(rf"{_POINT}(?P<ch>[^,;:。\d\s]{{2,16}})[。:\s]*")


def _point_before(view: TextView, c: Number, point: regex.Pattern) -> regex.Match | None:
    """`point` matched over the whole sentence right before the count's, when the count's clause opens its own."""
    a = view.sentence_start(c.start)
    if a <= 0 or view.clause_start(c.start) != a:
        return None
    return point.fullmatch(view.mt, view.sentence_start(a - 1), a)


def _channel_heading_before(view: TextView, c: Number, pre: str) -> str | None:
    """The channel named by the numbered point right before the count's sentence (1.政府网站。全年发布政务信息
    1024条), when the sentence opens with the count's clause and names no subject of its own."""
    m = _point_before(view, c, _CHANNEL_POINT) if not _TIME_SELF.sub("", pre).strip() else None
    return m.group("ch") if m and CHANNEL_WORD.search(m.group("ch")) and not _NOT_ACTIVE.search(m.group("ch")) else None


# the topic a clause names before the figure's clause (在重点领域信息公开方面, 关于财政信息), and a numbered point
# naming what was published (（二）主动公开规范性文件。)
_TOPIC_CLAUSE = regex.compile(r"(?:在|关于|对于)?(?P<t>[^,;:。\d]{2,20}?)(?:方面|工作中)")
_KIND_POINT = regex.compile(rf"{_POINT}(?:主动)?(?:公开|发布)?(?P<t>[^,;:。\d\s]{{2,16}})[。:\s]*")
_WORK_HEADING = regex.compile(r"推进|推动|加强|加大|强化|深化|做好|抓好|完善|规范(?!性)|落实|提升|优化|注重|坚持|创新|健全|聚焦|围绕|突出|严格")
_NOT_A_TOPIC = regex.compile(r"申请|复议|诉讼|咨询|回应|解读|建议|提案|平台|机制|制度|组织|领导|管理|保障|监督")


def _topic_named_before(view: TextView, c: Number) -> str | None:
    """The topic of a figure said with a generic object (公开信息120条): named by the clause right before it in
    its sentence (在…方面,) or by the numbered point right before its sentence, as printed."""
    a = view.clause_start(c.start)
    topic = None
    if a > 0 and view.mt[a - 1] == ",":
        m = _TOPIC_CLAUSE.fullmatch(view.mt, view.clause_start(a - 1), a - 1)
        topic = m.group("t") if m else None
    elif (m := _point_before(view, c, _KIND_POINT)) is not None:
        topic = m.group("t") if not CHANNEL_WORD.search(m.group("t")) and not _WORK_HEADING.match(m.group("t")) \
            else None  # (8)推进财政资金信息公开。: a heading of work done, no kind
    if not topic or _NOT_A_TOPIC.search(topic):
        return None
    return _printed(view, topic, c.start)


def _prev_clause(view: TextView, c: Number) -> str:
    """The clause before, when it sets the scene (names a channel) without a figure of its own."""
    a = view.clause_start(c.start)
    if a <= 0 or view.mt[a - 1] not in ",:":
        return ""
    prev_start = view.clause_start(a - 1)
    if any(not (o.unit in ("个", "项") and _THINGS_COUNTED.match(view.mt, o.end))
           for o in view.counts_between(prev_start, a)):
        return ""  # a figure of its own (but a count of kinds, 发布信息6个类别, sets the scene still)
    if _PURPOSE.match(view.mt, prev_start) and prev_start > 0 and view.mt[prev_start - 1] in ",:":
        # 依托“今日平江”栏目,聚焦…内容,主动发布各类信息76条: the scene is set before the aim
        scene_start = view.clause_start(prev_start - 1)
        if not view.counts_between(scene_start, prev_start):
            return view.mt[scene_start:prev_start - 1]
    return view.mt[prev_start:a - 1]


# a gazette or paper the body prints, by its issues (编印政府公报6期, 共发行《某某政报》12期): a channel of its own
_GAZETTE_ISSUES = regex.compile(r"(?:编印|编发|印发|发行|出版|刊印|编辑|编制(?:和|并|及)?发布|发布|出刊|发刊)(?:了)?"
                                # any periodical named in 《》 counted in issues (编印《石台林业》18期)
                                r"(?P<g>《[^《》,;:。]{1,16}》|[^,;:。《》\d]{0,12}?(?:公报|政报))(?:共|共计)?$")


# the body printing in a paper or gazette it names (在《某某日报》刊登信息12篇, 在《某报》《某刊》等报刊刊发稿件7篇);
# a paper as the subject (媒体刊发我局宣传报道540篇) is publicity by others, no channel of the body's
_IN_A_PAPER = regex.compile(r"(?:在|通过|于|借助|依托)(?P<ch>《[^《》,;:。]{1,16}》(?:[、和及与]?《[^《》,;:。]{1,16}》)*"
                            # a page or column of the paper (《某某日报》“健康某某”专版)
                            r"(?:“[^”,;:。]{1,10}”)?(?:专版|专栏|版面|栏目|副刊)?"
                            r"(?:等[^,;:。\d等]{0,6})?)(?:上)?(?:刊登|刊发|刊载|登载|发表|发布|刊出)(?:了)?(?:各类)?"
                            r"(?:[^,;:。\d]{0,8}?类)?(?:政府|政务|工作)?(?:信息|稿件|文章|新闻|报道)?(?:共|共计)?$")


# the parts a paper or gazette of the body's is spoken of in
_PRINTED_CHANNEL_ZONES = frozenset({"active", "overview", "platform", None})


def _paper_items(b: FactBuilder, c: Number) -> bool:
    """A count printed in a paper or gazette the body names after 在/通过: an item of that channel."""
    m = _IN_A_PAPER.search(b.view.head(c))
    if m is None or b.zones.at(c.start) not in _PRINTED_CHANNEL_ZONES:
        return False
    b.facts.append(b.count_fact("active.item", c, _printed(b.view, m.group("ch"), c.start), rule="active.paper"))
    return True


def _gazette_issues(b: FactBuilder, c: Number) -> bool:
    """A gazette's issues, or the items printed in them where the next clause counts those."""
    view = b.view
    head = view.head(c)
    m = _GAZETTE_ISSUES.search(head)
    if m is None or b.zones.at(c.start) not in _PRINTED_CHANNEL_ZONES:
        return False
    label = _printed(view, m.group("g"), c.start)
    items = items_after(view, c, ACTIVE_UNITS)  # (刊登文件资料86件 counts documents printed, no items disclosed)
    if items is not None:
        b.let_go(c, "active", "a gazette's issues, its items counted right after")
        b.facts.append(b.count_fact("active.item", items, label, rule="active.gazette_items"))
        b.consumed.add(items.start)
        return True
    b.facts.append(b.count_fact("active.item", c, label, rule="active.gazette_issues"))
    return True


def active_counts(b: FactBuilder, c: Number) -> bool:
    """Headline, channel and named-document counts of proactive disclosure; True when taken."""
    view = b.view
    zone = b.zones.at(c.start)
    if zone == "platform" and _platform_channel(b, c):
        return True
    if zone == "application" and _PUBLISHED_THROUGH.search(view.head(c)) \
            and "申请" not in view.mt[view.sentence_start(c.start):view.sentence_end(c.end)]:
        zone = "active"  # 通过政府网站主动公开信息58条 under the heading of applications: a channel's count all the same
    if zone in _NO_ACTIVE_ZONES:
        return b.let_go(c, "active", f"in the part `{zone}`, which holds no proactive-disclosure figure")
    # 主动公开事项共计273余项; 主动公开政府信息45项: information counted in 项
    matters = c.unit == "项" and (_MATTERS.search(view.head(c)) is not None
                                 or _INFORMATION_IN_XIANG.search(view.head(c)) is not None) \
        and not _CATALOGUE_WORK.search(view.head(c))  # 新增…等公开事项6项: matters added to the catalogue
    if c.unit not in ACTIVE_UNITS and c.unit not in _CHANNEL_UNITS and not matters:
        return b.let_go(c, "active", f"the unit {c.unit} counts no disclosed items")
    per_issue = c.unit in _CHANNEL_UNITS  # 公开栏公开信息48期: only a channel counts in issues or times
    if per_issue and ITEMS_RIGHT_AFTER.match(view.mt, c.end):
        return b.let_go(c, "active", "issues counted right before their items (174期603条): the items are the count")
    if c.unit == "期" and _gazette_issues(b, c):
        return True
    if per_issue and items_follow(view, c):
        return b.let_go(c, "active", "issues, their items counted in the clause right after: the items are the count")
    if c.unit in ("篇", "条", "件") and _paper_items(b, c):
        return True
    if c.unit in ("个", "项") and _THINGS_COUNTED.match(view.mt, c.end):
        return b.let_go(c, "active", f"counts the {view.mt[c.end:c.end + 4]}… named after it, not items published")
    head = view.head(c)
    kind = _KIND_WITH_ITS_PUBLISHING.fullmatch(head)
    if kind and _after_a_joined_count(view, c) and _TIME_SELF.sub("", kind.group("what")) == kind.group("what") \
            and not _NOT_ACTIVE.search(kind.group("what")):
        # 工作动态45条、通知公告18条、财务公开信息6条: a kind named with 公开 in a run of kinds (read with them)
        return b.let_go(c, "active.headline", "a kind whose name holds 公开, in a run of kinds: no headline")
    if PER_DAY.search(head):
        return b.let_go(c, "active", "a rate (日均, 平均): no count of items published")
    if COUNT_FIRST_VERB.search(head) and count_first_list(view, c, b.consumed) is not None:
        return b.let_go(c, "active.headline", "the first of counts published before their kinds (发布56条工作动态、"
                        "12条通知公告): a list, read by its structure")
    if _BARE_SUM.fullmatch(head):
        # 街道信息全部通过区政府网站发布,共64条: the sum of what the clause before published through a channel
        scene = _PUBLISHED_THROUGH.search(_prev_clause(view, c))
        if scene is not None and CHANNEL_WORD.search(scene.group("ch")):
            b.facts.append(_channel_fact(b, c, scene.group("ch")))
            return True
    issues = _issues_right_before(view, c)
    if issues is not None:  # 推送信息174期603条: the words before the issues are said of the items
        head = view.head(issues)
        if view.clause_start(issues.start) != view.clause_start(c.start):
            # 更新政务公开栏12期,公开信息96条: the channel whose issues the clause before counts
            channel = _ISSUES_OF_A_CHANNEL.fullmatch(_TIME_SELF.sub("", head))
            if channel and CHANNEL_WORD.search(channel.group("ch")):
                b.facts.append(_channel_fact(b, c, channel.group("ch")))
                return True
    tail = view.tail(c)
    if b.total is None and zone in ("active", "overview", None) and _PRODUCED.search(head) \
            and _ALL_PUBLISHED_AFTER.match(view.mt, c.end):
        # 全年累计产生政府信息16条,均已主动公开: all the information made was published
        b.total = b.count_fact("active.total", c, rule="active.all_produced_published")
        b.facts.append(b.total)
        return True
    field = _DOMAIN_HEADLINE.fullmatch(head) if b.total is None and zone in ("active", "overview", None) else None
    if field and not _GENERIC_MOD.fullmatch(field.group("field")) and _DIVIDED_AFTER.match(view.mt, c.end):
        # 全年共主动公开财政信息139条。按内容划分,…: a department's information of its own field, divided after
        b.total = b.count_fact("active.total", c, rule="active.field_headline")
        b.facts.append(b.total)
        return True
    if b.total is None and zone in ("active", "overview", None) and _PUBLISHED_OF.search(head) \
            and _INFORMATION_AMONG.match(view.mt, c.end) and not _NOT_ACTIVE.search(head):
        # 在2023年度主动公开的35条政府信息中,其中…: the information published, counted before it is named
        b.total = b.count_fact("active.total", c, rule="active.count_before_the_information")
        b.facts.append(b.total)
        return True
    site = _SITE_COUNT_NOUN_FIRST.search(head) if zone in ("active", "overview", None) else None
    if site is not None and CHANNEL_WORD.search(site.group("ch")) and not _NOT_ACTIVE.search(head):
        # 省政府门户网站信息发布总数为3.5万条,其中…: a site's count, its noun first; its list after 其中
        f = _channel_fact(b, c, site.group("ch"))
        b.facts.append(f)
        _its_list(b, c, f)
        return True
    noun_first = _NOUN_FIRST_COUNT.search(head) is not None
    if b.total is None and zone in ("active", "overview", None) \
            and (noun_first or _A_KIND_AND_THE_REST.search(head)) and not _NOT_ACTIVE.search(head):
        # 政府信息主动公开数为2918条。其中:…: the information named first, then the count of its disclosure
        b.total = b.count_fact("active.total", c,
                               rule="active.noun_first_count" if noun_first else "active.kind_and_the_rest")
        b.facts.append(b.total)
        _its_list(b, c, b.total)
        return True
    if _RUNNING_IN_BRACKETS.search(view.mt, max(0, c.start - 16), c.start) and b.total is not None \
            and b.total.value_end is not None and b.total.value_end <= c.start and b.total.value < c.value:
        # 主动公开政府信息267条(累计1,893条): the running figure glossing the year's
        b.facts.append(b.count_fact("active.cumulative", c, rule="active.cumulative_in_brackets"))
        return True
    if _LAST_YEARS_FIGURE.match(head):
        return b.let_go(c, "active", "last year's figure (上年公开的信息为287条): no count of this year's")
    if _EARLIER_YEARS_IN_BRACKETS.search(view.mt, max(0, c.start - 12), c.start):
        return b.let_go(c, "active", "an earlier year's figure in brackets after this year's (上年为276条): a comparison")
    if head.endswith("各"):
        b.let_go(c, "active", "so many each (各 N 条): no count of what is named")
        return True  # 向图书馆、档案馆报送信息各46条
    masked = _QUOTED.sub(_masked, head)  # a brand (“青山发布”) holds no verb
    enumerated = ENUMERATED.match(masked) or ENUMERATED_SUM.match(masked)
    kinds_of_a_class = enumerated  # 发布产业发展、项目建设等重点项目信息84条: kinds summed up as a class
    if enumerated and (_NOT_ACTIVE.search(enumerated.group("pre") + enumerated.group("verb"))
                       or not (_GENERIC_MOD.fullmatch(enumerated.group("mod"))
                               or _KIND_SUMMARY.fullmatch(enumerated.group("mod"))
                               or _WORK_NEWS.fullmatch(enumerated.group("mod"))
                               # 公开政策文件、…、社会救助等重点领域信息共计101条: the key areas' figure, kinds spelled out
                               # (更新组织机构、…、财政预决算等重点信息27条: the key information, likewise)
                               or b.total is None and not any(f.metric.startswith("active.") for f in b.facts)
                               and _KEY_INFORMATION.search(enumerated.group("mod"))
                               and _GENERIC_MOD.fullmatch(_KEY_INFORMATION.sub("", enumerated.group("mod")))
                               # 通过公示栏公布疫情防控、…等政策信息共计136条: the channel's count, whatever the kinds
                               or _channel_of(enumerated.group("pre"), "") is not None)
                       or _COUNTED.search(enumerated.group("enum"))):  # 组织机构信息3条、…等信息54条: a list
        enumerated = None
    # a figure of the key areas (重点领域) is the headline when the report states no other before it
    key_areas = bool(_KEY_AREAS.search(head)) and not _NOT_ACTIVE.search(_KEY_AREAS.sub("", head)) \
        and b.total is None and zone in ("active", "overview", None)
    topic = _COLUMN_NAME.sub("", head)  # 在热点回应栏目发布1则信息: the column's name is no topic of the clause
    if not enumerated and not key_areas and (_NOT_ACTIVE.search(topic) or len(head) > 80):
        what = _NOT_ACTIVE.search(topic)
        return b.let_go(c, "active", f"the clause speaks of {what.group()}, not of proactive disclosure"
                        if what else "the clause before the count is too long to be a headline")
    if ("累计" in head or _YEAR_AMONG.match(view.mt, c.end)) and _with_the_years_new(b, c, head):
        return True  # 累计公开…8775条(2025年新增388条); 共主动公开…1256条(其中2013年156条)
    before = view.clause_start(max(0, view.clause_start(c.start) - 1))  # the clause before the count's
    larger = _larger_after_the_years(b, c)
    all_years = _ALL_YEARS.match(_TIME_SELF.sub("", head)) or "累计" in head and (
        SUM_OVER_THE_YEARS.search(head) or _SO_FAR.search(view.mt[before:c.start])
        or _THIS_YEAR_PART.match(view.mt, c.end)
        # 累计…275条,全文电子化率达100%,其中,本年度新增的…32条: the year's new part said later in the sentence
        or _smaller_new_part_later(view, c)
        or _AFTER_YEAR_TOTAL.match(head) and _year_total_before(b, c)
        or _REACHED.search(head) and not _TIME.match(head).group()
        or _to_the_years_end_with_its_part(b, c)) or _since_a_year(b, c) \
        or _TO_DATE_SUM.search(view.mt, before, c.start) \
        or _larger_sum_since_a_year(b, c, head) or _RUNNING_TOTAL.search(head) and larger \
        or _years_part_after(view, c, head) \
        or larger and (
            # 全年…120条,主动公开信息累计达到2300条 / ,截至2020年底,我镇共公开…2300条: more than the year's, summed
            "累计" in head and not _TIME.match(head).group() or _TO_A_YEARS_END.search(view.mt, before, c.start))
    years_sum = larger and _YEARS_SUM.match(_TIME_SELF.sub("", head)) is not None
    all_years = all_years or years_sum  # 历年总数达到2300条, after the year's figure
    if all_years and (_ONE_YEAR.search(head) or _ONE_YEARS_WORK.search(head)):
        all_years = None  # 累计主动公开2009年度政府信息: the sum of one year, its total
    if all_years and (_PUBLISHED.search(head) or years_sum):
        b.facts.append(b.count_fact("active.cumulative", c, rule="active.cumulative"))
        # 累计…500条,其中2012年新增公开80条: the part of this year is the year's total
        year = _YEAR_PART.match(view.mt, c.end)
        if year and b.total is None:
            part = view.next_count(year.end(), ACTIVE_UNITS)
            if part is not None and part.start == year.end():
                b.total = b.count_fact("active.total", part, rule="active.year_part")
                b.facts.append(b.total)
                b.consumed.add(part.start)
                _its_list(b, part, b.total)  # …其中本年度新增214条,包括工作动态类132条、…: the year's kinds
        return True
    if b.total is None and CLOSING_SUM.fullmatch(head) and _closing_sum(b, c):
        return True
    said = _VERB_GLOSS.sub("", head)  # 公开(更新)政务信息: the verb's gloss is no object
    said = _INCLUDING_GLOSS.sub("", said)  # 公开发布信息(含通知)8条: what the figure includes, no object
    if key_areas:
        said = _KEY_AREAS.sub("", said)
    if (b.channels or b.total is not None) and KIND_NAMED_BY_ITS_PUBLISHING.search(said):
        # …主动公开政府信息108条:…;法定主动公开内容13条 / 财政公开信息8条: a kind in a list, not a headline
        return b.let_go(c, "active", "a kind named by what it publishes, after the figure it belongs to")
    site = _SITE_IN_THE_OBJECT.search(said) if zone in ("active", "overview", None) and not enumerated else None
    if site is not None and _GOVERNMENT_SITE.search(site.group("ch")) and not _NOT_ACTIVE.search(site.group("ch")) \
            and _channel_of(said[:site.start()], "") is None \
            and not any(o.unit in ACTIVE_UNITS for o in view.counts_between(c.end, view.sentence_end(c.end))):
        # 发布更新某县人民政府网政务公开信息13条, 更新县政府网站信息130条: the site named inside the object
        b.facts.append(_channel_fact(b, c, site.group("ch")))
        return True
    pair = None if enumerated else GENERIC_PAIR.match(said)
    m = enumerated or pair or HEADLINE.match(said) or HEADLINE_DOCS.match(said)
    if m is not None and m.re is HEADLINE_DOCS and _A_KIND_JOINED_AFTER.match(view.mt, c.end):
        # 主动公开文件17份、公示公告43期、工作动态121篇: documents, the first kind of a run, no headline
        b.let_go(c, "active.headline", "documents counted first in a run of kinds joined by 、")
        m = None
    generic = False
    if enumerated or pair or m and (m.group("mod") is None or _GENERIC_MOD.fullmatch(m.group("mod") or "")):
        generic = True
    elif m is None and _INFO_AFTER.match(tail):
        m = _VERB_AT_END.match(said)
        generic = m is not None
    if generic and m is not None:
        pre = (head if enumerated else said)[:m.end("pre")]
        # named before the verb, else the platform the sentence opens on, else in the clause before
        channel = _channel_of(pre, "") or _platform_of_the_sentence(view, c) or _channel_of(pre, _prev_clause(view, c)) \
            or _channel_heading_before(view, c, pre)
        if channel is not None and _CHANNELS_SUMMED.search(channel):
            channel = None  # 三个平台共计发布2179条: the sum over the channels counted before, the year's figure
        if per_issue and channel is None:
            return b.let_go(c, "active", f"a count in {c.unit} names no channel")
        if channel is None and m.group("verb").endswith(("报送", "采用", "录用")):
            # 上报盟行署办22篇,采用3篇: information sent up, or taken up by a superior, to no site: not published
            return b.let_go(c, "active", f"{m.group('verb')[-2:]} to no site: information sent up, not published")
        period = _PERIOD.fullmatch(pre.strip(" ,、;"))
        if channel is None and period is not None and m.group("mod") is None:
            # 第一季度发布61条、第二季度73条…,全年累计…258条: a part of the year, an item of the year's figure
            b.facts.append(b.count_fact("active.item", c, _printed(view, period.group("p"), c.start), rule="active.period"))
            return True
        if channel is not None:
            f = _channel_fact(b, c, channel)
        else:
            subject = _TRAIL_FILLER.sub("", _TIME_SELF.sub("", pre))
            if b.total is not None and b.total_key_areas and b.total.value < c.value:
                # the first headline was the key areas', this one is the year's: the key areas' figure and
                # its list are no breakdown of the year's total
                dropped = b.total.group
                gone = [x for x in b.facts if x is b.total or (dropped is not None and x.group == dropped)]
                b.facts = [x for x in b.facts if not any(x is g for g in gone)]
                b.consumed |= {x.value_start for x in gone if x.value_start is not None}  # let go by rule, not left
                f = b.count_fact("active.total", c, rule="active.headline")
                b.total, b.total_key_areas = f, False
            elif b.total is not None and b.total_kinds and _ALL_KINDS.search(head) and b.total.value < c.value:
                # the first headline spelled out a few kinds (公开部门职能、领导信息等信息5条); this one counts
                # information of every kind: it is the year's, the first one of its kinds
                b.total.metric, b.total.label, b.total.rule = "active.item", b.total_kinds, "active.kinds"
                f = b.count_fact("active.total", c, rule="active.headline")
                b.total, b.total_kinds = f, ""
            elif b.total is not None and b.total_subject and _WHOLE.search(pre) and b.total.value < c.value \
                    and not SUM_TO_A_DATE.search(view.mt, view.sentence_start(c.start), c.start) \
                    and not _others_beside_the_body(b.total_subject, pre):
                # the first figure was one office's, this one is the whole body's
                b.total.metric, b.total.label = "active.item", b.total_subject
                b.total.rule = "active.office"
                f = b.count_fact("active.total", c, rule="active.whole_body")
                b.total, b.total_subject = f, ""
            elif b.total is not None and subject and zone == "active" and not _COUNTED.search(subject) \
                    and _OFFICE.search(subject):
                f = b.count_fact("active.item", c, _printed(view, subject, c.start), rule="active.office")
            elif b.total is None and b.channels and _part_of_a_figure_before(b, c):
                b.let_go(c, "active.headline", "opened by 其中 after another figure: a part of it, not the year's total")
                return True
            elif b.total is None and _larger_channel_before(b, c, sites_only=True):
                # 通过某区政府网站发布信息43条。…主动公开政府信息11条: the year's total is no less than any channel's
                return b.let_go(c, "active.headline", "smaller than a channel's figure read before it: not the year's total")
            elif b.total is None and _NUMBERED_OPENING.match(view.mt, view.clause_start(c.start)) \
                    and _larger_channel_before(b, c, sites_only=False):
                # 全年网站专栏主动公开信息共计410条。一是政务信息公开信息总计12条,二是…: the numbered parts of
                # the channel's figure before them, none of them the year's
                return b.let_go(c, "active.headline", "a numbered part after a channel's larger figure, not the year's total")
            elif b.total is None and _opened_by_among_after_figures(view, c):
                # …合计4415条。其中,征收土地信息386条、规划许可批前公示212条: a part of the figures before it
                return b.let_go(c, "active.headline", "in a sentence opened by 其中 after other figures: a part of them")
            elif b.total is None:
                f = b.count_fact("active.total", c, rule="active.key_areas" if key_areas else "active.headline")
                b.total, b.total_key_areas = f, key_areas
                b.total_subject = _printed(view, subject, c.start) if subject else ""
                if enumerated and not _ALL_KINDS.search(head):
                    kinds = c.start - len(head) + enumerated.start("enum")
                    b.total_kinds = _CONN_END.sub("", _SPACES.sub("", view.text[kinds:c.start]))
            elif c.value == b.total.value:
                f = b.count_fact("active.total", c, rule="active.headline")
            elif c.value > b.total.value and SUM_TO_A_DATE.search(view.mt, view.sentence_start(c.start), c.start):
                # 全年共主动公开16条,…,截止到2021年年底累计主动公开552条: after the year's figure, a larger
                # sum to a date is the sum of all the years
                f = b.count_fact("active.cumulative", c, rule="active.sum_to_a_date")
            elif c.value < b.total.value and (topic := _topic_named_before(view, c)):
                # …共主动公开356条。在重点领域信息公开方面,公开信息120条 / (二)主动公开规范性文件。公开信息8条: a
                # part of the year's figure, named by the topic said before its sentence's verb
                f = b.count_fact("active.item", c, topic, rule="active.topic")
            else:
                b.let_go(c, "active.headline", "a second unnamed headline figure, not the year's total")
                return True
        b.facts.append(f)
        lead = find_lead(view, c.end)
        if lead:
            blist = read_list(view, lead[1], lead[0], ")" if "(" in view.mt[c.end:lead[1]] else None, b.consumed)
            if len(blist.items) >= 1:
                b.add_list(blist, f)
        elif f.metric == "active.total" and view.mt[c.end:c.end + 1] == "(" \
                and not _RUNNING_BRACKET_OPENS.match(view.mt, c.end):  # (累计1,893条): the years', read on its own
            blist = read_list(view, c.end + 1, None, ")", b.consumed)  # 共455条(规范性文件84条,…)
            if len(blist.items) >= 2:
                b.add_list(blist, f)
        elif f.metric == "active.total":
            _unintroduced_list(b, c)
        return True
    board = _posted_on_a_board(head, _prev_clause(view, c)) if zone in ("active", "overview") and per_issue else None
    if board is not None:  # 在公开栏张贴公告30期: issues of the channel, whatever each held
        b.facts.append(_channel_fact(b, c, board))
        return True
    labelled = _CHANNEL_BEFORE_ITS_COLON.fullmatch(head) if b.total is not None \
        and zone in ("active", "overview") and view.mt[c.start - 1:c.start] in (":", "：") else None
    if labelled is not None and CHANNEL_WORD.search(labelled.group("ch")) and not _NOT_ACTIVE.search(labelled.group("ch")):
        # (…6842条。)1.县政府门户网站:3,275条: a channel on its own numbered line after the year's figure
        b.facts.append(_channel_fact(b, c, labelled.group("ch")))
        return True
    board = _ISSUES_OF_A_CHANNEL_AT_END.search(_TIME_SELF.sub("", head)) \
        if zone in ("active", "overview") and per_issue else None
    if board is not None and _BOARD_OR_BULLETIN.search(board.group("ch")) and not _NOT_ACTIVE.search(board.group("ch")):
        # 更新政务公开栏24期: the board's issues, named after the verb
        b.facts.append(_channel_fact(b, c, board.group("ch")))
        return True
    s = SPECIFIC.match(head) if zone in ("active", "overview") and not per_issue else None
    if s is not None and any(q.start() < s.start("verb") < q.end() for q in _QUOTED.finditer(head)):
        s = None  # “澜溪发布”微信公众号2187条: the verb is a brand's word, the channel is named, no kind
    # in the overview, named kinds are read beside the year's figure, or as one list of kinds said of the
    # channel they went out on (通过政务网站发布更新工作动态61条、通知公告20条)
    channel_led = zone == "overview" and b.total is None
    # no channel said: only a list of two or more named kinds (共发布工作动态类信息894条,…公示公告类信息20条)
    kinds_only = bool(s and channel_led and not _THROUGH_A_CHANNEL.search(s.group("pre")))
    if s is not None and not _GENERIC_MOD.fullmatch(s.group("obj")) and not _NOT_ACTIVE.search(s.group("obj")) \
            and not _COUNTED.search(s.group("obj")):  # 共455条(规范性文件84条: a count is no object
        obj = s.group("obj")
        label_start = c.start - len(head) + s.start("obj")
        after_colon = view.clause_start(c.start)
        if after_colon > 0 and view.mt[after_colon - 1] in ":：" and len(obj) > c.start - after_colon > 0:
            # …按月份统计如下:1月24条: the head ran over the colon; the label is what follows it
            obj, label_start = view.mt[after_colon:c.start], after_colon
        label = _SPACES.sub("", view.text[label_start:label_start + len(obj)])
        first = Item(label, label_start, c)
        trial = set(b.consumed)
        blist = read_list(view, c.end, None, None, trial, first=first)  # taken only when read as a list
        # an account named as the subject (“某某发布”发布政务微信信息2141条,“某某公安”发布…) is a channel even
        # with other counts after it in the sentence; otherwise those counts make the kinds a list
        account = _QUOTED.fullmatch(_TIME_SELF.sub("", s.group("pre")).strip(" ,、")) is not None
        channel = _channel_of(s.group("pre"), _prev_clause(view, c)) \
            if (_EVERY_KIND_OF.match(obj) or _CONTENT_OBJECT.search(obj)) and not kinds_only \
            and (account or not any(o.unit in ACTIVE_UNITS
                                    for o in view.counts_between(c.end, view.sentence_end(c.end)))) else None
        if channel is not None:  # 依托微信公众号“某某”发布各类工作动态信息1014条: what the channel carried
            b.facts.append(_channel_fact(b, c, channel))
            return True
        if channel_led and not _one_list_of_kinds(view, blist) or kinds_only and not _all_named_kinds(blist):
            return b.let_go(c, "active", "in the overview before the year's figure: not one list of kinds said of a channel")
        b.consumed |= trial
        if blist.items and len(blist.items[0].label) <= 40:
            blist.rule = "list.named_documents"
            b.add_list(blist, None)
            return True
    k = kinds_of_a_class
    if k is not None and b.total is not None and zone in ("active", "overview") and not per_issue and k.group("verb").startswith(("发布", "公开", "主动")) \
            and not _NOT_ACTIVE.search(head[k.start("enum"):]) and not _COUNTED.search(k.group("enum")) \
            and not _GENERIC_MOD.fullmatch(k.group("mod")):
        label_start = c.start - len(head) + k.start("enum")
        label = _CONN_END.sub("", _SPACES.sub("", view.text[label_start:c.start]))
        label = _ABOUT.sub("", label)
        f = b.count_fact("active.item", c, label, rule="active.kinds_of_a_class")
        b.facts.append(f)
        return True
    return b.let_go(c, "active", "no publishing verb with a generic object, channel or named kind before the count")


def _others_beside_the_body(subject: str, pre: str) -> bool:
    """True when a larger figure said of a whole (全县…, …合计) is others', not the body's whose figure came
    first: the county's sum beside a town's own (竹园镇…317条 … 全县各乡镇合计4800余条), others' besides
    (全县17个乡镇和42个部门另公开…), the lower bodies' beside the government's own (县政府及县政府办公室…3076条 …
    全县各乡镇(街道)、县直部门…合计1.86万条)."""
    return bool(_A_TOWNS_NAME.search(subject) and _ABOVE_A_TOWN.search(pre)) or "另" in pre \
        or bool(_LOWER_BODIES.search(pre) and _BODY_ITSELF.search(subject))


def _opened_by_among_after_figures(view: TextView, c: Number) -> bool:
    """True when `c`'s sentence opens with 其中 right after a sentence that counts items."""
    a = view.sentence_start(c.start)
    if a == 0 or not view.mt[a:c.start].lstrip(" ,:").startswith("其中"):
        return False
    return any(o.unit in ACTIVE_UNITS for o in view.counts_between(view.sentence_start(a - 1), a))


def _issues_right_before(view: TextView, c: Number) -> Number | None:
    """The count in 期 or 次 printed right before `c` (174期603条, 360余次、2500余篇), or in the clause right
    before with the items' verb after it (更新政务公开栏12期,公开信息96条), if any."""
    before = view.counts_between(max(0, c.start - 40), c.start)
    if before and items_after(view, before[-1], _ITEM_OR_ISSUE_UNITS) is c:
        return before[-1]
    return None


# a channel named alone on a numbered line, then a colon (1.县政府门户网站:)
_CHANNEL_BEFORE_ITS_COLON = regex.compile(rf"{_POINT}(?P<ch>[^,;:。\d]{{2,20}})")
# a board, screen or gazette named right after the verb that put out its issues (更新政务公开栏24期)
_ISSUES_OF_A_CHANNEL_AT_END = regex.compile(r"(?:更新|张贴|编发|编印|刊出|推出|出)(?:了)?(?P<ch>[^,;:。\d、]{2,20})$")
_BOARD_OR_BULLETIN = regex.compile(r"(?:公开栏|公示栏|宣传栏|公告栏|显示屏|电子屏|政报|公报)$")
# the verbs of a board or screen putting up what it shows (公开栏张贴公告, 显示屏播放标语), in issues or showings
_POSTED_OR_SHOWN = regex.compile(r"张贴|播放|播出|播报|播送|滚动显示|出栏")


def _posted_on_a_board(head: str, prev_clause: str) -> str | None:
    """The board or screen a clause says put up what it counts in issues or showings (在公开栏张贴公告30期,
    显示屏播放标语12次), whatever each held; None when the clause says no such."""
    s = SPECIFIC.match(head)
    if s is None or not _POSTED_OR_SHOWN.search(s.group("verb")) or _NOT_ACTIVE.search(s.group("obj")) \
            or _COUNTED.search(s.group("obj")):
        return None
    return _channel_of(s.group("pre"), prev_clause)
_ISSUES_OF_A_CHANNEL = regex.compile(r"(?:更新|张贴|出|编发|制作|办|刊出|推出)(?:了)?(?P<ch>[^,;:。\d]{2,20})")


def _platform_channel(b: FactBuilder, c: Number) -> bool:
    """In the part on platforms, a channel's count of what it published (通过微信公众号发布信息149条): an item of
    that channel, as anywhere. Nothing else there is a figure of proactive disclosure."""
    view = b.view
    if c.unit not in ACTIVE_UNITS and c.unit not in _CHANNEL_UNITS:
        return False
    head = view.head(c)
    if _NOT_ACTIVE.search(_COLUMN_NAME.sub("", head)) or _CHECKED.search(head) or "累计" in head or len(head) > 80:
        return False  # 排查各单位在政府网站上公布信息24875条: what was checked, not published
    said = _VERB_GLOSS.sub("", head)
    board = _posted_on_a_board(said, "") if c.unit in _CHANNEL_UNITS else None
    if board is not None:
        f = _channel_fact(b, c, board)  # 公开栏张贴公告36期: the board's issues, as anywhere
        if f.metric == "active.item":
            b.facts.append(f)
            b.channels = [ch for ch in b.channels if ch is not f]
            return True
    m = HEADLINE.match(said)
    if m is None or not (m.group("mod") is None or _GENERIC_MOD.fullmatch(m.group("mod"))):
        # 通过镇政府网站发布财政预决算、社会救助等信息共计67条: the channel's count of the kinds it names
        m = ENUMERATED.match(said) or ENUMERATED_SUM.match(said)
        if m is None:
            return False
    channel = _channel_of(said[:m.end("pre")], _prev_clause(view, c)) or _channel_heading_before(view, c, said[:m.end("pre")])
    if channel is not None:
        channel = _SET_UP.sub("", channel) or channel  # 开通抖音号,发布短视频36条: the account, not its opening
    if channel is None or _CHANNELS_SUMMED.search(channel) or _several(channel) \
            or any(o.metric == "active.item" and o.label and channel in o.label for o in b.facts):
        return False  # the channel counted already where the year's figures are (公众号公开152条): that is its count
    f = _channel_fact(b, c, channel)
    if f.metric != "active.item":
        return False  # (a running total beside the year's figure is read where the year's figures are)
    b.facts.append(f)
    # spoken of as a platform, beside the figures of the year: no rival of a channel whose count is the year's
    b.channels = [ch for ch in b.channels if ch is not f]
    _its_list(b, c, f)  # …专栏公开信息245条,其中政策文件18条、工作动态162条: the kinds it carried
    return True


# the setting up of a channel, said before its name (开通, 设置, 开设…)
_SET_UP = regex.compile(r"^[^,;:。]*?(?:开通|设置|设立|开设|建立|建成|搭建|打造|创建|新建)(?:了)?")
# a check of what was published (排查, 检查, 抽查): no publishing
_CHECKED = regex.compile(r"排查|检查|核查|清查|巡查|抽查|监测|普查|自查")


def _several(channel: str) -> bool:
    """True when the words name several channels at once (通过门户网、政务微博等方式)."""
    return _SEVERAL_WAYS.search(channel) is not None or _SEVERAL_CHANNELS.match(channel) is not None or (
        sum(1 for part in _CHANNEL_JOIN.split(channel) if CHANNEL_WORD.search(part)) > 1)


def _channel_fact(b: FactBuilder, c: Number, channel: str) -> Fact:
    """The fact of a count said of a channel: an item labelled with it; a count said of several channels at
    once (通过门户网、政务微博、新闻发布会等方式公开4884条), before any other, is the year's total, with the
    channels as its item. The item of several channels is added here; the fact returned is for the caller."""
    label = _TRAILING_GLOSS.sub("", _printed(b.view, channel, c.start)) or channel
    label = _ITEM_NUMBER.sub("", label) or label  # 1.县政府门户网站镇专栏:发布信息126条: the line's number is no name
    label = _TENDING.sub("", label) or label  # 加强对“某某”微信公众号的运维管理: the work on it is no part of its name
    if b.total is not None and c.value > b.total.value and "累计" in b.view.head(c) \
            and not any(f.metric == "active.cumulative" for f in b.facts):
        # 全年主动公开500条,网站共累计发布信息12345条: more than the year's, summed over the years
        return b.count_fact("active.cumulative", c, rule="active.channel_running_total")
    if _several(channel) and b.total is None and not b.channels:
        f = b.count_fact("active.total", c, rule="active.channels_all")
        b.total = f
        b.several[c.start] = label
        # the channels named are the count's own breakdown of where it went: their item as well
        b.facts.append(b.count_fact("active.item", c, label, rule="active.channels_several"))
        return f
    part = _years_new_part(b.view, c)
    if part is not None:
        # 在政务信息公开网上已发布各类信息150条(2012年新增20条): the channel's figure of the year is the part
        b.consumed |= {c.start, part.start}  # the running total of one channel is no metric of ours
        c = part
    f = b.count_fact("active.item", c, label, rule="active.channel")
    b.channels.append(f)
    return f


def _all_named_kinds(blist: BreakdownList) -> bool:
    """Two or more items, each named as a kind of information the catalogue knows (工作动态, 公示公告…)."""
    from extract.categories import classify_label

    return len(blist.items) >= 2 and all(classify_label(i.label)[0] not in (None, "other", "key_areas")
                                         for i in blist.items)


def _one_list_of_kinds(view: TextView, blist: BreakdownList) -> bool:
    """Two or more items, none after the first said of a channel of its own (通过…网站公布…1683条,通过…公众号…)."""
    items = blist.items
    return len(items) >= 2 and not any(_THROUGH_A_CHANNEL.search(view.mt, a.count.end, b.count.start)
                                       for a, b in zip(items, items[1:]))


_CHANGE_ON_LAST_YEAR = regex.compile(r"同比|比上年|较上年|比去年|较去年|上一?年|去年|^(?:多|少|增加|增长|减少|下降)$")


def _unintroduced_list(b: FactBuilder, c: Number) -> None:
    """Kinds counted right after the total without 其中 (共70条,工作动态66条,其他信息4条): its breakdown
    only when the list is closed and its counts add up to the total exactly, which the text then proves."""
    view = b.view
    if view.mt[c.end:c.end + 1] != ",":
        return
    trial: set[int] = set()
    blist = read_list(view, c.end + 1, None, None, trial)
    if len(blist.items) < 2 or blist.open_ended or any(i.sub is not None for i in blist.items):
        return
    if sum(i.count.value for i in blist.items) != c.value or trial & b.consumed:
        return
    if any(_CHANGE_ON_LAST_YEAR.search(i.label) for i in blist.items):
        return  # 531条,较上年的472条多59条: last year's figure and the change, which add up to it too
    blist.rule = "list.closed_sum"
    b.add_list(blist, b.total)


def interpretations(b: FactBuilder, c: Number) -> bool:
    """A standalone count of policy interpretations (not activities, videos or cumulative figures)."""
    head = b.view.head(c)
    if c.unit == "次" and _interpreted_times(b.view, c, head):
        # 开展政策解读12次, 解读政策12次: so many times a policy was interpreted
        b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.count"))
        return True
    if c.unit not in ("条", "篇", "个", "件", "份", "期", "项") and not (c.unit == "次" and _PUBLISHED_TIMES.search(head)):
        return False  # (发布政策解读信息14次: published so many times, each an interpretation)
    if _SUM_OF_INTERPRETATIONS.match(head):
        view = b.view
        kinds = [o for o in view.counts_between(view.sentence_start(c.start), c.start) if "解读" in view.head(o)]
        if len(kinds) >= 2 and sum(o.value for o in kinds) == c.value:
            # 发布文字解读11篇、图片解读6篇、视频解读2个,合计政策解读19篇: the sum of its kinds
            b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.sum_of_kinds"))
            return True
    if _NOT_INTERPRETATION.search(head) and not (_FORMS_OF_INTERPRETATION.search(head) and c.unit != "期"):
        return False
    if _WEBSITE_FORM_INTERPRETATIONS.search(head):
        # 解读信息发布(总数)22条: the field of a government website's yearly statement, always the count
        b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.website_form"))
        return True
    if b.zones.at(c.start) == "platform" and not _VERB_THEN_INTERPRETATION.search(head):
        return False  # 解读类信息发布21条 among the platform's counts: a kind of post, no count of interpretations
    a = b.view.clause_start(c.start)
    label = b.view.mt[b.view.clause_start(a - 1):a - 1].strip() if a > 0 and b.view.mt[a - 1] in ":," else None
    if label is not None and b.view.mt[a - 1] == ",":
        label = _TOPIC_WORD.sub("", label)  # 政策解读方面,全年共发布6篇: the topic named in the clause before
    if label is not None and _LABELLED_COUNT.fullmatch(head) and _INTERPRETATION_LABEL.fullmatch(label):
        # 政策解读:本年度发布一篇: the count under a label that names interpretations
        b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.labelled"))
        return True
    m = _INTERPRETATION_OF.match(b.view.mt, a)
    if m and m.start("n") == c.start:
        b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.of_items"))
        return True
    if (_INTERPRETATION.search(head) or _INTERPRETATION_KINDS.search(head)) and "解读" in head:
        run = _run_of_interpretation_kinds(b.view, c)
        if run:
            # 发布文字解读8篇、图文解读5篇、视频解读2个: kinds of interpretation, their sum unsaid (a sum said after
            # them, 合计政策解读15篇, is read as the count)
            b.consumed |= {o.start for o in run}
            b.let_go(c, "interpretation", "the first of the kinds of interpretation counted one by one, their sum unsaid")
            return True
        own = _segment_start(b.view, c)
        if _one_of_a_run_of_kinds(b.view, c, own) or _in_a_breakdown(b.view, c, own):
            # 主动公开公文14条,…,政策解读数量7条: one kind among the kinds published, an item (as 政策解读
            # inside any breakdown is)
            label, start = clean_label(b.view, own, c.start)
            f = b.count_fact("active.item", c, _INTERPRETATION_COUNT_WORD.sub("", label) or label,
                             rule="list.interpretations_among_kinds")
            f.start = min(f.start, start)
            b.facts.append(f)
            return True
        b.facts.append(b.count_fact("interpretation.total", c, rule="interpretation.count"))
        _parts_of_interpretations(b, c)
        return True
    return False


_PUBLISHED_TIMES = regex.compile(r"(?:发布|推出|刊发|编发)(?:了)?(?:政策)?解读(?:信息|稿件|文章|材料)?(?:共|共计)?$")
# a kind of interpretation by its form (文字解读, 图文解读, 视频解读, 图解, 专家解读), counted on its own
_KIND_OF_INTERPRETATION = regex.compile(r"(?:文字|图文|图片|图解|视频|音频|动漫|漫画|H5|h5|专家|媒体|新闻|简明|一图读懂)解读$|图解$")


# what joins one kind of interpretation to the next (、图文解读, 和视频解读)
_NEXT_KIND = regex.compile(r"[、,;和及以]\s*(?:发布|制作|推出)?[^,;:。\d]{0,8}$")


def _run_of_interpretation_kinds(view: TextView, c: Number) -> list[Number]:
    """The counts of kinds of interpretation from `c` on, one after another in its sentence (文字解读8篇、图文
    解读5篇、视频解读2个), when there are two or more and `c` is the first; else []."""
    if not _KIND_OF_INTERPRETATION.search(view.head(c)):
        return []
    run = [c]
    for o in view.counts_between(c.end, view.sentence_end(c.end)):
        if not _KIND_OF_INTERPRETATION.search(view.head(o)) or not _NEXT_KIND.match(view.mt, run[-1].end, o.start):
            break
        run.append(o)
    return run if len(run) >= 2 else []


def _parts_of_interpretations(b: FactBuilder, c: Number) -> None:
    """发布解读信息16条,其中图片解读6条,视频解读2条: the kinds of interpretation are parts of its count, no items of
    the proactive disclosures; their counts are taken, none read."""
    lead = find_lead(b.view, c.end)
    if lead is None:
        return
    trial: set[int] = set()
    blist = read_list(b.view, lead[1], lead[0], None, trial)
    if blist.items and all("解读" in i.label for i in blist.items):
        b.consumed |= trial


def _interpreted_times(view: TextView, c: Number, head: str) -> bool:
    """Interpreting counted in times: right after its words (解读政策12次, and after the forms named,
    以图片、视频等形式解读政策6次), or before them (共计开展4次政策解读); not an activity's times."""
    if _INTERPRETED_TIMES.search(head):
        return not _NOT_INTERPRETATION.search(head) or _FORMS_BEFORE_INTERPRETING.search(head) is not None
    return head.endswith(("开展", "进行", "组织")) and _TIMES_BEFORE_INTERPRETING.match(view.mt, c.end) is not None


_INTERPRETATION_COUNT_WORD = regex.compile(r"(?:数量|总数|数)$")
# interpreting, counted in times right after its words (not an activity: 开展政策解读活动12次)
_INTERPRETED_TIMES = regex.compile(r"(?:政策解读|解读(?:政策)?(?:文件)?|(?:开展|进行)(?:了)?(?:政策)?解读)(?:共|共计)?$")
# the times counted before the word (共计开展4次政策解读)
_TIMES_BEFORE_INTERPRETING = regex.compile(r"(?:政策)?解读(?:工作)?(?![^,;:。]{0,3}(?:活动|会))")
_WEBSITE_FORM_INTERPRETATIONS = regex.compile(r"(?:^|[、\s])解读信息发布(?:总数|数量|数)?(?:共|为)?$")


def _one_of_a_run_of_kinds(view: TextView, c: Number, own: int) -> bool:
    """True when the count (its words from `own`) follows, joined by a pause mark, a count that is only a
    kind and its count (公文14条, 会议信息3条): a run of kinds, of which 政策解读 N 条 is one. Opening the run
    (发布政策解读3条,意见征集6条) or in a statement of its own (;发布政策解读稿件12篇) it is the count of
    interpretations."""
    a = view.sentence_start(c.start)
    if "解读" in view.mt[a:own] or _OPENING_VERB.match(view.mt, own):
        return False  # 发布政策解读16条,其中专家解读2条、领导解读11条: kinds of interpretation
    before = view.counts_between(a, c.start)
    if not before:
        return False
    o = before[-1]  # only the count right before can be joined to this one by a single pause mark
    if o.unit not in _KIND_UNITS or o.value is None \
            or view.mt[o.end:own].strip(" ") not in ("、", ",", "，"):
        return False
    kind = view.mt[_segment_start(view, o):o.start]
    # a verb that ends the kind names it (新闻发布16条, 重大决策预公开2条); one inside it is work done
    return bool(_KIND_CLAUSE.fullmatch(kind)) and not _VERB_INSIDE.search(kind, 2, max(2, len(kind) - 2))


# the units of a kind's count beside the interpretations' (会议信息18期 too; 采访2次 counts work done)
_KIND_UNITS = ACTIVE_UNITS | {"期"}
# what opens the list a total is divided into (其中:, 内容有:, 包括)
_BREAKDOWN_LEAD = regex.compile(r"其中|包括|主要有|内容有|分别为|分别是|涵盖")
# the pause mark that joins one item's count to the next item's words
_PAUSE = regex.compile(r"[、,;，；]\s*$")


def _in_a_breakdown(view: TextView, c: Number, own: int) -> bool:
    """True when the interpretations' count stands in the list that divides a figure: after its lead (其中,
    内容有:), the figure counted before the lead, and the count joined to a kind's count beside it by a pause
    mark (其中:政策解读93条,公告12条 / …,新闻发布16条、政策解读32条) — an item, as 政策解读 inside any
    breakdown is."""
    a = view.sentence_start(c.start)
    lead = None
    for m in _BREAKDOWN_LEAD.finditer(view.mt, a, own):
        lead = m
    if lead is None or "解读" in view.mt[lead.end():own]:
        return False  # no list; 发布政策解读16条,其中专家解读2条: kinds of interpretation
    figure = view.counts_between(view.sentence_start(max(0, a - 1)), lead.start())
    if not figure or figure[-1].unit not in ACTIVE_UNITS:
        return False
    before = view.counts_between(lead.end(), c.start)
    after = view.counts_between(c.end, view.sentence_end(c.end))
    joined_before = before and before[-1].unit in _KIND_UNITS \
        and _PAUSE.match(view.mt, before[-1].end, own) is not None
    joined_after = after and after[0].unit in _KIND_UNITS and view.mt[c.end:c.end + 1] in "、,;，；" \
        and "解读" not in view.mt[c.end:after[0].start]
    return bool(joined_before or joined_after)


def _segment_start(view: TextView, c: Number) -> int:
    """Where the words before the count begin: after the last pause mark of its clause."""
    start = view.clause_start(c.start)
    text = view.mt[start:c.start]
    return start + max(text.rfind(ch) for ch in "、,;，") + 1


# a statement of its own (;发布政策解读稿件12篇): the count of interpretations, not one more kind
_OPENING_VERB = regex.compile(r"(?:发布|编发|制作|推出|开展)")
_VERB_INSIDE = regex.compile(r"公开|发布|公布|推送|指导|开展|组织|召开|举办|解读|回应")
_KIND_CLAUSE = regex.compile(r"(?:主动公开|公开|发布|制发|印发)?[\p{Han}《》“”()]{2,12}?(?:数量|数)?")


def lead_clause_lists(b: FactBuilder) -> list[BreakdownList]:
    """Lists presented by a clause of their own (在主动公开的信息中, / 主要类别有:); their counts are taken."""
    view = b.view
    out = []
    for m in _LEAD_CLAUSE_END.finditer(view.mt):
        clause = view.mt[view.clause_start(m.start()):m.end()]
        lead = LEAD_CLAUSE.search(clause)
        if not lead or ALL_YEARS.search(clause) or _KINDS_COUNTED.search(clause):
            continue  # 历年…主要类别情况: kinds of all the years; 发布信息6个类别: how many kinds, no list
        if m.group().endswith("\n") and _ENUMERATED_LINE.match(view.mt, m.end()):
            continue  # a heading (主动公开政府信息主要类别情况) over numbered statements of their own
        if b.zones.at(m.start()) in _NO_ACTIVE_ZONES or b.zones.is_blocked(m.start()):
            continue
        first = view.next_count(m.end(), ITEM_UNITS)
        blist = count_first_list(view, first, b.consumed) if first and first.start - m.end() <= 4 else None
        if blist is not None:  # 在主动公开的信息中,有2条文件信息,19条政务信息: counts before their labels
            blist.lead = lead.group().strip(" ,:。\n")
        else:
            trial = set(b.consumed)
            blist = read_list(view, m.end(), lead.group().strip(" ,:。\n"), None, trial)
            if blist.items and _HEADLINE_AS_LABEL.search(blist.items[0].label):
                continue  # (一)主要类别 / 我镇主动公开的信息共计85条,包括:…: the year's figure, its kinds after it
            b.consumed |= trial
        if blist.items:
            out.append(blist)
    return out


# a headline's own words read as a label (我镇主动公开的信息): the year's figure, not a kind
_HEADLINE_AS_LABEL = regex.compile(r"^(?:我|本|全)\p{Han}{0,3}?(?:主动)?公开的?(?:政府|政务)?信息$")
