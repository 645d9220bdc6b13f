"""Ruled tables on PDF pages -> Grids, with merged cells spread and page-break continuations stitched.

Only visible rulings count: stroked lines and rectangles, and filled rectangles thin enough to be
drawn lines. Word and WPS exports paint a white filled box behind every paragraph line and shade
header cells; taken as rulings those turn prose into one-column "tables" and split real ones.
A grid is built from the cells' own edges: a merged cell spans several column/row slots and its
text is repeated in each (parsers.model.Grid's contract). One-column boxes (page frames, framed
notes) are not data tables and are dropped.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex
from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils import filter_edges

from parsers.cells import classify, clean_cell_text, make_cell
from parsers.model import Cell, Grid
from parsers.normalize import PAGE_NUMBER
from parsers.pdf_geometry import PageGeometry

BBox = tuple[float, float, float, float]


@dataclass(slots=True, frozen=True)
class TableSettings:
    """How rulings are read and when a table continues on the next page."""

    max_line_thickness: float = 2.5  # a filled rectangle thinner than this is a drawn line
    snap_tolerance: float = 3.0
    boundary_tolerance: float = 2.5  # cell edges closer than this are one column/row boundary
    word_gap: float = 3.0  # a gap wider than this between two chars of a line is a space
    stitch_x_tolerance: float = 8.0  # a continuation's left and right edges match within this
    min_columns: int = 2


DEFAULT_SETTINGS = TableSettings()


@dataclass(slots=True)
class PageTable:
    """One ruled table on one page: its cells (bbox, text) and whether it runs to the page's edge."""

    page: int
    bbox: BBox
    cells: list[tuple[BBox, str]]
    reaches_bottom: bool = False  # nothing but a footer or page number below it
    reaches_top: bool = False  # nothing but a header or page number above it


@dataclass(slots=True)
class _Part:
    """A PageTable laid on shared column boundaries: slot -> cell index."""

    table: PageTable
    slots: list[list[int]]
    texts: list[str] = field(default_factory=list)


def _is_ruling(obj: dict, settings: TableSettings) -> bool:
    kind = obj.get("object_type")
    if kind == "rect":
        if obj.get("stroke"):
            return True
        thin = min(obj["width"], obj["height"]) <= settings.max_line_thickness
        return bool(obj.get("fill")) and thin and not _is_white(obj.get("non_stroking_color"))
    if kind in ("line", "curve"):
        return obj.get("stroke", True) is not False
    return True


def _is_white(color: object) -> bool:
    if isinstance(color, (int, float)):
        return color >= 0.98
    if isinstance(color, (tuple, list)) and color:
        if len(color) == 4:  # CMYK
            return all(float(c) <= 0.02 for c in color)
        return all(isinstance(c, (int, float)) and c >= 0.98 for c in color)
    return False


def _boundaries(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(bounds: list[float], v: float, tol: float) -> int:
    i = bisect.bisect_left(bounds, v - tol)
    return min(i, len(bounds) - 1)


def _cell_texts(chars: list[dict], cells: list[BBox], settings: TableSettings) -> list[str]:
    """Text of each cell from the chars whose centre falls inside it, lines kept apart by \\n."""
    tol = settings.boundary_tolerance
    xs = _boundaries([v for c in cells for v in (c[0], c[2])], tol)
    ys = _boundaries([v for c in cells for v in (c[1], c[3])], tol)
    slots: dict[tuple[int, int], int] = {}
    for k, (x0, top, x1, bottom) in enumerate(cells):
        for r in range(_index(ys, top, tol), max(_index(ys, bottom, tol), _index(ys, top, tol) + 1)):
            for c in range(_index(xs, x0, tol), max(_index(xs, x1, tol), _index(xs, x0, tol) + 1)):
                slots[(r, c)] = k
    buckets: list[list[dict]] = [[] for _ in cells]
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
            continue
        k = slots.get((bisect.bisect_right(ys, cy) - 1, bisect.bisect_right(xs, cx) - 1))
        if k is not None:
            buckets[k].append(ch)
    return [_join_chars(b, settings) for b in buckets]


def _join_chars(chars: list[dict], settings: TableSettings) -> str:
    if not chars:
        return ""
    chars = sorted(chars, key=lambda c: (round(c["top"], 0), c["x0"]))
    lines: list[list[dict]] = []
    for ch in chars:
        if lines:
            last = lines[-1]
            ref = last[0]
            if abs(ch["top"] - ref["top"]) <= max(1.0, 0.5 * (ref["bottom"] - ref["top"])):
                last.append(ch)
                continue
        lines.append([ch])
    out = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        parts = [line[0]["text"]]
        for a, b in zip(line, line[1:]):
            if b["x0"] - a["x1"] > settings.word_gap and parts[-1] != " " and b["text"] != " ":
                parts.append(" ")
            parts.append(b["text"])
        out.append("".join(parts))
    return "\n".join(out)


def _edge_lines(chars: list[dict], bbox: BBox, below: bool) -> list[str]:
    """Lines of text outside the table, above or below it, that are more than page furniture."""
    rows: dict[int, list[dict]] = {}
    for ch in chars:
        mid = (ch["top"] + ch["bottom"]) / 2
        if (below and mid > bbox[3]) or (not below and mid < bbox[1]):
            rows.setdefault(round(mid / 4), []).append(ch)
    lines = ("".join(c["text"] for c in sorted(v, key=lambda c: c["x0"])).replace(" ", "")
             for _, v in sorted(rows.items()))
    return [t for t in lines if t and not PAGE_NUMBER.match(t)]


def _page_tables(groups: list[list[BBox]], chars: list[dict], number: int, settings: TableSettings,
                 furniture: set[str] | None) -> list[PageTable]:
    out: list[PageTable] = []
    for cells in groups:
        xs = _boundaries([c[0] for c in cells] + [c[2] for c in cells], settings.boundary_tolerance)
        if len(xs) - 1 < settings.min_columns:
            continue
        bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells),
                max(c[3] for c in cells))
        texts = _cell_texts(chars, cells, settings)
        out.append(PageTable(page=number, bbox=bbox, cells=list(zip(cells, texts))))
    if not out:
        return []
    out.sort(key=lambda t: t.bbox[1])
    furniture = furniture or set()
    below = [t for t in _edge_lines(chars, out[-1].bbox, below=True) if t not in furniture]
    above = [t for t in _edge_lines(chars, out[0].bbox, below=False) if t not in furniture]
    out[-1].reaches_bottom = not below
    out[0].reaches_top = not above
    return out


def find_page_tables(page, number: int, settings: TableSettings = DEFAULT_SETTINGS,
                     furniture: set[str] | None = None) -> list[PageTable]:
    """Ruled tables of one pdfplumber page, top to bottom.

    `furniture` holds running header/footer lines (spaces removed) that may sit above or below a
    table that still runs on over the page break.
    """
    ruled = page.filter(lambda obj: _is_ruling(obj, settings))
    found = ruled.find_tables({"snap_tolerance": settings.snap_tolerance})
    if not found:
        return []
    groups = [[tuple(c) for c in table.cells] for table in found]
    return _page_tables(groups, page.chars, number, settings, furniture)


def find_tables_in_geometry(geometry: PageGeometry, number: int, settings: TableSettings = DEFAULT_SETTINGS,
                            furniture: set[str] | None = None) -> list[PageTable]:
    """Ruled tables from rulings and chars read by pdfium, through pdfplumber's table geometry."""
    tol = settings.snap_tolerance
    edges = merge_edges(filter_edges(geometry.edges, min_length=1), snap_x_tolerance=tol, snap_y_tolerance=tol,
                        join_x_tolerance=tol, join_y_tolerance=tol)
    edges = filter_edges(edges, min_length=3)
    if not edges:
        return []
    cells = intersections_to_cells(edges_to_intersections(edges, 3, 3))
    groups = [[tuple(c) for c in group] for group in cells_to_tables(cells)]
    return _page_tables(groups, geometry.chars, number, settings, furniture)


def _continues(prev: PageTable, nxt: PageTable, settings: TableSettings) -> bool:
    return (nxt.page == prev.page + 1 and prev.reaches_bottom and nxt.reaches_top
            and abs(prev.bbox[0] - nxt.bbox[0]) <= settings.stitch_x_tolerance
            and abs(prev.bbox[2] - nxt.bbox[2]) <= settings.stitch_x_tolerance)


def group_continuations(tables: list[PageTable], settings: TableSettings = DEFAULT_SETTINGS) -> list[list[PageTable]]:
    """Tables in page order, grouped where one continues over a page break."""
    groups: list[list[PageTable]] = []
    for t in tables:
        if groups and _continues(groups[-1][-1], t, settings):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


_ITEM_MARKER = regex.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}\s*[、.．])")


def build_grid(parts: list[PageTable], settings: TableSettings = DEFAULT_SETTINGS, source: str = "pdf") -> Grid:
    """One Grid from a table and its continuations on the following pages."""
    tol = settings.boundary_tolerance
    xs = _boundaries([v for t in parts for (b, _) in t.cells for v in (b[0], b[2])], tol)
    n_cols = max(len(xs) - 1, 1)
    laid: list[_Part] = []
    for t in parts:
        ys = _boundaries([v for (b, _) in t.cells for v in (b[1], b[3])], tol)
        n_rows = max(len(ys) - 1, 1)
        slots = [[-1] * n_cols for _ in range(n_rows)]
        for k, (b, _) in enumerate(t.cells):
            c0, c1 = _index(xs, b[0], tol), _index(xs, b[2], tol)
            r0, r1 = _index(ys, b[1], tol), _index(ys, b[3], tol)
            for r in range(r0, max(r1, r0 + 1)):
                for c in range(c0, max(c1, c0 + 1)):
                    if r < n_rows and c < n_cols:
                        slots[r][c] = k
        laid.append(_Part(table=t, slots=slots, texts=[clean_cell_text(s) for (_, s) in t.cells]))
    for prev, part in zip(laid, laid[1:]):
        _drop_repeated_header(laid[0], part)
        _join_seam(prev, part)
    rows: list[list[Cell]] = []
    for part in laid:
        made: dict[int, Cell] = {}
        for slot_row in part.slots:
            row: list[Cell] = []
            for k in slot_row:
                if k < 0:
                    row.append(make_cell("", page=part.table.page, source=source))
                    continue
                cell = made.get(k)
                if cell is None:
                    bbox = part.table.cells[k][0]
                    cell = made[k] = make_cell(part.texts[k], page=part.table.page, bbox=bbox, source=source)
                row.append(_copy(cell))
            rows.append(row)
    first = parts[0]
    return Grid(rows=rows, page=first.page, bbox=first.bbox, source=source, pages=[t.page for t in parts])


def _copy(cell: Cell) -> Cell:
    return Cell(raw=cell.raw, value=cell.value, kind=cell.kind, page=cell.page, bbox=cell.bbox,
                path=cell.path, source=cell.source, confidence=cell.confidence)


def _row_texts(part: _Part, r: int) -> list[str]:
    return [part.texts[k] if k >= 0 else "" for k in part.slots[r]]


def _drop_repeated_header(head: _Part, part: _Part) -> None:
    """A continuation that reprints the table's header rows: drop the reprint."""
    n = 0
    while (n < len(part.slots) - 1 and n < len(head.slots)
           and _row_texts(part, n) == _row_texts(head, n)
           and any(classify(t)[1] == "text" for t in _row_texts(part, n))):
        n += 1
    if n:
        del part.slots[:n]


def _span(part: _Part, k: int) -> tuple[int, int]:
    cols = [c for row in part.slots for c, v in enumerate(row) if v == k]
    return min(cols), max(cols)


def _join_seam(prev: _Part, part: _Part) -> None:
    """A label cell cut by the page break: its continuation is empty, or does not start a new item."""
    if not prev.slots or not part.slots:
        return
    last, first = prev.slots[-1], part.slots[0]
    for c in range(min(len(last), len(first))):
        pk, ck = last[c], first[c]
        if pk < 0 or ck < 0 or (c and last[c - 1] == pk and first[c - 1] == ck):
            continue
        ptext, ctext = prev.texts[pk], part.texts[ck]
        if classify(ptext)[1] != "text" or _span(prev, pk) != _span(part, ck):
            continue
        if not ctext:
            part.texts[ck] = ptext
        elif classify(ctext)[1] == "text" and not _ITEM_MARKER.match(ctext) and _ITEM_MARKER.match(ptext):
            joined = ptext + ctext
            prev.texts[pk] = part.texts[ck] = joined
