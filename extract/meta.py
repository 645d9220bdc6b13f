"""Metadata: issuing body, place, level, year covered, publication date (SCHEMA.md §1–2).

The body is taken as printed, from the most explicit source that names it, in this order:
a 发布机构 field of the page; the report's title (lengthened by a 来源 field that prints the same
body with its parent, 张义镇人民政府 -> 凉州区张义镇人民政府); a 来源 field; the signature at the end;
the sentence that says who compiled the report (由…编制); the first mention of a government or street
office in the text. A body that does not contain the place the title names is a website owner or a
superior (昌图县人民政府 on a town's page), not the issuer. Mentions inside 《》, addresses and website
names are never bodies.

The year is the year covered, not the year of publication: title year, else the statistics period,
else the year the opening sentences report on.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import regex

from extract.model import Section
from extract.numbers import cn_to_number
from extract.simplified import simplified
from parsers.model import Document

LEVELS = ("town", "street", "county", "city", "province", "department")

# administrative units, longest first so 综合实验区 wins over 区
_UNITS = ("特别行政区", "综合实验区", "高新技术产业开发区", "经济技术开发区", "经济开发区", "自治区", "自治州",
          "自治县", "自治旗", "实验区", "开发区", "高新区", "新区", "度假区", "管理区", "产业园", "科技园", "工业园", "新城", "地区", "街道",
          "苏木", "省", "市", "州", "盟",
          "区", "县", "旗", "镇", "乡")
_UNIT_ALT = "|".join(_UNITS)
# a unit's name: Han chars, none of which is an organ word (区委区政府 is no place)
_NAME = r"[^\P{Han}委党政局办厅会部与及、]"
_UNIT_CHARS = "省市州盟区县旗镇乡"
_EDGE_CHARS = "省市区县"
# names are tried from the plainest reading on: no unit char inside (济南市|历下区); then only 州 / 镇 /
# 乡 / 旗 inside, never first (凉州区|张义镇, not 凉州|区张义镇); then names of two chars or more
# (宁乡市|横市镇); then any (平安市|市中区, 市府东路街道, 新市镇)
_CHAINS = (
    regex.compile(rf"(?:((?:(?![{_UNIT_CHARS}]){_NAME}){{1,10}}?(?:{_UNIT_ALT})))+"),
    regex.compile(rf"(?:((?![{_UNIT_CHARS}])(?:(?![{_EDGE_CHARS}]){_NAME}){{1,10}}?(?:{_UNIT_ALT})))+"),
    # names of two chars or more that hold a unit char but do not start with one (宁乡市|横市镇)
    regex.compile(rf"(?:((?![{_UNIT_CHARS}]){_NAME}{{2,10}}?(?:{_UNIT_ALT})))+"),
    regex.compile(rf"(?:({_NAME}{{1,10}}?(?:{_UNIT_ALT})))+"),
)
_GOV_ENDINGS = ("人民政府", "政府", "办事处")
_LEVEL_OF_UNIT = {"镇": "town", "乡": "town", "苏木": "town", "管理区": "town", "街道": "street", "省": "province",
                  "自治区": "province", "特别行政区": "province", "市": "city", "州": "city", "盟": "city",
                  "地区": "city", "自治州": "city"}

# what a government or street office is called after its place
_GOV_SUFFIX = regex.compile(r"人民政府办公室|人民政府办公厅|人民政府|办事处|政府(?!信息|网站|门户|公报|办公"
                            r"|工作|部门|常务|领导|组成|系统|机关|采购|投资|债务|性|购买|主导|网|服务|热线|专项|各)")
_GOV_END = regex.compile(r"(?:人民政府办公室|人民政府办公厅|人民政府|办事处|政府)$")
# the managing committee of a new area or development zone governs it as a county does
_ZONE_COMMITTEE = regex.compile(r"(?:新区|开发区|实验区|示范区|高新区|保税区|合作区|试验区|经济区|园区|产业园|新城)(?:党工委)?"
                                r"(?:管理委员会|管委会)$")
# department suffixes, accepted only from a title or an explicit field
# a zone's own office that governs it as a county's government does (临沂高新区党政办公室, 某开发区党工委办公室)
_ZONE_OFFICE = regex.compile(r"(?:新区|开发区|实验区|示范区|高新区|保税区|合作区|试验区|经济区|园区|产业园|新城)"
                             r"(?:管委会|管理委员会)?(?:党政办公室|党政综合办公室|党政办|党工委办公室)$")
# a town's or street's own office (三龙镇党政办公室, 东亭街道综合办公室): no department with reports of its
# own, it posts or compiles its town's report, whose level is the town's
_TOWN_OWN_OFFICE = regex.compile(r"(?:镇|乡|街道)(?:人民政府|办事处)?(?:党政办公室|党政综合办公室|党政办|综合办公室|综合办)$")
_DEPT_SUFFIX = regex.compile(r"(?:办公室|办公厅|委员会|管委会|工作部|联合社|局|委|厅|中心|办)$")
# chars and words that cannot begin a place name: the body starts after the last of them
# a site's or a gambling brand's name run in before the body on a mirror page (新葡京博彩官网…)
_BRAND_WORDS = ("官网", "博彩", "娱乐城", "彩票")
# a page's toolbar run in before the title (繁体 长者模式)
_TOOLBAR_WORDS = ("繁体", "简体", "长者模式", "无障碍", "关怀版", "适老化")
_STOP = regex.compile(r"[^\p{Han}]|各乡镇|各街道|各部门|标题|题名|名称|[我本该全是的在由向将把对于为与及了从年报告号称因以]|度(?!假区)|来源|机构|公布|编制|发布|印发|现将|"
                      r"根据|按照|依据|依照|建立|关于|汇总|特此|请与|联系|负责|主办|承办|局长|通过|经过|依托|立足|利用|借助|登录|访问|公开|公示|包括|总结|申请|"
                      rf"{'|'.join(_BRAND_WORDS + _TOOLBAR_WORDS)}|"
                      r"接受|参加|参与|纳入|列入|位列|深入|走进|覆盖|涵盖|内容|做好|抓好|编写|撰写|主管|指导|督促|协调|推进|"
                      r"落实|加强|组织|成立|组建|设立|调整|充实|紧抓|紧扣|围绕|结合|聚焦|坚持|规定|要求|部署|更新|回复|答复|上报|报送|转发|转载|上传|提交|挂网|刊登|刊发|推送|反映|反馈|收到|接到|转办|交办")

# the next field of a page's header run on after a value (发文机关宋村镇人民政府主题词, 来源:市农业局点击率)
_NEXT_FIELD = regex.compile(r"点击率|点击数|浏览次数|浏览量|访问量|阅读量|作者|发布时间|发布日期|时间|日期|字号|字体|【|主题词|主题分类|"
                         r"索引号|发文字号|文号|成文日期|标题|公开方式|公开范围|有效性")
_FIELD_KEYS = r"发布机构|发布单位|发文机关|信息来源|来源|发布者|公开主体|主办单位"
_FIELD = regex.compile(rf"(?P<key>{_FIELD_KEYS})\s*[::]?\s*"
                       r"(?:\|\s*)?(?P<value>[^\s|,,;;。]{2,40})")  # a field of a header table: 发布机构: | 某局 |
# a title is found from its end (…信息公开工作年度报告), then read backwards: [pre] [year 年度] [mid]
_TITLE_TAIL = regex.compile(r"(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?的?\s*(?:年度报告|年报|工作报告|年度工作报告|工作年度报告"
                            r"|报告|告年度报)")
# words that join a body to its title: 某镇人民政府关于2019年…, 某镇2019年度的…
_TITLE_JOINER = regex.compile(r"(?:关于|的)+$")
_HAN_RUN_END = regex.compile(r"\p{Han}{1,40}$")
_YEAR_WORD = regex.compile(r"年年度|年度|年")
_CN_YEAR = regex.compile(r"[二][〇零○][一二三四五六七八九〇零○]{2}(?=年)")
_YEAR_DIGITS_END = regex.compile(r"(?:19|20)\d{2}\s*$")
_HAN_BEFORE_YEAR = regex.compile(r"(\p{Han}{1,40})[^\S\n]*\n?\s*$"
                              # a government with its office in brackets (贵阳市人民政府(市人民政府办公厅)2021年…)
                              r"|(\p{Han}{1,30}?(?:人民政府|政府)[(（][^()（）]{2,16}?(?:办公室|办公厅)[)）])\s*$")
# an organ's office printed in brackets after it: no part of what the name says it is
_OFFICE_IN_BRACKETS = regex.compile(r"[(（][^()（）]{2,16}?(?:办公室|办公厅)[)）]$")
_COMPILED_BY = regex.compile(r"由\s*(\p{Han}{2,40}?)(?:按照|根据|依据|依照)?[^。]{0,60}?编制")
_YEAR = r"(?P<year>(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})"
_PERIOD = regex.compile(rf"(?:统计|数据)(?:期限|时限|周期|时间|区间|期间|范围)?[^。]{{0,12}}?(?:自|为|是|:|从)?\s*{_YEAR}\s*年\s*1\s*月")
_REPORT_YEAR = regex.compile(rf"{_YEAR}\s*年度?\s*(?:\p{{Han}}{{0,12}}?)(?:政府|政务)?信息公开(?:工作)?")
# the report naming itself in its opening (本报告是…由某镇党政办编制的2013年度政府信息公开工作年度报告), not work
# on another year's (指导编制2012年度…年度报告)
# (特向社会公布2013年度某街道办事处信息公开工作年度报告: this report, announced; not one counted among the documents
# published, 公开2024年度…年度报告1条)
_SELF_NAMED = regex.compile(rf"(?:由[^,;。]{{1,30}}?(?:编制|编写)(?:而成)?的|(?:向社会|特)公布|现(?:予以)?公布|现发布)\s*{_YEAR}\s*年度?"
                            r"[^。,;\d]{0,16}?(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告(?!\s*[\d一二三四五六七八九十]+[条篇件份个])")
_TITLE_YEAR_AFTER = regex.compile(rf"(?:^|\n)[^\n。,]{{0,40}}?(?:政府|政务)?信息公开(?:工作)?\s*{_YEAR}\s*年度?(?:工作)?(?:报告|年报)\s*(?:\n|$)")
_ANY_YEAR = regex.compile(r"(?<![\d〔\[(])(?:19|20)\d{2}(?=\s*年)")
_DATE = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})\s*日?")
_CN_DATE = regex.compile(r"(?P<y>[二][〇零○][一二三四五六七八九〇零○]{2})年(?P<m>[一二三四五六七八九十]{1,2})月"
                         r"(?P<d>[一二三四五六七八九十]{1,3})日")
_HEADER_DATE = regex.compile(r"(?:发布日期|发布时间|成文日期|公文生成日期|发文日期|印发日期|日期|时间)\s*[::]?\s*")
_SELF = regex.compile(r"(?:我|本|全)(街道|街(?=[^道])|镇|乡|区|县|市|局|委|办|社(?![会区]))")
_SELF_LEVEL = {"街道": "street", "街": "street", "镇": "town", "乡": "town", "区": "county", "县": "county", "市": "city",
               "局": "department", "委": "department", "办": "department", "社": "department"}

_ORGAN_WORDS = regex.compile(r"人民政府|政府|办事处|办公室|办公厅")
_INNER_GOV = regex.compile(r"人民政府(?=.)")
_IS_HAN = regex.compile(r"\p{Han}")
# the author of a cited notice: 某区人民政府(信息公开)办公室《关于做好…的通知》
_CITED_NOTICE_AFTER = regex.compile(r"\p{Han}{0,10}?《(?:关于|转发)?[^》]{0,50}?(?:通知|意见|办法|规定|方案|要点|函)》"
                                    # the same notice with its opening bracket lost (根据某省人民政府办公厅关于…的通知》)
                                    r"|关于[^《》。\n]{0,50}?(?:通知|意见|办法|规定|方案|要点|函)》")
# the words after a title's tail that make it a notice about reports (…年度报告有关要求的通知》), not this report
# a site's column named for the reports (…政府信息公开年报栏目, …年度报告专栏)
_COLUMN_AFTER_TITLE = regex.compile(r"\s*(?:栏目|专栏|专题|频道|目录)")
_NOTICE_AFTER_TITLE = regex.compile(r"[^。\n《》]{0,16}?(?:通知|要求|意见|的函)》")
# the brackets of a document's number after an issuer's short name (某政办发〔2020〕13号)
_DOCUMENT_NUMBER_AFTER = regex.compile(r"\p{Han}{0,2}[〔﹝\[【(]\s*(?:19|20)\d{2}\s*[〕﹞\]】)]")
# a notice or request of the body named, unnamed itself (…办公室的通知要求, …政府的部署)
_UNNAMED_NOTICE_AFTER = regex.compile(r"(?:的)?(?:通知|文件|部署|要求|安排|精神)(?:要求|精神)?")
_CONTACT_AFTER = regex.compile(r"\s*(?:联系|联络)")
_ADDRESS_BEFORE = regex.compile(r"地址\s*[::]?\s*$")
# a website named after its owner, with a word or two before 网 (公众信息网, 政务服务网, 门户网站)
_WEBSITE_AFTER = regex.compile(r"\s*(?:门户|公众|政务|信息|服务|公共|公开){0,3}(?:网站|网|官网|公报|门户"
                               r"|信息公开(?:网|平台|专栏))")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A value read from the text, where it was read (source) and its span."""

    source: str  # title | period | text (years); signature | page (dates)
    value: int | str
    start: int
    end: int


@dataclass
class Metadata:
    body: str | None = None
    place: str | None = None
    level: str | None = None
    year: int | None = None
    published: str | None = None
    published_from: str | None = None  # "signature" (end of the report) or "page" (a web page's date field)
    years: dict[str, int] = field(default_factory=dict)  # where each year was read: title, period, text


# years a report can cover: the Regulations date from 2007; a year far past today's (2075 in a title) is a
# damaged digit, and the evidence it stands in is passed over for the next
EARLIEST_YEAR, LATEST_YEAR = 1990, 2035


def _year_value(raw: str) -> int | None:
    value = int(raw) if raw.isdigit() else cn_to_number(raw.replace("○", "〇"))
    return int(value) if isinstance(value, int) and EARLIEST_YEAR <= value <= LATEST_YEAR else None


# counties whose names hold a char of an organ's word (政, 会), which other unit names never do
_NAMES_WITH_ORGAN_CHARS = regex.compile(r"(?:和政|政和|会理|会东|会泽|会同|会宁|会昌)(?=[县市])"
                                     # a street named for its road, whatever chars the road's name holds (红会路街道)
                                     r"|(?:(?<=[市区县旗])|^)[^\P{Han}市区县]{1,4}路(?=街道)"
                                     # a town or street whose name ends in such a char (新政镇, 水部街道, 三会乡)
                                     r"|(?:(?<=[市区县旗])|^)[^\P{Han}市区县省]{1,3}[政会部](?=镇|乡|街道)")


def chain(text: str) -> list[str] | None:
    """Split '北京市东城区东直门街道' into its units; None when the text is not a chain of units."""
    if not text:
        return None
    masked = _NAMES_WITH_ORGAN_CHARS.sub(lambda m: "甲" * len(m.group()), text)
    if masked != text:  # 和政县罗家集镇: read with the county's name masked, cut from the text as printed
        units = _chain(masked)
        if units is None:
            return None
        out, at = [], 0
        for unit in units:
            out.append(text[at:at + len(unit)])
            at += len(unit)
        return out
    return _chain(text)


def _chain(text: str) -> list[str] | None:
    for pattern in _CHAINS[:2]:
        m = pattern.fullmatch(text)
        if m:
            return _joined_one_char_names(list(m.captures(1)))
    # of the readings left, the one with more units, then fewer one-character names (宁乡市|横市镇, not
    # 宁乡|市横市镇; 平安市|市中区, not 平安市市中区)
    readings = [_joined_one_char_names(list(m.captures(1))) for p in _CHAINS[2:] if (m := p.fullmatch(text))]
    if not readings:
        return None
    return max(readings, key=lambda units: (len(units), -sum(len(_UNIT_END.sub("", u)) == 1 for u in units)))


_UNIT_END = regex.compile(rf"(?:{_UNIT_ALT})$")


_ZONE_UNITS = frozenset({"综合实验区", "高新技术产业开发区", "经济技术开发区", "经济开发区", "实验区", "开发区",
                         "高新区", "新区"})


def _joined_one_char_names(units: list[str]) -> list[str]:
    """Two units of one-character names in a row are one name that holds a unit word: 西乡|塘街道 is
    西乡塘街道, 东乡|口镇 is 东乡口镇. A zone without a name of its own is named by what comes before it:
    荆州|开发区 is 荆州开发区, 赣州|经济技术开发区 is 赣州经济技术开发区."""
    out: list[str] = []
    for unit in units:
        if out and (len(_UNIT_END.sub("", out[-1])) == 1 and len(_UNIT_END.sub("", unit)) == 1
                    or unit in _ZONE_UNITS):
            out[-1] += unit
        else:
            out.append(unit)
    return out


# a town's or county's name of one char after a stop char (与对坊乡…, 于田县): the stop char begins the name
_ONE_CHAR_TOWN = regex.compile(r"(?![全各该本我每此])\p{Han}(?:镇|乡|街道|县)")  # also 于田县, 于都县


_UNNAMED_GOVERNMENT = regex.compile(r"^[区县市](?:人民)?政府(?=\p{Han}{2,}?(?:街道|镇|乡))")


# counties whose names open with a char that elsewhere starts the words before a name (全县, 本局)
_STOP_OPENED_NAMES = "全州|全椒|全南|本溪"
_NAMES_OPENING_WITH_A_STOP = regex.compile(rf"(?:{_STOP_OPENED_NAMES})(?=县|市|满族)")


def _trim_left(text: str) -> str:
    stops = list(_STOP.finditer(text))
    if not stops:
        return text
    if _NAMES_OPENING_WITH_A_STOP.match(text, stops[-1].start()):
        return text[stops[-1].start():]  # 全州县2022年…: the county's name, not 全 + 州县
    name = text[stops[-1].end():]
    if stops[-1].group() in _BRAND_WORDS:
        # 新葡京博彩官网区人民政府北京街道办事处: the county's name was overwritten; its government, named by no
        # place, is no part of the street's name
        name = _UNNAMED_GOVERNMENT.sub("", name)
    last = stops[-1].group(0)
    if len(last) == 1 and last in "对于为向将把从因" and _ONE_CHAR_TOWN.match(name):
        return last + name
    at = stops[-1].start()
    if len(last) == 1 and at > 0 and text[at - 1] in "市县区旗" and _ONE_CHAR_TOWN.match(name):
        return last + name  # 登封市告成镇: a char of the stop words right after a county is its town's first
    if stops[-1].group(0) in "与及" and _DEPT_SUFFIX.search(name):
        # 厦门市民族与宗教事务局: a department whose name joins two fields, when a place leads it
        longer = text[stops[-2].end():] if len(stops) > 1 else text
        if _leading_chain(longer[:longer.find(stops[-1].group(0))]):
            return longer
    return name


def _street_called_jie(stem: str) -> list[str] | None:
    """A street office's place called …街, not …街道 (乌兰浩特市新城街办事处, 广州的林和街): its units, the last
    being the street as called."""
    if not stem.endswith("街") or stem.endswith(("大街", "步行街", "商业街")):
        return None
    units = chain(stem + "道")
    return units[:-1] + [units[-1][:-1]] if units and len(units[-1]) >= 4 else None


def place_of(name: str) -> str | None:
    """The lowest unit of a place or body name: 淮安市洪泽区人民政府 -> 洪泽区, 湖里街道办事处 -> 湖里街道."""
    simple = simplified(name)
    stem = _ORGAN_WORDS.sub("", simple).replace("街道办", "街道")
    units = _street_called_jie(stem) or _leading_chain(stem)
    if not units:
        return None
    place = units[-1]
    if _BARE_ZONE.fullmatch(place):
        if len(units) < 2 or units[-2] + place not in simple or _GOVERNING_UNIT.search(units[-2]):
            return None  # 管理区, 景区 alone name no place
        place = units[-2] + place  # 陈炉古镇景区: the zone named by the town it grew from
    start = simple.find(place)
    return name[start:start + len(place)] if start >= 0 else place


# a zone's kind alone, which names no place (管理区, 度假区, 景区, 新区), and the units that govern a zone rather
# than name it (铜川市, 某某区)
_BARE_ZONE = regex.compile(r"管理区|度假区|景区|风景区|新区|园区|开发区|新城")
_GOVERNING_UNIT = regex.compile(r"(?:省|市|县|区|旗|州)$")


# words of a department's name that hold a unit's char (乡村振兴局, 市场监督管理局, 城市管理局,
# 住房和城乡建设局): no unit ends inside one, and none at the end of 城乡, which names no town (市政, 市民
# and 县城 are not among them: 某市政务服务, 某市民政局 and 某县城市管理局 end a unit there)
_WORDS_WITH_A_UNIT_CHAR = regex.compile(r"乡村|市场|市容|区域|城市(?:管理|建设|综合|更新|执法)|城乡")
# a department's words after 城乡 (住房和城乡建设局); a town named …城乡 (木城乡) ends at its 乡
_AFTER_CITY_AND_COUNTRY = regex.compile(r"建设|规划|居民|社区|一体|融合|统筹|发展|环境|低保|医疗|养老|供水")


def _leading_chain(stem: str) -> list[str] | None:
    """Units at the start of a stem: 平潭综合实验区地方税务局 -> [平潭综合实验区]."""
    best = None
    inside = {end for m in _WORDS_WITH_A_UNIT_CHAR.finditer(stem)
              for end in range(m.start() + 1, m.end() + (m.group() == "城乡" and _AFTER_CITY_AND_COUNTRY.match(stem, m.end())
                                                         is not None))}
    for end in range(len(stem), 1, -1):
        if end in inside:
            continue  # 阿尔山市乡村振兴局, 浙江省市场监督管理局: 乡 of 乡村, 市 of 市场, no town or city
        units = chain(stem[:end])
        if units:
            best = units
            break
    return best


def _level(body: str | None, place: str | None, text: str) -> str | None:
    if body:
        simple = _OFFICE_IN_BRACKETS.sub("", simplified(body))
        if simple.endswith("地区办事处") and "驻" not in simple:
            return "street"  # 北京市朝阳区三间房地区办事处: an area office, a street's level (a 地区 is no prefecture here)
        bare = _INNER_GOV.sub("", simple)
        if not simple.endswith(("人民政府", "政府", "办事处", "街道办")) and _DEPT_SUFFIX.search(bare) \
                and not _ZONE_COMMITTEE.search(simple) and not _ZONE_OFFICE.search(simple) \
                and not _TOWN_OWN_OFFICE.search(simple):
            return "department"
    if place:
        simple = simplified(place)
        if _street_called_jie(simple):
            return "street"
        unit = _unit_of(simple)
        if unit:
            level = _LEVEL_OF_UNIT.get(unit, "county")
            if level == "city" and unit == "市" and (simple in _county_cities() or _has_city_parent(body or "", place)):
                return "county"  # a county-level city (登封市), or a city under a prefecture
            return level
    return _self_level(text)


_UNITS_LONGEST_FIRST = tuple(sorted(_UNITS, key=len, reverse=True))


def _unit_of(simple: str) -> str | None:
    """The unit a name ends with, the longest (某高新技术产业开发区: 高新技术产业开发区, not 区)."""
    return next((u for u in _UNITS_LONGEST_FIRST if simple.endswith(u)), None)


@lru_cache(maxsize=4)  # asked by the place and by the level of the same report
def _self_level(simple: str) -> str | None:
    """The level the report speaks of itself as, most often (我镇, 本局, 全县): None when it never does."""
    counts = Counter(_SELF_LEVEL[m.group(1)] for m in _SELF.finditer(simple[:20000]))
    return counts.most_common(1)[0][0] if counts else None


@cache
def _county_cities() -> frozenset[str]:
    """The county-level cities of the national division list (extract/data/county_cities.txt)."""
    lines = resources.files("extract.data").joinpath("county_cities.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _has_city_parent(body: str, place: str) -> bool:
    simple = simplified(body)
    i = simple.find(place)
    if i <= 0:
        return False
    units = chain(simple[:i]) or []
    return any(u.endswith(("市", "州", "盟", "地区")) for u in units)


def _gov_bodies(simple: str, limit: int) -> list[tuple[int, int]]:
    """Spans of government / street-office names in the text, as printed, in order."""
    spans = []
    for m in _GOV_SUFFIX.finditer(simple, 0, limit):
        run_start = m.start()
        while run_start > 0 and m.start() - run_start < 40 and _IS_HAN.match(simple[run_start - 1]):
            run_start -= 1
        before = _trim_left(simple[run_start:m.start()])
        start = m.start() - len(before)
        stem = before.replace("人民政府", "")
        units = chain(stem) if stem else None
        if not units or _CONJUNCTION_UNIT.fullmatch(units[0]) or _GENERIC_UNITS.search(units[0]):
            continue  # 按照…规定和市政府要求: 和 joins, it names no city; 8个镇政府: towns in general
        if _excluded(simple, start, m.end()):
            continue
        end = m.end()
        # 请与某乡人民政府办公室联系: the office is the government's contact point, the government issues
        if m.group(0).startswith("人民政府办") and _CONTACT_AFTER.match(simple, end, end + 6):
            end = m.start() + len("人民政府")
        # 石城市人民政府 inside 石城市人民政府桂花街道办事处: the longer name is the body
        while spans and spans[-1][0] >= start:
            spans.pop()
        spans.append((start, end))
    return spans


def _excluded(simple: str, start: int, end: int) -> bool:
    """Inside a 《book title》, an address, or a website's name: not the issuer."""
    opened = simple.rfind("《", 0, start)
    if opened >= 0 and simple.rfind("》", opened, start) < 0 and simple.find("》", end) - end < 60:
        return True
    if _ADDRESS_BEFORE.search(simple, max(0, start - 8), start):
        return True
    if _CITED_NOTICE_AFTER.match(simple, end, end + 60):
        return True
    if _DOCUMENT_NUMBER_AFTER.match(simple, end, end + 8):
        return True  # 吉市政公办发﹝2020﹞13号: the short name in a document's number
    if _UNNAMED_NOTICE_AFTER.match(simple, end, end + 8):
        return True  # 《条例》和某县人民政府办公室的通知要求: the issuer of a notice followed, not of the report
    return bool(_WEBSITE_AFTER.match(simple, end, end + 12))


def _drop_site_name(value: str) -> str:
    """A site's short name run into the body's full name (上海普陀上海市普陀区…): the full name alone."""
    simple = simplified(value)
    j = simple.find(simple[:2], 2)
    if not 2 <= j <= 8:
        return value

    def units(text: str) -> list[str] | None:
        gov = _GOV_END.search(text)
        return chain((text[:gov.start()] if gov else text).replace("人民政府", ""))

    whole, rest = units(simple), units(simple[j:])
    if whole and rest and len(whole[0]) > j:  # the first "unit" swallowed the site name
        return value[j:]
    return value


def _body_in(value: str) -> str | None:
    """The whole value when it is a body name (government, office or department), else None."""
    value = _drop_site_name(value)
    simple = _OFFICE_IN_BRACKETS.sub("", simplified(value))
    gov = _GOV_END.search(simple)
    if gov:
        stem = simple[:gov.start()].replace("人民政府", "")
        return value if chain(stem) or _street_called_jie(stem) else None
    bare = simple.replace("人民政府", "")
    if _DEPT_SUFFIX.search(bare) and _leading_chain(bare):
        return value
    return None


@dataclass(frozen=True, slots=True)
class _Title:
    """Spans of a title's parts in the text: the name before the year, the year, the name after it."""

    spans: dict[str, tuple[int, int]]
    text: str

    def span(self, name: str) -> tuple[int, int]:
        return self.spans.get(name, (0, 0))

    def group(self, name: str) -> str | None:
        a, b = self.span(name)
        return self.text[a:b] if b > a else None

    def start(self, name: str) -> int:
        return self.span(name)[0]

    def end(self, name: str) -> int:
        return self.span(name)[1]


def _read_title_back(head: str, end: int) -> _Title | None:
    """Parse [pre][year 年度][mid] backwards from where the title's tail begins."""
    spans: dict[str, tuple[int, int]] = {}
    window_start = max(0, end - 90)
    run = _HAN_RUN_END.search(head, window_start, end)
    run_start = run.start() if run else end
    cn_year = _CN_YEAR.search(head, run_start, end)
    if cn_year:  # 二〇一九年度石泉镇 (the numerals are Han chars inside the run)
        spans["year"] = cn_year.span()
        word = _YEAR_WORD.match(head, cn_year.end(), end)
        spans["mid"] = (word.end() if word else cn_year.end(), end)
        if cn_year.start() > run_start:
            spans["pre"] = (run_start, cn_year.start())
    else:
        word = _YEAR_WORD.match(head, run_start, end) if run_start < end else None
        digits = _YEAR_DIGITS_END.search(head[max(0, run_start - 6):run_start])
        if digits and (word or run_start == end):
            year_end = run_start - (len(digits.group(0)) - len(digits.group(0).rstrip()))
            year_start = year_end - 4
            spans["year"] = (year_start, year_end)
            spans["mid"] = (word.end() if word else run_start, end)
            pre = _HAN_BEFORE_YEAR.search(head[max(0, year_start - 60):year_start])
            if pre:
                base = max(0, year_start - 60)
                group = 1 if pre.group(1) else 2
                spans["pre"] = (base + pre.start(group), base + pre.end(group))
        else:
            spans["mid"] = (run_start, end)
    spans = {k: v for k, v in spans.items() if v[1] > v[0]}
    return _Title(spans, head) if spans else None


# the path of a page on its site (网站首页 > 信息公开 > …, 当前位置:…): the columns above the page
_BREADCRUMB = regex.compile(r"(?:首页|当前位置|您的位置|所在位置)[^\n]{0,60}?[>›»]")


def _titles(simple: str) -> tuple[_Title, ...]:
    return _titles_in_head(simple[:3000])


@lru_cache(maxsize=4)  # body, place and year are each read from the same titles
def _titles_in_head(head: str) -> tuple[_Title, ...]:
    found, in_breadcrumbs = [], []
    for m in _TITLE_TAIL.finditer(head):
        opened = head.rfind("《", 0, m.start())
        if opened > head.rfind("》", 0, m.start()) and head.startswith(("关于", "转发"), opened + 1):
            continue  # 《关于做好密云区2025年政府信息公开年报…的函》: a notice cited, not this report's title
        if _NOTICE_AFTER_TITLE.match(head, m.end()):
            continue  # 某省人民政府办公厅关于政府信息公开工作年度报告有关要求的通知》: the bracket lost
        if _COLUMN_AFTER_TITLE.match(head, m.end()):
            continue  # 可在"某县政府网站政府信息公开年报栏目"查阅: a column of a site, where the report can be read
        title = _read_title_back(head, m.start())
        line = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
        if title and _BREADCRUMB.search(line):
            in_breadcrumbs.append(title)  # 首页 > 信息公开 > 某县某镇信息公开年报: a column, read after the titles
        elif title:
            found.append(title)
    return tuple(found + in_breadcrumbs)


_FIELD_KEY_BEFORE = regex.compile(rf"(?:{_FIELD_KEYS})\s*[::]?\s*$")


def _names_in_titles(simple: str, text: str) -> list[str]:
    """The names printed in every title of the report's head, title by title, as `_title_names` reads them."""
    return [name for m in _titles(simple) for name in _title_names(simple[:3000], text[:3000], m)]


def _title_names(simple_head: str, text_head: str, m: _Title) -> list[str]:
    """Names printed before the year or between year and 信息公开 in a title, in the original script."""
    out = []
    for group in ("pre", "mid"):
        begin, end = m.span(group)
        if begin == end:
            continue
        if group == "pre" and _FIELD_KEY_BEFORE.search(simple_head, max(0, begin - 12), begin):
            continue  # 发布机构:某区人民政府⏎2023年…年度报告: the field above the title names the site's owner
        if group == "mid" and simple_head[begin:end].endswith("人民") and simple_head[end:end + 2] == "政府":
            end += 2  # 张义镇人民政府信息公开…: the 政府 belongs to the body
        joiner = _TITLE_JOINER.search(simple_head, begin, end)
        if joiner:
            end = joiner.start()
        office = _OFFICE_IN_BRACKETS.search(simple_head, begin, end)
        name = _trim_left(simple_head[begin:office.start() if office else end])
        if name and office:
            name += office.group()  # 贵阳市人民政府(市人民政府办公厅): the office printed with its government
        if name:
            out.append(text_head[end - len(name):end])
    return out


def _fields(simple: str, original: str) -> tuple[tuple[str, str], ...]:
    """(key, value) of the page's metadata fields, including a header row of a `a | b | c` table."""
    return _fields_in_head(simple[:3000], original[:3000])


@lru_cache(maxsize=4)  # asked for the body, the place and the late fallbacks of the same report
def _fields_in_head(head_simple: str, head: str) -> tuple[tuple[str, str], ...]:
    out = []
    for m in _FIELD.finditer(head_simple):
        value = head[m.start("value"):m.end("value")]
        stop = _NEXT_FIELD.search(simplified(value))  # 来源:市农业局点击率: the next field run on
        out.append((m.group("key"), value[:stop.start()] if stop and stop.start() >= 2 else value))
    lines = head_simple.split("\n")
    originals = head.split("\n")
    for i, line in enumerate(lines[:-1]):
        if "|" in line and "发布机构" in line:
            keys = [c.strip() for c in line.split("|")]
            values = [c.strip() for c in originals[i + 1].split("|")]
            if len(values) == len(keys) and "发布机构" in keys:  # a header row, not 发布机构:某局 | …
                out.insert(0, ("发布机构", values[keys.index("发布机构")]))
    return tuple(out)


def _signature(text: str) -> str | None:
    """A body printed alone on one of the last lines (the signature above the date)."""
    lines = [ln.strip(" |") for ln in text.rstrip().split("\n")[-6:]]
    for line in reversed(lines):
        name = _body_in(line)
        if name:
            return name
    return None


@lru_cache(maxsize=8)
def publication(text: str) -> Evidence | None:
    """The date printed under the signature at the end; else a web page's 发布日期 field (source "page")."""
    simple = simplified(text)
    body_end = len(simple.rstrip())
    line_start = body_end
    for _ in range(5):
        prev = simple.rfind("\n", 0, max(line_start - 1, 0))
        begin = prev + 1 if prev >= 0 else 0
        line = simple[begin:line_start].rstrip("\n")
        stripped = line.strip(" |")
        if len(stripped) <= 40:
            m = _DATE.search(line) or _CN_DATE.search(line)
            if m and len(line.rstrip(" |")) - m.end() <= 1:
                iso = _iso(m)
                if iso:
                    return Evidence("signature", iso, begin + m.start(), begin + m.end())
        if begin == 0:
            break
        line_start = begin
    for m in _HEADER_DATE.finditer(simple[:3000]):
        d = _DATE.match(simple, m.end())
        if d:
            iso = _iso(d)
            if iso:
                return Evidence("page", iso, d.start(), d.end())
    return None


def _iso(m: regex.Match) -> str | None:
    y = _year_value(m.group("y"))
    mo, d = m.group("m"), m.group("d")
    month = int(mo) if mo.isdigit() else cn_to_number(mo)
    day = int(d) if d.isdigit() else cn_to_number(d)
    try:
        return datetime.date(int(y), int(month), int(day)).isoformat() if y and month and day else None
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=8)
def year_evidence(text: str) -> tuple[Evidence, ...]:
    """Where the text states the year it covers: its title, its statistics period, its opening sentences."""
    simple = simplified(text)
    found: list[Evidence] = []
    for m in _titles(simple):
        y = _year_value(m.group("year")) if m.group("year") else None
        if y and not _another_document(simple, m):
            found.append(Evidence("title", y, m.start("year"), m.end("year")))
            break
    # 某委员会政府信息公开2010年度报告: the year after the words of disclosure, on a title line of its own, before
    # any title read the usual way (…编制本委2011年度政府信息公开报告 in the sentence after it is no title)
    m = _TITLE_YEAR_AFTER.search(simple, 0, 400)
    y = _year_value(m.group("year")) if m else None
    if y and (not found or found[0].start > m.start("year")):
        found = [Evidence("title", y, m.start("year"), m.end("year"))]
    m = _PERIOD.search(simple)
    y = _year_value(m.group("year")) if m else None
    if m and y:
        found.append(Evidence("period", y, m.start("year"), m.end("year")))
    for m in _REPORT_YEAR.finditer(simple[:5000]):
        y = _year_value(m.group("year"))
        if _CARRIED_FROM.match(simple, m.end("year")) or _CARRIED_TO.search(simple, max(0, m.start() - 4), m.start()):
            continue  # 2019年结转政府信息公开申请73宗: the year before's, told by the fallback below
        if y and not _excluded(simple, m.start(), m.start()):
            if not any(e.start == m.start("year") for e in found):  # the title itself says nothing new
                found.append(Evidence("text", y, m.start("year"), m.end("year")))
            break
    m = _SELF_NAMED.search(simple, 0, 5000)
    y = _year_value(m.group("year")) if m else None
    if y and not any(e.start == m.start("year") and e.source in ("title", "period") for e in found):
        found.append(Evidence("self", y, m.start("year"), m.end("year")))
    if not found:
        years = [m for m in _ANY_YEAR.finditer(simple[:3000]) if not _excluded(simple, m.start(), m.start())
                 and not _COMPARED_WITH.search(simple, max(0, m.start() - 4), m.start())
                 and _year_value(m.group(0))]
        # years of the text itself first, then full dates (a page's day of publication is mostly the next
        # year's), then the years applications were carried to or from, told back to the year they leave
        tiers: list[list[tuple[int, regex.Match]]] = [[], [], []]
        for m in years:
            y = int(m.group(0))
            if _CARRIED_TO.search(simple, max(0, m.start() - 4), m.start()):
                tiers[2].append((y - 1, m))  # 余8件转2023年度办理: the report of 2022
            elif _CARRIED_FROM.match(simple, m.end()):
                tiers[2].append((y + 1, m))  # 2019年结转申请73件: the report of 2020
            elif _FULL_DATE.match(simple, m.end()):
                tiers[1].append((y, m))
            else:
                tiers[0].append((y, m))
        tier = next((t for t in tiers if t), None)
        if tier:
            common = Counter(y for y, _ in tier).most_common(1)[0][0]
            first = next(m for y, m in tier if y == common)
            found.append(Evidence("text", common, first.start(), first.end()))
    return tuple(found)


_COMPARED_WITH = regex.compile(r"(?:较|比|同比|相比|比上年|与)$")
# the year applications are carried to (转2023年度办理, 结转至2023年) or from (2019年结转…申请): a neighbour's
_CARRIED_TO = regex.compile(r"(?:转|转入|转至|结转至|结转到|顺延至)$")
_CARRIED_FROM = regex.compile(r"\s*年度?\s*(?:结转|转入本年)")
_FULL_DATE = regex.compile(r"\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# a report of another year named as a document the body published (规范公开凤山镇2023年政府信息公开工作年报;
# …各类政策文件10条,2024年度政府信息公开工作年度报告1条): no title of this report
_PUBLISHED_BEFORE = regex.compile(r"(?:规范|及时|按时|主动|依法)?(?:公开|发布|更新|上传|编制并公开)(?:了)?\p{Han}{0,12}[\s,、]*$")
_COUNT_AFTER = regex.compile(r"\s*(?:\d+|[一二三四五六七八九十]+)\s*[条篇件份个期]")


def _another_document(simple: str, title: _Title) -> bool:
    spans = list(title.spans.values())
    start, last = min(a for a, _ in spans), max(b for _, b in spans)
    tail = _TITLE_TAIL.search(simple, last, last + 24)
    end = tail.end() if tail else last
    named_from = title.spans["year"][0] if "year" in title.spans else start
    before = simple[max(0, start - 16):named_from]
    return bool(_COUNT_AFTER.match(simple, end)) or (
        bool(_PUBLISHED_BEFORE.search(before)) and not _ANNOUNCING.search(before))


_ANNOUNCING = regex.compile(r"(?:特|现|现予|特此|向社会)(?:向社会)?(?:公布|公开|发布)")
_TOWN_OFFICE = regex.compile(r"(?<=(?:镇|乡|街道)(?:人民政府|办事处)|[局委厅])(?:党政办公室|党政办|办公室)$")


def _town_office_is_its_government(body: str | None) -> str | None:
    """由某乡人民政府办公室编制: a town's office compiles the town's report; the town is the issuer. So for a
    department's office (由海南省某局办公室编制): the department issues. A county's 人民政府办公室 is a
    department of its own and stays."""
    if body is None:
        return None
    m = _TOWN_OFFICE.search(simplified(body))
    return body[:m.start()] if m else body


_SELF_DEPARTMENT = regex.compile(r"(?:我|本)(局|委|办|厅|社)(?![公事会区])")
# the names a department that calls itself 我局 / 我委 / 我办 / 我厅 ends in
_KIND_ENDINGS = {"局": ("局",), "委": ("委", "委员会"), "办": ("办", "办公室"), "厅": ("厅",), "社": ("联合社",)}
_ANY_DEPARTMENT = ("委员会", "办公室", "局", "委", "厅", "中心")
# a government's or a zone committee's own office, which posts the pages of the bodies under it
_GOVERNMENT_OFFICE = regex.compile(r"(?:政府|管委会|管理委员会|党工委|党政)(?:办公室|办公厅|办)$")


@lru_cache(maxsize=4)  # asked for the fields' department, the named one and the level of the same report
def _self_department_kind(simple: str) -> str | None:
    selves = Counter(m.group(1) for m in _SELF_DEPARTMENT.finditer(simple[:20000]))
    return selves.most_common(1)[0][0] if selves else None


def _own_department(simple: str, named: list[str]) -> str | None:
    """A department named by the page's fields (发布机构: 汉中市统计局) is the issuer when the report speaks
    of itself as that kind of office (我局; a government's office that speaks of 我办); a town's report
    posted by a county office speaks of 我镇."""
    kind = _self_department_kind(simple)
    if kind is None and _self_level(simple) is not None:
        return None  # a town's report posted by a county office speaks of 我镇
    endings = _KIND_ENDINGS[kind] if kind else _ANY_DEPARTMENT  # speaking of itself as nothing: the field's own
    for name in named:
        bare = simplified(name)
        if _DEPT_SUFFIX.search(bare) and not bare.endswith(_GOV_ENDINGS) and bare.endswith(endings) \
                and (kind or not _GOVERNMENT_OFFICE.search(bare)):
            return name
    return None


# 和县 is a county; 和市 is "and the city", also after other words (同级人大和市政府)
_CONJUNCTION_UNIT = regex.compile(r"\p{Han}*[和或及与](?:市|区|省|州)")
# any zone's or park's committee, shortened 管委 too, kept out of the department names read from sentences;
# broader than _ZONE_COMMITTEE, which gives a named body the level of a county and stays with the zones it lists
_ZONE_COMMITTEE_SHORT = regex.compile(r"(?:区|园)(?:党工委)?(?:管委会?|管理委员会)$")
_NOT_A_PLACE_NAME = regex.compile(r"情况|建设|工作|平台|信息|公开|管理|服务|领导|部门")


# the first words of the overview: its heading, then the year (一、总体情况⏎2023年,)
_OVERVIEW_HEADING = r"(?:总体情况|概述|基本情况)[^\n]{0,12}\n\s*"
_OPENING_TIME = r"(?:(?:19|20)\d{2}年度?|全年|今年|本年度?)?[,\s]*"
_OVERVIEW_OPENING = regex.compile(_OVERVIEW_HEADING + _OPENING_TIME)
# the same, its first sub-heading run into the line ((一)主动公开情况。2022年,银湖湾滨海新区在…): where a place opens
_OVERVIEW_SUB_OPENING = regex.compile(_OVERVIEW_HEADING + r"\([一二三四五六七八九十]\)[^\n,。\d]{0,14}[。:]\s*" + _OPENING_TIME)
# or the text's own first sentence, opening with the year (2024年,大源街严格按照…)
_TEXT_OPENING = regex.compile(r"^\s*(?:19|20)\d{2}年度?[,\s]*")


def _mentioned_department(simple: str, text: str, *, by_self_word: bool) -> str | None:
    """A department named in the report's sentences (2022年,阳新县自然资源和规划局认真…) where no title or
    field names the body: one of the kind the report calls itself (我局), or, where it speaks of itself as
    no town, street or county, a department it names twice or more (冠县人力资源和社会保障局认真…). Full
    names first (with their place), else a short name at a clause's start (市教委高度重视…); never inside a
    book title, an address or a website's name."""
    kind = _self_department_kind(simple)
    if kind is not None and by_self_word:
        endings, least = _KIND_ENDINGS[kind], 1
    elif kind is None and not by_self_word and _self_level(simple) in (None, "department"):
        endings, least = _ANY_DEPARTMENT, 2
    else:
        return None
    ending = "|".join(sorted(endings, key=len, reverse=True))
    full: Counter[str] = Counter()
    short: Counter[str] = Counter()
    first: dict[str, int] = {}
    head = simple[:20000]
    for m in regex.finditer(rf"\p{{Han}}{{3,30}}?(?:{ending})(?!会)(?![\p{{Han}}&&[^的在和与及对按为于是认高严坚共根全积自]])", head):
        name = _trim_left(m.group())
        start = m.end() - len(name)
        units = _leading_chain(simplified(name)) if name else None
        if not units or _NOT_A_PLACE_NAME.search(units[0]):
            continue  # 平台建设情况区水利局: a heading's words run into the name
        if not _body_in(name) or _excluded(simple, start, m.end()) \
                or _WEBSITE_AFTER.match(simple, m.end()) or simplified(name).endswith(_GOV_ENDINGS + ("街道办",)) \
                or _ZONE_COMMITTEE_SHORT.search(simplified(name)):
            continue  # a zone's committee (番禺经开区管委) governs the zone as a county does: no department
        full[name] += 1
        first.setdefault(name, start)
    for m in regex.finditer(rf"(?<![\p{{Han}}])[省市区县旗][^\P{{Han}}省市区县]{{1,14}}?(?:{ending})(?=[认高严坚共根全积自在按对于为])",
                            head):
        if not _NOT_A_PLACE_NAME.search(m.group()) and "政府" not in m.group():
            short[m.group()] += 1
            first.setdefault(m.group(), m.start())
    named, counts = [n for n in full if full[n] >= least], full
    if not named and least == 2:
        # named once, as the subject opening the overview's first sentence (2023年,云岭市民政局深入贯彻…)
        opening = _OVERVIEW_OPENING.search(head)
        named = [n for n in full if opening and opening.end() <= first[n] <= opening.end() + 12]
    if not named:  # a short name said twice (市医疗保障局认真…), in full where the text gives it once
        shorts = [n for n in short if short[n] >= 2]
        if not shorts:
            return None
        said = max(shorts, key=lambda n: (short[n], -first[n]))
        named = [n for n in full if n.endswith(said[1:])]
        if not named:
            named, counts = [said], short
    name = max(named, key=lambda n: (counts[n], -first[n]))
    return text[first[name]:first[name] + len(name)]


# the subject that opens the overview (一、总体情况⏎2023年,市教委坚持…; 市人民防空办认真贯彻…): the report's own
# organ speaking of what it did, its name ending in a department's word and followed by an adverb or verb
_SUBJECT_NAME = regex.compile(
    r"(\p{Han}{2,30}?(?:委员会|管委会|办公室|研究室|联合社|局|委|办|厅))"
    r"(?=[认高严坚共根全积自在按对紧聚持深扎不切着始进围以]|政务公开|政府信息公开|信息公开)")
_YEAR_LINE_OPENING = regex.compile(r"\n[^\S\n]*(?:19|20)\d{2}年度?[,，]\s*")
_FIRST_LINE_OPENING = regex.compile(r"\s*(?:(?:19|20)\d{2}年度?|全年|今年|本年度?)?[,\s]*")


def _opening_subject(simple: str, text: str) -> tuple[str, bool] | None:
    """A department or a zone's committee opening the overview's first sentence (or the text's) as its subject,
    as printed, and whether that is its full name (市教委 is short: the caller takes a short name only after
    the full names the report gives elsewhere were looked for)."""
    opening = _OVERVIEW_OPENING.search(simple, 0, 6000)
    starts = [opening.end()] if opening else []
    starts.append(_FIRST_LINE_OPENING.match(simple).end())
    # or the first line that opens with the year (2025年,绍兴滨海新区管委会全面贯彻…) under a title or heading
    starts += [m.end() for m in _YEAR_LINE_OPENING.finditer(simple, 0, 3000)][:1]
    for begin in starts:
        m = _SUBJECT_NAME.match(simple, begin)
        if not m:
            continue
        name = _trim_left(m.group(1))
        units = _leading_chain(name)
        if len(name) < 3 or name.endswith(_GOV_ENDINGS) or units and _NOT_A_PLACE_NAME.search(units[0]):
            continue  # 平台建设情况区水利局: a heading's words run into the name
        printed = text[m.end(1) - len(name):m.end(1)]
        if _body_in(name):
            return printed, True
        if _SHORT_DEPARTMENT.fullmatch(name):
            full = _in_full(simple, text, name)
            return (full, True) if full else (printed, False)
    return None


def _choose_body(doc: Document, simple: str, place_hint: str | None) -> str | None:
    text = doc.text

    def fits(name: str | None) -> bool:
        # (an ethnic township's name fits its short form: 铜厂彝族乡人民政府 for a title's 铜厂乡)
        return bool(name) and (not place_hint or place_hint in simplified(name)
                               or place_hint in _NATIONALITY.sub("", simplified(name)))

    # a page's fields count when they name a government or street office; an office of it (the
    # 管委会办公室 that posted the page) is the web publisher, not the issuer
    fields = [(k, _body_in(v)) for k, v in _fields(simple, text)]
    own = _own_department(simple, [b for _, b in fields if b])
    fields = [(k, b) for k, b in fields if fits(b) and (simplified(b).endswith(_GOV_ENDINGS)
                                                         or _ZONE_COMMITTEE.search(simplified(b)))]
    for key, body in fields:
        if key in ("发布机构", "发布单位", "发文机关", "公开主体"):
            # the government whose site posted it, where the report says a department of it compiled it
            # (发布机构:汨罗市政府 … 由汨罗市档案局编制): the department is the issuer
            return _its_department_compiled_it(simple, text, body) or _its_office_titled(simple, text, body) or body
    sources = [b for k, b in fields if k in ("信息来源", "来源", "发布者", "主办单位")]
    for name in _names_in_titles(simple, text):
        # 市政府办公室2025年度政府信息公开年报: a department's short name, as the title prints it
        body = _body_in(name)
        if body is None and _SHORT_TITLE_DEPARTMENT.fullmatch(simplified(name)):
            body = _in_full(simple, text, name) or name  # in full where the report names it so
        elif body is None and _BARE_TITLE_DEPARTMENT.fullmatch(simplified(name)):
            body = name  # 教育局2019年…年度报告: as the title prints it
        if fits(body):
            longer = [s for s in sources if simplified(s).endswith(simplified(body))
                      and len(s) > len(body)]
            return longer[0] if longer else body
    if own:  # no title names the body: the department of the page's fields, which the report calls 我局
        return own
    mentioned = _mentioned_department(simple, text, by_self_word=True)
    if fits(mentioned):
        return mentioned
    subject = _opening_subject(simple, text)
    if subject and subject[1]:
        return subject[0]
    if sources:
        return sources[0]
    signed = _signature(text)
    if fits(signed):
        return signed
    compiled = _COMPILED_BY.search(simple[:5000])
    candidates = _gov_bodies(simple, min(len(simple), 20000))
    if compiled:
        inside = [(a, b) for a, b in candidates if compiled.start(1) <= a < compiled.end(1) + 2]
        if inside and fits(text[inside[0][0]:inside[0][1]]):
            a, b = inside[0]
            return text[a:b]  # a town's office compiling its report: read_metadata names the town
    for a, b in candidates:
        if fits(text[a:b]):
            return text[a:b]
    named_twice = _mentioned_department(simple, text, by_self_word=False)
    if fits(named_twice):
        return named_twice
    return _compiling_department(simple, text) or (subject[0] if subject else None) \
        or next((v for k, v in _fields(simple, text) if _SHORT_DEPARTMENT.fullmatch(simplified(v))), None) \
        or _zone_committee_to_ask(simple, text, place_hint)


# a zone's committee named to ask about the report (请联系江苏省某高新技术产业开发区管理委员会(地址…,
# 请与经济开发区管委会党政办公室联系): the zone's own organ, as no town or county names itself so
_CONTACT_ZONE_COMMITTEE = regex.compile(r"(?:请联系|请与|可与|可直接与|请直接与|请致电|请咨询)\s*(\p{Han}{2,30}?(?:管理委员会|管委会))"
                                        r"(?:党政办公室|党政综合办公室|党政办|办公室)?(?:联系|\(|[,。;])")


def _zone_committee_to_ask(simple: str, text: str, place_hint: str | None) -> str | None:
    """The development zone's committee named as whom to ask about the report, as printed, if any."""
    m = _CONTACT_ZONE_COMMITTEE.search(simple, 0, 6000)
    if m is None:
        return None
    name = _trim_left(m.group(1))
    if not _ZONE_COMMITTEE.search(name) or place_hint and place_hint not in name:
        return None
    at = simple.find(name, m.start(1))
    return text[at:at + len(name)]


_COMPILED_BY_NAME = regex.compile(r"由\s*(\p{Han}{2,40}?)编制")
# a department by its short name, its place said by one char (由市教育局编制, 由区民政局编制)
_SHORT_NAME = r"(?!人民政府|政府)\p{Han}{1,14}?(?:委员会|办公室|局|委|办|厅)"
_SHORT_DEPARTMENT = regex.compile(rf"[省市区县州盟旗]{_SHORT_NAME}")
# the same, in a title: a government's own office too (市政府办公室2025年度政府信息公开年报)
_SHORT_TITLE_DEPARTMENT = regex.compile(rf"[省市区县州盟旗](?:(?:人民)?政府办公(?:室|厅)|{_SHORT_NAME})")


# a department named in a title with no place at all (教育局2019年政府信息公开工作年度报告): a department's report
# posted on its county's site, the name as printed
_BARE_TITLE_DEPARTMENT = regex.compile(r"(?!人民政府|政府|管理委员会$)[^\P{Han}省市区县州盟旗和与及网]{2,10}?(?:委员会|局|委)")


def _its_department_compiled_it(simple: str, text: str, government: str) -> str | None:
    """A department of `government` named as the report's compiler (由汨罗市档案局编制), when the page's field
    names the government itself."""
    gov = simplified(government)
    if not gov.endswith(("人民政府", "政府")):
        return None
    place = gov.removesuffix("人民政府").removesuffix("政府")
    department = _compiling_department(simple, text)
    if not department or not place:
        return None
    dept = simplified(department)
    return department if dept.startswith(place) and _DEPT_SUFFIX.search(dept) and not dept.endswith("政府") else None


_GOVERNMENT_OFFICE_END = regex.compile(r"政府办公室$|政府办公厅$")


def _office_in_a_title(simple: str, text: str) -> bool:
    """True when a title names an office or department (某市人民政府办公室2023年…年度报告)."""
    return any(_DEPT_SUFFIX.search(simplified(name)) for name in _names_in_titles(simple, text))


def _its_office_titled(simple: str, text: str, government: str) -> str | None:
    """An office or department of `government` whose name leads the report's title (发布机构 垣曲县人民政府 …
    垣曲县人民政府办公室2021年政府信息公开工作年度报告): the government's site posted its office's report."""
    gov = simplified(government)
    for name in _names_in_titles(simple, text):
        named = simplified(name)
        if named.startswith(gov) and len(named) > len(gov) and _DEPT_SUFFIX.search(named):
            return name
    return None


def _compiling_department(simple: str, text: str) -> str | None:
    """A department named as the report's compiler where no organ of government is named: 由北京市信访办编制的
    2014年度…报告. A bare town or street compiling it is left unnamed, as a bare name in a title is."""
    compiled = _COMPILED_BY_NAME.search(simple, 0, 5000)
    if not compiled:
        return None
    name = _trim_left(compiled.group(1))
    if not name or not (_body_in(name) or _SHORT_DEPARTMENT.fullmatch(name)):
        return None
    if not _body_in(name):
        full = _in_full(simple, text, name)
        if full:
            return full
    at = simple.find(name, compiled.start(1))
    return text[at:at + len(name)]


def _in_full(simple: str, text: str, name: str) -> str | None:
    """A department named short (市教育局) in full where the report names it so (请与广水市教育局联系)."""
    for m in regex.finditer(rf"(\p{{Han}}{{2,12}}?){regex.escape(simplified(name))}", simple[:20000]):
        full = _trim_left(m.group())
        units = _leading_chain(full) if full != name else None
        if units and not _NOT_A_PLACE_NAME.search(units[0]) and _body_in(full):
            return text[m.end() - len(full):m.end()]  # not 平台建设情况区水利局: a heading run into it
    return None


def _field_place(simple: str, text: str) -> str | None:
    """A page's publisher field naming a bare place (发布机构: 慈城镇, 信息来源:兴化市大营镇): that place, which
    a body named elsewhere must contain to be the issuer (宁波市江北区人民政府, the site's owner, is not)."""
    for key, value in _fields(simple, text):
        if key not in ("发布机构", "发布单位", "信息来源", "来源"):
            continue
        bare = simplified(value).strip(" |")
        units = chain(bare) if bare and not _ORGAN_WORDS.search(bare) and not _DEPT_SUFFIX.search(bare) else None
        if units and "".join(units) == bare and not _GENERIC_UNITS.search(units[-1]):
            at = simple.find(units[-1], simple.find(bare))
            return text[at:at + len(units[-1])]
    return None


def _street_said_short(simple: str, text: str, name: str) -> str | None:
    """A title naming a street by 街 alone (武江区惠民街2014年…) where the text calls it …街道: that street."""
    bare = simplified(name)
    if not bare.endswith("街") or bare.endswith("大街"):
        return None
    units = chain(bare[:-1] + "镇")  # the chain read as if a town's, its last unit is the street's name
    stem = units[-1][:-1] if units else bare[:-1]
    if len(stem) < 2:
        return None
    at = simple.find(stem + "街道")
    return text[at:at + len(stem) + 2] if at >= 0 else None


def _title_place(simple: str, text: str) -> str | None:
    head_simple = simple[:3000]
    head_text = text[:3000]
    for m in _titles(simple):
        # the words between year and 信息公开 first: 青川县2023年松江镇政府信息公开…, the town of the county
        for name in reversed(_title_names(head_simple, head_text, m)):
            street = _street_said_short(simple, text, name)
            if street:
                return street
            place = place_of(name)
            if place and not _GENERIC_UNITS.search(simplified(place)):
                return place  # 乡镇政府信息公开年度报告 names a column of the site, not a place
    return None


# a town or street named right after its county's government, with an organ of its own
# (无锡市锡山区人民政府厚桥街道党政办公室, 章贡区人民政府水东镇办公室)
_NESTED_UNIT = r"(\p{Han}{1,8}?(?:镇|乡|街道))(?=(人民政府|办事处|党政办公室|党政办|办公室|政府|综合办))"


_DOUBLED_PREFIX = regex.compile(r"(\p{Han}{2,12}?)\1")
_COMPILER_BEFORE = regex.compile(r"由\s*$|请与\s*$")


def _town_under_its_county(simple: str, text: str, body: str | None) -> str | None:
    """A county's government chosen as the body, where the report speaks of itself as a town or street and
    names a town or street right after that government: the town's own organ is the body."""
    self_level = _self_level(simple)
    if not body or not simplified(body).endswith("人民政府") or self_level not in ("town", "street", None):
        return body
    m = regex.search(regex.escape(simplified(body)) + _NESTED_UNIT, simple[:20000])
    if m is None or not chain(_trim_left(m.group(1))):
        return body
    if self_level is None and not (_COMPILER_BEFORE.search(simple, max(0, m.start() - 6), m.start())
                                   or "联系" in simple[m.end():m.end() + 30]):
        return body  # a report silent about itself: only as its compiler or its contact
    end = m.end(1) + (len(m.group(2)) if m.group(2) in ("人民政府", "办事处") else 0)
    return text[m.start():end]


# a city, county or province named as the seat of government or of its departments (鄂州市人民政府, 重庆市教委,
# 玉林市自然资源局): the place a department's report (or a city's, its name unsaid) belongs to
_GOVERNING_PLACE = regex.compile(r"(\p{Han}{2,8}?(?:省|自治区|市|区|县|旗|盟))(?=人民政府|政府|委员会|党委|委|"
                                 r"\p{Han}{0,10}?(?:局|委|办公室|办公厅|中心|厅))")
# words of following or acting before the place named (认真贯彻云岭市人民政府…, 按照…和青川区政府…)
_LEAD_BEFORE_A_PLACE = regex.compile(r"^\p{Han}*(?:贯彻|落实|按照|根据|依据|围绕|执行|结合|配合|服从|参加|参与|认真|及时|和|或)")
_KIND_OF_PLACE = {"省": ("省", "自治区"), "市": ("市", "盟"), "区": ("区",), "县": ("县", "旗")}


def _not_above_itself(simple: str, text: str, body: str | None) -> str | None:
    """A county's or city's government chosen as the body (the site's banner, 天津市某区人民政府), where the report
    speaks of itself as a town or street (我镇) and names one: the government above it is not the issuer, and
    the report names no organ of its own. None, so that the place is the town named."""
    if not body or not simplified(body).endswith(("人民政府", "政府")) or _self_level(simple) not in ("town", "street"):
        return body
    own = place_of(body)
    if not own or _level_of_place(own) not in ("county", "city"):
        return body
    town = _mentioned_place(simple, text)
    return None if town and _level_of_place(town) in ("town", "street") else body


def _level_of_place(place: str) -> str | None:
    """The level its last unit gives a place (某旺镇: town, 静海区: county), None without a unit."""
    unit = _unit_of(simplified(place))
    return _LEVEL_OF_UNIT.get(unit, "county") if unit else None


def _department_place(simple: str, text: str, body: str | None) -> str | None:
    """The place whose government a department's report names most: of the kind its short name says (市教委: a
    city; 区水利局: a district), else any."""
    kinds = _KIND_OF_PLACE.get(simplified(body)[0]) if body else None
    counts: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for m in _GOVERNING_PLACE.finditer(simple, 0, 20000):
        name = _LEAD_BEFORE_A_PLACE.sub("", _trim_left(m.group(1)))
        if name in _KIND_OF_PLACE:
            bare[name] += 1  # 通过县政府门户网站: the report's own government, called by its unit alone
        units = chain(name)
        if not units or _GENERIC_UNITS.search(units[-1]) or _NOT_A_PLACE_NAME.search(units[-1]) \
                or _CONJUNCTION_UNIT.fullmatch(units[-1]) or len(units[-1]) < 3 and not units[-1].endswith("县"):
            continue  # 民政部和市民政局: no place 和市
        if kinds and not units[-1].endswith(kinds):
            continue
        counts[units[-1]] += 1
    own = _KIND_OF_PLACE[bare.most_common(1)[0][0]] if bare else None  # the kind it calls its own government
    if not kinds and own and len(counts) > 1:  # 统计局 … 通过县政府…: a county's, not its province's
        counts = Counter({p: n for p, n in counts.items() if p.endswith(own)}) or counts
    if not counts:
        return _site_place(simple, text, kinds or own)
    place, n = counts.most_common(1)[0]
    if len(counts) > 1 and counts.most_common(2)[1][1] == n:
        return None  # two places named as often: no telling
    at = simple.find(place)
    return text[at:at + len(place)]


# a government's site named by its place without the unit (孝感政府信息公开网, 广元政府网)
_SITE_OF_A_BARE_PLACE = regex.compile(r"(?:(?<!\p{Han})|(?<=通过|在|登录|访问|依托|和))(\p{Han}{2})(?:人民)?政府"
                                      r"(?:信息公开|门户)?(?:网|网站)")
_NOT_A_BARE_PLACE = regex.compile(rf"中国|中央|国家|全国|各级|本级|上级|人民|地方|基层|数字|智慧|阳光|透明|网上|掌上|公开"
                                  rf"|[{_UNIT_CHARS}]")


def _site_place(simple: str, text: str, kinds: tuple[str, ...] | None) -> str | None:
    """A department's place from its government's site named by the place alone (主要通过孝感政府信息公开网):
    the name with the unit the department's short name (市安监局) or the report's own government (县政府) says."""
    if not kinds:
        return None
    for m in _SITE_OF_A_BARE_PLACE.finditer(simple, 0, 20000):
        if not _NOT_A_BARE_PLACE.search(m.group(1)):
            return m.group(1) + kinds[0]
    return None


# a development zone called by its short name (经开区, 高新区, 西宁开发区), and the full names it stands for
_ZONE_SHORT_NAME = regex.compile(r"(?P<city>\p{Han}{0,4}?)(?P<kind>经开区|高新区|开发区)")
_ZONE_FULL = {"经开区": r"经济技术开发区", "高新区": r"高新技术产业开发区|高新区", "开发区": r"经济技术开发区|经济开发区|开发区"}


def _zone_in_full(simple: str, text: str, short: str) -> str | None:
    """The zone's full name where the report prints it (长春经济技术开发区 for 经开区): the name with a city
    before it that occurs most often, or None."""
    m = _ZONE_SHORT_NAME.fullmatch(short)
    names: Counter[str] = Counter()
    first: dict[str, int] = {}
    for full in regex.finditer(rf"(\p{{Han}}{{2,6}}?)(?:{_ZONE_FULL[m.group('kind')]})", simple):
        stops = list(_STOP.finditer(full.group(1)))
        a = full.start(1) + (stops[-1].end() if stops else 0)  # 由长春经济技术开发区: the name after the stop word
        city = simple[a:full.end(1)]
        if len(city) < 2 or m.group("city") and not city.startswith(m.group("city")):
            continue
        name = simple[a:full.end()]
        names[name] += 1
        first.setdefault(name, a)
    if not names:
        return None
    best = max(names, key=lambda n: (names[n], -first[n]))
    return text[first[best]:first[best] + len(best)]


# a site's dialog on a link leaving it (您访问的链接即将离开“海淀区人民政府”门户网站,是否继续?): the site's
# owner, no word of the report
_LEAVING_THE_SITE = regex.compile(r"[^\n]{0,12}即将离开[^\n]{0,40}")


def read_metadata(doc: Document, sections: list[Section]) -> Metadata:
    """Body, place, level, year covered and publication date, each None when the file does not say."""
    text = doc.text
    simple = _LEAVING_THE_SITE.sub(lambda m: " " * len(m.group()), simplified(text))  # (same offsets as text)
    title_place = _title_place(simple, text) or _field_place(simple, text)
    hint = simplified(title_place) if title_place else None
    body = _town_office_is_its_government(_choose_body(doc, simple, hint))
    body = _town_under_its_county(simple, text, body)
    above = body
    body = _not_above_itself(simple, text, body)
    if above and not body:  # the county's government over its title (某区人民政府⏎2023年…): the town it names
        title_place, hint = None, None
    doubled = _DOUBLED_PREFIX.match(simplified(body)) if body else None
    if doubled and chain(doubled.group(1)):
        body = body[len(doubled.group(1)):]  # 北京市大兴区北京市大兴区发展和改革委员会: the place printed twice
    body = _department_in_full(simple, text, body)
    # 青川市2023年…年度报告 … 由青川市人民政府办公室编制: the title names the place; the report is its government's,
    # which its office compiled or posted: the office as printed, the level the place's
    governments_own = bool(body and title_place and _GOVERNMENT_OFFICE_END.search(simplified(body))
                           and simplified(title_place) in simplified(body) and not _office_in_a_title(simple, text))
    place = place_of(body) if body else None
    if title_place and (not place or (hint and hint not in simplified(place))):
        place = title_place
    if not place:
        place = _opening_place(simple, text) or _mentioned_place(simple, text) or _own_documents_place(simple, text) \
            or _contact_place(simple, text)
    if place and _ZONE_SHORT_NAME.fullmatch(simplified(place)):
        place = _zone_in_full(simple, text, simplified(place)) or place
    place = _without_its_countys_short_name(simple, text, place)
    place = _with_its_nationality(simple, text, place)
    level = _level(None if governments_own else body, place, simple)
    if not place and level in ("department", "city", "province"):
        place = _department_place(simple, text, body)
    years = {e.source: int(e.value) for e in year_evidence(text)}
    year = years.get("title") or years.get("period") or years.get("text")
    printed = publication(text)
    return Metadata(body=body, place=place, level=level, year=year,
                    published=str(printed.value) if printed else None,
                    published_from=printed.source if printed else None, years=years)


# a department's usual short name and its full one (发改局: 发展和改革局)
_SHORT_DEPARTMENT_NAMES = {
    "发改局": "发展和改革局", "发改委": "发展和改革委员会", "市场监管局": "市场监督管理局", "科技局": "科学技术局",
    "住建局": "住房和城乡建设局", "住建委": "住房和城乡建设委员会", "人社局": "人力资源和社会保障局",
    "民委": "民族事务委员会", "卫健委": "卫生健康委员会", "卫健局": "卫生健康局", "文旅局": "文化和旅游局",
    "文广旅局": "文化广电和旅游局", "工信局": "工业和信息化局", "交通局": "交通运输局", "医保局": "医疗保障局",
    "应急局": "应急管理局", "退役军人局": "退役军人事务局", "教体局": "教育和体育局", "安监局": "安全生产监督管理局",
}
_SHORT_DEPARTMENT_END = regex.compile(rf"(?:{'|'.join(sorted(_SHORT_DEPARTMENT_NAMES, key=len, reverse=True))})$")


def _department_in_full(simple: str, text: str, body: str | None) -> str | None:
    """A department named by its usual short name (黄石港区发改局) where the report prints its full name too
    (黄石港区发展和改革局): the full name as printed, with as much of its place as the short one had or more."""
    short = _SHORT_DEPARTMENT_END.search(simplified(body)) if body else None
    if not short:
        return body
    prefix = simplified(body)[:short.start()]
    full = _SHORT_DEPARTMENT_NAMES[short.group()]
    for m in regex.finditer(rf"(\p{{Han}}{{0,10}}?){regex.escape(prefix)}{full}", simple[:20000]):
        lead = _trim_left(m.group(1))
        if lead and not chain(lead + prefix if prefix in _KIND_OF_PLACE else lead):
            continue  # 召开县科学技术局: words before the name, no place
        start = m.end() - len(lead + prefix + full)
        return text[start:m.end()]
    return body


# the nationality in an ethnic township's name (铜厂彝族乡, 某某回族镇, 某某民族乡), which a title may leave out
_NATIONALITY = regex.compile(r"(?<=\p{Han}{2})\p{Han}{0,3}?族(?=乡|镇)")


def _with_its_nationality(simple: str, text: str, place: str | None) -> str | None:
    """An ethnic township called short (铜厂乡) where the text prints its full name (铜厂彝族乡): the full name."""
    m = regex.fullmatch(r"(\p{Han}{2,3})(乡|镇)", simplified(place)) if place else None
    if not m:
        return place
    full = regex.search(rf"{regex.escape(m.group(1))}\p{{Han}}{{0,3}}?族{m.group(2)}", simple[:20000])
    return text[full.start():full.end()] if full else place


# a town or street printed after its county's name without the county's unit (永嘉金溪镇, 张店公园街道)
_SHORT_COUNTY_BEFORE_TOWN = regex.compile(r"(\p{Han}{2})(\p{Han}{2,3}(?:镇|乡|街道))")


def _without_its_countys_short_name(simple: str, text: str, place: str | None) -> str | None:
    """The town alone, where the place read is a town after two chars of its county's name and the text
    also names the town without them: the county, called short, is no part of the town's name."""
    m = _SHORT_COUNTY_BEFORE_TOWN.fullmatch(simplified(place)) if place else None
    if not m:
        return place
    county, town = m.groups()
    alone = regex.search(rf"(?<!{regex.escape(county)}){regex.escape(town)}", simple[:20000])
    return text[alone.start():alone.end()] if alone else place


# a place as the subject opening the overview (2025年,临沧市坚持…): the report's own
_OPENING_PLACE = regex.compile(r"(\p{Han}{2,12}?(?:市|区|县|旗|镇|乡|街道|(?<!大)街))(?=坚持|认真|高度|深入|全面|持续|严格|积极|着力|紧紧"
                               r"|紧扣|聚焦|始终|扎实|不断|进一步|按照|根据|围绕|贯彻|全力|切实|严格|依法|大力|稳步|注重|强化|加强"
                               r"|在(?!\d))")


_OPENING_UNIT = regex.compile(r"街道$|[市区县旗镇乡]$")


def _levels_of_unit(unit: str) -> tuple[str, ...]:
    """The levels a report may speak of itself as (我区, 全市…) when a place of this unit opens it: the unit's
    own, and a county's too for a 市 (a county-level city)."""
    level = _LEVEL_OF_UNIT.get(unit, "county")
    return (level, "county") if unit == "市" else (level,)


def _opening_place(simple: str, text: str) -> str | None:
    """The place opening the overview's first sentence as its subject, of a level the report may speak of
    itself as."""
    m = None
    for opening in (_OVERVIEW_OPENING, _OVERVIEW_SUB_OPENING, _TEXT_OPENING):  # the first that a place opens
        at = opening.search(simple, 0, 6000)
        m = _OPENING_PLACE.match(simple, _past_the_leadership(simple, at.end())) if at else None
        if m is not None:
            break
    if m is None:
        return None
    name = _trim_left(m.group(1))
    place = place_of(name) if name else None
    if not place or _GENERIC_UNITS.search(simplified(place)) or _NOT_A_PLACE_NAME.search(simplified(place)):
        return None
    unit = _OPENING_UNIT.search(simplified(place))
    levels = _levels_of_unit(unit.group()) if unit else ("street",)  # 大源街 (a street called …街): a street's
    if _self_level(simple) not in (None, *levels):
        return None  # 2025年,青川区高度重视…,我镇…: a town's report names its county first
    at = simple.find(simplified(place), m.start(1))
    return text[at:at + len(place)]


# the town's or street's office to ask about the report (可直接与杉城镇办公室联系)
_CONTACT_OFFICE_OF = regex.compile(r"(?:请与|可与|可直接与|请直接与)(\p{Han}{2,12}?(?:镇|乡|街道))(?:人民政府|政府|办事处)?"
                                   r"(?:党政办公室|党政综合办公室|党政办|综合办公室|综合办|办公室)联系")


def _contact_place(simple: str, text: str) -> str | None:
    """The town or street whose office is named to ask about the report."""
    m = _CONTACT_OFFICE_OF.search(simple, 0, min(len(simple), 4000))
    place = place_of(_trim_left(m.group(1))) if m else None
    if not place or _GENERIC_UNITS.search(simplified(place)):
        return None
    at = simple.find(simplified(place), m.start(1))
    return text[at:at + len(place)]


# the leadership the opening sentence thanks before its subject (在区委、区政府的正确领导下,林和街认真…)
_UNDER_LEADERSHIP = regex.compile(r"在[^,。;\n]{2,40}?(?:领导|指导|部署|关心|支持)下[,\s]*")


def _past_the_leadership(simple: str, at: int) -> int:
    m = _UNDER_LEADERSHIP.match(simple, at)
    return m.end() if m else at


# a place that opens the title of a document in book brackets (《桥中街道政府信息依申请公开工作方案》)
_DOCUMENT_PLACE = regex.compile(r"《(\p{Han}{1,8}?(?:街道|镇|乡|县|区|旗))(?:人民政府|政府|办事处)?")


def _own_documents_place(simple: str, text: str) -> str | None:
    """The place that the report's own documents are named for (制定了《桥中街道…方案》), where the report
    speaks of itself as that level (我街, 县政府办公室…) and names no other place of it in its documents."""
    self_level = _self_level(simple)
    if self_level not in ("street", "town", "county"):
        return None
    found: Counter[str] = Counter()
    for m in _DOCUMENT_PLACE.finditer(simple, 0, 20000):
        units = chain(m.group(1))
        if not units or _GENERIC_UNITS.search(units[-1]) or _NOT_A_PLACE_NAME.search(units[-1]):
            continue
        unit = _OPENING_UNIT.search(units[-1])
        if unit and self_level in _levels_of_unit(unit.group()):
            found[units[-1]] += 1
    if len(found) != 1:
        return None
    place = next(iter(found))
    at = simple.find(place)
    return text[at:at + len(place)]


# a town or street as the subject of a sentence: followed by its organ, a time, or the adverb or verb of
# what it did (官垱镇高度重视…, 三龙镇着力健全…)
_GENERIC_UNITS = regex.compile(rf"乡镇|镇乡|^街镇|^(?!{_STOP_OPENED_NAMES})[各全该本我每个]|^自治(?:区|州|县|旗)$"
                             r"|^[区市县]{2,3}$")  # 各区市县: no place
_UNIT_MENTION = regex.compile(r"(\p{Han}{1,8}?)(镇|乡|街道|街|区|县)(?=[^\p{Han}]|政府|人民|党委|党政|党工委|办事处|信息公开|政务公开|由|未|没有|共|全年|年|在"
                              r"|高度|坚持|认真|严格|积极|着力|全面|按照|根据|结合|围绕|深入|持续|不断|进一步|始终|编制|将|主动|把|通过|依托|扎实|聚焦|紧扣|紧紧)")


_COUNTY_END = regex.compile(r"[区县]$")
_AREA_NOUNS = regex.compile(r"(?:社|辖|园|景|小|片|城|市|山|库|矿|新|郊|县|城|试点|示范|灾|疫|校|厂|营|牧)$")


def _county_or_street_mention(name: str, unit: str, self_level: str | None) -> bool:
    """A county (番禺区坚持…) or a street called 街 (白云街以…) as the subject of the report's sentences: only
    where the report speaks of itself as one (我区, 我街) or not at all, and not a common noun (社区, 辖区)."""
    zone = unit == "区" and len(name) >= 3 and name.endswith(("高新", "经开"))  # 临沂高新区, 番禺经开区: a zone
    if _AREA_NOUNS.search(name) and not zone or len(name) < 2 and unit != "县":
        return False
    if unit == "街":
        return self_level == "street"
    return self_level in (None, "county")


@lru_cache(maxsize=4)  # asked by the body (a county's government above a town) and by the place of one report
def _mentioned_place(simple: str, text: str) -> str | None:
    """A town or street named in the text (南薰乡未收取…), when neither title nor body names it."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    self_level = _self_level(simple)
    for m in _UNIT_MENTION.finditer(simple[:20000]):
        name = _trim_left(m.group(1))
        if not name or _excluded(simple, m.start(), m.end()):
            continue
        if m.group(2) in ("区", "县", "街") and not _county_or_street_mention(name, m.group(2), self_level):
            continue
        place = place_of(name + m.group(2))
        if m.group(2) == "街" and len(name) >= 2:
            at_line_start = m.start(1) == 0 or simple[m.start(1) - 1] == "\n"
            # 佳荣里街2021年…年报 as a line of its own: the whole name; inside a sentence, its last two chars
            place = place or (name if at_line_start and len(name) <= 4 else name[-2:]) + "街"
        if not place or _GENERIC_UNITS.search(simplified(place)):
            continue  # 各乡镇 / 全县乡镇: towns in general, not one town
        start = m.end() - len(place)
        counts[place] += 1
        first.setdefault(place, start)
    if not counts:
        return None
    # a town or street named as a subject is the report's own; a county so named may be its superior
    lower = [p for p in counts if not _COUNTY_END.search(simplified(p))]
    place = max(lower or counts, key=lambda p: (counts[p], -first[p]))
    return text[first[place]:first[place] + len(place)]
