"""PDF reports: text layer, ruled tables over page breaks, garbage text layers, encrypted files."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from corpus.synthetic import Block
from corpus.synthetic.compose import compose
from corpus.synthetic.pdf import render_pdf
from extract import build_report
from parsers import InputError, read, read_bytes
from parsers.cells import classify, clean_cell_text
from parsers.normalize import normalize_text
from parsers.pdf import parse_pdf
from parsers.pdf_tables import PageTable, build_grid, group_continuations

FONT = "STSong-Light"


def _font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _pdf_of_lines(pages: list[list[str]], frame: bool = False, **canvas_args) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, **canvas_args)
    for number, lines in enumerate(pages, start=1):
        c.setFont(_font(), 12)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 20
        c.drawCentredString(297, 40, f"- {number} -")
        if frame:
            c.rect(30, 30, 535, 782)
        c.showPage()
    c.save()
    return buf.getvalue()


def _expected_grid(block: Block) -> list[list[str]]:
    """A block's rows with every merged cell's text repeated in the slots it covers."""
    rows = [list(r) for r in block.rows or []]
    for r, c, nr, nc in block.spans or ():
        for i in range(nr):
            for j in range(nc):
                rows[r + i][c + j] = block.rows[r][c]
    return [[clean_cell_text(t) for t in row] for row in rows]


def _pdf_without_tounicode(page_lines: list[list[str]]) -> bytes:
    """A PDF whose Type3 font draws every glyph as a box, with made-up glyph names and no /ToUnicode:
    it prints, but its text layer decodes to ASCII junk (digits included)."""
    chars = sorted({ch for lines in page_lines for line in lines for ch in line if not ch.isspace()})
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}
    assert len(codes) < 0x5E
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    proc = add(b"<< /Length 32 >>\nstream\n1000 0 0 0 900 900 d1\n50 0 800 800 re f\nendstream")
    names = " ".join(f"/g{i}" for i in range(len(chars)))
    procs = " ".join(f"/g{i} {proc} 0 R" for i in range(len(chars)))
    font = add(f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
               f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [33 {names}] >> "
               f"/FirstChar 33 /LastChar {32 + len(chars)} /Widths [{' '.join(['1000'] * len(chars))}] >>".encode())
    parent = len(objs) + 1 + 2 * len(page_lines)
    page_ids = []
    for lines in page_lines:
        ops = []
        for k, line in enumerate(lines):
            s = "".join(chr(codes[ch]) if not ch.isspace() else " " for ch in line)
            s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /F1 12 Tf 50 {780 - 20 * k} Td ({s}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(f"<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    assert add(f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()) == parent
    catalog = add(f"<< /Type /Catalog /Pages {parent} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _joined(*pdfs: bytes) -> bytes:
    out = pdfium.PdfDocument.new()
    for data in pdfs:
        out.import_pages(pdfium.PdfDocument(data))
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


# -- cells -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "value", "kind"), [
    ("12", 12, "number"), ("1,234", 1234, "number"), ("96171.6", 96171.6, "number"), ("0", 0, "zero"),
    ("", None, "blank"), ("/", None, "slash"), ("—", None, "dash"), ("--", None, "dash"),
    ("无", None, "text"), ("2.重复申请", None, "text"), ("-2", -2, "number"), ("5件", 5, "number"),
])
def test_cell_kinds(raw, value, kind):
    assert classify(raw) == (value, kind)


def test_cell_text_joins_wrapped_chinese_and_keeps_latin_words_apart():
    assert clean_cell_text("结 果\n维持") == "结果维持"
    assert clean_cell_text("（区分处理的，\n只计这一情形）") == "(区分处理的,只计这一情形)"
    assert clean_cell_text("Annual\nreport") == "Annual report"


# -- text layer ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "usable", "problem"), [
    ("本年度新收政府信息公开申请25件，办结25件。" * 3, True, None),
    ("", False, "no text layer"),
    ("(cid:1234)(cid:88)(cid:4021)(cid:77) 25", False, "ToUnicode"),
    ("\ue012\ue013\ue014\ue015 本年度 \ufffd\ufffd 25", False, "private-use"),
    ("\u2ed3\u2ed4\u2eda的政府信息公开工作\u2ec4报告", False, "radical look-alikes"),
    ("@@E+A;5$\"$%4;5/8073.4692>4=:;5/807BC<D", False, "Chinese characters"),
])
def test_text_layer_quality(text, usable, problem):
    from parsers.textlayer import assess

    quality = assess(text)
    assert quality.usable is usable
    assert (problem is None and quality.problem is None) or problem in quality.problem


def test_text_pdf_pages_and_offsets():
    report = compose(11, "narrative")
    doc = read_bytes(render_pdf(report), "narrative.pdf")
    assert doc.medium == "pdf" and len(doc.pages) >= 2 and not doc.grids
    assert all(p.usable for p in doc.pages)
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    heading = next(b.text for b in report.blocks if b.kind == "heading")
    assert normalize_text(heading)[0] in doc.text.split("\n")
    # paragraphs wrapped over many printed lines read as one line each: no line is a wrapped fragment
    last = normalize_text([b.text for b in report.blocks if b.kind == "para"][-1])[0]
    assert last in doc.text.split("\n")
    assert doc.page_at(doc.text.index(last)) == len(doc.pages) and doc.page_at(0) == 1
    assert all(doc.offsets.source_offset(p.start) <= doc.offsets.source_offset(p.end) for p in doc.pages)


def test_indented_first_line_cut_before_a_number_is_joined():
    """The first line, indented two characters, stops short before "2023年" that does not fit."""
    report = compose(11, "narrative")
    data = render_pdf(report, font_size=14)
    first_line = pdfium.PdfDocument(data)[0].get_textpage().get_text_range().split("\r\n")[2]
    assert first_line.endswith("特向社会公布")  # the case at hand: the next printed line opens with 2023
    doc = read_bytes(data, "narrative.pdf")
    first = normalize_text(next(b.text for b in report.blocks if b.kind == "para"))[0]
    assert first in doc.text.split("\n")


def test_kangxi_radical_lookalikes_read_as_normal_text():
    line = "\u2f00、主动公开政府信息\u2f24\u2f2f条,\u2f08年新收申请25件"
    doc = read_bytes(_pdf_of_lines([["澜川镇2023年政府信息公开工作年度报告", line]]), "kangxi.pdf")
    assert doc.pages[0].usable
    assert "一、主动公开政府信息大工条,人年新收申请25件" in doc.text
    assert not doc.warnings


def test_text_layer_without_tounicode_is_unusable_and_yields_no_facts():
    good = _pdf_of_lines([["澜川镇人民政府2023年政府信息公开工作年度报告", "一、总体情况",
                           "本镇依照《条例》做好政府信息公开工作。"]])
    junk = _pdf_without_tounicode([["二、主动公开政府信息情况", "2023年,我镇主动公开政府信息356条。"],
                                   ["三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请25件,予以公开18件。"]])
    doc = parse_pdf(_joined(good, junk), "mixed.pdf", "0" * 64, ocr=False)
    assert [p.usable for p in doc.pages] == [True, False, False]
    assert "ToUnicode" in doc.pages[1].problem
    assert doc.warnings == ["unusable text layer on pages 2-3 (no ToUnicode map); no figures are read from them; "
                            "install nianbao[ocr] to read them by OCR"]
    bad_start = doc.pages[1].start
    assert doc.unusable_spans and doc.unusable_spans[0][0] == bad_start
    assert not doc.is_usable(len(doc.text) - 1) and doc.is_usable(0)
    assert "356" not in doc.text[:bad_start]
    report = build_report(doc)
    assert [f for f in report.facts if not doc.is_usable(f.start)] == []
    assert all(f.value not in (356, 25, 18) for f in report.facts)


def test_scanned_page_without_text_is_marked():
    from reportlab.lib.utils import ImageReader

    png = io.BytesIO()
    pdfium.PdfDocument(_pdf_of_lines([["政府信息公开"]]))[0].render(scale=0.5).to_pil().save(png, "PNG")
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawImage(ImageReader(io.BytesIO(png.getvalue())), 50, 300, 400, 500)
    c.showPage()
    c.save()
    doc = parse_pdf(buf.getvalue(), "scan.pdf", "0" * 64, ocr=False)
    assert not doc.pages[0].usable and "no text layer" in doc.pages[0].problem
    assert doc.warnings == ["no text layer on page 1 (scanned images); install nianbao[ocr] to read them by OCR"]


def test_encrypted_pdf_is_a_one_line_error():
    data = _pdf_of_lines([["政府信息公开工作年度报告"]], encrypt=StandardEncryption("secret", ownerPassword="o"))
    with pytest.raises(InputError) as err:
        read_bytes(data, "locked.pdf")
    assert str(err.value) == "locked.pdf: encrypted PDF (password-protected); save an unprotected copy"


def test_truncated_pdf_is_a_one_line_error():
    data = render_pdf(compose(5, "t2021"))
    with pytest.raises(InputError) as err:
        read_bytes(data[: len(data) // 2], "cut.pdf")
    assert "damaged or truncated" in str(err.value) and "\n" not in str(err.value)


# -- ruled tables ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("repeat_header", [False, True])
@pytest.mark.parametrize("template", ["t2021", "t2019"])
def test_ruled_tables_over_page_breaks_come_out_whole(template, repeat_header):
    report = compose(7, template)
    doc = read_bytes(render_pdf(report, font_size=18, repeat_header=repeat_header), "tables.pdf")
    tables = [b for b in report.blocks if b.kind == "table"]
    assert [g.row_texts() for g in doc.grids] == [_expected_grid(b) for b in tables]
    stitched = [g for g in doc.grids if len(g.pages) > 1]
    assert stitched, "the 表三 of this layout runs over a page break"
    for grid in doc.grids:
        for row in grid.rows:
            for cell in row:
                assert cell.source == "pdf" and cell.page in grid.pages
                assert cell.kind == "blank" or cell.bbox is not None
    t3 = doc.grids[1]
    assert {c.page for c in t3.rows[0]} == {t3.pages[0]} and {c.page for c in t3.rows[-1]} == {t3.pages[-1]}


def test_table_continues_under_a_running_header():
    report = compose(8, "t2021")
    header = f"{report.body}政府信息公开工作年度报告"
    doc = read_bytes(render_pdf(report, font_size=18, running_header=header), "headed.pdf")
    tables = [b for b in report.blocks if b.kind == "table"]
    assert [g.row_texts() for g in doc.grids] == [_expected_grid(b) for b in tables]
    assert any(len(g.pages) > 1 for g in doc.grids)
    assert doc.text.count(header) <= 1  # printed on every page, read as page furniture


def test_page_frame_is_not_a_table():
    doc = read_bytes(_pdf_of_lines([["澜川镇2023年政府信息公开工作年度报告", "信息内容 本年制发件数"]], frame=True),
                     "frame.pdf")
    assert doc.grids == []


def _cells(rows: list[list[tuple[str, int]]], top: float, page: int) -> PageTable:
    """A PageTable of rows of (text, column span) on a 4-column ruling, 20 pt per row."""
    cells = []
    for r, row in enumerate(rows):
        x = 50.0
        for text, span in row:
            cells.append(((x, top + 20 * r, x + 100 * span, top + 20 * (r + 1)), text))
            x += 100 * span
    bottom = top + 20 * len(rows)
    return PageTable(page=page, bbox=(50, top, 450, bottom), cells=cells, reaches_bottom=True, reaches_top=True)


def test_label_cut_by_a_page_break_is_joined_and_an_empty_continuation_repeats_it():
    before = _cells([[("分组", 1), ("(一)甲类事项", 1), ("1", 1), ("1", 1)],
                     [("分组", 1), ("(二)乙", 1), ("2", 1), ("2", 1)]], 600, 3)
    # rows of one merged cell print once per page: as rows of a 2-row merge they share the cell
    before.cells = [before.cells[0]] + before.cells[1:4] + before.cells[5:]
    before.cells[0] = ((50, 600, 150, 640), "分组")
    after = _cells([[("", 1), ("类事项", 1), ("3", 1), ("3", 1)],
                    [("", 1), ("(三)丙类事项", 1), ("4", 1), ("4", 1)]], 80, 4)
    after.cells = [((50, 80, 150, 120), "")] + after.cells[1:4] + after.cells[5:]
    groups = group_continuations([before, after])
    assert len(groups) == 1
    grid = build_grid(groups[0])
    assert grid.pages == [3, 4]
    assert [r[:2] for r in grid.row_texts()] == [["分组", "(一)甲类事项"], ["分组", "(二)乙类事项"],
                                                 ["分组", "(二)乙类事项"], ["分组", "(三)丙类事项"]]


def test_tables_apart_on_the_page_are_not_stitched():
    first = _cells([[("信息内容", 2), ("件数", 2)], [("规章", 2), ("1", 2)]], 600, 2)
    first.reaches_bottom = False  # prose follows the table on its page
    second = _cells([[("信息内容", 2), ("件数", 2)], [("规章", 2), ("2", 2)]], 80, 3)
    assert len(group_continuations([first, second])) == 2


# -- the shared real reports (read in place) -------------------------------------------------------------


def _t3(doc):
    return next(g for g in doc.grids if any("本年新收" in c.raw for row in g.rows for c in row))


@pytest.mark.parametrize("name", ["jiangsu_huaian-hongzequ_2024.pdf", "jiangsu_huaianshi_2024.pdf"])
def test_shared_reports_tables_add_up(shared_dir, name):
    doc = read(shared_dir / "corpus" / name)
    assert all(p.usable for p in doc.pages) and not doc.warnings
    assert len(doc.grids) == 3  # 表二, 表三 and 表四; prose boxed in white rectangles is no table
    t3 = _t3(doc)
    assert len(t3.pages) == 2 and t3.n_cols == 10
    data_rows = [r for r in t3.rows if all(c.kind in ("number", "zero") for c in r[3:])]
    assert len(data_rows) >= 20
    for row in data_rows:  # each applicant row: the six kinds add up to the total column
        assert sum(c.value for c in row[3:9]) == row[9].value
    assert all(r[0].raw == "三、本年度办理结果" for r in t3.rows if r[1].raw.startswith("(七)"))
    t4 = doc.grids[-1]
    figures = [c.value for c in t4.rows[-1]]
    for k in (0, 5, 10):  # 维持 + 纠正 + 其他 + 尚未审结 = 总计, for review and both litigation kinds
        assert sum(figures[k:k + 4]) == figures[k + 4]


def _in_a_process_without_fonts(code: str) -> None:
    """Run `code` (asserts) where pdfium finds no installed font, as on a machine without CJK fonts."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    prelude = ("import sys, tempfile\n"
               f"sys.path.insert(0, {str(root)!r})\n"
               "from corpus.synthetic.pdf import read_without_system_fonts\n"
               "read_without_system_fonts(tempfile.mkdtemp())\n")
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          cwd=root, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


def test_one_character_runs_pdfium_cannot_place_are_read_from_the_content_stream():
    """A vertical label printed one character a line, in a CJK font neither embedded nor installed:
    pdfium cannot measure those runs and leaves them out of its text page; their text comes from the
    page's content stream and their boxes from the objects' origins, without pdfminer laying out the page."""
    _in_a_process_without_fonts('''
        import io
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        from parsers import read_bytes
        from parsers.pdf import _read_text_layer
        from parsers.pdf_geometry import PageGeometry

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        buf = io.BytesIO()
        c = canvas.Canvas(buf)
        c.setFont("STSong-Light", 12)
        c.drawString(60, 780, "澜川镇2023年政府信息公开工作年度报告")
        xs, ys = [60, 100, 300, 400], [700, 660, 620, 580]
        for x in xs:
            c.line(x, ys[-1], x, ys[0])
        for y in ys:  # inner rules stop at the merged first column
            c.line(xs[0] if y in (ys[0], ys[-1]) else xs[1], y, xs[-1], y)
        for k, ch in enumerate("办理结果"):  # one merged cell over the three rows, one character a line
            c.drawString(74, 682 - 30 * k, ch)
        for row, (label, figure) in enumerate([("予以公开", "12"), ("部分公开", "3"), ("不予公开", "0")]):
            c.drawString(110, 675 - 40 * row, label)
            c.drawString(340, 675 - 40 * row, figure)
        c.drawString(60, 540, "本机关全年共收到申请十二件。")
        c.drawString(60, 520, "完")
        c.showPage()
        c.save()
        data = buf.getvalue()
        page = _read_text_layer(data, "vertical.pdf")[0][0]
        assert page.lost_text == 0 and isinstance(page.geometry, PageGeometry), page
        doc = read_bytes(data, "vertical.pdf")
        assert "办" in doc.text and "果" in doc.text and "\\n完" in doc.text, doc.text
        assert [row[0].raw for row in doc.grids[0].rows] == ["办理结果"] * 3
        assert [row[2].value for row in doc.grids[0].rows] == [12, 3, 0]
    ''')


@pytest.mark.parametrize("font", ["STSong-Light", "MSung-Light", "HeiseiMin-W3", "HYSMyeongJo-Medium"])
def test_reports_in_cid_fonts_with_one_character_runs_read_as_pdfplumber_reads_them(font):
    _in_a_process_without_fonts(f'''
        import io
        import pdfplumber
        from corpus.synthetic.compose import compose
        from corpus.synthetic.pdf import render_pdf
        from parsers.cells import classify, clean_cell_text
        from parsers.pdf import _read_text_layer, parse_pdf

        data = render_pdf(compose(7, "t2021"), font_size=23, cell_font_size=14, font={font!r}, orphans=True)
        pages, _ = _read_text_layer(data, "r.pdf")
        assert not any(p.lost_text for p in pages)
        ours = {{}}
        doc = parse_pdf(data, "r.pdf", "0", ocr=False)
        seen = set()
        for grid in doc.grids:
            for row in grid.rows:
                for cell in row:
                    key = (cell.page, round(cell.bbox[1], 1), round(cell.bbox[0], 1))
                    if cell.value is not None and key not in seen:
                        seen.add(key)
                        ours.setdefault(cell.page, []).append((key, cell.value))
        ours = {{page: [v for _, v in sorted(cells)] for page, cells in ours.items()}}
        theirs = {{}}
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                for table in page.extract_tables():
                    for row in table:
                        for text in row:
                            value = classify(clean_cell_text(text))[0] if text is not None else None
                            if value is not None:
                                theirs.setdefault(page.page_number, []).append(value)
        assert ours == theirs and sum(map(len, ours.values())) > 100, (ours, theirs)
    ''')
