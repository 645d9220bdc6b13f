"""A PDF page's rulings and chars read through pdfium, in pdfplumber's object shapes.

pdfplumber gets chars and rulings by interpreting the page's content stream in Python (pdfminer),
which costs as much as the rest of the pipeline together. pdfium has already parsed the page for
its text, so its path objects and char boxes are read from there and handed to pdfplumber's table
geometry (edges -> intersections -> cells -> tables). Coordinates are pdfplumber's: points from the
top-left corner of the page.

A page whose paths sit inside form XObjects (their matrices nest) is left to pdfplumber.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2
_AXIS_SLACK = 0.5  # a segment this close to horizontal or vertical is a ruling
_SKIP_CHARS = frozenset("\r\n\x00\ufffe")


@dataclass(slots=True)
class PageGeometry:
    width: float
    height: float
    edges: list[dict]  # pdfplumber edge dicts: x0, x1, top, bottom, width, height, orientation, object_type
    chars: list[dict]  # x0, x1, top, bottom, text


def _edge(x0: float, y0: float, x1: float, y1: float, height: float, kind: str) -> dict | None:
    if abs(y0 - y1) <= _AXIS_SLACK:
        left, right = sorted((x0, x1))
        top = height - (y0 + y1) / 2
        return {"object_type": kind, "x0": left, "x1": right, "top": top, "bottom": top, "doctop": top,
                "width": right - left, "height": 0.0, "orientation": "h"}
    if abs(x0 - x1) <= _AXIS_SLACK:
        lo, hi = sorted((y0, y1))
        x = (x0 + x1) / 2
        return {"object_type": kind, "x0": x, "x1": x, "top": height - hi, "bottom": height - lo,
                "doctop": height - hi, "width": 0.0, "height": hi - lo, "orientation": "v"}
    return None


def _is_white(obj_raw) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj_raw, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b),
                                             ctypes.byref(a)):
        return False
    return min(r.value, g.value, b.value) >= 250 or a.value == 0


def _path_edges(obj, height: float, left: float, max_thickness: float) -> list[dict]:
    raw = obj.raw
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(raw, ctypes.byref(fill), ctypes.byref(stroke)):
        return []
    if not stroke.value and not fill.value:
        return []
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(raw, ctypes.byref(m))
    points: list[tuple[int, float, float, bool]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px = m.a * x.value + m.c * y.value + m.e - left
        py = m.b * x.value + m.d * y.value + m.f
        points.append((pdfium_c.FPDFPathSegment_GetType(seg), px, py, bool(pdfium_c.FPDFPathSegment_GetClose(seg))))
    segments: list[tuple[float, float, float, float]] = []
    start = prev = None
    for kind, px, py, close in points:
        if kind == _MOVETO:
            start = prev = (px, py)
            continue
        if prev is not None and kind == _LINETO:
            segments.append((prev[0], prev[1], px, py))
        prev = (px, py)
        if close and start is not None:
            segments.append((px, py, start[0], start[1]))
            prev = start
    if not segments:
        return []
    if not stroke.value:
        # a filled shape is a ruling only when drawn as a thin bar, and not in white (paper) colour
        xs = [v for s in segments for v in (s[0], s[2])]
        ys = [v for s in segments for v in (s[1], s[3])]
        if min(max(xs) - min(xs), max(ys) - min(ys)) > max_thickness or _is_white(raw):
            return []
    kind = "line" if len(segments) == 1 else "rect_edge"
    return [e for s in segments if (e := _edge(*s, height, kind)) is not None]


def page_geometry(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, max_thickness: float = 2.5,
                  chars: list[dict] | None = None) -> PageGeometry | None:
    """Rulings and chars of a page (`chars` when given, else its text page's), or None where its paths
    nest inside form XObjects."""
    left, bottom, right, top = page.get_mediabox()
    height = top
    edges: list[dict] = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM), max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        edges.extend(_path_edges(obj, height, left, max_thickness))
    if chars is None:
        chars = page_chars(page, textpage)
    return PageGeometry(width=right - left, height=top - bottom, edges=edges, chars=chars)


def page_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[dict]:
    """The chars of pdfium's text page with their loose boxes, in pdfplumber's coordinates."""
    left, _bottom, _right, height = page.get_mediabox()
    raw_tp = textpage.raw
    boxes: list[tuple[str, float, float, float, float, int]] = []
    for i in range(pdfium_c.FPDFText_CountChars(raw_tp)):
        code = pdfium_c.FPDFText_GetUnicode(raw_tp, i)
        if 0xD800 <= code <= 0xDFFF:  # half of a surrogate pair: too rare in reports to reassemble
            continue
        ch = chr(code) if code else ""
        if not ch or ch in _SKIP_CHARS or pdfium_c.FPDFText_IsGenerated(raw_tp, i) == 1:
            continue
        rect = pdfium_c.FS_RECTF()
        if pdfium_c.FPDFText_GetLooseCharBox(raw_tp, i, ctypes.byref(rect)):
            boxes.append((ch, rect.left, rect.right, rect.bottom, rect.top, i))
    heights = sorted(b[4] - b[3] for b in boxes)
    em = heights[len(heights) // 2] if heights else 10.0
    chars: list[dict] = []
    l_, r_, b_, t_ = (ctypes.c_double() for _ in range(4))
    for ch, x0, x1, y0, y1, i in boxes:
        if (x1 - x0 > 2.5 * em or y1 - y0 > 2.5 * em) and pdfium_c.FPDFText_GetCharBox(
                raw_tp, i, ctypes.byref(l_), ctypes.byref(r_), ctypes.byref(b_), ctypes.byref(t_)):
            # a loose box stretched by char spacing or a scaled matrix: the glyph's own box, one em tall
            mid = (b_.value + t_.value) / 2
            x0, x1, y0, y1 = l_.value, r_.value, mid - em / 2, mid + em / 2
        chars.append({"text": ch, "x0": x0 - left, "x1": x1 - left, "top": height - y1, "bottom": height - y0})
    return chars


def lost_chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, shown: list) -> list[dict] | None:
    """Chars of the text objects pdfium laid out at no size, their text taken from `shown` (the page's
    show operators in order, parsers.pdf_content) and their boxes from each object's origin and its
    font's widths, ascent and descent; None where the objects and the operators do not pair up
    (every other object's text must be the operator's) or an object is rotated.
    """
    left, _bottom, _right, height = page.get_mediabox()
    texts = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            return None
        if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            texts.append(obj)
    if len(texts) != len(shown):
        return None
    out: list[dict] = []
    m = pdfium_c.FS_MATRIX()
    size, width, ascent, descent = (ctypes.c_float() for _ in range(4))
    for obj, show in zip(texts, shown):
        x0, y0, x1, y1 = obj.get_bounds()
        placed = x1 - x0 >= 0.01 or y1 - y0 >= 0.01
        if show.text is None:
            if placed:
                continue
            return None  # lost, in a font this reader cannot decode
        if placed:
            if _object_text(obj, textpage) != "".join(show.text.split()):
                return None
            continue
        pdfium_c.FPDFPageObj_GetMatrix(obj.raw, ctypes.byref(m))
        if abs(m.b) > 1e-6 or abs(m.c) > 1e-6 or m.a <= 0 or m.d <= 0:
            return None
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        pdfium_c.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size))
        pdfium_c.FPDFFont_GetAscent(font, size, ctypes.byref(ascent))
        pdfium_c.FPDFFont_GetDescent(font, size, ctypes.byref(descent))
        x = m.e
        top, bottom = height - (m.f + ascent.value * m.d), height - (m.f + descent.value * m.d)
        for ch in show.text:
            if not pdfium_c.FPDFFont_GetGlyphWidth(font, ord(ch), size, ctypes.byref(width)):
                return None
            advance = width.value * m.a
            if not ch.isspace():
                out.append({"text": ch, "x0": x - left, "x1": x + advance - left, "top": top, "bottom": bottom})
            x += advance
    return out


def _object_text(obj, textpage: pdfium.PdfTextPage) -> str:
    n = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    if n <= 0:
        return ""
    buf = (ctypes.c_ushort * n)()
    pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, buf, n)
    text = bytes(buf).decode("utf-16-le", errors="replace")
    return "".join(text.replace("\x00", "").split())
