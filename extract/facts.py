"""Narrative facts: the metric ids of SCHEMA.md read from sentences."""

from __future__ import annotations

from extract.model import Fact, Section
from parsers.model import Document


def narrative_facts(doc: Document, sections: list[Section]) -> list[Fact]:
    return []
