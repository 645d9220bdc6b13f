"""parsers.normalize: what the shared normalisation undoes, and the offsets contract it keeps."""

from __future__ import annotations

import pytest

from parsers.normalize import display_width, normalize_pages, normalize_text, split_lines


def _page(lines: list[str], base: int) -> list[tuple[str, int]]:
    out, pos = [], base
    for line in lines:
        out.append((line, pos))
        pos += len(line) + 1
    return out


def test_full_width_punctuation_becomes_ascii():
    text, _, _ = normalize_text("（一）主动公开情况：全年１２条，其中通知３条；")
    assert text == "(一)主动公开情况:全年12条,其中通知3条;"


def test_an_expanding_compatibility_char_maps_every_output_char_to_its_source():
    text, offsets, _ = normalize_text("x㈡公开")  # U+3221 PARENTHESIZED IDEOGRAPH TWO
    assert text == "x(二)公开"
    assert [offsets.source_offset(i) for i in range(len(text))] == [0, 1, 1, 1, 2, 3]


def test_a_circled_number_reads_as_a_bracketed_one_not_a_digit_glued_to_its_label():
    text, offsets, _ = normalize_text("①县政府网站:92条")
    assert text == "(1)县政府网站:92条"
    assert [offsets.source_offset(i) for i in range(4)] == [0, 0, 0, 1]


def test_spaces_between_cjk_and_digits_are_closed_but_latin_words_keep_theirs():
    text, _, _ = normalize_text("工作动态 56 条, Open  Data 平台\n2018 年 共 3 件")
    assert text.splitlines() == ["工作动态56条, Open Data 平台", "2018年共3件"]


@pytest.mark.parametrize("marker", ["- 3 -", "— 3 —", "第 3 页", "第3页 共9页", "3/9", "Page 3 of 9"])
def test_page_number_lines_are_dropped(marker):
    text, _, _ = normalize_text(f"正文一\n{marker}\n正文二")
    assert text.splitlines() == ["正文一", "正文二"]


def test_bare_numbers_at_a_page_edge_go_only_where_page_breaks_are_real():
    paged, _, _ = normalize_text("第一页正文\n7\f第二页正文")
    assert paged.splitlines() == ["第一页正文", "第二页正文"]
    plain, _, _ = normalize_text("行政许可\n7")
    assert plain.splitlines() == ["行政许可", "7"]  # a table cell of a text rendering


def test_running_header_dropped_but_kept_once_as_the_title_on_the_first_page():
    header = "青石镇2023年政府信息公开工作年度报告"
    pages = [_page([header, "一、总体情况", "第一页的正文内容。"], 0),
             _page([header, "第二页的正文内容。", "- 2 -"], 100),
             _page([header, "第三页的正文内容。", "- 3 -"], 200)]
    text, _, spans = normalize_pages(pages)
    assert text.splitlines() == [header, "一、总体情况", "第一页的正文内容。", "第二页的正文内容。", "第三页的正文内容。"]
    assert [(p.number, text[p.start:p.end]) for p in spans][1:] == [(2, "第二页的正文内容。"), (3, "第三页的正文内容。")]


def test_a_running_footer_is_dropped_everywhere():
    footer = "白沙街道办事处印发"
    pages = [_page(["第一页正文。", "第一页还有一行。", footer], 0), _page(["第二页正文。", footer], 50),
             _page(["第三页正文。", footer], 100)]
    text, _, _ = normalize_pages(pages)
    assert footer not in text


def test_lines_split_whatever_the_line_endings_with_their_offsets():
    assert split_lines("甲\r\n乙\r丙\n丁") == [("甲", 0), ("乙", 3), ("丙", 5), ("丁", 7)]
    assert split_lines("a\nb", base=10) == [("a", 10), ("b", 12)]


def test_form_feeds_are_page_breaks_and_page_spans_cover_their_text():
    text, _, pages = normalize_text("第一页\f第二页\n还是第二页")
    assert [(p.number, text[p.start:p.end]) for p in pages] == [(1, "第一页"), (2, "第二页\n还是第二页")]


def test_table_rows_are_not_joined_as_wrapped_lines():
    body = "这是一行足够长的正文内容用来确定折行的宽度一二三四五六七"
    lines = [body] * 5 + ["规章 | 0 | 0 | 0 |", "行政规范性文件 | 2 | 0 | 15 |"]
    text, _, _ = normalize_text("\n".join(lines))
    assert text.splitlines()[-2:] == ["规章 | 0 | 0 | 0 |", "行政规范性文件 | 2 | 0 | 15 |"]


def test_a_saved_pages_menu_bar_and_a_whole_title_are_not_joined_as_wrapped_lines():
    body = "本镇按照条例要求认真做好政务公开各项工作内容一二三四五六七八九"
    menu = "首 页 走进某县 新闻动态 信息公开 办事服务 互动交流 专题专栏 一二三四"
    title = "某县某某镇人民政府2024年政府信息公开工作年度报告"
    source = "\n\n".join([menu, title, body, body, body, body, "全年主动公开政府信息88条。"])
    text, _, _ = normalize_text(source)
    assert text.splitlines()[:2] == ["首页走进某县新闻动态信息公开办事服务互动交流专题专栏一二三四", title]
    # prose wrapped at the same width still joins, and a letter-spaced line is prose, not a menu
    wrapped = "\n\n".join([body, body, body, body, "主 动 公 开 政 府 信 息 公 开 工 作 一 二 三 四 五 六 七 八 九 十 一", "年度报告"])
    assert normalize_text(wrapped)[0].splitlines()[-1].endswith("年度报告")
    assert "十一年度报告" in normalize_text(wrapped)[0]


def test_offsets_of_a_rejoined_sentence_point_into_the_source():
    source = "全年在政府网站上共计主动公开政府信息内容一二三四五六七八九十\n" * 4 + "主动公开政府信\n息 255 条。\n"
    text, offsets, _ = normalize_text(source)
    i = text.index("255")
    assert source[offsets.source_offset(i):offsets.source_offset(i) + 3] == "255"


def test_display_width_counts_wide_chars_twice():
    assert display_width("年报ab") == 6


def test_pinyin_glosses_of_mirror_sites_are_dropped_and_offsets_still_map_to_the_source():
    from parsers import read_bytes

    raw = "一、主动公开情况\n通過網(wǎng)站主動公開政府信息120條,其中工作動(dòng)態(tài)80條。(a)项不变。\n"
    doc = read_bytes(raw.encode("utf-8"), "mirror.txt")
    assert "網站主動公開" in doc.text and "工作動態80條" in doc.text
    assert "(a)" in doc.text  # brackets without a tone mark are no gloss
    i = doc.text.index("站")
    assert raw[doc.offsets.source_offset(i)] == "站"


def test_a_heading_that_ends_its_line_is_not_joined_to_the_next_in_a_wrapped_text():
    from parsers.normalize import normalize_text

    prose = "我镇认真贯彻落实政府信息公开条例和上级部署要求全面推进政务公开各项工作取得成效"  # 40 wide
    heading = "(二)收到和处理政府信息公开申请及因申请引发行政复议行政诉讼和投诉举报的情况"  # as wide as the prose
    text = "\n\n".join([prose] * 5 + [heading, "2022年我镇收到申请1件。"])
    out, _, _ = normalize_text(text)
    assert "情况\n2022年" in out
