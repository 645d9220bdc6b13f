"""Web pages: encodings, the report body among CMS chrome, line structure, tables with merged cells."""

from __future__ import annotations

import json
import time

import pytest

from corpus.synthetic.compose import compose
from corpus.synthetic.html import CONTAINERS, render_html
from corpus.synthetic.text import render_text
from parsers import InputError, read, read_bytes
from parsers.html import decode_html

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青石镇2022年政府信息公开工作年度报告_青石镇人民政府</title>
<script>var visits = 81234;</script></head>
<body>
<div class="top-nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/nb">政府信息公开年报</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/nb">年报</a></div>
<div class="left"><h3>政府信息公开年报</h3><ul><li><a href="/a">青石镇2021年政府信息公开工作年度报告</a></li></ul></div>
<div class="article">
  <h1>青石镇2022年政府信息公开工作年度报告</h1>
  <div class="info">发布时间：2023-01-20 浏览次数：5621</div>
  <div id="zoom">
    <p>一、总体情况</p>
    <p>　　2022年，我镇主动公开政府信息１２３条，其中工作动态<span>80</span>条、通知公告43条。</p>
    <p>第一行<br>第二行</p>
    <div>二、主动公开政府信息情况</div>
    <table border="1">
      <tr><td rowspan="2">项目</td><td colspan="2">数量</td></tr>
      <tr><td>本年</td><td>上年</td></tr>
      <tr><td>规章</td><td>0</td><td>/</td></tr>
      <tr><td>文件</td><td></td><td>12</td></tr>
    </table>
    <p>【打印本页】【关闭窗口】</p>
  </div>
</div>
<div class="footer">联系电话：0571-88889999 网站标识码：3301000001 版权所有</div>
</body></html>"""


def parse(page: str, encoding: str = "gbk", name: str = "page.html"):
    return read_bytes(page.encode(encoding), name)


def test_gbk_page_decoded_by_its_meta_charset():
    doc = parse(PAGE)
    assert doc.medium == "html" and doc.encoding == "gb2312"
    assert "我镇主动公开政府信息123条,其中工作动态80条、通知公告43条。" in doc.text


def test_report_body_found_among_the_chrome():
    doc = parse(PAGE)
    lines = doc.text.splitlines()
    assert lines[0] == "青石镇2022年政府信息公开工作年度报告"  # the title printed outside the article container
    assert lines[1] == "一、总体情况"
    for chrome in ("首页", "当前位置", "0571", "3301000001", "81234", "浏览次数", "打印本页", "2021年政府信息公开"):
        assert chrome not in doc.text


def test_block_elements_and_line_breaks_become_lines():
    lines = parse(PAGE).text.splitlines()
    assert "第一行" in lines and "第二行" in lines and "二、主动公开政府信息情况" in lines


def test_table_becomes_a_grid_with_merged_cells_repeated():
    doc = parse(PAGE)
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert grid.source == "html"
    assert grid.row_texts() == [["项目", "数量", "数量"], ["项目", "本年", "上年"], ["规章", "0", "/"], ["文件", "", "12"]]
    assert [c.kind for c in grid.rows[2]] == ["text", "zero", "slash"]
    assert grid.rows[3][1].kind == "blank" and grid.rows[3][1].value is None and grid.rows[3][2].value == 12
    assert grid.rows[0][0].path == grid.rows[1][0].path and grid.rows[0][0].path.endswith("/tr[1]/td[1]")
    assert grid.rows[3][2].path.endswith("tr[4]/td[3]")


def test_table_printed_once_per_cell_in_the_text():
    lines = parse(PAGE).text.splitlines()
    assert "项目 | 数量 |" in lines and "本年 | 上年 |" in lines and "规章 | 0 | / |" in lines
    assert "文件 | | 12 |" in lines


def test_utf8_page_with_bom_and_no_meta():
    page = "\ufeff<html><body><div><p>一、总体情况</p><p>收到申请5件。</p></div></body></html>"
    doc = read_bytes(page.encode("utf-8"), "bom.html")
    assert doc.medium == "html" and doc.text.splitlines() == ["一、总体情况", "收到申请5件。"]


def test_a_page_whose_meta_charset_lies_is_still_decoded():
    page = PAGE.replace("charset=gb2312", "charset=utf-8")
    doc = parse(page, "gbk")
    assert "我镇主动公开政府信息123条" in doc.text
    assert "gb18030" in doc.encoding and any("charset" in w for w in doc.warnings)


def test_a_western_charset_left_in_a_chinese_template_is_not_believed():
    doc = parse(PAGE.replace("charset=gb2312", "charset=iso-8859-1"), "gbk")
    assert "我镇主动公开政府信息123条" in doc.text and "iso-8859-1" in doc.encoding


def test_decode_without_any_declaration_detects_gb18030():
    text, encoding = decode_html("<html><body><p>政府信息公开工作年度报告</p></body></html>".encode("gb18030"))
    assert encoding == "gb18030" and "年度报告" in text


def test_layout_table_is_read_as_text_not_as_a_grid():
    long_para = "我镇认真贯彻落实《条例》要求，" * 30
    page = (f"<html><body><table><tr><td class='nav'><a href='/'>首页</a></td></tr><tr><td>"
            f"<p>一、总体情况</p><p>{long_para}</p>"
            f"<table><tr><td>规章</td><td>1</td></tr><tr><td>文件</td><td>2</td></tr></table>"
            f"</td></tr></table></body></html>")
    doc = read_bytes(page.encode("utf-8"), "layout.html")
    assert len(doc.grids) == 1 and doc.grids[0].row_texts() == [["规章", "1"], ["文件", "2"]]
    assert doc.text.splitlines()[0] == "一、总体情况"


def test_a_note_row_under_a_statistics_table_keeps_it_a_table():
    note = "注：" + "本表数据来源于各部门上报的统计数据，" * 20
    page = (f"<html><body><div><p>三、收到和处理政府信息公开申请情况</p><table>"
            f"<tr><td>项目</td><td>数量</td></tr><tr><td>本年新收</td><td>5</td></tr>"
            f"<tr><td colspan='2'>{note}</td></tr></table></div></body></html>")
    doc = read_bytes(page.encode("utf-8"), "note.html")
    assert len(doc.grids) == 1 and doc.grids[0].rows[1][1].value == 5
    assert doc.grids[0].rows[2][0].raw == doc.grids[0].rows[2][1].raw


def test_a_table_caption_is_printed_before_its_rows():
    page = ("<html><body><div><table><caption>表三 收到和处理政府信息公开申请情况</caption>"
            "<tr><th>项目</th><th>数量</th></tr><tr><td>本年新收</td><td>5</td></tr></table></div></body></html>")
    doc = read_bytes(page.encode("utf-8"), "caption.html")
    assert doc.text.splitlines() == ["表三收到和处理政府信息公开申请情况", "项目 | 数量 |", "本年新收 | 5 |"]
    assert doc.grids[0].row_texts() == [["项目", "数量"], ["本年新收", "5"]]


def test_nothing_is_fetched_and_no_entity_is_expanded():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/never.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            "<html><body><p>一、总体情况 &xxe; 完</p></body></html>")
    start = time.monotonic()
    doc = read_bytes(page.encode("utf-8"), "xxe.html")
    assert time.monotonic() - start < 5
    assert "root:" not in doc.text and "一、总体情况" in doc.text


def test_a_page_that_only_links_the_report_says_so():
    page = ("<html><head><title>青石镇2022年政府信息公开工作年度报告</title></head><body><div class='nav'>"
            "<a href='/'>首页</a></div><div id='zoom'><p>青石镇2022年政府信息公开工作年度报告详见附件。</p>"
            "<p>附件：<a href='/files/2023/nb.pdf'>青石镇2022年年报.pdf</a></p></div></body></html>")
    with pytest.raises(InputError, match=r"attachment of this page \(青石镇2022年年报.pdf\)") as err:
        read_bytes(page.encode("utf-8"), "notice.html")
    assert "\n" not in str(err.value)


def test_page_without_text_is_a_clear_error():
    with pytest.raises(InputError, match="without any text") as err:
        read_bytes(b"<html><body><div><script>x=1</script></div></body></html>", "empty.html")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("seed, box", list(enumerate(CONTAINERS)) + [(4, None), (5, None)])
def test_synthetic_cms_pages_read_like_the_text_of_the_report(seed, box):
    """Whatever CMS container holds the article, the page reads as the report's text rendering."""
    report = compose(seed, ("t2021", "t2019")[seed % 2], level=("town", "county", "street", "city")[seed % 4])
    page = read_bytes(render_html(report, "gbk", seed=seed, box=box), "page.html")
    text = read_bytes(render_text(report), "page.txt")
    assert page.text == text.text
    assert [b.name for b in report.blocks if b.kind == "table"] and len(page.grids) == 3
    t3 = next(b for b in report.blocks if b.name == "t3")
    anchors = {(r, c): t3.rows[r][c] for r, c, _, _ in t3.spans}
    expected = [[t3.rows[r][c] for c in range(10)] for r in range(len(t3.rows))]
    for (r, c), text_ in anchors.items():
        span = next(s for s in t3.spans if s[:2] == (r, c))
        for i in range(span[2]):
            for j in range(span[3]):
                expected[r + i][c + j] = text_
    assert [[c.raw for c in row] for row in page.grids[1].rows] == [
        [_nfkc(x) for x in row] for row in expected]


def _nfkc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def test_acceptance_fixture_grids_are_faithful(shared_dir):
    path = shared_dir / "corpus" / "KIROGOVCOMPARE_filingHtmlImport_SAMPLE_HTML_hangzhou-style.html"
    truth = json.loads((shared_dir / "truth" / (path.stem + ".json")).read_text("utf-8"))["tables"]
    doc = read(path)
    assert [(len(g.rows), g.n_cols) for g in doc.grids] == [(14, 4), (28, 10), (4, 15)]
    t3 = doc.grids[1]
    total_row = next(row for row in t3.rows if row[1].raw == "(七)总计")
    cols = ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_org",
            "legal_service_org", "other_org", "total")
    assert [c.value for c in total_row[3:]] == [truth["t3"]["total_processed"][k] for k in cols]
    t4 = doc.grids[2]
    assert t4.rows[3][4].value == truth["t4"]["review"]["total"]
    assert t4.rows[2][0].kind == "blank" and t4.rows[0][7].raw == "行政诉讼"
