"""Normalised text with a map back to the source: one pass shared by every medium.

What it undoes, and why:
- NFKC: full-width digits and letters, Kangxi radical look-alikes (⼀ for 一), compatibility forms;
- page numbers ("- 2 -", "第 2 页") and running headers printed on every page (the one at the top of the
  first page stays: it is the title or letterhead the metadata is read from);
- hard line wraps inside a sentence (PDF-to-text and crawled pages break lines at the print width:
  "主动公开政府信\\n\\n息 255 条" is one sentence);
- spaces between digits and CJK ("工作动态 56 条" reads as "工作动态56条");
- pinyin glosses that mirror sites put after characters (網(wǎng)站 reads as 網站).
"""

from __future__ import annotations

import itertools
import operator
import unicodedata
from collections import Counter
from dataclasses import dataclass

import regex

from parsers.model import OffsetMap, Page

_SPACE = regex.compile(r"[ \t\u00a0\u2002-\u200b\u3000]+")
_CJKISH = r"[\p{Han}\u3000-\u303f\uff00-\uffef、。“”‘’《》〈〉【】…·—]"
# a space with CJK on one side and CJK or a digit on the other carries nothing
_CJK_GAP = regex.compile(rf"(?<={_CJKISH})[ \t]+(?=[\p{{Han}}\d(]|{_CJKISH})|(?<=[\d%)])[ \t]+(?={_CJKISH})")
PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-—–－_~]+\s*\d{1,4}\s*[-—–－_~]+|第\s*\d{1,4}\s*页(?:\s*[,/，]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$",
    regex.I,
)
# a pinyin gloss after a character: latin letters with at least one tone mark, in brackets
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_GLOSS = regex.compile(rf"(?<=\p{{Han}})\((?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}\)")
_BARE_NUMBER = regex.compile(r"^\s*\d{1,3}\s*$")
HEADING_START = regex.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
    r"|第[一二三四五六七八九十]{1,3}[部章节]分?|\d{1,2}\s*[、．](?!\d)|[(（]\d{1,2}[)）]"
    r"|[一二三四五六七八九十]是|附件|附表|表[一二三四1-4])"
)
_SENTENCE_END = tuple("。！？!?；;：:")
_TABLE_ROW = regex.compile(r"\|\s*$|^\s*\||(?:\s\d+(?:\.\d+)?){2,}\s*$")
_MENU_ENTRY = regex.compile(r"\p{Han}{1,8}")
# a report's whole title on a line of its own: a line before it is never wrapped into it
_WHOLE_TITLE = regex.compile(r"^\s*\S{2,40}?\d{4}\s*年度?\S{0,8}?信息公开\S{0,8}?(?:报告|年报)\s*$")


@dataclass(slots=True)
class _Line:
    text: str
    src: range | list[int]  # source offset of each char; a range while the line runs on as printed
    width: int  # display width as printed, before any rewriting


def _joined_src(a: range | list[int], b: range | list[int]) -> range | list[int]:
    if isinstance(a, range) and isinstance(b, range) and a.stop == b.start:
        return range(a.start, b.stop)
    return [*a, *b]


class _CharWidths(dict):
    """Display width of each character met so far (wide and full-width forms take two columns)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_CHAR_WIDTHS = _CharWidths()
# a damaged char (U+FFFD, one per damaged character: parsers.decoding) was nearly always a CJK one
_CHAR_WIDTHS["\ufffd"] = 2


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


# a circled number opens an item of a list (①县政府网站:92条); NFKC would make it a bare digit glued to the
# label (1县政府网站), so it reads as a bracketed one
_CIRCLED = {chr(0x2460 + i): f"({i + 1})" for i in range(20)}
_HAS_CIRCLED = regex.compile("[\u2460-\u2473]")


def _nfkc_line(raw: str, src_start: int) -> _Line:
    norm = unicodedata.normalize("NFKC", raw)
    if len(norm) == len(raw) and not _HAS_CIRCLED.search(raw):
        return _Line(norm, range(src_start, src_start + len(raw)), display_width(raw))
    chars: list[str] = []
    src: list[int] = []
    for i, ch in enumerate(raw):
        for out in _CIRCLED.get(ch) or unicodedata.normalize("NFKC", ch):
            chars.append(out)
            src.append(src_start + i)
    return _Line("".join(chars), src, display_width(raw))


def _strip(line: _Line) -> _Line:
    text = line.text
    left = len(text) - len(text.lstrip())
    right = len(text.rstrip())
    return _Line(text[left:right], line.src[left:right], line.width)


_AS_SPACE = str.maketrans("\t\u3000\u00a0", "   ")


def _drop_pinyin(line: _Line) -> _Line:
    """Mirror sites gloss characters with their pinyin (網(wǎng)站, 數(shù)據(jù)): the glosses go, so the
    words read as printed in the original."""
    text = line.text
    if "(" not in text:
        return line
    keep = [True] * len(text)
    for m in _PINYIN_GLOSS.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    if all(keep):
        return line
    return _Line("".join(itertools.compress(text, keep)), list(itertools.compress(line.src, keep)), line.width)


def _close_gaps(line: _Line) -> _Line:
    line = _drop_pinyin(line)
    text = line.text
    if " " not in text and "\t" not in text:
        return line
    keep = [True] * len(text)
    for m in _CJK_GAP.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    # a run of spaces inside plain text collapses to one
    for m in _SPACE.finditer(text):
        keep[m.start() + 1:m.end()] = [False] * (m.end() - m.start() - 1)
    kept = "".join(itertools.compress(text, keep)).translate(_AS_SPACE)
    return _Line(kept, list(itertools.compress(line.src, keep)), line.width)


def _wrap_width(widths: list[int]) -> int | None:
    """The print width at which lines were hard-wrapped, if the document has one."""
    long = [w for w in widths if w >= 30]
    if len(long) < 4:
        return None
    counts = Counter(long)
    best, best_n = None, 0
    for w in counts:
        n = sum(counts.get(v, 0) for v in range(w - 3, w + 4))
        if n > best_n or (n == best_n and best is not None and w > best):
            best, best_n = w, n
    if best is None or best_n < max(3, 0.25 * len(long)):
        return None
    # the widest member of the cluster is the wrap width
    return max(v for v in range(best - 3, best + 4) if counts.get(v))


def _is_menu(text: str) -> bool:
    """A saved page's menu bar (首页 走进某县 新闻中心 政府信息公开 …): short names side by side, no prose
    to wrap. A letter-spaced line (主 动 公 开) has single chars, not names."""
    entries = text.split()
    return len(entries) >= 4 and all(_MENU_ENTRY.fullmatch(e) for e in entries) \
        and sum(len(e) >= 2 for e in entries) >= 3


# how a part's heading ends (…公开情况, 依申请公开方面)
_HEADING_END = regex.compile(r"(?:情况|方面|概述)[。.]?$")


def _is_wrapped(prev: _Line, nxt: _Line, wrap: int | None) -> bool:
    if wrap is None:
        return False
    text = prev.text
    if not text or text.endswith(_SENTENCE_END) or prev.width < wrap - 6:
        return False
    if HEADING_START.match(nxt.text) or _TABLE_ROW.search(text) or _TABLE_ROW.search(nxt.text):
        return False
    if HEADING_START.match(text) and _HEADING_END.search(text):
        return False  # (二)收到和处理政府信息公开申请情况: a heading ends its line, however wide
    if _is_menu(text) or _WHOLE_TITLE.match(nxt.text):
        return False
    return not PAGE_NUMBER.match(nxt.text)


def _running_headers(pages: list[list[_Line]]) -> set[str]:
    """Lines printed at the top or bottom of most pages (titles, unit names, dates)."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = {ln.text for ln in lines[:2] + lines[-2:] if ln.text}
        seen.update(edge)
    need = max(3, int(0.6 * len(pages)))
    return {t for t, n in seen.items() if n >= need and len(t) >= 2 and not t.isdigit()}


def normalize_pages(
    pages: list[list[tuple[str, int]]], paged: bool = True
) -> tuple[str, OffsetMap, list[Page]]:
    """Normalise pages of raw lines `(text, source_offset)` into one text.

    `paged` tells whether the page breaks are real (PDF) so that bare numbers at a page's edge are
    page numbers; for plain text a bare number may be a table cell.
    """
    prepared: list[list[_Line]] = []
    for raw_lines in pages:
        lines = [_strip(_nfkc_line(t, s)) for t, s in raw_lines]
        prepared.append(lines)

    headers = _running_headers(prepared)
    kept_pages: list[list[_Line | None]] = []
    widths: list[int] = []
    blank_after = 0
    breaks = 0
    # a running header at the top of the first page is the document's title or letterhead: kept once
    title_lines: set[str] = set()
    for page_no, lines in enumerate(prepared):
        nonblank = [i for i, ln in enumerate(lines) if ln.text]
        edges = set(nonblank[:2] + nonblank[-2:])
        top = set(nonblank[:2]) - set(nonblank[-2:]) if page_no == 0 else set()
        out: list[_Line | None] = []
        for i, ln in enumerate(lines):
            text = ln.text
            if not text:
                out.append(None)
                continue
            if PAGE_NUMBER.match(text) or (paged and i in edges and _BARE_NUMBER.match(text)):
                continue
            if text in headers and i in edges:
                if i not in top or text in title_lines:
                    continue
                title_lines.add(text)
            out.append(ln)
            widths.append(ln.width)
        for a, b in zip(out, out[1:]):
            if a is not None:
                breaks += 1
                blank_after += b is None
        kept_pages.append(out)

    wrap = _wrap_width(widths)
    blank_is_break = not (breaks and blank_after >= 0.4 * breaks)

    text_parts: list[str] = []
    offsets = OffsetMap()
    page_spans: list[Page] = []
    pos = 0
    current: _Line | None = None
    pending_blank = False

    def flush() -> None:
        nonlocal pos, current
        if current is None:
            return
        line = _close_gaps(current)
        if line.text:
            if pos:
                text_parts.append("\n")
                pos += 1
            _emit(line, pos, offsets)
            text_parts.append(line.text)
            pos += len(line.text)
        current = None

    for number, lines in enumerate(kept_pages, start=1):
        # a page starts where its first line's chars land: after the previous page's last line, or
        # inside it when the first line continues a sentence wrapped over the break
        page_start: int | None = None
        for ln in lines:
            if ln is None:
                pending_blank = True
                continue
            if current is not None and not (pending_blank and blank_is_break) and _is_wrapped(current, ln, wrap):
                if page_start is None:
                    page_start = pos + (1 if pos else 0) + len(_close_gaps(current).text)
                current = _Line(current.text + ln.text, _joined_src(current.src, ln.src), ln.width)
            else:
                flush()
                if page_start is None:
                    page_start = pos + (1 if pos else 0)
                current = ln
            pending_blank = False
        if page_start is None:  # a page without text starts where the next text will
            pending = len(_close_gaps(current).text) + (1 if pos else 0) if current is not None else 0
            page_start = pos + pending + (1 if pos or pending else 0)
        page_spans.append(Page(number=number, start=page_start, end=pos))
    flush()
    if page_spans:
        page_spans[-1].end = pos
        for a, b in zip(page_spans, page_spans[1:]):
            a.end = max(a.start, b.start - 1)
    return "".join(text_parts), offsets, page_spans


def _emit(line: _Line, pos: int, offsets: OffsetMap) -> None:
    """Record the line's chars as linear segments wherever the source runs on contiguously.

    A char continues a segment when its source offset is one past the previous char's, i.e. when
    source offset minus position stays the same: segments are the runs of equal differences.
    """
    if isinstance(line.src, range):  # the line as printed: one segment
        offsets.add(pos, line.src.start, len(line.src), linear=True)
        return
    start = 0
    for shift, run in itertools.groupby(map(operator.sub, line.src, itertools.count())):
        length = len(list(run))
        offsets.add(pos + start, shift + start, length, linear=True)
        start += length


def split_lines(text: str, base: int = 0) -> list[tuple[str, int]]:
    """Split decoded text into `(line, offset)` pairs, whatever the line endings."""
    out = []
    offset = base
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        out.append((stripped, offset))
        offset += len(line)
    return out


def normalize_text(text: str) -> tuple[str, OffsetMap, list[Page]]:
    """Normalise a plain-text document; form feeds, where present, are page breaks."""
    if "\f" in text:
        pages, base = [], 0
        for chunk in text.split("\f"):
            pages.append(split_lines(chunk, base))
            base += len(chunk) + 1
        return normalize_pages(pages, paged=True)
    return normalize_pages([split_lines(text)], paged=False)
