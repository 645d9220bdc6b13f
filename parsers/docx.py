"""Word files: paragraphs with the numbers Word prints, tables with merged cells, legacy .doc refused clearly.

Headings in reports drafted from a numbered outline carry no typed "一、": Word generates it from
numbering.xml. The parser prints those numbers as Word would (chineseCounting, decimal, enclosed forms,
with restarts per level), since the section reader looks for them. Tables become Grids: a cell spanning
columns (gridSpan) or rows (vMerge) repeats its content in every slot it covers, and each cell's path
reads "table 2 row 5 col 3" (1-based, tables counted in document order).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree
import regex

from parsers.cells import make_cell
from parsers.dates import SourceDate, w3c_date
from parsers.decoding import CONTROL, decode_bytes
from parsers.errors import InputError
from parsers.model import Cell, Document, Grid
from parsers.normalize import normalize_pages, split_lines
from parsers.table_text import row_line

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MAX_DOCX_BYTES = 100 * 1024 * 1024
MAX_XML_BYTES = 200 * 1024 * 1024  # uncompressed document.xml: more is a zip bomb, not a report
LEGACY_PROBLEM = "legacy Word .doc file: save it as .docx or PDF (or install LibreOffice: soffice)"
SOFFICE_TIMEOUT = 180
MAX_LEVEL = 8  # list levels Word has (ilvl 0-8)
MAX_COUNTER = 32767  # the largest list start Word accepts
MAX_SPAN = 64  # columns a cell may span or a row may skip: more is damage, not a table


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _int(value: str | None, default: int | None, low: int, high: int) -> int | None:
    """An integer attribute, bounded; a damaged or missing one is the default (Word does the same)."""
    try:
        return max(low, min(int(str(value).strip()), high)) if value is not None else default
    except ValueError:
        return default


def _val(el, name: str, default: str | None = None) -> str | None:
    if el is None:
        return default
    child = el.find(_w(name))
    if child is None:
        return default
    return child.get(_w("val"), default)


# -- numbers as Word prints them ----------------------------------------------------------------------
_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def chinese_number(n: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (Word's chineseCounting)."""
    if n < 0:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else (digits[0] + digits[rest] if rest < 10 else
                                      (digits[1] if rest < 20 else "") + chinese_number(rest, digits, ten))
        return digits[n // 100] + hundred + tail
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A list counter in one of Word's numFmt values; unknown formats print as decimal."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "japaneseDigitalTenThousand", "ideographDigital"):
        return chinese_number(n)
    if fmt in ("chineseLegalSimplified", "ideographLegalTraditional"):
        return chinese_number(n, _CN_LEGAL, "拾", "佰")
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _BRANCHES[(n - 1) % 12] if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this level (1-based); None = after any higher


@dataclass
class Numbering:
    """numbering.xml, read: which list each num id belongs to, and the counters while paragraphs pass."""

    abstract_levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    num_abstract: dict[str, str] = field(default_factory=dict)
    num_start_override: dict[str, dict[int, int]] = field(default_factory=dict)
    style_links: dict[str, str] = field(default_factory=dict)  # abstractNum -> numbering style it defers to
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, xml: bytes | None) -> Numbering:
        out = cls()
        if not xml:
            return out
        root = _xml(xml)
        for abstract in root.iter(_w("abstractNum")):
            levels = {}
            for lvl in abstract.findall(_w("lvl")):
                ilvl = _int(lvl.get(_w("ilvl")), 0, 0, MAX_LEVEL)
                restart = _val(lvl, "lvlRestart")
                levels[ilvl] = _Level(start=_int(_val(lvl, "start"), 1, 0, MAX_COUNTER), fmt=_num_fmt(lvl),
                                      text=_val(lvl, "lvlText", "") or "",
                                      restart=_int(restart, None, 0, MAX_LEVEL + 1))
            abstract_id = abstract.get(_w("abstractNumId"))
            out.abstract_levels[abstract_id] = levels
            link = _val(abstract, "numStyleLink")
            if link:
                out.style_links[abstract_id] = link
        for num in root.iter(_w("num")):
            num_id = num.get(_w("numId"))
            out.num_abstract[num_id] = _val(num, "abstractNumId")
            overrides = {}
            for override in num.findall(_w("lvlOverride")):
                start = _val(override, "startOverride")
                if start is not None:
                    overrides[_int(override.get(_w("ilvl")), 0, 0, MAX_LEVEL)] = _int(start, 1, 0, MAX_COUNTER)
            out.num_start_override[num_id] = overrides
        return out

    def label(self, num_id: str, ilvl: int, styles: _Styles | None = None) -> str:
        """The number Word prints before this paragraph, advancing the list's counters."""
        abstract = self.num_abstract.get(num_id)
        if abstract in self.style_links and styles is not None:
            # a list defined by a numbering style: its levels live in the list that style points at
            linked, _ = styles.numbering_of(self.style_links[abstract])
            if linked and linked != num_id and self.num_abstract.get(linked) not in self.style_links:
                abstract = self.num_abstract.get(linked)
        levels = self.abstract_levels.get(abstract or "", {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in self.num_start_override.get(num_id, {}).items():
                counters[lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper, lv in levels.items():
            if deeper > ilvl and (lv.restart is None or lv.restart != 0):
                counters.pop(deeper, None)
        text = level.text
        for lvl in range(ilvl, -1, -1):
            ref = f"%{lvl + 1}"
            if ref in text:
                lv = levels.get(lvl, _Level())
                value = counters.get(lvl, lv.start)
                text = text.replace(ref, format_number(value, "decimal" if lv.fmt == "bullet" else lv.fmt))
        if level.fmt == "bullet":
            return ""
        return text


# Word 2010+ writes formats it has no name for as numFmt="custom" with a sample: "一, 二, 三, ..."
_CUSTOM_FORMATS = (("一", "chineseCounting"), ("壹", "chineseLegalSimplified"), ("①", "decimalEnclosedCircle"),
                   ("⑴", "decimalEnclosedParen"), ("甲", "ideographTraditional"), ("01", "decimalZero"),
                   ("001", "decimalZero"), ("１", "decimalFullWidth"))


def _num_fmt(lvl) -> str:
    """A level's numFmt, looking into the markup-compatibility choice newer Word versions write."""
    fmt = lvl.find(_w("numFmt"))
    if fmt is None:
        fmt = lvl.find(f"{{{MC}}}AlternateContent/{{{MC}}}Choice/{_w('numFmt')}")
    if fmt is None:
        return "decimal"
    value = fmt.get(_w("val"), "decimal")
    if value == "custom":
        sample = (fmt.get(_w("format")) or "").split(",")[0].strip()
        return next((name for first, name in _CUSTOM_FORMATS if sample == first), "decimal")
    return value


def _xml(data: bytes):
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                                  remove_comments=True, load_dtd=False)
    return lxml.etree.fromstring(data, parser)


@dataclass
class _Styles:
    """Paragraph styles that carry list numbering (numPr), following basedOn."""

    numbered: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, xml: bytes | None) -> _Styles:
        out = cls()
        if not xml:
            return out
        for style in _xml(xml).iter(_w("style")):
            sid = style.get(_w("styleId"))
            base = _val(style, "basedOn")
            if base:
                out.based_on[sid] = base
            numpr = style.find(f"{_w('pPr')}/{_w('numPr')}")
            if numpr is not None:
                ilvl = _val(numpr, "ilvl")
                out.numbered[sid] = (_val(numpr, "numId"), _int(ilvl, None, 0, MAX_LEVEL))
        return out

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.numbered:
                return self.numbered[style_id]
            style_id = self.based_on.get(style_id)
        return None, None


# -- the document walk ---------------------------------------------------------------------------------
@dataclass
class _Reader:
    numbering: Numbering
    styles: _Styles
    lines: list[str] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    n_tables: int = 0

    def block(self, parent) -> None:
        for el in parent:
            tag = el.tag
            if tag == _w("p"):
                self.paragraph(el)
            elif tag == _w("tbl"):
                self.table(el)
            elif tag in (_w("sdt"), _w("customXml"), _w("sdtContent"), f"{{{MC}}}AlternateContent",
                         f"{{{MC}}}Choice"):
                self.block(el)

    def paragraph(self, p) -> None:
        text = paragraph_text(p)
        label = self.number_label(p)
        for i, line in enumerate(text.split("\n")):
            line = (label + line) if i == 0 else line
            if line.strip():
                self.lines.append(line)

    def number_label(self, p) -> str:
        ppr = p.find(_w("pPr"))
        num_id, ilvl = None, None
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            lvl = _val(numpr, "ilvl")
            ilvl = _int(lvl, None, 0, MAX_LEVEL)
        if num_id is None:
            style_num, style_lvl = self.styles.numbering_of(_val(ppr, "pStyle"))
            num_id = style_num
            ilvl = ilvl if ilvl is not None else style_lvl
        if not num_id or num_id == "0":
            return ""
        if not paragraph_text(p).strip():
            return ""
        return self.numbering.label(num_id, ilvl or 0, self.styles)

    def table(self, tbl) -> None:
        rows = _rows(tbl)
        cells = [_cells(tr) for tr in rows]
        if len(rows) == 1 and len(cells[0]) == 1:
            # a one-cell table frames text (a boxed note, a layout frame): read what it holds
            self.block(cells[0][0])
            return
        self.n_tables += 1
        grid, printed = table_grid(tbl, self.n_tables, self)
        if grid.rows:
            self.grids.append(grid)
        for row in printed:
            line = row_line(row)
            if line:
                self.lines.append(line)


def paragraph_text(p) -> str:
    """A paragraph's visible text: runs, tabs, line breaks; deleted text and fallbacks left out."""
    out = []
    skip = (_w("delText"), _w("instrText"), f"{{{MC}}}Fallback", _w("pPr"), _w("rPr"))

    def walk(el):
        for child in el:
            tag = child.tag
            if tag in skip or tag == _w("del"):
                continue
            if tag == _w("t"):
                out.append(child.text or "")
            elif tag == _w("tab"):
                out.append("\t")
            elif tag in (_w("br"), _w("cr")):
                out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _w("p"):  # a text box's paragraphs inside a run
                out.append("\n")
                walk(child)
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _unwrap(parent, tag: str) -> list:
    """Children with the tag, looking through content controls and custom XML wrappers."""
    out = []
    for el in parent:
        if el.tag == _w(tag):
            out.append(el)
        elif el.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
            out.extend(_unwrap(el, tag))
    return out


def _rows(tbl) -> list:
    return _unwrap(tbl, "tr")


def _cells(tr) -> list:
    return _unwrap(tr, "tc")


def cell_text(tc, reader: _Reader) -> str:
    """A cell's text, its paragraphs on separate lines (numbered as Word prints them)."""
    inner = _Reader(reader.numbering, reader.styles)
    for p in _unwrap(tc, "p"):
        inner.paragraph(p)
    for tbl in _unwrap(tc, "tbl"):  # a nested table: its rows as text inside the cell
        inner.table(tbl)
    return "\n".join(inner.lines)


def table_grid(tbl, number: int, reader: _Reader) -> tuple[Grid, list[list[str]]]:
    """A Word table as a Grid (merged slots repeat the cell) and its rows as printed once."""
    slots: dict[tuple[int, int], Cell] = {}
    printed: list[list[str]] = []
    for r, tr in enumerate(_rows(tbl)):
        trpr = tr.find(_w("trPr"))
        c = _int(_val(trpr, "gridBefore"), 0, 0, MAX_SPAN)
        row_printed = []
        for tc in _cells(tr):
            tcpr = tc.find(_w("tcPr"))
            span = _int(_val(tcpr, "gridSpan"), 1, 1, MAX_SPAN)
            vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
            continues = vmerge is not None and vmerge.get(_w("val"), "continue") == "continue"
            if continues and (r - 1, c) in slots:
                cell = slots[(r - 1, c)]
                for j in range(span):
                    slots[(r, c + j)] = slots.get((r - 1, c + j), cell)
            else:
                cell = make_cell(cell_text(tc, reader), source="docx",
                                 path=f"table {number} row {r + 1} col {c + 1}")
                for j in range(span):
                    slots[(r, c + j)] = cell
                row_printed.append(cell.raw)
            c += span
        printed.append(row_printed)
    n_rows = len(printed)
    width = max((c for _, c in slots), default=-1) + 1
    for r in range(n_rows):
        for c in range(width):
            if (r, c) not in slots:
                slots[(r, c)] = make_cell("", source="docx", path=f"table {number} row {r + 1} col {c + 1}")
    widths = [int(w) if (w := col.get(_w("w"), "")).isdigit() else 10**6
              for col in tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}")]
    kept = _distinct_columns(slots, n_rows, width, widths)
    rows = [[_copy(slots[(r, c)]) for c in kept] for r in range(n_rows)]
    return Grid(rows=rows, source="docx"), printed


def _distinct_columns(slots: dict[tuple[int, int], Cell], n_rows: int, width: int,
                      widths: list[int]) -> list[int]:
    """Grid columns that some row prints on their own.

    Word keeps a grid column for every cell edge ever drawn; an edge dragged a hair off (a 1-twip sliver
    column, common after editing or a LibreOffice round trip) adds a column that every row merely
    continues from a neighbour. Such a column prints nothing of its own and is left out, the narrowest
    first; a column goes only while each of its cells is still held by a neighbouring kept column.
    """
    kept = list(range(width))
    for c in sorted(range(width), key=lambda i: (widths[i] if i < len(widths) else 10**6, i)):
        at = kept.index(c)
        left = kept[at - 1] if at > 0 else None
        right = kept[at + 1] if at + 1 < len(kept) else None
        if n_rows and all((left is not None and slots[(r, c)] is slots[(r, left)])
                          or (right is not None and slots[(r, c)] is slots[(r, right)]) for r in range(n_rows)):
            kept.remove(c)
    return kept


def _copy(cell: Cell) -> Cell:
    return Cell(raw=cell.raw, value=cell.value, kind=cell.kind, page=cell.page, bbox=cell.bbox, path=cell.path,
                source=cell.source, confidence=cell.confidence)


def _part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_XML_BYTES:
        raise ValueError(f"{name} unpacks to {info.file_size / 1e6:.0f} MB")
    if info.flag_bits & 0x1:  # zipfile would ask for a password (RuntimeError)
        raise ValueError(f"{name} is encrypted (a password is needed to read it)")
    return zf.read(name)


def parse_docx(data: bytes, path: str, sha256: str) -> Document:
    """A .docx file -> Document (medium "docx"): body paragraphs and tables in document order."""
    if len(data) > MAX_DOCX_BYTES:
        raise InputError(path, f"Word file of {len(data) / 1e6:.0f} MB is too large for one report", "read")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            document_xml = _part(zf, "word/document.xml")
            numbering_xml = _part(zf, "word/numbering.xml")
            styles_xml = _part(zf, "word/styles.xml")
            core_xml = _part(zf, "docProps/core.xml")
        if document_xml is None:
            raise InputError(path, "Word file without word/document.xml", "docx")
        root, damage = _document_root(document_xml)
        reader = _Reader(Numbering.read(numbering_xml), _Styles.read(styles_xml))
    except InputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, lxml.etree.XMLSyntaxError, ValueError,
            KeyError) as err:
        raise InputError(path, f"damaged Word file: {err}", "docx") from None
    body = root.find(_w("body"))
    if body is None:
        raise InputError(path, "Word file without a document body", "docx")
    reader.block(body)
    if not reader.lines:
        raise InputError(path, "Word file without any text", "docx")
    rendered = "\n".join(reader.lines)
    text, offsets, pages = normalize_pages([split_lines(rendered)], paged=False)
    return Document(path=path, sha256=sha256, medium="docx", text=text, pages=pages, grids=reader.grids,
                    offsets=offsets, source_text=rendered, dates=core_dates(core_xml), warnings=damage)


_CORE_DATES = (("dcterms:modified", "{http://purl.org/dc/terms/}modified"),
               ("dcterms:created", "{http://purl.org/dc/terms/}created"))


def core_dates(xml: bytes | None) -> list[SourceDate]:
    """The core properties' dates, last saved first; a damaged docProps/core.xml gives none."""
    if not xml:
        return []
    try:
        root = _xml(xml)
    except (lxml.etree.XMLSyntaxError, ValueError):
        return []
    dates = []
    for key, tag in _CORE_DATES:
        el = root.find(tag)
        date = w3c_date(key, el.text) if el is not None else None
        if date:
            dates.append(date)
    return dates


_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")


def _document_root(xml: bytes) -> tuple[lxml.etree._Element, list[str]]:
    """document.xml parsed; text with damaged bytes is decoded as a text file is, and read with a warning.

    A strict XML parser refuses the whole document for one byte that is not UTF-8; the text around it is
    the report. Markup the damage broke is skipped by lxml's recovering parser.
    """
    try:
        return _xml(xml), []
    except lxml.etree.XMLSyntaxError:
        decoded = decode_bytes(xml)
        if decoded is None or not decoded.bad and not decoded.controls:
            raise
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True,
                                  load_dtd=False, recover=True)
    source = _XML_DECLARATION.sub("", CONTROL.sub("\ufffd", decoded.text), count=1)
    root = lxml.etree.fromstring(source.encode("utf-8"), parser)
    if root is None:
        raise lxml.etree.XMLSyntaxError("no document left after the damaged bytes", None, 0, 0)
    return root, [f"word/document.xml: {w}" for w in decoded.warnings()]


def legacy_word(data: bytes, path: str, sha256: str) -> Document:
    """A legacy .doc/.wps (OLE) file: converted with LibreOffice when it is installed, else refused clearly."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise InputError(path, LEGACY_PROBLEM, "read")
    with tempfile.TemporaryDirectory(prefix="nianbao-doc-") as tmp:
        source = Path(tmp) / "report.doc"
        source.write_bytes(data)
        try:
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "docx", "--outdir", tmp, str(source)],
                           check=True, capture_output=True, timeout=SOFFICE_TIMEOUT)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
            raise InputError(path, f"legacy Word .doc file: LibreOffice could not convert it ({err})",
                             "read") from None
        converted = Path(tmp) / "report.docx"
        if not converted.exists():
            raise InputError(path, "legacy Word .doc file: LibreOffice produced no .docx", "read")
        doc = parse_docx(converted.read_bytes(), path, sha256)
    doc.warnings.append("legacy Word .doc file converted to .docx with LibreOffice")
    return doc
