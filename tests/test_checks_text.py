"""active.items_sum and active.channels_sum on written text, and on the shared reports' known errors."""

from __future__ import annotations

import json

import pytest

from extract import build_report
from extract.categories import classify_facts
from extract.checks_text import breakdown_checks
from extract.facts import narrative_facts
from parsers import read, read_bytes


def checks_of(text: str):
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])
    classify_facts(facts)
    return breakdown_checks(facts)


def test_breakdown_that_adds_up_passes():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息60条,其中工作动态40条、通知公告15条、政策文件5条。\n")
    assert (check.id, check.status, check.expected, check.actual) == ("active.items_sum", "pass", 60, 60)
    assert check.severity == "warning"
    assert [c.get("label") for c in check.cells] == [None, "工作动态", "通知公告", "政策文件"]
    assert all({"start", "end", "text", "value"} <= set(c) for c in check.cells)


def test_breakdown_that_does_not_add_up_fails():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息60条,包括工作动态40条、通知公告15条。\n")
    assert (check.status, check.expected, check.actual) == ("fail", 60, 55)
    assert "包括" in check.message


def test_approximate_total_is_uncertain():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息60余条,其中工作动态40条、通知公告15条。\n")
    assert check.status == "uncertain"


def test_open_ended_list_that_falls_short_is_uncertain():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息60条,其中工作动态40条、通知公告15条等。\n")
    assert check.status == "uncertain"


def test_list_naming_an_item_without_count_is_uncertain():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息60条,其中工作动态40条,人事信息,占5%;通知公告15条。\n")
    assert check.status == "uncertain"


def test_one_item_is_a_part_not_a_breakdown():
    assert checks_of("二、主动公开情况\n全年主动公开政府信息60条,其中通过网站公开45条。\n") == []


def test_channel_list_is_checked_against_its_figure():
    [check] = checks_of("二、主动公开情况\n全年主动公开政府信息80条。政务网站、微信共发布信息300条,其中网站120条,微信200条。\n")
    assert (check.id, check.status, check.expected, check.actual) == ("active.channels_sum", "fail", 300, 320)


def test_list_of_named_documents_without_total_is_not_checked():
    assert checks_of("(一)主动公开情况\n全年主动公开区政府规章2件、区政府规范性文件9件。\n") == []


def test_seed_breakdown_passes(seed_path):
    checks = [c for c in build_report(read(seed_path)).checks if c.id.startswith("active.")]
    assert [(c.id, c.status, c.expected, c.actual) for c in checks] == [("active.items_sum", "pass", 255, 255)]


@pytest.mark.parametrize("truth_name", ["beijing_chaoyang-chaowaijiedao_2025.json", "fujian_pingtan-zongheshiyanqu_2019.json",
                                        "fujian_pingtanxian_2011.json"])
def test_known_source_errors_fail(shared_dir, truth_name):
    truth = json.loads((shared_dir / "truth" / truth_name).read_text(encoding="utf-8"))
    assert "active.items_sum" in truth["expected_fail"]
    report = build_report(read(shared_dir / "corpus" / truth["file"]))
    assert any(c.id == "active.items_sum" and c.status == "fail" for c in report.checks)


def test_items_the_learned_reader_took_after_among_in_the_next_sentence_are_the_totals_breakdown():
    text = ("二、主动公开政府信息情况\n2015年市安监局向社会主动公开各类政府信息累计532条,将信息公开、安监动态等23项内容分别予以公开。"
            "其中:政策法规38条、综合监管22条、应急管理16条、行政执法12条、宣教培训13条。\n")
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])
    assert {f.rule for f in facts if f.metric == "active.item"} == {"learned.item"}
    classify_facts(facts)
    [check] = breakdown_checks(facts)
    assert (check.id, check.status, check.expected, check.actual) == ("active.items_sum", "fail", 532, 101)


def test_channels_read_one_by_one_after_the_first_item_of_a_list_belong_to_it():
    checks = checks_of("二、主动公开政府信息情况\n2023年我镇主动公开政府信息数为2918条。其中:通过镇微信公众平台公开信息数为2464条,"
                       "年度阅读量为29.4万次,通过镇小程序公开信息数为270条,通过政府网站公开信息数为480条,其他方式公开信息数为130条。\n")
    [check] = [c for c in checks if c.id == "active.channels_sum"]
    assert (check.status, check.expected, check.actual) == ("fail", 2918, 3344)


@pytest.mark.parametrize("text, total", [
    ("二、主动公开政府信息情况\n2014年,松江街道公布工作动态45条、通知公告18条、财务公开信息6条,合计70条。\n", 70),
    ("二、主动公开政府信息情况\n全年发布12条通知公告、56条工作动态、8条规范性文件,共计80条。\n", 80),
    ("二、主动公开政府信息情况\n本年度主动公开政府信息如下:工作动态47条,通知公告65条,政策文件18条,合计131条。\n", 131),
    ("(一)主动公开政府信息情况\n2020年,县司法局主动公开情况:\n(1)工作动态68条;\n(2)普法宣传信息45条;\n(3)通知公告19条;\n"
     "(4)政策文件7条;\n(5)财政预决算4条;\n合计153条。\n", 153),
])
def test_a_sum_said_after_its_items_is_their_total_as_printed_and_fails_when_they_do_not_add_up(text, total):
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "w.txt"), [])
    assert [f.value for f in facts if f.metric == "active.total"] == [total]
    assert [c.status for c in breakdown_checks(facts) if c.id == "active.items_sum"] == ["fail"]
