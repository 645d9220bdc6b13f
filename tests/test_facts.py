"""Narrative facts, one phrasing family a test, on report text written for these tests."""

from __future__ import annotations

import json

import pytest

from extract.facts import narrative_facts
from parsers import read, read_bytes
from parsers.model import Document


def doc_of(text: str) -> Document:
    return read_bytes(text.encode("utf-8"), "written.txt")


def facts_of(text: str):
    return narrative_facts(doc_of(text), [])


def table(facts) -> dict[tuple[str, str | None], float]:
    """(metric, label) -> value; fails on a key read twice with different values."""
    out: dict[tuple[str, str | None], float] = {}
    for f in facts:
        key = (f.metric, f.label)
        assert out.get(key, f.value) == f.value, f"{key} read as {out[key]} and {f.value}"
        out[key] = f.value
    return out


def test_headline_with_chinese_numerals_and_a_breakdown():
    facts = facts_of("二、主动公开政府信息情况\n2020年,我镇主动公开政府信息一百零三条,其中,工作动态40条、"
                     "通知公告23条、政策文件30条、其他10条。\n")
    got = table(facts)
    assert got == {("active.total", None): 103, ("active.item", "工作动态"): 40, ("active.item", "通知公告"): 23,
                   ("active.item", "政策文件"): 30, ("active.item", "其他"): 10}
    total = next(f for f in facts if f.metric == "active.total")
    items = [f for f in facts if f.metric == "active.item"]
    assert {f.group for f in items} == {total.group} and total.group is not None
    assert {f.lead for f in items} == {"其中"}
    assert all(f.page == 1 and f.text for f in facts)


def test_offsets_point_at_the_figure_in_the_normalised_text():
    doc = doc_of("二、主动公开政府信息情况\n本年度共主动公开信息42条,其中通知公告12条、工作动态30条。\n")
    for f in narrative_facts(doc, []):
        assert str(f.value) in doc.text[f.start:f.end]
        assert doc.text[f.start:f.end] in f.text


def test_total_and_cumulative():
    got = table(facts_of("二、主动公开政府信息情况\n本年度共主动公开信息42条,历年累计公开信息680条。\n"))
    assert got == {("active.total", None): 42, ("active.cumulative", None): 680}


def test_cumulative_to_date_alone_is_no_year_total():
    got = table(facts_of("二、主动公开政府信息情况\n本乡到目前累计主动公开政府信息300条。\n"))
    assert got == {("active.cumulative", None): 300}


def test_year_running_total_is_the_year_total():
    got = table(facts_of("(一)主动公开\n全年累计主动公开各类政府信息57条,内容涵盖民生、项目等领域。\n"))
    assert got == {("active.total", None): 57}


def test_approximate_counts():
    facts = facts_of("二、主动公开政府信息情况\n我镇发布各类政府信息300余条。\n")
    assert table(facts) == {("active.total", None): 300}
    assert facts[0].approx is True


def test_only_channel_count_is_the_total_as_well():
    facts = facts_of("二、主动公开情况\n2016年,通过区政府门户网站公开信息88条,其中工作动态60条;人事信息28条。\n")
    got = table(facts)
    assert got == {("active.item", "区政府门户网站"): 88, ("active.total", None): 88,
                   ("active.item", "工作动态"): 60, ("active.item", "人事信息"): 28}
    total = next(f for f in facts if f.metric == "active.total")
    assert all(f.group == total.group for f in facts if f.metric == "active.item")


def test_the_only_count_of_one_kind_published_is_the_total_as_well():
    got = table(facts_of("一、主动公开情况\n2021年全年主动公开政务动态86篇,全文电子化率达100%。\n"
                         "二、依申请公开情况\n全年未收到政府信息公开申请。\n"))
    assert got[("active.total", None)] == 86 and got[("active.item", "政务动态")] == 86


def test_a_kind_beside_another_kind_is_no_total():
    got = table(facts_of("一、主动公开情况\n2021年主动公开政务动态86篇。另发布通知公告12条。\n"))
    assert ("active.total", None) not in got


def test_two_channel_counts_give_no_total():
    got = table(facts_of("二、主动公开情况\n在县政府网站发布信息50条,在“美丽青禾”微信公众号推送信息120条。\n"))
    assert got == {("active.item", "县政府网站"): 50, ("active.item", "“美丽青禾”微信公众号"): 120}


def test_one_figure_for_two_channels_is_the_total():
    got = table(facts_of("一、主动公开情况\n我乡通过政府信息公开平台、乡政府网站主动公开政府信息36条。\n"))
    assert got == {("active.total", None): 36, ("active.item", "政府信息公开平台、乡政府网站"): 36}


def test_channel_named_in_the_clause_before():
    got = table(facts_of("一、主动公开情况\n全年主动公开政府信息90条。镇微信公众号围绕中心工作加强宣传,推送文章215篇。\n"))
    assert got == {("active.total", None): 90, ("active.item", "镇微信公众号"): 215}


def test_channel_counts_after_the_total_are_items():
    got = table(facts_of("二、主动公开情况\n我街道共主动公开信息210条。其中通过门户网站公开信息150条。"
                         "在政务微博上公开70条信息。\n"))
    assert got == {("active.total", None): 210, ("active.item", "门户网站"): 150, ("active.item", "政务微博"): 70}


def test_share_of_units_after_the_total():
    got = table(facts_of("二、主动公开政府信息情况\n全县主动公开政府信息500条。其中,县直部门主动公开政府信息320条,占64%。"
                         "各乡镇主动公开政府信息180条,占36%,公开量较大的是城关镇。\n"))
    assert got == {("active.total", None): 500, ("active.item", "县直部门"): 320, ("active.item", "各乡镇"): 180}


def test_breakdown_with_shares_glosses_and_fenbiewei():
    got = table(facts_of("二、主动公开情况\n共公开信息80条,分别为机构概况5条(占6%)、规划计划15条,占19%;"
                         "工作动态类信息60条(含图片新闻)。\n"))
    assert got == {("active.total", None): 80, ("active.item", "机构概况"): 5, ("active.item", "规划计划"): 15,
                   ("active.item", "工作动态类信息"): 60}


def test_breakdown_presented_by_a_clause():
    facts = facts_of("二、主动公开情况\n(一)数量。全年主动公开政府信息64条。\n(二)类别。在主动公开的信息中,"
                     "政策文件类8条,财政预决算类6条,工作动态类50条。\n")
    got = table(facts)
    assert got[("active.item", "财政预决算类")] == 6
    total = next(f for f in facts if f.metric == "active.total")
    assert all(f.group == total.group for f in facts if f.metric == "active.item")


def test_interpretation_in_a_breakdown_is_an_item_standalone_is_interpretation():
    got = table(facts_of("二、主动公开情况\n全年主动公开信息30条,其中工作动态20条、政策解读4条、通知公告6条。"
                         "另发布政策解读稿件12篇,开展政策解读活动5次。\n"))
    assert got[("active.item", "政策解读")] == 4
    assert got[("interpretation.total", None)] == 12
    assert len([k for k in got if k[0] == "interpretation.total"]) == 1


def test_interpretation_of_n_documents():
    got = table(facts_of("一、总体情况\n坚持应解读尽解读,对18项涉及群众切身利益的政策文件进行解读。\n"))
    assert got == {("interpretation.total", None): 18}


def test_named_documents_listed_without_total():
    got = table(facts_of("一、总体情况\n(一)主动公开情况\n全年主动公开区政府规章2件、区政府规范性文件9件、人事任免信息14件;"
                         "发布政策解读稿件12篇。\n"))
    assert got == {("active.item", "区政府规章"): 2, ("active.item", "区政府规范性文件"): 9,
                   ("active.item", "人事任免信息"): 14, ("interpretation.total", None): 12}


def test_nested_list_in_brackets():
    facts = facts_of("(一)主动公开情况\n主动公开市政府规章9件(含新制定4件,修改3件,废止2件),人事任免文件40件。\n")
    got = table(facts)
    assert got[("active.item", "市政府规章")] == 9 and got[("active.item", "修改")] == 3
    assert got[("active.item", "人事任免文件")] == 40
    outer = next(f for f in facts if f.label == "市政府规章")
    inner = next(f for f in facts if f.label == "修改")
    assert inner.group != outer.group


def test_list_ending_in_deng_is_open_ended():
    facts = facts_of("二、主动公开情况\n全镇主动公开政府信息50条,其中通过政府网站公开信息40条,其中包括工作动态20条、"
                     "通知公告10条等,涉及教育、医疗等方面。\n")
    inner = [f for f in facts if f.label in ("工作动态", "通知公告")]
    assert len(inner) == 2 and all(f.open_ended for f in inner)


def test_list_runs_on_into_a_sentence_of_items_only():
    got = table(facts_of("一、主动公开情况\n全年共发布90条,其中财政信息10条,宣传类信息50条(社区动态)。通知公告类30条。"
                         "通过公众号公开100条信息。\n"))
    assert got[("active.item", "通知公告类")] == 30
    assert got[("active.item", "公众号")] == 100


def test_applications():
    got = table(facts_of("三、依申请公开政府信息情况\n全年共收到政府信息公开申请15件,上年结转2件,办结16件,"
                         "1件结转下年度继续办理。\n"))
    assert got == {("apply.received", None): 15, ("apply.carried_over", None): 2, ("apply.completed", None): 16,
                   ("apply.carried_forward", None): 1}


def test_application_phrasings():
    assert table(facts_of("(二)依申请公开情况\n全年新收政府信息公开申请数量为8件,已答复9件(含上年结转1件)。\n")) == {
        ("apply.received", None): 8, ("apply.completed", None): 9, ("apply.carried_over", None): 1}
    assert table(facts_of("三、依申请公开情况\n本年度共收到6件申请,在办结的5件申请中,予以公开3件。另1件顺延到下年度答复。\n")) == {
        ("apply.received", None): 6, ("apply.completed", None): 5, ("apply.carried_forward", None): 1}


def test_outcome_counts_are_not_completed_counts():
    got = table(facts_of("四、依申请公开情况\n所有办结的申请中同意公开答复4件,不予公开答复1件,不予处理0件。\n"))
    assert ("apply.completed", None) not in got


def test_permit_applications_outside_the_application_part_are_not_disclosure_applications():
    got = table(facts_of("一、概述\n行政服务中心设窗口18个,共受理申请5000件。\n"))
    assert ("apply.received", None) not in got


def test_cases_and_fees():
    got = table(facts_of("四、收费情况\n本年度收取信息处理费共计120元。\n五、复议诉讼情况\n"
                         "因政府信息公开被申请行政复议3件,提起行政诉讼1件,未收到相关申诉。\n"))
    assert got == {("fees.amount", None): 120, ("review.total", None): 3, ("litigation.total", None): 1,
                   ("complaint.total", None): 0}


def test_fees_in_wan_yuan_are_given_in_yuan():
    facts = facts_of("六、其他需要报告的事项\n全年收取信息处理费0.2万元。\n")
    assert table(facts) == {("fees.amount", None): 2000} and facts[0].unit == "元"
    assert isinstance(facts[0].value, int)


def test_statements_of_none():
    got = table(facts_of("三、依申请公开情况\n本年度未收到政府信息公开申请。\n四、收费情况\n依申请提供政府信息不收取任何费用。\n"
                         "五、复议诉讼情况\n未发生一起因政府信息公开引起的行政复议、诉讼和申诉案件。\n"))
    assert got == {("apply.received", None): 0, ("fees.amount", None): 0, ("review.total", None): 0,
                   ("litigation.total", None): 0, ("complaint.total", None): 0}


def test_denied_outcomes_are_no_zero_count():
    got = table(facts_of("一、总体情况\n全年未发生行政复议纠错、行政诉讼败诉情况。\n"))
    assert got == {}


def test_cost_statements_are_no_case_or_fee_count():
    got = table(facts_of("四、收费情况\n本年度没有向申请人收费,未产生与诉讼相关的费用支出。\n"))
    assert got == {("fees.amount", None): 0}


def test_no_answer_when_no_application():
    got = table(facts_of("三、依申请公开情况\n全年未发生政府信息公开申请,故不存在政府信息答复处理情况。\n"))
    assert got == {("apply.received", None): 0, ("apply.completed", None): 0}


def test_a_count_wins_over_a_statement_of_none():
    got = table(facts_of("一、概述\n我镇尚未收到依申请公开事项的投诉。\n三、依申请公开情况\n全年收到政府信息公开申请2件。\n"))
    assert got[("apply.received", None)] == 2


def test_platform_and_problem_parts_give_no_figures():
    got = table(facts_of("一、总体情况\n(一)主动公开情况\n全年主动公开政府信息75条。\n(四)政府信息公开平台建设情况\n"
                         "“长风发布”网站全年累计发布信息2000条,其中动态类信息1500条,政务信息500条。\n"
                         "五、存在的主要问题及改进情况\n一是全年仅收到政府信息公开申请1件,群众知晓度不高。\n"))
    assert got == {("active.total", None): 75}


def test_traditional_characters_keep_their_printed_labels():
    got = table(facts_of("一、政府信息主動公開情況\n2015年,本鎮主動公開政府信息45條,其中工作動態30條、通知公告15條。\n"
                         "二、依申請公開情況\n2015年,本鎮沒有收到政府信息公開申請。\n"))
    assert got == {("active.total", None): 45, ("active.item", "工作動態"): 30, ("active.item", "通知公告"): 15,
                   ("apply.received", None): 0}


def test_table_renderings_are_not_facts():
    text = ("一、总体情况\n全年主动公开政府信息40条。\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 |\n"
            "规章 | 0 | 0 |\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 6 | 0 | 6 |\n"
            "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 1 | 0 | 1 |\n五、存在的主要问题及改进情况\n宣传不够。\n")
    got = table(facts_of(text))
    assert got == {("active.total", None): 40}


def test_unusable_text_gives_nothing():
    doc = doc_of("二、主动公开情况\n全年主动公开政府信息40条。\n")
    doc.unusable_spans = [(0, len(doc.text))]
    assert narrative_facts(doc, []) == []


def test_old_statistics_table_flattened():
    text = ("二、主动公开情况\n2012年主动公开政府信息120条。\n"
            "七、政府信息公开情况统计表指标名称计量单位2012年度历年累计主动公开信息数条120860其中:1、政府网站公开数条"
            "1007402、政府公报公开数条20120受理依申请公开信息总数条03对申请的答复总数条03"
            "政府信息公开收费减免金额元00行政复议数件00行政诉讼数件01\n")
    got = table(facts_of(text))
    assert got == {("active.total", None): 120, ("active.cumulative", None): 860,
                   ("active.item", "政府网站公开"): 100, ("active.item", "政府公报公开"): 20,
                   ("apply.received", None): 0, ("apply.completed", None): 0, ("fees.amount", None): 0,
                   ("review.total", None): 0, ("litigation.total", None): 0}


def test_old_statistics_table_ambiguous_split_is_left_out():
    # without a narrative figure, 294|981 and 2949|81 … cannot be told apart: nothing is guessed
    text = "六、统计表指标名称计量单位本年度历年累计主动公开文件数条29498191其中:1、政府网站公开数条294981912、政府公报公开数条00\n"
    got = table(facts_of(text))
    assert ("active.total", None) not in got and ("active.cumulative", None) not in got


def test_sections_when_given_are_used(seed_path):
    from extract.model import Section

    doc = doc_of("一、工作概况\n受理申请4件,均已办结。\n")
    assert table(narrative_facts(doc, [])) == {}
    section = Section(id="application", heading="一、工作概况", start=0, end=len(doc.text))
    assert table(narrative_facts(doc, [section])) == {("apply.received", None): 4, ("apply.completed", None): 4}


def test_seed_gives_exactly_its_truth(seed_path, shared_dir):
    truth = json.loads((shared_dir / "truth" / "seed_yijiuzhen_2018.json").read_text(encoding="utf-8"))
    got = table(narrative_facts(read(seed_path), []))
    want = {(f["metric"], f["label"]): f["value"] for f in truth["facts"]}
    assert got == want


@pytest.mark.parametrize("name", ["fujian_pingtan-zongheshiyanqu_2015.txt", "jiangxi_shanggao-luzhouxiang_2018.txt",
                                  "beijing_dongcheng-donghuamenjiedao_2025.txt"])
def test_shared_reports_match_their_truth(shared_dir, name):
    truth = json.loads((shared_dir / "truth" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
    got = table(narrative_facts(read(shared_dir / "corpus" / name), []))
    for f in truth["facts"]:
        key = (f["metric"], f["label"])
        near = [k for k in got if k[0] == key[0] and k[1] and key[1] and (key[1] in k[1] or k[1] in key[1])]
        assert key in got or len(near) == 1, f"missed {key}"
        assert got.get(key, got[near[0]] if near else None) == f["value"]


def test_channel_items_lose_their_preposition_and_verb():
    got = table(facts_of("二、主动公开情况\n全年共主动公开政府信息500条,其中通过政府网站公开320条,通过政务微博公开180条。"
                         "解读政策文件8件。\n"))
    assert got == {("active.total", None): 500, ("active.item", "政府网站"): 320, ("active.item", "政务微博"): 180,
                   ("interpretation.total", None): 8}


def test_item_labels_lose_a_leading_publishing_verb():
    got = table(facts_of("二、主动公开情况\n全年主动公开政府信息30条,其中主动公开规范性文件5件、工作动态25条。\n"))
    assert got[("active.item", "规范性文件")] == 5


def test_list_presented_by_a_classifying_clause():
    facts = facts_of("二、主动公开政府信息情况\n2021年共主动公开政府信息300条。按信息类别分:工作动态200条,通知公告100条。\n")
    got = table(facts)
    assert got == {("active.total", None): 300, ("active.item", "工作动态"): 200, ("active.item", "通知公告"): 100}
    assert len({f.group for f in facts}) == 1


def test_carried_forward_to_a_named_year():
    got = table(facts_of("三、依申请公开情况\n本年度新收申请6件,结转至2022年度继续办理2件。\n"))
    assert got == {("apply.received", None): 6, ("apply.carried_forward", None): 2}


def test_a_label_answered_by_none():
    got = table(facts_of("四、行政复议、行政诉讼情况:无。\n五、收费情况:无\n六、其他需要报告的事项:无。\n"))
    assert got == {("review.total", None): 0, ("litigation.total", None): 0, ("fees.amount", None): 0}


def test_both_cases_stated_as_zero():
    got = table(facts_of("五、复议诉讼情况\n本年度因政府信息公开引起的行政复议和行政诉讼均为0。\n"))
    assert got == {("review.total", None): 0, ("litigation.total", None): 0}


def test_fees_as_a_count_of_zero_yuan():
    got = table(facts_of("四、收费情况\n全年收取检索、复制、邮寄等费用0元。\n"))
    assert got == {("fees.amount", None): 0}


def test_none_in_the_passive():
    got = table(facts_of("五、复议诉讼情况\n本机关未被申请行政复议,未被提起行政诉讼。\n四、收费情况\n依申请公开的政府信息一律免费提供。\n"))
    assert got == {("review.total", None): 0, ("litigation.total", None): 0, ("fees.amount", None): 0}


def test_brand_names_in_quotes_are_no_verbs():
    facts = facts_of("一、总体情况\n1.主动公开情况。全年主动公开政府信息463条,其中通过区政府网站公开311条,"
                     "通过“柏源发布”公众号公开152条。\n4.平台建设情况。“柏源发布”公众号全年推送信息1300余条。\n")
    got = table(facts)
    assert got == {("active.total", None): 463, ("active.item", "区政府网站"): 311,
                   ("active.item", "“柏源发布”公众号"): 152}
    assert len({f.group for f in facts}) == 1


def test_list_after_a_comparison_with_last_year():
    facts = facts_of("一、总体情况\n(一)主动公开。全年累计主动公开政府信息900条,同比增长8%。其中,县政府门户网站发布600条,"
                     "政务微博发布300条。\n")
    got = table(facts)
    assert got == {("active.total", None): 900, ("active.item", "县政府门户网站"): 600, ("active.item", "政务微博"): 300}
    assert len({f.group for f in facts}) == 1


@pytest.mark.parametrize("rendering", [
    "统计表\n指标名称 计量单位 2012年度 历年累计\n主动公开信息数 条 120 860\n其中:1.政府网站公开数 条 100 740\n"
    "2.政府公报公开数 条 20 120\n行政诉讼数 件 0 1\n",
    "统计表\n指标名称\n计量单位\n2012年度\n历年累计\n主动公开信息数\n条\n120\n860\n其中:1.政府网站公开数\n条\n100\n740\n"
    "2.政府公报公开数\n条\n20\n120\n行政诉讼数\n件\n0\n1\n",
    "统计表(2012年度)\n| 指标名称 | 计量单位 | 2012年度 | 历年累计 |\n| 主动公开信息数 | 条 | 120 | 860 |\n"
    "| 政府网站公开数 | 条 | 100 | 740 |\n| 政府公报公开数 | 条 | 20 | 120 |\n| 行政诉讼数 | 件 | 0 | 1 |\n",
], ids=["spaces", "one-cell-a-line", "pipes"])
def test_old_statistics_table_cells_apart(rendering):
    got = table(facts_of("二、主动公开情况\n2012年主动公开政府信息120条。\n七、政府信息公开情况" + rendering))
    assert got == {("active.total", None): 120, ("active.cumulative", None): 860,
                   ("active.item", "政府网站公开"): 100, ("active.item", "政府公报公开"): 20,
                   ("litigation.total", None): 0}


def test_a_mention_of_the_statistics_table_is_no_table():
    got = table(facts_of("本报告附政府信息公开指标统计表,指标数据以统计表为准。\n二、主动公开情况\n全年主动公开政府信息70条。\n"))
    assert got == {("active.total", None): 70}


def test_prose_between_tables_is_read_the_tables_are_not():
    text = ("一、总体情况\n全年主动公开政府信息40条。\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n规章\n0\n"
            "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n一、本年新收政府信息公开申请数量\n5\n"
            "四、政府信息公开行政复议、行政诉讼情况\n本年度未发生政府信息公开行政复议、行政诉讼案件。\n结果维持\n2\n"
            "五、存在的主要问题及改进情况\n宣传不够。\n")
    got = table(facts_of(text))
    assert got == {("active.total", None): 40, ("review.total", None): 0, ("litigation.total", None): 0}


def test_a_citation_of_the_regulation_opens_no_table():
    got = table(facts_of("一、总体情况\n按照条例第二十条第(一)项规定做好规章公开。全年主动公开政府信息70条。\n"
                         "二、依申请公开情况\n全年收到政府信息公开申请3件。\n"))
    assert got == {("active.total", None): 70, ("apply.received", None): 3}


def test_cases_not_about_disclosure_are_not_counted():
    got = table(facts_of("一、总体情况\n推进法治政府建设,全年办理行政复议案件120件,行政诉讼应诉35件。\n"
                         "二、主动公开情况\n全年主动公开政府信息70条,行政事业性收费3万元按规定公示。\n"))
    assert got == {("active.total", None): 70}


def test_cases_in_a_sentence_after_one_on_disclosure():
    got = table(facts_of("一、总体情况\n本机关有1件涉及政府信息公开工作的行政复议。涉及的行政诉讼数为0件。\n"))
    assert got == {("review.total", None): 1, ("litigation.total", None): 0}


def test_notices_are_no_completed_count():
    got = table(facts_of("三、依申请公开情况\n全年收到政府信息公开申请9件,告知性答复3件。\n"))
    assert got == {("apply.received", None): 9}


def test_headline_without_an_object():
    got = table(facts_of("(一)主动公开情况\n通过区政府网站集约化平台发布各类信息。全年共发布130条,其中通知公告30条,工作动态100条。\n"))
    assert got == {("active.total", None): 130, ("active.item", "通知公告"): 30, ("active.item", "工作动态"): 100}


def test_an_office_own_share_after_the_total_is_an_item():
    got = table(facts_of("二、主动公开政府信息情况\n(一)数量。全县主动公开政府信息300条。\n"
                         "(二)渠道。在互联网上,2012年县政府办公室主动公开信息数为45条,其他部门公开量较大。\n"))
    assert got == {("active.total", None): 300, ("active.item", "县政府办公室"): 45}


def test_figures_after_a_colon_and_counts_in_brackets():
    facts = facts_of("二、主动公开情况\n本年度主动公开政府信息数量为:1234条,其中工作动态(1000条)、通知公告(234条)。\n"
                     "三、依申请公开情况\n收到政府信息公开申请数:5件。\n四、复议诉讼情况\n行政复议:0件;行政诉讼:1件。\n")
    assert table(facts) == {("active.total", None): 1234, ("active.item", "工作动态"): 1000, ("active.item", "通知公告"): 234,
                            ("apply.received", None): 5, ("review.total", None): 0, ("litigation.total", None): 1}
    total = next(f for f in facts if f.metric == "active.total")
    assert total.text == "本年度主动公开政府信息数量为:1234条"


def test_an_office_figure_before_the_whole_body_figure():
    got = table(facts_of("二、主动公开情况\n2019年,区政府办公室主动公开政府信息120条,全区各部门共主动公开政府信息3400条。\n"))
    assert got == {("active.item", "区政府办公室"): 120, ("active.total", None): 3400}


def test_channel_labels_as_printed():
    got = table(facts_of("一、总体情况\n(一)主动公开\n全年主动公开政府信息92条。街道微信公众号通过多种形式宣传政策,发布文章400篇。"
                         "利用区政府信息公开专栏进行网上公开,全年上传公开信息60条。\n"))
    assert got == {("active.total", None): 92, ("active.item", "街道微信公众号"): 400, ("active.item", "区政府信息公开专栏"): 60}


def test_labels_keep_their_words():
    got = table(facts_of("二、主动公开情况\n全年主动公开政府信息30条,其中原创10条,及时转发上级信息15条,其他应主动公开政府信息5条。\n"))
    assert got == {("active.total", None): 30, ("active.item", "原创"): 10, ("active.item", "转发上级信息"): 15,
                   ("active.item", "其他应主动公开政府信息"): 5}


def test_application_volume_and_cases_each():
    got = table(facts_of("三、依申请公开情况\n全年政府信息公开申请量为8件,办结8件。\n四、复议诉讼情况\n"
                         "因政府信息公开引起的行政复议、行政诉讼各1件。\n"))
    assert got == {("apply.received", None): 8, ("apply.completed", None): 8, ("review.total", None): 1,
                   ("litigation.total", None): 1}


def test_running_total_to_date_after_a_comma():
    got = table(facts_of("二、主动公开情况\n2016年主动公开政府信息80条。截至目前,累计公开政府信息1500条。\n"))
    assert got == {("active.total", None): 80, ("active.cumulative", None): 1500}


def test_channel_as_the_subject_and_categories_presented_by_their_kind():
    facts = facts_of("二、主动公开政府信息情况\n(一)数量。全年主动公开政府信息150条,镇微信公众平台发布信息260余条。\n"
                     "(二)类别。我镇主动公开政府信息的主要类别有:机构职能类20条,工作动态类130条。\n")
    got = table(facts)
    assert got == {("active.total", None): 150, ("active.item", "镇微信公众平台"): 260,
                   ("active.item", "机构职能类"): 20, ("active.item", "工作动态类"): 130}
    assert next(f for f in facts if f.label == "镇微信公众平台").approx is True
    total = next(f for f in facts if f.metric == "active.total")
    assert next(f for f in facts if f.label == "机构职能类").group == total.group


def test_categories_under_a_heading_of_their_kind():
    facts = facts_of("二、主动公开政府信息情况\n(一)主动公开政府信息的数量。2010年,我局主动公开政府信息56条。\n"
                     "(二)主动公开政府信息的主要类别。机构职能类3条,占5%;政策法规类12条,占21%;工作动态类41条,占74%。\n")
    got = table(facts)
    assert got == {("active.total", None): 56, ("active.item", "机构职能类"): 3, ("active.item", "政策法规类"): 12,
                   ("active.item", "工作动态类"): 41}
    assert {f.lead for f in facts if f.metric == "active.item"} == {"主要类别"}


def test_running_total_with_the_year_inside():
    got = table(facts_of("二、主动公开情况\n(一)数量。截至2012年底,我镇累计主动公开政府信息500条,其中2012年新增公开80条。\n"))
    assert got == {("active.cumulative", None): 500, ("active.total", None): 80}


@pytest.mark.parametrize("change", ["同比增加12条", "同比增量12条", "较上年增长12条", "比上年减少12条"])
def test_a_change_against_last_year_glosses_an_item_and_is_no_item(change):
    facts = facts_of("二、主动公开政府信息情况\n2016年,我镇主动公开信息共90条。其中通过政府网站公开政府信息70条,"
                     f"{change},通过微信公众号公开信息20条。\n")
    assert table(facts) == {("active.total", None): 90, ("active.item", "政府网站"): 70,
                            ("active.item", "微信公众号"): 20}


@pytest.mark.parametrize("channel, label", [("《青山网》", "《青山网》"), ("青山网", "青山网"), ("政府门户网站", "政府门户网站")])
def test_one_channel_publishing_a_spelled_out_list_of_kinds_is_the_only_headline(channel, label):
    # 通过X网发布…、…等各类信息N条: the kinds are what the N items are, not items of their own
    facts = facts_of("二、主动公开政府信息情况\n2021年,我镇通过" + channel +
                     "发布政策文件、工作动态、重点领域信息、通知公告等各类信息320条。\n三、依申请公开情况\n")
    assert table(facts) == {("active.item", label): 320, ("active.total", None): 320}


def test_several_channels_publishing_a_spelled_out_list_of_kinds_give_the_total():
    facts = facts_of("一、总体情况\n2022年我街道通过区政府网、街道公众号、各级媒体等方式主动向社会公开政策文件、"
                     "财政预决算、重点领域、工作动态、公共服务、行政处罚等信息1200条。\n")
    got = table(facts)
    assert got[("active.total", None)] == 1200
    assert [k for k in got if k[0] == "active.item"] == [("active.item", "区政府网、街道公众号、各级媒体等方式")]


def test_an_application_answer_listing_kinds_is_no_proactive_figure():
    assert table(facts_of("一、总体情况\n2022年,我镇依申请公开土地、规划等信息3条。\n")) == {}


@pytest.mark.parametrize("gloss", ["(微信号:qingshan2020)", "(网址:www.qingshan.gov.cn)"])
def test_a_bracketed_account_gloss_with_a_colon_keeps_its_channel_count(gloss):
    # the colon inside (微信号:…) ends no clause: the count still belongs to the channel before it
    facts = facts_of("2019年,主动公开政府信息共90条,通过政府网站公开信息60条,政务微信订阅号“青山发布”"
                     f"{gloss}公开政府信息20条,村务公开栏公开信息10条。\n")
    assert table(facts) == {("active.total", None): 90, ("active.item", "政府网站"): 60,
                            ("active.item", "政务微信订阅号“青山发布”"): 20, ("active.item", "村务公开栏"): 10}


@pytest.mark.parametrize("sentence", ["2021年,我乡未接收到依申请公开。", "我乡2021年度无申请。",
                                      "本年度无政府信息公开申请。"])
def test_no_applications_in_other_words(sentence):
    facts = facts_of(f"三、依申请公开政府信息情况\n{sentence}\n")
    assert table(facts) == {("apply.received", None): 0}


def test_an_applicant_is_no_application():
    assert ("apply.received", None) not in table(facts_of("三、依申请公开情况\n本年度无申请人投诉渠道变更。\n"))


def test_application_shorthand_beside_the_headline_is_the_year_received():
    facts = facts_of("一、总体情况\n青山镇2020年度累计主动公开政府信息35条,依申请公开2件。\n")
    assert table(facts) == {("active.total", None): 35, ("apply.received", None): 2}


def test_application_shorthand_after_a_received_count_is_an_outcome_not_taken():
    facts = facts_of("一、总体情况\n2020年收到政府信息公开申请5件,依申请公开3件。\n")
    assert table(facts) == {("apply.received", None): 5}


def test_online_as_a_channel_keeps_its_whole_word():
    facts = facts_of("一、总体情况\n2020年度我镇主动公开政府信息40条,网上公开了32件。\n")
    assert table(facts) == {("active.total", None): 40, ("active.item", "网上"): 32}


@pytest.mark.parametrize("obj", ["政府工作信息、动态", "政务信息、工作动态", "信息、新闻动态"])
def test_generic_nouns_joined_by_a_pause_mark_are_still_the_headline(obj):
    facts = facts_of(f"二、主动公开政府信息情况\n2017年,主动公开{obj}420多条。\n")
    assert table(facts) == {("active.total", None): 420}
    assert next(f for f in facts if f.metric == "active.total").approx


def test_named_kinds_joined_by_a_pause_mark_are_not_taken_for_the_headline():
    facts = facts_of("二、主动公开政府信息情况\n2017年,主动公开规章、规范性文件30件。\n")
    assert ("active.total", None) not in table(facts)


def test_a_channel_pushing_spelled_out_kinds_of_news_is_a_channel_count():
    facts = facts_of("一、总体情况\n2020年,我镇通过“青山发布”微信公众号推送涉及教育、医疗、社会保障等的政务动态45余条。\n")
    assert table(facts) == {("active.item", "“青山发布”微信公众号"): 45, ("active.total", None): 45}


def test_a_lone_channel_beside_an_unread_figure_is_not_promoted_to_the_total():
    # the website's count is cut from its clause (…财政信息,2条): it may be a second channel, so the
    # WeChat count is no proven only headline
    facts = facts_of("一、总体情况\n2020年,我镇通过区政府门户网站公开镇财政信息,2条;通过“青山发布”微信公众号推送"
                     "涉及教育、医疗等的政务动态45余条。\n")
    got = table(facts)
    assert got.get(("active.item", "“青山发布”微信公众号")) == 45 and ("active.total", None) not in got


def test_a_change_against_last_year_beside_a_lone_channel_does_not_block_the_total():
    facts = facts_of("二、主动公开政府信息情况\n2017年,青山镇通过政府网站主动公开信息共90条,同比增加12条。\n")
    assert table(facts) == {("active.item", "政府网站"): 90, ("active.total", None): 90}


def test_no_applications_after_a_heading_run_into_the_sentence():
    # a heading that names 不予公开 joined to its first sentence on one line still states none received
    facts = facts_of("三、依申请公开政府信息和不予公开政府信息的情况2012年我乡没有收到政府信息公开申请。\n")
    assert table(facts) == {("apply.received", None): 0}


def test_a_refusal_after_the_negation_is_no_statement_of_none_received():
    facts = facts_of("三、依申请公开情况\n本年度未收到需不予公开的申请。\n")
    assert ("apply.received", None) not in table(facts)


def test_a_lone_channel_count_opened_by_qizhong_is_a_part_not_the_total():
    facts = facts_of("二、主动公开政府信息情况\n2018年度,街道通过多种渠道主动公开政府信息。其中,街道官方微信发布信息300条,"
                     "信息公开网发布政务动态信息40条。\n")
    got = table(facts)
    assert got[("active.item", "官方微信")] == 300 and ("active.total", None) not in got


def test_cumulative_of_one_named_year_is_the_years_total():
    facts = facts_of("一、主动公开政府信息情况\n截至2009年底,我镇人民政府累计主动公开2009年度政府信息40条。\n")
    assert table(facts) == {("active.total", None): 40}


def test_what_ought_to_be_published_names_a_kind_inside_a_list():
    facts = facts_of("一、主动公开政府信息情况\n2011年我镇主动公开政府信息30条。在主动公开的信息中,机构设置类信息10条,"
                     "占33.3%;应主动公开的其他类信息20条,占66.7%。\n")
    assert table(facts) == {("active.total", None): 30, ("active.item", "机构设置类信息"): 10,
                            ("active.item", "应主动公开的其他类信息"): 20}
    assert len({f.group for f in facts}) == 1


def test_a_channel_publishing_posts_of_pictures_and_text_is_a_channel_count():
    facts = facts_of("二、主动公开政府信息情况\n本镇2018年主动公开政府信息300条。本镇2018年通过官方微信公众号共发布有关图文210条。\n")
    assert table(facts) == {("active.total", None): 300, ("active.item", "官方微信公众号"): 210}


@pytest.mark.parametrize("sentence", ["向图书馆、档案馆报送纸质信息各20条。", "其中工作动态30条,图书馆、档案馆各20条。"])
def test_so_many_each_is_no_count_of_what_is_named(sentence):
    facts = facts_of(f"二、主动公开政府信息情况\n本镇2018年主动公开政府信息300条。{sentence}\n")
    assert not any(f.value == 20 for f in facts)


def test_a_list_of_parts_naming_refusals_and_fees_states_no_fees():
    facts = facts_of("全文包括主动公开政府信息情况、依申请公开政府信息和不予公开政府信息情况、政府信息公开的收费及减免情况。\n"
                     "一、主动公开政府信息情况\n2015年度,本局共主动公开各类政府信息30条。\n")
    assert table(facts) == {("active.total", None): 30}


def test_disclosure_requests_in_the_application_shorthand():
    facts = facts_of("一、总体情况\n(二)依申请公开\n2024年,我镇依申请公开请求6件,其中网络平台收到2件,线下收到4件。\n")
    assert table(facts)[("apply.received", None)] == 6


def test_the_last_tongguo_of_a_clause_names_its_channel():
    facts = facts_of("二、主动公开政府信息情况\n2017年,青山镇人民政府通过各渠道公开信息通过政府信息平台主动公开信息共80条。\n")
    assert table(facts) == {("active.item", "政府信息平台"): 80, ("active.total", None): 80}


def test_counted_kinds_before_a_closing_deng_are_no_single_object_of_a_channel():
    # 在X网上主动公开A信息3条、B信息16条、…等信息54条: the 54 is one kind's count, not the site's
    facts = facts_of("一、总体情况\n今年以来,本单位通过区政府网和新媒体平台发布各类政务信息300条,在区政府网上主动公开组织机构信息3条、"
                     "财政预决算信息16条、其他公告公示通知等信息54条。\n")
    got = table(facts)
    assert got[("active.total", None)] == 300
    assert all(not (f.metric == "active.item" and f.value == 54 and "网" in (f.label or "")) for f in facts)


def test_kinds_spelled_out_as_aspects_are_a_headline_object():
    facts = facts_of("一、总体情况\n(一)主动公开\n截止到2021年12月,青山街道主动公开涉及疫情防控、社会救助、安全生产等方面信息320条。\n")
    assert table(facts) == {("active.total", None): 320}


def test_none_received_beside_a_separate_statement_about_refusals():
    facts = facts_of("三、政府信息依申请公开和不予公开情况\n2015年未收到信息公开的申请和未涉及“不予公开”的政府信息。\n")
    assert table(facts) == {("apply.received", None): 0}


def test_kinds_counted_after_the_total_without_qizhong_divide_it_when_they_add_up():
    facts = facts_of("一、总体情况\n(一)主动公开\n我镇2023年度主动公开政府信息共50条,工作动态42条,其他信息8条。\n")
    assert table(facts) == {("active.total", None): 50, ("active.item", "工作动态"): 42, ("active.item", "其他信息"): 8}
    assert len({f.group for f in facts}) == 1


def test_kinds_counted_after_the_total_without_qizhong_divide_it_even_when_they_do_not_add_up():
    facts = facts_of("一、总体情况\n(一)主动公开\n我镇2023年度主动公开政府信息共50条,工作动态42条,其他信息5条。\n")
    assert table(facts) == {("active.total", None): 50, ("active.item", "工作动态"): 42, ("active.item", "其他信息"): 5}
    assert len({f.group for f in facts}) == 1  # the items_sum check then fails: 47 against 50


def test_a_list_after_the_change_and_the_electronic_full_text_rate_divides_the_total():
    facts = facts_of("一、总体情况\n2019年,我局全年主动公开政府信息60条,较去年下降7.8%。全文电子化率达100%。其中,机构职能类信息"
                     "10条,占比16.7%;政策解读类信息5条,占比8.3%;部门动态类信息45条,占比75%。\n")
    assert table(facts) == {("active.total", None): 60, ("active.item", "机构职能类信息"): 10,
                            ("active.item", "政策解读类信息"): 5, ("active.item", "部门动态类信息"): 45}


def test_all_kinds_and_news_joined_by_ji_summed_are_the_headline():
    facts = facts_of("二、主动公开政府信息情况\n2014年以镇政府网站为平台,依照主动公开目录公开各类信息及工作动态类信息合计150条。\n")
    assert table(facts) == {("active.total", None): 150}


@pytest.mark.parametrize("head", ["主动公开政府信息的数量共", "主动公开政府信息件数为"])
def test_the_number_of_items_said_in_words_is_the_headline(head):
    facts = facts_of(f"二、主动公开政府信息情况\n(一)2013年度我镇{head}120件。\n")
    assert table(facts) == {("active.total", None): 120}


def test_a_bracketed_list_right_after_the_total_divides_it():
    facts = facts_of("二、主动公开政府信息情况\n2013年,我镇主动公开政府信息共100条(规范性文件30条,计划规划20条,其他政府信息50条)。\n")
    assert table(facts) == {("active.total", None): 100, ("active.item", "规范性文件"): 30,
                            ("active.item", "计划规划"): 20, ("active.item", "其他政府信息"): 50}


def test_kinds_presented_as_the_main_categories_and_not_a_count_of_kinds():
    facts = facts_of("二、主动公开政府信息情况\n(一)主动公开政府信息共60条。\n(二)主动公开政府信息的主要类别情况:党政信息类40条,"
                     "文件类20条。\n(三)主要类别情况:机构职能、政策文件、人事信息等3个类别。\n")
    assert table(facts) == {("active.total", None): 60, ("active.item", "党政信息类"): 40, ("active.item", "文件类"): 20}


@pytest.mark.parametrize("sentence", [
    "本年度共收到政府信息公开申请5件,均已按时办结。",
    "今年受理依申请公开5件,全部在法定期限内予以答复。",
    "共收到申请5件,按时答复率100%。",
    "收到政府信息公开申请5件,已全部办理完毕。",
])
def test_every_application_answered_in_words_gives_completed(sentence):
    facts = facts_of("三、依申请公开情况\n" + sentence + "\n")
    assert table(facts) == {("apply.received", None): 5, ("apply.completed", None): 5}
    assert next(f for f in facts if f.metric == "apply.completed").rule == "apply.all_done"


def test_answered_in_words_after_another_count_is_not_said_of_the_received():
    facts = facts_of("三、依申请公开情况\n收到申请3件,其中2件予以公开,1件不予公开,均已答复。\n")
    assert ("apply.completed", None) not in table(facts)


def test_received_and_answered_at_once_and_answered_as_the_verb_of_applications():
    assert table(facts_of("三、依申请公开情况\n全年收到并办结政府信息公开申请8件。\n")) == {
        ("apply.received", None): 8, ("apply.completed", None): 8}
    assert table(facts_of("三、依申请公开情况\n本年度办结政府信息公开申请9件,办结率100%。\n")) == {
        ("apply.completed", None): 9}


@pytest.mark.parametrize("sentence, metric", [
    ("全年收到关于政府信息公开的投诉举报2件。", "complaint.total"),
    ("收到群众举报投诉2件,已办结。", "complaint.total"),
])
def test_complaints_counted(sentence, metric):
    assert table(facts_of("四、行政复议、行政诉讼和申诉情况\n" + sentence + "\n")) == {(metric, None): 2}


def test_cases_counted_one_by_one_including_complaints():
    assert table(facts_of("四、行政复议、行政诉讼和申诉情况\n行政复议0件,行政诉讼0件,申诉0件。\n")) == {
        ("review.total", None): 0, ("litigation.total", None): 0, ("complaint.total", None): 0}


def test_all_years_since_a_year_and_累计_after_the_years_figure():
    assert table(facts_of("二、主动公开情况\n自2008年以来,共主动公开政府信息5000余条。\n")) == {("active.cumulative", None): 5000}
    assert table(facts_of("二、主动公开情况\n2016年主动公开政府信息320条,累计公开1850条。\n")) == {
        ("active.total", None): 320, ("active.cumulative", None): 1850}
    assert table(facts_of("二、主动公开情况\n自2016年1月1日起至2016年12月31日止,主动公开政府信息320条。\n")) == {
        ("active.total", None): 320}
