"""bytes -> Document, one partitioner per medium, told apart by content."""

from __future__ import annotations

import hashlib
from pathlib import Path

from parsers.errors import InputError
from parsers.model import Cell, Document, Grid, OffsetMap, Page
from parsers.quiet import library_messages, summary
from parsers.sniff import sniff

__all__ = ["Cell", "Document", "Grid", "InputError", "OffsetMap", "Page", "read", "read_bytes", "sniff"]

MAX_FILE_BYTES = 200 * 1024 * 1024


def read(path: str | Path) -> Document:
    """Read one file into a Document; raises InputError with a one-line reason."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise InputError(name, "is a folder, not a file", "read")
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(name, f"file of {size / 1e6:.0f} MB is too large", "read")
        data = p.read_bytes()
    except InputError:
        raise
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror or err}", "read") from None
    return read_bytes(data, name)


def read_bytes(data: bytes, path: str = "<bytes>", ocr: bool = True) -> Document:
    """Read a file's bytes into a Document; raises InputError with a one-line reason.

    What the libraries log or warn meanwhile becomes at most one entry of the Document's warnings.
    `ocr=False` leaves PDF pages without a usable text layer unread (see parsers.pdf.parse_pdf).
    """
    with library_messages() as messages:
        doc = _read_bytes(data, path, ocr)
    note = summary(messages)
    if note:
        doc.warnings.append(note)
    return doc


def _read_bytes(data: bytes, path: str, ocr: bool) -> Document:
    if not data.strip():
        raise InputError(path, "empty file", "read")
    sha = hashlib.sha256(data).hexdigest()
    medium = sniff(data)
    if medium.startswith("!"):
        problem = medium[1:]
        if "legacy Word" in problem:
            from parsers.docx import legacy_word

            return legacy_word(data, path, sha)
        raise InputError(path, problem, "sniff")
    if medium == "pdf":
        from parsers.pdf import parse_pdf

        return parse_pdf(data, path, sha, ocr=ocr)
    if medium == "docx":
        from parsers.docx import parse_docx

        return parse_docx(data, path, sha)
    if medium == "html":
        from parsers.html import parse_html

        return parse_html(data, path, sha)
    from parsers.text import parse_text

    return parse_text(data, path, sha)
