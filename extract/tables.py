"""Template tables (表二, 表三, 表四) mapped by their labels."""

from __future__ import annotations

from extract.model import Section, Tables
from parsers.model import Document


def read_tables(doc: Document, sections: list[Section]) -> tuple[Tables, list[str]]:
    return {}, []
