"""Scanned PDF pages read by OCR: rendered with pypdfium2, read with RapidOCR (the `ocr` extra).

The engine's models ship inside the `rapidocr` wheel, so nothing is downloaded at run time.
What a page yields is what a text-layer page yields: lines in reading order for the normaliser and
ruled tables as Grids (found from the page image by `parsers.ocr_tables`), so the extractors do not
care how a page was read. Every cell says it was read by OCR and how sure the engine was.
Without the extra, the pages are named in one warning and nothing is guessed.
"""

from __future__ import annotations

import importlib.util
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import regex

from parsers.cells import clean_cell_text
from parsers.model import Grid
from parsers.normalize import PAGE_NUMBER
from parsers.pdf_tables import PageTable, build_grid, group_continuations

if TYPE_CHECKING:
    from parsers.ocr_tables import RuledTable, TableSettings

OCR_EXTRA = "nianbao[ocr]"
_ENGINE_MODULES = ("rapidocr", "onnxruntime")
MIN_DESKEW_DEGREES = 0.1


@dataclass(slots=True)
class OcrSettings:
    dpi: int = 200
    min_confidence: float = 0.3  # boxes the engine is less sure of are dropped as noise
    rotated_text: bool = False  # run the engine's 180° classifier (slower; scans are rarely upside down)
    deskew: bool = True  # level pages scanned askew before reading them
    upright: bool = True  # turn pages scanned on their side (landscape tables) before reading them
    tables: TableSettings | None = None  # parsers.ocr_tables defaults


@dataclass(slots=True)
class OcrBox:
    """One text box as the engine read it; bbox in image pixels (x0, top, x1, bottom)."""

    text: str
    bbox: tuple[float, float, float, float]
    confidence: float
    words: list[OcrBox] = field(default_factory=list)  # Chinese characters and runs of digits or letters

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]

    @property
    def centre(self) -> tuple[float, float]:
        return (self.bbox[0] + self.bbox[2]) / 2, (self.bbox[1] + self.bbox[3]) / 2


@dataclass(slots=True)
class OcrLine:
    """A line of the page in reading order; bbox in PDF points, top-left origin."""

    text: str
    bbox: tuple[float, float, float, float]
    confidence: float | None


@dataclass(slots=True)
class OcrPage:
    """A page as OCR read it: lines in reading order (table rows included) and its ruled tables."""

    number: int
    lines: list[OcrLine]
    tables: list[PageTable] = field(default_factory=list)  # bboxes in PDF points
    confidence: dict[tuple[float, float, float, float], float] = field(default_factory=dict)  # by cell bbox
    prose: list[OcrLine] = field(default_factory=list)  # the lines outside the tables
    turned: int = 0  # degrees counter-clockwise the page image was turned to read it; bboxes are upright
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class OcrUnavailable(ImportError):
    """The `ocr` extra is not installed; the message names the pages and the extra."""


def ocr_available() -> bool:
    """Whether the engine of the `ocr` extra can be imported."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in _ENGINE_MODULES)
    except (ImportError, ValueError):
        return False


def describe_pages(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "pages 1-3, 5"; [4] -> "page 4"."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return ("pages " if len(numbers) > 1 else "page ") + ", ".join(parts)


def missing_ocr_message(numbers: list[int]) -> str:
    verb = "have" if len(numbers) > 1 else "has"
    return f"{describe_pages(numbers)} {verb} no text layer; install {OCR_EXTRA} to read them"


_engine_cache: dict[tuple, Any] = {}


def _engine(settings: OcrSettings) -> Any:
    key = (settings.min_confidence, settings.rotated_text)
    if key not in _engine_cache:
        try:
            from rapidocr import RapidOCR
        except ImportError as err:
            raise OcrUnavailable(f"the OCR engine is not installed ({err}); install {OCR_EXTRA}") from None
        _engine_cache[key] = RapidOCR(params={
            "Global.log_level": "error",  # a blank page is no news
            "Global.use_cls": settings.rotated_text,
            "Global.text_score": settings.min_confidence,
        })
    return _engine_cache[key]


def read_boxes(image: np.ndarray, settings: OcrSettings | None = None) -> list[OcrBox]:
    """The engine's text boxes on an RGB or grey image, as axis-aligned boxes in pixels."""
    settings = settings or OcrSettings()
    result = _engine(settings)(image, return_word_box=True)
    if result.boxes is None or result.txts is None:
        return []
    word_results = result.word_results if len(result.word_results) == len(result.txts) else [()] * len(result.txts)
    boxes = []
    for quad, text, score, words in zip(result.boxes, result.txts, result.scores, word_results):
        text = text.strip()
        if not text:
            continue
        box = OcrBox(text, _axis_aligned(quad), float(score))
        box.words = [OcrBox(w_text, _axis_aligned(w_quad), float(w_score))
                     for w_text, w_score, w_quad in (words or ()) if w_quad is not None and w_text.strip()]
        boxes.append(box)
    return boxes


def _axis_aligned(quad: Any) -> tuple[float, float, float, float]:
    xs = [float(p[0]) for p in quad]
    ys = [float(p[1]) for p in quad]
    return (min(xs), min(ys), max(xs), max(ys))


def assign_to_cells(boxes: list[OcrBox], tables: list[RuledTable]) -> list[OcrBox]:
    """Put each box in the table cell under its centre; return the boxes outside every table.

    A box the engine read across a rule (a label and its figure in neighbouring cells, when the rule
    is faint) is split into its words, each going to the cell under it."""
    loose: list[OcrBox] = []

    def cell_under(x: float, y: float):
        return next((c for t in tables if (c := t.cell_at(x, y)) is not None), None)

    for box in boxes:
        cx, cy = box.centre
        inset = min(box.height / 2, (box.bbox[2] - box.bbox[0]) / 2)
        left, right = cell_under(box.bbox[0] + inset, cy), cell_under(box.bbox[2] - inset, cy)
        if left is not right and box.words:
            for word in box.words:
                cell = cell_under(*word.centre)
                (loose if cell is None else cell.boxes).append(word)
            continue
        cell = cell_under(cx, cy)
        (loose if cell is None else cell.boxes).append(box)
    return loose


_STROKE_READINGS = frozenset("1lI|/\\")
SLASH_MIN_TILT_DEGREES = 12.0  # a printed "/" leans 15-25°; the stem of a "1" stands within a few
SLASH_MIN_ELONGATION = 6.0  # and is one thin stroke, where a "1" with flag and foot is stubbier


def stroke_tilt(gray: np.ndarray, bbox: tuple[float, float, float, float]) -> tuple[float, float] | None:
    """The ink's main axis in a box: degrees away from vertical, and length over width."""
    x0, y0, x1, y1 = (int(round(v)) for v in bbox)
    crop = gray[max(y0 - 2, 0):y1 + 2, max(x0 - 2, 0):x1 + 2]
    ys, xs = np.nonzero(crop < 128)
    if len(xs) < 10:
        return None
    variances, axes = np.linalg.eigh(np.cov(np.vstack([xs, ys]).astype(float)))
    major = axes[:, 1]
    tilt = float(np.degrees(np.arctan2(abs(major[0]), abs(major[1]))))
    return tilt, float(np.sqrt(variances[1] / max(variances[0], 1e-6)))


def read_slashes(gray: np.ndarray, boxes: list[OcrBox]) -> None:
    """A lone slash (表 cells print "/" for not applicable) is often read as "1": tell them apart by
    the stroke's slant, so a "/" never becomes the figure 1."""
    for box in boxes:
        if box.text not in _STROKE_READINGS:
            continue
        shape = stroke_tilt(gray, box.bbox)
        if shape is not None and shape[0] >= SLASH_MIN_TILT_DEGREES and shape[1] >= SLASH_MIN_ELONGATION:
            box.text = "/"


def group_lines(boxes: list[OcrBox]) -> list[list[OcrBox]]:
    """Boxes into lines: a box joins the line it overlaps most vertically (half its height at least);
    lines top to bottom, boxes left to right."""
    lines: list[list[OcrBox]] = []
    spans: list[tuple[float, float]] = []
    for box in sorted(boxes, key=lambda b: (b.bbox[1] + b.bbox[3]) / 2):
        top, bottom = box.bbox[1], box.bbox[3]
        best, best_overlap = None, 0.0
        for i, (a, b) in enumerate(spans):
            overlap = min(b, bottom) - max(a, top)
            if overlap >= 0.5 * min(b - a, bottom - top) and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is None:
            lines.append([box])
            spans.append((top, bottom))
        else:
            lines[best].append(box)
            a, b = spans[best]
            spans[best] = (min(a, top), max(b, bottom))
    order = sorted(range(len(lines)), key=lambda i: spans[i][0])
    return [sorted(lines[i], key=lambda b: b.bbox[0]) for i in order]


_WS = regex.compile(r"\s+")
_UNSPACED = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef、。“”‘’《》…·—()\[\]:;,.]")


def join_line(boxes: list[OcrBox]) -> str:
    """Boxes of one line as text: a gap wider than a third of the line height becomes a space (cells
    of a row: 3001 53), but not between Chinese characters and punctuation, which are never spaced."""
    height = max(b.height for b in boxes)
    out = boxes[0].text
    for prev, box in zip(boxes, boxes[1:]):
        wide = box.bbox[0] - prev.bbox[2] > height / 3
        unspaced = bool(_UNSPACED.match(out[-1]) and _UNSPACED.match(box.text[0]))
        out += (" " if wide and not unspaced else "") + box.text
    return out


def _bbox_of(boxes: list[OcrBox]) -> tuple[float, float, float, float]:
    return (min(b.bbox[0] for b in boxes), min(b.bbox[1] for b in boxes),
            max(b.bbox[2] for b in boxes), max(b.bbox[3] for b in boxes))


def _scaled(bbox: tuple[float, float, float, float], scale: float) -> tuple[float, float, float, float]:
    return (bbox[0] * scale, bbox[1] * scale, bbox[2] * scale, bbox[3] * scale)


def _table_parts(table: RuledTable, number: int, scale: float) -> tuple[PageTable, dict, list[OcrLine]]:
    """The table in PDF points as pdf_tables lays it out (so page-break continuations stitch the same
    way), each cell's engine confidence, and its rows as text lines (each cell once, in its top row)."""
    cells: list[tuple[tuple[float, float, float, float], str]] = []
    confidence: dict[tuple[float, float, float, float], float] = {}
    texts: dict[int, str] = {}
    for i, tc in enumerate(table.cells):
        text = "\n".join(join_line(line) for line in group_lines(tc.boxes))
        bbox = _scaled(tc.bbox, scale)
        cells.append((bbox, text))
        texts[i] = clean_cell_text(text)
        if tc.boxes:
            confidence[bbox] = min(b.confidence for b in tc.boxes)
    lines = []
    for r in range(table.n_rows):
        starting = sorted((tc.col, i) for i, tc in enumerate(table.cells) if tc.row == r)
        row_texts = [texts[i] for _, i in starting if texts[i]]
        if not row_texts:
            continue
        confs = [c for _, i in starting if (c := confidence.get(cells[i][0])) is not None]
        bbox = (table.xs[0], table.ys[r], table.xs[-1], table.ys[r + 1])
        lines.append(OcrLine(" ".join(row_texts), _scaled(bbox, scale), min(confs, default=None)))
    part = PageTable(page=number, bbox=_scaled(table.bbox, scale), cells=cells)
    return part, confidence, lines


def _levelled(image: np.ndarray, settings: OcrSettings) -> tuple[np.ndarray, np.ndarray, bool]:
    """(image, grey image, whether turned), levelled where the page was fed askew: rules must run level
    to be found."""
    from parsers.ocr_tables import level, skew_angle

    gray = image if image.ndim == 2 else np.ascontiguousarray(image[..., :3].mean(axis=2).astype(np.uint8))
    tilt = skew_angle(gray) if settings.deskew else 0.0
    if abs(tilt) < MIN_DESKEW_DEGREES:
        return image, gray, False
    return level(image, tilt), level(gray, tilt), True


def looks_sideways(boxes: list[OcrBox]) -> bool:
    """Most of the page's text runs down rather than across: a landscape page scanned on its side."""
    tall = sum((b.bbox[2] - b.bbox[0]) * b.height for b in boxes if b.height > 2 * (b.bbox[2] - b.bbox[0]))
    wide = sum((b.bbox[2] - b.bbox[0]) * b.height for b in boxes if (b.bbox[2] - b.bbox[0]) > 2 * b.height)
    return tall > 2 * wide


def _turned_upright(image: np.ndarray, boxes: list[OcrBox], settings: OcrSettings
                    ) -> tuple[np.ndarray, list[OcrBox], int]:
    """The page turned a quarter either way, whichever reads with more confidence; (image, boxes, turn
    in degrees counter-clockwise), or the page as it was when neither reads better."""
    def score(found: list[OcrBox]) -> float:
        return sum(b.confidence * len(b.text) for b in found)

    best = (image, boxes, 0)
    for turn in (90, 270):
        turned = np.ascontiguousarray(np.rot90(image, turn // 90))
        found = read_boxes(turned, settings)
        if score(found) > score(best[1]):
            best = (turned, found, turn)
    return best


def read_image(image: np.ndarray, number: int, dpi: float, settings: OcrSettings | None = None) -> OcrPage:
    """One page image (RGB or grey, `dpi` pixels per inch) -> lines in reading order and ruled tables."""
    from parsers.ocr_tables import find_tables  # OpenCV comes with the extra

    settings = settings or OcrSettings()
    started = time.perf_counter()
    image, gray, _ = _levelled(image, settings)
    boxes = read_boxes(image, settings)
    turn = 0
    if settings.upright and looks_sideways(boxes):
        image, boxes, turn = _turned_upright(image, boxes, settings)
        if turn:
            image, gray, levelled = _levelled(image, settings)
            boxes = read_boxes(image, settings) if levelled else boxes
    read_slashes(gray, boxes)
    tables = find_tables(gray, dpi, settings.tables)
    loose = assign_to_cells(boxes, tables)
    scale = 72.0 / dpi
    text_lines = [OcrLine(join_line(line), _scaled(_bbox_of(line), scale), min(b.confidence for b in line))
                  for line in group_lines(loose)]
    page = OcrPage(number=number, lines=list(text_lines), turned=turn)
    for table in tables:
        part, confidence, rows = _table_parts(table, number, scale)
        page.tables.append(part)
        page.confidence.update(confidence)
        page.lines.extend(rows)
    page.lines.sort(key=lambda line: (line.bbox[1], line.bbox[0]))
    page.prose = text_lines
    mark_page_edges(page, set())
    page.seconds = time.perf_counter() - started
    return page


def mark_page_edges(page: OcrPage, furniture: set[str]) -> None:
    """A table that meets the page's edge, with nothing beyond it but a page number or a running
    header or footer (`furniture`, spaces removed), may run on over the page break."""
    if not page.tables:
        return

    def content(line: OcrLine) -> bool:
        return not PAGE_NUMBER.match(line.text) and _WS.sub("", line.text) not in furniture

    page.tables[0].reaches_top = not any(
        ln.bbox[3] <= page.tables[0].bbox[1] and content(ln) for ln in page.prose)
    page.tables[-1].reaches_bottom = not any(
        ln.bbox[1] >= page.tables[-1].bbox[3] and content(ln) for ln in page.prose)


def running_lines(pages: list[OcrPage]) -> set[str]:
    """Lines printed at the top or bottom of most pages (titles, unit names), spaces removed."""
    if len(pages) < 3:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        texts = [_WS.sub("", ln.text) for ln in page.lines]
        seen.update(set(texts[:2] + texts[-2:]))
    need = max(3, int(0.6 * len(pages)))
    return {t for t, n in seen.items() if n >= need and t}


MAX_RENDER_SIDE = 5000  # pixels: an A3 page at 200 dpi is 3307; a page declared larger is rendered coarser


def render_dpi(page: Any, dpi: float) -> float:
    """`dpi`, lowered where the page is so large that its image would exceed MAX_RENDER_SIDE."""
    longest = max(page.get_size()) or 1.0
    return min(float(dpi), MAX_RENDER_SIDE * 72.0 / longest)


def render_page(page: Any, dpi: float) -> np.ndarray:
    """A pypdfium2 page as an RGB array at `dpi`."""
    bitmap = page.render(scale=dpi / 72.0)
    return np.asarray(bitmap.to_pil().convert("RGB"))


def ocr_pdf_pages(data: bytes, numbers: list[int], settings: OcrSettings | None = None) -> list[OcrPage]:
    """OCR the given 1-based pages of a PDF.

    Raises OcrUnavailable (an ImportError), naming the pages and the extra, when the engine is missing.
    """
    import pypdfium2 as pdfium

    settings = settings or OcrSettings()
    if not ocr_available():
        raise OcrUnavailable(missing_ocr_message(numbers))
    pdf = pdfium.PdfDocument(data)
    try:
        out = []
        for number in numbers:
            page = pdf[number - 1]
            try:
                dpi = render_dpi(page, settings.dpi)
                image = render_page(page, dpi)
            finally:
                page.close()
            out.append(read_image(image, number, dpi, settings))
        furniture = running_lines(out)
        for page in out:
            mark_page_edges(page, furniture)
        return out
    finally:
        pdf.close()


def ocr_grids(pages: list[OcrPage]) -> list[Grid]:
    """Grids of the OCR'd pages' ruled tables, stitched over page breaks like text-layer tables,
    every cell marked as read by OCR with the engine's confidence."""
    parts = [t for page in sorted(pages, key=lambda p: p.number) for t in page.tables]
    confidence = {(page.number, bbox): c for page in pages for bbox, c in page.confidence.items()}
    grids = [build_grid(group, source="ocr") for group in group_continuations(parts)]
    for grid in grids:
        for row in grid.rows:
            for cell in row:
                cell.source = "ocr"
                if cell.bbox is not None:
                    cell.confidence = confidence.get((cell.page, cell.bbox))
    return grids
