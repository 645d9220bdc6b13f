"""Breakdown lists read by their structure (extract.lists), one form a test, on text written for them."""

from __future__ import annotations

import pytest

from extract.checks_text import breakdown_checks
from extract.facts import narrative_facts
from parsers import read_bytes


def facts_of(text: str):
    return narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])


def items(facts) -> dict[str, float]:
    return {f.label: f.value for f in facts if f.metric == "active.item"}


def total(facts):
    return next(f for f in facts if f.metric == "active.total")


def test_a_list_in_the_next_sentence_without_lead_words_divides_the_total_it_adds_up_to():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息86条。工作动态50条、通知公告20条、政策文件16条。\n")
    assert items(facts) == {"工作动态": 50, "通知公告": 20, "政策文件": 16}
    t = total(facts)
    assert {f.group for f in facts if f.metric == "active.item"} == {t.group}
    assert {f.rule for f in facts if f.metric == "active.item"} == {"list.structure"}
    assert [c.status for c in breakdown_checks(facts)] == ["pass"]


def test_colon_forms_and_chinese_numerals():
    facts = facts_of("二、主动公开政府信息情况\n本年度主动公开信息30条。政策文件:三件;工作动态:二十条;人事信息:七条。\n")
    assert items(facts) == {"政策文件": 3, "工作动态": 20, "人事信息": 7}
    assert [c.status for c in breakdown_checks(facts)] == ["pass"]


def test_counts_in_brackets_after_the_labels():
    facts = facts_of("二、主动公开政府信息情况\n共公开政府信息60条。机构职能类信息(37条)、公示公告类信息(23条)。\n")
    assert items(facts) == {"机构职能类信息": 37, "公示公告类信息": 23}


def test_one_item_a_line_numbered():
    text = ("二、主动公开政府信息情况\n全年主动公开政府信息45条。\n1.工作动态 30 条\n2.通知公告 10 条\n"
            "3.财政信息 5 条\n三、依申请公开情况\n本年度未收到政府信息公开申请。\n")
    facts = facts_of(text)
    assert items(facts) == {"工作动态": 30, "通知公告": 10, "财政信息": 5}
    assert {f.rule for f in facts if f.metric == "active.item"} == {"list.lines"}
    assert [c.status for c in breakdown_checks(facts)] == ["pass"]


def test_channels_counted_in_issues_and_times():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息150条。政务公开栏张贴12期、电子显示屏滚动播出30次。\n")
    got = items(facts)
    assert got["政务公开栏"] == 12 and got["电子显示屏"] == 30


def test_a_presented_list_that_adds_up_to_nothing_still_divides_the_total_and_fails_the_sum():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息100条。从公开内容看,工作动态50条、通知公告20条、"
                     "政策文件16条。\n")
    assert items(facts) == {"工作动态": 50, "通知公告": 20, "政策文件": 16}
    assert [c.status for c in breakdown_checks(facts)] == ["fail"]


def test_the_nearest_figure_the_items_add_up_to_is_the_one_divided():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息200条,通过门户网站公开信息120条。门户网站信息中,"
                     "工作动态100条、通知公告20条。\n")
    site = next(f for f in facts if f.metric == "active.item" and f.label == "门户网站")
    listed = [f for f in facts if f.label in ("工作动态", "通知公告")]
    assert len(listed) == 2 and {f.group for f in listed} == {site.group}


def test_a_list_dividing_a_figure_no_rule_read_is_left_alone():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息500条。(8)推进财政资金信息公开。今年共发布380条财政资金信息,"
                     "其中专项资金152条、预决算公开197条、三公经费27条、债券发行4条。\n")
    assert items(facts) == {}


def test_counts_of_other_things_make_no_list():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息90条。召开新闻发布会3次、开展培训5次。"
                     "受理群众诉求259起、答复留言12条。\n")
    assert items(facts) == {}


def test_unplaced_short_lists_of_kinds_beside_the_total_are_items():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息300条。工作动态120条、通知公告40条。\n")
    assert items(facts) == {"工作动态": 120, "通知公告": 40}


def test_a_list_of_kinds_adding_up_to_no_figure_says_so_in_items_sum():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息300条。工作动态120条、通知公告40条。\n")
    checks = breakdown_checks(facts)
    assert [(c.id, c.status) for c in checks] == [("active.items_sum", "uncertain")]
    assert "divides no stated figure" in checks[0].message


def test_a_short_list_right_after_the_total_divides_it_and_fails_the_sum():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息共50条,工作动态42条,其他信息5条。\n")
    assert items(facts) == {"工作动态": 42, "其他信息": 5}
    assert [(c.id, c.status) for c in breakdown_checks(facts)] == [("active.items_sum", "fail")]


def test_a_lead_list_going_on_one_item_a_line():
    facts = facts_of("二、主动公开政府信息情况\n2016年共主动公开政府信息120条,其中:\n工作动态56条\n通知公告34条\n政策文件30条\n"
                     "三、依申请公开\n未收到申请。\n")
    assert items(facts) == {"工作动态": 56, "通知公告": 34, "政策文件": 30}
    assert [c.status for c in breakdown_checks(facts)] == ["pass"]


def test_numbered_items_lose_their_numbers():
    facts = facts_of("二、主动公开政府信息情况\n2016年共主动公开政府信息120条。具体如下:1、工作动态56条;2、通知公告34条;3、政策文件30条。\n")
    assert items(facts) == {"工作动态": 56, "通知公告": 34, "政策文件": 30}


def test_counts_before_their_labels():
    facts = facts_of("二、主动公开政府信息情况\n全年主动公开政府信息120条,其中56条为工作动态,34条为通知公告,30条为政策文件。\n")
    assert items(facts) == {"工作动态": 56, "通知公告": 34, "政策文件": 30}
    assert all(f.text and f.text in f"{f.value}条为{f.label}" for f in facts if f.metric == "active.item")


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息120条,其中工作动态占46.7%(56条),通知公告占28.3%(34条),政策文件占25%(30条)。",
    "全年主动公开政府信息120条。在公开的信息中,属于工作动态的56条,属于通知公告的34条,属于政策文件的30条。",
    "全年主动公开政府信息120条,涉及工作动态56条、通知公告34条、政策文件30条。",
    "全年主动公开政府信息120条,内容涵盖工作动态56条、通知公告34条、政策文件30条等。",
])
def test_labels_lose_shares_and_framing_words(sentence):
    assert items(facts_of("二、主动公开政府信息情况\n" + sentence + "\n")) == {"工作动态": 56, "通知公告": 34, "政策文件": 30}


def test_a_sum_closing_channel_counts_is_their_total():
    facts = facts_of("二、主动公开政府信息情况\n全年通过网站公开信息120条,通过微信公开信息80条,通过公开栏公开信息30期,合计230条。\n")
    assert total(facts).value == 230 and total(facts).rule == "active.closing_sum"
    assert [c.status for c in breakdown_checks(facts)] == ["pass"]  # channels_sum once categories are known


def test_a_list_under_a_heading_that_presents_it():
    facts = facts_of("二、主动公开政府信息情况\n1.公开内容\n\n工作信息30条、文件通知3条、财政信息4条、人事信息5条。\n")
    assert items(facts) == {"工作信息": 30, "文件通知": 3, "财政信息": 4, "人事信息": 5}
    assert items(facts_of("二、主动公开政府信息情况\n1.工作落实\n\n召开会议30次、走访群众3户。\n")) == {}


def test_a_headline_after_a_named_kind_is_no_item_of_its_list():
    facts = facts_of("二、主动公开政府信息情况\n2019年,某镇通过县政府网站主动发布乡镇动态类信息94条,主动公开政府信息135条,"
                     "其中:重点工作类信息60条,部门文件类信息75条。\n")
    assert total(facts).value == 135 and items(facts)["乡镇动态类信息"] == 94
