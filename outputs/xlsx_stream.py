"""A minimal streaming XLSX (Office Open XML) writer: sheets of typed rows, a frozen header, autofilter,
column widths and a few fills, written straight into the zip as rows arrive.

openpyxl's writer makes an object per cell (about 80,000 cells a second here); a dataset of 10,000
reports has some 35 million cells, so the workbook is written as XML text instead, which is what the
format is: a sheet's rows can arrive already rendered (outputs.xlsx_report has DuckDB render them).
Strings are stored inline (no shared-string table to hold in memory); rows and cells carry no
references, so an empty cell is <c/>. openpyxl reads the result back in the tests.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

MAX_ROWS = 1_048_576  # rows per sheet, header included
MAX_TEXT = 32_767  # characters per cell
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# style ids (cellXfs order in _STYLES): 0 plain, 1 header, then one per fill colour
STYLE_PLAIN, STYLE_HEADER = 0, 1
FILLS = ("F8CBC6", "FCE8B2")  # red (error / fail), amber (warning)
STYLE_FILL = {colour: 2 + i for i, colour in enumerate(FILLS)}
_HEADER_FILL = "DCE3EC"


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    value = _ILLEGAL.sub("", value)
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "…"
    return escape(value)


def _styles() -> str:
    fills = "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{c}"/><bgColor indexed="64"/>'
                    f"</patternFill></fill>" for c in (_HEADER_FILL, *FILLS))
    xfs = ('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
           + "".join(f'<xf numFmtId="0" fontId="0" fillId="{3 + i}" borderId="0" xfId="0" applyFill="1"/>'
                     for i in range(len(FILLS))))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {_NS}>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            f'<fills count="{3 + len(FILLS)}"><fill><patternFill patternType="none"/></fill>'
            f'<fill><patternFill patternType="gray125"/></fill>{fills}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{2 + len(FILLS)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>")


def row_cells(row: Sequence, style: str = "") -> str:
    """The cells of one row as XML, in column order; `style` is an attribute such as ' s="2"' applied to
    every cell. Neither rows nor cells carry references: rows follow each other and an empty cell is
    <c/>, so positions hold (the format allows this; it keeps the file small)."""
    cells = []
    for v in row:
        if v is None:
            cells.append(f"<c{style}/>")
        elif v is True or v is False:
            cells.append(f'<c{style} t="b"><v>{int(v)}</v></c>')
        elif isinstance(v, (int, float)):
            if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
                cells.append(f"<c{style}/>")  # no number to store
            else:
                cells.append(f"<c{style}><v>{v!r}</v></c>")
        else:
            cells.append(f'<c{style} t="inlineStr"><is><t xml:space="preserve">'
                         f"{_text(v if isinstance(v, str) else str(v))}</t></is></c>")
    return "".join(cells)


def _arrow_bytes(array) -> bytes:
    """The UTF-8 text of an Arrow string array's items, back to back, straight from its buffers."""
    import pyarrow as pa

    if array.null_count == 0 and (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        width = 4 if pa.types.is_string(array.type) else 8
        offsets, data = array.buffers()[1], array.buffers()[2]
        first = int.from_bytes(offsets[array.offset * width:(array.offset + 1) * width], "little", signed=True)
        end = (array.offset + len(array)) * width
        last = int.from_bytes(offsets[end:end + width], "little", signed=True)
        return data[first:last].to_pybytes()
    return "".join(v for v in array.to_pylist() if v is not None).encode()


class XlsxWriter:
    """Write sheets one after another: `with XlsxWriter(path) as x: x.sheet(name, columns, rows, ...)`."""

    def __init__(self, path: str | os.PathLike, compresslevel: int = 1):
        self.path = Path(path)
        self.zip = zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.sheets: list[tuple[str, str, int]] = []  # (title, last column letter, last row)

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self._finish()
        self.zip.close()

    def sheet(self, title: str, columns: Sequence[str], rows: Iterable[Sequence], *,
              widths: Sequence[float] | None = None, style_of=None, max_rows: int = MAX_ROWS) -> int:
        """One sheet: the header row, then `rows` (tuples in column order; None is an empty cell).
        `style_of(row)` may return a style id (STYLE_FILL[...]) for the whole row. Returns rows written;
        more rows than a sheet holds is a ValueError (sheet_of_rows continues on further sheets)."""
        def rendered():
            for row in rows:
                style = style_of(row) if style_of else None
                attribute = f' s="{style}"' if style else ""
                yield [f"<row>{row_cells(row, attribute)}</row>".encode()]

        n, rest = self._write(title, columns, rendered(), widths, max_rows, lambda chunk: chunk[0])
        if rest is not None:
            raise ValueError(f"sheet {title}: more than {max_rows - 1} rows")
        return n

    def sheet_of_rows(self, title: str, columns: Sequence[str], chunks: Iterable, *,
                      widths: Sequence[float] | None = None, max_rows: int = MAX_ROWS):
        """A sheet from Arrow string arrays whose items are whole `<row>…</row>` elements (rows without
        a number follow each other). Returns (rows written, the part of a chunk that did not fit, or None);
        the caller continues on a new sheet with that part and the chunks not yet read."""
        return self._write(title, columns, chunks, widths, max_rows, _arrow_bytes)

    def _write(self, title, columns, chunks, widths, max_rows, to_bytes):
        number = len(self.sheets) + 1
        last = column_letter(max(len(columns), 1) - 1)
        n, rest = 0, None
        with self.zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as raw:
            cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w}" customWidth="1"/>'
                           for i, w in enumerate(widths or ()))
            header = "".join(f'<c t="inlineStr" s="{STYLE_HEADER}"><is><t>{_text(str(c))}</t></is></c>'
                             for c in columns)
            raw.write((f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {_NS} {_NS_R}>'
                       '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                       'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
                       'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                       + (f"<cols>{cols}</cols>" if cols else "") + f'<sheetData><row r="1">{header}</row>').encode())
            pending: list[bytes] = []
            for chunk in chunks:
                room = max_rows - 1 - n
                if room <= 0:
                    rest = chunk
                    break
                if len(chunk) > room:
                    chunk, rest = chunk[:room], chunk[room:]
                pending.append(to_bytes(chunk))
                n += len(chunk)
                if len(pending) >= 256:
                    raw.write(b"".join(pending))
                    pending = []
                if rest is not None:
                    break
            pending.append(f'</sheetData><autoFilter ref="A1:{last}{n + 1}"/></worksheet>'.encode())
            raw.write(b"".join(pending))
        self.sheets.append((title, last, n + 1))
        return n, rest

    def _finish(self) -> None:
        sheets = "".join(f'<sheet name="{escape(t)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                         for i, (t, _, _) in enumerate(self.sheets))
        names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
                        f"'{escape(t)}'!$A$1:${last}${rows}</definedName>"
                        for i, (t, last, rows) in enumerate(self.sheets))
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        self.zip.writestr("xl/workbook.xml", f"{head}<workbook {_NS} {_NS_R}><sheets>{sheets}</sheets>"
                          + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>")
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                       for i in range(len(self.sheets)))
        rels += f'<Relationship Id="rId{len(self.sheets) + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        self.zip.writestr("xl/_rels/workbook.xml.rels", f'{head}<Relationships xmlns="{pkg}">{rels}</Relationships>')
        self.zip.writestr("xl/styles.xml", _styles())
        self.zip.writestr("_rels/.rels", f'{head}<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                          f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{ct}.worksheet+xml"/>'
                            for i in range(len(self.sheets)))
        self.zip.writestr("[Content_Types].xml", (
            f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>{overrides}</Types>'))
