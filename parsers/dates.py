"""Dates a file carries about itself: a web page's publication time, a document's metadata dates.

What counts for publication is when a report was made public. Government web pages print it in the
header above the article (发布时间：2025-03-10 15:35, 发布日期, 发表时间, 公开日期, a bare 时间 or 日期) and
CMS templates repeat it in a meta tag (<meta name="PubDate">, the field the 政府网站发展指引 asks for).
Those are the page header; 成文日期, 公文生成日期, 发文日期 and 印发日期 are when the document was written,
not published, and are not read as one. A PDF's or Word file's own dates (ModDate, CreationDate,
dcterms:modified, dcterms:created) are metadata: the file cannot have been published before it was
last saved, but a reused template or a placeholder date says nothing, so extraction decides whether
one is a real date for the year the report covers.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import regex

PAGE_HEADER = "page_header"
METADATA = "metadata"
CHINA = datetime.timezone(datetime.timedelta(hours=8))

# the keys of a header's publication time; in text converted from a page the spaces between fields are
# gone (来源:原创发布时间:2023-01-31), so a named key may follow any text. A bare 时间 or 日期 counts where it
# starts a field: after no Han character, or on a line with other header fields (来源, 浏览次数, 字号), and
# never as the end of another word (统计时间, 成文日期, 生成日期, 发文日期, 更新时间)
_KEY = r"(?P<key>发布时间|发布日期|发表时间|发表日期|公开时间|公开日期|上网时间|上网日期|发稿时间|发布于|时间|日期)"
_BARE = ("时间", "日期")
_NOT_PUBLICATION = regex.compile(r"(?:统计|成文|生成|发文|印发|截止|起止|更新|修改|创建|办理|办结|受理|答复|会议|"
                                 r"开始|结束|施行|实施|有效|期限|出生|报名|申请|咨询|工作|服务|办公)$")
_HEADER_FIELDS = regex.compile(r"来源|浏览|点击|字号|作者|访问|阅读|编辑|发布机构|栏目|分享|打印|责任")
_DATE = (r"(?P<y>(?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(?P<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?P<d>\d{1,2})(?!\d)\s*日?"
         r"(?:\s*(?P<time>\d{1,2}[:：]\d{2}(?:[:：]\d{2})?))?")
HEADER_DATE = regex.compile(_KEY + r"\s*[:：]?\s*" + _DATE)
# meta tags CMS templates fill with the publication time
META_NAMES = ("pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "pubtime",
              "article:published_time", "dc.date.issued", "dcterms.issued")
_ISO_LIKE = regex.compile(r"^\s*" + _DATE)
_PDF_DATE = regex.compile(r"^(?:D:)?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?"
                          r"(?P<tz>[Zz]|[+-]\d{2}'?\d{2}'?)?")
_W3C_DATE = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
                          r"(?:\.\d+)?(?P<tz>Z|[+-]\d{2}:\d{2})?)?")


@dataclass(frozen=True, slots=True)
class SourceDate:
    """One date a file gives about itself: ISO date, its kind (page_header | metadata), the field it
    was read from (发布时间, PubDate, ModDate, dcterms:modified) and the value as found."""

    date: str
    source: str
    key: str
    raw: str

    def to_dict(self) -> dict:
        return {"date": self.date, "source": self.source, "key": self.key, "raw": self.raw}


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def header_match_date(m: regex.Match) -> str | None:
    """The ISO date of a HEADER_DATE (or _DATE) match; None when it is no calendar date."""
    return _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def header_matches(text: str, limit: int | None = None) -> list[regex.Match]:
    """The publication times a page's text prints (see _KEY), those under a named key first."""
    end = len(text) if limit is None else min(len(text), limit)
    found = []
    for m in HEADER_DATE.finditer(text, 0, end):
        if not header_match_date(m):
            continue
        if m.group("key") in _BARE:
            before = text[max(0, m.start() - 4):m.start()]
            if _NOT_PUBLICATION.search(before):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if before and regex.match(r"\p{Han}", before[-1]) and not _HEADER_FIELDS.search(line):
                continue
        found.append(m)
    found.sort(key=lambda m: m.group("key") in _BARE)  # stable: document order within each kind
    return found


def header_date(text: str, limit: int = 3000) -> tuple[SourceDate, int, int] | None:
    """The publication time in the head of a page's text (a named key first), with the span of key and date."""
    for m in header_matches(text, limit):
        return SourceDate(header_match_date(m), PAGE_HEADER, m.group("key"), m.group(0).strip()), m.start(), m.end()
    return None


def meta_date(name: str, content: str) -> SourceDate | None:
    """A <meta> tag's publication time, when the tag is one CMS templates put it in."""
    if name.strip().lower() not in META_NAMES:
        return None
    m = _ISO_LIKE.match(content)
    iso = header_match_date(m) if m else None
    return SourceDate(iso, PAGE_HEADER, name.strip(), content.strip()) if iso else None


def _in_china(y, m, d, hh, mm, ss, tz: str | None) -> str | None:
    """The calendar date in China of a moment given with an offset (none given: taken as local)."""
    try:
        moment = datetime.datetime(int(y), int(m or 1), int(d or 1), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        return None
    if tz:
        tz = tz.replace("'", "").replace(":", "")
        if tz.upper() == "Z":
            offset = datetime.timedelta(0)
        else:
            sign = -1 if tz[0] == "-" else 1
            offset = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5] or 0))
        if not -datetime.timedelta(hours=24) < offset < datetime.timedelta(hours=24):
            return None  # an offset of a day or more (+27'00'): no time zone, a damaged date
        moment = moment.replace(tzinfo=datetime.timezone(offset)).astimezone(CHINA)
    return moment.date().isoformat()


def pdf_date(key: str, raw: str | None) -> SourceDate | None:
    """A PDF Info date (D:YYYYMMDDHHmmSS+08'00'); None for an empty or malformed one."""
    m = _PDF_DATE.match((raw or "").strip())
    if not m or not m.group("m") or not m.group("d"):
        return None
    iso = _in_china(m.group("y"), m.group("m"), m.group("d"), m.group("H"), m.group("M"), m.group("S"),
                    m.group("tz"))
    return SourceDate(iso, METADATA, key, raw.strip()) if iso else None


def w3c_date(key: str, raw: str | None) -> SourceDate | None:
    """An OOXML core property date (2025-03-10T07:35:00Z)."""
    m = _W3C_DATE.match((raw or "").strip())
    if not m:
        return None
    iso = _in_china(m.group("y"), m.group("m"), m.group("d"), m.group("H"), m.group("M"), m.group("S"),
                    m.group("tz"))
    return SourceDate(iso, METADATA, key, raw.strip()) if iso else None
