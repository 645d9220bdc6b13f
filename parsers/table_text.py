"""How a grid is printed inside a document's text, the same for every structured medium (web page, Word).

Each row is one line, its cells as printed (a merged cell once, at its first slot), separated and closed
by `|`: "a | b | c |". The closing bar marks the line as a table row, so the normaliser never rejoins
two rows as if they were one wrapped sentence.
"""

from __future__ import annotations


def row_line(cells: list[str]) -> str | None:
    """One printed row as a text line, or None for a row with nothing printed in it."""
    cells = [" ".join(c.split()) for c in cells]
    if not any(cells):
        return None
    return " | ".join(cells).strip() + " |"
