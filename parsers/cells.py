"""A table cell's printed text -> (value, kind), the same for every medium.

Kinds (parsers.model.CELL_KINDS): number, zero, blank, slash, dash, text. A slash or dash is kept
apart from a zero: "/" means "not applicable" and "—" often "none", and neither is a figure the
report printed, so their value is None and a check decides what they mean. "无" stays text.
"""

from __future__ import annotations

import unicodedata

import regex

from parsers.model import Cell

_SLASH = frozenset({"/", "\\", "／", "＼", "∕"})
_DASH = regex.compile(r"^[-‐‑‒–—―－─━﹣﹘_]+$")
# a whole cell that is one number, optionally with a sign, separators, decimals and a unit
_NUMBER = regex.compile(
    r"^(?P<sign>[-+])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"\s*(?P<unit>%|件|条|个|次|人次|项|场|期|篇|份|人|家|元|万元|亿元)?$"
)
_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef"
# a line break or spaces between two CJK characters carry nothing (justified or wrapped cell text)
_CJK_JOIN = regex.compile(rf"(?<=[{_CJK}、。“”‘’《》…·])\s+(?=[{_CJK}、。“”‘’《》…·\d(),.;:!?])"
                          rf"|(?<=[\d,;:!?()])\s*\n\s*(?=[{_CJK}])")
_SPACES = regex.compile(r"\s+")


def clean_cell_text(text: str | None) -> str:
    """A cell's text as one line: NFKC, wrapped CJK lines joined with "", other breaks with " "."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("\r", "")
    text = _CJK_JOIN.sub("", text.strip())
    return _SPACES.sub(" ", text).strip()


def classify(raw: str) -> tuple[float | int | None, str]:
    """(value, kind) of a cell's cleaned text; the value is None for everything but a number."""
    text = raw.strip()
    if not text:
        return None, "blank"
    if text in _SLASH:
        return None, "slash"
    if _DASH.match(text):
        return None, "dash"
    m = _NUMBER.match(text.replace(" ", ""))
    if m is None:
        return None, "text"
    num = m.group("num").replace(",", "")
    value: float | int = float(num) if "." in num else int(num)
    if m.group("sign") == "-":
        value = -value
    if value == 0:
        return (0 if isinstance(value, int) else 0.0), "zero"
    return value, "number"


def make_cell(text: str | None, *, page: int | None = None,
              bbox: tuple[float, float, float, float] | None = None, source: str = "text",
              path: str | None = None, confidence: float | None = None) -> Cell:
    """A Cell from raw printed text: cleaned, classified, with its provenance."""
    raw = clean_cell_text(text)
    value, kind = classify(raw)
    return Cell(raw=raw, value=value, kind=kind, page=page, bbox=bbox, path=path, source=source,
                confidence=confidence)
