"""Which official layout a report follows: narrative, t2019, t2021 or hybrid."""

from __future__ import annotations

from extract.model import Section, Tables
from parsers.model import Document


def decide_template(doc: Document, sections: list[Section], tables: Tables,
                    year: int | None) -> tuple[str | None, dict[str, str]]:
    return None, {}
