"""Plain text and Markdown: detect the encoding, never assume it."""

from __future__ import annotations

from parsers.decoding import CONTROL, Decoded, decode_bytes
from parsers.errors import InputError
from parsers.model import Document
from parsers.normalize import normalize_text

MAX_TEXT_BYTES = 8 * 1024 * 1024  # an annual report is tens of KB; more is not one report


def decode(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode bytes as Chinese offices write them (BOM, UTF-8, GB18030 family, UTF-16 without BOM),
    tolerating a few damaged bytes; raises InputError for data no codec reads."""
    decoded = decode_bytes(data)
    if decoded is None:
        raise InputError(path, "binary data or an unknown text encoding (not UTF-8, GB18030 or UTF-16)", "decode")
    return decoded


def readable_text(decoded: Decoded) -> str:
    """The decoded text with stray control characters as U+FFFD (a control char in a report is a damaged
    byte, not a separator); same length, so offsets still hold."""
    return CONTROL.sub("\ufffd", decoded.text)


def parse_text(data: bytes, path: str, sha256: str) -> Document:
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(path, f"text file of {len(data) / 1e6:.1f} MB is too large for one report "
                               f"(limit {MAX_TEXT_BYTES / 1e6:.0f} MB)", "read")
    decoded = decode(data, path)
    text, offsets, pages = normalize_text(readable_text(decoded))
    return Document(path=path, sha256=sha256, medium="text", text=text, pages=pages,
                    encoding=decoded.encoding, warnings=decoded.warnings(), offsets=offsets,
                    source_text=decoded.text, decoded=decoded)
