"""Ruled tables on a page image: find the rulings, build the cell lattice, fill it with OCR boxes.

A scanned table has no text layer to tell its cells apart, but its printed rules do: long thin
horizontal and vertical strokes survive a morphological opening that erases the characters.
The row and column boundaries are the clustered positions of those rules; two neighbouring slots
belong to one merged cell when no rule separates them. Coordinates here are image pixels; the
caller scales bboxes to PDF points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np


@dataclass(slots=True)
class TableSettings:
    """Sizes in inches, so they hold at any rendering resolution."""

    min_rule_inches: float = 0.3  # shorter strokes are taken for characters, not rules
    max_rule_thickness_inches: float = 0.04
    snap_inches: float = 0.03  # rules closer than this are one boundary
    min_cover: float = 0.7  # share of a slot's edge a rule must cover to separate two slots


@dataclass(slots=True)
class Segment:
    """A rule: `pos` across it, `start`-`end` along it (pixels)."""

    pos: float
    start: float
    end: float


@dataclass(slots=True)
class TableCell:
    """A cell of the lattice: the slots it covers and, once filled, its OCR boxes."""

    row: int
    col: int
    row_end: int  # exclusive
    col_end: int  # exclusive
    bbox: tuple[float, float, float, float]
    boxes: list = field(default_factory=list)


@dataclass(slots=True)
class RuledTable:
    xs: list[float]
    ys: list[float]
    cells: list[TableCell]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def cell_at(self, x: float, y: float) -> TableCell | None:
        for cell in self.cells:
            x0, y0, x1, y1 = cell.bbox
            if x0 <= x < x1 and y0 <= y < y1:
                return cell
        return None

    def slots(self) -> list[list[TableCell]]:
        """Rows of slots; a merged cell appears in every slot it covers."""
        grid: list[list[TableCell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, cell.row_end):
                for c in range(cell.col, cell.col_end):
                    grid[r][c] = cell
        return grid  # type: ignore[return-value]


def _rotated(img: np.ndarray, degrees: float, border: int, interpolation: int) -> np.ndarray:
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    return cv2.warpAffine(img, matrix, (w, h), flags=interpolation, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def skew_angle(gray: np.ndarray, max_degrees: float = 4.0) -> float:
    """The rotation (degrees, for cv2's sense) that levels a scanned page: text lines and rules run
    level when the ink's row profile is sharpest. Coarse search, then a fine one around the best."""
    scale = 600 / max(gray.shape[1], 1)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    ink = (small < 160).astype(np.float32)
    if ink.sum() < 50:
        return 0.0

    def sharpness(degrees: float) -> float:
        rows = _rotated(ink, degrees, 0, cv2.INTER_LINEAR).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-max_degrees, max_degrees + 1e-9, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05), key=sharpness)
    return float(round(best, 2))


def level(image: np.ndarray, degrees: float) -> np.ndarray:
    """The page image rotated by `degrees` about its centre, white where it was off the page."""
    return _rotated(image, degrees, 255 if image.ndim == 2 else (255, 255, 255), cv2.INTER_LINEAR)


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Dark strokes as 255 on 0; a local threshold ignores shaded cells and uneven scan lighting."""
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)


def _segments(mask: np.ndarray, horizontal: bool, max_thickness: int) -> list[Segment]:
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _area = stats[i]
        thickness, length = (h, w) if horizontal else (w, h)
        if thickness > max_thickness or length < 2 * thickness:
            continue
        if horizontal:
            out.append(Segment(float(y + h / 2), float(x), float(x + w)))
        else:
            out.append(Segment(float(x + w / 2), float(y), float(y + h)))
    return out


def find_rules(gray: np.ndarray, dpi: float, settings: TableSettings | None = None
               ) -> tuple[list[Segment], list[Segment]]:
    """Horizontal and vertical rules of a page image."""
    s = settings or TableSettings()
    ink = ink_mask(gray)
    length = max(int(s.min_rule_inches * dpi), 10)
    thick = max(int(s.max_rule_thickness_inches * dpi), 3)
    # bridge the one-pixel breaks a scan leaves in a rule before measuring its length
    h_mask = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 1)))
    h_mask = cv2.morphologyEx(h_mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    v_mask = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 5)))
    v_mask = cv2.morphologyEx(v_mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return _segments(h_mask, True, thick), _segments(v_mask, False, thick)


def _cluster(values: list[float], snap: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= snap:
            out[-1].append(v)
        else:
            out.append([v])
    return [float(sum(group) / len(group)) for group in out]


def _touches(seg: Segment, others: list[Segment], snap: float) -> tuple[bool, bool]:
    """Whether each end of `seg` meets a perpendicular rule."""
    def meets(point: float) -> bool:
        return any(abs(o.pos - point) <= snap and o.start - snap <= seg.pos <= o.end + snap for o in others)

    return meets(seg.start), meets(seg.end)


def _table_groups(h: list[Segment], v: list[Segment], snap: float) -> list[tuple[list[Segment], list[Segment]]]:
    """Rules that cross or meet each other, grouped into separate tables."""
    n = len(h) + len(v)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, hs in enumerate(h):
        for j, vs in enumerate(v):
            if hs.start - snap <= vs.pos <= hs.end + snap and vs.start - snap <= hs.pos <= vs.end + snap:
                parent[find(i)] = find(len(h) + j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i in range(n):
        hh, vv = groups.setdefault(find(i), ([], []))
        (hh.append(h[i]) if i < len(h) else vv.append(v[i - len(h)]))
    return list(groups.values())


def _covered(rules: list[Segment], pos: float, start: float, end: float, snap: float, share: float) -> bool:
    span = end - start
    if span <= 0:
        return True
    covered = 0.0
    for r in rules:
        if abs(r.pos - pos) <= snap:
            covered += max(0.0, min(r.end, end) - max(r.start, start))
    return covered >= share * span


def build_table(h: list[Segment], v: list[Segment], snap: float, min_cover: float) -> RuledTable | None:
    """The cell lattice spanned by one group of rules, or None when it is not a table."""
    # a vertical stroke that does not end on horizontal rules is part of a character or a frame
    v = [s for s in v if all(_touches(s, h, snap))]
    if len(h) < 2 or len(v) < 2:
        return None
    ys = _cluster([s.pos for s in h], snap)
    xs = _cluster([s.pos for s in v], snap)
    # the lattice spans the rules that frame it; stray rules beyond the frame are dropped
    top, bottom = min(s.start for s in v), max(s.end for s in v)
    left, right = min(s.start for s in h), max(s.end for s in h)
    ys = [y for y in ys if top - snap <= y <= bottom + snap]
    xs = [x for x in xs if left - snap <= x <= right + snap]
    # an open-sided table (no outer vertical rules): its rows' rules still reach out to the sides
    if xs and left < xs[0] - 4 * snap:
        xs.insert(0, left)
    if xs and right > xs[-1] + 4 * snap:
        xs.append(right)
    if len(ys) < 2 or len(xs) < 2:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    inset = snap
    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covered(v, xs[c + 1], ys[r] + inset, ys[r + 1] - inset, snap, min_cover):
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and not _covered(h, ys[r + 1], xs[c] + inset, xs[c + 1] - inset, snap, min_cover):
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    members: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            members.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for slots in members.values():
        r0 = min(r for r, _ in slots)
        r1 = max(r for r, _ in slots) + 1
        c0 = min(c for _, c in slots)
        c1 = max(c for _, c in slots) + 1
        cells.append(TableCell(r0, c0, r1, c1, (xs[c0], ys[r0], xs[c1], ys[r1])))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return RuledTable(xs=xs, ys=ys, cells=cells)


def find_tables(gray: np.ndarray, dpi: float, settings: TableSettings | None = None) -> list[RuledTable]:
    """Ruled tables of a page image, top to bottom; a table needs at least two rows or two columns."""
    s = settings or TableSettings()
    snap = max(s.snap_inches * dpi, 3.0)
    h, v = find_rules(gray, dpi, s)
    tables = []
    for hh, vv in _table_groups(h, v, snap):
        table = build_table(hh, vv, snap, s.min_cover)
        if table is not None and (table.n_rows >= 2 or table.n_cols >= 2):
            tables.append(table)
    tables.sort(key=lambda t: (t.ys[0], t.xs[0]))
    return tables
