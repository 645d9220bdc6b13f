"""Fictional reports the project generates itself, with their truth, for tests, benchmarks and samples.

A SyntheticReport is a list of printed blocks plus the truth they encode (same shape as the
hand-read truth files: facts and table cells); renderers turn the blocks into each medium.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # title | heading | para | table | signature
    text: str = ""
    rows: list[list[str]] | None = None  # table cells as printed; "" continues a merged cell
    name: str | None = None  # t2 | t2_2019 | t3 | t4 for tables
    # merged cells of a table as (row, col, n_rows, n_cols) at their top-left slot; with spans given, an
    # "" slot outside every span is a blank printed cell
    spans: list[tuple[int, int, int, int]] | None = None

    def covered(self) -> set[tuple[int, int]]:
        """Slots a merge covers other than its top-left one (not printed on their own)."""
        return {(r + i, c + j) for r, c, nr, nc in self.spans or () for i in range(nr) for j in range(nc)
                if i or j}


@dataclass
class SyntheticReport:
    body: str
    place: str
    level: str
    year: int
    published: str
    template: str
    blocks: list[Block] = field(default_factory=list)
    truth: dict = field(default_factory=dict)  # {"facts": [...], "tables": {...}} as in shared truth files
