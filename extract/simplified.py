"""A simplified-character view of a text, one character for one, so offsets stay valid.

Mirrors of old reports come in traditional characters (主動公開, 複議, 訴訟); the narrative rules are
written once, in simplified characters, and read this view, while labels are cut from the text as
printed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def traditional_table() -> dict[int, str]:
    """Code point of each traditional character -> its simplified form; loaded once for every user."""
    text = resources.files("extract.data").joinpath("traditional_to_simplified.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simp = line.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    # one character class of the basic plane: `re` scans it in C, fast enough to run on every text
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(traditional_table()) if c < 0x10000) + "]")


_last_view: list[tuple[str, str]] = []  # (a whole report's text, its view): the one most recently asked


def simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length.

    Sections, metadata, facts and checks each ask for the view of the same report text object: the
    latest long text's view is kept, so it is computed once per report."""
    if len(text) > 500 and _last_view and _last_view[0][0] is text:
        return _last_view[0][1]
    table = traditional_table()
    view = _traditional().sub(lambda m: table[ord(m.group())], text)
    if len(text) > 500:
        _last_view[:] = [(text, view)]
    return view
