"""PDF rendering of a synthetic report: A4 pages, a "- N -" page number, template tables ruled in
black with merged cells spanned, and long tables split over page breaks as office suites print them.

The font is one of reportlab's CID fonts (STSong-Light by default), which need no font file: the PDF
names the font without embedding it and encodes the text in a Unicode CMap (UniGB-UCS2-H for
STSong-Light), as report systems written in Java do, so its text layer reads back exactly what was
printed.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from corpus.synthetic import Block, SyntheticReport

FONT = "STSong-Light"
CID_FONTS = ("STSong-Light", "MSung-Light", "HeiseiMin-W3", "HYSMyeongJo-Medium")  # reportlab's built-in
_registered: set[str] = set()


def _font(name: str = FONT) -> str:
    if name not in _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(name))
        _registered.add(name)
    return name


def _styles(size: float, cell_size: float, font_name: str = FONT) -> dict[str, ParagraphStyle]:
    font = _font(font_name)
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.75, wordWrap="CJK",
                          firstLineIndent=2 * size)
    return {
        "title": ParagraphStyle("title", parent=body, fontSize=size + 5, leading=(size + 5) * 1.5,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=size),
        "heading": ParagraphStyle("heading", parent=body, firstLineIndent=0, spaceBefore=size * 0.4),
        "para": body,
        "signature": ParagraphStyle("signature", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=cell_size, leading=cell_size * 1.3,
                               wordWrap="CJK", alignment=TA_CENTER),
    }


class RuledTable(Flowable):
    """A ruled table that splits at any row over a page break, as word processors print it.

    reportlab's Table refuses to split inside a vertical span; a word processor cuts the merged cell,
    prints its text in the part above the break and leaves the part below empty.
    """

    def __init__(self, rows: list[list[str]], spans: list[tuple[int, int, int, int]], col_widths: list[float],
                 cell_style: ParagraphStyle, header: list[list[str]] | None = None,
                 header_spans: list[tuple[int, int, int, int]] | None = None, orphans: bool = False) -> None:
        super().__init__()
        self.rows, self.spans, self.col_widths, self.cell_style = rows, spans, col_widths, cell_style
        self.orphans = orphans
        self.header, self.header_spans = header or [], header_spans or []
        self._table = self._make()

    def _make(self) -> Table:
        n_cols = len(self.col_widths)
        rows = self.rows
        spans = list(self.spans)
        covered = {(r + i, c + j) for r, c, nr, nc in spans for i in range(nr) for j in range(nc) if i or j}
        width = {(r, c): sum(self.col_widths[c:c + nc]) for r, c, _nr, nc in spans}
        data = [[Paragraph(escape(text), self.cell_style if self.orphans else
                           _fitting_style(text, width.get((r, c), self.col_widths[c]) - 4, self.cell_style))
                 if text and (r, c) not in covered else ""
                 for c, text in enumerate(row + [""] * (n_cols - len(row)))] for r, row in enumerate(rows)]
        commands: list[tuple] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ]
        commands += [("SPAN", (c, r), (c + nc - 1, r + nr - 1)) for r, c, nr, nc in spans if nr > 1 or nc > 1]
        return Table(data, colWidths=self.col_widths, style=TableStyle(commands))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self._table.wrap(avail_width, avail_height)

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._table.wrap(avail_width, avail_height)
        used, n = 0.0, 0
        for h in self._table._rowHeights:
            if used + h > avail_height:
                break
            used += h
            n += 1
        first_body = len(self.header) if self.header and self.rows[: len(self.header)] == self.header else 0
        # a cut merged cell may need more height in the shorter part: step back until the part fits
        while first_body < n < len(self.rows):
            top, bottom = self._cut(n)
            if top.wrap(avail_width, avail_height)[1] <= avail_height:
                return [top, bottom]
            n -= 1
        return []

    def _cut(self, n: int) -> tuple[RuledTable, RuledTable]:
        top_spans, bottom_spans = [], []
        bottom_rows = [list(row) for row in self.rows[n:]]
        for r, c, nr, nc in self.spans:
            if r + nr <= n:
                top_spans.append((r, c, nr, nc))
            elif r >= n:
                bottom_spans.append((r - n, c, nr, nc))
            else:  # cut by the break: the text stays above, the part below is an empty merged cell
                top_spans.append((r, c, n - r, nc))
                bottom_spans.append((0, c, r + nr - n, nc))
                bottom_rows[0][c] = ""
        if self.header:
            shift = len(self.header)
            bottom_rows = [list(h) for h in self.header] + bottom_rows
            bottom_spans = list(self.header_spans) + [(r + shift, c, nr, nc) for r, c, nr, nc in bottom_spans]
        top = RuledTable(self.rows[:n], top_spans, self.col_widths, self.cell_style, self.header, self.header_spans,
                         self.orphans)
        bottom = RuledTable(bottom_rows, bottom_spans, self.col_widths, self.cell_style, self.header,
                            self.header_spans, self.orphans)
        return top, bottom


def _table(block: Block, styles: dict[str, ParagraphStyle], width: float, repeat_header: bool,
           orphans: bool = False) -> RuledTable:
    rows = [list(r) for r in block.rows or []]
    n_cols = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (n_cols - len(r)) for r in rows]
    spans = [s for s in block.spans or () if s[2] > 1 or s[3] > 1]
    n_header = _header_rows(block) if repeat_header else 0
    header = rows[:n_header]
    header_spans = [s for s in spans if s[0] + s[2] <= n_header]
    return RuledTable(rows, spans, _column_widths(rows, n_cols, width), styles["cell"], header, header_spans,
                      orphans)


def _fitting_style(text: str, width: float, style: ParagraphStyle, smallest: float = 7.5) -> ParagraphStyle:
    """The cell style, its size stepped down until the wrapped text leaves no character alone on a line.

    Typesetters avoid such orphans; they matter here too because pdfium cannot place a one-character
    text run in a font it can neither load nor measure (a CID font that is not embedded), and drops it.
    """
    key = (text, round(width, 1), style.name)
    if key not in _fitted:
        size = style.fontSize
        trial = style
        while size > smallest and _has_orphan(text, width, trial):
            size -= 0.5
            trial = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.3)
        _fitted[key] = trial
    return _fitted[key]


_fitted: dict[tuple, ParagraphStyle] = {}


def _has_orphan(text: str, width: float, style: ParagraphStyle) -> bool:
    para = Paragraph(escape(text), style)
    para.wrap(width, 10_000)
    lines = getattr(para.blPara, "lines", [])
    if len(lines) < 2:
        return False
    return any(len("".join(_line_text(line)).strip()) == 1 for line in lines)


def _line_text(line) -> list[str]:
    words = line[1] if isinstance(line, tuple) else getattr(line, "words", [])
    out = []
    for w in words:
        out.append(w if isinstance(w, str) else getattr(w, "text", ""))
    return out


def _header_rows(block: Block) -> int:
    """Rows above the first one holding a figure: what a table repeats after a page break."""
    for r, row in enumerate(block.rows or []):
        if any(text.strip().replace(".", "").isdigit() for text in row):
            return r
    return 0


def _column_widths(rows: list[list[str]], n_cols: int, width: float) -> list[float]:
    """Label columns (words) wide and figure columns narrow, filling the text width; a wide grid of
    figures (表四's fifteen columns) in equal columns, as the official template prints it."""
    if n_cols > 12:
        return [width / n_cols] * n_cols
    weights = []
    for c in range(n_cols):
        texts = [r[c] for r in rows if c < len(r) and r[c]]
        numeric = sum(1 for t in texts if t.replace(".", "").isdigit())
        weights.append(1.0 if texts and numeric >= len(texts) / 2 else 2.6)
    if n_cols <= 4:
        weights = [2.2] + [1.3] * (n_cols - 1)
    total = sum(weights) or 1.0
    return [width * w / total for w in weights]


def _dated_canvas(dated: str):
    """A canvas whose Info CreationDate and ModDate are `dated` (a PDF date string; "" leaves them empty)."""

    class DatedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: dated)

    return DatedCanvas


def render_pdf(report: SyntheticReport, *, font_size: float = 16, cell_font_size: float = 10.5,
               repeat_header: bool = False, page_numbers: bool = True, running_header: str | None = None,
               dated: str | None = None, font: str = FONT, orphans: bool = False) -> bytes:
    """The report as PDF bytes; `repeat_header` reprints a split table's header rows on the next page,
    `running_header` is printed at the top of every page. `dated` sets the metadata dates (a PDF date
    such as D:20220118093000+08'00', or "" for none); by default they are the moment of rendering.
    `font` is one of CID_FONTS; `orphans` leaves a cell's last character alone on its line where it
    wraps so (the cell's size is not stepped down), a one-character text run that pdfium cannot place in
    a font it cannot load.

    The defaults follow official documents: body text in 三号 (16 pt), tables in 五号 (10.5 pt).
    """
    styles = _styles(font_size, cell_font_size, font)
    buf = io.BytesIO()
    margin = 25 * mm
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=f"{report.body}{report.year}年政府信息公开工作年度报告",
                            author=report.body)
    story: list = []
    for block in report.blocks:
        if block.kind == "table":
            story.append(_table(block, styles, doc.width, repeat_header, orphans))
            story.append(Spacer(1, font_size * 0.6))
        else:
            story.append(Paragraph(escape(block.text), styles.get(block.kind, styles["para"])))

    def number_page(canvas, _doc) -> None:
        canvas.setFont(_font(font), font_size - 2)
        if page_numbers:
            canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {canvas.getPageNumber()} -")
        if running_header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 14 * mm, running_header)

    extra = {"canvasmaker": _dated_canvas(dated)} if dated is not None else {}
    doc.build(story, onFirstPage=number_page, onLaterPages=number_page, **extra)
    return buf.getvalue()


def read_without_system_fonts(folder: str) -> None:
    """Have pdfium look for fonts in `folder` only (an empty one: none at all), as on a machine without
    CJK fonts, where it cannot measure the glyphs of a CID font that is not embedded.

    Call before any PDF is opened in the process: pdfium is restarted with the folder as its only
    font path. Generated PDFs then read the same on every machine.
    """
    import ctypes

    import pypdfium2._library_scope as scope
    import pypdfium2.raw as pdfium_c

    scope.destroy_lib()
    paths = (ctypes.c_char_p * 2)(folder.encode(), None)
    config = pdfium_c.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=ctypes.cast(paths, type(
        pdfium_c.FPDF_LIBRARY_CONFIG().m_pUserFontPaths)), m_pIsolate=None, m_v8EmbedderSlot=0)
    pdfium_c.FPDF_InitLibraryWithConfig(config)
    _font_paths.append(paths)  # pdfium keeps the pointers
    from pypdfium2.internal import bases

    bases.LIBRARY_AVAILABLE = True


_font_paths: list = []
