"""What the cross-report text checks need from one report, computed where the file is read.

The worker fingerprints each report once (sentences of prose, jieba tokens, token shingles), so the
reuse pass over the whole corpus never opens a file again. A sentence is kept in the words printed
(its first characters, offsets, page) and as a set of 32-bit shingle hashes over its tokens, with
figures masked (a sentence that only changes its numbers is the same sentence) and the report's own
body and place names masked (a copy with the names swapped is still a copy).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import unicodedata
import zlib
from array import array
from functools import cache
from pathlib import Path

import regex

from extract.simplified import simplified

SHINGLE = 3  # tokens per shingle
MIN_CJK = 8  # shorter pieces (headings, table cells, dates) are no sentences of prose
SHOWN = 80  # characters of the sentence kept to show it in a finding

_SPLIT = regex.compile(r"[。!?;！？；\n]+")
_CJK = regex.compile(r"\p{Han}")
_FIGURE = regex.compile(r"[0-9〇零一二三四五六七八九十百千万亿.,%]*[0-9〇][0-9〇零一二三四五六七八九十百千万亿.,%]*")
_SPACE = regex.compile(r"\s+")
_DIGIT = regex.compile(r"[0-9]")
_WORD = regex.compile(r"[\p{Han}A-Za-z#◇]")
_BOILERPLATE_FILE = Path(__file__).with_name("data") / "boilerplate.txt"


@cache
def boilerplate_patterns() -> tuple[regex.Pattern, ...]:
    lines = _BOILERPLATE_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(regex.compile(line) for line in lines if line.strip() and not line.startswith("#"))


@cache
def _jieba():
    """jieba with its dictionary loaded once per process (about 1–2 s), quietly."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def warm() -> None:
    """Load the tokenizer now (a worker does this before its first file)."""
    _jieba()


def normalise(sentence: str, names: tuple[str, ...] = ()) -> str:
    """Simplified characters, no spaces, figures as '#', the report's own names as '◇'."""
    text = simplified(unicodedata.normalize("NFKC", sentence))
    text = _SPACE.sub("", text)
    for name in names:
        text = text.replace(name, "◇")
    return _FIGURE.sub("#", text)


def is_boilerplate(core: str) -> bool:
    """Whether a statutory phrase family covers most of the sentence's characters."""
    n = len(_CJK.findall(core))
    for pattern in boilerplate_patterns():
        m = pattern.search(core)
        if m and len(_CJK.findall(m.group())) * 2 >= n:
            return True
    return False


def tokens(core: str) -> list[str]:
    return [t for t in _jieba().lcut(core, HMM=False) if _WORD.search(t)]


def shingles(toks: list[str]) -> list[int]:
    """Sorted distinct 32-bit hashes of the token n-grams (the whole sentence when it is shorter)."""
    if len(toks) < SHINGLE:
        grams = ["\x1f".join(toks)] if toks else []
    else:
        grams = ["\x1f".join(toks[i:i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)]
    return sorted({zlib.crc32(g.encode("utf-8")) for g in grams})


def pack(values: list[int]) -> str:
    return base64.b64encode(array("I", values).tobytes()).decode("ascii")


def unpack(data: str) -> array:
    out = array("I")
    out.frombytes(base64.b64decode(data))
    return out


def names_of(report: dict) -> tuple[str, ...]:
    """The body and place as printed, longest first (so 某镇人民政府 is masked before 某镇)."""
    found = {simplified(unicodedata.normalize("NFKC", n)).replace(" ", "")
             for n in (report.get("body"), report.get("place")) if n}
    found = {n for n in found if len(n) >= 2}
    return tuple(sorted(found, key=len, reverse=True))


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of every piece between sentence ends and line breaks that reads as prose."""
    out = []
    pos = 0
    for m in _SPLIT.finditer(text + "\n"):
        start, end = pos, m.start()
        pos = m.end()
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped or "|" in stripped:
            continue
        cjk = len(_CJK.findall(stripped))
        visible = len(_SPACE.sub("", stripped))
        digits = len(_DIGIT.findall(stripped))
        if cjk < MIN_CJK or cjk * 2 < visible or digits * 5 > visible:  # a table row, not prose
            continue
        lead = len(piece) - len(piece.lstrip())
        out.append((start + lead, start + lead + len(stripped), stripped))
    return out


def fingerprint(text: str, report: dict, page_at=None) -> dict:
    """The report's sentences for the reuse checks: {"sentences": [{h, s, a, b, p, t, bp}, …]}.

    h: 16 hex digits of the normalised sentence; s: packed shingle hashes; a/b: offsets into the
    normalised text; p: page; t: the first characters as printed; bp: statutory boilerplate.
    """
    names = names_of(report)
    out = []
    for start, end, printed in sentences(text):
        core = normalise(printed, names)
        out.append({
            "h": hashlib.blake2b(core.encode("utf-8"), digest_size=8).hexdigest(),
            "s": pack(shingles(tokens(core))), "a": start, "b": end,
            "p": page_at(start) if page_at else None, "t": printed[:SHOWN],
            "bp": is_boilerplate(core),
        })
    return {"version": 1, "sentences": out}
