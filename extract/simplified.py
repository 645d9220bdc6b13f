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


def simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length."""
    table = traditional_table()
    return _traditional().sub(lambda m: table[ord(m.group())], text)
