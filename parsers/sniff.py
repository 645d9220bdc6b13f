"""Tell a file's medium by its content (magic bytes, markup), never by its name."""

from __future__ import annotations

import io
import zipfile

import regex

_HTML = regex.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b",
                      regex.I | regex.S)
_IMAGE_MAGIC = {
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"BM": "a BMP image",
}


def sniff(data: bytes) -> str:
    """One of pdf, docx, html, text, or a `!problem` string for media nianbao does not read."""
    head = data[:2048]
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "!a legacy Word .doc/.wps (OLE) file"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    for magic, what in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            return f"!{what}, not a report document"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "!a compressed archive, not a report document"
    if head.startswith(b"{\\rtf"):
        return "!an RTF file (save it as .docx)"
    probe = head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = head.decode("utf-16", errors="ignore").encode("utf-8")
    elif head.startswith(b"\xef\xbb\xbf"):
        probe = head[3:]
    if _HTML.match(probe):
        return "html"
    return "text"


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError, OSError):
        # a damaged directory can also name an unknown zip version or hold names that are not UTF-8
        return "!a damaged zip archive"
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "!an Excel workbook, not a report document"
    return "!a zip archive, not a report document (unpack it first)"
