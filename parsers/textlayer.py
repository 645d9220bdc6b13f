"""Is a PDF page's text layer real text, or glyph codes that only look like text on screen?

A PDF whose fonts lack a ToUnicode map (or carry a wrong one) still prints correctly, but its text
layer reads as "(cid:123)", U+FFFD, private-use code points, control characters or Latin junk.
A Chinese report's page is mostly Han characters and CJK punctuation, so a low share of them among
the letters and symbols (digits and spaces are neutral) marks a garbage layer. Kangxi radicals
(⼀ U+2F00…) are undone by NFKC; the CJK Radicals Supplement (⻓ U+2ED3…) mostly is not, and a page
still full of them after NFKC was written with a radicals font and would mis-read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

_CID = regex.compile(r"\(cid:\d+\)")
_CJKISH = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u00b7\u2014]")
MIN_SIGNAL_CHARS = 12  # fewer letters/symbols than this tells nothing either way
MIN_CJK_SHARE = 0.35
MAX_BAD_SHARE = 0.02


@dataclass(slots=True, frozen=True)
class TextLayerQuality:
    usable: bool
    problem: str | None = None
    empty: bool = False  # no text at all: a scanned page, or a blank one
    certain: bool = True  # False: too little text to judge, the document's verdict decides


def _is_bad(ch: str) -> bool:
    code = ord(ch)
    if ch == "\ufffd" or 0xE000 <= code <= 0xF8FF or code >= 0xF0000:
        return True
    return unicodedata.category(ch) == "Cc" and ch not in "\r\n\t\f"


def _is_radical(ch: str) -> bool:
    code = ord(ch)
    return 0x2E80 <= code <= 0x2EFF or 0x2F00 <= code <= 0x2FDF or 0x31C0 <= code <= 0x31EF


def assess(text: str) -> TextLayerQuality:
    """Judge one page's raw text layer (before normalisation)."""
    if not text.strip():
        return TextLayerQuality(usable=False, problem="no text layer (a scanned or blank page)", empty=True)
    cids = len(_CID.findall(text))
    if cids >= 3:
        return TextLayerQuality(usable=False, problem=f"{cids} (cid:N) glyph codes (no ToUnicode map)")
    bad = sum(1 for ch in text if _is_bad(ch))
    signal = [ch for ch in text if not ch.isspace() and not ch.isdigit()]
    if bad >= 3 and bad > MAX_BAD_SHARE * max(len(signal), 1):
        return TextLayerQuality(usable=False, problem="replacement or private-use characters (no ToUnicode map)")
    nfkc = unicodedata.normalize("NFKC", text)
    radicals = sum(1 for ch in nfkc if _is_radical(ch))
    if radicals >= 3:
        return TextLayerQuality(usable=False, problem=f"{radicals} radical look-alikes left after NFKC")
    signal = [ch for ch in nfkc if not ch.isspace() and not ch.isdigit()]
    if len(signal) >= MIN_SIGNAL_CHARS:
        share = sum(1 for ch in signal if _CJKISH.match(ch) or ch in ".,:;()%-/") / len(signal)
        cjk = sum(1 for ch in signal if _CJKISH.match(ch))
        if cjk / len(signal) < MIN_CJK_SHARE and share < 0.9:
            return TextLayerQuality(usable=False,
                                    problem=f"only {cjk / len(signal):.0%} Chinese characters (no usable ToUnicode map)")
        return TextLayerQuality(usable=True)
    return TextLayerQuality(usable=True, certain=False)
