"""Numbers as reports print them, and which of them the narrative rules count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clauses import TextView
from extract.numbers import _plain_numeral, cn_to_number, find_numbers, plain_cn, to_number


@pytest.mark.parametrize(("span", "value"), [
    ("二百五十五", 255), ("一百零三", 103), ("两", 2), ("〇", 0), ("零", 0), ("十二", 12), ("三千零六", 3006),
    ("二〇一八", 2018), ("两万零二十", 20_020),
])
def test_chinese_numerals(span, value):
    assert cn_to_number(span) == value


@given(st.integers(min_value=0, max_value=10**8 - 1))
@settings(max_examples=3000, deadline=None)
def test_plain_numerals_are_read_as_cn2an_reads_them(n):
    import cn2an

    written = cn2an.an2cn(n)
    assert plain_cn(n) == written
    assert _plain_numeral(written) == n == cn2an.cn2an(written, "normal")


@pytest.mark.parametrize(("span", "value"), [
    ("一十二", 12), ("壹佰零伍", 105), ("三亿", 300_000_000), ("一百〇五", 105),
])
def test_numerals_outside_the_plain_form_are_left_to_cn2an(span, value):
    assert _plain_numeral(span) is None
    assert cn_to_number(span) == value


def test_not_a_numeral():
    import cn2an

    for span in ("万", "百万", "千", "亿"):
        assert cn_to_number(span) is None
        with pytest.raises(ValueError):
            cn2an.cn2an(span, "normal")
    assert cn_to_number("一般") is None
    assert cn_to_number("") is None


@pytest.mark.parametrize(("span", "value"), [("1,234", 1234), ("3.5", 3.5), ("42", 42), ("四十二", 42)])
def test_printed_numbers(span, value):
    assert to_number(span) == value


def test_approximations_and_units():
    got = [(n.value, n.unit, n.approx) for n in find_numbers("发布信息300余条,约40篇,近20件,100条以上,共8条")]
    assert got == [(300, "条", True), (40, "篇", True), (20, "件", True), (100, "条", True), (8, "条", False)]


def test_chinese_numerals_need_a_counter():
    assert [n.value for n in find_numbers("一是加强领导,共二十条")] == [20]


def test_counts_of_the_text_view():
    view = TextView("依据第二十条,从三个方面推进,2018年发布信息二十五条、通知4件,占15%,收费0.5万元")
    assert [(c.value, c.unit) for c in view.counts] == [(25, "条"), (4, "件"), (0.5, "万元")]


def test_clause_bounds_ignore_the_enumeration_comma():
    view = TextView("其中,政策、规范性文件类信息12条;其他3条。")
    first = view.counts[0]
    assert view.head(first) == "政策、规范性文件类信息"
    assert view.mt[view.sentence_start(first.start):view.sentence_end(first.start)] == "其中,政策、规范性文件类信息12条;其他3条"


def test_traditional_characters_read_as_simplified_with_the_same_offsets():
    view = TextView("主動公開政府信息45條")
    assert view.mt == "主动公开政府信息45条"
    assert [(c.value, c.unit, c.start) for c in view.counts] == [(45, "条", 8)]


def test_counts_in_ten_thousands():
    view = TextView("发布信息1.2万条,约3万余条,收费1.5万元,二十万条")
    assert [(c.value, c.unit, c.approx) for c in view.counts] == [
        (12000, "条", False), (30000, "条", True), (1.5, "万元", False), (200000, "条", False)]


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=99))
@settings(max_examples=300, deadline=None)
def test_counts_in_wan_are_whole_numbers_when_printed_so(whole, hundredths):
    # 1.12万条 is 11200 items, never 11200.000000000002
    printed = f"{whole}.{hundredths:02d}万条"
    value = TextView(f"全年主动公开信息{printed}。").counts[0].value
    assert value == whole * 10000 + hundredths * 100 and isinstance(value, int)
