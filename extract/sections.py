"""Split a report into the canonical sections of SCHEMA.md."""

from __future__ import annotations

from extract.model import Section
from parsers.model import Document


def find_sections(doc: Document) -> list[Section]:
    return []
