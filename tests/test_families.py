"""Phrasing families met in real reports, each on text written for its test (one family a test)."""

from __future__ import annotations

import pytest

from extract.facts import narrative_facts
from extract.sections import find_sections
from parsers import read_bytes


def table(text: str) -> dict:
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])
    out: dict = {}
    for f in facts:
        assert out.get((f.metric, f.label), f.value) == f.value
        out[(f.metric, f.label)] = f.value
    return out


ACTIVE = "二、主动公开政府信息情况\n"


def test_key_areas_figure_is_the_headline_when_no_other_comes_first():
    got = table(ACTIVE + "本年度,12个重点领域累计更新信息90条,其中政务动态60条、政策文件30条。\n")
    assert got == {("active.total", None): 90, ("active.item", "政务动态"): 60, ("active.item", "政策文件"): 30}


def test_key_areas_figure_gives_way_to_the_years_headline_after_it():
    got = table(ACTIVE + "全年公开重点领域信息40条,其中财政信息30条、扶贫信息10条。全年共主动公开政府信息300条。\n")
    assert got == {("active.total", None): 300}


def test_a_gloss_after_the_verb_is_no_object():
    got = table(ACTIVE + "2025年,在区政府门户网站累计公开(更新)政务信息880条。\n")
    assert got[("active.item", "区政府门户网站")] == 880


def test_the_words_after_a_figure_joined_by_a_pause_mark_are_the_next_figures_own():
    got = table(ACTIVE + "其中,通过县政府网站更新信息20条,政务新媒体更新300条、全年总计更新主动公开信息320条。\n")
    assert got[("active.total", None)] == 320
    assert got[("active.item", "政务新媒体")] == 300


def test_spans_of_time_and_counts_of_bodies_are_no_counts():
    got = table(ACTIVE + "全年主动公开政府信息80条,公开时限符合自信息形成之日起20个工作日内公开的要求。政务公开工作涉及全县16个镇。\n")
    assert got == {("active.total", None): 80}


def test_more_than_is_approximate():
    facts = narrative_facts(read_bytes((ACTIVE + "全年主动公开政府信息超300条。\n").encode(), "w.txt"), [])
    assert [(f.metric, f.value, f.approx) for f in facts] == [("active.total", 300, True)]


@pytest.mark.parametrize("sentence, metrics", [
    ("本年度未因政府信息公开工作引发行政复议或行政诉讼案件。", {"review.total", "litigation.total"}),
    ("全年未引起行政诉讼。", {"litigation.total"}),
    ("2013年度没有依申请公开信息的情况。", {"apply.received"}),
    ("2025年,未收到政府信息公开类案件。", {"apply.received"}),
    ("我镇未收到政府信息公开申请、无相关申请处理情况。", {"apply.received", "apply.completed"}),
    ("本年度未收到和办理政府信息公开申请。", {"apply.received", "apply.completed"}),
    ("本年度,我镇未收到、未办理政府信息公开申请。", {"apply.received", "apply.completed"}),
    ("本年度未接到依申请公开的申请,也未发生答复情况。", {"apply.received", "apply.completed"}),
    ("本年度未收到政府信息公开申请,也没有办理情况。", {"apply.received", "apply.completed"}),
    ("本年度,我镇收到和办结政府信息公开申请均为零。", {"apply.received", "apply.completed"}),
    ("2022年度未依申请公开。", {"apply.received"}),
    ("2019年,某庄镇未收到电话、网络平台、来信等方式提出的相关政府信息公开。", {"apply.received"}),
    ("2024年,我镇未收到群众要求公开政府信息。", {"apply.received"}),
    ("2023年度,我镇未新收到政府依申请公开件。", {"apply.received"}),
    ("2024年某普镇无政府信息依申请公开办理情况。", {"apply.received"}),
    ("本年度未收到行政复议申请,也未发生答复情况。", {"review.total"}),
])
def test_statements_of_none_in_further_words(sentence, metrics):
    got = table("三、依申请公开和行政复议情况\n" + sentence + "\n")
    assert got == {(m, None): 0 for m in metrics}


def test_a_column_of_the_portal_is_a_channel():
    got = table(ACTIVE + "全年在门户网站公示公告栏目发布信息7条。\n")
    assert got[("active.item", "门户网站公示公告栏目")] == 7


def test_kind_of_information_written_with_a_bare_类_is_generic():
    got = table(ACTIVE + "2021年度通过政府网站主动公开类信息12条,其中发布文件2条,发布便民政策10条。\n")
    assert got[("active.item", "政府网站")] == 12


def test_channels_closed_by_等渠道_are_several_at_once_and_give_the_total():
    got = table(ACTIVE + "通过网站“街道动态”等渠道,累计主动发布各类信息170余条。\n")
    assert got[("active.total", None)] == 170 and [k for k in got if k[0] == "active.item"] == [
        ("active.item", "网站“街道动态”等渠道")]


def test_complaints_of_every_kind_are_no_disclosure_complaints():
    got = table("一、总体情况\n全年通过政府网站公开政府信息29条。全年累计办理各类投诉231件、信访26件。\n")
    assert ("complaint.total", None) not in got


def test_a_figure_after_the_total_is_an_office_item_only_when_it_names_an_office():
    got = table(ACTIVE + "全年主动公开政府信息900条。县直各单位主动公开政府信息300条。财政资金信息中,预决算公开197条。\n")
    assert got[("active.item", "县直各单位")] == 300
    assert ("active.item", "预决算") not in got


def test_政务公开_is_a_noun_not_a_verb_of_publishing():
    got = table(ACTIVE + "全年主动公开政府信息60条。政务公开工作涉及全县各单位12家。\n")
    assert got == {("active.total", None): 60}


def test_a_heading_on_proactive_disclosure_and_platforms_opens_the_active_part():
    got = table("三、主动公开政府信息以及公开平台建设情况\n我镇充分利用网站、公告栏等渠道。2010年,我单位共主动公开政府信息23条。\n")
    assert got[("active.total", None)] == 23


def test_approximate_before_ten_thousands():
    facts = narrative_facts(read_bytes((ACTIVE + "通过政府网站和政务新媒体等媒介,主动公开政府信息20余万条。\n").encode(), "w.txt"), [])
    assert [(f.metric, f.value, f.approx) for f in facts if f.metric == "active.total"] == [("active.total", 200000, True)]


def test_received_and_answered_in_one_verb():
    got = table("三、依申请公开情况\n受理答复政府信息公开申请28件。\n")
    assert got == {("apply.received", None): 28, ("apply.completed", None): 28}


def test_the_one_application_answered():
    got = table("三、依申请公开情况\n2025年共受理政府信息公开申请1件,经核查后在法定时限内依法予以公开答复。\n")
    assert got == {("apply.received", None): 1, ("apply.completed", None): 1}


def test_interpretations_counted_beside_named_documents_are_one_of_the_kinds():
    got = table(ACTIVE + "全年主动公开政府信息500条。全年公开政府文件27条,图文政策解读16条。\n")
    assert got[("active.item", "图文政策解读")] == 16 and got[("active.total", None)] == 500
    assert got[("active.item", "政府文件")] == 27 and ("interpretation.total", None) not in got


def test_a_statement_after_a_semicolon_ends_the_list():
    got = table(ACTIVE + "门户网站发布信息300条,其中政务动态200条,通知公告100条;全年公开政府文件27条。\n")
    assert got[("active.item", "政务动态")] == 200 and got[("active.item", "政府文件")] == 27
    facts = narrative_facts(read_bytes((ACTIVE + "门户网站发布信息300条,其中政务动态200条,通知公告100条;全年公开政府文件27条。\n")
                                       .encode(), "w.txt"), [])
    listed = {f.label: f.rule for f in facts if f.metric == "active.item"}
    assert listed["政务动态"] == "list.lead" and listed["政府文件"] != "list.lead"


def test_documents_are_the_headline_object_only_when_published_proactively():
    assert table(ACTIVE + "本年度主动公开政务文件11份。\n") == {("active.total", None): 11}
    assert ("active.total", None) not in table(ACTIVE + "全年公开政府文件27条。\n")


def test_interpretation_posts_among_platform_counts_are_no_interpretation_count():
    got = table("(四)平台建设情况\n门户网站全年信息发布1744条,政务信息发布393条,解读类信息发布21条。\n")
    assert ("interpretation.total", None) not in got
    got = table("(三)政府信息管理情况\n发布政策解读信息260条。\n")
    assert got[("interpretation.total", None)] == 260


def test_counts_without_a_unit_in_a_numbered_list_after_the_total():
    facts = narrative_facts(read_bytes((ACTIVE + "全年主动公开政府信息60条,其中1.组织机构5;2.规范性文件20;3.工作动态35。\n")
                                       .encode(), "w.txt"), [])
    got = {(f.metric, f.label): f.value for f in facts}
    assert got == {("active.total", None): 60, ("active.item", "组织机构"): 5, ("active.item", "规范性文件"): 20,
                   ("active.item", "工作动态"): 35}
    assert {f.unit for f in facts} == {"条"} and {f.rule for f in facts if f.label} == {"list.bare_numbers"}


def test_unnumbered_bare_counts_are_read_only_when_they_add_up():
    assert ("active.item", "工作动态") not in table(ACTIVE + "全年主动公开政府信息60条,其中工作动态5,通知公告20。\n")
    assert table(ACTIVE + "全年主动公开政府信息25条,其中工作动态5,通知公告20。\n")[("active.item", "工作动态")] == 5


def test_a_channel_named_with_its_count_after_another_channel():
    from extract.checks_text import breakdown_checks

    text = ACTIVE + "主动公开政府信息400条,县政府网站信息公开80条,公示公告栏320条,其中政府职能20条;民政信息100条;其他信息190条。\n"
    facts = narrative_facts(read_bytes(text.encode(), "w.txt"), [])
    got = {(f.metric, f.label): f.value for f in facts}
    assert got[("active.item", "公示公告栏")] == 320 and got[("active.item", "民政信息")] == 100
    # the kinds divide the noticeboard's count, and do not add up to it
    assert ("active.items_sum", "fail") in {(c.id, c.status) for c in breakdown_checks(facts)}


def test_a_channel_used_运用_and_the_verb_nearest_the_kinds():
    got = table("(一)公开政府信息情况本年度我乡通过县政府门户网站发布各类工作动态、公示公告等主动公开信息73条。"
                "另外,我乡运用“某某乡”微信公众号发布信息71条。\n")
    assert got == {("active.item", "县政府门户网站"): 73, ("active.item", "“某某乡”微信公众号"): 71}


def test_this_years_information_at_a_channel():
    got = table(ACTIVE + "2015年,我乡在区政府网站公开本年度信息69条,其中,乡文件13条,工作动态56条。\n")
    assert got[("active.item", "区政府网站")] == 69 and got[("active.item", "工作动态")] == 56


def test_the_channel_in_the_clause_before_a_count_said_to_the_public():
    got = table(ACTIVE + "线上,通过城区政府门户网站街道专栏,主动向社会各界公开有关信息71条。线下,通过便民服务中心政务公开专区、"
                "小区公告栏主动公开政府信息文件93份。\n")
    assert got[("active.item", "城区政府门户网站街道专栏")] == 71
    assert got[("active.item", "便民服务中心政务公开专区、小区公告栏")] == 93


def test_all_kinds_of_platforms_at_once_give_the_total():
    got = table(ACTIVE + "2024年通过各类平台发布信息共计12176条。\n")
    assert got == {("active.total", None): 12176, ("active.item", "各类平台"): 12176}


def test_kinds_spelled_out_after_具体包括_with_a_closing_count():
    got = table(ACTIVE + "本年度按照《条例》要求公开了各类政府信息,具体包括调整领导干部分工、残疾人补助领取等方面的内容共计108条。\n")
    assert got[("active.total", None)] == 108


def test_issues_counted_in_a_list_after_its_lead():
    got = table(ACTIVE + "全年主动公开各类信息300条,其中工作动态185条,通知通告63条,四川要闻52期。\n")
    assert got[("active.item", "四川要闻")] == 52


def test_a_change_against_last_year_does_not_stand_between_the_count_and_all_answered():
    got = table("三、依申请公开情况\n2024年接收政府信息公开申请52件,与去年相比增加了32件,均规范予以答复。\n")
    assert got == {("apply.received", None): 52, ("apply.completed", None): 52}


def test_none_received_said_with_complaints_and_起诉():
    got = table("(二)依申请公开\n2024年,我街道未收到公民、法人或者其他组织申请公开政府信息以及有关政府信息公开工作的举报、投诉,"
                "无因不及时公开信息而引发行政复议和起诉案件。\n")
    assert got == {("apply.received", None): 0, ("complaint.total", None): 0, ("review.total", None): 0,
                   ("litigation.total", None): 0}


def test_a_name_holding_a_unit_word_is_one_place():
    from extract.meta import chain

    assert chain("南宁市西乡塘区西乡塘街道") == ["南宁市", "西乡塘区", "西乡塘街道"]
    assert chain("某县东乡镇") == ["某县", "东乡镇"]


def test_a_site_column_named_for_towns_is_no_place(tmp_path):
    import nianbao

    path = tmp_path / "page.txt"
    path.write_text("登录 | 注册\n乡镇政府信息公开年度报告\n发布机构\n    某某县面甸镇人民政府\n\n某某县面甸镇2025年政府信息公开工作年度报告\n"
                    "一、总体情况\n全年主动公开政府信息7条。\n二、依申请公开\n未收到申请。\n", encoding="utf-8")
    assert nianbao.extract(path).place == "面甸镇"


def test_a_list_ends_at_a_clause_that_issues_something_else():
    got = table(ACTIVE + "通过政府网站公开政府信息29条,其中政策类信息6条、其他类信息23条;编发简报信息118期。\n")
    assert ("active.item", "编发简报信息") not in got and got[("active.item", "其他类信息")] == 23


def test_channels_counted_in_issues_and_showings():
    got = table(ACTIVE + "全年在政府门户网站发布信息112条,通过公开栏公开信息48期。村务公开栏张贴信息12期,电子显示屏播放信息30次。\n")
    assert got[("active.item", "公开栏")] == 48 and got[("active.item", "村务公开栏")] == 12
    assert got[("active.item", "电子显示屏")] == 30
    assert table(ACTIVE + "全年主动公开政府信息80条。编发简报18期。\n") == {("active.total", None): 80}


def test_an_item_stated_as_none_inside_a_list_is_zero():
    got = table(ACTIVE + "全年主动公开政府信息200条。法规文件类信息20条,占10%;无行政职责类信息;业务动态类信息180条,占90%。\n")
    assert got[("active.item", "行政职责类信息")] == 0 and got[("active.item", "业务动态类信息")] == 180


def test_several_carriers_of_every_kind_give_the_total():
    got = table(ACTIVE + "2014年,我局通过区政府信息公开网、宣传栏等各类政府公开载体主动公开信息43条,其中财政信息19条、简报信息24条。\n")
    assert got[("active.total", None)] == 43


def test_a_towns_office_compiles_the_towns_report(tmp_path):
    import nianbao

    path = tmp_path / "r.txt"
    path.write_text("本年报是根据《中华人民共和国政府信息公开条例》要求,由某垟乡人民政府办公室编制。全文包括基本概况、主动公开政府信息情况。"
                    "本年报中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n一、主动公开情况\n全年主动公开政府信息40条。\n",
                    encoding="utf-8")
    report = nianbao.extract(path)
    assert (report.body, report.level) == ("某垟乡人民政府", "town")


def test_applications_handled_and_all_answered_are_completed():
    assert table("三、依申请公开情况\n办理依申请公开事项5件,均在法定时限内答复。\n") == {("apply.completed", None): 5}
    assert table("三、依申请公开情况\n全区共办理政府信息公开申请154件。\n") == {}


@pytest.mark.parametrize("sentence, got_", [
    ("2025年度我镇于12月25日收到一份政府信息公开申请,按程序及时进行了答复。", {"apply.received": 1, "apply.completed": 1}),
    ("2012年共收到2份书面政府信息公开申请,均依法回复。", {"apply.received": 2, "apply.completed": 2}),
    ("2021年新受理依申请政府信息公开3件,已依规及时完成答复。", {"apply.received": 3, "apply.completed": 3}),
    ("2023年,本街道共收到12件信息依申请公开,其中10件已经按时按规完成答复,剩余2件结转下年度继续办理。",
     {"apply.received": 12, "apply.completed": 10, "apply.carried_forward": 2}),
    ("2025年,安镇街道共受理政府信息公开申请3件,均已按规定及时予以公开。", {"apply.received": 3, "apply.completed": 3}),
    ("2020年度和平街道发生依申请公开1次。", {"apply.received": 1}),
    ("2009年,全镇政府信息公开依申请办理事项为零。", {"apply.received": 0}),
])
def test_applications_in_further_words(sentence, got_):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {(m, None): v for m, v in got_.items()}


def test_from_january_of_the_year_is_the_year_not_all_years():
    got = table(ACTIVE + "自2019年1月份以来我办共计发布各类信息共408条,其中政策文件22条,机构设置3条,人事信息5条。\n")
    assert got[("active.total", None)] == 408


def test_the_electronic_full_text_rate_between_the_total_and_its_list():
    got = table(ACTIVE + "2021年通过政府网站主动公布政府信息共计304条,全文电子化达100%。其中工作动态信息300条,通知公告4条。\n")
    assert got[("active.item", "工作动态信息")] == 300


def test_fees_and_waivers_stated_as_none():
    assert table("四、收费情况\n2009年,全镇信息公开的收费和减免为零。\n") == {("fees.amount", None): 0}


def test_the_streets_information_on_its_official_site():
    got = table(ACTIVE + "2023年,本街道在政府官网上主动公开街道信息423条。此外,还通过某某发布微信公众号,发布信息977条。\n")
    assert got == {("active.item", "政府官网"): 423, ("active.item", "某某发布微信公众号"): 977}


def test_applications_beside_a_channel_count_do_not_keep_it_from_being_the_only_headline():
    got = table(ACTIVE + "一是通过政府门户网站主动公开信息1470条,依申请公开信息37条,受理留言咨询169件。\n")
    assert got[("active.total", None)] == 1470


def test_one_site_named_with_manner_words_is_one_channel():
    got = table(ACTIVE + "2025年度,镇政府通过“某某”门户网站主动、规范发布、更新各类政府信息90余条。2025年度产生政府文件信息22条,"
                "其中主动公开14条。\n")
    assert got[("active.item", "“某某”门户网站")] == 90 and got[("active.total", None)] == 90


def test_the_proactive_part_of_information_made_is_the_total_when_no_channel_came_first():
    got = table(ACTIVE + "2011年制作、获取政府信息总数1873条,其中主动公开政府信息425条,作为依申请公开信息数46条。\n")
    assert got[("active.total", None)] == 425


def test_replies_to_deputies_suggestions_are_no_kind_of_disclosure():
    got = table(ACTIVE + "全年主动公开政府信息90条。及时发布对人大代表建议的会办意见共5条、对政协提案的会办意见共7条。\n")
    assert got == {("active.total", None): 90}


def test_a_sites_short_name_run_into_the_body_is_dropped():
    from extract.meta import _body_in

    assert _body_in("上海普陀上海市普陀区长征镇人民政府") == "上海市普陀区长征镇人民政府"
    assert _body_in("上海市普陀区长征镇人民政府") == "上海市普陀区长征镇人民政府"


def test_a_few_kinds_spelled_out_first_give_way_to_the_count_of_every_kind():
    got = table(ACTIVE + "2025年公开部门职能、领导信息、联系方式等信息5条。全年累计发布街道动态、政策解读等各类信息157条。\n")
    assert got == {("active.item", "部门职能、领导信息、联系方式等信息"): 5, ("active.total", None): 157}
    assert table(ACTIVE + "本年度主动公开工作动态、通知公告等信息120条。\n") == {("active.total", None): 120}


@pytest.mark.parametrize("sentence, got_", [
    ("本年度新收政府信息公开申请5件,加上上年度结转的1件,共需办理6件,已全部办结。",
     {"apply.received": 5, "apply.carried_over": 1, "apply.completed": 6}),
    ("上一年度结转申请2件,本年度新收申请3件。", {"apply.carried_over": 2, "apply.received": 3}),
    ("本年度共受理申请10件,其中上年结转2件,新收8件。", {"apply.carried_over": 2, "apply.received": 8}),
    ("全年共办理政府信息公开申请12件(其中2件为2020年结转),均已按时答复。", {"apply.completed": 12}),
])
def test_carried_over_and_handled_applications(sentence, got_):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {(m, None): v for m, v in got_.items()}


def test_kinds_published_proactively_closed_by_a_sum():
    assert table(ACTIVE + "全年主动公开政务信息、公告公示等共计210条。\n") == {("active.total", None): 210}
    assert ("active.total", None) not in table(ACTIVE + "全年公开规章、规范性文件等32件。\n")


def test_a_channel_used_for_the_public_with_manner_words():
    got = table(ACTIVE + "全年通过网站公开信息300条。利用乡、村组公示栏,积极主动向社会、群众公开各类信息400余条。\n")
    assert got[("active.item", "乡、村组公示栏")] == 400


def test_information_sent_to_a_site_and_several_carriers_beside_it():
    got = table(ACTIVE + "2025年,累计向市政府网站报送政务信息18条,通过镇官方微信公众号、短视频平台、村级公示栏等载体发布政策解读、"
                "惠民举措等民生类信息60余条。\n")
    assert got[("active.item", "市政府网站")] == 18
    assert got[("active.item", "镇官方微信公众号、短视频平台、村级公示栏等载体")] == 60
    assert ("active.total", None) not in got
    assert table(ACTIVE + "全年向市委报送政务信息30条。\n") == {}


def test_several_channels_at_once_are_the_total_when_no_other_channel_is_counted():
    got = table(ACTIVE + "本年度通过政府网站、政府信息公开平台,主动公开各类政府信息273条。\n")
    assert got == {("active.total", None): 273, ("active.item", "政府网站、政府信息公开平台"): 273}


def test_all_years_when_this_years_part_follows():
    got = table(ACTIVE + "截至2014年12月31日,在县政府网站累计公开政府信息846条,其中本年度在县政府网站及本单位门户网站公开214条。\n")
    assert got[("active.cumulative", None)] == 846 and got[("active.total", None)] == 214


def test_kinds_in_related_fields_are_the_headline():
    got = table(ACTIVE + "全年我乡主动公开机构设置、安全生产、乡村振兴等相关领域信息共计200余条。\n")
    assert got == {("active.total", None): 200}


def test_none_received_and_all_answered_gives_zero_answered():
    got = table("三、依申请公开情况\n通过信息公开平台收到申请0件,转办0件,本年度申请均全部办结。\n")
    assert got == {("apply.received", None): 0, ("apply.completed", None): 0}


@pytest.mark.parametrize("sentence, got_", [
    ("收到110件依申请公开件,办理完成108件,结转下年度继续办理2件。",
     {"apply.received": 110, "apply.completed": 108, "apply.carried_forward": 2}),
    ("2025年,共接收到依申请公开2件,按时答复依申请公开2件,按时答复率100%。", {"apply.received": 2, "apply.completed": 2}),
])
def test_applications_completed_in_further_words(sentence, got_):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {(m, None): v for m, v in got_.items()}


def test_a_statement_of_no_cases_goes_on_over_a_comma():
    got = table("四、行政复议诉讼情况\n全年未发生因政府信息公开申请行政复议,提起行政诉讼的情况。\n")
    assert got == {("review.total", None): 0, ("litigation.total", None): 0}
    got = table("四、行政复议诉讼情况\n全年未发生行政复议,提起行政诉讼1件。\n")  # a count of its own is no none
    assert got == {("review.total", None): 0, ("litigation.total", None): 1}


def test_a_list_presented_as_classes_after_a_colon():
    got = table(ACTIVE + "全年累计发布政府信息300条,具体分类如下:本级文件20条、会议信息30条、补贴信息250条。\n")
    assert got == {("active.total", None): 300, ("active.item", "本级文件"): 20, ("active.item", "会议信息"): 30,
                   ("active.item", "补贴信息"): 250}


def test_a_list_in_the_next_sentence_opened_by_what_the_content_covers():
    got = table(ACTIVE + "全年主动公开各类政府信息60条。内容涵盖政策法规10条、价格监测40条、政协提案6条、"
                         "政策咨询问答库4条,全面覆盖各项工作。\n")
    assert got[("active.total", None)] == 60
    assert got[("active.item", "价格监测")] == 40
    assert got[("active.item", "政协提案")] == 6 and got[("active.item", "政策咨询问答库")] == 4


def test_items_counted_in_ze():
    got = table(ACTIVE + "我镇主动公开政府信息共12则,其中主要发布内容包括:公示公告7则,项目招标5则。\n")
    assert got == {("active.total", None): 12, ("active.item", "公示公告"): 7, ("active.item", "项目招标"): 5}


def test_the_breakdown_of_yearly_tasks_is_a_kind_not_a_stop():
    got = table(ACTIVE + "全年主动公开政府信息90条。其中公开年度重点工作任务分解、执行及落实情况20条、财政资金70条。\n")
    assert got[("active.item", "年度重点工作任务分解、执行及落实情况")] == 20
    assert got[("active.item", "财政资金")] == 70


APPLY = "三、收到和处理政府信息公开申请情况\n"


def test_every_application_answered_in_a_later_sentence_of_the_part():
    got = table(APPLY + "全年共受理政府信息公开申请12件(含上年结转1件)。经依法办理,予以公开4件,无法提供8件,"
                        "所有申请均在法定期限内完成答复。\n")
    assert got[("apply.received", None)] == 12 and got[("apply.completed", None)] == 12


def test_answered_within_the_time_limit_right_after_the_count():
    got = table(APPLY + "我局全年共收到政府信息公开申请3件,已在法定期限内予以答复。\n")
    assert got[("apply.completed", None)] == 3


def test_answered_as_replied_and_handled():
    got = table(APPLY + "全年受理公开申请40件,回复办理40件,办结率为100%。\n")
    assert got[("apply.completed", None)] == 40


def test_all_handled_to_the_end():
    got = table(APPLY + "2021年受理依申请公开件9件,均通过信函递交,已全部办理结束。\n")
    assert got[("apply.completed", None)] == 9


def test_carried_over_from_last_year_said_verb_first():
    got = table(APPLY + "全年共受理政府信息公开申请21件,结转上年度2件。\n")
    assert got[("apply.carried_over", None)] == 2


def test_a_channel_set_before_a_clause_of_aims():
    got = table(ACTIVE + "依托“今日某县”某乡子栏目,聚焦文明创建、民生实事等内容,主动发布各类信息70条。\n")
    assert got[("active.item", "“今日某县”某乡子栏目")] == 70


def test_a_column_named_after_a_topic_is_a_channel_not_the_topic():
    got = table(ACTIVE + "全年主动公开政府信息30条。在热点回应栏目发布2则信息。\n")
    assert got[("active.item", "热点回应栏目")] == 2


def test_every_kind_a_channel_carried_is_the_channels_count():
    got = table(ACTIVE + "门户网站主动公开信息116条。2025年,依托微信公众号“某某发布”发布各类工作动态信息共900条,"
                         "涵盖文明创建、网格治理等工作。\n")
    assert got[("active.item", "微信公众号“某某发布”")] == 900
    assert ("active.item", "各类工作动态信息") not in got


def test_every_kind_beside_other_kinds_stays_a_kind():
    got = table(ACTIVE + "通过区政府门户网站主动公开各类动态信息80篇;公示公告10篇。\n")
    assert got[("active.item", "各类动态信息")] == 80


def test_an_account_named_in_the_clause_before_its_count():
    got = table(ACTIVE + "2022年度我街道官方微信“某某街道办事处”,截至2022年12月31日共推送900条信息。\n")
    assert got[("active.item", "官方微信“某某街道办事处”")] == 900


def test_several_accounts_publishing_pictures_and_videos():
    got = table(ACTIVE + "“某某文旅”微信公众号、微信视频号、抖音、微博共计发布图文及视频1100条次,阅读量达50万次。\n")
    assert got[("active.item", "“某某文旅”微信公众号、微信视频号、抖音、微博")] == 1100


def test_matters_published_counted_in_xiang():
    got = table(ACTIVE + "2022年度,某某街道主动公开事项共计273余项,其中网上公开事项3件。\n")
    assert got[("active.total", None)] == 273


def test_a_running_total_that_has_reached_so_far_is_cumulative():
    got = table(ACTIVE + "我们通过政府信息公开目录管理系统累计主动公开政府信息已达657条。\n")
    assert got == {("active.cumulative", None): 657}


def test_a_count_adopted_by_a_site_is_that_channels():
    got = table(ACTIVE + "2021年街道在区政府网站公开信息142条,微信公众号发布信息330条,党政信息网录用信息89条。\n")
    assert got[("active.item", "党政信息网")] == 89


def test_kinds_summed_up_as_a_class_are_an_item_of_the_breakdown():
    got = table(ACTIVE + "2024年,某镇累计公开政府信息400条。从公开内容来看,聚焦产业链条,发布有关产业发展、项目建设等"
                         "重点项目信息84条。发布应急管理、基层治理等底线工作信息66条。\n")
    assert got[("active.item", "产业发展、项目建设等重点项目信息")] == 84
    assert got[("active.item", "应急管理、基层治理等底线工作信息")] == 66
    assert got[("active.total", None)] == 400


def test_items_with_remarks_after_their_counts_and_kinds_named_after_publishing():
    got = table(ACTIVE + "2025年,通过政府门户网站累计主动公开政府信息101条。\n其中,工作动态信息32条,实时展现各项工作的推进;"
                         "法定主动公开信息7条,保障公众的知情权;政策文件3条,确保政策及时传递;民生领域公开信息59条,"
                         "切实回应群众问题。\n")
    assert got[("active.total", None)] == 101
    assert got[("active.item", "法定主动公开信息")] == 7
    assert got[("active.item", "民生领域公开信息")] == 59


def test_a_gloss_of_what_the_headline_includes_and_a_catalogue_named_after_publishing():
    got = table(ACTIVE + "本年度,全镇累计公开发布信息(含通知)8条,其中包括通知公告3项、财政信息2条、公开指南1条、"
                         "主动公开事项目录2条。\n")
    assert got[("active.total", None)] == 8
    assert got[("active.item", "通知公告")] == 3 and got[("active.item", "主动公开事项目录")] == 2


def test_named_documents_in_an_overview_that_stated_the_years_figure():
    got = table("一、总体情况\n2024年,某镇累计公开政府信息427条。镇级重点决策等,发布有关决策性会议信息44条,"
                "有关民生护航类会议32条。\n")
    assert got[("active.total", None)] == 427
    assert got[("active.item", "有关决策性会议信息")] == 44


def test_kinds_of_all_the_years_are_no_breakdown_of_this_one():
    got = table("(二)主动公开政府信息的数量及主动公开政府信息主要类别情况\n"
                "1、2021年我乡主动公开政府信息共12条,均及时上网发布。\n"
                "2、我乡2021年主动公开政府信息主要类别情况:机构职能类信息7条,政策、规范性文件类信息5条。\n"
                "3、我乡历年主动公开政府信息主要类别情况:机构职能类信息91条,政策、规范性文件类信息65条。\n")
    assert got == {("active.total", None): 12, ("active.item", "机构职能类信息"): 7,
                   ("active.item", "政策、规范性文件类信息"): 5}


def test_running_totals_with_the_years_new_part_in_brackets():
    got = table(ACTIVE + "2025年,某街道累计公开信息8775条(2025年新增388条),在已公开信息当中公告、新闻动态类信息累计5434条"
                         "(2025年新增163条),其他信息累计1425条(2025年新增99条)。\n")
    assert got == {("active.cumulative", None): 8775, ("active.total", None): 388,
                   ("active.item", "公告、新闻动态类信息"): 163, ("active.item", "其他信息"): 99}


def test_the_rest_all_answered_after_those_set_apart():
    got = table(APPLY + "2025年,我街道新收政府信息公开申请31宗,其中4宗申请人已主动撤销申请,1宗仍在法定办理期限内,"
                        "其余26宗均已在法定期限内及时履行受理、告知、答复等相应法定程序。\n")
    assert got == {("apply.received", None): 31, ("apply.completed", None): 26}


def test_the_one_application_replied_to_within_the_time_limit():
    got = table(APPLY + "2022年我街共收到政府信息公开申请1件,在时限期内对居民进行了回复。\n")
    assert got[("apply.completed", None)] == 1


def test_received_from_several_sources_then_summed():
    got = table(APPLY + "2025年,我办收到网上和邮寄依申请公开共4件,收到市政府、区政府转办依申请公开1件,"
                        "共计收到各类依申请公开5件。\n")
    assert got[("apply.received", None)] == 5


def test_kinds_spelled_out_summed_up_as_the_bodys_news():
    got = table(ACTIVE + "本年度我办依托政府网站,累计公开街道发展谋划、基层治理决策部署等相关工作动态信息113条。\n")
    assert got[("active.total", None)] == 113 and got[("active.item", "政府网站")] == 113


def test_a_count_of_things_named_after_it_inside_the_kinds_is_no_headline():
    got = table(ACTIVE + "2021年,街道通过门户网站、政务公开栏等,及时主动公开政策文件、机构职能、基层政务公开25个试点领域"
                         "等方面内容共计2575条。\n")
    assert got[("active.total", None)] == 2575


def test_an_office_publishing_its_own_information_through_several_ways():
    got = table(ACTIVE + "2023年通过区政府网、手机台、张贴公告公示等多种方式主动公开办事处信息851条,其中,公告公示信息28条,"
                         "工作动态信息812条,其他11条。\n")
    assert got[("active.total", None)] == 851 and got[("active.item", "工作动态信息")] == 812


def test_carried_forward_is_not_read_past_another_count():
    got = table(APPLY + "我办共受理依申请公开事项36件,上年结转7件,予以公开3件、部分公开24件、无法提供12件、"
                        "结转下年度办理4件。\n")
    assert got[("apply.carried_forward", None)] == 4


def test_a_channel_named_after_what_it_carries_and_a_quoted_account():
    got = table(ACTIVE + "街道通过市政府采购网站、区政府网站发布各类信息数27条,其中工程采购类公示3条,其他信息24条。\n")
    assert got[("active.total", None)] == 27 and got[("active.item", "其他信息")] == 24
    got = table(ACTIVE + "全年主动公开政府信息300条。“某县发布”共推送文章455篇。\n")
    assert got[("active.item", "“某县发布”")] == 455


def test_the_end_of_a_range_of_articles_is_no_count():
    got = table(ACTIVE + "按照条例第9至12条规定的主动公开政府信息范围,全年主动公开政府信息30条。\n")
    assert got == {("active.total", None): 30}


def test_no_application_appeared_is_none_received():
    got = table(APPLY + "截至2014年12月31日,未出现政府信息权利人向镇政府申请公开信息的情况。\n")
    assert got[("apply.received", None)] == 0


def test_nothing_carried_into_next_year_said_in_words():
    got = table(APPLY + "2024年,全年共收到依申请公开件1件,已按期答复1件,无转结下年度继续办理件。\n")
    assert got[("apply.carried_forward", None)] == 0


def test_carried_over_and_forward_named_with_the_applications_and_the_year():
    got = table(APPLY + "其中,2023年新收政府信息公开申请354件,结转上年政府信息公开申请0件,办理完成353件,"
                        "结转2024年度继续办理1件。\n")
    assert got[("apply.carried_over", None)] == 0 and got[("apply.carried_forward", None)] == 1


def test_the_only_channel_beside_replies_to_letters_is_the_total():
    got = table(ACTIVE + "2020年,街道通过某某网发布政务信息298条,回复媒体和群众来信211件。\n")
    assert got[("active.total", None)] == 298


def test_a_channel_set_in_a_clause_that_counts_the_kinds_then_the_kinds_summed():
    got = table(ACTIVE + "全年通过政府网站发布信息6个类别,累计公开概况信息、工作动态、财政预决算、机构介绍等共497条。\n")
    assert got[("active.item", "政府网站")] == 497


def test_news_media_are_a_channel():
    got = table(ACTIVE + "全年主动公开政府信息71条。通过新闻媒体发布信息约2100条。\n")
    assert got[("active.item", "新闻媒体")] == 2100


def test_to_the_years_end_is_the_years_figure_unless_its_own_part_follows():
    got = table(ACTIVE + "截至2025年底,全镇累计公开各类政务信息18条,涵盖以下方面:法定主动公开内容5条,部门文件1条,"
                         "会议公开1条,法治政府建设专栏信息11条。\n")
    assert got[("active.total", None)] == 18 and got[("active.item", "会议公开")] == 1
    assert ("active.cumulative", None) not in got
    got = table(ACTIVE + "本街道到2010年底累计主动公开政府信息30条,全文电子化率达100%,其中,本年度新增的主动公开政府信息3条。\n")
    assert got[("active.cumulative", None)] == 30


def test_a_sum_word_after_an_items_own_label_keeps_the_list_going():
    got = table(ACTIVE + "全年累计发布政府信息90条,具体分类如下:本级政府文件共计20条、会议信息共计30条、补贴信息共计40条。\n")
    assert got[("active.item", "会议信息")] == 30 and got[("active.item", "补贴信息")] == 40


def test_applications_received_said_count_first_with_other_receiving_verbs():
    got = table(APPLY + "全年接收110件依申请公开件,办理完成108件,结转下年度继续办理2件。\n")
    assert got[("apply.received", None)] == 110


def test_a_channels_single_count_of_content_is_the_channels():
    got = table(ACTIVE + "全年主动公开政府信息40条。使用“幸福某区APP”发布和更新工作信息330条。\n")
    assert got[("active.item", "“幸福某区APP”")] == 330
    got = table(ACTIVE + "全年主动公开政府信息40条。同时,还通过其他媒介主动公开政府信息,如人民网、四川日报、学习强国APP等"
                         "主流媒体发布新闻信息共200余条。\n")
    assert got[("active.item", "人民网、四川日报、学习强国APP等主流媒体")] == 200


APPLY = "三、收到和处理政府信息公开申请情况\n"


@pytest.mark.parametrize("sentence", [
    "2025年度,收到5条依申请公开事项,已按期办结。",
    "2025年,受理依申请公开事项5件,已根据规定要求和实际情况回复申请人。",
    "全年共收到政府信息公开申请5件,其中予以公开3件,均已按规定在法定期限内予以答复。",
])
def test_every_application_answered_said_after_the_received_count(sentence):
    got = table(APPLY + sentence + "\n")
    assert (got[("apply.received", None)], got[("apply.completed", None)]) == (5, 5)


def test_the_answered_not_all_when_another_count_comes_between():
    got = table(APPLY + "全年共收到政府信息公开申请5件,已办结3件。\n")
    assert (got[("apply.received", None)], got[("apply.completed", None)]) == (5, 3)


def test_a_sentence_of_applications_counts_newly_received_handled_and_carried():
    got = table(ACTIVE + "全年主动公开信息30条。上年结转政府信息公开申请1件,本年新收40件,办理36件,剩余5件结转下一年度处理。\n")
    assert {k: v for k, v in got.items() if k[0].startswith("apply")} == {
        ("apply.carried_over", None): 1, ("apply.received", None): 40, ("apply.completed", None): 36,
        ("apply.carried_forward", None): 5}


def test_handled_to_the_end_is_answered():
    got = table(APPLY + "全年共办理完结信息公开申请32件(包含去年结转3件),尚在办理中的4件。\n")
    assert got[("apply.completed", None)] == 32


def test_handled_alone_says_neither_received_nor_answered():
    got = table(APPLY + "全年办理政府信息公开申请21件,内容主要涉及征地拆迁等方面。\n")
    assert ("apply.completed", None) not in got


def test_a_mirror_in_taiwan_usage_says_zixun_for_information():
    got = table("二、主動公開政府信息情況\n我局2012年共主動公開政府資訊300條,其中法規文件類資訊40條、工作動態類資訊260條。\n")
    assert got == {("active.total", None): 300, ("active.item", "法規文件類資訊"): 40,
                   ("active.item", "工作動態類資訊"): 260}


def test_photos_counted_in_sheets_are_items_of_a_list():
    got = table(ACTIVE + "全年主动公开政府信息20条,其中焦点照片4张、工作动态16条。\n")
    assert got[("active.item", "焦点照片")] == 4


def test_a_sum_to_date_in_words_other_than_leiji():
    got = table(ACTIVE + "我局2012年共主动公开政府信息606条,目前我局总计主动公开政府信息2739条。\n")
    assert got == {("active.total", None): 606, ("active.cumulative", None): 2739}


def test_a_bracketed_gloss_with_counts_of_its_own_does_not_end_the_list():
    got = table(ACTIVE + "全年主动公开信息10条,其中包括机构职能信息3条,政策解读2条(其中包括1条文稿解读,1条图文解读),"
                         "规划计划1条,财政预决算4条。\n")
    assert {k: v for k, v in got.items() if k[0] == "active.item"} == {
        ("active.item", "机构职能信息"): 3, ("active.item", "政策解读"): 2, ("active.item", "规划计划"): 1,
        ("active.item", "财政预决算"): 4}


def test_applications_still_in_hand_at_the_years_end_are_carried_forward():
    got = table(APPLY + "全年共收到信息公开申请20件,办结16件,尚在办理中的4件。\n")
    assert got[("apply.carried_forward", None)] == 4


def test_a_complaint_counted_before_its_noun():
    got = table("一、总体情况\n本年度收到1份关于信息公开的投诉举报,未发现需追究责任的情况。\n")
    assert got[("complaint.total", None)] == 1
    assert ("complaint.total", None) not in table("一、总体情况\n本年度收到3份关于环境卫生的投诉举报。\n")


def test_a_channels_total_amount_of_information():
    got = table(ACTIVE + "全年通过县人民政府门户网站主动公开信息总量300条,其中政务动态板块发布200条。\n")
    assert got[("active.item", "县人民政府门户网站")] == 300


def test_a_channels_count_of_kinds_summed_up_as_a_class_of_its_own():
    got = table(ACTIVE + "2020年度通过政府网站公开信息11条。通过公示栏公布疫情防控、森林防火、惠农资金等政策信息共计136条。\n")
    assert got == {("active.item", "政府网站"): 11, ("active.item", "公示栏"): 136}


def test_an_update_volume_of_a_channel_with_its_kinds():
    got = table(ACTIVE + "2017年我部门网站信息更新量100余条,其中局务动态40条,招商活动50条,信息公开10条。\n")
    channel = [label for metric, label in got if metric == "active.item" and label and "部门网站" in label]
    assert len(channel) == 1 and got[("active.item", channel[0])] == 100
    assert {k: v for k, v in got.items() if k[1] is None or "网站" not in k[1]} == {
        ("active.total", None): 100, ("active.item", "局务动态"): 40, ("active.item", "招商活动"): 50,
        ("active.item", "信息公开"): 10}


@pytest.mark.parametrize("sentence, channel", [
    ("2022年,在政府信息公开目录系统(http://example.gov.cn/gkml)主动公开部门文件、工作动态等栏目的政府信息共86条。",
     "政府信息公开目录系统"),
    ("通过“青川发布”微信公众号发布各类信息2500条,人民号发布951条,今日头条号发布1218条。", "人民号"),
])
def test_more_kinds_of_channels(sentence, channel):
    got = table(ACTIVE + sentence + "\n")
    assert any(metric == "active.item" and label and channel in label for metric, label in got)
    assert ("active.total", None) not in got or "微信" not in sentence


def test_applications_submitted_and_answered_in_more_words():
    got = table(APPLY + "2022年,公民、法人提交的政府信息公开申请17件,当年办结18件(含上年结转1件)。\n")
    assert (got[("apply.received", None)], got[("apply.completed", None)]) == (17, 18)
    got = table(APPLY + "2025年,共收到政府信息公开申请24件,其中线下申请15件。规范办理答复完成24件。\n")
    assert got[("apply.completed", None)] == 24
    got = table(APPLY + "累计回复公开申请38件,其中含上年结转公开申请3件。\n")
    assert got[("apply.completed", None)] == 38


def test_information_on_request_counted_in_the_part_on_applications_is_the_applications():
    got = table("(二)依申请公开政务信息办理情况\n2022年度我局依申请公开政务信息数3件,已按要求在规定时间内办理。\n")
    assert (got[("apply.received", None)], got[("apply.completed", None)]) == (3, 3)
    got = table(ACTIVE + "2011年其中主动公开政府信息425条,作为依申请公开信息数46条。\n")
    assert ("apply.received", None) not in got


def test_applications_still_in_hand_said_after_their_count():
    got = table(APPLY + "全年共收到申请122件,上年结转11件,截至12月底已回复126件,7件正在办理中。\n")
    assert got[("apply.carried_forward", None)] == 7


def test_government_work_information_is_the_headline():
    assert table(ACTIVE + "2021年,枣巷镇共主动公开政府工作信息228条。\n") == {("active.total", None): 228}


def test_interpretations_as_one_kind_in_a_run_of_kinds_are_an_item():
    got = table(ACTIVE + "全年累计主动公开政府信息46条,其中主动公开公文14条,公开会议信息数量3条,政策解读数量7条。\n")
    assert [v for (metric, label), v in got.items() if label and "政策解读" in label] == [7]
    assert ("interpretation.total", None) not in got
    got = table(ACTIVE + "2024年,主动公开常务会议信息32条,政府公报6期,招考信息51条,政策解读3条。\n")
    assert got[("active.item", "政策解读")] == 3


@pytest.mark.parametrize("sentence, total", [
    ("全年发布政策解读3条,意见征集6条,及时为群众答疑解惑。", 3),  # opening the run: the count of interpretations
    ("2025年发布政策解读16条,其中专家解读2条、领导解读11条、政策图解3条。", 16),  # kinds of interpretation
])
def test_interpretations_that_open_a_run_or_are_divided_stay_the_count_of_interpretations(sentence, total):
    got = table(ACTIVE + sentence + "\n")
    assert got[("interpretation.total", None)] == total
    assert not any(metric == "active.item" and label and "解读" in label for metric, label in got)


def test_applications_in_shorthand_after_the_bodys_name_answered_on_time():
    got = table(APPLY + "2023年度,青石经开区(镇)依申请公开政府信息7件,按时办结。\n")
    assert (got[("apply.received", None)], got[("apply.completed", None)]) == (7, 7)


def test_interpretations_made_as_products():
    got = table(ACTIVE + "在政策解读方面,采用文字说明、图片阐释等形式,精心制作并发布政策解读产品12期。\n")
    assert got[("interpretation.total", None)] == 12


@pytest.mark.parametrize("sentence, done", [
    ("全年共收到政府信息公开申请5件,已答复4件,1件结转下年度。", 4),
    ("全年共收到政府信息公开申请7件,按时办结5件。", 5),
])
def test_words_of_answering_followed_by_their_own_count_are_not_all_answered(sentence, done):
    assert table(APPLY + sentence + "\n")[("apply.completed", None)] == done


def test_a_part_headed_by_both_kinds_of_disclosure_reads_the_proactive_figures():
    text = ("一、概述\n本局高度重视政府信息公开工作。\n二、政府信息主动公开、依申请公开等基本情况\n"
            "2016年我局在区政府门户网站主动公开政府信息80条。其中:政策文件类信息5条,其他信息75条。"
            "本年度共收到政府信息公开申请3件,均已按时答复。\n三、存在的问题\n公开内容不够丰富。\n")
    got = table(text)
    assert got[("active.item", "区政府门户网站")] == 80
    assert got[("active.item", "政策文件类信息")] == 5
    assert got[("apply.received", None)] == 3


def test_a_newspaper_is_a_channel():
    got = table(ACTIVE + "本局在区政府网站主动公开政府信息60条。市日报公布信息3条。主动公开信息总量63条。\n")
    assert got[("active.item", "市日报")] == 3
    assert got[("active.total", None)] == 63


def test_a_work_verb_closing_a_kinds_name_keeps_the_list_going():
    text = ACTIVE + "全年公开信息12条,其中机构职能2条,专项工作推进3条,培训活动开展4条,其他信息3条。\n"
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])
    items = [(f.label, f.value, f.rule) for f in facts if f.metric == "active.item"]
    assert items == [("机构职能", 2, "list.lead"), ("专项工作推进", 3, "list.lead"), ("培训活动开展", 4, "list.lead"),
                     ("其他信息", 3, "list.lead")]
    assert len({f.breakdown for f in facts if f.metric == "active.item"}) == 1


def test_a_case_counted_in_tiao_right_after_its_name():
    got = table("三、行政复议和行政诉讼情况\n全年收到依申请公开0件,行政复议0件,行政诉讼0条。\n")
    assert got[("litigation.total", None)] == 0
    assert got[("review.total", None)] == 0


def test_counts_before_their_labels_with_no_verb_after_a_lead_clause():
    got = table(ACTIVE + "全年主动公开政府信息30条。在主动公开的信息中,有4条文件信息,20条工作动态,6条办事指南。\n")
    assert got[("active.item", "文件信息")] == 4
    assert got[("active.item", "工作动态")] == 20
    assert got[("active.item", "办事指南")] == 6


def test_a_channels_count_divided_into_channels_is_the_only_headline():
    got = table(ACTIVE + "2022年,我局通过政府信息公开平台公开政府信息共计500条,其中,政府网站信息300条、“某某人社”微信公众号发布信息200条。\n")
    assert got[("active.total", None)] == 500
    assert got[("active.item", "政府信息公开平台")] == 500


def test_channels_in_statements_of_their_own_are_not_parts_of_one_another():
    got = table(ACTIVE + "在微信公众号公开信息100条(其中原创40条,转载60条);在县政府网站主动公开政府信息30条,其中工作动态20条,通知公告10条。\n")
    assert ("active.total", None) not in got


def test_a_kind_named_for_the_affairs_it_publishes():
    got = table(ACTIVE + "我局在县政府网站主动公开的信息有27条,其中:人事类信息2条,业务公开信息23条,财务预决算信息2条。\n")
    assert got[("active.item", "业务公开信息")] == 23
    assert got[("active.total", None)] == 27


APPLY = "三、依申请公开政府信息情况\n"


def test_received_and_answered_said_of_one_count_with_its_object_between():
    got = table(APPLY + "2025年共收到并依法答复政府信息公开40件(含上年度结转申请3件)。\n")
    assert got[("apply.completed", None)] == 40
    assert got[("apply.carried_over", None)] == 3


def test_the_one_application_disclosed_on_time_was_answered():
    got = table(APPLY + "2023年,我镇共收到来自公民的政府信息依申请公开的1件,已按时公开。\n")
    assert got[("apply.received", None)] == 1
    assert got[("apply.completed", None)] == 1


def test_answering_as_the_last_step_completed_within_the_time_limit():
    got = table(APPLY + "全年共收到依申请公开申请 4 件,均在法定时限内完成审查、办理与答复。\n")
    assert got[("apply.completed", None)] == 4
    got = table(APPLY + "全年共收到依申请公开申请 2 件,在法定时限内完成审查、办理与答复。\n")
    assert got[("apply.completed", None)] == 2


def test_a_numbered_point_inside_a_named_sub_part_is_read_as_that_sub_part():
    text = ("一、总体情况\n(一)主动公开方面\n认真落实政务公开工作要点。\n"
            "1.以公开助力经济平稳健康发展。一是开设门户网站专员信箱,办理网民留言92件。"
            "二是加大政府信息公开力度,主动公开发布县政府文件52件、公示公告227件。\n(二)依申请公开\n无。\n")
    got = table(text)
    assert got[("active.item", "县政府文件")] == 52
    assert got[("active.item", "公示公告")] == 227


def test_a_larger_sum_to_a_date_after_the_years_figure_is_cumulative():
    got = table(ACTIVE + "2021年街道全年共主动公开政府信息20条,其中:机构职能类信息2条,其他类信息18条,"
                "截止到2021年年底累计主动公开政府信息600条。\n")
    assert got[("active.total", None)] == 20
    assert got[("active.cumulative", None)] == 600


@pytest.mark.parametrize("sentence, total", [
    ("主要通过政府信息公开栏、村务公示栏、LED显示屏等多种公开渠道,公示信息300余条。", 300),
    ("全年通过公示栏、网站等形式公示政务信息36条。", 36),
])
def test_information_posted_for_public_notice_is_published(sentence, total):
    assert table(ACTIVE + sentence + "\n")[("active.total", None)] == total


def test_notices_as_a_kind_are_no_verb_of_posting():
    got = table(ACTIVE + "全年公开政府信息960余条,行政机关职责3条;发展规划10条;公告公示9条。\n")
    assert got[("active.total", None)] == 960


def test_no_applications_and_the_cases_named_after_them():
    got = table(APPLY + "2025年,我局未受理政府信息公开申请,行政复议和行政诉讼。\n")
    assert got == {("apply.received", None): 0, ("review.total", None): 0, ("litigation.total", None): 0}
    got = table(APPLY + "本年度未收到政府信息公开申请,群众满意度较高。\n")
    assert got == {("apply.received", None): 0}


def test_applications_counted_as_matters():
    got = table(APPLY + "2021年,我街道收到依申请公开事项3项,均已按时答复。\n")
    assert got[("apply.received", None)] == 3


def test_a_part_heading_after_a_web_pages_list_bullet():
    text = ("某某局2024年政府信息公开工作年度报告\n  •   一、总体情况\n\n  (一)2024年,坚持公开为常态。\n\n"
            "  (二)2024年,某某局通过政务网站发布更新工作动态61条、通知公告20条、财政预决算6条。\n\n"
            "  •   二、主动公开政府信息情况\n\n  三、收到和处理政府信息公开申请情况\n")
    doc = read_bytes(text.encode("utf-8"), "written.txt")

    assert [s.id for s in find_sections(doc)][:2] == ["overview", "active"]
    got = table(text)
    assert got[("active.item", "工作动态")] == 61
    assert got[("active.item", "财政预决算")] == 6


def test_named_kinds_in_the_overview_are_read_only_when_said_of_a_channel():
    text = "一、总体情况\n(二)全年,某局在工作例会上公开项目进展12条、工作计划3条。\n二、主动公开政府信息情况\n"
    assert ("active.item", "项目进展") not in table(text)


def test_a_section_of_the_site_counted_after_the_years_figure_is_an_item_with_its_own_list():
    got = table(ACTIVE + "全年共公开各类政府信息300条。镇级政务信息板块公开信息100条,其中,本级文件40条、社会救助60条。"
                "村级公开事项200条。\n")
    assert got[("active.total", None)] == 300
    assert got[("active.item", "镇级政务信息板块")] == 100
    assert got[("active.item", "本级文件")] == 40
    assert got[("active.item", "社会救助")] == 60


def test_statements_each_said_of_its_own_channel_in_the_overview_are_no_list_of_kinds():
    text = ("一、总体情况\n2020年度,我委通过门户网站公布动态信息1683条,通过“健康某地”微信公众号公布动态信息1276条,"
            "共主动公开政府信息2959条。\n二、主动公开政府信息情况\n")
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [])
    assert not [f for f in facts if f.rule == "list.named_documents"]
    assert [f.value for f in facts if f.metric == "active.total"] == [2959]


def test_a_count_said_of_several_channels_with_a_named_object_is_the_years_total():
    got = table(ACTIVE + "2023年,通过门户网、政务微博微信、新闻发布会、广播电视等方式,主动公开《条例》第二十条规定的"
                "相关政府信息500条。其中,门户网站主动公开200条,官方微博微信推送300条。\n")
    assert got[("active.total", None)] == 500
    assert got[("active.item", "门户网站")] == 200


@pytest.mark.parametrize("sentence, received", [
    ("2020年度,收到申请26例,均依法进行办理。", 26),
    ("全年共接受办理政府信息公开申请623件。", 623),
    ("2023年,我委接收网络方式提交政府信息公开5件。", 5),
])
def test_applications_received_in_more_words(sentence, received):
    assert table(APPLY + sentence + "\n")[("apply.received", None)] == received


def test_no_applications_received_said_with_a_bare_verb():
    assert table(APPLY + "2023年,我局未收申请要求。\n") == {("apply.received", None): 0}


def test_issues_counted_right_before_their_items_give_the_items():
    got = table(ACTIVE + "全年在区政府网站主动公开政府信息13条。依托“某某发布”微信公众号推送发布工作动态、政策法规等信息174期603条,"
                "阅读量达19万余次。\n")
    assert got[("active.item", "“某某发布”微信公众号")] == 603
    assert 174 not in got.values()


def test_applications_counted_before_their_noun_all_answered():
    got = table(APPLY + "2023年,共收到政府信息公开申请8件(其中:邮寄提交6件、当面提交2件),涉及招生入学政策等方面。"
                "8件政府信息公开申请均按时办结,办结率达到100%。\n")
    assert got[("apply.received", None)] == 8
    assert got[("apply.completed", None)] == 8


def test_information_sent_up_and_taken_up_by_a_superior_is_not_published():
    got = table(ACTIVE + "2023年全年主动公开政务动态219篇,全文电子化率达100%。上报盟行署办22篇,采用3篇。\n")
    assert 3 not in got.values() and 22 not in got.values()


def test_all_the_information_made_was_published():
    got = table(ACTIVE + "严格落实公开要求,依法依规公开各类政府信息。全年累计产生政府信息16条,均已主动公开。\n")
    assert got == {("active.total", None): 16}


@pytest.mark.parametrize("sentence, total", [
    ("全年在政府门户网站主动公开政府信息108条:工作信息92条;信息公开指南1条;法定主动公开内容13条,其中政策文件1条。", 108),
    ("通过省地震局政府网站主动公开各类信息578条,其中工作动态信息292条、公告公示信息57条;答复公众留言33条,财政公开信息8条。", 578),
])
def test_a_kind_named_by_what_it_publishes_is_no_headline(sentence, total):
    got = table(ACTIVE + sentence + "\n")
    assert [v for (metric, _), v in got.items() if metric == "active.total"] == [total]


def test_a_channels_content_counted_before_reading_figures_is_the_channels():
    got = table(ACTIVE + "2023年在“某市人民政府”网站主动公开信息85条;在“某某医保”微信公众号发布微信推文465条,"
                "总阅读量达375.4万次,平均阅读量8072.8次。\n")
    assert got[("active.item", "“某某医保”微信公众号")] == 465


def test_applications_handled_divided_by_how_they_were_answered():
    got = table(APPLY + "2025年共办理政府信息公开申请34件,其中,予以公开的7件,部分公开的5件,本机关不掌握的22件。\n")
    assert got[("apply.completed", None)] == 34


def test_carried_over_from_a_year_named_by_its_number():
    got = table(APPLY + "2024年全年共新收政府信息公开申请295件,共答复299件,其中2023年结转16件,结转至2025年12件。\n")
    assert got[("apply.carried_over", None)] == 16
    assert got[("apply.carried_forward", None)] == 12


def test_applications_received_counted_as_cases():
    got = table(APPLY + "2014年,我局收到12起政府信息依申请公开申请。\n")
    assert got[("apply.received", None)] == 12


def test_a_channel_opened_in_the_clause_before_carries_the_count():
    got = table(ACTIVE + "全年通过门户网站主动公开信息283条。申请开通“某某机关事务”微信公众号,更新发布工作动态和公开信息40余条。\n")
    assert got[("active.item", "“某某机关事务”微信公众号")] == 40


def test_the_body_as_subject_after_the_channel_it_relied_on():
    got = table(ACTIVE + "依托某某市政府门户网站,2020年卫健委主动发布和更新事务动态等各类信息170条。\n")
    assert got[("active.item", "某某市政府门户网站")] == 170


def test_an_office_named_as_subject_keeps_its_own_count():
    got = table(ACTIVE + "在互联网上,2011年县政府公开办主动公开信息数为62条,其他主动公开信息量较大部门是县教育局。\n")
    assert got.get(("active.item", "互联网")) != 62


OVERVIEW = "一、总体情况\n"


def test_applications_counted_by_their_noun_without_a_verb():
    got = table(OVERVIEW + "(二)依申请公开\n网上申请、信函等形式的依申请公开件共7件,均依法依规按时办结。\n")
    assert got[("apply.received", None)] == 7
    assert got[("apply.completed", None)] == 7


def test_the_one_application_received_and_then_replied_to_was_answered():
    got = table(OVERVIEW + "(二)依申请公开\n全年共受理政府信息公开申请1件,经与申请人沟通并回复。\n")
    assert got[("apply.received", None)] == 1
    assert got[("apply.completed", None)] == 1


def test_a_generic_object_with_a_long_relative_clause_is_still_the_headline():
    got = table(ACTIVE + "2020年,主动公开与广大群众切身利益相关的政府信息58条。其中,通过区政府网站公开信息37条,"
                "通过镇公众号公开信息21条。\n")
    assert got[("active.total", None)] == 58


def test_fabiao_publishes_like_fabu():
    got = table(ACTIVE + "1、主动公开政务信息情况。一是通过各媒体发表政务信息224条;二是及时公开财务信息。\n")
    assert got[("active.total", None)] == 224


def test_counts_after_a_channels_own_qizhong_are_its_parts_not_other_channels():
    got = table(ACTIVE + "(一)主动公开\n云岭市政府网共发布信息1168条,其中概况类信息95条,政务动态类信息373条,"
                "信息公开目录信息更新345条,发布征集调查13期,发布政策解读25件,开展在线访谈9期,新开设专题5个。\n")
    assert got[("active.total", None)] == 1168


@pytest.mark.parametrize("sentence, items", [
    # the unit printed once, after the last count
    ("门户网站共发布信息2524条,政务新媒体“云岭政务”新浪微博、微信公众号和今日头条号分别发布信息243、166和224条。",
     {"门户网站": 2524, "政务新媒体“云岭政务”新浪微博": 243, "微信公众号": 166, "今日头条号": 224}),
    # each count with its unit; two channels and no total
    ("全年通过网站、微信公众号分别发布信息120条、80条。", {"网站": 120, "微信公众号": 80}),
    # kinds after 其中, dividing the total
    ("全年主动公开政府信息200条,其中工作动态、通知公告分别为120条、80条。", {"工作动态": 120, "通知公告": 80}),
])
def test_labels_then_fenbie_and_as_many_counts_in_order(sentence, items):
    got = table(ACTIVE + sentence + "\n")
    assert {label: v for (metric, label), v in got.items() if metric == "active.item"} == items
    assert got.get(("active.total", None)) == (200 if "200条" in sentence else None)


def test_cases_counted_respectively_are_no_items():
    got = table("四、行政复议、行政诉讼情况\n全年主动公开信息3条。行政复议、行政诉讼分别为0件、0件。\n")
    assert got == {("review.total", None): 0, ("litigation.total", None): 0}


@pytest.mark.parametrize("sentence, value", [
    ("政务动态信息838条、概况类信息6条,专栏专题维护3个、新开设2个,解读信息发布22条。", 22),
    ("在县政府门户网站主动公开政务信息共6931条。解读信息发布总数5条,意见征集数6条。", 5),
])
def test_the_website_forms_interpretations_published_is_the_count_of_interpretations(sentence, value):
    got = table("一、总体情况\n(一)主动公开\n" + sentence + "\n")
    assert got[("interpretation.total", None)] == value
    assert not any("解读" in (label or "") for _, label in got)


@pytest.mark.parametrize("sentence, want", [
    ("全年收到政府信息公开申请30件(其中1件为上年度结转),办结30件。", {"apply.carried_over": 1}),
    ("全年共受理政府信息公开申请251件,其中网站申请181件、当面申请44件。已办理244件,结转下年度继续办理7件。",
     {"apply.completed": 244, "apply.carried_forward": 7}),
    ("2022年度未收到公民、法人或其他组织通过政府信息公开平台、传真、信函等形式的政府信息公开申请。",
     {"apply.received": 0}),
    ("全年收到政府信息公开申请25件,上年无结转,办结24件,结转下年1件。", {"apply.carried_over": 0}),
    # a part in brackets (其中结转下一年度8件) is carried forward, not the count it follows
    ("全年共受理政府信息公开申请122件,涉及具体事项408项(其中结转下一年度8件,涉及具体事项20项)。",
     {"apply.carried_forward": 8}),
])
def test_applications_carried_handled_and_none_in_more_words(sentence, want):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    for metric, value in want.items():
        assert got[(metric, None)] == value


def test_a_wechat_service_account_opened_in_the_clause_before_carries_the_count():
    got = table(ACTIVE + "市民政局通过市民政局网站主动公开信息1861条,建立云岭市民政局微信公众服务号,发布民政信息212条。\n")
    assert got[("active.item", "云岭市民政局微信公众服务号")] == 212
    assert got[("active.item", "市民政局网站")] == 1861


def test_pushes_counted_before_their_articles_give_the_articles():
    got = table(ACTIVE + "全年通过门户网站发布信息3066条,“某某政务”新浪微博发文2900余条,微信公众号发送文章360余次、2500余篇。\n")
    assert got[("active.item", "微信公众号发送文章")] == 2500


def test_a_channels_running_total_with_the_years_new_part_gives_the_part():
    got = table(ACTIVE + "至目前为止,在政务信息公开网上已发布了各类信息150条(2012年新增20条),"
                "在局门户网站上发布信息100条(2012年新增15条)。\n")
    assert got == {("active.item", "政务信息公开网"): 20, ("active.item", "局门户网站"): 15}


def test_received_and_replied_on_time_in_one_clause_gives_both():
    got = table("三、依申请公开情况\n2022年度,高新区管委会受理并按时回复政府信息依申请公开事项19项,全部为自然人申请。\n")
    assert got[("apply.received", None)] == 19
    assert got[("apply.completed", None)] == 19


@pytest.mark.parametrize("sentence, want", [
    ("截至目前,共收到依申请公开40件,已全部办结。区政府法制股受理行政复议案件7件,办结5件;受理行政诉讼案件8件,办结7件。",
     {"apply.completed": 40, "review.total": 7, "litigation.total": 8}),
    ("全年收到政府信息公开申请10件,未发生行政复议,办结10件。", {"apply.completed": 10}),
])
def test_cases_done_are_no_applications_answered(sentence, want):
    got = table("三、依申请公开情况\n" + sentence + "\n")
    for metric, value in want.items():
        assert got[(metric, None)] == value


@pytest.mark.parametrize("sentence, done", [
    ("2023年共收到政府信息公开申请5件。均已在法定期限内予以答复。", 5),
    ("2023年共收到政府信息公开申请5件。以上申请均已按时办结,答复率100%。", 5),
    ("2023年共收到政府信息公开申请5件。群众来信均已按时回复。", None),  # said of letters, not of the applications
])
def test_all_answered_said_in_the_sentence_right_after_the_count_received(sentence, done):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got.get(("apply.completed", None)) == done


@pytest.mark.parametrize("sentence", [
    "受理政府信息公开申请12件,并按规定时限予以答复。",
    "收到政府信息公开申请12件,均已按照《条例》规定的时限和要求进行答复。",
    "收到政府信息公开申请12件,我局均按照规定程序和时限要求及时予以回复。",
    "收到政府信息公开申请12件,做到件件有回复。",
    "全年共受理政府信息公开申请12件,12件均已答复。",
])
def test_every_application_answered_in_longer_words(sentence):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got[("apply.received", None)] == 12
    assert got[("apply.completed", None)] == 12


@pytest.mark.parametrize("clause, metric, value", [
    ("加上2022年结转的2件", "apply.carried_over", 2),
    ("上一年度遗留2件", "apply.carried_over", 2),
    ("2022年度结转至本年度的申请2件", "apply.carried_over", 2),
    ("上年度转结2件", "apply.carried_over", 2),
    ("上年未办结转入本年度2件", "apply.carried_over", 2),
    ("1件结转至2024年度办理", "apply.carried_forward", 1),
    ("延期至下年度答复1件", "apply.carried_forward", 1),
    ("办结9件,未办结1件", "apply.carried_forward", 1),
    ("剩余1件尚未办结", "apply.carried_forward", 1),
])
def test_applications_carried_over_and_forward_in_more_words(clause, metric, value):
    got = table("三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请10件," + clause + "。\n")
    assert got[(metric, None)] == value
    assert got.get(("apply.completed", None)) in (None, 9)  # not done is never read as done


def test_bianfa_publishes_like_fabu():
    assert table(ACTIVE + "全年共编发信息500条。\n") == {("active.total", None): 500}


def test_a_notice_board_that_posted_so_many_issues_is_a_channel():
    got = table(ACTIVE + "全年网站公开300条、公众号推送200条、公开栏公示50期。\n")
    assert got == {("active.item", "网站"): 300, ("active.item", "公众号"): 200, ("active.item", "公开栏"): 50}


@pytest.mark.parametrize("sentence", ["本年度依申请公开数量为0。", "全年政府信息公开申请数为零。"])
def test_applications_numbered_zero_in_words(sentence):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {("apply.received", None): 0}


def test_items_enumerated_by_yi_shi_er_shi_keep_only_their_names():
    got = table(ACTIVE + "全年共主动公开政府信息300条,一是发布工作动态200条;二是发布通知公告100条。\n")
    assert got == {("active.total", None): 300, ("active.item", "工作动态"): 200, ("active.item", "通知公告"): 100}


@pytest.mark.parametrize("sentence, channel, value", [
    ("本街道2018年通过云岭政府在线共主动公开政府信息524条。", "云岭政府在线", 524),
    ("全年全区通过市、区两级政府信息公开工作管理系统主动公开政府信息12789条。", "市、区两级政府信息公开工作管理系统", 12789),
])
def test_a_site_named_zaixian_or_a_management_system_is_a_channel(sentence, channel, value):
    got = table(ACTIVE + sentence + "\n")
    assert got == {("active.item", channel): value, ("active.total", None): value}


@pytest.mark.parametrize("sentence", [
    "全年主动公开政府信息500条。截至2023年底,累计主动公开政府信息12345条。",
    "全年主动公开政府信息500条,网站共累计发布信息12345条。",
])
def test_a_larger_sum_to_a_date_or_of_a_site_after_the_years_figure_is_cumulative(sentence):
    assert table(ACTIVE + sentence + "\n") == {("active.total", None): 500, ("active.cumulative", None): 12345}


@pytest.mark.parametrize("sentence, value", [
    ("开展政策解读12次。", 12),
    ("全年共解读政策12次。", 12),
    ("开展政策解读活动12次。", None),  # activities, not interpretations
    ("围绕重要政策文件开展解读12次,制作图解4件。", 12),
    ("对新出台的文件进行了解读12次。", 12),
])
def test_interpretations_counted_in_times(sentence, value):
    got = table(ACTIVE + "全年主动公开政府信息500条。" + sentence + "\n")
    assert got.get(("interpretation.total", None)) == value


def test_cases_counted_respectively_each_get_their_count():
    got = table("四、政府信息公开行政复议、行政诉讼情况\n行政复议、行政诉讼和投诉分别为0件、1件和2件。\n")
    assert got == {("review.total", None): 0, ("litigation.total", None): 1, ("complaint.total", None): 2}


@pytest.mark.parametrize("sentence, want", [
    ("全年受理、办结政府信息公开申请分别为10件、9件。", {"apply.received": 10, "apply.completed": 9}),
    ("上年结转和本年新收申请分别为2件、8件。", {"apply.carried_over": 2, "apply.received": 8}),
])
def test_steps_of_the_applications_counted_respectively(sentence, want):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got == {(metric, None): value for metric, value in want.items()}


@pytest.mark.parametrize("sentence, want", [
    ("公民、法人或其他组织提出政府信息公开申请10件。", {"apply.received": 10}),
    ("全年共有10件政府信息公开申请均已办结。", {"apply.received": 10, "apply.completed": 10}),
    ("全年申请公开政府信息10件。", {"apply.received": 10}),
    ("收到网上申请8件,信函申请2件,共计10件。", {"apply.received": 10}),
    ("收到申请8件,办结7件,共计15件。", {"apply.received": 8, "apply.completed": 7}),  # no sum of its parts
])
def test_applications_filed_counted_before_their_noun_or_summed(sentence, want):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got == {(metric, None): value for metric, value in want.items()}


@pytest.mark.parametrize("sentence, label, value", [
    ("全年编印政府公报6期。", "政府公报", 6),
    ("编制和发布云岭市人民政府公报12期。", "云岭市人民政府公报", 12),
    ("全年编发《云岭政报》12期,刊登政府文件86件。", "《云岭政报》", 12),  # documents printed: no items disclosed
    ("共发行《云岭政报》12期,发布政府信息320条,赠阅3万份。", "《云岭政报》", 320),  # its items, counted after
])
def test_a_gazette_the_body_prints_is_a_channel_counted_by_issues_or_by_its_items(sentence, label, value):
    got = table(ACTIVE + "全年主动公开政府信息500条。" + sentence + "\n")
    assert got[("active.item", label)] == value


def test_briefs_on_a_topic_are_no_gazette():
    got = table(ACTIVE + "全年主动公开政府信息500条。发布重点项目简报5期。\n")
    assert not [k for k in got if k[0] == "active.item"]


@pytest.mark.parametrize("sentence, label, value", [
    ("在《云岭日报》刊登信息12篇。", "《云岭日报》", 12),
    ("在《云岭日报》《云岭晚报》等报刊刊发稿件7篇。", "《云岭日报》《云岭晚报》等报刊", 7),
])
def test_a_paper_the_body_prints_in_is_a_channel(sentence, label, value):
    got = table(ACTIVE + "全年主动公开政府信息500条,其中在门户网站发布信息300条。" + sentence + "\n")
    assert got[("active.item", label)] == value


def test_a_paper_printing_the_bodys_news_as_its_subject_is_publicity_not_a_channel():
    got = table(ACTIVE + "全年主动公开政府信息500条。各级主流媒体刊发我局宣传报道54篇。\n")
    assert got == {("active.total", None): 500}


@pytest.mark.parametrize("sentence", [
    "另有2件申请因需补正材料延续至2024年办理。",
    "2件申请因涉及第三方意见延期至下一年度答复。",
])
def test_applications_put_off_to_the_next_year_with_the_reason_between(sentence):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got == {("apply.carried_forward", None): 2}


def test_all_answered_in_the_next_sentence_after_the_parts_of_the_received():
    got = table("三、收到和处理政府信息公开申请情况\n共收到申请8件,其中网上申请6件、信函申请2件。对上述申请,我办均按照《条例》"
                "规定的时限予以答复。\n")
    assert got[("apply.completed", None)] == 8
    got = table("三、收到和处理政府信息公开申请情况\n共收到申请8件,其中网上申请6件、信函申请1件。对上述申请,我办均按照《条例》"
                "规定的时限予以答复。\n")
    assert ("apply.completed", None) not in got  # the parts do not add up: the words may be of another count


def test_items_one_a_line_under_a_line_that_presents_them():
    got = table(ACTIVE + "主动公开政府信息情况:\n工作动态:85条\n通知公告:23条\n政策文件:6条\n")
    assert got == {("active.item", "工作动态"): 85, ("active.item", "通知公告"): 23, ("active.item", "政策文件"): 6}


def test_a_sum_closing_a_list_that_divides_no_figure_is_the_total():
    got = table("一、总体情况\n(一)主动公开。全年主动公开文件类信息15条,非文件类信息86条,合计101条。\n")
    assert got[("active.total", None)] == 101
    # said as their sum, it is their total as printed even where they do not add up (active.items_sum fails)
    got = table("一、总体情况\n(一)主动公开。全年主动公开文件类信息15条,非文件类信息86条,合计110条。\n")
    assert got[("active.total", None)] == 110


def test_kinds_spelled_out_after_a_plain_verb_and_summed():
    got = table("一、总体情况\n全镇共公开政务信息、财务信息、党务信息等共计460条。\n")
    assert got == {("active.total", None): 460}


def test_a_list_under_words_that_present_it_closed_by_its_sum():
    got = table("一、总体情况\n本年度主动公开政府信息情况如下:机构设置5条,政策法规12条,工作动态88条,合计105条。\n")
    assert got == {("active.total", None): 105, ("active.item", "机构设置"): 5, ("active.item", "政策法规"): 12,
                   ("active.item", "工作动态"): 88}


def test_a_channels_issues_then_its_items_in_the_next_clause():
    got = table("一、总体情况\n全年主动公开政府信息300条,其中在门户网站发布信息204条;全年共更新政务公开栏12期,公开信息96条。\n")
    assert got[("active.item", "政务公开栏")] == 96


def test_the_two_microblogs_and_one_client_are_channels():
    got = table("一、总体情况\n全年主动公开政府信息1500条,其中通过“两微一端”发布信息1200余条,门户网站发布300条。\n")
    assert got[("active.item", "“两微一端”")] == 1200


def test_a_website_named_by_its_owner_and_address_and_the_bodys_own_information():
    got = table("一、总体情况\n2019年我乡通过云岭县人民政府(http://www.yl.gov.cn)主动公开石桥乡人民政府信息57条:"
                "其中部门公告4条,占信息公开总量的7.02%;工作动态53条,占信息公开总量的92.98%。\n")
    assert got == {("active.item", "云岭县人民政府"): 57, ("active.total", None): 57,
                   ("active.item", "部门公告"): 4, ("active.item", "工作动态"): 53}


def test_named_kinds_in_the_overview_without_a_total_or_a_channel_are_items_when_all_are_kinds():
    got = table("一、总体情况\n2021年,市公路事业发展中心共发布工作动态类信息894条,工程招投标信息、施工维修通告等公示公告类信息20条。\n")
    assert got[("active.item", "工作动态类信息")] == 894
    got = table("一、总体情况\n2021年,中心共发布安全生产检查记录894条,维修台账20条。\n")
    assert not [k for k in got if k[0] == "active.item"]  # no kinds of information the catalogue knows


def test_news_is_what_a_channel_carries():
    got = table("一、总体情况\n2024年,教育局在县政府信息公开平台主动公开新闻信息45条,通过微信公众号发布信息1266条。\n")
    assert got == {("active.item", "县政府信息公开平台"): 45, ("active.item", "微信公众号"): 1266}


@pytest.mark.parametrize("sentence, want", [
    ("共受理政府信息公开申请44件,顺延到2022年度申请2件。", {"apply.received": 44, "apply.carried_forward": 2}),
    ("全年受理政府信息公开申请86件,办理完成78件,余8件转2023年度办理。",
     {"apply.received": 86, "apply.completed": 78, "apply.carried_forward": 8}),
])
def test_applications_carried_into_a_named_next_year(sentence, want):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got == {(metric, None): value for metric, value in want.items()}


def test_information_on_request_said_plainly_in_the_part_on_applications():
    got = table("(二)依申请公开情况\n2024年1-12月,石桥镇依申请公开信息0条。\n")
    assert got == {("apply.received", None): 0}
    got = table(ACTIVE + "全年主动公开信息43条,其中作为依申请公开信息46条。\n")
    assert ("apply.received", None) not in got  # elsewhere it counts information kept for release on request


def test_a_site_named_for_what_it_posts_is_a_channel_not_its_topic():
    got = table("(一)主动公开情况。全年在云岭省政府采购网公开信息7条。\n")
    assert got[("active.item", "云岭省政府采购网")] == 7
    got = table("一、总体情况\n全年发布政府采购公告7条。\n")
    assert ("active.total", None) not in got  # procurement as the topic of the clause: no headline


@pytest.mark.parametrize("sentence, want", [
    ("2025年度,我部门收到并办理政府信息公开申请1件,比去年减少2件。", {"apply.received": 1, "apply.completed": 1}),
    ("2020年度,我局受理办理依申请公开2件。", {"apply.received": 2, "apply.completed": 2}),
    ("共办理政府信息公开申请21件。其中,网络申请14件,书面申请7件。所有申请均按时办结。", {"apply.completed": 21}),
    ("全年办理政府信息公开申请218件。", {}),  # handled alone: neither received nor answered
    ("全州共计受理办理政府信息公开申请354件。其中,新收354件,办理完成353件,结转2024年度继续办理1件。",
     {"apply.received": 354, "apply.completed": 353, "apply.carried_forward": 1}),  # the count answered wins
])
def test_applications_received_and_handled_or_handled_and_every_one_answered(sentence, want):
    got = table("三、收到和处理政府信息公开申请情况\n" + sentence + "\n")
    assert got == {(metric, None): value for metric, value in want.items()}


def test_civil_and_criminal_suits_are_no_administrative_lawsuits():
    got = table("四、政府信息公开行政复议、行政诉讼情况\n2022年我区处理民事诉讼2件,无行政诉讼和行政复议案件。\n")
    assert got.get(("litigation.total", None)) in (None, 0)
    got = table("四、政府信息公开行政复议、行政诉讼情况\n2022年发生政府信息公开行政诉讼2件。\n")
    assert got[("litigation.total", None)] == 2


def test_proactive_information_as_the_words_of_one_item_in_a_list():
    got = table("一、总体情况\n2020年开发区政府网共发布信息268条。其中包括概况类信息40条、政务动态信息200条、主动公开信息20条、"
                "解读类信息8条。\n")
    assert got[("active.item", "主动公开信息")] == 20
    assert got.get(("active.total", None)) in (None, 268)


def test_the_applications_that_might_have_caused_a_review_are_no_count_of_reviews():
    got = table("三、收到和处理政府信息公开申请情况\n2021年共受理依申请公开事项3项,我局按其需求予以公开。"
                "没有因以上3件依申请公开事项产生行政复议和行政诉讼案件。\n")
    assert got.get(("review.total", None)) in (None, 0) and got.get(("litigation.total", None)) in (None, 0)
    assert got[("apply.received", None)] == 3


def test_applications_newly_added_in_the_year_are_received():
    got = table("一、总体情况\n依申请公开:本年度新增政府信息公开申请11件,上年度结转1件,共需办理12件,已全部办结。\n")
    assert (got[("apply.received", None)], got[("apply.carried_over", None)]) == (11, 1)


def test_the_verb_of_making_use_of_a_channel_is_no_part_of_its_name():
    got = table("一、总体情况\n2023年,我县充分发挥政府门户网站公开平台的作用,主动公开政府信息1200条。"
                "政府网站微信公众号更新量300条。\n")
    assert got[("active.item", "政府门户网站")] == 1200


def test_information_counted_in_xiang_and_its_parts():
    got = table("一、总体情况\n主动公开政府信息45项,其中政策文件5项、工作动态40项。\n")
    assert got == {("active.total", None): 45, ("active.item", "政策文件"): 5, ("active.item", "工作动态"): 40}
    assert table("一、总体情况\n建立健全3项制度。\n") == {}


def test_what_others_took_up_is_no_part_of_what_the_body_published():
    got = table("一、总体情况\n全年发布政务信息312条,其中被市级以上媒体采用45条。\n")
    assert got == {("active.total", None): 312}


def test_a_catalogue_holding_so_many_to_date_is_cumulative():
    got = table("一、总体情况\n全年主动公开政府信息230条。截至目前,政府信息公开目录共有信息5432条。\n")
    assert got == {("active.total", None): 230, ("active.cumulative", None): 5432}


def test_all_answered_after_the_parts_of_the_received_in_brackets_and_a_date():
    got = table("三、收到和处理政府信息公开申请情况\n2023年度我局共收到政府信息公开申请57件(其中当面申请7件、网络申请45件、"
                "信函申请5件),截至2023年12月31日,已全部办结。\n")
    assert got == {("apply.received", None): 57, ("apply.completed", None): 57}


def test_the_kinds_of_interpretation_after_its_count_are_no_items():
    got = table(ACTIVE + "全年主动公开政府信息300条。全年围绕重要政策文件发布解读信息16条,其中图片解读6条,视频解读2条。\n")
    assert got == {("active.total", None): 300, ("interpretation.total", None): 16}


def test_items_one_a_line_numbered_in_brackets():
    got = table(ACTIVE + "全年主动公开政府信息120条。其中:\n(1)工作动态:80条;\n(2)通知公告:40条。\n")
    assert got == {("active.total", None): 120, ("active.item", "工作动态"): 80, ("active.item", "通知公告"): 40}


@pytest.mark.parametrize("sentence, want", [
    ("2021年全年,我乡共发布56条工作动态、12条通知公告和4条财政预决算信息。",
     {("active.item", "工作动态"): 56, ("active.item", "通知公告"): 12, ("active.item", "财政预决算信息"): 4}),
    ("本年度我办公开了9条政策文件,31条工作动态。",
     {("active.item", "政策文件"): 9, ("active.item", "工作动态"): 31}),
])
def test_counts_published_before_their_kinds(sentence, want):
    assert table(ACTIVE + sentence + "\n") == want


def test_one_count_before_information_after_a_verb_is_the_headline():
    assert table(ACTIVE + "全年共发布126条信息,受到群众好评。\n") == {("active.total", None): 126}


def test_the_years_part_in_the_next_sentence_after_a_sum_to_a_date():
    got = table(ACTIVE + "截止2014年12月31日,我镇已累计公开政府信息986条。其中,本年度公开政府信息143条。\n")
    assert got == {("active.cumulative", None): 986, ("active.total", None): 143}


def test_interpretations_of_every_form_spelled_out_before_them():
    got = table(ACTIVE + "共制作发布图解、动漫、短视频等多种形式的政策解读产品15个。\n")
    assert got == {("interpretation.total", None): 15}


def test_videos_of_interpretation_alone_are_no_count_of_interpretations():
    assert table(ACTIVE + "制作视频解读3个。\n") == {}


def test_counts_before_their_kinds_after_a_lead_and_a_verb():
    got = table(ACTIVE + "2023年,某镇主动公开政府信息120条。其中,发布70条工作动态、30条通知公告、20条财政信息。\n")
    assert got == {("active.total", None): 120, ("active.item", "工作动态"): 70, ("active.item", "通知公告"): 30,
                   ("active.item", "财政信息"): 20}


def test_a_channels_own_verb_is_no_part_of_its_label():
    got = table(OVERVIEW + "全年主动公开政府信息共300条,分别通过区政府网站发布200条、政务微博发布80条、镇公开栏张贴20期。\n")
    assert got[("active.item", "镇公开栏")] == 20 and ("active.item", "镇公开栏张贴") not in got


@pytest.mark.parametrize("sentence", [
    "一是利用政府网站公开,全年上网信息120条;二是利用政务公开栏公开,共出栏8期;三是利用广播播出政策信息30次。",
    "通过镇政府网站上网信息120条,通过政务公开栏出栏8期,通过村村通广播播报政策信息30次。",
])
def test_channels_put_online_posted_in_issues_or_broadcast(sentence):
    got = table(ACTIVE + sentence + "\n")
    assert [v for (m, _), v in got.items() if m == "active.item"] == [120, 8, 30]
    assert ("active.total", None) not in got


def test_a_count_of_showings_with_no_channel_named_is_not_read():
    assert table(ACTIVE + "全年开展网上重大决策预公开征集意见2次。\n") == {}


def test_last_years_figure_and_the_change_are_no_breakdown_though_they_add_up():
    got = table(ACTIVE + "2015年主动公开信息531条,较上年的472条多59条。\n")
    assert got == {("active.total", None): 531}


def test_a_sum_to_the_years_end_with_the_years_own_figure_in_the_next_sentence():
    got = table(ACTIVE + "截至2015年底,我局已累计公开政府信息2,847条。2015年主动公开信息531条。\n")
    assert got == {("active.cumulative", None): 2847, ("active.total", None): 531}


def test_a_sum_to_the_years_end_alone_is_the_years():
    assert table(ACTIVE + "截至2015年底,我局累计公开政府信息531条。\n") == {("active.total", None): 531}


APPLY_PART = "(二)依申请公开情况\n"


@pytest.mark.parametrize("sentence, want", [
    ("共受理政府信息公开申请46件,已答复44件,另有2件因尚在答复期内,结转至下一年度办理。",
     {("apply.received", None): 46, ("apply.completed", None): 44, ("apply.carried_forward", None): 2}),
    ("共收到政府信息公开申请58件,办结55件;剩余3件由于需要补正材料,结转至2026年度办理。",
     {("apply.received", None): 58, ("apply.completed", None): 55, ("apply.carried_forward", None): 3}),
])
def test_carried_into_next_year_after_the_reason_in_a_clause_of_its_own(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


@pytest.mark.parametrize("sentence, want", [
    ("年内共收到政府信息公开申请27件;已办理完结26件,尚在办理中的1件结转下一年度。",
     {("apply.received", None): 27, ("apply.completed", None): 26, ("apply.carried_forward", None): 1}),
    ("处理政府信息公开申请共27件。其中新收25件,2021年结转2件;已办理完结26件。",
     {("apply.received", None): 25, ("apply.carried_over", None): 2, ("apply.completed", None): 26}),
])
def test_the_count_handled_said_bare_after_the_count_received(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


def test_carried_over_from_a_named_year_said_as_another_count():
    got = table(APPLY_PART + "2021年度共新收政府信息公开申请9件,另有2020年度结转申请1件。\n")
    assert got == {("apply.received", None): 9, ("apply.carried_over", None): 1}


@pytest.mark.parametrize("text", [
    "三、依申请公开情况\n全年共受理依申请公开事项4件,其中网上申请1件,信函申请3件。经审查,同意公开3件,告知1件,按时答复率100%。\n",
    "三、依申請公開情況\n全年共受理依申請公開事項4件,其中網上申請1件,信函申請3件。經審查,同意公開3件,告知1件,按時答覆率100%。\n",
])
def test_outcomes_that_add_up_to_the_count_received_then_all_answered(text):
    assert table(text) == {("apply.received", None): 4, ("apply.completed", None): 4}


def test_outcomes_that_do_not_add_up_give_no_count_answered():
    got = table("三、依申请公开情况\n全年共受理依申请公开事项5件。经审查,同意公开3件,告知1件,按时答复率100%。\n")
    assert got == {("apply.received", None): 5}


@pytest.mark.parametrize("text, want", [
    ("(二)依申请公开情况\n2024年度,我镇未接获公民或法人的依申请公开诉求。\n", {("apply.received", None): 0}),
    ("三、收到和处理政府信息公开申请情况\n2020年我镇无收到和处理政府信息公开申请情况。\n",
     {("apply.received", None): 0, ("apply.completed", None): 0}),
])
def test_no_applications_in_other_words(text, want):
    assert table(text) == want


def test_applications_dealt_with_and_every_one_answered():
    got = table(APPLY_PART + "2023年我街道共处理政府信息公开申请案件9件,均按时按程序完成办结。\n")
    assert got == {("apply.completed", None): 9}


def test_a_repeated_application_dealt_with_besides_is_no_count_of_the_answered():
    got = table(APPLY_PART + "共受理政府信息公开申请24件,经依法办理,予以公开4件,无法提供19件,另处理重复申请1件,"
                "所有申请均在法定期限内完成答复。\n")
    assert got[("apply.completed", None)] == 24


def test_a_site_updated_at_the_same_time_is_named_without_the_word():
    got = table(OVERVIEW + "(一)主动公开\n镇政府官方网站同步更新信息62条,聚焦重点项目。\n")
    assert got[("active.item", "官方网站")] == 62


def test_the_means_named_in_a_clause_of_its_own_and_the_count_bare_after_it():
    got = table(ACTIVE + "(三)其它途径。2020年,通过向区图书馆、区档案馆报送资料,公开18条;通过信息公告栏,公开43条;"
                "通过手册、传单等纸质材料,公开52条。\n")
    assert got == {("active.item", "向区图书馆、区档案馆报送资料"): 18, ("active.item", "信息公告栏"): 43,
                   ("active.item", "手册、传单等纸质材料"): 52}


def test_by_doing_something_is_no_means_of_publishing():
    got = table(ACTIVE + "2019年度,通过对政府信息进行了梳理和编目,共新增主动公开政府信息24条。\n")
    assert got == {("active.total", None): 24}


@pytest.mark.parametrize("sentence, want", [
    ("全年主动公开政府信息650条,其中部门动态402,其他信息248条。",
     {("active.total", None): 650, ("active.item", "部门动态"): 402, ("active.item", "其他信息"): 248}),
    ("本年度主动公开政务信息55条,其中政策文件1条,工作动态50条,预决算信息2,法治政府建设年度报告1。",
     {("active.total", None): 55, ("active.item", "政策文件"): 1, ("active.item", "工作动态"): 50,
      ("active.item", "预决算信息"): 2, ("active.item", "法治政府建设年度报告"): 1}),
])
def test_an_item_printed_without_its_counter_beside_one_with_it(sentence, want):
    assert table(ACTIVE + sentence + "\n") == want


def test_a_number_without_a_counter_and_no_counted_item_beside_it_is_no_count():
    got = table(ACTIVE + "全年主动公开政府信息300条。截至2022,联系电话0537-5450001,邮编655414,其中工作动态120\n")
    assert got == {("active.total", None): 300}


REVIEW_PART = "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n"


@pytest.mark.parametrize("sentence, want", [
    ("2018年县政府法制办共收到行政复议申请31件,依法受理28件,均不涉及政府信息公开事项。", {}),
    ("区政府作为复议机关共办理各类行政复议案件87件,其中涉及政府信息公开的仅2件,经审理均维持原行政行为。",
     {("review.total", None): 2}),
])
def test_cases_of_every_matter_and_the_part_that_concerned_disclosure(sentence, want):
    assert table(REVIEW_PART + sentence + "\n") == want


def test_not_a_single_case_is_no_count_of_one():
    got = table(REVIEW_PART + "本年度未出现针对政府信息公开事项的申诉,也没有任何一起相关的行政复议或者行政诉讼。\n")
    assert got == {("complaint.total", None): 0, ("review.total", None): 0, ("litigation.total", None): 0}


def test_one_case_that_occurred_is_a_count():
    assert table(REVIEW_PART + "本年度发生一起因政府信息公开引起的行政复议。\n") == {("review.total", None): 1}


def test_applications_by_applicant_each_read_then_summed():
    got = table(APPLY_PART + "本年度收到法人或其他组织提出的政府信息公开申请1件、自然人提出的申请6件,共计7件。\n")
    assert got == {("apply.received", None): 7}


def test_both_kinds_of_case_named_together_before_a_count_of_none():
    got = table(APPLY_PART + "2025年共受理依申请公开17件。其中发生行政复议、行政诉讼案件0件。\n")
    assert got == {("apply.received", None): 17, ("review.total", None): 0, ("litigation.total", None): 0}


def test_both_kinds_of_case_named_together_before_a_count_above_none_are_not_read():
    got = table(APPLY_PART + "2025年共受理依申请公开17件。其中发生行政复议、行政诉讼案件3件。\n")
    assert got == {("apply.received", None): 17}


def test_answered_in_time_said_bare_in_the_sentence_after_the_count_received():
    got = table(APPLY_PART + "本年度共收到政府信息公开申请30件。按时办理完结29件,剩余1件按申请人要求已做撤销处理。\n")
    assert got == {("apply.received", None): 30, ("apply.completed", None): 29}


def test_no_one_applied():
    got = table(OVERVIEW + "通过微信公众号发布公开信息85条;无单位或个人申请政府信息公开。\n")
    assert got[("apply.received", None)] == 0


def test_kinds_divided_after_a_lead_and_closed_by_their_sum():
    got = table(OVERVIEW + "(一)主动公开\n2018年,市统计局主动公开的政府信息按类别划分为:机构概况类35条,法规文件类118条,"
                "规划计划类26条,统计数据类403条;以上共计582条。\n")
    assert got == {("active.total", None): 582, ("active.item", "机构概况类"): 35, ("active.item", "法规文件类"): 118,
                   ("active.item", "规划计划类"): 26, ("active.item", "统计数据类"): 403}


def test_issues_counted_in_chinese_numerals():
    got = table(ACTIVE + "2016年,大坪乡在县政府信息公开网发布信息156条。通过乡政务公开栏公开信息四十二期。\n")
    assert got == {("active.item", "县政府信息公开网"): 156, ("active.item", "乡政务公开栏"): 42}


def test_a_daily_average_is_no_count():
    got = table(OVERVIEW + "2015年,县政府门户网站全年发布各类政府信息12,856条,日均发布35条,网站总访问量达186万人次。\n")
    assert got == {("active.total", None): 12856, ("active.item", "县政府门户网站"): 12856}


@pytest.mark.parametrize("closing", ["三个平台共计发布2,179条。", "上述三个平台合计,全局全年主动公开政府信息2,179条。"])
def test_the_sum_over_the_channels_is_the_years_figure(closing):
    got = table(ACTIVE + "2025年,县农业农村局在县政府门户网站部门专栏发布信息1,236条。通过“青云农业”微信公众号发布信息684条,"
                "通过“三农青云”政务头条号发布信息259条," + closing + "\n")
    assert got[("active.total", None)] == 2179 and len([k for k in got if k[0] == "active.item"]) == 3


def test_a_channels_count_divided_after_a_colon_is_the_only_headline():
    got = table(OVERVIEW + "(一)主动公开\n全年在政府门户网站主动公开政府信息108条:工作信息92条;信息公开指南1条;"
                "法定主动公开内容13条;另有1条。\n")  # a part no rule reads: still a part, no channel beside it
    assert got[("active.total", None)] == 108 and got[("active.item", "政府门户网站")] == 108


def test_a_channels_name_starts_after_a_figure_printed_before_it():
    got = table(OVERVIEW + "(一)主动公开\n通过镇政府网页和线下政务公开专区等渠道主动公开政府信息662条,通过政务公开专区公开政府信息184"
                "通过电子显示屏、各村政务公开栏以及纸质资料公开政府信息651条。\n")
    assert got[("active.item", "电子显示屏、各村政务公开栏以及纸质资料")] == 651


def test_an_account_id_in_a_channels_name_is_no_figure_before_it():
    got = table(ACTIVE + "2017年,主动公开政府信息累计204条,通过政府网站公开信息数163条,政务微信订阅号“印象某乡”"
                "(微信号:yxmx4822006)公开政府信息23条,村务公开栏公开信息18条。\n")
    assert got[("active.item", "政务微信订阅号“印象某乡”")] == 23


def test_carried_over_from_a_named_year_in_brackets_after_the_count_answered():
    got = table(APPLY_PART + "全年收到信息公开申请件13件(11件网上申请,2件信函申请),答复14件(包括2022年结转1件),均及时与申请人沟通。\n")
    assert got == {("apply.received", None): 13, ("apply.completed", None): 14, ("apply.carried_over", None): 1}


def test_reviews_lawsuits_and_complaints_named_together_before_none():
    got = table("五、政府信息公开复议、诉讼和申诉情况\n我局2017年度共受理有关政府信息公开工作的行政复议、行政诉讼和申诉案件0件。\n")
    assert got == {("review.total", None): 0, ("litigation.total", None): 0, ("complaint.total", None): 0}


def test_information_and_work_news_together_are_the_headlines_object():
    got = table(ACTIVE + "截至2017年底,我局共公布政府信息、工作动态信息128余条。其中:政府网站公开政府信息数46条,政务微信公开政府信息数58条,"
                "其他方式24条。\n")
    assert got[("active.total", None)] == 128 and got[("active.item", "政务微信")] == 58


def test_several_places_of_publication_in_the_clause_before_the_years_figure():
    got = table(ACTIVE + "2015年,我局主要通过网上政府信息公开专栏、统计公报、新闻媒体等公共信息查阅场所公开信息,全年公开信息248条。"
                "在省、市统计信息网公开发布统计数据、统计公报等信息60多条。\n")
    assert got[("active.total", None)] == 248


@pytest.mark.parametrize("text", [
    "1.主动公开\n2020年主动公开政府信息明细:\n工作动态:128条\n通知公告:46条\n办事指南:17条\n其他:9条\n共计:200条\n",
    "(一)主動公開\n本年度發佈工作動態108條、通知公告36條、人事資訊5條、其他11條,共計160條。\n",
])
def test_the_sum_closing_a_list_is_its_total_not_one_more_item(text):
    got = table(text)
    items = {k: v for k, v in got.items() if k[0] == "active.item"}
    assert got[("active.total", None)] == sum(items.values()) and len(items) == 4


def test_a_sum_that_the_items_do_not_add_up_to_makes_no_total():
    got = table("1.主动公开\n工作动态:128条\n通知公告:46条\n办事指南:17条\n合计:150条\n")
    assert ("active.total", None) not in got


def test_kinds_presented_as_what_was_published_and_closed_by_their_sum():
    got = table("(一)主动公开情况\n本年度我委主动公开的政府信息分别为:规划信息14条,项目审批信息63条,工作动态175条,其他信息22条,合计274条。\n")
    assert got == {("active.total", None): 274, ("active.item", "规划信息"): 14, ("active.item", "项目审批信息"): 63,
                   ("active.item", "工作动态"): 175, ("active.item", "其他信息"): 22}


def test_the_cases_a_body_heard_as_the_review_organ_are_no_reviews_of_its_disclosure():
    got = table(REVIEW_PART + "作为区政府行政复议机构,本局全年共受理各类行政复议申请85件、审结79件。"
                "本局自身因政府信息公开被申请行政复议、被提起行政诉讼的情况均为零。\n")
    assert got == {("review.total", None): 0, ("litigation.total", None): 0}


def test_a_count_under_a_label_naming_interpretations():
    got = table(OVERVIEW + "政策解读:本年度发布一篇(图解形式)。\n二、主动公开政府信息情况\n本年度通过县政府门户网站主动公开政府信息一百零五条。\n")
    assert got == {("interpretation.total", None): 1, ("active.total", None): 105, ("active.item", "县政府门户网站"): 105}


def test_applications_still_open_told_before_the_counts_of_the_year():
    got = table(APPLY_PART + "截至2022年12月31日,尚有2件申请处于答复期内,结转下年度办理。全年共答复申请25件。"
                "上述申请中,1件为2021年结转,其余为本年度收到;本年度共收到申请26件。\n")
    assert got == {("apply.carried_forward", None): 2, ("apply.completed", None): 25, ("apply.received", None): 26}


def test_a_sum_since_a_year_is_of_all_the_years():
    got = table(ACTIVE + "本年度发布统计工作动态90条。自2008年起,我局累计主动公开政府信息1,026条。\n")
    assert got[("active.cumulative", None)] == 1026 and got.get(("active.total", None)) != 1026


@pytest.mark.parametrize("text, want", [
    (REVIEW_PART + "行政复议、行政诉讼:均无。\n", {("review.total", None): 0, ("litigation.total", None): 0}),
    (REVIEW_PART + "行政复议1件,经复议维持原答复;行政诉讼无。\n", {("review.total", None): 1, ("litigation.total", None): 0}),
    ("三、收到和处理政府信息公开申请情况\n新收申请数为零,亦无上年结转。\n",
     {("apply.received", None): 0, ("apply.carried_over", None): 0}),
])
def test_none_said_after_the_words_it_is_said_of(text, want):
    assert table(text) == want


@pytest.mark.parametrize("sentence, want", [
    ("全年申请量为6件,均由企业提出,无上年结转。", {("apply.received", None): 6, ("apply.carried_over", None): 0}),
    ("本年度办结政府信息公开申请5件,无结转下年度的申请。这5件申请中,4件为本年新收,1件为上年结转。",
     {("apply.completed", None): 5, ("apply.carried_forward", None): 0, ("apply.received", None): 4,
      ("apply.carried_over", None): 1}),
    ("本年新收政府信息公开申请数量为4件,上年结转政府信息公开申请数量为1件。",
     {("apply.received", None): 4, ("apply.carried_over", None): 1}),
])
def test_the_applications_of_the_year_as_a_volume_or_as_the_new_ones(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


def test_the_channels_summed_by_their_number():
    got = table(ACTIVE + "2016年,街道在区政府网站街道子站发布信息182条,在社区公开栏张贴公开信息96期,通过街道政务微博发布信息241条,"
                "三种渠道合计519条。\n")
    assert got[("active.total", None)] == 519


@pytest.mark.parametrize("sentence, fee", [("本年度依据办法收取信息处理费2笔,共计400元。", 400),
                                          ("全县收取信息处理费1笔,金额850元。", 850)])
def test_the_fee_charged_in_the_clause_after_the_charges_counted(sentence, fee):
    assert table("六、其他需要报告的事项\n" + sentence + "\n") == {("fees.amount", None): fee}


@pytest.mark.parametrize("sentence, want", [
    ("全年办结申请三件,年末无结转下年度的申请;所办结的三件均为本年度新收。",
     {("apply.completed", None): 3, ("apply.carried_forward", None): 0, ("apply.received", None): 3}),
    ("本年度共办结申请9件:其中8件为2018年新受理。", {("apply.completed", None): 9, ("apply.received", None): 8}),
])
def test_the_new_ones_among_those_answered(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


def test_no_lawsuit_yet():
    assert table(REVIEW_PART + "因政府信息公开被申请行政复议1件;行政诉讼尚无。\n") == {("review.total", None): 1,
                                                                              ("litigation.total", None): 0}


def test_counts_before_their_kinds_closed_by_their_sum():
    got = table(ACTIVE + "本年度我局对外发布了五十七条工作动态、二十三条政策法规、四十一条人事考试录用信息,共计一百二十一条。\n")
    assert got == {("active.item", "工作动态"): 57, ("active.item", "政策法规"): 23, ("active.item", "人事考试录用信息"): 41,
                   ("active.total", None): 121}


@pytest.mark.parametrize("sentence, want", [
    ("本年度收到申请11件。上述十一件申请连同上年结转的一件,已答复十一件;尚有一件在法定期限内,结转至二〇二〇年继续办理。",
     {("apply.received", None): 11, ("apply.carried_over", None): 1, ("apply.completed", None): 11,
      ("apply.carried_forward", None): 1}),
    ("全年申请量为6件,无上年结转。6件申请中予以公开4件,不予公开1件,本机关不掌握相关政府信息1件,均已答复完毕。",
     {("apply.received", None): 6, ("apply.carried_over", None): 0, ("apply.completed", None): 6}),
])
def test_applications_told_as_a_story(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


def test_counts_before_their_kinds_each_with_its_own_verb():
    got = table(ACTIVE + "2019年,镇政府主动公开政府信息共89条:发布31条工作动态,公示18条村务财务信息,公开通知公告26条,其他14条。\n")
    assert got[("active.item", "工作动态")] == 31 and got[("active.item", "村务财务信息")] == 18


@pytest.mark.parametrize("sentence, want", [
    ("本年新收申请3件,上年结转1件,均已办结,年末无结转。",
     {("apply.received", None): 3, ("apply.carried_over", None): 1, ("apply.completed", None): 4,
      ("apply.carried_forward", None): 0}),
    ("街道本年度新收政府信息公开申请5件,另有上一年度结转的申请1件。以上6件均已答复,无需结转下年度。",
     {("apply.received", None): 5, ("apply.carried_over", None): 1, ("apply.completed", None): 6,
      ("apply.carried_forward", None): 0}),
    ("前述申请均已办理完毕,年底没有需结转至下年度的申请。", {("apply.carried_forward", None): 0}),
])
def test_all_answered_with_those_carried_over_and_none_carried_forward(sentence, want):
    assert table(APPLY_PART + sentence + "\n") == want


def test_both_kinds_of_case_said_not_to_have_happened_after_their_names():
    assert table(REVIEW_PART + "行政复议和行政诉讼均未发生。\n") == {("review.total", None): 0, ("litigation.total", None): 0}


def test_items_one_a_line_after_long_dashes():
    got = table(ACTIVE + "本年度主动公开的信息分布于以下载体:\n——县政府门户网站:142条;\n——局网站:96条;\n——局机关政务公开栏:24期。\n")
    assert got[("active.item", "县政府门户网站")] == 142 and got[("active.item", "局网站")] == 96


def test_the_sum_of_what_the_clause_before_published_through_a_channel():
    got = table(ACTIVE + "本年度,街道信息全部通过区政府网站发布,共64条。\n")
    assert got == {("active.item", "区政府网站"): 64, ("active.total", None): 64}


def test_every_kind_of_the_year_summed_after_the_list():
    got = table(ACTIVE + "本年度按栏目发布:招商动态233条,规划建设168条,企业服务295条,通知公告116条;以上各类信息全年合计812条。\n")
    assert got[("active.total", None)] == 812


def test_put_off_to_a_named_year_after_its_reason():
    got = table(APPLY_PART + "受理申请3件。其中2件已答复完毕;1件因申请内容涉及多个部门需协调,延至2013年答复。\n")
    assert got[("apply.carried_forward", None)] == 1


def test_a_count_of_several_channels_keeps_its_parts_told_channel_by_channel():
    text = ACTIVE + ("2022年,社区通过门户网站、政务微博等网上渠道,公示栏、电子屏等线下渠道主动公开政府信息共计540条,"
                     "其中通过门户网站发布信息320条。通过“某某发布”政务微博推送工作动态220条。\n")
    got = table(text)
    assert got[("active.total", None)] == 540 and got[("active.item", "“某某发布”政务微博")] == 220
    # a channel the several did not name is a channel beside them: the several's count is no total then
    got = table(text.replace("政务微博推送", "抖音号推送").replace("“某某发布”政务微博", "“某某发布”抖音号"))
    assert ("active.total", None) not in got


def test_the_parts_of_a_channels_count_in_the_next_sentence_opened_by_among_them():
    got = table(ACTIVE + "2020年,本乡在县政府网站乡镇专栏主动公开信息共计66条。其中,在机构职能栏目中,发布领导分工1条;"
                         "在新闻中心栏目中,发布乡镇动态45条。\n")
    assert got[("active.total", None)] == 66
    got = table(ACTIVE + "2020年,本乡在县政府网站乡镇专栏主动公开信息共计66条。在新闻中心栏目中,发布乡镇动态45条。\n")
    assert ("active.total", None) not in got


def test_columns_counted_respectively_in_chinese_numerals_after_the_number_of_columns():
    got = table(ACTIVE + "在县政府网站乡镇专栏的政务动态、通知公告、财政信息三个栏目分别更新信息四十二条、十五条、七条,"
                         "合计六十四条。\n")
    assert got[("active.item", "通知公告")] == 15 and got[("active.item", "财政信息")] == 7
    assert got[("active.total", None)] == 64


def test_the_year_said_after_the_object_of_the_headline():
    got = table(ACTIVE + "街道主动公开政府信息全年为一百零八条,比上年多出十二条。\n")
    assert got[("active.total", None)] == 108


def test_numbered_items_one_a_line_end_at_the_first_line_without_a_number():
    got = table(ACTIVE + "全年主动公开政府信息58条。具体为:\n1.政策文件:17条;\n2.工作动态:41条。\n另编发政策解读3篇。\n")
    assert got[("active.item", "工作动态")] == 41 and got[("interpretation.total", None)] == 3
    assert not any(metric == "active.item" and "解读" in label for metric, label in got if label)


def test_interpretations_named_as_pieces_or_counted_as_the_policies_interpreted():
    got = table(ACTIVE + "全年主动公开政府信息210条,发布各类政策解读件23篇,解读稿与文件原文相互链接。\n")
    assert got[("interpretation.total", None)] == 23
    got = table(ACTIVE + "全年主动公开政府信息210条。2022年共对五项政策文件进行了政策解读。\n")
    assert got[("interpretation.total", None)] == 5


def test_the_information_published_counted_before_it_is_named():
    got = table(ACTIVE + "通过区政府网站在2022年度主动公开的48条政府信息中,其中机构职能3条、工作动态45条。\n")
    assert got[("active.total", None)] == 48 and got[("active.item", "工作动态")] == 45


def test_a_list_of_channels_ends_at_a_sentence_naming_no_channel():
    got = table(ACTIVE + "全区共主动公开政府信息1,250条,其中区政府门户网站发布800条、政务新媒体发布450条。"
                         "发布政策解读材料12篇。\n")
    assert got[("interpretation.total", None)] == 12
    assert not any(metric == "active.item" and "解读" in label for metric, label in got if label)


def test_carried_forward_after_a_reason_dated_by_its_month():
    got = table(APPLY + "全县共受理政府信息公开申请57件。已答复55件,另有2件因于12月下旬受理,结转至2015年答复。\n")
    assert got[("apply.carried_forward", None)] == 2


def test_counts_before_kinds_named_as_information():
    got = table(ACTIVE + "全年发布三十条乡村振兴类信息、十二条惠民资金信息,另发布工作动态八条。\n")
    assert got[("active.item", "乡村振兴类信息")] == 30 and got[("active.item", "惠民资金信息")] == 12
    assert ("active.item", "乡村振兴类信息、") not in got


def test_quoted_columns_side_by_side_counted_respectively():
    got = table(ACTIVE + "门户网站专栏“机构概况”“通知公告”“工作动态”三个栏目的更新量分别为3条、40条、122条。\n")
    assert [got.get(("active.item", label)) for label in ("“通知公告”", "“工作动态”")] == [40, 122]


def test_items_one_a_line_under_a_sentence_announcing_them_closed_by_their_sum():
    got = table(ACTIVE + "本年度,镇政府通过以下渠道主动公开政府信息:\n——县政府门户网站镇级专栏:八十一条\n"
                         "——镇微信公众号:一百二十条\n以上合计二百零一条。\n")
    assert got[("active.item", "镇微信公众号")] == 120 and got[("active.total", None)] == 201
    got = table(ACTIVE + "全年主动公开政府信息的具体情况为:\n——财政收支及惠农资金发放:十一条;\n——计划生育、民政救济:六条;\n"
                         "——救灾物资和资金分配:四条。\n以上共二十一条。\n")
    assert got[("active.item", "计划生育、民政救济")] == 6 and got[("active.total", None)] == 21


@pytest.mark.parametrize("sentence, metric, value", [
    ("本年度共登记政府信息公开申请12件,上年结转1件。已办理完毕11件,其余2件跨年度办理。", "apply.carried_forward", 2),
    ("本年度共登记政府信息公开申请12件,上年结转1件。", "apply.received", 12),
    ("本年度新收申请30件,加上2020年结转2件,共需办理32件。已办结29件,结转2022年3件。", "apply.carried_forward", 3),
    ("全年受理申请6件。截至年底已答复5件,1件于12月29日受理,顺延至2016年答复。", "apply.carried_forward", 1),
    ("本年度共受理申请23件。已答复21件;另有2件系12月下旬受理,转入2010年继续办理。", "apply.carried_forward", 2),
    ("本年度收到申请8件;年内办结7件,尚有1件依法延期答复,结转至2022年。", "apply.carried_forward", 1),
    ("本年度共收到申请40件,加上2013年底结转的3件,共办理43件。已办结41件。", "apply.carried_over", 3),
    ("本年度共收到申请40件,加上2013年底结转的3件,共办理43件。已办结41件。", "apply.completed", 41),
    ("全年收到申请14件。加上2016年未办结的1件,共办理15件,已全部作出答复。", "apply.carried_over", 1),
])
def test_applications_told_in_further_orders(sentence, metric, value):
    assert table(APPLY + sentence + "\n")[(metric, None)] == value


def test_the_count_received_said_again_all_of_them_answered():
    got = table(APPLY + "全年收到申请3件,2件为书面申请,1件为网上申请。3件均已处理完毕,申请人表示满意。\n")
    assert got[("apply.completed", None)] == 3
    # a different count is no restatement of those received
    got = table(APPLY + "全年收到申请3件,2件为书面申请,1件为网上申请。2件均已处理完毕。\n")
    assert ("apply.completed", None) not in got


def test_uploading_information_is_publishing_it():
    assert table(ACTIVE + "对全年政府工作形成的信息进行了梳理,全年共上传信息212条。\n")[("active.total", None)] == 212


def test_the_same_channel_count_said_twice_is_still_the_only_one():
    sentence = "通过政府信息公开门户网站共公开信息35条,公开的内容涉及机构职能、工作动态等各类信息。"
    assert table(ACTIVE + sentence + "\n" + sentence + "\n")[("active.total", None)] == 35


@pytest.mark.parametrize("sentence", [
    "2019年依申请公开共受理2件,于15个工作日内及时给予当事人答复,按时办结,完成率100%。",
    "2023年度,我镇全年收到2条依申请公开政府信息,已处理。",
])
def test_all_answered_said_as_a_completion_rate_or_as_handled(sentence):
    assert table(APPLY + sentence + "\n")[("apply.completed", None)] == 2


def test_a_sum_of_the_channels_of_the_sentence_before_referred_back_to():
    got = table(ACTIVE + "通过区政府网站公开各类信息120条;通过政务微博发布信息80条;在办事大厅电子屏滚动显示20条,"
                         "主要为办事指南。以上共计220条(期)。\n")
    assert got[("active.total", None)] == 220 and got[("active.item", "办事大厅电子屏")] == 20


def test_kinds_counted_respectively_in_the_sentence_after_the_headline():
    got = table(ACTIVE + "2015年,苏木主动公开政府信息六十条。政务动态、惠牧政策分别为四十二条、十八条。\n")
    assert got[("active.item", "惠牧政策")] == 18


def test_channels_each_with_its_count_in_brackets():
    got = table(ACTIVE + "全年通过区政府网站(发布信息120条)、“某某街道”微信公众号(推送信息85条)、社区公开栏(张贴公告30期)"
                         "三个渠道主动公开信息。\n")
    assert got == {("active.item", "区政府网站"): 120, ("active.item", "“某某街道”微信公众号"): 85,
                   ("active.item", "社区公开栏"): 30}


def test_a_bare_carried_after_the_count_answered_goes_into_the_next_year():
    got = table(APPLY + "新收申请9件,上年结转1件;办结8件,结转2件。\n")
    assert got[("apply.carried_over", None)] == 1 and got[("apply.carried_forward", None)] == 2


def test_a_channel_on_a_numbered_line_keeps_no_number_and_broadcasting_is_publishing():
    got = table(ACTIVE + "全年通过以下渠道公开信息:\n1.县政府门户网站:发布信息26条;\n2.镇广播站:播送信息18次。\n")
    assert got[("active.item", "县政府门户网站")] == 26 and got[("active.item", "镇广播站")] == 18


def test_cases_said_to_lie_outside_disclosure_are_no_count_of_ours():
    got = table("四、政府信息公开行政复议、行政诉讼情况\n因政府信息公开被申请行政复议1件,未被提起政府信息公开行政诉讼。"
                "街道另因房屋征收补偿被提起行政诉讼3件,不属政府信息公开范畴。\n")
    assert got[("review.total", None)] == 1 and got[("litigation.total", None)] == 0


def test_all_answered_after_a_change_against_last_year_and_the_parts():
    got = table(APPLY + "全年共受理政府信息公开申请6件,较上年增加2件,其中网上申请4件、信函申请2件,均在法定期限内作出答复。\n")
    assert got[("apply.completed", None)] == 6


@pytest.mark.parametrize("none", ["没有结转到2022年的申请。", "无结转至2026年的申请。", "截至年底,无需要结转的申请。",
                                  "无顺延至下一年度办理的申请。"])
def test_none_carried_forward_to_a_named_year_or_left_to_carry(none):
    assert table(APPLY + "全年收到申请3件,均已办结。" + none + "\n")[("apply.carried_forward", None)] == 0


def test_all_answered_in_the_next_sentence_after_parts_filed_in_several_ways():
    got = table(APPLY + "本年度共收到申请5件,其中当面提出2件、信函提出3件,内容涉及取水许可。我局已全部作出答复。\n")
    assert got[("apply.completed", None)] == 5


def test_none_carried_over_said_with_also():
    assert table(APPLY + "全年未收到政府信息公开申请,上年度也无结转。\n")[("apply.carried_over", None)] == 0


def test_a_sum_by_the_number_of_ways_in_the_sentence_after_the_channels():
    got = table(ACTIVE + "一是依托县政府信息公开平台发布信息40条;二是通过镇微信公众号推送信息25条。两项合计65条。\n")
    assert got[("active.total", None)] == 65


def test_the_administrative_fees_of_the_table_said_as_text_are_no_fee_of_ours():
    got = table("六、其他需要报告的事项\n第二十条第(八)项 行政事业性收费:本年收费金额4.2万元\n")
    assert ("fees.amount", None) not in got
    # a fee charged at the approved rate (标准) in an earlier clause is still the fee charged
    got = table("四、政府信息公开的收费及减免情况\n依照省物价部门核定的标准,收取复印费、邮寄费合计三十五元。\n")
    assert got[("fees.amount", None)] == 35


@pytest.mark.parametrize("sentence, want", [
    ("本年新收政府信息公开申请9件,上年结转1件,共计10件,均已办结。", {"apply.received": 9, "apply.carried_over": 1,
                                                             "apply.completed": 10}),
    ("本年度受理申请6件,另有2013年底结转的申请1件,合计7件,已全部办结。", {"apply.received": 6, "apply.carried_over": 1,
                                                             "apply.completed": 7}),
    ("本年度受理申请7件,其中6件已答复;另1件涉及第三方权益,正在征求第三方意见,转入2015年办理。",
     {"apply.completed": 6, "apply.carried_forward": 1}),
])
def test_received_and_carried_over_summed_then_all_answered(sentence, want):
    got = table(APPLY + sentence + "\n")
    assert {metric: got.get((metric, None)) for metric in want} == want


def test_no_complaint_about_the_disclosure_work_said_among_the_problems():
    got = table("六、存在的主要问题及改进措施\n一是人员不足。全年未接到群众对我乡信息公开工作的投诉。\n")
    assert got[("complaint.total", None)] == 0
    # a problem about complaints is no statement of none
    got = table("六、存在的主要问题及改进措施\n群众对政务公开栏更新不及时的投诉较多。未收到投诉的社区也要整改。\n")
    assert ("complaint.total", None) not in got


def test_choosing_the_columns_names_no_channel_the_headline_went_out_on():
    got = table(ACTIVE + "2024年,我乡严格按照规定要求,精心选择合适的公开专栏,全年累计主动公开政府信息98条。\n")
    assert got == {("active.total", None): 98}
    # tending an account before its count is still that account's count
    got = table(ACTIVE + "加强对“某某发布”微信公众号的运维管理,全年累计推送信息174期603条。\n")
    assert got[("active.item", "“某某发布”微信公众号")] == 603


def test_numbered_items_under_a_line_presenting_them_closed_by_their_sum():
    got = table(ACTIVE + "本年度主动公开的政府信息按类别统计如下:\n1.机构职能类信息6条;\n2.乡村振兴类信息74条;\n"
                         "3.其他工作动态33条。\n以上合计113条。\n")
    assert got[("active.total", None)] == 113 and got[("active.item", "乡村振兴类信息")] == 74
    got = table(ACTIVE + "本年度主动公开政府信息情况如下:\n①县政府信息公开平台乡镇专栏:92条\n②乡政务公开栏:28期\n合计120条(期)。\n")
    assert got[("active.total", None)] == 120 and got[("active.item", "乡政务公开栏")] == 28


def test_channels_counted_respectively_in_items_and_issues_and_with_thousands():
    got = table(ACTIVE + "全年主动公开政府信息402条。县政府网站镇街专栏、“曲水微讯”公众号、镇村两级公开栏分别发布164条、173条、65期。\n")
    assert got[("active.item", "镇村两级公开栏")] == 65
    got = table(ACTIVE + "我局通过市政府门户网站、局门户网站分别发布信息1,204条、2,366条,合计3,570条。\n")
    assert got[("active.item", "局门户网站")] == 2366 and got[("active.total", None)] == 3570


def test_counts_before_kinds_after_what_the_content_covers():
    got = table(ACTIVE + "2024年,局机关主动公开政府信息300条,内容涵盖211条工作动态、89条惠农补贴信息。\n")
    assert got[("active.item", "惠农补贴信息")] == 89


def test_a_sum_opening_its_own_sentence_closes_the_items_of_the_sentence_before():
    got = table(ACTIVE + "一是公开乡村振兴类信息86条;二是公开惠民补贴类信息57条。全年共计143条。\n")
    assert got[("active.total", None)] == 143


def test_a_departments_year_of_its_own_fields_information_divided_after():
    got = table(ACTIVE + "全年共主动公开财政信息一百零九条。按内容划分,预决算信息二十一条,政府采购信息八十八条。\n")
    assert got[("active.total", None)] == 109 and got[("active.item", "政府采购信息")] == 88
    # undivided, a field's information is one kind among others
    got = table(ACTIVE + "全年主动公开政府信息300条,全年共主动公开财政信息40条。\n")
    assert got[("active.total", None)] == 300


def test_a_sentence_opened_by_among_them_after_figures_gives_no_headline():
    got = table(ACTIVE + "我局通过市政府门户网站、局门户网站分别发布信息1,204条、2,366条,合计3,570条。"
                         "其中,征收土地信息386条、规划许可批前公示212条。\n")
    assert got[("active.total", None)] == 3570


def test_a_page_of_a_paper_is_part_of_the_papers_name():
    got = table(ACTIVE + "全年在《某某日报》“健康某某”专版刊登科普类信息52篇。\n")
    assert got[("active.item", "《某某日报》“健康某某”专版")] == 52


def test_applications_said_not_to_be_carried_forward_are_none_carried():
    got = table(APPLY + "街道全年收到申请两件,均在规定期限内作出了答复,2件申请都没有结转到下一年度。\n")
    assert got[("apply.carried_forward", None)] == 0
    assert table(APPLY + "全年新收申请3件,均已办结。本年度末无结转。\n")[("apply.carried_forward", None)] == 0


def test_cases_none_said_as_none_happened():
    got = table("一、总体情况\n2024年,本乡主动公开政府信息138条。行政复议、行政诉讼均无发生。\n")
    assert got[("review.total", None)] == 0 and got[("litigation.total", None)] == 0


def test_the_whole_citys_year_stays_its_year_beside_a_sum_to_the_years_end():
    got = table(ACTIVE + "全市各级行政机关主动公开政府信息36.8万条。其中,市政府门户网站发布5.4万条,政务新媒体发布31.4万条。"
                         "截至2018年底,全市累计主动公开政府信息182.5万条。\n")
    assert got[("active.total", None)] == 368000 and got[("active.cumulative", None)] == 1825000


def test_carried_to_a_year_named_without_to_and_a_fee_summed_after_its_charging():
    got = table(APPLY + "全区共受理申请158件。按期答复152件,6件结转2012年继续办理。\n")
    assert got[("apply.carried_forward", None)] == 6
    got = table("四、政府信息公开的收费及减免情况\n本年度按件计收信息处理费,共计300元。\n")
    assert got[("fees.amount", None)] == 300


def test_accounts_named_as_subjects_each_publish_their_own_count():
    got = table(ACTIVE + "“某某发布”发布政务微信信息2141条,“某某公安”发布政务微信信息438条。\n")
    assert got == {("active.item", "“某某发布”"): 2141, ("active.item", "“某某公安”"): 438}


def test_how_many_accounts_a_channel_has_is_no_count():
    got = table(ACTIVE + "2023年,镇人民政府微信公众账号(1个)发布信息149条;微博账号(1个)发布信息120条。\n")
    assert got == {("active.item", "镇人民政府微信公众账号"): 149, ("active.item", "微博账号"): 120}



def test_the_one_channels_year_beside_a_larger_sum_to_the_years_end():
    got = table(ACTIVE + "2016年,街道在区政府网站街道专栏主动公开信息六十八条。截至2016年12月31日,街道已累计主动公开政府信息412条。\n")
    assert got[("active.total", None)] == 68 and got[("active.cumulative", None)] == 412
    # alone, the sum to the year's end is the year's figure
    got = table(ACTIVE + "截至2016年12月31日,街道累计主动公开政府信息412条。\n")
    assert got[("active.total", None)] == 412


def test_parts_by_who_applied_before_all_answered_and_none_from_earlier_years():
    got = table(APPLY + "全年收到政府信息公开申请二件,一件来自个人、一件来自企业,均已依法答复。\n")
    assert got[("apply.completed", None)] == 2
    got = table(APPLY + "全年未收到政府信息公开申请,亦无往年结转件。\n")
    assert got[("apply.carried_over", None)] == 0


def test_answers_one_by_one_after_a_colon_are_no_count_answered():
    got = table(APPLY + "本年度街道受理政府信息公开申请2件,均为居民当面提出。街道均在规定时限内给予了答复:1件予以公开;"
                        "另1件所申请信息由区民政局掌握,已告知申请人。\n")
    assert got[("apply.completed", None)] == 2


def test_the_countys_sum_beside_a_towns_own_year_leaves_the_town_its_year():
    got = table("一、概述\n2016年,竹园镇共主动公开政府信息317条,比2015年的265条多52条。\n二、主动公开政府信息的情况\n"
                "据县政务公开办通报,全县各乡镇合计主动公开信息4,800余条。\n")
    assert got[("active.total", None)] == 317
    assert not any(label in ("比2015年", "多") for _, label in got)


def test_counts_by_quarter_are_items_of_the_year_given_after_them():
    got = table(ACTIVE + "第一季度发布61条、第二季度73条、第三季度58条、第四季度66条,全年累计主动公开政府信息258条。\n")
    assert got[("active.total", None)] == 258 and got[("active.item", "第一季度")] == 61


def test_interpretations_summed_after_their_kinds_and_made_together_with_others():
    got = table(ACTIVE + "全年主动公开政府信息412条。发布文字解读11篇、图片解读6篇、视频解读2个,合计政策解读19篇。\n")
    assert got[("interpretation.total", None)] == 19
    got = table(ACTIVE + "全年主动公开政府信息412条。镇党政办会同相关站所编发解读材料11篇,其中图文解读8篇。\n")
    assert got[("interpretation.total", None)] == 11


@pytest.mark.parametrize("sentence", [
    "本年度收到申请13件,2021年结转2件。已办理完毕14件,剩余1件因需调取2016年以前的纸质档案,延期答复,结转至2023年。",
    "本年度受理申请5件,已答复4件;另有1件因申请人补正材料超期,于2012年1月继续办理。",
])
def test_carried_forward_after_a_reason_naming_a_year_or_going_on_in_the_next(sentence):
    assert table(APPLY + sentence + "\n")[("apply.carried_forward", None)] == 1


def test_a_sum_by_the_number_of_kinds_closes_the_list_it_was_read_into():
    got = table(ACTIVE + "陆续公开机构职能类9条、政策法规类17条、工作动态类41条,三类合计67条。\n")
    assert got[("active.total", None)] == 67 and ("active.item", "三类") not in got


def test_the_year_by_its_quarters_after_the_headline():
    got = table(ACTIVE + "全年主动公开政府信息264条。一季度52条,二季度61条,三季度70条,四季度81条。\n")
    assert got[("active.item", "三季度")] == 70 and got[("active.total", None)] == 264


@pytest.mark.parametrize("sentence, want", [
    ("受理3件,答复2件,1件转入2009年办理。", {"apply.received": 3, "apply.completed": 2, "apply.carried_forward": 1}),
    ("全年受理申请8件;答复7件,1件结转2014年,按期答复率100%。", {"apply.completed": 7, "apply.carried_forward": 1}),
    ("4. 新收申请14件。\n5. 上年结转1件。\n6. 办结13件。\n7. 结转下年度2件。", {"apply.completed": 13, "apply.carried_over": 1}),
])
def test_applications_said_bare_in_their_own_part(sentence, want):
    got = table("三、依申请公开政府信息情况\n" + sentence + "\n")
    assert {metric: got.get((metric, None)) for metric in want} == want


def test_others_figure_besides_the_bodys_own_and_a_fee_at_the_approved_rate():
    got = table("一、概述\n2015年县政府本级主动公开政府信息2,957条,全县17个乡镇和42个部门另公开信息11,000余条。\n")
    assert got[("active.total", None)] == 2957
    got = table("四、收费及减免情况\n按照省定标准收取复印费10元。\n")
    assert got[("fees.amount", None)] == 10


def test_the_lower_bodies_sum_beside_the_bodys_own_year_is_not_the_whole():
    got = table(ACTIVE + "2024年,县政府及县政府办公室主动公开政府信息3,076条。其中,县政府门户网站发布2,541条,"
                         "“某某发布”政务新媒体发布535条。全县各乡镇(街道)、县直部门主动公开信息合计1.86万条。\n")
    assert got[("active.total", None)] == 3076


def test_a_part_in_brackets_opened_by_including_before_all_answered():
    got = table(APPLY + "本局共收到政府信息公开申请9件(含局属县卫生监督所转来的申请2件),已全部按期答复。\n")
    assert got[("apply.received", None)] == 9 and got[("apply.completed", None)] == 9


def test_the_bodys_own_reviews_win_over_the_disclosure_part_of_those_it_heard():
    got = table("五、行政复议、行政诉讼情况\n区政府作为行政复议机关,全年收到行政复议申请143件,其中涉及政府信息公开的17件。"
                "区政府自身因政府信息公开被申请行政复议2件,均维持;被提起行政诉讼3件。\n")
    assert got[("review.total", None)] == 2
    got = table("五、行政复议、行政诉讼情况\n区政府作为复议机关共办理各类行政复议案件87件,其中涉及政府信息公开的仅2件。\n")
    assert got[("review.total", None)] == 2


APPLY = "三、依申请公开情况\n"


@pytest.mark.parametrize("sentence, want", [
    ("上年结转申请2件,本年新收4件,共计6件,均已在法定期限内答复。", 6),
    ("上年度结转1件,今年受理政府信息公开申请5件,全部按时办结。", 6),
    ("上年结转申请0件,本年新收3件,均已办结。", 3),
])
def test_the_carried_over_said_before_the_received_then_all_answered(sentence, want):
    assert table(APPLY + sentence)[("apply.completed", None)] == want


def test_all_answered_said_after_a_clause_telling_what_the_applications_concern():
    got = table(APPLY + "全年受理政府信息公开申请3件。3件申请分别涉及征地补偿和低保评定,均已在规定时间内答复。\n")
    assert got[("apply.completed", None)] == 3
    got = table(APPLY + "全年受理政府信息公开申请3件。3件申请分别涉及征地补偿和低保评定,其中2件已答复。\n")
    assert ("apply.completed", None) not in got or got[("apply.completed", None)] == 2


def test_a_stat_lines_running_figure_printed_beside_the_years_without_a_stop():
    got = table("附:政府信息公开情况统计表\n主动公开政府信息数 本年 412 条 累计 2306 条\n收到申请数 本年 3 件\n")
    assert got[("active.total", None)] == 412 and got[("active.cumulative", None)] == 2306


def test_respective_counts_of_the_channels_named_one_by_one_in_the_sentence_before():
    got = table(ACTIVE + "我乡主要通过三种方式公开信息:一是乡政务公开栏,二是县政府门户网站乡镇专栏,三是村广播。"
                         "全年三种方式公开信息的数量分别为二十四期、九十一条和三十次。\n")
    assert got == {("active.item", "乡政务公开栏"): 24, ("active.item", "县政府门户网站乡镇专栏"): 91,
                   ("active.item", "村广播"): 30}
    # a number of them unlike the counts: no list
    got = table(ACTIVE + "我乡主要通过两种方式公开信息:一是乡政务公开栏,二是县政府门户网站。"
                         "全年三种方式公开信息的数量分别为二十四期、九十一条和三十次。\n")
    assert not any(metric == "active.item" for metric, _ in got)


def test_what_was_counted_after_the_last_label_is_no_part_of_it():
    got = table(ACTIVE + "全年通过乡政务公开栏、县政府网站、村广播公开信息的数量分别为18期、77条和12次。\n")
    assert got[("active.item", "村广播")] == 12


@pytest.mark.parametrize("text", [
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况。无。\n",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n",
])
def test_a_heading_naming_the_cases_answered_by_a_bare_none(text):
    got = table(text)
    assert got[("review.total", None)] == 0 and got[("litigation.total", None)] == 0


def test_a_bare_none_under_a_heading_naming_no_figure_gives_nothing():
    assert table("六、其他需要报告的事项\n无。\n五、存在的主要问题及改进情况\n无。\n") == {}


def test_kinds_spelled_out_then_summed_as_key_areas_or_key_information_give_the_headline():
    got = table(ACTIVE + "全年主动公开涉农补贴、社会救助、养老服务等重点领域信息共计86条。\n")
    assert got == {("active.total", None): 86}
    got = table(ACTIVE + "街道按期更新机构职能、领导信息、财政预决算等重点信息41条。\n")
    assert got == {("active.total", None): 41}
    # after other figures of the year, a key-areas sum is no headline
    got = table(ACTIVE + "依托门户网站公开公文类政府信息30条,政务动态类信息120条。公布涉农补贴、社会救助等重点领域信息60条。\n")
    assert ("active.total", None) not in got or got[("active.total", None)] != 60


def test_the_information_named_before_the_count_of_its_disclosure():
    got = table(ACTIVE + "2023年我乡政府信息主动公开数为1536条。其中:通过乡微信公众号公开信息1200条,通过乡网站公开信息336条。\n")
    assert got[("active.total", None)] == 1536
    assert got[("active.item", "乡微信公众号")] == 1200


def test_a_sum_of_one_years_work_is_no_sum_of_all_the_years():
    got = table("一、总体情况\n截至目前,已完成2024年度主动公开类政府信息网上发布工作累计总量达63条。\n")
    assert ("active.cumulative", None) not in got


def test_a_stat_table_appended_as_lines_after_the_last_part_by_an_announcing_line():
    text = ("一、概述\n本镇认真贯彻条例。\n二、主动公开政府信息情况\n全年主动公开政府信息312条。\n"
            "五、存在的主要问题及改进措施\n公开栏更新不及时。\n"
            "附:某某镇2010年政府信息公开情况统计表(文字版)\n"
            "主动公开政府信息数 本年 312 条 累计 1508 条\n收到申请数 本年 4 件\n")
    doc = read_bytes(text.encode("utf-8"), "written.txt")
    assert find_sections(doc)[-1].id == "tables"
    got = {(f.metric, f.label): f.value for f in narrative_facts(doc, find_sections(doc))}
    assert got[("active.cumulative", None)] == 1508 and got[("apply.received", None)] == 4


def test_answered_said_by_processing_finished_before_the_count():
    got = table(APPLY + "全年收到申请9件,上年结转1件;处理完毕10件,结转2026年0件。\n")
    assert got[("apply.completed", None)] == 10


def test_parts_in_brackets_after_the_received_then_the_carried_over_all_answered():
    got = table(APPLY + "全年新收政府信息公开申请15件(自然人13件、法人2件),上年结转2件,已全部办理完毕。\n")
    assert got[("apply.completed", None)] == 17 and got[("apply.received", None)] == 15


def test_a_named_earlier_years_figure_is_a_comparison_not_a_channel_beside_the_only_one():
    got = table(ACTIVE + "全年在县政府网站某某乡专栏发布政府信息八十八条,比二〇一一年的六十条增加二十八条。\n")
    assert got[("active.total", None)] == 88 and got[("active.item", "县政府网站某某乡专栏")] == 88


def test_a_sum_referring_back_to_numbered_lines_closes_them():
    got = table(ACTIVE + "全年主动公开工作主要有三个方面:\n一是发布工作动态类信息40条,反映工作进展。\n"
                         "二是公开财政信息6条。\n三是发布公告类信息14条,涉及征地。\n以上全年合计60条,较上年有所增加。\n")
    assert got[("active.total", None)] == 60
    # lines that add up to another figure leave the sum unread as the total
    got = table(ACTIVE + "一是发布工作动态类信息40条。\n二是公开财政信息6条。\n以上全年合计70条。\n")
    assert ("active.total", None) not in got


def test_an_earlier_years_figure_in_brackets_after_the_years_is_no_item():
    got = table(ACTIVE + "全年主动公开政府信息约二百条(上年为176条),其中政务动态约一百二十条。\n")
    assert got == {("active.total", None): 200, ("active.item", "政务动态"): 120}
    got = table(ACTIVE + "2025年主动公开政府信息312条(2024年为290条),具体为:政务动态200条;公示公告112条。\n")
    assert ("active.item", "政府信息312条(2024年") not in got and got[("active.item", "公示公告")] == 112


def test_a_gloss_in_brackets_that_last_year_left_none_does_not_unsay_the_received():
    got = table(APPLY + "本年度受理申请八件(上年度无结转),已答复七件。\n")
    assert got[("apply.received", None)] == 8 and got[("apply.carried_over", None)] == 0


def test_interpretations_counted_by_a_stat_tables_row_label():
    got = table("二、回应解读情况\n政策解读稿件发布数:7篇\n")
    assert got[("interpretation.total", None)] == 7


def test_carried_over_from_last_year_named_by_its_number():
    got = table(APPLY + "2024年,我乡依申请公开政府信息2条,2023年结转政府信息公开申请1条。\n")
    assert got[("apply.carried_over", None)] == 1 and got[("apply.received", None)] == 2


def test_the_word_xunxi_is_information():
    got = table(ACTIVE + "通过局微信公众平台发布推送讯息86条,答复网友咨询40余件。\n")
    assert got[("active.item", "局微信公众平台")] == 86


def test_an_adverb_before_the_verb_is_no_part_of_a_channels_label():
    got = table(ACTIVE + "全年累计公开各类信息90条,其中政府网站累计公开信息52条,村(社区)公示栏累计公开信息38条。\n")
    assert got[("active.item", "政府网站")] == 52 and got[("active.item", "村(社区)公示栏")] == 38


def test_other_means_after_named_channels_is_a_channel_of_its_own():
    got = table(ACTIVE + "全镇通过政府网站主动公开政府信息20条,通过微信公众号公布政务信息150余条,通过其他形式公布政务信息60余条。\n")
    assert got[("active.item", "其他形式")] == 60 and ("active.total", None) not in got


def test_the_body_before_a_part_of_the_year_and_the_years_sum_after_the_parts():
    got = table(ACTIVE + "全镇上半年公开58条,下半年公开77条,全年合计135条,比上年的120条增加15条。\n")
    assert got == {("active.item", "上半年"): 58, ("active.item", "下半年"): 77, ("active.total", None): 135}


def test_a_larger_sum_from_a_year_named_bare_is_the_sum_of_the_years():
    got = table(ACTIVE + "全年主动公开政府信息164条。2010年以来,全乡累计公开政府信息1,309条。\n")
    assert got == {("active.total", None): 164, ("active.cumulative", None): 1309}
    got = table(ACTIVE + "全年主动公开信息90条。2010年至2016年,我局累计主动公开信息702条。\n")
    assert got[("active.cumulative", None)] == 702
    # alone, a sum since this year is the year's own
    got = table(ACTIVE + "2025年以来,我镇累计主动公开政府信息128条。\n")
    assert got == {("active.total", None): 128}


def test_matters_added_to_the_catalogue_are_none_published():
    got = table("一、概述\n年内修订了公开目录,新增惠农补贴、扶贫资金等公开事项5项。\n"
                + ACTIVE + "全年主动公开政府信息140条。\n")
    assert got == {("active.total", None): 140}


def test_last_years_figure_is_no_headline():
    got = table("一、概述\n街道召开工作会议2次,上年公开的信息为240条。\n" + ACTIVE + "2016年,街道主动公开政府信息265条。\n")
    assert got == {("active.total", None): 265}


def test_a_label_after_the_colon_that_closes_the_lead():
    got = table(ACTIVE + "全年主动公开政府信息按月份统计如下:1月20条、2月11条、3月25条。\n")
    assert got[("active.item", "1月")] == 20 and got[("active.item", "3月")] == 25


def test_a_list_in_its_own_part_closed_by_the_years_total_read_in_the_overview():
    got = table("一、总体情况\n(一)主动公开。全镇全年主动公开各类政府信息120条。\n"
                + ACTIVE + "分季度看:一季度25条,二季度31条,三季度30条,四季度34条,合计120条。\n")
    assert got[("active.total", None)] == 120
    assert [got[("active.item", q)] for q in ("一季度", "二季度", "三季度", "四季度")] == [25, 31, 30, 34]


def test_the_running_figure_in_brackets_after_the_years():
    got = table(ACTIVE + "全年主动公开政府信息318条(累计2,046条)。\n")
    assert got == {("active.total", None): 318, ("active.cumulative", None): 2046}


def test_interpretations_published_by_a_committee_are_no_meeting():
    got = table(ACTIVE + "管委会发布政策解读稿件5篇。\n")
    assert got[("interpretation.total", None)] == 5
    assert ("interpretation.total", None) not in table(ACTIVE + "召开政策解读会5场。\n")


def test_the_answered_counted_after_all_answered_words_with_the_rest_carried():
    got = table(APPLY + "本年度上年结转申请1件,新收申请20件;全部办结的有19件,剩余2件结转至2026年度。\n")
    assert got[("apply.completed", None)] == 19 and got[("apply.carried_forward", None)] == 2


def test_the_one_application_referred_back_to_and_answered_later():
    got = table(APPLY + "今年收到申请一件,申请人要求公开低保名单。该名单已公开,镇政府告知了获取途径,该申请已按时答复。\n")
    assert got[("apply.completed", None)] == 1


def test_interpretations_counted_by_the_documents_interpreted():
    got = table("一、总体情况\n主动公开政府信息210条;解读惠民政策文件4件;县长信箱受理信件3件。\n")
    assert got[("interpretation.total", None)] == 4


def test_a_sum_from_a_year_before_the_reports_is_of_all_years_even_before_the_years_figure():
    text = ("某县2015年政府信息公开工作年度报告\n二、主动公开政府信息情况\n(三)历年情况。2008年以来,全区累计主动公开政府信息5.1万余条。\n"
            "(一)主动公开内容。组织机构类327条,政策法规类1,085条,共计1,412条。\n")
    got = table(text)
    assert got[("active.cumulative", None)] == 51000 and got.get(("active.total", None)) != 51000
    got = table("某县2025年政府信息公开工作年度报告\n二、主动公开政府信息情况\n2025年以来,我镇累计主动公开政府信息128条。\n")
    assert got == {("active.total", None): 128}


def test_a_channel_named_before_a_clause_of_what_it_aimed_at_or_carried():
    got = table(ACTIVE + "依托融媒体中心,打造微信公众号“某某乡音”,拓宽政务公开渠道,2024年共发布216篇信息。"
                         "2024年,我镇通过政府网站主动公开各类信息53条。\n")
    assert got[("active.item", "微信公众号“某某乡音”")] == 216 and got[("active.item", "政府网站")] == 53
    got = table(ACTIVE + "通过微信公众号等线上平台,及时公开街道各类工作动态,全年共发布信息730条。\n")
    assert got[("active.item", "微信公众号等线上平台")] == 730


def test_an_account_named_as_the_subject_then_the_year_and_the_verbs():
    got = table(ACTIVE + "此外,我局微信公众号“某某自然资源”,2022年公开发布信息共98条,粉丝量达2900个。\n")
    assert got[("active.item", "微信公众号“某某自然资源”")] == 98


def test_a_part_in_brackets_after_the_received_then_outcomes_all_answered():
    got = table(APPLY + "本年度新收政府信息公开申请12件(自然人10件、法人2件),无上年结转。其中予以公开5件,部分公开3件,"
                        "无法提供4件,所有申请均已在法定期限内答复完毕。\n")
    assert got[("apply.received", None)] == 12 and got[("apply.completed", None)] == 12


def test_the_applications_said_again_by_these_then_all_answered():
    got = table(APPLY + "全年共受理政府信息公开申请8件。上述8件申请均已在规定期限内处理完毕,其中同意公开5件。\n")
    assert got[("apply.completed", None)] == 8


def test_none_received_said_of_the_information_released_on_request():
    assert table(APPLY + "本年度,街道依申请公开政府信息数量为零。\n")[("apply.received", None)] == 0


def test_the_received_said_after_the_answered_and_none_carried_either_way():
    got = table(APPLY + "本年度共办结政府信息公开申请5件:予以公开3件,无法提供2件。上述5件申请均为本年度新收,"
                        "无上年结转和结转下年度的情况。\n")
    assert got[("apply.received", None)] == 5 and got[("apply.carried_forward", None)] == 0


def test_labelled_totals_of_outcomes_and_cases():
    got = table(APPLY + "本年新收政府信息公开申请数量:21件;本年度办理结果总计:20件;结转下年度继续办理:1件。\n"
                "四、政府信息公开行政复议、行政诉讼情况\n行政复议:总计0件;行政诉讼:总计2件。\n")
    assert got[("apply.completed", None)] == 20
    assert got[("review.total", None)] == 0 and got[("litigation.total", None)] == 2


@pytest.mark.parametrize("sentence", [
    "本年度受理信息公开申请1件,申请人要求公开移民扶持资金发放情况,我局已于法定期限内予以公开。",
    "全年收到书面申请1件,系群众要求公开本村低保户名单,乡政府在15个工作日内作出答复。",
    "全年收到政府信息公开申请1件,于法定期限内办结。",
])
def test_the_one_application_answered_in_other_words(sentence):
    assert table(APPLY + sentence)[("apply.completed", None)] == 1


def test_spans_of_months_are_parts_of_the_year():
    got = table(ACTIVE + "我乡主动公开信息的情况如下:1至6月公开64条,7至12月公开90条,全年合计154条。\n")
    assert got == {("active.item", "1至6月"): 64, ("active.item", "7至12月"): 90, ("active.total", None): 154}


def test_interpretations_of_a_named_document():
    assert table(ACTIVE + "解读《农村宅基地管理办法》等政策4篇。\n")[("interpretation.total", None)] == 4


def test_a_fee_label_answered_none_for_the_year():
    assert table("六、其他需要报告的事项\n1.信息处理费收取情况:本年度无。\n")[("fees.amount", None)] == 0


def test_all_handled_in_other_words_of_answering():
    got = table(APPLY + "2025年累计受理依申请公开事项3件,所有事项均按照规范流程妥善处置。\n")
    assert got[("apply.completed", None)] == 3
    got = table(APPLY + "我镇共收到政府信息公开申请1件,工作人员按照法定时限高效完成受理、办理、答复全流程工作。\n")
    assert got[("apply.completed", None)] == 1


def test_the_government_gazette_is_a_channel_not_the_headline():
    got = table(ACTIVE + "通过政府公报发布信息0条,通过政府网站发布信息48条,通过微博微信等自媒体平台发布信息312条。\n")
    assert got[("active.item", "政府公报")] == 0 and ("active.total", None) not in got


def test_the_new_among_the_handled_are_the_received():
    got = table(APPLY + "2025年本机关共受理政府信息公开申请15件,其中新收到14件,上年结转1件。\n")
    assert got[("apply.received", None)] == 14 and got[("apply.carried_over", None)] == 1


def test_a_closing_sum_said_with_two_words_of_summing():
    got = table(ACTIVE + "主动公开发布基础信息135条,水利领域信息81条,合计共216条。\n")
    assert got[("active.total", None)] == 216


def test_a_headline_under_a_heading_of_kinds_is_the_years_figure_not_an_item():
    got = table(ACTIVE + "(一)主动政府信息的主要类别\n我镇主动公开的信息共计85条,包括:机构职能、乡镇文件、镇街动态等各类信息。\n")
    assert got == {("active.total", None): 85}


def test_a_kind_and_the_rest_of_the_information_is_the_years_figure():
    got = table(ACTIVE + "2024年我镇在网站主动公开政策文件及政务信息140条,其中机关简介1条、预算决算2条。\n")
    assert got[("active.total", None)] == 140 and got[("active.item", "预算决算")] == 2


def test_respective_counts_of_kinds_introduced_by_what_they_concern_after_a_comma():
    got = table(ACTIVE + "全年主动公开政府信息300条,涉及征地、不动产登记和工作动态三类,分别为41条、73条、186条。\n")
    assert got == {("active.total", None): 300, ("active.item", "征地"): 41, ("active.item", "不动产登记"): 73,
                   ("active.item", "工作动态"): 186}


@pytest.mark.parametrize("sentence", ["全年共收到政府信息公开申请3件,均已按时答复,无结转。",
                                      "2024年收到政府信息公开申请4件,全部办结,无结转。"])
def test_none_carried_said_bare_right_after_all_answered(sentence):
    assert table(APPLY + sentence)[("apply.carried_forward", None)] == 0


def test_none_carried_over_from_last_year_said_bare_is_no_carried_forward():
    got = table(APPLY + "本年度收到申请2件,上年无结转。\n")
    assert got[("apply.carried_over", None)] == 0 and ("apply.carried_forward", None) not in got


def test_the_one_application_answered_said_in_a_later_sentence():
    got = table(APPLY + "全年受理政府信息公开申请1件。\n申请人为辖区居民,街道在收到申请后第8个工作日作出答复,予以公开。\n")
    assert got[("apply.completed", None)] == 1


def test_parts_by_what_they_concern_then_all_answered():
    got = table(APPLY + "全年共收到政府信息公开申请24件,其中涉及养老保险的9件、涉及工伤认定的15件,全部按期答复。\n")
    assert got[("apply.completed", None)] == 24


def test_since_the_regulation_came_into_force_in_the_report_of_that_year_is_the_years_figure():
    got = table("某县民政局2008年政府信息公开工作年度报告\n" + ACTIVE
                + "自2008年5月1日起,我局共主动公开政府信息163条,其中通过县政府门户网站公开117条,通过《某报》公开46条。\n")
    assert got[("active.total", None)] == 163 and got[("active.item", "《某报》")] == 46
    got = table("某县民政局2012年政府信息公开工作年度报告\n" + ACTIVE
                + "全年主动公开政府信息80条。自2008年5月1日起,我局共主动公开政府信息463条。\n")
    assert got[("active.cumulative", None)] == 463


def test_the_one_application_said_again_in_its_own_part_is_still_one():
    got = table("(二)依申请公开\n本年度苏木收到政府信息公开申请1件,上年无结转。该申请已在法定期限内作出答复。\n"
                "三、收到和处理政府信息公开申请情况\n本年度收到的1件申请由自然人提出,经审查予以公开。\n")
    assert got[("apply.completed", None)] == 1


@pytest.mark.parametrize("sentence, expected", [
    ("2023年度,某某镇发生行政复议事项0项。", {("review.total", None): 0}),
    ("全年发生行政复议事项2项,行政诉讼事项1项。", {("review.total", None): 2, ("litigation.total", None): 1}),
    ("全年收到政府信息公开行政复议情况0起。", {("review.total", None): 0}),
])
def test_cases_counted_as_matters_or_as_occurrences(sentence, expected):
    """行政复议事项N项 and 行政复议情况N起: the case word, then 事项 or 情况, then its count."""
    assert table("四、政府信息公开行政复议、行政诉讼情况\n" + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    "2012年度,没有单位或个人向我局提出申请信息公开事项。",
    "2024年,我单位无涉及依申请公开的内容。",
])
def test_no_applications_said_of_those_who_might_have_applied(sentence):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {("apply.received", None): 0}


def test_replied_and_handled_is_answered():
    got = table("三、依申请公开情况\n2024年度,我街受理依申请公开政府信息4件,回复处理4件。\n")
    assert got == {("apply.received", None): 4, ("apply.completed", None): 4}


def test_how_applications_were_answered_is_no_proactive_disclosure():
    """In an overview with no part of its own for applications, the outcomes after the count received
    (其中予以公开8件,部分公开2件…) say how they were answered: neither a headline nor a list of kinds."""
    got = table("一、总体情况\n2022年主动公开政府信息300条。依申请公开方面,全年共收到政府信息公开申请15件,"
                "其中予以公开8件,部分公开2件,不予公开1件,无法提供4件,均已按时答复。\n")
    assert got == {("active.total", None): 300, ("apply.received", None): 15, ("apply.completed", None): 15}


@pytest.mark.parametrize("sentence, channel, value", [
    ("全年在公开栏张贴公告30期。", "公开栏", 30),
    ("全年在村务公开栏张贴各类公告12余期。", "村务公开栏", 12),
    ("全年通过电子显示屏播放宣传标语120次。", "电子显示屏", 120),
])
def test_a_board_or_screen_putting_up_what_it_shows_counts_its_issues(sentence, channel, value):
    """公开栏张贴公告N期: the issues of the channel, whatever each held (公告, 标语), labelled by the channel."""
    got = table(ACTIVE + "全年主动公开政府信息300条。" + sentence + "\n")
    assert got[("active.item", channel)] == value


def test_a_site_publishing_consultations_in_issues_is_no_board():
    got = table(ACTIVE + "全年主动公开政府信息300条。全年通过政府网站发布征集调查39期。\n")
    assert ("active.item", "政府网站") not in got


@pytest.mark.parametrize("running", [
    "总计已公开1560条", "使主动公开信息总量达到1560条", "目前共公开政府信息1560条", "政府信息公开总量累计达1560条",
    "至此主动公开信息总数达1560条",
])
def test_the_total_reached_after_the_years_figure_is_of_all_years(running):
    """The year's figure, then the total all that was published has reached: the sum of the years."""
    got = table(ACTIVE + "2014年新增主动公开政府信息120条," + running + "。\n")
    assert got == {("active.total", None): 120, ("active.cumulative", None): 1560}


def test_a_sum_of_the_channels_without_a_years_figure_before_is_the_total():
    got = table(ACTIVE + "全年通过网站发布100条,公开栏发布50条,总计发布150条。\n")
    assert got[("active.total", None)] == 150 and ("active.cumulative", None) not in got


def test_kinds_of_interpretation_counted_one_by_one_give_no_count_of_their_own():
    """文字解读8篇、图文解读5篇、视频解读2个: not 8 interpretations; a sum said after them is the count."""
    assert table(ACTIVE + "全年共发布文字解读8篇、图文解读5篇、视频解读2个。\n") == {}
    got = table(ACTIVE + "全年共发布文字解读8篇、图文解读5篇、视频解读2个,合计政策解读15篇。\n")
    assert got == {("interpretation.total", None): 15}


@pytest.mark.parametrize("sentence", ["本年度无政策解读。", "全年未发布政策解读。"])
def test_no_interpretation_said_is_none(sentence):
    assert table("(三)政策解读情况\n" + sentence + "\n") == {("interpretation.total", None): 0}


def test_no_need_of_interpretation_is_no_statement_of_none():
    assert table("(三)政策解读情况\n全年无政策解读需求。\n") == {}


def test_a_carried_over_one_inside_the_received_is_not_added_to_the_answered():
    """收到申请10件(含2021年结转1件),已全部办结: the carried over one is among the ten, so ten were answered."""
    got = table(APPLY + "本年度收到申请10件(含2021年结转1件),已全部办结。\n")
    assert got[("apply.completed", None)] == 10
    got = table(APPLY + "本年度新收到申请10件,上年结转1件,已全部办结。\n")
    assert got[("apply.completed", None)] == 11


@pytest.mark.parametrize("lead", ["按照类别分为", "主要是", "分为"])
def test_the_words_saying_how_a_list_divides_are_no_part_of_its_first_label(lead):
    got = table(ACTIVE + "全年主动公开政府信息210条," + lead + "工作动态120条、通知公告45条和其他45条。\n")
    assert got[("active.item", "工作动态")] == 120


def test_a_bullet_before_a_label_is_no_part_of_it():
    got = table(ACTIVE + "全年主动公开政府信息210条。其中:\n● 工作动态120条;\n● 通知公告45条;\n● 其他45条。\n")
    assert {k[1] for k in got if k[0] == "active.item"} == {"工作动态", "通知公告", "其他"}


def test_numbered_parts_after_a_channels_figure_are_not_the_years_total():
    """网站专栏主动公开信息共计410条。一是…12条,二是…376条: the channel's figure is the only headline; the
    numbered counts after it are its parts."""
    got = table(ACTIVE + "全年网站专栏主动公开信息共计410条。一是政务信息公开信息总计12条,二是政务公开类信息总计376条,"
                "三是专题专栏类信息总计22条。\n")
    assert got[("active.total", None)] == 410 and got[("active.item", "网站专栏")] == 410


@pytest.mark.parametrize("sentence, expected", [
    ("全年在某山度假区官网发布招标公告、工作信息等共28条。",
     {("active.item", "某山度假区官网"): 28, ("active.total", None): 28}),
    ("全年在县政府网站发布通知公告、工作动态等128条。", {("active.item", "县政府网站"): 128, ("active.total", None): 128}),
    ("全年我镇主动公开的政府信息主要包括政府领导、机构职能、政策文件、政策解读等500余条。", {("active.total", None): 500}),
])
def test_kinds_closed_by_等_and_a_count_after_a_channel_or_the_information_published(sentence, expected):
    """The kinds spelled out and closed by 等 (the sum word optional) are summed up by the count: the channel's
    figure, or the year's when the information published is their subject; no list, and 政策解读 among
    them is no topic of the clause."""
    assert table(ACTIVE + sentence + "\n") == expected


def test_an_application_named_among_the_examples_of_a_kind_does_not_end_the_list():
    got = table(ACTIVE + "全年主动公开政府信息共计221条,其中农机购置补贴申请流程、示范社名单等各类通知公告共20条;"
                "政府信息公开指南1条;机构简介、领导班子分工2条。\n")
    assert got[("active.item", "政府信息公开指南")] == 1 and got[("active.item", "机构简介、领导班子分工")] == 2
    assert ("apply.received", None) not in got


def test_work_done_on_the_key_areas_is_no_item():
    got = table(ACTIVE + "全年主动公开政府信息300条。扎实推进教育、养老服务、社会救助等重点领域125项信息公开任务。\n")
    assert not any(k[0] == "active.item" for k in got)


@pytest.mark.parametrize("sentence, expected", [
    ("全年共更新县政府网站信息130条。", {("active.item", "县政府网站"): 130, ("active.total", None): 130}),
    ("本年度某河镇共发布更新某家县人民政府网政务公开信息13条。某河镇在微信公众号平台“某河发布”发布信息368条。",
     {("active.item", "某家县人民政府网"): 13, ("active.item", "微信公众号平台“某河发布”"): 368}),
])
def test_a_government_site_named_inside_what_was_published_is_its_channel(sentence, expected):
    """发布更新某县人民政府网政务公开信息13条: the site is named after the verb, inside the object, and the
    count is its channel's."""
    assert table(ACTIVE + sentence + "\n") == expected


@pytest.mark.parametrize("text, completed", [
    # the rules followed cited on the way to the answering
    ("收到依申请公开政府信息8件,均严格按照《某某市人民政府办公厅关于做好依申请公开工作的通知》(某府办发〔2022〕70号)"
     "等有关规定在法定期限内进行办理和答复。", 8),
    # all answered, said in the sentence after the received's parts
    ("2023年街道受理依申请公开申请2件。其中部分公开1件,不予公开1件。均按照《条例》在规定时间内有效办理。", 2),
    # the one application: its answer written and delivered
    ("全年收到政府信息公开申请1件,作出“部分公开”决定,按照相关规定制作答复文书,直接送达申请人。", 1),
    # the one handled, concluded later in its sentence
    ("2024年,某镇办理依申请公开案件1件,申请人为自然人,在办理时限内顺利予以办结。", 1),
])
def test_answered_in_further_words(text, completed):
    assert table("(二)依申请公开\n" + text + "\n")[("apply.completed", None)] == completed


def test_a_sentence_after_the_parts_that_says_nothing_of_answering_gives_no_completion():
    got = table("(二)依申请公开\n2023年收到申请5件。其中网上申请3件。全部为自然人申请。\n")
    assert ("apply.completed", None) not in got


def test_moved_into_a_named_later_year_is_carried_forward():
    got = table(APPLY + "2024年共受理政府信息公开申请158件,其中,2024年办结121件,转2025年办理37件。\n")
    assert got[("apply.completed", None)] == 121 and got[("apply.carried_forward", None)] == 37


@pytest.mark.parametrize("text, completed", [
    ("2014年,我局收到12起政府信息依申请公开,均严格按程序和时限办理。", 12),
    ("依据《条例》和依申请公开办理工作流程办结依申请信息公开17个。", 17),
    ("全年接收政府信息公开申请件共4件,其中公民个人申请2件,受理的申请件已按规定在法定期限内予以处理。", 4),
])
def test_answered_said_of_those_received_or_in_another_word_order(text, completed):
    assert table("三、依申请公开情况\n" + text + "\n")[("apply.completed", None)] == completed


def test_the_one_application_answered_after_a_sentence_on_what_it_asked():
    got = table("三、依申请公开情况\n2025年,收到政府信息公开申请1件。涉及“林木面积”等相关信息,已在法定时限内予以答复。\n")
    assert got[("apply.completed", None)] == 1
    got = table("三、依申请公开情况\n2025年,收到政府信息公开申请1件。涉及林木面积信息。\n")
    assert ("apply.completed", None) not in got


def test_all_answered_as_of_a_date_in_the_next_sentence():
    got = table("三、依申请公开情况\n2024年,本机关共收到政府信息公开申请12件。截至12月31日,均已依法依规作出答复。\n")
    assert got[("apply.completed", None)] == 12


def test_the_total_number_of_items_is_the_headline():
    assert table(ACTIVE + "本年度,主动公开政府信息总条数为356条。\n") == {("active.total", None): 356}


def test_those_who_applied_said_as_a_noun_are_the_applications_received():
    got = table("三、依申请公开情况\n2022年,通过网络、信函等渠道申请政府信息公开的共12件。\n")
    assert got == {("apply.received", None): 12}


def test_channels_with_bracketed_counts_joined_by_和_and_led_by_主要通过():
    got = table(ACTIVE + "全年主动公开政府信息215条。主要通过政府网站(120条)、微信公众号(80条)和公开栏(15期)等渠道公开。\n")
    assert {k[1]: v for k, v in got.items() if k[0] == "active.item"} == {"政府网站": 120, "微信公众号": 80, "公开栏": 15}


def test_a_boards_verb_of_showing_is_no_part_of_its_name():
    got = table(ACTIVE + "全年主动公开政府信息215条。其中通过政府网站发布信息120条、微信公众号发布80条、公开栏公示15期。\n")
    assert got[("active.item", "公开栏")] == 15


@pytest.mark.parametrize("text", ["受理申请总数 2 件 答复总数 2 件", "受理申请总数2件,其中当面申请1件,网上申请1件;答复总数2件。"])
def test_the_old_tables_rows_of_received_and_answered_said_in_a_line(text):
    """受理申请总数 … 答复总数 …: the row of the answered is not read back to the received before it."""
    assert table("三、依申请公开政府信息情况\n" + text + "\n") == {("apply.received", None): 2, ("apply.completed", None): 2}


@pytest.mark.parametrize("line, expected", [
    ("上年结转0件 本年新收5件 办结5件",
     {"apply.carried_over": 0, "apply.received": 5, "apply.completed": 5}),
    ("上年结转2件本年新收5件本年办结6件结转下年1件",
     {"apply.carried_over": 2, "apply.received": 5, "apply.completed": 6, "apply.carried_forward": 1}),
])
def test_rows_of_applications_run_into_one_line_are_read_each_by_its_own_words(line, expected):
    """A table's rows run into one line: each count by the words of its own row, not by the row before it
    (上年结转…本年新收) nor by the row after it (…办结6件结转下年)."""
    assert table("三、依申请公开政府信息情况\n" + line + "\n") == {(m, None): v for m, v in expected.items()}


def test_a_sum_of_the_years_with_the_years_part_among_it_in_brackets():
    got = table(ACTIVE + "共主动公开政府信息1256条(其中2013年156条)。\n")
    assert got == {("active.cumulative", None): 1256, ("active.total", None): 156}


@pytest.mark.parametrize("holdings", ["目前,网站共有政府信息1256条。", "网站信息总量达到1256条。", "网上可查询政府信息1256条。"])
def test_what_a_site_holds_is_no_item(holdings):
    got = table(ACTIVE + "2013年主动公开政府信息156条。" + holdings + "\n")
    assert not any(k[0] == "active.item" for k in got)


def test_all_handled_by_予以办理_after_the_received():
    got = table("(二)政府信息依申请公开办理情况\n2023年某路镇共收到政府信息公开申请43条,均在规定时限内予以办理。\n")
    assert got[("apply.completed", None)] == 43


def test_sent_out_through_several_sites_at_once_is_the_years_figure():
    got = table(ACTIVE + "本委在委门户网站、省发改委门户网站和中国某州门户网站传送各类信息2135条。\n")
    assert got[("active.total", None)] == 2135


def test_a_figure_smaller_than_a_channels_read_before_it_is_not_the_years_total():
    """The year's total is no less than any channel's: 通过区政府网站发布信息43条, then 主动公开政府信息11条 is a part."""
    got = table(ACTIVE + "2025年通过某下区政府网站发布信息43条,主动公开政府信息11条,建议提案办理情况1条,政府信息公开指南1条。\n")
    assert got[("active.total", None)] == 43 and got[("active.item", "某下区政府网站")] == 43


def test_a_new_media_accounts_pushes_outnumbering_the_years_figure_leave_it_the_headline():
    """A WeChat account's pushes are counted apart from the information published: 推送300条 before 主动公开
    政府信息16条 leaves 16 the year's total."""
    got = table(ACTIVE + "全年通过“某某发布”微信公众号推送信息300条。全年主动公开政府信息16条。\n")
    assert got[("active.total", None)] == 16


def test_包含_introduces_a_list_and_is_no_part_of_its_first_label():
    got = table(ACTIVE + "全年主动公开政府信息300条,包含领导分工1条,机构设置2条,权责清单297条。\n")
    assert got[("active.item", "领导分工")] == 1


def test_a_part_on_applications_answered_by_a_bare_none():
    assert table("一、总体情况\n(二)依申请公开方面\n无\n(三)政府信息管理方面\n") == {("apply.received", None): 0}


def test_a_web_page_is_a_channel():
    got = table(ACTIVE + "2021年紧扣中心工作,在街道子网页上主动公开政府信息88条,主要包括以下五个方面:一是工作动态62条。\n")
    assert got[("active.item", "街道子网页")] == 88 and got[("active.total", None)] == 88


def test_a_channel_named_in_the_clause_before_with_whom_it_reached():
    got = table(ACTIVE + "紧紧围绕民生热点内容,通过政务信息公开网向群众进行公开、公示,年内发布政府信息77条,进一步加强政策解读。\n")
    assert got == {("active.item", "政务信息公开网"): 77, ("active.total", None): 77}


@pytest.mark.parametrize("sentence", ["共主动公开政府信息1500余条,今年新增156条。", "我镇已累计公开政府信息1500条,2012年公开156条。"])
def test_the_years_part_said_after_a_larger_sum_without_among(sentence):
    """The year's new part, or a 累计 sum followed by the year's count, in the next clause: the sum is of all
    the years, the part the year's."""
    got = table(ACTIVE + sentence + "\n")
    assert got == {("active.cumulative", None): 1500, ("active.total", None): 156}


def test_a_years_count_after_a_figure_not_summed_over_years_stays_unread():
    assert table(ACTIVE + "全年主动公开政府信息300条,2012年公开156条。\n") == {("active.total", None): 300}


@pytest.mark.parametrize("sentence, channel", [
    ("全年通过区信息公开大厅公开政府信息27条。", "区信息公开大厅"),
    ("全年通过某海市政府网信息公开目录主动公开24件。", "某海市政府网信息公开目录"),
])
def test_a_disclosure_hall_and_a_sites_catalogue_are_channels(sentence, channel):
    got = table(ACTIVE + sentence + "\n")
    assert got[("active.item", channel)] == got[("active.total", None)]


def test_the_applications_that_fell_due_all_answered_are_completed():
    got = table("三、依申请公开情况\n(一)申请情况\n本机关全年共收到政府信息公开申请6件。\n(二)答复情况\n"
                "已到答复期的5件申请全部按期答复,其中:同意公开3件,信息不存在2件。\n")
    assert got[("apply.received", None)] == 6 and got[("apply.completed", None)] == 5


def test_parts_opened_by_among_that_add_up_leave_all_answered_said_of_the_whole():
    got = table("(二)依申请公开\n2023年,我乡依申请公开请求7件,其中网站平台收到2件,窗口收到1件,协办4件,均妥善答复。\n")
    assert got == {("apply.received", None): 7, ("apply.completed", None): 7}
    # parts that add up to another figure say nothing of the whole
    got = table("(二)依申请公开\n2023年,我乡依申请公开请求7件,其中网站平台收到2件,协办4件,均妥善答复。\n")
    assert ("apply.completed", None) not in got


def test_answered_said_before_what_was_released_on_request_is_completed():
    got = table("三、依申请公开情况\n2023年我局已回复依申请公开信息4条,申请事项集中在规划许可领域。\n")
    assert got == {("apply.completed", None): 4}
    got = table("三、依申请公开情况\n2023年我局依申请公开信息4条。\n")
    assert got == {("apply.received", None): 4}


def test_an_item_printed_without_its_counter_or_its_separator_is_still_a_count():
    got = table(ACTIVE + "全年主动公开政府信息120条,其中概况类信息5条、政务动态信息85信息公开目录信息30条。\n")
    assert got[("active.item", "政务动态信息")] == 85 and got[("active.item", "信息公开目录信息")] == 30
    got = table(ACTIVE + "全年主动公开政府信息60条,其中乡镇动态23政策文件7条,计划总结30条。\n")
    assert got[("active.item", "乡镇动态")] == 23


def test_a_number_with_its_own_measure_or_a_hotline_is_no_count():
    """14大领域 and 12345热线 are no counts of the unit beside them; 294小项 counts in its own measure, 项."""
    from extract.clauses import TextView

    counts = TextView("公开信息涉及14大领域,共计294小项,其中政策文件12条;我镇办理12345政务服务热线工单369件。").counts
    assert [(c.value, c.unit) for c in counts] == [(294, "项"), (12, "条"), (369, "件")]


def test_a_channels_count_in_the_part_on_platforms_is_an_item_and_no_rival_of_the_years_channel():
    got = table("一、总体情况\n(一)主动公开\n全年通过区政府网站主动公开政府信息393条,其中政策文件13条。\n"
                "(二)政府信息公开平台建设\n“某某发布”微信公众号全年共推送信息1640篇。\n"
                "今年共排查各单位在政府网站上公布的信息2487条。\n")
    assert got[("active.item", "“某某发布”微信公众号")] == 1640
    assert got[("active.total", None)] == 393  # the website's count, the only channel of the year's figures
    assert 2487 not in got.values()  # what was checked, not published


@pytest.mark.parametrize("text, item", [
    ("全年共主动公开政府信息300条,其中:政策解读25条,通知公告60条,其他信息215条。", "政策解读"),
    ("全年共主动公开政府信息300条,其中通知公告60条,发布征集调查13期,发布政策解读25件,开展在线访谈9期。", "政策解读"),
    ("全年共主动公开政府信息300条,包括决策公开17条、新闻发布16条、政策解读25条、回应关切42条。", "政策解读"),
])
def test_interpretations_counted_inside_the_list_of_a_total_are_an_item(text, item):
    got = table(ACTIVE + text + "\n")
    assert got[("active.item", item)] == 25 and ("interpretation.total", None) not in got


def test_interpretations_in_a_statement_of_their_own_or_beside_work_done_are_the_count():
    got = table(ACTIVE + "全年主动公开政府信息300条。接受媒体采访2次,政策解读稿件7条;回应热点2次。\n")
    assert got[("interpretation.total", None)] == 7
    got = table(ACTIVE + "全年主动公开政府信息300条,其中政策文件20条。发布政策解读16条,其中专家解读2条。\n")
    assert got[("interpretation.total", None)] == 16


@pytest.mark.parametrize("sentence, got_", [
    ("依申请公开受理数为2件,办结2件。", {"apply.received": 2, "apply.completed": 2}),
    ("申请公开政府信息的共有3件,已全部办结。", {"apply.received": 3, "apply.completed": 3}),
    ("依申请公开件数:5件,均已办结。", {"apply.received": 5, "apply.completed": 5}),
    ("全年共有5人次申请政府信息公开,均已答复。", {"apply.received": 5, "apply.completed": 5}),
    ("2012年度,共有3人次通过书面形式申请公开政府信息,均已按时答复。", {"apply.received": 3, "apply.completed": 3}),
    ("受理申请2件,全部在规定期限内办理完结。", {"apply.received": 2, "apply.completed": 2}),
    ("全年共收到政府信息公开申请3件,对于每一件申请都在规定时间内进行答复。", {"apply.received": 3, "apply.completed": 3}),
])
def test_applications_received_and_all_answered_in_more_words(sentence, got_):
    assert table("三、依申请公开情况\n" + sentence + "\n") == {(m, None): v for m, v in got_.items()}


def test_people_counted_who_did_something_else_are_no_applications():
    assert table("三、依申请公开情况\n全年共有5人次参加政府信息公开培训。\n") == {}


def test_a_sum_to_the_years_end_is_of_all_the_years_in_an_early_report_and_the_years_own_later():
    early = table("某县环保局2011年政府信息公开工作年度报告\n" + ACTIVE + "截至2011年底,我局主动公开政府信息累计299条。\n")
    assert early == {("active.cumulative", None): 299}
    later = table("某县环保局2023年政府信息公开工作年度报告\n" + ACTIVE + "截至2023年底,我局累计主动公开政府信息299条。\n")
    assert later == {("active.total", None): 299}


@pytest.mark.parametrize("sentences", [
    "全年共收到政府信息公开申请5件。其中网上申请3件,信函申请2件。申请内容主要涉及征地拆迁。以上申请均已按时答复。",
    "全年共收到政府信息公开申请5件。申请内容主要涉及征地拆迁。对上述申请,我局均在法定期限内予以答复。",
])
def test_all_answered_said_of_the_applications_referred_back_to_sentences_later(sentences):
    assert table("三、依申请公开情况\n" + sentences + "\n") == {("apply.received", None): 5, ("apply.completed", None): 5}


def test_a_kind_named_in_the_clause_before_a_clause_that_only_publishes():
    got = table(ACTIVE + "全年累计主动公开政府信息60条,其中发布工作动态19条;应急管理方面,公开了12条信息,"
                         "包括应急预案等;加强监督检查,公开了29条相关信息。\n")
    assert got[("active.item", "应急管理")] == 12 and got[("active.item", "监督检查")] == 29


def test_a_periodical_named_in_quotes_counted_in_issues_then_its_items():
    got = table(ACTIVE + "通过电子政务编印《某某林业》18期,公开政府信息85条,政府信息公开网站主动公开信息132条。\n")
    assert got[("active.item", "《某某林业》")] == 85


def test_a_channel_that_published_works_is_the_label():
    got = table(ACTIVE + "全年共主动公开政府信息129条,其中:主动公开文件4条,旅游资讯46条;抖音发布作品189条;"
                         "微信视频号发布作品168条。\n")
    assert got[("active.item", "抖音")] == 189 and got[("active.item", "微信视频号")] == 168


def test_no_new_applications_is_none_received():
    got = table("三、依申请公开情况\n2020年度无新增政府信息公开申请,上年结转1件已办结。\n")
    assert got[("apply.received", None)] == 0 and got[("apply.carried_over", None)] == 1


@pytest.mark.parametrize("sentence", ["2025年度,本镇未收到政府信息公开申请,办理数量为0件。",
                                      "2023年办理政府信息公开申请0件,未发生行政复议情况。"])
def test_none_handled_is_none_answered(sentence):
    assert table("三、依申请公开情况\n" + sentence + "\n")[("apply.completed", None)] == 0


@pytest.mark.parametrize("sentence, n", [("2023年,某镇收到依申请公开的申请2\n(三)政府信息管理方面\n", 2),
                                         ("2022年我区收到政府信息公开申请1,全年无投诉情况。\n", 1),
                                         ("2021年度我街道“依申请公开政府信息”数为1\n(三)政府信息管理情况\n", 1)])
def test_applications_counted_without_their_counter_at_the_end_of_the_clause(sentence, n):
    assert table("(二)依申请公开情况\n" + sentence)[("apply.received", None)] == n


def test_a_number_after_other_words_than_applications_is_no_count():
    from extract.clauses import TextView

    assert [c.value for c in TextView("我镇公开栏更新12,收到群众建议申请材料3").counts] == []


def test_the_years_headline_printed_without_its_counter():
    got = table(ACTIVE + "我镇拓展公开渠道,2020年共计主动公开政府信息57\n(二)依申请公开情况\n未收到申请。\n")
    assert got[("active.total", None)] == 57


def test_a_long_enumeration_of_many_fields_before_the_headline():
    kinds = "、".join(["政府领导", "机构职能", "人事信息", "政策文件", "权力运行结果", "政府工作报告", "年度重点工作任务分解执行及落实情况",
                      "政府会议", "应急管理", "国民经济和社会发展规划", "经济和社会发展统计信息", "财政资金", "公共资源交易",
                      "土地利用", "政策解读", "回应关切"])
    got = table(ACTIVE + "主动公开我镇" + kinds + "等多个领域政府信息500余条。\n")
    assert got == {("active.total", None): 500}


def test_so_many_kinds_of_information_is_a_generic_object():
    got = table("一、总体情况\n主动公开情况:全年在政府网站主动公开六类政府信息共7件。\n依申请公开情况:未收到申请。\n")
    assert got == {("active.item", "政府网站"): 7, ("active.total", None): 7, ("apply.received", None): 0}


def test_a_channels_count_printed_without_its_counter_at_the_end_of_its_clause():
    got = table(ACTIVE + "通过镇人民政府信息网主动公开政府信息13条,微信公开政府信息数为117\n(二)依申请公开情况\n")
    assert got[("active.item", "微信")] == 117
    got = table(ACTIVE + "在镇工作专栏公布信息135。\n")
    assert got[("active.item", "镇工作专栏")] == 135


def test_a_bare_number_that_ends_the_text_may_be_cut_and_is_not_read():
    got = table(ACTIVE + "全年主动公开政府信息294条,其中,公示公告248条,通知公告40")
    assert ("active.item", "通知公告") not in got


def test_a_sites_count_with_its_noun_first_and_its_list():
    got = table(ACTIVE + "2020年,省政府门户网站信息发布总数为3.5万条,其中发布省政府常务会议62条、省政府文件45条、政策解读81条。\n")
    assert got[("active.item", "省政府门户网站")] == 35000
    assert got[("active.item", "省政府常务会议")] == 62 and got[("active.item", "省政府文件")] == 45


def test_government_affairs_after_a_site_opens_the_object_not_the_name():
    got = table(ACTIVE + "2023年某县政府网站政务公开信息1050条。\n")
    assert got[("active.item", "某县政府网站")] == 1050


def test_carried_by_the_end_of_the_year_before_the_reports():
    got = table("2025年政府信息公开工作年度报告\n三、依申请公开情况\n2024年全区结转政府信息公开申请14件。2025年,全区新收到政府信息公开申请211件。\n")
    assert got[("apply.carried_over", None)] == 14 and got[("apply.received", None)] == 211
    got = table("2025年政府信息公开工作年度报告\n三、依申请公开情况\n2023年全区结转政府信息公开申请14件。\n")
    assert ("apply.carried_over", None) not in got  # carried two years before: no figure of this report's


def test_carried_over_counted_without_its_counter_but_not_a_row_of_the_table():
    got = table("三、依申请公开情况\n2025年收到申请2件。上年结转申请数量为0,本年度无结转下年度办理的申请。\n")
    assert got[("apply.carried_over", None)] == 0
    from extract.clauses import TextView

    assert [c.value for c in TextView("二、上年结转政府信息公开申请数量0\n0\n").counts] == []


def test_cases_and_answered_counted_without_their_counter():
    got = table("三、依申请公开情况\n本年度新收政府信息公开申请21件,已办结18,结转下年度继续办理3。政府信息公开行政复议1(结果维持1),"
                "政府信息公开行政诉讼0件。\n")
    assert got[("apply.completed", None)] == 18 and got[("apply.carried_forward", None)] == 3
    assert got[("review.total", None)] == 1 and got[("litigation.total", None)] == 0


def test_interpretations_in_forms_spelled_out_then_published():
    got = table(ACTIVE + "全年主动公开政府信息120条。通过视频解读、负责人解读、图文解读等形式发布政策解读材料7篇。\n")
    assert got[("interpretation.total", None)] == 7


def test_each_application_all_answered_said_at_length():
    got = table("三、依申请公开情况\n2024年,我镇共收到政府信息公开申请6件,对于收到的每一件政府信息公开申请,我镇均严格按照《条例》的"
                "相关规定,以及上级部门的具体要求,认真进行审查、办理和答复。\n")
    assert got[("apply.completed", None)] == 6


def test_the_parts_of_applications_handled_after_among_are_no_count_received():
    got = table("三、依申请公开情况\n依据《条例》相关规定办理依申请公开事项26件,其中:书面依申请公开事项11件,网上收到公民依申请公开"
                "事项15件,均按时办结。\n")
    assert got == {("apply.completed", None): 26}
    got = table("三、依申请公开情况\n本机关共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件。\n")
    assert got[("apply.received", None)] == 14  # the newly received part is the year's received


def test_the_government_and_its_office_is_a_generic_owner_of_the_information():
    got = table(ACTIVE + "2020年,我办通过区政府门户网站主动公开区政府及办公室信息92条。\n")
    assert got[("active.item", "区政府门户网站")] == 92


def test_received_and_handled_with_some_carried_forward_leaves_the_answered_unsaid():
    got = table("三、依申请公开情况\n全年共收到和处理政府信息依申请公开申请13件,予以公开10件,无法提供2件,结转下年办理1件。\n")
    assert got[("apply.received", None)] == 13 and got[("apply.carried_forward", None)] == 1
    assert ("apply.completed", None) not in got


def test_a_sum_since_the_reports_own_year_is_the_years_even_in_an_early_report():
    got = table("某局2014年政府信息公开工作年度报告\n" + ACTIVE + "截至2014年12月31日,累计主动公开2014年以来的政府信息215条。\n")
    assert got == {("active.total", None): 215}


def test_information_added_to_a_site_is_published():
    got = table(ACTIVE + "2025年,市审计局通过局门户网站新增信息数7条,主要包括领导分工调整等内容。\n")
    assert got[("active.item", "局门户网站")] == 7 and got[("active.total", None)] == 7


def test_reviews_counted_after_of_and_one_of_each_kind():
    got = table("三、依申请公开情况\n2024年因政府信息公开申请引起行政复议的3件,行政诉讼案件0件。\n")
    assert got[("review.total", None)] == 3 and got[("litigation.total", None)] == 0
    got = table("三、依申请公开情况\n全年受理信息公开申请8件。分别发生1起有关信息公开事务的行政复议、行政诉讼案件。\n")
    assert got[("review.total", None)] == 1 and got[("litigation.total", None)] == 1


def test_applications_on_request_counted_without_their_counter_and_none_accepted():
    assert table("三、依申请公开情况\n2024年共收到依申请公开2,无投诉。\n")[("apply.received", None)] == 2
    assert table("三、依申请公开情况\n截止目前,我镇未接受政府信息公开申请。\n")[("apply.received", None)] == 0


def test_all_answered_said_on_the_next_line_or_under_a_heading_of_its_own():
    application = "三、收到和处理政府信息公开申请情况\n"
    for said in ("2020年,我镇共收到政府信息公开申请5件。\n依申请公开办理情况:已全部办结。\n",
                 "(一)收到申请情况\n2020年,我镇共收到政府信息公开申请5件。\n(二)答复情况\n均在规定时限内答复。\n",
                 "2020年,我镇共收到政府信息公开申请5件。\n2.办理情况\n以上申请均已办结。\n"):
        got = table(application + said)
        assert got[("apply.received", None)] == 5 and got[("apply.completed", None)] == 5, said
    got = table(application + "2020年,我镇共收到政府信息公开申请5件。\n(二)咨询情况\n群众来电咨询均已答复。\n")
    assert ("apply.completed", None) not in got


def test_the_answer_gone_back_to_who_asked_is_answering():
    got = table("三、收到和处理政府信息公开申请情况\n2020年,我镇共收到政府信息公开申请5件,均已依法告知申请人。\n")
    assert got[("apply.completed", None)] == 5
    got = table("三、收到和处理政府信息公开申请情况\n2020年共收到申请5件,办理情况均已及时反馈申请人。\n")
    assert got[("apply.completed", None)] == 5


def test_labels_then_each_and_their_counts_in_order():
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条,其中工作动态、通知公告、政策文件各30条、50条、40条。\n")
    assert got == {("active.total", None): 120, ("active.item", "工作动态"): 30, ("active.item", "通知公告"): 50,
                   ("active.item", "政策文件"): 40}
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条,工作动态、通知公告依次为70条、50条。\n")
    assert got[("active.item", "通知公告")] == 50


def test_a_channels_count_of_the_kinds_it_names_in_the_part_on_platforms():
    text = ("一、总体情况\n(一)主动公开情况\n2022年,我镇主动公开政府信息500条。\n(四)政府信息公开平台建设情况\n"
            "通过镇政府网站发布财政预决算、社会救助等信息共计67条。\n(五)监督保障情况\n加强考核。\n")
    got = table(text)
    assert got == {("active.total", None): 500, ("active.item", "镇政府网站"): 67}


def test_a_sum_over_the_years_counted_year_by_year_gives_no_items():
    got = table(ACTIVE + "2018年,全街道主动公开政府信息共40条。累计发布政务信息491条,其中,2018年40条,2017年83条,"
                         "2016年58条,2015年112条,2014年90条,2013年108条。\n")
    assert got == {("active.total", None): 40, ("active.cumulative", None): 491}


@pytest.mark.parametrize("said, cases", [
    ("全年未受理依申请公开来件,未受理涉及政务公开的行政复议和行政诉讼。", {"review.total", "litigation.total"}),
    ("本年度未受理因政府信息公开引起的行政复议。", {"review.total"}),
    ("未受理网上咨询业务,未受理行政复议类业务。", set()),  # of any case the body hears, not said of disclosure
])
def test_none_brought_before_the_body_said_of_disclosure(said, cases):
    got = table("四、因政府信息公开申请行政复议、提起行政诉讼情况\n" + said + "\n")
    assert {m for (m, _), v in got.items() if m in ("review.total", "litigation.total") and v == 0} == cases


@pytest.mark.parametrize("said", [
    "2020年,没有公民、法人和其他组织申请公开政府信息。",
    "2020年度,没有申请人向我镇申请政府信息公开。",
    "2020年,我镇尚无公民、法人和其他组织提出政府信息公开申请。",
    "2020年,没有人向我镇申请公开政府信息。",
    "2020年,我镇未产生依申请公开件。",
    "2020年,我镇申请公开政府信息的数量为0。",
    "2020年,我镇不存在依申请公开的情况。",
    "2020年我镇依申请公开实现零申请。",
    "2020年,我镇依申请公开政府信息情况为零。",
    "全年没有申请公开的。",
])
def test_nobody_applied_said_in_other_words(said):
    got = table("三、收到和处理政府信息公开申请情况\n" + said + "\n")
    assert got[("apply.received", None)] == 0


def test_information_classed_as_on_request_is_no_application():
    got = table(ACTIVE + "其中主动公开信息数为312条,作为依申请公开信息数为0条,不予公开信息数为0条。\n")
    assert ("apply.received", None) not in got


def test_not_a_single_one_is_none():
    got = table("三、收到和处理政府信息公开申请情况\n2020年,我镇没有收到一件政府信息公开申请。\n")
    assert got[("apply.received", None)] == 0


def sectioned(text: str) -> dict:
    """The facts of a written text read with its parts found, as a report's are."""
    doc = read_bytes(text.encode("utf-8"), "written.txt")
    return {(f.metric, f.label): f.value for f in narrative_facts(doc, find_sections(doc))}


@pytest.mark.parametrize("heading, said, metrics", [
    ("二、依申请公开政府信息情况", "本年度无。", {"apply.received"}),
    ("二、收到和处理政府信息公开申请情况", "本年度未收到。", {"apply.received"}),
    ("二、依申请公开政府信息情况", "2020年度,我镇无此类情况。", {"apply.received"}),
    ("二、因政府信息公开申请行政复议、提起行政诉讼的情况", "2020年,我镇暂无。", {"review.total", "litigation.total"}),
    ("二、行政复议情况", "本年度未发生。", {"review.total"}),
    ("二、政府信息公开收费及减免情况", "2020年度,未发生。", {"fees.amount"}),
])
def test_none_said_right_under_the_heading_that_names_what(heading, said, metrics):
    got = sectioned("一、概述\n2020年,我镇主动公开政府信息120条。\n" + heading + "\n" + said + "\n三、存在的问题\n无。\n")
    assert {m for (m, _), v in got.items() if v == 0} == metrics


def test_none_under_a_heading_is_not_read_from_a_later_sentence():
    got = sectioned("一、概述\n2020年,我镇主动公开政府信息120条。\n二、依申请公开政府信息情况\n我镇健全了工作制度。本年度无。\n")
    assert ("apply.received", None) not in got


def test_zero_reviews_and_zero_suits_but_not_a_slogan_of_no_complaints():
    got = table("四、因政府信息公开申请行政复议、提起行政诉讼的情况\n2020年,我镇政府信息公开工作零复议、零诉讼。\n")
    assert got[("review.total", None)] == 0 and got[("litigation.total", None)] == 0
    got = table("三、收到和处理政府信息公开申请情况\n全年收到申请1件,已按时答复,实现“零逾期、零投诉”。\n")
    assert ("complaint.total", None) not in got


@pytest.mark.parametrize("said, completed", [
    ("2020年,我镇受理依申请公开5件,4件已答复。", 4),
    ("2020年,我镇受理依申请公开5件,4件已按时答复,1件正在办理。", 4),
    ("全年共收到政府信息公开申请5件,全部按时办复。", 5),
    ("全年共收到政府信息公开申请5件,办复率100%。", 5),
    ("全年共收到政府信息公开申请5件,均已结案。", 5),
    ("全年共收到政府信息公开申请5件,均已按要求提供。", 5),
    ("全年共收到政府信息公开申请5件,均作出处理。", 5),
    ("2020年,我镇共受理群众提出的政府信息公开申请5件,并在规定期限内作了答复。", 5),
    ("2020年,我镇共受理依申请公开5件,并依法依规答复申请人。", 5),
    ("2020年我镇共收到信息公开申请5件,涉及土地征收2件、房屋拆迁3件,均已答复。", 5),
])
def test_answered_said_in_other_words(said, completed):
    got = table("三、收到和处理政府信息公开申请情况\n" + said + "\n")
    assert got[("apply.received", None)] == 5 and got[("apply.completed", None)] == completed


@pytest.mark.parametrize("said", [
    "全年共收到政府信息公开申请5件,为申请人提供便利服务。",
    "2020年我镇共收到信息公开申请5件,涉及土地征收2件、房屋拆迁2件,均已答复。",  # the parts add up to 4
    "2020年,我镇受理依申请公开5件,群众来电10件已答复。",
])
def test_answered_words_not_said_of_the_applications_received(said):
    got = table("三、收到和处理政府信息公开申请情况\n" + said + "\n")
    assert got == {("apply.received", None): 5}


@pytest.mark.parametrize("said", [
    "2020年,我镇对出台的6件政策文件进行了解读。",
    "政策解读方面,全年共发布6篇。",
    "2020年,我镇以图片、动漫、视频等形式解读政策6次。",
    "做好政策解读工作,全年累计发布解读信息6条。",
    "2020年,共发布文字解读、图片解读等6篇。",
])
def test_interpretations_counted_in_other_words(said):
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条。" + said + "\n")
    assert got[("interpretation.total", None)] == 6


def test_interpretations_among_other_kinds_closed_by_etc_are_no_count_of_interpretations():
    got = table(ACTIVE + "依托“某某”公众号公开发布各类宣传信息、政务信息、政策解读等共计259条。\n")
    assert ("interpretation.total", None) not in got
    got = table(ACTIVE + "历年累计发布政策解读信息60条。\n")
    assert ("interpretation.total", None) not in got


@pytest.mark.parametrize("said", [
    "2020年,我镇主动公开政府信息120条,截至2020年底,我镇共公开政府信息2300条。",
    "2020年,我镇主动公开政府信息120条,历年总数达到2300条。",
    "2020年,我镇主动公开政府信息120条,主动公开信息累计达到2300条。",
])
def test_a_larger_sum_after_the_years_figure_is_of_all_the_years(said):
    got = table(ACTIVE + said + "\n")
    assert got == {("active.total", None): 120, ("active.cumulative", None): 2300}


def test_the_years_sum_said_before_any_other_figure_is_the_years():
    got = table(ACTIVE + "2020年,我办围绕重要政策,累计主动公开政府信息1612条。\n")
    assert got == {("active.total", None): 1612}


def test_one_published_one_interpreted_is_a_rule_of_work_not_a_count():
    got = table(ACTIVE + "做到政府文件发布一条解读一条。2020年,我办主动公开政府信息1612条。\n")
    assert got == {("active.total", None): 1612}


def test_labels_then_one_count_each():
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条,其中工作动态、通知公告各20条,政策文件80条。\n")
    assert got == {("active.total", None): 120, ("active.item", "工作动态"): 20, ("active.item", "通知公告"): 20,
                   ("active.item", "政策文件"): 80}


@pytest.mark.parametrize("said, not_items", [
    ("2020年,向图书馆、档案馆报送纸质信息各46条。", {"档案馆报送纸质信息", "向图书馆", "图书馆"}),  # sent, not published
    ("按时公开区政府工作报告1篇、区政府和区政府办公室信息公开年报各1篇。", {"篇", "区政府", "区政府办公室信息公开年报"}),
    ("各村各20条。", {"各村"}),
])
def test_one_count_each_only_of_names_joined_by_pause_marks_and_published(said, not_items):
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条。" + said + "\n")
    assert not {label for metric, label in got if metric == "active.item"} & not_items


def test_counts_first_after_among_including_separated_by_commas():
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条,其中包括30条工作动态,50条通知公告,40条政策文件。\n")
    assert got == {("active.total", None): 120, ("active.item", "工作动态"): 30, ("active.item", "通知公告"): 50,
                   ("active.item", "政策文件"): 40}


def test_a_list_inside_a_list_divides_the_item_before_it():
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条,其中工作动态30条,通知公告50条,政策文件40条,"
                         "其中包括20条政策解读,20条规范性文件。\n")
    assert got[("active.item", "政策解读")] == 20 and got[("active.item", "规范性文件")] == 20
    assert got[("active.item", "政策文件")] == 40 and got[("active.total", None)] == 120


def test_the_setting_up_of_a_channel_is_no_part_of_its_name():
    text = ("一、总体情况\n(一)主动公开情况\n2022年,我镇主动公开政府信息500条。\n(四)政府信息公开平台建设情况\n"
            "开通抖音号,发布信息36条。\n(五)监督保障情况\n加强考核。\n")
    assert sectioned(text)[("active.item", "抖音号")] == 36


def test_the_platform_a_sentence_opens_on_is_the_channel_of_its_count():
    got = table(ACTIVE + "以某区政府门户网站为政务公开的主要平台,规范设置组织机构、规范性文件、政务动态等栏目,动态更新人事任免、社会民生等政府信息120条。\n")
    assert got == {("active.total", None): 120, ("active.item", "某区政府门户网站"): 120}


def test_a_channels_count_under_the_heading_of_applications_is_still_a_channels_count():
    text = ("一、总体情况\n(一)主动公开情况\n2021年,全年共主动公开政府信息58条。\n(二)依申请公开情况\n"
            "通过政府网站主动公开信息58条,通过公告栏及宣传栏公开信息133条。\n(三)政府信息管理情况\n强化组织领导。\n")
    got = sectioned(text)
    assert got[("active.item", "政府网站")] == 58 and got[("active.item", "公告栏及宣传栏")] == 133
    text = text.replace("通过政府网站主动公开信息58条,通过公告栏及宣传栏公开信息133条。", "通过网站收到申请3件。")
    assert ("active.item", "网站") not in sectioned(text)


def test_a_number_printed_without_counter_and_separator_ends_its_clause():
    got = table(ACTIVE + "全年通过网站等平台,主动发布各类政务动态信息945公开机构职能信息4条,及时更新领导分工信息。\n")
    assert got[("active.item", "机构职能信息")] == 4 and got.get(("active.total", None)) != 4
    assert any(label and label.endswith("政务动态信息") and v == 945 for (m, label), v in got.items() if m == "active.item")
    got = table(ACTIVE + "全年修建道路12公里,主动公开政府信息40条。\n")
    assert got == {("active.total", None): 40}


@pytest.mark.parametrize("said", ["2024年全年共处理依申请公开政府信息4件,由此引发的行政复议或行政诉讼均为0件。",
                                  "今年共处理依申请公开案件4件,没有行政复议和诉讼案件发生。"])
def test_applications_processed_said_without_receiving_are_those_answered(said):
    got = table("三、收到和处理政府信息公开申请情况\n" + said + "\n")
    assert got[("apply.completed", None)] == 4 and ("apply.received", None) not in got


def test_received_and_processed_is_received():
    got = table("三、收到和处理政府信息公开申请情况\n全年共收到和处理政府信息公开申请4件。\n")
    assert got[("apply.received", None)] == 4


def test_answers_delivered_to_each_applicant_are_answering():
    got = table("三、收到和处理政府信息公开申请情况\n今年收到依申请公开件3件,及时进行了登记和审查,规范起草了答复文书,"
                "分别按时向申请人送达。\n")
    assert got[("apply.completed", None)] == 3
    got = table("三、收到和处理政府信息公开申请情况\n今年收到依申请公开件3件,分别涉及征地和拆迁。\n")
    assert ("apply.completed", None) not in got


@pytest.mark.parametrize("said, n", [("全年解读文件10余次,召开新闻发布会4次。", 10), ("2020年,我局共计开展4次政策解读。", 4)])
def test_interpretations_counted_in_times_before_or_after_the_word(said, n):
    got = table(ACTIVE + "2020年,我局主动公开政府信息120条。" + said + "\n")
    assert got[("interpretation.total", None)] == n


def test_activities_of_interpretation_counted_in_times_are_no_interpretations():
    got = table(ACTIVE + "2020年,我局主动公开政府信息120条。2020年,我局共开展4次政策解读活动。\n")
    assert ("interpretation.total", None) not in got


def test_applications_on_request_counted_in_a_part_of_a_sentence_set_apart_by_a_semicolon():
    got = table("一、总体情况\n综合办公室对领导介绍模块进行更新两次;依申请公开3次,行政复议0次,行政诉讼0次;"
                "民生保障办公室每月公示低保名单,受理救助申请12件。\n")
    assert got[("apply.received", None)] == 3


def test_a_sum_whose_years_new_part_is_said_later_in_its_sentence_is_of_all_the_years():
    got = table(ACTIVE + "2020年累计主动公开政府信息275条,全文电子化率达100%,其中,本年度新增的主动公开政府信息32条。\n")
    assert got[("active.cumulative", None)] == 275 and got[("active.total", None)] == 32
    got = table(ACTIVE + "2020年累计主动公开政府信息275条,全文电子化率达100%。\n")
    assert got == {("active.total", None): 275}


def test_so_many_areas_are_no_count_and_cut_no_label():
    got = table(ACTIVE + "全年主动公开政府信息300条,其中基层政务公开栏目公开涉及养老服务、社会救助等10个领域的民生信息142条。\n")
    assert got[("active.total", None)] == 300
    assert not [k for k, v in got.items() if k[0] == "active.item" and (v == 10 or (k[1] or "").startswith("领域"))]


def test_interpretations_counted_as_articles_of_their_kind():
    got = table(ACTIVE + "2020年,我镇主动公开政府信息120条。2020年,共发布政策解读类文章7篇。\n")
    assert got[("interpretation.total", None)] == 7


@pytest.mark.parametrize("said", ["完成4件申请的答复工作。", "对4件申请作出答复。"])
def test_those_answered_counted_before_their_noun_with_the_answering_around(said):
    got = table("三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请5件," + said + "\n")
    assert got[("apply.received", None)] == 5 and got[("apply.completed", None)] == 4


@pytest.mark.parametrize("said", ["2020年,共有5位群众申请政府信息公开。", "2020年,我镇政府信息公开申请数为5件。"])
def test_applications_counted_by_the_people_who_made_them_or_as_a_number_of(said):
    assert table("三、收到和处理政府信息公开申请情况\n" + said + "\n")[("apply.received", None)] == 5


def test_a_kind_named_bare_then_divided_after_among_is_an_item_with_its_parts():
    got = table(ACTIVE + "工作动态类信息219条,主要公布街道对具体工作的部署。人事信息类信息8条。政策文件类信息19条,"
                         "其中包括7条政策解读,12条工作方案、工作通知等政策文件。\n")
    assert got[("active.item", "政策文件类信息")] == 19
    assert got[("active.item", "政策解读")] == 7
    assert [v for (m, label), v in got.items() if m == "active.item" and label.startswith("工作方案")] == [12]
    for said in ("全年主动公开政府信息500条。共发布380条财政资金信息,其中专项资金152条,扶贫资金38条。",
                 "全年主动公开政府信息500条。财政资金信息380条,其中专项资金152条,扶贫资金38条。"):  # (parts of a figure
        got = table(ACTIVE + said + "\n")  # no rule reads, or that they do not add up to)
        assert not [k for k in got if k[0] == "active.item" and got[k] in (152, 38)], said


def test_items_counted_in_small_items():
    got = table(ACTIVE + "共主动公开相关信息14大领域内容,共计294小项,完成义务教育领域7小项数据录入;养老服务领域1小项数据录入;"
                         "社会保险领域78小项录入。\n")
    items = {label: v for (m, label), v in got.items() if m == "active.item"}
    assert [v for label, v in items.items() if label.endswith("义务教育领域")] == [7]
    assert items["社会保险领域"] == 78 and 14 not in items.values()


APPLY = "三、依申请公开政府信息情况\n"


def test_applications_done_counted_before_their_noun():
    got = table(APPLY + "全年共受理政府信息公开申请6件。截至12月31日,已有5件申请办理完毕,剩余1件结转至下一年度继续办理。\n")
    assert got == {("apply.received", None): 6, ("apply.completed", None): 5, ("apply.carried_forward", None): 1}


def test_carried_forward_after_a_clause_saying_it_was_put_off():
    got = table(APPLY + "共受理政府信息公开申请58件,已办结55件,另有3件依法延期,结转至2025年办理。\n")
    assert got[("apply.carried_forward", None)] == 3


def test_fees_taken_said_to_be_none_in_words():
    got = table("四、政府信息公开收费及减免情况\n本年度收取费用为零。\n")
    assert got == {("fees.amount", None): 0}


def test_an_applications_outcome_is_no_proactive_figure():
    got = table("2015年,我镇受理政府信息公开申请十二件,已办结十二件,其中同意公开九件、同意部分公开一件、不予公开二件。\n")
    assert ("active.total", None) not in got and got[("apply.received", None)] == 12


def test_a_kind_whose_name_holds_the_word_of_publishing_in_a_run_of_kinds():
    got = table("一、总体情况\n2014年,松江街道公布工作动态45条、通知公告18条、财务公开信息6条,合计69条。\n")
    assert got == {("active.total", None): 69, ("active.item", "工作动态"): 45, ("active.item", "通知公告"): 18,
                   ("active.item", "财务公开信息"): 6}


def test_the_verb_said_again_before_a_class_of_the_list():
    got = table(ACTIVE + "2021年我镇主动公开政府信息共42条。其中政府信息公开年度报告1件,主动公开政策文件类3件,"
                "主动公开工作动态类35件,概况信息类3件。\n")
    assert got == {("active.total", None): 42, ("active.item", "政府信息公开年度报告"): 1, ("active.item", "政策文件类"): 3,
                   ("active.item", "工作动态类"): 35, ("active.item", "概况信息类"): 3}
    facts = narrative_facts(read_bytes((ACTIVE + "全年主动公开政府信息共42条。其中政府信息公开年度报告1件,"
                                        "主动公开政策文件类3件,主动公开工作动态类35件。\n").encode(), "w.txt"), [])
    items = [f for f in facts if f.metric == "active.item"]
    assert len({f.breakdown for f in items}) == 1 and items[0].breakdown is not None  # one list: items_sum checks it


def test_a_list_opened_by_among_after_a_clause_describing_the_figure_without_counts():
    text = (ACTIVE + "2023年,我委主动公开政府信息127条,内容主要包括项目备案、行政执法等方面。其中公开规范性文件2个、"
            "行政许可4条、公告公示46条。\n")
    facts = narrative_facts(read_bytes(text.encode(), "w.txt"), [])
    items = [f for f in facts if f.metric == "active.item"]
    total = next(f for f in facts if f.metric == "active.total")
    assert [(f.label, f.value) for f in items] == [("规范性文件", 2), ("行政许可", 4), ("公告公示", 46)]
    assert all(f.group == total.group and f.breakdown is not None for f in items)  # the total's breakdown


def test_a_list_ends_where_a_semicolon_opens_other_work():
    got = table(ACTIVE + "2017年共公开政府信息164条,其中通过微信公众号公布信息100条,通过公开栏公布16条;"
                "办理市长热线交办件40余件,接听群众电话咨询500余人次。\n")
    assert got == {("active.total", None): 164, ("active.item", "微信公众号"): 100, ("active.item", "公开栏"): 16}


def test_a_sum_in_items_closes_kinds_counted_first_in_their_own_units():
    got = table(ACTIVE + "全年发布12条通知公告、56篇工作动态、8份规范性文件、3期财政预决算信息,共计79条。\n")
    assert got == {("active.total", None): 79, ("active.item", "通知公告"): 12, ("active.item", "工作动态"): 56,
                   ("active.item", "规范性文件"): 8, ("active.item", "财政预决算信息"): 3}


def test_the_years_new_part_of_all_the_years_divided_by_its_kinds():
    got = table(ACTIVE + "截至2017年底,我街道历年累计主动公开政府信息2356条,其中本年度新增主动公开政府信息214条,"
                "包括工作动态类132条、通知公告类82条。\n")
    assert got == {("active.cumulative", None): 2356, ("active.total", None): 214, ("active.item", "工作动态类"): 132,
                   ("active.item", "通知公告类"): 82}


def test_documents_counted_first_in_a_run_of_kinds_are_no_headline():
    got = table(ACTIVE + "本年度主动公开文件17份、公示公告43期、工作动态121篇,均在规定时限内公开。\n")
    assert ("active.total", None) not in got


def test_fees_named_among_the_cases_that_did_not_occur():
    got = table(APPLY + "本年度我街道未收到和办理政府信息公开申请,亦未发生因此产生的收费、行政复议及行政诉讼。\n")
    assert got == {("apply.received", None): 0, ("apply.completed", None): 0, ("fees.amount", None): 0,
                   ("review.total", None): 0, ("litigation.total", None): 0}


def test_information_made_divided_into_its_classes_counts_no_applications():
    got = table(APPLY + "本年度我局共制作政府信息120条,其中主动公开信息98条,依申请公开信息15条,不予公开信息7条。"
                "全年未收到政府信息公开申请。\n")
    assert got[("apply.received", None)] == 0


def test_interpretations_of_documents_named_by_their_titles():
    got = table(ACTIVE + "对《松溪乡农村人居环境整治实施方案》《松溪乡产业扶持办法》等3项重要政策进行了解读。\n")
    assert got == {("interpretation.total", None): 3}


def test_a_board_or_bulletin_named_after_the_verb_that_put_out_its_issues():
    got = table(ACTIVE + "2016年,松溪镇全年更新政务公开栏24期,向政府信息公开平台上传信息130条。\n")
    assert got[("active.item", "政务公开栏")] == 24 and got[("active.item", "政府信息公开平台")] == 130


def test_applications_counted_over_all_the_years_are_none_of_the_years():
    got = table(APPLY + "2014年,我镇本年度未收到依申请公开申请,自《条例》施行以来累计受理申请6件。\n")
    assert got == {("apply.received", None): 0}
    got = table(ACTIVE + "全年主动公开政府信息50条,历年累计主动公开政府信息600条。\n")
    assert got == {("active.total", None): 50, ("active.cumulative", None): 600}


def test_channels_on_numbered_lines_with_their_counts_after_a_colon():
    got = table(ACTIVE + "2023年,松山县全年主动公开政府信息6842条。\n1.县政府门户网站:3275条。其中政务动态1642条,通知公告1633条。\n"
                "2.政务新媒体:3421条。其中“松山发布”微信公众号2187条,“松山发布”微博1234条。\n3.政府公报:146条。\n")
    assert got[("active.total", None)] == 6842
    assert got[("active.item", "县政府门户网站")] == 3275 and got[("active.item", "政务新媒体")] == 3421
    assert got[("active.item", "政府公报")] == 146 and got[("active.item", "“松山发布”微信公众号")] == 2187


def test_interpretations_published_counted_in_times():
    got = table("(三)政策解读\n2021年,全县全年发布政策解读信息14次,其中县政府主要负责同志解读3次,部门负责人解读6次。\n")
    assert got == {("interpretation.total", None): 14}


@pytest.mark.parametrize("sentence", [
    "本年度受理政府信息公开申请5件,全部在法定期限内公开。",
    "本年度共收到依申请公开申请5件,全部依法处理。",
    "全年共收到政府信息公开申请5件,经审查,均符合公开条件,已全部公开。",
])
def test_all_applications_handled_or_disclosed_in_time(sentence):
    got = table(APPLY + sentence + "\n")
    assert got == {("apply.received", None): 5, ("apply.completed", None): 5}


PLATFORM = "一、总体情况\n(四)政府信息公开平台建设情况\n"


def test_in_the_part_on_platforms_a_channels_kinds_after_its_count():
    got = table(PLATFORM + "2022年在县政府网站镇级专栏公开信息245条,其中政策文件18条、工作动态162条、其他信息65条。\n")
    assert got == {("active.item", "县政府网站镇级专栏"): 245, ("active.item", "政策文件"): 18,
                   ("active.item", "工作动态"): 162, ("active.item", "其他信息"): 65}


def test_in_the_part_on_platforms_boards_and_their_issues():
    got = table(PLATFORM + "镇政府网站专栏更新信息89条,公开栏张贴公告36期,村务公开栏更新12期。\n")
    assert got == {("active.item", "镇政府网站专栏"): 89, ("active.item", "公开栏"): 36, ("active.item", "村务公开栏"): 12}


def test_a_channel_after_among_keeps_no_among_in_its_name():
    got = table(PLATFORM + "依托政务新媒体矩阵,全年共发布各类信息1200条,其中微信公众号发布800条。\n")
    assert got[("active.item", "微信公众号")] == 800


def test_a_channel_named_by_the_numbered_point_before_its_count():
    got = table(PLATFORM + "1.政府网站。全年发布政务信息1024条。\n2.政务新媒体。全年推送信息658条。\n")
    assert got == {("active.item", "政府网站"): 1024, ("active.item", "政务新媒体"): 658}
    got = table(ACTIVE + "1.政府网站。全年发布政务信息1024条。\n2.政务新媒体。全年推送信息658条。\n")
    assert got[("active.item", "政府网站")] == 1024 and ("active.total", None) not in got


@pytest.mark.parametrize("text, label", [
    (PLATFORM + "持续优化政府网站“政府信息公开”专栏,全年更新各类信息236条。\n", "政府网站“政府信息公开”专栏"),
    (ACTIVE + "进一步规范“松溪发布”微信公众号,全年推送信息300条。\n", "“松溪发布”微信公众号"),
])
def test_a_channel_set_in_the_clause_before_without_the_work_done_on_it(text, label):
    got = table(text)
    assert [k[1] for k in got if k[0] == "active.item"] == [label]


@pytest.mark.parametrize("text, label, value", [
    (ACTIVE + "全年共主动公开政府信息356条。在重点领域信息公开方面,公开信息120条。\n", "重点领域信息公开", 120),
    (ACTIVE + "全年共主动公开政府信息356条。(一)主动公开法规规章。公开信息10条。(二)主动公开规范性文件。公开信息8条。\n",
     "规范性文件", 8),
])
def test_a_second_figure_named_by_the_topic_said_before_it(text, label, value):
    got = table(text)
    assert got[("active.total", None)] == 356 and got[("active.item", label)] == value
