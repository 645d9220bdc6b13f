"""Sections: canonical ids by heading meaning, whatever the numbering style; outline kept honest."""

from __future__ import annotations

import json

import pytest

from extract.sections import find_sections, heading_meaning
from parsers import read_bytes


def _doc(text: str):
    return read_bytes(text.encode("utf-8"), "r.txt")


def _ids(text: str) -> list[str]:
    return [s.id for s in find_sections(_doc(text))]


NARRATIVE = """青石镇2017年政府信息公开工作年度报告
一、概述
今年我镇成立了工作领导小组。
二、主动公开政府信息情况
(一)公开的数量。全年主动公开政府信息80条。
(二)公开的形式。通过公开栏公开。
三、依申请公开政府信息和不予公开政府信息情况
全年未收到申请。
四、政府信息公开的收费及减免情况
未收取费用。
五、因政府信息公开申请行政复议、提起行政诉讼的情况
未发生。
六、存在的主要问题
一是人员不足。二是宣传不够。
七、今后的工作打算
继续加强学习。
"""


def test_narrative_outline_gets_canonical_ids_in_order():
    assert _ids(NARRATIVE) == ["overview", "active", "application", "fees", "review_litigation", "problems",
                               "plans"]


def test_section_offsets_start_at_the_heading_and_tile_the_text():
    doc = _doc(NARRATIVE)
    sections = find_sections(doc)
    for s in sections:
        assert doc.text[s.start:s.end].startswith(s.heading)
        assert s.page == 1
    for a, b in zip(sections, sections[1:]):
        assert a.end == b.start
    assert sections[-1].end == len(doc.text)
    assert sections[1].heading == "二、主动公开政府信息情况"


OUTLINE_2021 = """白沙街道2023年政府信息公开工作年度报告
一、总体情况
(一)主动公开
全年主动公开信息100条。
(二)依申请公开
全年收到申请3件。
(三)政府信息管理
严格审核。
二、主动公开政府信息情况
第二十条第(一)项
信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
规章 | 0 | 0 | 0
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
三、本年度办理结果
(一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3
(七)总计 | 3 | 0 | 0 | 0 | 0 | 0 | 3
四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
全年未发生。
五、政府信息公开工作存在的主要问题及整改措施
一、公开内容不够丰富。二、平台更新不及时。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


def test_2021_outline_ignores_sub_heads_and_table_rows():
    doc = _doc(OUTLINE_2021)
    sections = find_sections(doc)
    assert [s.id for s in sections] == ["overview", "active", "application", "review_litigation", "problems",
                                        "other"]
    # the rows 一、本年新收 … 四、结转下年度 stay inside part 三
    application = sections[2]
    assert "四、结转下年度继续办理" in doc.text[application.start:application.end]
    assert sections[3].heading.startswith("四、因政府信息公开工作被申请行政复议")


def test_table_three_rendered_one_cell_per_line_stays_inside_its_part():
    text = """一、总体情况
全年工作平稳。
二、主动公开政府信息情况
见表。
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量
2
二、上年结转政府信息公开申请数量
0
三、本年度办理结果
(一)予以公开
2
四、结转下年度继续办理
0
四、政府信息公开行政复议、行政诉讼情况
无。
"""
    sections = find_sections(_doc(text))
    assert [s.id for s in sections] == ["overview", "active", "application", "review_litigation"]
    assert sections[3].heading == "四、政府信息公开行政复议、行政诉讼情况"


def test_tables_appended_after_the_last_part_do_not_restart_the_outline():
    text = """一、总体情况
本年工作稳步推进。
二、主动公开政府信息情况
详见附表。
三、收到和处理政府信息公开申请情况
详见附表。
四、政府信息公开行政复议、行政诉讼情况
无。
五、存在的主要问题及改进情况
公开质量有待提高。
一、主动公开政府信息情况
第二十条第(一)项
二、收到和处理政府信息公开申请情况
申请人情况
三、政府信息公开行政复议、行政诉讼情况
行政复议
六、其他需要报告的事项
无。
"""
    sections = find_sections(_doc(text))
    assert [s.id for s in sections] == ["overview", "active", "application", "review_litigation", "problems",
                                        "tables", "other"]
    assert sections[5].heading == "一、主动公开政府信息情况"


def test_headings_inside_a_run_on_line_are_found_and_cut_where_the_body_begins():
    text = ("长岭乡2015年政府信息公开工作年度报告根据条例编制。一、概述2015年以来,我乡加强领导。"
            "二、政府信息主动公开情况全年公开信息20条。三、依申请公开政府信息情况本年度未收到申请。"
            "四、政府信息公开的收费及减免情况未收费。")
    sections = find_sections(_doc(text))
    assert [(s.id, s.heading) for s in sections] == [
        ("overview", "一、概述"), ("active", "二、政府信息主动公开情况"),
        ("application", "三、依申请公开政府信息情况"), ("fees", "四、政府信息公开的收费及减免情况")]


def test_part_after_a_table_cell_in_a_run_on_line():
    text = ("一、总体情况全年工作平稳。二、主动公开政府信息情况行政事业性收费12.5"
            "三、收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和)"
            "(七)总计5 0 0 0 0 0 5四、结转下年度继续办理0 0 0 0 0 0 0"
            "四、政府信息公开行政复议、行政诉讼情况结果维持0")
    assert _ids(text) == ["overview", "active", "application", "review_litigation"]


def test_list_items_inside_a_part_are_not_parts():
    text = """一、主动公开政府信息情况
全年公开10条。
二、依申请公开情况
未收到申请。
三、存在的问题及改进措施
存在的问题:一、学习不够。二、形式单一。三、更新不及时。
"""
    assert _ids(text) == ["active", "application", "problems"]


def test_an_enumeration_of_the_parts_in_the_preamble_is_not_the_outline():
    text = """石岭镇2016年政府信息公开工作年度报告
本报告包括:一、概述;二、主动公开政府信息情况;三、依申请公开政府信息情况;四、存在的问题。
一、概述
三公经费支出情况
工作正常。
二、主动公开政府信息情况
公开信息。
三、依申请公开政府信息情况
无。
"""
    sections = find_sections(_doc(text))
    assert [(s.id, s.heading) for s in sections] == [
        ("overview", "一、概述"), ("active", "二、主动公开政府信息情况"), ("application", "三、依申请公开政府信息情况")]


def test_headings_without_a_separator_and_with_skipped_numbers():
    text = """一概述
本镇工作运行正常。
二政府信息主动公开情况
共公开信息30条。
四复议、诉讼和申诉情况
未发生。
"""
    assert _ids(text) == ["overview", "active", "review_litigation"]


def test_part_numbering_with_di_yi_bu_fen():
    text = """第一部分 总体情况
本年工作。
第二部分 主动公开政府信息情况
公开信息。
第三部分 收到和处理政府信息公开申请情况
收到申请。
"""
    assert _ids(text) == ["overview", "active", "application"]


def test_traditional_script_headings():
    text = """一、政府信息主動公開情況
全年發布信息50條。
二、依申請公開政府信息情況
未收到申請。
三、申請行政復議和提起行政訴訟情況
未發生。
"""
    assert _ids(text) == ["active", "application", "review_litigation"]


def test_an_appendix_line_opens_the_tables_section():
    text = """一、概述
工作正常。
二、主动公开政府信息情况
公开信息12条。
附表
政府信息公开情况统计表
"""
    assert _ids(text) == ["overview", "active", "tables"]


@pytest.mark.parametrize("heading, meaning", [
    ("六、其他需要报告的事项", "other"),
    ("五、政府信息公开工作存在的主要问题及改进情况", "problems"),
    ("七、下一步工作计划", "plans"),
    ("四、依申请公开政府信息公开的收费及减免情况", "fees"),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"),
    ("三、行政机关收到和处理政府信息公开申请情况", "application"),
    ("二、政府信息主动公开情况", "active"),
    ("一、基本情况", "overview"),
    ("七、政府信息公开情况统计表", "tables"),
    ("四、建议提案办理情况", None),
])
def test_heading_meaning(heading, meaning):
    assert heading_meaning(heading) == meaning


def test_page_of_a_section_follows_form_feed_pages():
    text = "一、总体情况\n工作正常。\f二、主动公开政府信息情况\n公开信息。\n"
    sections = find_sections(_doc(text))
    assert [(s.id, s.page) for s in sections] == [("overview", 1), ("active", 2)]


def test_seed_report_sections(seed_path):
    doc = read_bytes(seed_path.read_bytes(), str(seed_path))
    assert [s.id for s in find_sections(doc)] == ["overview", "active", "application", "fees",
                                                  "review_litigation", "problems", "plans"]


def test_complete_2019_and_2021_reports_of_the_corpus_show_six_parts(shared_dir):
    checked = 0
    for truth_path in sorted((shared_dir / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if not truth.get("complete") or truth.get("template") not in ("t2019", "t2021", "hybrid"):
            continue
        path = shared_dir / "corpus" / truth["file"]
        doc = read_bytes(path.read_bytes(), str(path))
        ids = [s.id for s in find_sections(doc)]
        assert ids[:4] == ["overview", "active", "application", "review_litigation"] or "tables" in ids, \
            (truth["file"], ids)
        assert ids[-1] == "other", (truth["file"], ids)
        checked += 1
    assert checked >= 5


def test_a_run_on_part_after_a_colon_that_announces_the_report():
    text = ("2013年度柳岸镇政府信息公开工作年度报告\n现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 "
            "2013年度我镇主动公开政府信息80件。 二、依申请公开政府信息情况 2013年未收到申请。 "
            "三、政府信息公开收费和减免情况 本年度没有收费。")
    assert _ids(text) == ["active", "application", "fees"]


def test_an_enumeration_of_the_parts_after_a_colon_is_still_no_outline():
    text = "本报告包括如下:一、概述;二、主动公开情况;三、依申请公开情况。\n一、概述\n全年工作平稳。\n"
    assert _ids(text) == ["overview"]
