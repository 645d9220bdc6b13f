"""Text input: encodings detected, normalisation, offsets back to the source."""

from __future__ import annotations

import pytest

from parsers import InputError, read_bytes
from parsers.normalize import normalize_text

REPORT = (
    "青石镇2022年政府信息公开工作年度报告\n"
    "一、总体情况\n"
    "2022年,我镇主动公开政府信息１２３条。\n"
    "二、主动公开政府信息情况\n"
)


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""),
     ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)
def test_encodings_are_detected(encoding, prefix):
    doc = read_bytes(prefix + REPORT.encode(encoding), "r.txt")
    assert "主动公开政府信息123条" in doc.text
    assert doc.medium == "text"


def test_full_width_digits_and_kangxi_radicals_normalised():
    # ⼀ is U+2F00 KANGXI RADICAL ONE, a look-alike of 一 that broken PDF converters emit
    text, _, _ = normalize_text("⼀、总体情况\n收到申请１０件")
    assert text.splitlines() == ["一、总体情况", "收到申请10件"]


def test_wrapped_lines_rejoined_and_page_numbers_dropped():
    # a PDF-to-text conversion: every line cut at the print width (28 columns of CJK), blank lines between
    lines = ["我镇认真贯彻落实条例要求，扎实推进政府信息公开工作，现将情", "", "况报告如下：", "", "- 2 -", "",
             "二、主动公开情况", "",
             "今年以来，全镇在县政府信息公开网站上共计主动公开政府信", "", "息 255 条，其中工作动态 56 条。", "",
             "三是加强监督检查，把公开工作纳入年度考核，落实责任到人，", "", "确保各项制度执行到位。"]
    text, _, _ = normalize_text("\n".join(lines))
    assert "现将情况报告如下:" in text
    assert "主动公开政府信息255条,其中工作动态56条。" in text
    assert "- 2 -" not in text
    assert "二、主动公开情况" in text.splitlines()
    assert "落实责任到人,确保各项制度执行到位。" in text


def test_headings_are_not_joined_to_the_line_before():
    lines = ["这是一行足够长的正文内容用来确定折行宽度一二三四五", "这是一行足够长的正文内容用来确定折行宽度一二三四五",
             "这是一行足够长的正文内容用来确定折行宽度一二三四五", "这是一行足够长的正文内容用来确定折行宽度一二三四五",
             "(一)公开的数量。"]
    text, _, _ = normalize_text("\n".join(lines))
    assert text.splitlines()[-1] == "(一)公开的数量。"


def test_offsets_map_back_to_the_source():
    source = "一、概述\n\n今年我镇主动公开政府信\n\n息 255 条。\n"
    doc = read_bytes(source.encode("utf-8"), "r.txt")
    i = doc.text.index("255")
    assert source[doc.offsets.source_offset(i):].startswith("255")


@pytest.mark.parametrize("data, problem", [(b"", "empty"), (b" \n\t\n", "empty"),
                                           (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
                                           (b"PK\x03\x04" + bytes(100), "zip")])
def test_unreadable_input_raises_one_line_error(data, problem):
    with pytest.raises(InputError) as info:
        read_bytes(data, "bad.bin")
    assert problem in str(info.value) and "\n" not in str(info.value)
