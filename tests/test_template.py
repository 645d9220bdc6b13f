"""Template decision (tables part by part, else outline and year) and report identification."""

from __future__ import annotations

import json

import pytest

from extract import build_report
from extract.identify import not_a_report_reason
from extract.model import Report
from extract.sections import find_sections
from extract.template import decide_template, table_layouts
from parsers import InputError, read_bytes


def _doc(text: str):
    return read_bytes(text.encode("utf-8"), "r.txt")


def _decide(text: str, tables: dict | None = None, year: int | None = None):
    doc = _doc(text)
    return decide_template(doc, find_sections(doc), tables or {}, year)


def test_tables_decide_part_by_part_and_a_mix_is_a_hybrid():
    tables = {"t2": {"licensing": 1}, "t3": {"other_processing": {"total": 0}}}
    assert _decide("一、总体情况\n", tables, 2024) == ("hybrid", {"t2": "t2021", "t3": "t2019"})


def test_tables_of_one_layout():
    assert _decide("x", {"t2": {}, "t3": {"other_other": {}}}, 2022) == ("t2021", {})
    assert _decide("x", {"t2_2019": {}, "t3": {"other_processing": {}}}, 2020) == ("t2019", {})


TABLE2_2019_WRAPPED = """二、主动公开政府信息情况
第二十条第(一)项
信息内容
本年新
制作数量
本年新
公开数量
对外公开总数量
规范性文件
3
1
9
"""

TABLE2_2021_BARS = """二、主动公开政府信息情况
第二十条第(一)项 | | |
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
行政规范性文件 | 2 | 0 | 15 |
第二十条第(五)项 | |
信息内容 | 本年处理决定数量 |
"""

TABLE3_2019_ROW = """三、收到和处理政府信息公开申请情况
(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
(七)总计 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |
"""

TABLE3_2021_ROWS = """(六)其他处理
1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0
2.申请人逾期未按收费通知要求缴纳费用 0 0 0 0 0 0 0
3.其他 0 0 0 0 0 0 0
(七)总计 4 0 0 0 0 0 4
"""


def test_text_only_2019_table_two_columns_even_when_wrapped():
    assert table_layouts(TABLE2_2019_WRAPPED, {}) == {"t2": "t2019"}
    # the 2019 columns decide even in a later year: the body kept the old form
    assert _decide(TABLE2_2019_WRAPPED, year=2022) == ("t2019", {})


def test_text_only_2021_table_two_with_cell_bars():
    assert table_layouts(TABLE2_2021_BARS, {}) == {"t2": "t2021"}


def test_text_only_table_three_other_processing_rows():
    assert table_layouts(TABLE3_2019_ROW, {}) == {"t3": "t2019"}
    assert table_layouts(TABLE3_2021_ROWS, {}) == {"t3": "t2021"}
    assert _decide(TABLE2_2021_BARS + TABLE3_2019_ROW, year=2023) == ("hybrid", {"t2": "t2021", "t3": "t2019"})


def test_reader_tables_win_over_text_for_their_part():
    # 表三 read as 2021 by the table reader, 表二 only in the text
    assert _decide(TABLE2_2021_BARS, {"t3": {"other_overdue_fee": {}}}, 2023) == ("t2021", {})


@pytest.mark.parametrize("text, year, expected", [
    ("一、概述\n我镇全年公开信息。\n二、主动公开政府信息情况\n", 2016, "narrative"),
    ("一、总体情况\n2022年,我街道稳步推进公开。\n", 2022, "t2021"),
    ("本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。\n", 2020, "t2019"),
    ("我镇高度重视信息公开工作,全年公开信息50条,微信发布30条。\n", 2020, "narrative"),
    # a page of a 2021+ report cut before its parts and tables: the layout of its years
    ("我镇高度重视信息公开工作,全年公开信息50条,微信发布30条。\n", 2024, "t2021"),
    ("一、总体情况\n全年公开信息。\n", None, None),
])
def test_without_tables_the_outline_and_year_decide(text, year, expected):
    assert _decide(text, year=year) == (expected, {})


def _report(text: str) -> Report:
    doc = _doc(text)
    return Report(document=doc, sections=find_sections(doc))


@pytest.mark.parametrize("text", [
    # news item about disclosure work
    "我镇召开政务公开工作推进会\n3月5日上午,镇政府召开政务公开工作推进会,会议要求各部门做好主动公开工作,"
    "进一步提升政府信息公开质量。\n",
    # notice about compiling the reports
    "关于做好2021年政府信息公开工作年度报告编制发布工作的通知\n各镇人民政府:现将有关事项通知如下。"
    "一、高度重视。二、按时发布年度报告,统计期限为2021年1月1日至12月31日。\n",
    # a contract
    "政务公开栏制作安装合同\n甲方:某镇人民政府 乙方:某广告公司\n一、制作内容:政务公开栏两块。\n二、价款:5000元。\n",
])
def test_documents_that_are_not_reports_are_turned_away(text):
    reason = not_a_report_reason(_report(text))
    assert reason and reason.startswith("not ")


def test_no_disclosure_wording_at_all():
    assert "no 信息公开 wording" in not_a_report_reason(_report("今年粮食丰收,全镇产量创新高。\n"))


@pytest.mark.parametrize("text", [
    "2019年小溪镇政府信息公开工作年度报告\n一、总体情况\n",  # an excerpt cut after its first heading
    "依据条例规定,编制本报告。\n一、总体情况\n(一)主动公开情况\n全年发布信息20条。\n",
    "一、主动公开政府信息情况\n全年公开10条。\n二、依申请公开情况\n未收到申请。\n",
    "第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n",
])
def test_reports_and_excerpts_are_never_turned_away(text):
    assert not_a_report_reason(_report(text)) is None


def test_build_report_raises_a_one_line_input_error_for_a_non_report():
    doc = _doc("关于开展政务公开日活动的通知\n各村:定于5月15日开展政务公开日活动,请做好准备。\n")
    with pytest.raises(InputError) as err:
        build_report(doc)
    assert "\n" not in str(err.value)


def test_every_corpus_report_is_accepted_and_gets_its_true_template(shared_dir):
    right = total = 0
    for truth_path in sorted((shared_dir / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        path = shared_dir / "corpus" / truth["file"]
        report = build_report(read_bytes(path.read_bytes(), str(path)))  # raises if turned away
        if truth.get("template"):
            total += 1
            right += report.template == truth["template"]
    assert total > 40
    assert right / total >= 0.95
