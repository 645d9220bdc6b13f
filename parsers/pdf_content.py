"""The strings a PDF page shows, in content order, decoded for CJK fonts that are not embedded.

pdfium places every text object by its glyphs' boxes; a CJK CID font that is neither embedded nor
installed (STSong-Light with UniGB-UCS2-H, as report systems and Java/iText write it) has no glyphs
for it, so a one-character object is laid out at no size and left out of pdfium's text page: its
position is known, its text is not. The text is in the page's content stream, encoded in a
predefined CMap that Python's codecs read. This module gives the decoded string of each show
operator (Tj, TJ, ', ") in order, so the n-th one names the text of pdfium's n-th text object.

Only the page's stream bytes and font dictionaries are taken from pdfminer (no interpretation, no
layout); the stream is tokenised here. A stream this reader is unsure of (inline images, strings it
cannot delimit) gives None, and the caller reads the page as before.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# predefined CMaps of the CJK CID fonts a PDF may name without embedding, horizontal writing only
_CMAP_CODECS = {
    "UCS2": "utf-16-be", "UTF16": "utf-16-be",
    "GBK-EUC": "gbk", "GBpc-EUC": "gbk", "GB-EUC": "gbk", "GBT-EUC": "gbk", "GBK2K": "gb18030",
    "B5pc": "cp950", "ETen-B5": "cp950", "HKscs-B5": "big5hkscs",
    "90ms-RKSJ": "cp932", "90pv-RKSJ": "cp932", "EUC": "euc-jp",
    "KSC-EUC": "euc-kr", "KSCms-UHC": "cp949", "KSCpc-EUC": "cp949",
}

_TOKEN = re.compile(rb"""
    (?P<str>\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<dict><<|>>)
  | (?P<open>\[) | (?P<close>\])
  | (?P<name>/[^\s/\[\]()<>{}%]*)
  | (?P<ws>(?:[\s0-9.+-]+|(?:re|cm|[mlcvyhSsfFBbnWqQwJjMdgGkKi]|rg|RG|[Tt][cwzLsrdDm*]|BT|ET|BDC|BMC|EMC|Do|gs|
        cs|CS|sc|SC|scn|SCN|ri|d0|d1|sh|MP|DP|BX|EX|b\*|B\*|f\*|W\*)(?=[\s/\[\]()<>%]|$))+)
  | (?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)
  | (?P<comment>%[^\r\n]*)
""", re.S | re.X)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|.)", re.S)
_SHOW_OPS = {b"Tj", b"'", b'"', b"TJ"}


class _Str(bytes):
    """A string operand, told apart from names and numbers."""


@dataclass(slots=True)
class Shown:
    """One show operator: its font's resource name and text (None where the font's encoding is not
    a predefined CJK CMap this reader decodes)."""

    font: str | None
    text: str | None


def cmap_codec(encoding: str | None) -> str | None:
    """Python's codec for a predefined horizontal CJK CMap name (UniGB-UCS2-H -> utf-16-be)."""
    if not encoding or not encoding.endswith("-H"):
        return None
    body = encoding[:-2]
    for key, codec in _CMAP_CODECS.items():
        if body.endswith(key):
            return codec
    return None


def _literal(raw: bytes) -> bytes:
    def unescape(m: re.Match) -> bytes:
        s = m.group(1)
        if s[:1] in b"01234567":  # (a backslash before 8 or 9 is no octal escape: the digit stands alone)
            return bytes([int(s, 8) & 0xFF])
        if s in (b"\r\n", b"\n", b"\r"):
            return b""
        return _ESCAPES.get(s, s)

    return _ESCAPE.sub(unescape, raw[1:-1])


def _hex(raw: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", raw[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii"))


def shown_strings(content: bytes, codecs: dict[str, str | None]) -> list[Shown] | None:
    """Every non-empty show operator of a content stream, in order; None where the stream is not
    one this reader can be sure of."""
    out: list[Shown] = []
    operands: list = []
    array: list | None = None
    font: str | None = None
    pos = 0
    for m in _TOKEN.finditer(content):
        if m.start() != pos:
            return None  # bytes no token matches
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws" or kind == "comment":
            continue  # numbers are no operand of interest here
        tok = m.group()
        if kind == "str" or kind == "hex":
            value = _Str(_literal(tok) if kind == "str" else _hex(tok))
            (array if array is not None else operands).append(value)
        elif kind == "open":
            array = []
        elif kind == "close":
            if array is None:
                return None
            operands.append(array)
            array = None
        elif kind in ("name", "dict"):
            (array if array is not None else operands).append(tok)
        else:  # an operator
            if array is not None:
                return None
            if tok in (b"BI", b"ID"):
                return None  # inline image data is not tokenisable text
            if tok == b"Tf" and operands and not isinstance(operands[-1], (_Str, list)) \
                    and operands[-1][:1] == b"/":
                font = operands[-1][1:].decode("latin-1")
            elif tok in _SHOW_OPS:
                strings = operands[-1] if tok == b"TJ" and operands and isinstance(operands[-1], list) else operands[-1:]
                raw = b"".join(s for s in strings if isinstance(s, _Str))
                if raw:
                    codec = codecs.get(font or "")
                    text = None
                    if codec:
                        try:
                            text = raw.decode(codec)
                        except UnicodeDecodeError:
                            return None
                    out.append(Shown(font, text))
            operands = []
    if pos != len(content):
        return None
    return out


class ContentReader:
    """A PDF's page content streams and font encodings through pdfminer's object layer, opened once."""

    def __init__(self, data: bytes):
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        self._pages = None
        try:
            doc = PDFDocument(PDFParser(io.BytesIO(data)))
            self._pages = list(PDFPage.create_pages(doc))
        except Exception as err:  # pdfminer raises many types for files pdfium repaired
            logger.debug("pdfminer cannot open the PDF: %s", err)

    def shown(self, number: int) -> list[Shown] | None:
        """The show operators of page `number` (1-based), or None where they cannot be read."""
        if self._pages is None or not 0 < number <= len(self._pages):
            return None
        from pdfminer.pdftypes import resolve1

        try:
            page = self._pages[number - 1]
            content = b"\n".join(resolve1(s).get_data() for s in page.contents)
            fonts = resolve1((page.resources or {}).get("Font")) or {}
            codecs: dict[str, str | None] = {}
            for name, ref in fonts.items():
                spec = resolve1(ref) or {}
                encoding = resolve1(spec.get("Encoding"))
                embedded = _embedded(spec)
                codecs[str(name)] = (cmap_codec(getattr(encoding, "name", None))
                                     if resolve1(spec.get("Subtype")).name == "Type0" and not embedded else None)
        except Exception as err:  # a damaged object: the page is read as before
            logger.debug("page %s content: %s", number, err)
            return None
        return shown_strings(content, codecs)


def _embedded(spec: dict) -> bool:
    from pdfminer.pdftypes import resolve1

    for ref in resolve1(spec.get("DescendantFonts")) or []:
        descriptor = resolve1((resolve1(ref) or {}).get("FontDescriptor")) or {}
        if any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3")):
            return True
    return False
