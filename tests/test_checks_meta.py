"""year.consistent and completeness.parts on reports written for the purpose."""

from __future__ import annotations

from extract.checks_meta import completeness_parts, year_consistent
from extract.meta import read_metadata
from extract.model import Report
from extract.sections import find_sections
from extract.template import decide_template
from parsers import read_bytes


def _report(text: str) -> Report:
    doc = read_bytes(text.encode("utf-8"), "r.txt")
    sections = find_sections(doc)
    meta = read_metadata(doc, sections)
    template, parts = decide_template(doc, sections, {}, meta.year)
    return Report(document=doc, sections=sections, year=meta.year, published=meta.published,
                  template=template, template_parts=parts, body=meta.body, place=meta.place, level=meta.level)


SIX_PARTS = """一、总体情况
全年工作平稳。
二、主动公开政府信息情况
见表。
三、收到和处理政府信息公开申请情况
见表。
四、政府信息公开行政复议、行政诉讼情况
见表。
五、存在的主要问题及改进情况
有待提高。
六、其他需要报告的事项
无。
"""


def test_year_consistent_passes_for_a_report_signed_in_january_of_the_next_year():
    text = ("青田镇2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n"
            + SIX_PARTS + "青田镇人民政府\n2023年1月20日\n")
    check = year_consistent(_report(text))
    assert check.status == "pass"
    assert check.actual == {"title": 2022, "period": 2022, "published": "2023-01-20"}
    assert all(c.startswith("text:") for c in check.cells) and len(check.cells) == 3


def test_year_consistent_fails_when_title_and_period_disagree():
    text = ("青田镇2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2021年1月1日至2021年12月31日。\n"
            + SIX_PARTS)
    check = year_consistent(_report(text))
    assert (check.status, check.severity) == ("fail", "warning")
    assert "title 2022" in check.message and "period 2021" in check.message


def test_year_consistent_fails_when_signed_before_the_year_ends():
    text = "青田镇2022年政府信息公开工作年度报告\n" + SIX_PARTS + "青田镇人民政府\n2021年12月30日\n"
    assert year_consistent(_report(text)).status == "fail"


def test_a_web_page_dated_years_later_leaves_the_year_uncertain():
    text = "石桥镇2019年度政府信息公开工作年度报告\n发布时间:2024-06-01 09:00\n" + SIX_PARTS
    assert year_consistent(_report(text)).status == "uncertain"


def test_no_year_at_all_is_uncertain():
    assert year_consistent(_report(SIX_PARTS)).status == "uncertain"


def test_all_six_parts_of_a_2021_report_pass():
    text = "青田镇2022年政府信息公开工作年度报告\n" + SIX_PARTS
    check = completeness_parts(_report(text))
    assert check.status == "pass"
    assert len(check.expected) == 6


def test_a_part_missing_between_parts_seen_fails():
    text = "青田镇2022年政府信息公开工作年度报告\n" + SIX_PARTS.replace(
        "四、政府信息公开行政复议、行政诉讼情况\n见表。\n", "").replace("五、", "四、").replace("六、", "五、")
    check = completeness_parts(_report(text))
    assert check.status == "fail"
    assert "行政复议" in check.message


def test_an_excerpt_cut_after_its_first_parts_is_uncertain_not_failed():
    text = "青田镇2022年政府信息公开工作年度报告\n" + SIX_PARTS.split("三、")[0]
    check = completeness_parts(_report(text))
    assert check.status == "uncertain"
    assert "三、收到和处理政府信息公开申请情况" in check.message


def test_a_signed_report_that_ends_without_a_part_fails():
    text = ("青田镇2022年政府信息公开工作年度报告\n" + SIX_PARTS.split("五、")[0]
            + "青田镇人民政府\n2023年1月20日\n")
    check = completeness_parts(_report(text))
    assert check.status == "fail"
    assert "五、存在的主要问题及改进情况" in check.message


def test_narrative_parts_may_be_sub_heads():
    text = """红石乡2016年政府信息公开工作年度报告
一、基本概况
(一)主动公开政府信息情况。全年公开信息20条。
(二)依申请公开政府信息情况。未收到申请。
(三)政府信息公开收费及减免情况。未收费。
(四)行政复议、行政诉讼情况。未发生。
二、存在的问题及改进措施
人员不足。
红石乡人民政府
2017年1月6日
"""
    report = _report(text)
    assert report.template == "narrative"
    assert completeness_parts(report).status == "pass"


def test_a_year_cited_in_the_text_does_not_contradict_the_title():
    text = ("青田镇2019年政府信息公开工作年度报告\n一、总体情况\n按照2020年政府信息公开工作要点的部署,做好衔接。\n"
            "本报告所列数据统计期限为2019年1月1日至2019年12月31日。\n")
    assert year_consistent(_report(text)).status == "pass"


def test_signed_in_spring_of_the_year_reported_on_is_a_slip_but_late_december_is_not():
    head = "青田镇2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n" + SIX_PARTS
    assert year_consistent(_report(head + "青田镇人民政府\n2022年3月15日\n")).status == "fail"
    assert year_consistent(_report(head + "青田镇人民政府\n2022年12月30日\n")).status == "pass"


def test_year_consistent_fails_when_the_report_names_itself_with_another_year():
    for said in ("本报告是根据《条例》要求,由青田镇党政办编制的2021年度政府信息公开工作年度报告。",
                 "根据《条例》,特向社会公布2021年度青田镇信息公开工作年度报告。"):
        text = ("青田镇2022年政府信息公开工作年度报告\n" + said + "\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n"
                + SIX_PARTS)
        check = year_consistent(_report(text))
        assert check.status == "fail" and "self 2021" in check.message, said


def test_work_on_another_years_report_is_no_name_of_this_one():
    text = ("青田镇2022年政府信息公开工作年度报告\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n"
            "一、总体情况\n制定工作要点,指导编制2021年度政府信息公开年度报告。\n" + SIX_PARTS.split("\n", 2)[2])
    assert year_consistent(_report(text)).status == "pass"
