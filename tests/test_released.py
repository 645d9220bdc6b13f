"""When a report was made public: the page header in the usual CMS forms, PDF and Word metadata, the signature."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import docx
import pytest

import nianbao
from corpus.findings import check_findings
from corpus.synthetic.compose import compose
from corpus.synthetic.html import body_html
from corpus.synthetic.pdf import render_pdf
from corpus.synthetic.text import text_of
from extract import build_report
from parsers import read_bytes
from parsers.dates import header_date, pdf_date, w3c_date


@pytest.fixture(scope="module")
def town_report():
    """A 2022 town report, signed 2023年1月 or later (the composer draws the signature date)."""
    return compose(11, "t2021", body="青石镇人民政府", place="青石镇", level="town", year=2022)


def _signature(report) -> str:
    return report.published


def _page(report, header: str, head_meta: str = "", box: str = '<div id="zoom">') -> bytes:
    title = next(b.text for b in report.blocks if b.kind == "title")
    close = "</td>" if box.startswith("<td") else "</div>"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head_meta}<title>{title}_青石镇人民政府</title>
<script>var pubdate = "2030-01-01";</script></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="crumbs">当前位置：首页 &gt; 政府信息公开年报</div>
<div class="left"><ul><li><a href="/a">青石镇2021年政府信息公开工作年度报告</a></li></ul></div>
<div class="article"><h1>{title}</h1>
{header}
<table class="layout"><tr>{box}{body_html(report)}{close}</tr></table></div>
<div class="footer">版权所有 © 2023 联系电话：0571-88889999</div></body></html>"""
    if not box.startswith("<td"):
        page = page.replace('<table class="layout"><tr>', "").replace("</tr></table></div>", "</div>", 1)
    return page.encode("utf-8")


# the info line as CMS templates print it above the article (outside the article box)
CMS_HEADERS = [
    ('<div class="article-info">发布日期：2023-03-08 来源：青石镇人民政府 浏览次数：5621</div>', "发布日期"),
    ('<div class="info"><span>发布时间：2023-03-08 15:35</span><span>来源：青石镇</span><span>字号：大 中 小</span></div>',
     "发布时间"),
    ('<p class="xxgk-info">信息来源: 青石镇人民政府 发布日期: 2023年03月08日 浏览次数: 次</p>', "发布日期"),
    ('<div class="toolbar">发表时间：2023/03/08 【打印本页】【关闭窗口】</div>', "发表时间"),
    ('<td class="time">作者:本站原创 | 来源:本站原创 | 时间:2023-03-08 点击数:- 分享到:</td>', "时间"),
    ('<div class="property"><span>日期:2023-03-08 08:50:00</span> <span>字号:</span></div>', "日期"),
    ('<ul class="fields"><li>成文日期：2023-01-05</li><li>公开日期：2023-03-08</li></ul>', "公开日期"),
]


@pytest.mark.parametrize(("header", "key"), CMS_HEADERS)
def test_page_header_publication_time_in_the_usual_cms_forms(town_report, header, key):
    report = build_report(read_bytes(_page(town_report, header), "page.html"))
    assert (report.released, report.released_source) == ("2023-03-08", "page_header")
    assert report.document.dates[0].key == key
    assert report.published == _signature(town_report)  # the signature date keeps its meaning


def test_page_header_in_a_td_article_box(town_report):
    header = '<div class="article-info">发布时间：2023-01-16 09:12 来源：青石镇</div>'
    report = build_report(read_bytes(_page(town_report, header, box='<td class="bt_content">'), "page.html"))
    assert (report.released, report.released_source) == ("2023-01-16", "page_header")


def test_pubdate_meta_tag_when_the_page_prints_no_date(town_report):
    page = _page(town_report, "", head_meta='<meta name="PubDate" content="2023-01-16 09:12">')
    report = build_report(read_bytes(page, "page.html"))
    assert (report.released, report.released_source) == ("2023-01-16", "page_header")
    assert report.document.dates[0].key == "PubDate"


def test_a_written_date_is_no_publication_time(town_report):
    """成文日期 / 发文日期 say when the document was written: the signature is the evidence left."""
    header = '<div class="info">成文日期：2023-01-05 发文日期：2023-01-06 公文生成日期：2023-01-07</div>'
    report = build_report(read_bytes(_page(town_report, header), "page.html"))
    assert (report.released, report.released_source) == (_signature(town_report), "signature")


@pytest.mark.parametrize(("head", "expected"), [
    ("发布时间: 2025-03-10 15:35\n", ("2025-03-10", "发布时间")),
    ("作者:本站原创|来源:本站原创|时间:2019-01-18点击数:-\n", ("2019-01-18", "时间")),
    ("来源:原创发布时间:2023-01-31 13:24浏览次数:次\n", ("2023-01-31", "发布时间")),  # spaces lost in conversion
    ("信息来源:兴化市大营镇发布日期:2024-01-20 09:19浏览次数:\n", ("2024-01-20", "发布日期")),
    ("来源:昌图县人民政府办公室时间:2024-01-31\n", ("2024-01-31", "时间")),
    ("日期: 2019-03-14浏览量:102文字大小:\n", ("2019-03-14", "日期")),
    ("成文日期 2024-01-16 发布机构 下各镇\n发布日期: 2024-01-16 访问次数:\n", ("2024-01-16", "发布日期")),
    ("- 公文生成日期:2026-01-09\n", None),
    ("发文日期: 2026-01-15\n", None),
    ("本报告统计时间:2019年1月1日至12月31日。\n", None),
    ("更新时间：2024-05-01 来源：本站\n", None),
])
def test_page_header_in_text_converted_from_a_page(head, expected):
    found = header_date(head + "某镇2023年政府信息公开工作年度报告\n")
    assert (None if found is None else (found[0].date, found[0].key)) == expected


def test_saved_page_as_text_uses_its_header(town_report):
    text = "发布时间：2023-02-14 10:20 来源：青石镇人民政府 浏览次数：12\n" + text_of(town_report)
    report = build_report(read_bytes(text.encode("utf-8"), "page.txt"))
    assert (report.released, report.released_source) == ("2023-02-14", "page_header")
    check = next(c for c in report.checks if c.id == "timeliness.deadline")
    assert check.status == "fail" and check.expected == "2023-01-31" and check.actual == "2023-02-14"
    assert "14 days late" in check.message and "town" in check.message
    span = check.cells[0]
    assert report.document.text[span["start"]:span["end"]] == span["text"] == "发布时间:2023-02-14 10:20"


def test_pdf_with_metadata_dates(town_report):
    doc = read_bytes(render_pdf(town_report, dated="D:20230125093000+08'00'"), "report.pdf")
    report = build_report(doc)
    assert (report.released, report.released_source) == ("2023-01-25", "metadata")
    assert [d.key for d in doc.dates] == ["ModDate", "CreationDate"]


def test_a_late_pdf_is_found_by_its_metadata_field(town_report):
    report = build_report(read_bytes(render_pdf(town_report, dated="D:20230301080000+08'00'"), "report.pdf"))
    check = next(c for c in report.checks if c.id == "timeliness.deadline")
    assert check.status == "fail" and "29 days late" in check.message
    d = report.to_dict()
    assert [f["where"] for f in check_findings(d, check.to_dict())] == [
        "文件元数据 ModDate “D:20230301080000+08'00'” 对照 截止日期 2023-01-31"]


def test_pdf_without_metadata_dates_falls_back_to_the_signature(town_report):
    report = build_report(read_bytes(render_pdf(town_report, dated=""), "report.pdf"))
    assert report.document.dates == []
    assert (report.released, report.released_source) == (_signature(town_report), "signature")


def test_pdf_metadata_placeholder_or_template_date_is_not_real(town_report):
    """2000-01-01 (a generator's fixed date) or a date before the year covered ended is no publication."""
    for dated in ("D:20000101000000+00'00'", "D:20220315080000+08'00'"):
        report = build_report(read_bytes(render_pdf(town_report, dated=dated), "report.pdf"))
        assert report.document.dates and report.released_source == "signature", dated


def test_docx_core_properties(town_report):
    document = docx.Document()
    for block in town_report.blocks:
        if block.kind != "table":
            document.add_paragraph(block.text)
    document.core_properties.created = datetime(2019, 6, 1, 8, 0, tzinfo=timezone.utc)  # last year's template
    document.core_properties.modified = datetime(2023, 1, 30, 17, 30, tzinfo=timezone.utc)  # 31 Jan in China
    buf = io.BytesIO()
    document.save(buf)
    report = build_report(read_bytes(buf.getvalue(), "report.docx"))
    assert (report.released, report.released_source) == ("2023-01-31", "metadata")


def test_metadata_date_formats():
    assert pdf_date("ModDate", "D:20250130170000Z").date == "2025-01-31"  # UTC evening is the next day in China
    assert pdf_date("ModDate", "D:20250225101710").date == "2025-02-25"  # no offset: taken as printed
    assert pdf_date("ModDate", "D:2025") is None and pdf_date("ModDate", "") is None
    assert pdf_date("ModDate", "D:20240105120000+27'00'") is None  # an offset of a day or more: damaged
    assert w3c_date("dcterms:created", "2025-03-10T07:35:00Z").date == "2025-03-10"


def test_report_json_carries_released(seed_path):
    d = nianbao.extract(seed_path).to_dict()
    assert (d["published"], d["released"], d["released_source"]) == ("2018-12-30", "2018-12-30", "signature")
    assert list(d)[list(d).index("published") + 1:list(d).index("published") + 3] == ["released", "released_source"]
