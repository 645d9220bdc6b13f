"""The element model every medium produces: a Document of pages, normalised text and grids of cells.

Whatever the medium (text, PDF, scan, web page, Word file), the extractors see the same objects, and
every object carries its own provenance (page, bbox, DOM path) so any figure can be shown in its source.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.decoding import Decoded

from parsers.dates import SourceDate

MEDIA = ("text", "pdf", "pdf-scanned", "html", "docx")
CELL_KINDS = ("number", "zero", "blank", "slash", "dash", "text")


@dataclass(slots=True)
class Cell:
    """One table cell as printed (`raw`) and as read (`value`, `kind`)."""

    raw: str
    value: float | int | None
    kind: str
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    path: str | None = None  # DOM path, Word table address or text line, where there is no bbox
    source: str = "text"  # text | pdf | html | docx | ocr
    confidence: float | None = None  # OCR engine confidence

    def to_dict(self) -> dict:
        out = {"value": self.value, "raw": self.raw, "kind": self.kind, "page": self.page,
               "bbox": [round(v, 1) for v in self.bbox] if self.bbox else None}
        if self.path:
            out["path"] = self.path
        if self.source != "text":
            out["source"] = self.source
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass(slots=True)
class Grid:
    """A table as rows of cells; merged cells repeat their content in every slot they cover."""

    rows: list[list[Cell]]
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    source: str = "text"  # pdf | html | docx | text | ocr
    pages: list[int] = field(default_factory=list)  # all pages when stitched across a break

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def row_texts(self) -> list[list[str]]:
        return [[c.raw for c in r] for r in self.rows]


@dataclass(slots=True)
class Page:
    """A page's span in the normalised text; `usable` is False when its text layer is garbage."""

    number: int
    start: int
    end: int
    usable: bool = True
    problem: str | None = None
    ocr: bool = False


class OffsetMap:
    """Maps offsets of the normalised text back to offsets of the source text.

    Stored as segments (norm_start, src_start, length, linear): a linear segment maps char by char,
    a non-linear one (a rewritten span) maps every char to the start of its source span.
    """

    __slots__ = ("_norm", "_segs")

    def __init__(self) -> None:
        self._norm: list[int] = []
        self._segs: list[tuple[int, int, int, bool]] = []

    def add(self, norm_start: int, src_start: int, length: int, linear: bool = True) -> None:
        if length <= 0:
            return
        self._norm.append(norm_start)
        self._segs.append((norm_start, src_start, length, linear))

    def source_offset(self, norm_offset: int) -> int:
        i = bisect.bisect_right(self._norm, norm_offset) - 1
        if i < 0:
            return 0
        start, src, length, linear = self._segs[i]
        delta = min(norm_offset - start, length)
        return src + delta if linear else src


@dataclass
class Document:
    """A report as read: normalised text (what offsets refer to), pages, grids and warnings."""

    path: str
    sha256: str
    medium: str
    text: str
    pages: list[Page]
    grids: list[Grid] = field(default_factory=list)
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)
    offsets: OffsetMap | None = None
    source_text: str | None = None  # the decoded source, for text media
    unusable_spans: list[tuple[int, int]] = field(default_factory=list)  # text read from garbage
    # dates the file gives about itself (page header, then metadata), best first; see parsers.dates
    dates: list[SourceDate] = field(default_factory=list)
    decoded: Decoded | None = None  # how the source bytes were decoded, for text media

    def byte_offset(self, offset: int) -> int | None:
        """Where the char at `offset` of `text` starts in the source bytes (text media only)."""
        if self.decoded is None or self.offsets is None:
            return None
        return self.decoded.byte_offset(self.offsets.source_offset(offset))

    def page_at(self, offset: int) -> int | None:
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[i].number

    def is_usable(self, offset: int) -> bool:
        return not any(a <= offset < b for a, b in self.unusable_spans)

    def read_by_ocr(self, offset: int) -> bool:
        """Whether the text at `offset` lies on a page read by OCR (figures from it are marked so)."""
        number = self.page_at(offset)
        return any(p.ocr and p.number == number for p in self.pages)

    def source_info(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "medium": self.medium,
                "pages": len(self.pages), "encoding": self.encoding}
