"""Word files: paragraphs with the numbers Word prints, merged table cells, legacy .doc refused clearly."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from corpus.synthetic.compose import compose
from corpus.synthetic.docx import render_docx
from corpus.synthetic.text import render_text
from parsers import InputError, read_bytes
from parsers.docx import LEGACY_PROBLEM, chinese_number, format_number

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def to_bytes(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("numbering", [False, True])
@pytest.mark.parametrize("seed, template", [(0, "t2021"), (1, "t2019"), (2, "narrative")])
def test_synthetic_word_report_reads_like_its_text(seed, template, numbering):
    """Typed or Word-generated heading numbers, the text is the same as the report's text rendering."""
    report = compose(seed, template, level="county")
    doc = read_bytes(render_docx(report, numbering=numbering), "r.docx")
    assert doc.medium == "docx"
    assert doc.text == read_bytes(render_text(report), "r.txt").text
    assert len(doc.grids) == (0 if template == "narrative" else 3)


def test_generated_outline_numbers_restart_under_each_part():
    doc = read_bytes(render_docx(compose(0, "t2021"), numbering=True), "r.docx")
    lines = doc.text.splitlines()
    assert "一、总体情况" in lines and "(五)监督保障" in lines and "六、其他需要报告的事项" in lines
    assert lines.index("(一)主动公开") < lines.index("二、主动公开政府信息情况")


def test_merged_cells_repeat_and_carry_their_address():
    report = compose(3, "t2021", level="city")
    doc = read_bytes(render_docx(report), "r.docx")
    t3 = doc.grids[1]
    assert len(t3.rows) == 28 and t3.n_cols == 10 and t3.source == "docx"
    head = t3.rows[0][0]
    assert head.raw.startswith("(本列数据的勾稽关系为") and t3.rows[2][2].raw == head.raw  # 3×3 merge
    results = [row[0].raw for row in t3.rows[5:27]]
    assert set(results) == {"三、本年度办理结果"}  # vMerge over every result row
    assert t3.rows[7][1].raw == t3.rows[14][1].raw == "(三)不予公开"
    total = report.truth["tables"]["t3"]["total_processed"]["total"]
    assert t3.rows[26][9].value == total and t3.rows[26][9].path == "table 2 row 27 col 10"
    assert t3.rows[6][0].path == "table 2 row 6 col 1"  # a merged slot points at the cell that holds it


def test_chinese_counting_numbers():
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 21, 99, 100, 105, 110, 123)] == [
        "一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十", "一百二十三"]


@pytest.mark.parametrize("n, fmt, printed", [
    (3, "decimalEnclosedCircle", "③"), (2, "ideographTraditional", "乙"), (4, "lowerRoman", "iv"),
    (27, "upperLetter", "AA"), (7, "decimal", "7"), (3, "chineseLegalSimplified", "叁"),
    (5, "decimalFullWidth", "５"), (12, "chineseCountingThousand", "十二")])
def test_word_number_formats(n, fmt, printed):
    assert format_number(n, fmt) == printed


def test_style_based_list_numbering():
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    for item in ("健全工作机制", "规范公开程序", "加强监督检查"):
        document.add_paragraph(item, style="List Number")
    lines = read_bytes(to_bytes(document), "list.docx").text.splitlines()
    assert lines == ["一、总体情况", "1.健全工作机制", "2.规范公开程序", "3.加强监督检查"]


def test_row_starting_after_grid_before_and_deleted_text():
    document = docx.Document()
    para = document.add_paragraph("收到申请")
    para._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>99</w:delText></w:r></w:del>'))
    para.add_run("5件。")
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(("项目", "本年", "上年")):
        table.cell(0, c).text = text
    table.cell(1, 1).text = "4"
    table.cell(1, 2).text = "6"
    row = table.rows[1]._tr
    row.remove(row.findall(qn("w:tc"))[0])  # the row starts one grid column in
    row.insert(0, parse_xml(f'<w:trPr {nsdecls("w")}><w:gridBefore w:val="1"/></w:trPr>'))
    doc = read_bytes(to_bytes(document), "t.docx")
    assert doc.text.splitlines()[0] == "收到申请5件。"
    grid = doc.grids[0]
    assert grid.row_texts() == [["项目", "本年", "上年"], ["", "4", "6"]]
    assert grid.rows[1][0].kind == "blank" and grid.rows[1][2].path == "table 1 row 2 col 3"


def test_one_cell_frame_is_read_as_text():
    document = docx.Document()
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).text = "一、总体情况"
    frame.cell(0, 0).add_paragraph("本年度未收到政府信息公开申请。")
    doc = read_bytes(to_bytes(document), "frame.docx")
    assert doc.grids == [] and doc.text.splitlines() == ["一、总体情况", "本年度未收到政府信息公开申请。"]


def test_legacy_word_file_gives_one_clear_line(monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no LibreOffice to convert with
    data = OLE_MAGIC + b"\x00" * 4096
    with pytest.raises(InputError) as err:
        read_bytes(data, "old/report.doc")
    message = str(err.value)
    assert message == f"old/report.doc: {LEGACY_PROBLEM}" and "\n" not in message


def test_damaged_word_file_is_a_clear_error():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(InputError, match="damaged Word file") as err:
        read_bytes(out.getvalue(), "broken.docx")
    assert "\n" not in str(err.value)


def test_word_file_without_text_is_a_clear_error():
    with pytest.raises(InputError, match="without any text"):
        read_bytes(to_bytes(docx.Document()), "blank.docx")


def test_list_defined_through_a_numbering_style():
    """Outline lists Word builds from a list style: the paragraph's list defers to the style's list."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="71"><w:numStyleLink w:val="ReportOutline"/></w:abstractNum>'))
    first_num.addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="72"><w:styleLink w:val="ReportOutline"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="72"><w:abstractNumId w:val="72"/></w:num>'))
    document.styles.element.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="ReportOutline"><w:name w:val="Report Outline"/>'
        '<w:pPr><w:numPr><w:numId w:val="72"/></w:numPr></w:pPr></w:style>'))
    for text in ("总体情况", "主动公开政府信息情况"):
        para = document.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
    assert read_bytes(to_bytes(document), "styled.docx").text.splitlines() == ["一、总体情况", "二、主动公开政府信息情况"]


def test_a_sliver_grid_column_prints_nothing_of_its_own():
    """An edge dragged a hair off leaves a 1-twip grid column that every row merely continues."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    grid_cols = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for col, width in zip(grid_cols, ("2000", "1", "2000")):
        col.set(qn("w:w"), width)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "项目"
    table.cell(0, 2).text = "数量"
    table.cell(1, 0).text = "规章"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "5"
    grid = read_bytes(to_bytes(document), "sliver.docx").grids[0]
    assert grid.row_texts() == [["项目", "数量"], ["规章", "5"]]


def test_a_custom_number_format_from_newer_word():
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(
        f'<w:abstractNum {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'w:abstractNumId="81"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent>'
        '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>'
        '<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>'
        '<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
    for text in ("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"):
        para = document.add_paragraph(text)
        para._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="81"/></w:numPr>'))
    lines = read_bytes(to_bytes(document), "custom.docx").text.splitlines()
    assert lines == ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"]


def test_legacy_word_file_converted_when_libreoffice_is_installed(tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the conversion path cannot run here")
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(compose(8, "t2021", level="county"), numbering=True))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    "doc", "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    legacy = (tmp_path / "report.doc").read_bytes()
    assert legacy.startswith(OLE_MAGIC)
    doc = read_bytes(legacy, "report.doc")
    original = read_bytes(source.read_bytes(), "report.docx")
    assert doc.medium == "docx" and any("LibreOffice" in w for w in doc.warnings)
    assert doc.text == original.text
    assert [g.row_texts() for g in doc.grids] == [g.row_texts() for g in original.grids]
