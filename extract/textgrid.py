"""Grids from text renderings of tables: what crawled pages, Markdown and PDF text layers make of them.

A rendering comes in one of a few shapes, and they mix within one file:
- one row per line: `a | b | c` or Markdown rows, or a label followed by numbers ("规章 0 0 0");
- one cell per line, rows told apart only by where a label follows a number; with a blank line after
  every cell an extra blank line is an empty cell; with lone `|` lines between cells, the lines
  between two bars are one (wrapped) cell;
- a whole table run into one line ("规章000规范性文件898989…"), cut here before every known row label.
Every rendering becomes rows of cells `[label cells…, value cells…]`; what the labels mean is decided
in one place, by the label mapper in `extract.tables`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import regex

from extract.table_labels import ROW_ANCHOR
from parsers.model import Cell, Document, Grid
from parsers.normalize import PAGE_NUMBER, split_lines

_SEPARATOR_ROW = regex.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_VALUE = r"(?:[-+]?\d+(?:,\d{3})*(?:\.\d+)?(?:\([^()]*\)|万?元)?|/|\\|—+|–|-{1,2})"
_TRAILING_VALUES = regex.compile(rf"^(?P<label>.*?[^\d\s.,\-])?(?P<values>(?:\s*{_VALUE}(?=\s|$))+)\s*$")
_NUMBER = regex.compile(r"^[-+]?\d+(?:,\d{3})*(?:\.\d+)?")
_DASHES = regex.compile(r"[—–\-]+")
# the last printed character of any value: a line ending otherwise has no trailing values
_VALUE_LAST = regex.compile(r"[\d)元/\\—–\-]")
# Where ROW_ANCHOR could match: the same pattern, looser (any character where it wants a digit, and
# `re`'s \s, which holds the `regex` one), for `re`, which scans a line several times faster; ROW_ANCHOR
# itself then decides at each place found
_ROW_ANCHOR_CANDIDATE = re.compile(ROW_ANCHOR.pattern.replace(r"[\d|]", ".").replace(r"\d", "."))
_DOUBLE_SPACED_SHARE = 0.8
_MIN_BARS = 10


def cell_from_text(raw: str, page: int | None = None, path: str | None = None, source: str = "text") -> Cell:
    """One printed cell read: a number (annotations kept in `raw`), 0, blank, '/', '—', or text."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return Cell(raw=raw.strip(), value=None, kind="blank", page=page, path=path, source=source)
    if text in ("/", "\\", "/"):
        return Cell(raw=text, value=None, kind="slash", page=page, path=path, source=source)
    if _DASHES.fullmatch(text):
        return Cell(raw=text, value=None, kind="dash", page=page, path=path, source=source)
    if text == "无":
        return Cell(raw=text, value=0, kind="zero", page=page, path=path, source=source)
    m = _NUMBER.match(text)
    if m and (m.end() == len(text) or text[m.end()] in "(元万件个项"):
        num = m.group(0).replace(",", "").lstrip("+")
        value: int | float = float(num) if "." in num else int(num)
        return Cell(raw=text, value=value, kind="zero" if value == 0 else "number", page=page, path=path,
                    source=source)
    return Cell(raw=text, value=None, kind="text", page=page, path=path, source=source)


def is_value_cell(cell: Cell) -> bool:
    return cell.kind != "text"


@dataclass
class _Line:
    text: str
    number: int  # 1-based line of the rendering
    page: int | None


@dataclass
class _Builder:
    """Collects rows; `current` is the open row of a cell-per-line stream."""

    source: str
    rows: list[list[Cell]] = field(default_factory=list)
    current: list[Cell] | None = None
    current_has_value: bool = False  # whether `current` holds a value cell yet

    def flush(self) -> None:
        if self.current:
            self.rows.append(self.current)
        self.current = None
        self.current_has_value = False

    def add_cell(self, cell: Cell) -> None:
        value = is_value_cell(cell)
        if self.current and not value and self.current_has_value:
            self.flush()
        if self.current is None:
            self.current = []
        self.current.append(cell)
        self.current_has_value = self.current_has_value or value

    def add_empty_cell(self, cell: Cell) -> None:
        """An empty slot in the open row (a blank line where a value was printed)."""
        if self.current:
            self.current.append(cell)
            self.current_has_value = True

    def add_row(self, cells: list[Cell]) -> None:
        self.flush()
        if cells:
            self.rows.append(cells)


def _lines(doc: Document) -> tuple[list[_Line], str]:
    """The rendering's lines: the decoded source for text files (blank lines still there), else the text."""
    if doc.source_text is not None and doc.medium == "text":
        out, page = [], 1
        # NFKC neither makes nor removes line breaks, so the whole text is normalised in one call
        for i, (text, _) in enumerate(split_lines(unicodedata.normalize("NFKC", doc.source_text)), start=1):
            page += text.count("\f")
            out.append(_Line(text.replace("\f", "").strip(), i, page))
        return out, "text"
    out = []
    for i, (text, offset) in enumerate(split_lines(doc.text), start=1):
        out.append(_Line(text.strip(), i, doc.page_at(offset)))
    return out, doc.medium if doc.medium != "text" else "text"


def _double_spaced(lines: list[_Line]) -> bool:
    filled = [i for i, ln in enumerate(lines[:-1]) if ln.text]
    if len(filled) < 20:
        return False
    followed = sum(1 for i in filled if not lines[i + 1].text)
    return followed >= _DOUBLE_SPACED_SHARE * len(filled)


def _segments(text: str) -> list[str]:
    """A line cut before every row label it holds (a table run into one line)."""
    starts = []
    pos = 0
    while candidate := _ROW_ANCHOR_CANDIDATE.search(text, pos):
        m = ROW_ANCHOR.match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
            continue
        if m.start() > 0:
            starts.append(m.start())
        pos = m.end()
    if not starts:
        return [text]
    cuts = [0] + starts + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if text[a:b].strip()]


def _plain_cells(segment: str, line: _Line, source: str) -> tuple[list[Cell], list[Cell]]:
    """A plain segment as (label cells, value cells): 'label 1 2 3', '规章000', '0', or text."""
    path = f"line {line.number}"
    m = _TRAILING_VALUES.match(segment) if _VALUE_LAST.match(segment.rstrip()[-1:]) else None
    if not m:
        return [cell_from_text(segment, line.page, path, source)], []
    label = (m.group("label") or "").strip()
    values = [cell_from_text(v, line.page, path, source) for v in m.group("values").split()]
    labels = [cell_from_text(label, line.page, path, source)] if label else []
    if labels and labels[0].kind != "text":  # a label that reads as a value is no label
        return [], labels + values
    return labels, values


def _pipe_cells(text: str, line: _Line, source: str) -> list[Cell]:
    parts = text.split("|")
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [cell_from_text(p, line.page, f"line {line.number} cell {i}", source) for i, p in enumerate(parts, 1)]


def text_rows(doc: Document) -> list[list[Cell]]:
    """All rows of every table rendering in the document's text, in reading order."""
    lines, source = _lines(doc)
    bars = sum(1 for ln in lines if ln.text == "|")
    bar_mode = bars >= _MIN_BARS
    double = not bar_mode and _double_spaced(lines)
    b = _Builder(source)
    bar_buffer: list[_Line] = []
    previous_filled = False
    for line in lines:
        text = line.text
        if bar_mode:
            if text == "|":
                joined = "".join(ln.text for ln in bar_buffer)
                first = bar_buffer[0] if bar_buffer else line
                for seg in _segments(joined) if joined else [""]:
                    labels, values = _plain_cells(seg, first, source) if seg else ([], [
                        cell_from_text("", first.page, f"line {first.number}", source)])
                    for c in labels + values:
                        b.add_cell(c)
                bar_buffer = []
            elif text:
                bar_buffer.append(line)
            continue
        if not text:
            if double and not previous_filled and b.current:
                b.add_empty_cell(cell_from_text("", line.page, f"line {line.number}", source))
            previous_filled = False
            continue
        previous_filled = True
        if PAGE_NUMBER.match(text) or _SEPARATOR_ROW.match(text):
            continue
        if "|" in text:
            cells = _pipe_cells(text, line, source)
            if any(c.kind != "blank" for c in cells):
                b.add_row(cells)
            continue
        for seg in _segments(text):
            labels, values = _plain_cells(seg.strip(), line, source)
            if labels and values:
                b.add_row(labels + values)
            else:
                for c in labels + values:
                    b.add_cell(c)
    b.flush()
    return b.rows


def text_grids(doc: Document) -> list[Grid]:
    """The text rendering of the document's tables as one Grid of rows (cells carry their line)."""
    rows = text_rows(doc)
    if not rows:
        return []
    pages = sorted({c.page for r in rows for c in r if c.page is not None})
    return [Grid(rows=rows, page=pages[0] if pages else None, source="text", pages=pages)]
