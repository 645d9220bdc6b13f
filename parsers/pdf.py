"""PDF -> Document: the text layer through pypdfium2, ruled tables through pdfplumber where needed.

pypdfium2 reads a page's text an order of magnitude faster than pdfminer, so every page's text comes
from it. pdfplumber (pdfminer) lays out chars and rulings, which tables need, so it runs only on
pages that look like a template table (its header words) or carry many drawn paths. A page whose
text layer is garbage (parsers.textlayer) is marked unusable, its tables are not read, and a warning
names it; where the OCR extra is installed, such pages are read by OCR instead.
"""

from __future__ import annotations

import ctypes
import io
import logging
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import regex

from parsers.dates import SourceDate, pdf_date
from parsers.errors import InputError
from parsers.model import Document, Grid
from parsers.normalize import normalize_pages, split_lines
from parsers.pdf_content import ContentReader
from parsers.pdf_geometry import PageGeometry, lost_chars, page_chars, page_geometry
from parsers.pdf_tables import (
    DEFAULT_SETTINGS,
    PageTable,
    TableSettings,
    build_grid,
    find_page_tables,
    find_tables_in_geometry,
    group_continuations,
)
from parsers.textlayer import TextLayerQuality, assess

logger = logging.getLogger(__name__)

# words printed in the headers of the template tables (表二, 表三, 表四), spaces removed
TABLE_WORDS = ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
               "申请人情况", "本年新收", "上年结转", "商业企业", "科研机构", "结果维持", "结果纠正",
               "尚未审结", "未经复议直接起诉", "复议后起诉", "其他结果", "本年新制作", "本年新公开")
MIN_TABLE_WORDS = 2
MIN_PATHS_FOR_TABLES = 8  # a page drawing this many paths may hold a ruled table
_WS = regex.compile(r"\s+")


@dataclass(slots=True)
class _RawPage:
    number: int
    text: str
    quality: TextLayerQuality
    paths: int
    images: int
    ocr: bool = False
    geometry: PageGeometry | str | None = None  # rulings and chars; _NEEDS_PDFPLUMBER: read them there
    lost_text: int = 0  # text objects pdfium cannot place (no glyph metrics): pdfminer reads the page


_NEEDS_PDFPLUMBER = "pdfplumber"


def parse_pdf(data: bytes, path: str, sha256: str, settings: TableSettings = DEFAULT_SETTINGS,
              ocr: bool = True) -> Document:
    """Read a PDF report; raises InputError for encrypted, damaged or page-less files.

    `ocr=False` leaves pages without a usable text layer unread even where the OCR extra is installed.
    """
    raw_pages, dates = _read_text_layer(data, path)
    bad = [p for p in raw_pages if not p.quality.usable]
    ocr_results = _apply_ocr(data, bad) if bad and ocr else []
    grids, table_warnings = _read_tables(data, path, raw_pages, settings)

    source_parts: list[str] = []
    page_lines: list[list[tuple[str, int]]] = []
    base = 0
    for p in raw_pages:
        page_lines.append(split_lines(p.text, base))
        source_parts.append(p.text)
        base += len(p.text) + 1  # the \f between pages
    text, offsets, spans = normalize_pages(page_lines, paged=True)

    warnings: list[str] = []
    unusable: list[tuple[int, int]] = []
    for page, raw in zip(spans, raw_pages):
        page.ocr = raw.ocr
        if not raw.quality.usable:
            page.usable = False
            page.problem = raw.quality.problem
            unusable.append((page.start, page.end))
    warnings.extend(_quality_warnings(raw_pages))

    if ocr_results:
        from parsers.ocr import ocr_grids

        grids = sorted(grids + ocr_grids(ocr_results), key=lambda g: g.page or 0)
    warnings.extend(table_warnings)
    medium = "pdf"
    empty = sum(1 for p in raw_pages if (p.quality.empty and p.images) or p.ocr)
    if raw_pages and empty > len(raw_pages) / 2:
        medium = "pdf-scanned"
    return Document(path=path, sha256=sha256, medium=medium, text=text, pages=spans, grids=grids,
                    warnings=warnings, offsets=offsets, source_text="\f".join(source_parts),
                    unusable_spans=unusable, dates=dates)


def _metadata_dates(pdf: pdfium.PdfDocument) -> list[SourceDate]:
    """The Info dictionary's dates, last saved first (the file was published no earlier than that)."""
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except (pdfium.PdfiumError, UnicodeDecodeError, ValueError):
        return []
    dates = [pdf_date(key, info.get(key)) for key in ("ModDate", "CreationDate")]
    return [d for d in dates if d is not None]


def _read_text_layer(data: bytes, path: str, layout: bool = True) -> tuple[list[_RawPage], list[SourceDate]]:
    """Every page's text through pdfium, and the rulings and chars of pages that may hold a table; also
    the dates of the file's metadata."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise InputError(path, _open_problem(str(err)), "read") from None
    pages: list[_RawPage] = []
    content: list[ContentReader] = []  # opened at the first page pdfium cannot fully place
    try:
        dates = _metadata_dates(pdf)
        n = len(pdf)
        if n == 0:
            raise InputError(path, "PDF has no pages (damaged or truncated)", "read")
        for i in range(n):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as err:
                raise InputError(path, f"page {i + 1} cannot be read ({err}); damaged or truncated PDF",
                                 "read") from None
            geometry = None
            try:
                textpage = page.get_textpage()
                text = _indented_lines(textpage, textpage.get_text_range())
                paths, images, lost = _count_objects(page)
                chars = None
                if lost:
                    if not content:
                        content.append(ContentReader(data))
                    chars = _with_lost_chars(page, textpage, content[0], i + 1)
                    if chars is not None:
                        text, lost = _chars_text(chars), 0
                quality = assess(text)
                if quality.empty and not images:
                    quality = TextLayerQuality(usable=True, empty=True)  # a blank page: nothing to miss
                if layout and quality.usable and needs_layout(text, paths):
                    geometry = page_geometry(page, textpage, chars=chars) if not lost else None
                    if geometry is None:
                        geometry = _NEEDS_PDFPLUMBER
                textpage.close()
            finally:
                page.close()
            pages.append(_RawPage(number=i + 1, text=text, quality=quality, paths=paths, images=images,
                                  geometry=geometry, lost_text=lost))
    finally:
        pdf.close()
    unsure = [p for p in pages if not p.quality.certain]
    if unsure:
        whole = assess("\n".join(p.text for p in pages))
        if not whole.usable:  # a short page of a garbage document is garbage too
            for p in unsure:
                p.quality = whole
    return pages, dates


def _with_lost_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, content: ContentReader,
                     number: int) -> list[dict] | None:
    """The page's chars with those pdfium laid out at no size put back (parsers.pdf_content), or None
    where they cannot be: the page is then read by pdfminer."""
    shown = content.shown(number)
    if shown is None:
        return None
    lost = lost_chars(page, textpage, shown)
    if lost is None:
        return None
    return page_chars(page, textpage) + lost


def _chars_text(chars: list[dict]) -> str:
    """A page's text from its chars, lines and words told apart as pdfplumber's extract_text does."""
    from pdfplumber.utils.text import extract_text

    return extract_text([{**c, "doctop": c["top"], "upright": True} for c in chars])


def _indented_lines(textpage: pdfium.PdfTextPage, raw: str) -> str:
    """The page's lines, each first line of a paragraph led by the ideographic spaces of its indent.

    pdfium's text drops the indent, and the normaliser tells a wrapped line by its printed width: an
    indented first line that stops short before an unbreakable run ("2023年") then looks finished.
    Only an indent of one to four characters is kept; a line further right is a table cell or a
    signature, not an indented first line.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw) != pdfium_c.FPDFText_CountChars(textpage.raw):
        return "\n".join(lines)  # chars outside the BMP: indices and string no longer align
    starts: list[tuple[int, float, float]] = []  # (line, x0, em)
    index = 0
    rect = pdfium_c.FS_RECTF()
    for n, line in enumerate(raw.replace("\r\n", "\n").split("\n")):
        stripped = len(line) - len(line.lstrip())
        if line.strip() and pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, index + stripped, ctypes.byref(rect)):
            starts.append((n, rect.left, rect.top - rect.bottom))
        index += len(line) + (2 if raw[index + len(line):index + len(line) + 2] == "\r\n" else 1)
    long_lines = [x0 for n, x0, _ in starts if len(lines[n].strip()) >= 8]
    if len(long_lines) < 3:
        return "\n".join(lines)
    margin = sorted(long_lines)[len(long_lines) // 10]
    for n, x0, em in starts:
        if em <= 0:
            continue
        indent = round((x0 - margin) / em)
        if 1 <= indent <= 4:
            lines[n] = "\u3000" * indent + lines[n].lstrip()
    return "\n".join(lines)


def _open_problem(message: str) -> str:
    low = message.lower()
    if "password" in low or "security" in low:
        return "encrypted PDF (password-protected); save an unprotected copy"
    if "format" in low or "file" in low or "data" in low:
        return "damaged or truncated PDF (pdfium cannot parse it)"
    return f"cannot open PDF ({message})"


def _count_objects(page: pdfium.PdfPage) -> tuple[int, int, int]:
    """Paths, images, and text objects pdfium lays out at no size.

    A font pdfium cannot measure (a CJK font neither embedded nor installed) gives a one-char text
    object no box, and pdfium's text page drops it: a vertical label printed one char a line vanishes.
    """
    paths = images = lost = 0
    kinds = (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_TEXT)
    for obj in page.get_objects(filter=kinds, max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        else:
            x0, y0, x1, y1 = obj.get_bounds()
            lost += x1 - x0 < 0.01 and y1 - y0 < 0.01
    return paths, images, lost


def _apply_ocr(data: bytes, bad: list[_RawPage]) -> list:
    """OCR hook: pages without a usable text layer are read by parsers.ocr when its extra is installed.

    Returns the parsers.ocr.OcrPage of each page read; without the extra nothing changes (the pages
    stay marked unusable and a warning names them).
    """
    try:
        from parsers.ocr import ocr_pdf_pages  # the engine itself is the extra nianbao[ocr]
    except ImportError:
        return []
    try:
        results = ocr_pdf_pages(data, [p.number for p in bad])
    except ImportError:  # parsers.ocr.OcrUnavailable: the engine is not installed
        return []
    by_number = {p.number: p for p in bad}
    read = []
    for res in results:
        target = by_number.get(res.number)
        if target is not None and res.text.strip():
            target.text = res.text
            target.ocr = True
            target.quality = TextLayerQuality(usable=True)
            read.append(res)
    return read


def page_ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "1-3, 5"."""
    out: list[str] = []
    numbers = sorted(numbers)
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(str(numbers[i]) if i == j else f"{numbers[i]}-{numbers[j]}")
        i = j + 1
    return ", ".join(out)


def _quality_warnings(pages: list[_RawPage]) -> list[str]:
    out: list[str] = []
    scans = [p.number for p in pages if not p.quality.usable and p.quality.empty]
    garbage = [p for p in pages if not p.quality.usable and not p.quality.empty]
    hint = "install nianbao[ocr] to read them by OCR"
    if garbage:
        reason = Counter(_reason(p.quality.problem) for p in garbage).most_common(1)[0][0]
        word = "page" if len(garbage) == 1 else "pages"
        out.append(f"unusable text layer on {word} {page_ranges([p.number for p in garbage])} ({reason}); "
                   f"no figures are read from them; {hint}")
    if scans:
        word = "page" if len(scans) == 1 else "pages"
        out.append(f"no text layer on {word} {page_ranges(scans)} (scanned images); {hint}")
    return out


def _reason(problem: str | None) -> str:
    if problem and "NFKC" in problem:
        return "radical look-alike characters"
    return "no ToUnicode map" if problem and "ToUnicode" in problem else (problem or "garbage text")


def needs_layout(text: str, paths: int) -> bool:
    """Does a page look like it holds a template table (its header words, or many drawn paths)?"""
    if paths >= MIN_PATHS_FOR_TABLES:
        return True
    flat = _WS.sub("", text)
    return sum(1 for w in TABLE_WORDS if w in flat) >= MIN_TABLE_WORDS


def _furniture(pages: list[_RawPage]) -> set[str]:
    """Lines at the top or bottom of most pages (running headers and footers), spaces removed."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for p in pages:
        lines = [_WS.sub("", ln) for ln in p.text.split("\n") if ln.strip()]
        seen.update(set(lines[:2] + lines[-2:]))
    need = max(3, int(0.6 * len(pages)))
    return {t for t, n in seen.items() if n >= need}


def _read_tables(data: bytes, path: str, pages: list[_RawPage],
                 settings: TableSettings) -> tuple[list[Grid], list[str]]:
    """Ruled tables of the pages that may hold one: from pdfium's geometry, or pdfplumber's where needed.

    Pages where pdfium lost text objects take their text from pdfminer too.
    """
    usable = [p for p in pages if p.quality.usable and not p.ocr]
    layout = [p for p in usable if p.geometry is not None]
    recover = {p.number for p in usable if p.lost_text}
    if not layout and not recover:
        return [], []
    furniture = _furniture(pages)
    found: list[PageTable] = []
    warnings: list[str] = []
    for p in layout:
        if isinstance(p.geometry, PageGeometry):
            found.extend(find_tables_in_geometry(p.geometry, p.number, settings, furniture))
    tables_there = {p.number for p in layout if not isinstance(p.geometry, PageGeometry)}
    if tables_there or recover:
        more, texts, warnings = _pdfplumber_pages(data, path, sorted(tables_there | recover), tables_there,
                                                  settings, furniture)
        found = sorted(found + more, key=lambda t: (t.page, t.bbox[1]))
        for p in pages:
            if p.number in texts and p.number in recover:
                p.text = texts[p.number]
    for p in pages:
        p.geometry = None  # chars and rulings are not kept past the page's tables
    grids = [build_grid(group, settings) for group in group_continuations(found, settings)]
    return grids, warnings


def _pdfplumber_pages(data: bytes, path: str, numbers: list[int], tables_on: set[int], settings: TableSettings,
                      furniture: set[str]) -> tuple[list[PageTable], dict[int, str], list[str]]:
    """pdfminer parses these pages again: their tables (pages in `tables_on`) and their text."""
    import pdfplumber  # only for pages pdfium's objects cannot serve

    found: list[PageTable] = []
    texts: dict[int, str] = {}
    failed: list[int] = []
    pdf = None
    try:
        pdf = pdfplumber.open(io.BytesIO(data), pages=numbers)
        pages = list(pdf.pages)  # pdfminer walks the page tree here, and raises here for a damaged one
    except Exception as err:  # pdfminer raises many types for files pdfium repaired
        logger.debug("pdfplumber cannot open %s: %s", path, err)
        if pdf is not None:
            _close_quietly(pdf)
        return [], {}, [f"ruled tables not read: the PDF's page layout cannot be parsed ({type(err).__name__})"]
    try:
        for page in pages:
            try:
                texts[page.page_number] = page.extract_text()
                if page.page_number in tables_on:
                    found.extend(find_page_tables(page, page.page_number, settings, furniture))
            except Exception as err:  # one damaged page must not cost the others
                logger.debug("page %s of %s: %s", page.page_number, path, err)
                failed.append(page.page_number)
            finally:
                page.flush_cache()
                page.close()
    finally:
        _close_quietly(pdf)
    warnings = [f"ruled tables not read on pages {page_ranges(failed)} (damaged page content)"] if failed else []
    return found, texts, warnings


def _close_quietly(pdf) -> None:
    """Close a pdfplumber PDF; closing walks the pages again, which fails the same way for a damaged one."""
    try:
        pdf.close()
    except Exception as err:  # the stream is in memory: nothing is left open
        logger.debug("closing: %s", err)
