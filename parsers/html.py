"""Government CMS web pages, as a browser or crawler saved them: the report body among the page chrome.

A page carries navigation, breadcrumbs, share and print buttons, related links and a footer around the
report. The body is found by content: the deepest element that still holds most of the page's non-link
text (CMS containers like `#zoom` or `.TRS_Editor` are found that way without naming them). Its block
elements become lines; its data tables become Grids (rowspan/colspan expanded, each cell with its DOM
path) and are also printed in the text as `a | b | c` rows, once per merged cell, so the prose readers
see what a reader of the page sees. Nothing is ever fetched: no network, no external entities.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import regex

from parsers.cells import make_cell
from parsers.dates import SourceDate, header_match_date, header_matches, meta_date
from parsers.decoding import Decoded, best, decode_as, decode_bytes, readable
from parsers.errors import InputError
from parsers.model import Cell, Document, Grid
from parsers.normalize import normalize_pages, split_lines
from parsers.table_text import row_line
from parsers.text import decode, readable_text

MAX_HTML_BYTES = 20 * 1024 * 1024
BODY_SHARE = 0.7  # the report container holds at least this share of the page's non-link text
EDITOR_SHARE = 0.5  # a known editor container holding this share of the chosen block is the article
MAX_SPAN = 200
SHORT_PAGE = 200  # a page body shorter than this, beside a linked file, only announces the report  # a colspan/rowspan beyond this is a broken page, not a table

_META_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([-\w.:]+)", regex.I)
_CODEC_FOR = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "cp936": "gb18030", "utf8": "utf-8", "unicode": "utf-8", "big5": "big5hkscs"}
# Python's names of the charsets a Chinese page can be written in; any other declared one is wrong
_PAGE_CODECS = frozenset({"utf-8", "utf-8-sig", "gb18030", "big5hkscs", "big5", "hz", "utf-16", "utf-16-le",
                          "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*\?>")

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
              "select", "button", "input", "textarea", "nav", "footer", "aside", "map", "audio", "video")
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "blockquote",
    "pre", "dd", "dt", "dl", "center", "address", "figure", "figcaption", "header", "main", "hr",
    "fieldset", "caption", "form", "body", "html", "tr", "td", "th", "tbody", "thead", "tfoot", "table",
})
# elements that hold a page's parts (a paragraph or a span is never the report container)
_CONTAINER_TAGS = frozenset({"div", "td", "th", "article", "section", "main", "body", "center", "form",
                             "blockquote", "table"})
# the id/class of the rich-text box in the CMS templates government sites run on
_EDITOR_BOXES = frozenset({"zoom", "trs_editor", "trs_ueditor", "article-content", "articlecontent", "art_con",
                           "artcon", "content_text", "contenttext", "news_content", "newscontent", "detail-content",
                           "pages_content", "xxgk_content", "bt_content", "con_text", "wzcon", "zwnr", "ccontent",
                           "view", "article_con", "txt_content", "main-txt", "wordsection1", "custom_unionstyle"})
# class/id words of page furniture in Chinese government CMS templates
_CHROME_SUBSTR = ("share", "breadcrumb", "crumb", "copyright", "qrcode", "fontsize", "font-size", "dayin")
_CHROME_WORDS = frozenset({"print", "position", "location", "footer", "foot", "nav", "navbar", "menu",
                           "toolbar", "sidebar", "ewm", "pagination", "pager", "dqwz", "wzdh", "bottom",
                           "links", "related", "xgwz", "xgxx", "close"})
_WORD_SPLIT = regex.compile(r"[-_\s]+|(?<=[a-z])(?=\d)")
# lines of page furniture that CMS templates put inside the article container
_CHROME_LINE = regex.compile(
    r"^\s*[【\[]?\s*(?:分享到|打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|返回顶部|收藏|字号|扫一扫|"
    r"浏览次数|访问量|阅读次数|点击数|责任编辑|上一篇|下一篇)\s*[】\]]?\s*(?:[:：].{0,40})?\s*"
    r"(?:[【\[]\s*(?:打印|关闭|大|中|小)[^】\]]*[】\]]\s*)*$")
_TITLE_HINT = regex.compile(r"报告|年报")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_TITLE_SPLIT = regex.compile(r"\s*(?:[_|｜]|\s[-—–]\s|--)\s*")
_ATTACHMENT = regex.compile(r"\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)(?:[?#].*)?$", regex.I)
_WS = regex.compile(r"[ \t\r\n\f\v]+")
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)


def decode_html(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """The page's text and encoding: a BOM first, then the meta charset if the bytes agree, else detection."""
    decoded, declared = html_reading(data, path)
    return decoded.text, _encoding_name(decoded, declared)


def _encoding_name(decoded: Decoded, declared: str | None) -> str:
    return f"{decoded.encoding} (page declares {declared})" if declared else decoded.encoding


def html_reading(data: bytes, path: str = "<bytes>") -> tuple[Decoded, str | None]:
    """The page's bytes decoded, and what its <meta charset> says when that is wrong.

    The declared charset wins while it reads the bytes at least as well as detection does: a few damaged
    bytes in a GBK page are no reason to read it as something else, but a template's stale gb2312 on a
    UTF-8 page is (GB18030 reads UTF-8 bytes with few errors, as mojibake).
    """
    m = None if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else \
        _META_CHARSET.search(data[:16384])
    if m is None:
        return decode(data, path), None
    declared = m.group(1).decode("ascii", "replace").lower()
    high = any(b > 0x7F for b in data)
    if not high:  # plain ASCII reads the same in any charset a page declares
        return decode(data, path), None
    try:
        codec = codecs.lookup(_CODEC_FOR.get(declared, declared)).name
    except LookupError:
        return decode(data, path), declared
    if codec not in _PAGE_CODECS:
        # a template's Western default on a Chinese page, or a name that is no page charset (base64, idna)
        return decode(data, path), declared
    stated = decode_as(data, codec, declared)
    utf8_instead = codec == "gb18030" and high and not decode_as(data, "utf-8").bad
    if not stated.bad and not utf8_instead:
        return stated, None
    found = decode_bytes(data)
    if found is None or found.codec == codec:
        if readable(stated, len(data)):
            return stated, None
        raise InputError(path, "binary data or an unknown text encoding (not UTF-8, GB18030 or UTF-16)", "decode")
    if not utf8_instead and readable(stated, len(data)) and best([stated, found]) is stated:
        return stated, None
    return found, declared


def parse_html(data: bytes, path: str, sha256: str) -> Document:
    """A saved web page -> Document of the report it carries (medium "html")."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(path, f"web page of {len(data) / 1e6:.0f} MB is too large for one report", "read")
    decoded, declared = html_reading(data, path)
    encoding = _encoding_name(decoded, declared)
    root = _parse(readable_text(decoded), path)
    warnings: list[str] = []
    if declared:
        warnings.append(f"the page's declared charset is wrong; read as {encoding}")
    warnings.extend(decoded.warnings())
    title = _page_title(root)
    dates = page_dates(root)
    _drop_chrome(root)
    container = find_content(root)
    rendering = _Renderer(root.getroottree())
    rendering.walk(container)
    lines = [ln for ln in rendering.lines() if not _CHROME_LINE.match(ln)]
    if title and not any(_squash(title) in _squash(ln) for ln in lines[:4]):
        lines.insert(0, title)
    if not any(ln.strip() for ln in lines):
        raise InputError(path, "web page without any text", "html")
    attachment = _attachment_only(lines, title, container, root)
    if attachment:
        raise InputError(path, f"the report is an attachment of this page ({attachment}): read that file instead",
                         "html")
    rendered = "\n".join(lines)
    text, offsets, pages = normalize_pages([split_lines(rendered)], paged=False)
    return Document(path=path, sha256=sha256, medium="html", text=text, pages=pages, grids=rendering.grids,
                    encoding=encoding, warnings=warnings, offsets=offsets, source_text=rendered, dates=dates)


_VISIBLE_TEXT = ("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript "
                 "or ancestor::template or ancestor::title)]")


def page_dates(root) -> list[SourceDate]:
    """The page's publication time: its header line (发布时间：… anywhere on the page, a named key before a
    bare 时间/日期), then the meta tags CMS templates fill (PubDate). Read before the chrome is dropped,
    as templates print the line outside the article, often in a toolbar with the print button."""
    found: list[SourceDate] = []
    text = "\n".join(root.xpath(_VISIBLE_TEXT))
    matches = header_matches(text)
    if matches:
        m = matches[0]
        found.append(SourceDate(header_match_date(m), "page_header", m.group("key"), _WS.sub(" ", m.group(0)).strip()))
    for meta in root.iter("meta"):
        name = meta.get("name") or meta.get("property") or ""
        date = meta_date(name, meta.get("content") or "")
        if date:
            found.append(date)
    return found


def _attachment_only(lines: list[str], title: str | None, container, root) -> str | None:
    """The attachment's name when the page only announces a report that is attached as a file."""
    body = "".join(ln for ln in lines if ln != title)
    if len(_squash(body)) >= SHORT_PAGE or rendering_has_tables(container):
        return None
    for scope in (container, root):
        for a in scope.iter("a"):
            href = (a.get("href") or "").strip()
            if _ATTACHMENT.search(href):
                name = _WS.sub(" ", a.text_content()).strip() or href.rsplit("/", 1)[-1]
                return name[:80]
    return None


def rendering_has_tables(el) -> bool:
    return any(is_data_table(t) for t in el.iter("table"))


def _parse(source: str, path: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  recover=True, default_doctype=False)
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", source, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as err:
        raise InputError(path, f"cannot parse the web page: {err}", "html") from None


def _squash(text: str) -> str:
    return _WS.sub("", text)


def _text_len(el) -> int:
    return len(_squash(el.text_content()))


def _page_title(root) -> str | None:
    """The report's title where CMS templates print it: a heading or title element, else <title>.

    Column names in menus ("政府信息公开年报") also say 报告/年报, so a candidate naming a year and a
    报告 in a heading wins over one that does not.
    """
    best, best_score = None, 0
    for el in root.iter("h1", "h2", "h3", "div", "p", "td", "span", "strong"):
        marks = f"{el.get('class', '')} {el.get('id', '')}".lower()
        heading = el.tag in ("h1", "h2", "h3")
        if not (heading or "title" in marks or "bt" in _WORD_SPLIT.split(marks)):
            continue
        text = _WS.sub(" ", el.text_content()).strip()
        if not (6 <= len(text) <= 80 and _TITLE_HINT.search(text)):
            continue
        score = 1 + 2 * bool(_YEAR.search(text)) + ("报告" in text) + heading
        if score > best_score:
            best, best_score = text, score
    if best_score >= 3:
        return best
    head_title = root.find(".//title")
    if head_title is not None and head_title.text:
        parts = [p for p in _TITLE_SPLIT.split(head_title.text.strip()) if _TITLE_HINT.search(p)]
        if parts:
            return parts[0]
    return best


def _is_chrome(el, page_len: int) -> bool:
    marks = f"{el.get('class', '')} {el.get('id', '')}".lower()
    if not marks.strip():
        return False
    words = set(_WORD_SPLIT.split(marks))
    if not (words & _CHROME_WORDS or any(s in marks for s in _CHROME_SUBSTR)):
        return False
    return _text_len(el) < 0.3 * max(page_len, 1)  # never the element that holds the report


def _drop_chrome(root) -> None:
    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    body = root.find("body")
    page_len = _text_len(body if body is not None else root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if _HIDDEN.search(el.get("style", "")) or el.get("hidden") is not None or _is_chrome(el, page_len):
            el.drop_tree()


def is_data_table(table) -> bool:
    """A table of figures, not a layout table: no nested table, at least 2×2, and at most one cell holding
    an essay (a note row under a statistics table is still part of the table; a layout frame's content
    cell is the bulk of its cells)."""
    if table.find(".//table") is not None:
        return False
    rows = _table_rows(table)
    if len(rows) < 2 or max((len(_row_cells(r)) for r in rows), default=0) < 2:
        return False
    cells = [cell for r in rows for cell in _row_cells(r)]
    long = sum(_text_len(cell) > 300 for cell in cells)
    return long == 0 or (long == 1 and long < 0.25 * len(cells))


def _table_rows(table) -> list:
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def _row_cells(tr) -> list:
    return tr.xpath("./td|./th")


def find_content(root):
    """The deepest element holding most of the page's non-link text, outside data tables."""
    body = root.find("body")
    if body is None:
        body = root
    scores: dict = {}

    def content(el) -> int:
        """Non-link text length under el (recorded for candidates)."""
        if not isinstance(el.tag, str):
            return 0
        if el.tag == "a":
            return 0
        own = len(_squash(el.text or ""))
        total = own
        for child in el:
            total += content(child) + len(_squash(child.tail or ""))
        if el.tag != "table" or not is_data_table(el):
            scores[el] = total
        return total

    page = content(body)
    best, best_depth = body, 0
    for el, n in scores.items():
        if n >= BODY_SHARE * page and el.tag in _CONTAINER_TAGS:
            depth = len(list(el.iterancestors()))
            if depth > best_depth and not _inside_data_table(el):
                best, best_depth = el, depth
    # inside it, a CMS editor container holding most of it is the article proper (title and info lines
    # of the template stay outside; the title is taken separately)
    for el in best.iterdescendants():
        if el in scores and _is_editor_box(el) and scores[el] >= EDITOR_SHARE * scores.get(best, page):
            return el
    return best


def _is_editor_box(el) -> bool:
    marks = f"{el.get('class', '')} {el.get('id', '')}".lower().split()
    return any(m in _EDITOR_BOXES for m in marks)


def _inside_data_table(el) -> bool:
    return any(a.tag == "table" and is_data_table(a) for a in el.iterancestors())


@dataclass
class _Renderer:
    """Walks an element into lines of text (one per block) and Grids (one per data table)."""

    tree: object
    grids: list[Grid] = field(default_factory=list)
    _lines: list[str] = field(default_factory=list)
    _buf: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        self._flush()
        return self._lines

    def _flush(self) -> None:
        text = "".join(self._buf).strip()
        if text:
            self._lines.append(text)
        self._buf = []

    def _text(self, s: str | None, pre: bool) -> None:
        if s:
            self._buf.append(s if pre else _WS.sub(" ", s))

    def walk(self, el, pre: bool = False) -> None:
        if not isinstance(el.tag, str):
            self._text(el.tail, pre)
            return
        tag = el.tag.lower()
        if tag == "br":
            self._flush()
        elif tag == "table" and is_data_table(el):
            self._flush()
            self._table(el)
        else:
            block = tag in _BLOCK_TAGS
            if block:
                self._flush()
            inner_pre = pre or tag == "pre"
            if inner_pre and el.text:
                for i, part in enumerate(el.text.split("\n")):
                    if i:
                        self._flush()
                    self._text(part, True)
            else:
                self._text(el.text, pre)
            for child in el:
                self.walk(child, inner_pre)
            if block:
                self._flush()
        if el.tail:
            self._text(el.tail, pre)

    def walk_children(self, el) -> None:
        self._text(el.text, False)
        for child in el:
            self.walk(child)

    def _table(self, table) -> None:
        caption = table.find("caption")
        if caption is not None:
            self.walk_children(caption)
            self._flush()
        grid, printed = table_grid(table, self.tree)
        if grid.rows:
            self.grids.append(grid)
        for row in printed:
            line = row_line(row)
            if line:
                self._lines.append(line)


def cell_text(cell) -> str:
    """A cell's text with its own line structure (<br>, <p>) kept as newlines."""
    rendering = _Renderer(None)
    rendering.walk(cell)
    return "\n".join(rendering.lines())


def table_grid(table, tree) -> tuple[Grid, list[list[str]]]:
    """An HTML table as a Grid (merged cells repeated in every slot) and its rows as printed once."""
    slots: dict[tuple[int, int], Cell] = {}
    printed: list[list[str]] = []
    rows = _table_rows(table)
    for r, tr in enumerate(rows):
        c = 0
        printed_row = []
        for td in _row_cells(tr):
            while (r, c) in slots:
                c += 1
            rowspan = _span(td.get("rowspan"), len(rows) - r)
            colspan = _span(td.get("colspan"), MAX_SPAN)
            text = cell_text(td)
            path = tree.getpath(td) if tree is not None else None
            for i in range(rowspan):
                for j in range(colspan):
                    slots[(r + i, c + j)] = make_cell(text, source="html", path=path)
            printed_row.append(slots[(r, c)].raw)
            c += colspan
        printed.append(printed_row)
    width = max((c for _, c in slots), default=-1) + 1
    grid_rows = []
    for r in range(len(rows)):
        row = [slots.get((r, c)) or make_cell("", source="html") for c in range(width)]
        grid_rows.append(row)
    return Grid(rows=grid_rows, source="html"), printed


def _span(value: str | None, limit: int) -> int:
    try:
        n = int(str(value).strip()) if value is not None else 1
    except ValueError:
        return 1
    return max(1, min(n, limit, MAX_SPAN))
