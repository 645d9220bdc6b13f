"""When a report was made public (`released`), from the best evidence there is.

In order: the page header's publication time (read by the web-page parser from the whole page, or from
the head of the text when a page was saved or converted to text: 发布时间：2025-03-10 15:35); else the
date in the file's metadata (PDF ModDate / CreationDate, Word dcterms:modified / created) where it is
a real date for the report, that is not before December of the year covered (a reused template or a
placeholder such as 2000-01-01 says nothing) and not in the future; else the date printed under the
signature (`published`). `released_source` says which: page_header, metadata or signature.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from extract.meta import publication
from extract.simplified import simplified
from parsers.dates import METADATA, PAGE_HEADER, SourceDate, header_date
from parsers.model import Document


@dataclass(frozen=True, slots=True)
class Released:
    date: str  # ISO
    source: str  # page_header | metadata | signature
    key: str  # the field it was read from: 发布时间, PubDate, ModDate, signature
    # where: {start, end, text} of the words in the report's text, else {source, field, raw} of the page or file
    cells: list[dict] = field(default_factory=list)


def real_metadata_date(date: str, year: int | None, today: datetime.date | None = None) -> bool:
    """Whether a metadata date can be when a report covering `year` came out."""
    when = datetime.date.fromisoformat(date)
    today = today or datetime.date.today()
    earliest = datetime.date(year, 12, 1) if year else datetime.date(1995, 1, 1)
    return earliest <= when <= today


def released(doc: Document, year: int | None) -> Released | None:
    """The best date of publication of `doc`, a report covering `year`; None when the file gives none."""
    for d in doc.dates:
        if d.source == PAGE_HEADER:
            return Released(d.date, PAGE_HEADER, d.key, [_field(d)])
    hit = header_date(simplified(doc.text))
    if hit:
        date, start, end = hit
        return Released(date.date, PAGE_HEADER, date.key, [_span(doc, start, end)])
    for d in doc.dates:
        if d.source == METADATA and real_metadata_date(d.date, year):
            return Released(d.date, METADATA, d.key, [_field(d)])
    printed = publication(doc.text)
    if printed is not None and printed.source == "signature":
        return Released(str(printed.value), "signature", "signature", [_span(doc, printed.start, printed.end)])
    return None


def _span(doc: Document, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": doc.text[start:end], "page": doc.page_at(start)}


def _field(date: SourceDate) -> dict:
    return {"source": date.source, "field": date.key, "raw": date.raw}
