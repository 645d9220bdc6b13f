"""Plain text and Markdown: detect the encoding, never assume it."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from parsers.errors import InputError
from parsers.model import Document
from parsers.normalize import normalize_text

MAX_TEXT_BYTES = 8 * 1024 * 1024  # an annual report is tens of KB; more is not one report

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes as Chinese offices write them: BOM, UTF-8, GB18030 family, UTF-16 without BOM."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name.replace("-sig", "") + (" (BOM)" if name == "utf-8-sig" else "")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                continue
    try:
        # GB18030 is a superset of GBK and GB2312: a strict decode that succeeds is the answer
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(path, "binary data or an unknown text encoding (not UTF-8, GB18030 or UTF-16)", "decode")
    return str(data.decode(best.encoding, errors="replace")), best.encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    # ASCII in UTF-16 leaves a zero byte in every other position; CJK text leaves few zeros at all
    return max(zeros_even, zeros_odd) > 0.2 * (len(sample) / 2) or _cjk_share_utf16(sample) > 0.3


def _cjk_share_utf16(sample: bytes) -> float:
    try:
        text = sample[: len(sample) // 2 * 2].decode("utf-16-le")
    except UnicodeDecodeError:
        return 0.0
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") / max(len(text), 1)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # control characters but \t \n \f \r


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    return controls > 0.01 * max(len(sample), 1) or "\ufffd" * 4 in sample


def parse_text(data: bytes, path: str, sha256: str) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(path, f"text file of {len(data) / 1e6:.1f} MB is too large for one report "
                               f"(limit {MAX_TEXT_BYTES / 1e6:.0f} MB)", "read")
    raw, encoding = decode(data, path)
    if _looks_binary(raw):
        raise InputError(path, "binary data, not text", "decode")
    text, offsets, pages = normalize_text(raw)
    return Document(path=path, sha256=sha256, medium="text", text=text, pages=pages,
                    encoding=encoding, offsets=offsets, source_text=raw)
