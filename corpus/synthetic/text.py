"""Plain-text rendering of a synthetic report, as offices paste reports into text files and web forms."""

from __future__ import annotations

from corpus.synthetic import Block, SyntheticReport

TABLE_STYLES = ("pipe", "space")


def table_lines(block: Block, style: str = "pipe") -> list[str]:
    """A table's rows as text lines; a merged cell is printed once, at its top-left slot.

    pipe: `a | b | c |` (a blank cell stays visible as an empty slot); space: cells separated by spaces,
    so blank cells vanish, as in text copied out of a PDF.
    """
    if style not in TABLE_STYLES:
        raise ValueError(f"table style is one of {TABLE_STYLES}, not {style!r}")
    covered = block.covered()
    lines = []
    for r, row in enumerate(block.rows or []):
        cells = [text for c, text in enumerate(row) if (r, c) not in covered]
        line = " | ".join(cells).strip() + " |" if style == "pipe" else " ".join(cell for cell in cells if cell)
        if line.strip(" |"):
            lines.append(line)
    return lines


def text_of(report: SyntheticReport, table_style: str = "pipe") -> str:
    """The report as text: one line per title, heading, paragraph and table row, blank lines between blocks."""
    out: list[str] = []
    for block in report.blocks:
        if block.kind == "table":
            out.append("\n".join(table_lines(block, table_style)))
        else:
            out.append(block.text)
    return "\n\n".join(out) + "\n"


def render_text(report: SyntheticReport, encoding: str = "utf-8", table_style: str = "pipe") -> bytes:
    """The text file's bytes; encoding may be utf-8, utf-8-sig, gb18030, gbk or utf-16."""
    return text_of(report, table_style).encode(encoding)
