"""Scanned PDFs read by OCR: lines, ruled tables from the image, provenance, and the missing extra."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import nianbao
import parsers
from parsers.ocr import OcrBox, describe_pages, group_lines, join_line, missing_ocr_message, ocr_available

ROOT = Path(__file__).resolve().parents[1]
DPI = 200
needs_ocr = pytest.mark.skipif(not ocr_available(), reason="the ocr extra (pip install -e '.[ocr]') is not installed")


# ---- page descriptions and line grouping (no engine needed) ----

def test_pages_are_named_in_runs():
    assert describe_pages([4]) == "page 4"
    assert describe_pages([5, 1, 2, 3]) == "pages 1-3, 5"
    assert missing_ocr_message([1, 2, 3, 4, 5]) == "pages 1-5 have no text layer; install nianbao[ocr] to read them"
    assert missing_ocr_message([2]) == "page 2 has no text layer; install nianbao[ocr] to read them"


def _box(text, x0, top, x1, bottom, confidence=0.99):
    return OcrBox(text, (x0, top, x1, bottom), confidence)


def test_boxes_group_into_lines_by_vertical_overlap_and_read_left_to_right():
    boxes = [
        _box("53", 820, 1290, 860, 1316),  # same row as the label, a little lower
        _box("本年新收申请", 210, 1282, 550, 1310),
        _box("3001", 715, 1288, 768, 1315),
        _box("二、上年结转", 210, 1350, 550, 1376),  # the next row
        _box("34", 725, 1355, 760, 1384),
    ]
    lines = group_lines(boxes)
    assert [[b.text for b in line] for line in lines] == [["本年新收申请", "3001", "53"], ["二、上年结转", "34"]]
    assert join_line(lines[0]) == "本年新收申请 3001 53"


def test_touching_boxes_join_without_a_space_and_chinese_is_never_spaced():
    line = group_lines([_box("第二十条", 100, 50, 220, 80), _box("第(一)项", 224, 50, 330, 80)])[0]
    assert join_line(line) == "第二十条第(一)项"
    spread = group_lines([_box("(三)", 100, 50, 150, 80), _box("不予公开", 190, 50, 300, 80),
                          _box("2", 500, 50, 515, 80), _box("0", 600, 50, 615, 80)])[0]
    assert join_line(spread) == "(三)不予公开 2 0"
    assert join_line(group_lines([_box("申请", 100, 50, 150, 80), _box("信息", 190, 50, 240, 80)])[0]) == "申请信息"


def test_a_slanted_stroke_read_as_1_is_a_slash_and_an_upright_one_stays_1():
    cv2 = pytest.importorskip("cv2", reason="OpenCV comes with the ocr extra")
    from parsers.ocr import read_slashes

    img = np.full((200, 400), 255, dtype=np.uint8)
    cv2.line(img, (60, 40), (40, 120), 0, 3)  # "/" leaning 14°
    cv2.line(img, (250, 40), (250, 120), 0, 4)  # the stem of a "1"
    cv2.line(img, (240, 120), (260, 120), 0, 3)  # and its foot
    boxes = [_box("1", 30, 35, 70, 125), _box("1", 235, 35, 265, 125), _box("11", 30, 35, 70, 125)]
    read_slashes(img, boxes)
    assert [b.text for b in boxes] == ["/", "1", "11"]


def test_a_table_under_a_running_header_still_reaches_the_top_of_its_page():
    from parsers.ocr import OcrLine, OcrPage, mark_page_edges, running_lines
    from parsers.pdf_tables import PageTable

    header = "某县人民政府 2023年政府信息公开工作年度报告"
    pages = [OcrPage(number=n, lines=[OcrLine(header, (50, 30, 500, 45), 0.99)], prose=[
        OcrLine(header, (50, 30, 500, 45), 0.99), OcrLine(f"- {n} -", (250, 800, 280, 812), 0.9)],
        tables=[PageTable(page=n, bbox=(50, 100, 500, 700), cells=[])]) for n in (1, 2, 3)]
    mark_page_edges(pages[1], set())
    assert (pages[1].tables[0].reaches_top, pages[1].tables[0].reaches_bottom) == (False, True)
    furniture = running_lines(pages)
    assert furniture == {"某县人民政府2023年政府信息公开工作年度报告"}
    mark_page_edges(pages[1], furniture)
    assert pages[1].tables[0].reaches_top


def test_a_box_read_across_a_rule_is_split_into_the_cells_under_its_words():
    from parsers.ocr import assign_to_cells
    from parsers.ocr_tables import RuledTable, TableCell

    table = RuledTable(xs=[0, 300, 500], ys=[0, 60, 120], cells=[
        TableCell(0, 0, 1, 1, (0, 0, 300, 60)), TableCell(0, 1, 1, 2, (300, 0, 500, 60)),
        TableCell(1, 0, 2, 1, (0, 60, 300, 120)), TableCell(1, 1, 2, 2, (300, 60, 500, 120))])
    across = _box("行政许可 447", 20, 15, 420, 45)
    across.words = [_box(ch, 20 + 30 * i, 15, 50 + 30 * i, 45) for i, ch in enumerate("行政许可")]
    across.words.append(_box("447", 340, 15, 420, 45, confidence=0.9))
    inside = _box("行政强制", 20, 75, 140, 105)
    outside = _box("单位:件", 20, 150, 140, 180)
    loose = assign_to_cells([across, inside, outside], [table])
    assert loose == [outside]
    assert "".join(b.text for b in table.cells[0].boxes) == "行政许可"
    assert [(b.text, b.confidence) for b in table.cells[1].boxes] == [("447", 0.9)]
    assert table.cells[2].boxes == [inside] and table.cells[3].boxes == []


def test_a_page_declared_huge_is_rendered_coarser_not_into_gigabytes():
    import io

    import pypdfium2 as pdfium
    from PIL import Image

    from parsers.ocr import MAX_RENDER_SIDE, render_dpi

    def one_page(size_px, resolution):
        buf = io.BytesIO()
        Image.new("RGB", size_px, "white").save(buf, "PDF", resolution=resolution)
        return pdfium.PdfDocument(buf.getvalue())[0]

    assert render_dpi(one_page((827, 1170), 100), DPI) == DPI  # A4
    huge = one_page((400, 4000), 3.6)  # declared 2.8 m x 28 m
    assert max(huge.get_size()) * render_dpi(huge, DPI) / 72 == pytest.approx(MAX_RENDER_SIDE)


# ---- ruled tables found in an image ----

def _blank_page(width=1654, height=2339) -> np.ndarray:
    return np.full((height, width), 255, dtype=np.uint8)


def _rule(img, x0, y0, x1, y1, width=2):
    img[y0:y1 + width, x0:x1 + width] = 0


def test_rules_make_a_lattice_with_merged_cells_and_characters_are_not_rules():
    pytest.importorskip("cv2", reason="OpenCV comes with the ocr extra")
    from parsers.ocr_tables import find_tables

    img = _blank_page()
    xs, ys = [150, 700, 900, 1100, 1300], [400, 470, 540, 610]
    for y in ys:
        _rule(img, xs[0], y, xs[-1], y)
    for x in xs:
        # the rules between the last three columns stop below the header row: one merged header cell
        _rule(img, x, ys[1] if x in (900, 1100) else ys[0], x, ys[-1])
    for i in range(12):  # character strokes of 14 pt type: short bars, under 0.3 inch
        _rule(img, 200 + 60 * i, 200, 240 + 60 * i, 200, width=3)
        _rule(img, 220 + 60 * i, 180, 220 + 60 * i, 230, width=3)
    _rule(img, 150, 1000, 1300, 1000)  # a lone separator rule is no table

    tables = find_tables(img, DPI)
    assert len(tables) == 1
    table = tables[0]
    assert (table.n_rows, table.n_cols) == (3, 4)
    header = table.cell_at(1000, 430)
    assert (header.row, header.col, header.row_end, header.col_end) == (0, 1, 1, 4)
    assert table.cell_at(1000, 580).col_end - table.cell_at(1000, 580).col == 1
    assert len(table.cells) == 2 + 4 + 4


def test_an_open_sided_table_keeps_its_outer_columns():
    pytest.importorskip("cv2", reason="OpenCV comes with the ocr extra")
    from parsers.ocr_tables import find_tables

    img = _blank_page()
    for y in (400, 470, 540, 610):
        _rule(img, 150, y, 1300, y)
    for x in (700, 900, 1100):  # inner rules only: no frame on the left or right
        _rule(img, x, 400, x, 610)
    tables = find_tables(img, DPI)
    assert len(tables) == 1
    assert (tables[0].n_rows, tables[0].n_cols) == (3, 4)
    assert tables[0].xs[0] < 160 and tables[0].xs[-1] > 1290


# ---- a synthetic scanned report through the whole reader ----

def _draw_table(draw, font, x_edges, top, row_height, rows, merged_header=False):
    """Rows of cell texts; with `merged_header` the first row's last cells are one cell."""
    bottom = top + row_height * len(rows)
    for r in range(len(rows) + 1):
        draw.line([(x_edges[0], top + r * row_height), (x_edges[-1], top + r * row_height)], fill=0, width=2)
    for c, x in enumerate(x_edges):
        start = top + row_height if merged_header and 1 < c < len(x_edges) - 1 else top
        draw.line([(x, start), (x, bottom)], fill=0, width=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                draw.text((x_edges[c] + 20, top + r * row_height + 18), text, fill=0, font=font)
    return bottom


def _synthetic_scan(path: Path, tilt: float = 0.0, sideways: bool = False) -> None:
    """Two scanned pages: prose, then a ruled table that runs on over the page break; `tilt` degrees
    turns the pages as a sheet fed askew into a scanner would be, `sideways` lays them on their side."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=34)
    x_edges = [150, 650, 900, 1150, 1400]
    page1 = Image.new("L", (1654, 2339), 255)
    d = ImageDraw.Draw(page1)
    d.text((150, 200), "Annual disclosure report 2024", fill=0, font=font)
    d.text((150, 280), "We received 3054 requests and answered 3049 of them.", fill=0, font=font)
    rows1 = [["kind", "applicants", "", ""],
             ["", "person", "firm", "total"],
             ["received", "3001", "53", "3054"],
             ["granted", "1288", "21", "1309"],
             ["denied", "7", "/", "7"]]
    rows1 += [[f"item {n}", str(10 * n), str(n), str(11 * n)] for n in range(1, 20)]
    bottom = _draw_table(d, font, x_edges, 420, 75, rows1, merged_header=True)
    d.text((800, bottom + 60), "- 1 -", fill=0, font=font)
    page2 = Image.new("L", (1654, 2339), 255)
    d = ImageDraw.Draw(page2)
    bottom = _draw_table(d, font, x_edges, 200, 75, [["pending", "12", "", "12"], ["closed", "5", "1", "6"]])
    d.text((150, bottom + 80), "Problems and plans for the next year.", fill=0, font=font)
    page1, page2 = (p.rotate(tilt, resample=Image.BICUBIC, fillcolor=255) for p in (page1, page2))
    if sideways:
        page1, page2 = (p.rotate(-90, expand=True) for p in (page1, page2))
    page1.convert("RGB").save(path, save_all=True, append_images=[page2.convert("RGB")], resolution=DPI)


@pytest.fixture(scope="module")
def synthetic_doc(tmp_path_factory):
    path = tmp_path_factory.mktemp("scan") / "synthetic_scan.pdf"
    _synthetic_scan(path)
    return parsers.read(path)


def _row(grid, label):
    return next(row for row in grid.rows if row[0].raw == label)


@needs_ocr
def test_scanned_pages_are_read_and_marked(synthetic_doc):
    doc = synthetic_doc
    assert doc.medium == "pdf-scanned"
    assert [p.ocr for p in doc.pages] == [True, True]
    assert not any("no text layer" in w for w in doc.warnings)
    assert "We received 3054 requests and answered 3049 of them." in doc.text
    assert "received 3001 53 3054" in doc.text  # a table row is one line, cells in column order
    assert doc.read_by_ocr(doc.text.index("pending"))


@needs_ocr
def test_a_ruled_table_on_scans_becomes_one_grid_over_the_page_break(synthetic_doc):
    grids = synthetic_doc.grids
    assert len(grids) == 1
    grid = grids[0]
    assert grid.source == "ocr" and grid.pages == [1, 2] and grid.n_cols == 4
    assert [c.raw for c in grid.rows[0][1:]] == ["applicants"] * 3  # the merged header fills its slots
    assert [c.value for c in _row(grid, "granted")[1:]] == [1288, 21, 1309]
    assert [c.kind for c in _row(grid, "denied")[1:]] == ["number", "slash", "number"]
    pending = _row(grid, "pending")
    assert pending[2].kind == "blank" and pending[2].confidence is None and pending[2].page == 2
    assert [c.value for c in _row(grid, "item 19")[1:]] == [190, 19, 209]
    for row in grid.rows:
        for cell in row:
            assert cell.source == "ocr"
            if cell.raw:
                assert 0.3 <= cell.confidence <= 1.0
    x0, top, x1, bottom = _row(grid, "granted")[1].bbox  # PDF points: pixels * 72 / 200
    assert abs(x0 - 650 * 0.36) < 2 and abs(x1 - 900 * 0.36) < 2 and abs(top - (420 + 3 * 75) * 0.36) < 2


@needs_ocr
def test_pages_scanned_askew_are_levelled_before_their_rules_are_found(tmp_path):
    path = tmp_path / "askew.pdf"
    _synthetic_scan(path, tilt=1.2)
    doc = parsers.read(path)
    assert len(doc.grids) == 1 and doc.grids[0].pages == [1, 2]
    assert [c.value for c in _row(doc.grids[0], "granted")[1:]] == [1288, 21, 1309]
    assert [c.value for c in _row(doc.grids[0], "closed")[1:]] == [5, 1, 6]


@needs_ocr
def test_the_engine_needs_no_network_its_models_ship_in_the_wheel(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (600, 120), "white")
    ImageDraw.Draw(image).text((20, 30), "received 3054", fill="black", font=ImageFont.load_default(size=40))
    image.save(tmp_path / "line.png")
    dead = "http://127.0.0.1:9"  # any download would fail here
    env = {**__import__("os").environ, "HTTP_PROXY": dead, "HTTPS_PROXY": dead, "http_proxy": dead,
           "https_proxy": dead, "ALL_PROXY": dead, "NO_PROXY": ""}
    code = ("import sys, numpy as np; from PIL import Image; from parsers.ocr import read_boxes; "
            "print(' '.join(b.text for b in read_boxes(np.asarray(Image.open(sys.argv[1]).convert('RGB')))))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "line.png")], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["received", "3054"]


@needs_ocr
def test_pages_scanned_on_their_side_are_turned_upright(tmp_path):
    path = tmp_path / "sideways.pdf"
    _synthetic_scan(path, sideways=True)
    doc = parsers.read(path)
    assert "We received 3054 requests and answered 3049 of them." in doc.text
    assert len(doc.grids) == 1 and doc.grids[0].pages == [1, 2]
    assert [c.value for c in _row(doc.grids[0], "granted")[1:]] == [1288, 21, 1309]


@needs_ocr
def test_a_blank_scanned_page_reads_as_nothing_and_says_nothing(capfd):
    from parsers.ocr import read_image

    page = read_image(np.full((2339, 1654, 3), 255, dtype=np.uint8), 3, DPI)
    assert (page.number, page.lines, page.tables) == (3, [], [])
    assert capfd.readouterr().err == ""


# ---- the extra missing: one clear line, no traceback ----

_WITHOUT_ENGINE = "import sys; sys.modules['rapidocr'] = None; sys.modules['onnxruntime'] = None; "


def _run_without_engine(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _WITHOUT_ENGINE + code, *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


def test_without_the_extra_a_scan_gives_one_clear_line(tmp_path):
    pytest.importorskip("PIL")
    path = tmp_path / "scan.pdf"
    _synthetic_scan(path)
    read = _run_without_engine("import json, parsers; d = parsers.read(sys.argv[1]); "
                               "print(json.dumps([d.medium, d.text, d.warnings, [p.ocr for p in d.pages]]))",
                               str(path))
    assert read.returncode == 0, read.stderr
    medium, text, warnings, ocr_flags = json.loads(read.stdout)
    assert text == "" and ocr_flags == [False, False]
    assert any("pages 1-2" in w and "nianbao[ocr]" in w for w in warnings)

    cli = _run_without_engine("from nianbao.cli import main; sys.argv = ['nianbao', 'extract', sys.argv[1]]; "
                              "sys.exit(main())", str(path))
    assert cli.returncode == 1
    assert cli.stdout == ""
    lines = cli.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in cli.stderr
    assert str(path) in lines[0] and "pages 1-2" in lines[0] and "nianbao[ocr]" in lines[0]


# ---- acceptance: a real report, printed to images ----

def _flatten(node, prefix=()):
    if isinstance(node, dict) and not ("value" in node and "kind" in node):
        out = {}
        for key, child in node.items():
            out.update(_flatten(child, prefix + (key,)))
        return out
    return {prefix: node}


@pytest.fixture(scope="module")
def scanned_report(shared_dir, tmp_path_factory):
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(shared_dir / "corpus" / "jiangsu_huaianshi_2024.pdf")
    images = [source[i].render(scale=DPI / 72).to_pil().convert("RGB") for i in range(len(source))]
    source.close()
    path = tmp_path_factory.mktemp("huaian") / "huaianshi_scanned.pdf"
    images[0].save(path, save_all=True, append_images=images[1:], resolution=DPI)
    started = time.perf_counter()
    report = nianbao.extract(path)
    seconds = time.perf_counter() - started
    print(f"\nOCR: {seconds / len(images):.1f} s per page ({len(images)} pages, {seconds:.1f} s)")
    return report


@needs_ocr
def test_scanned_report_cells_match_the_truth(scanned_report, shared_dir):
    truth = json.loads((shared_dir / "truth" / "jiangsu_huaianshi_2024.json").read_text(encoding="utf-8"))
    want = _flatten(truth["tables"])
    got = _flatten(scanned_report.to_dict()["tables"])
    right = [k for k, v in want.items() if k in got and got[k]["value"] == v]
    wrong = {k: got.get(k) for k in want if k not in right}
    print(f"OCR cells right: {len(right)}/{len(want)} = {len(right) / len(want):.1%}")
    assert scanned_report.document.medium == "pdf-scanned"
    assert len(right) >= 0.95 * len(want), sorted(wrong)[:20]
    assert all(cell is not None and cell.get("source") == "ocr" for cell in wrong.values()), wrong


@needs_ocr
def test_scanned_report_figures_are_marked_as_read_by_ocr(scanned_report):
    d = scanned_report.to_dict()
    assert d["facts"], "narrative facts are read from OCR'd text"
    assert {f.get("source") for f in d["facts"]} == {"ocr"}
    cells = _flatten(d["tables"]).values()
    assert cells and {c.get("source") for c in cells} == {"ocr"}
