"""Metadata: issuing body, place, level, year covered, publication date."""

from __future__ import annotations

from dataclasses import dataclass

from extract.model import Section
from parsers.model import Document


@dataclass
class Metadata:
    body: str | None = None
    place: str | None = None
    level: str | None = None
    year: int | None = None
    published: str | None = None


def read_metadata(doc: Document, sections: list[Section]) -> Metadata:
    return Metadata()
