"""Breakdown labels -> comparable category / channel ids (extract/categories.py)."""

from __future__ import annotations

import json

import pytest

from extract.categories import (
    CATEGORIES,
    CHANNELS,
    anchors,
    category_columns,
    classify_facts,
    classify_label,
    column_names,
    fold,
    is_mapped,
    label_id,
    stem,
)
from extract.model import Fact

SEED = [
    ("工作动态", "work_news"),
    ("通知公告", "notices"),
    ("政策法规", "policy_docs"),
    ("办事指南", "services"),
    ("微信公众平台", "wechat"),
    ("其他方式公开", "other_channel"),
]

# Written for this test in the forms labels take: suffixes 类/信息/栏目, quoted brand names,
# traditional characters, the 政务 prefix, place prefixes, mixed lists.
VARIED = [
    # work_news
    ("工作动态类信息", "work_news"),
    ("政务动态", "work_news"),
    ("乡镇工作信息", "work_news"),
    ("新闻资讯栏目", "work_news"),
    ("工作動態類", "work_news"),
    ("党风廉政建设工作", "work_news"),
    ("图片新闻", "work_news"),
    ("领导活动", "work_news"),
    # notices
    ("通知公告类信息", "notices"),
    ("公示公告栏目", "notices"),
    ("通知類", "notices"),
    ("征求意见公告", "notices"),
    # policy_docs
    ("规范性文件类", "policy_docs"),
    ("镇政府文件", "policy_docs"),
    ("政策法規類信息", "policy_docs"),
    ("县政府规章", "policy_docs"),
    ("新制定", "policy_docs"),
    ("废止的", "policy_docs"),
    ("其中新制定", "policy_docs"),
    ("含政务微博", "weibo"),
    ("决策公开", "policy_docs"),
    # interpretation
    ("政策解读类信息", "interpretation"),
    ("图解政策解读", "interpretation"),
    ("政策解讀", "interpretation"),
    ("热点回应", "interpretation"),
    # budget
    ("财政预决算信息", "budget"),
    ("“三公”经费", "budget"),
    ("部门预算、决算", "budget"),
    ("財政資金類", "budget"),
    # personnel
    ("人事信息栏目", "personnel"),
    ("干部任前公示", "personnel"),
    ("事业单位招聘信息", "personnel"),
    ("人事任免類", "personnel"),
    # services
    ("办事服务类", "services"),
    ("政务服务事项", "services"),
    ("公共服务类信息", "services"),
    ("行政审批信息", "services"),
    ("辦事指南", "services"),
    # organisation
    ("机构职能类信息", "organisation"),
    ("镇情概况", "organisation"),
    ("领导信息栏目", "organisation"),
    ("走进新城", "organisation"),
    ("組織機構", "organisation"),
    # plans
    ("规划计划类", "plans"),
    ("年度工作计划", "plans"),
    ("发展规划信息", "plans"),
    ("計劃總結", "plans"),
    # emergency
    ("应急管理类信息", "emergency"),
    ("安全生产信息", "emergency"),
    ("疫情防控信息", "emergency"),
    ("防汛抗旱", "emergency"),
    # annual_report
    ("政府信息公开年报", "annual_report"),
    ("年度报告栏目", "annual_report"),
    # key_areas
    ("精准扶贫类信息", "key_areas"),
    ("乡村振兴专栏", "key_areas"),
    ("环境保护类", "key_areas"),
    ("社会保障、就业信息", "key_areas"),
    ("征地拆迁", "key_areas"),
    ("重大建设项目类信息", "key_areas"),
    ("教育醫療類", "key_areas"),
    ("计划生育", "key_areas"),
    ("公共企事业单位信息", "key_areas"),
    # channels
    ("镇政府门户网站", "website"),
    ("政务网站", "website"),
    ("“魅力新城”网站", "website"),
    ("信息公开专栏", "website"),
    ("網站(含轉發)", "website"),
    ("“幸福同田”微信公众号", "wechat"),
    ("政务微信", "wechat"),
    ("官方微信公众号“爱家乡”", "wechat"),
    ("微信(含转发)", "wechat"),
    ("政务微博", "weibo"),
    ("新浪微博“平安乡里”", "weibo"),
    ("政务新媒体", "new_media"),
    ("抖音短视频", "new_media"),
    ("移动客户端", "new_media"),
    ("两微一端", "new_media"),
    ("政务公开栏", "noticeboard"),
    ("村务公开栏", "noticeboard"),
    ("公示栏張貼", "noticeboard"),
    ("电子显示屏", "noticeboard"),
    ("宣传橱窗", "noticeboard"),
    ("《政府公报》", "print"),
    ("宣传资料", "print"),
    ("报刊", "print"),
    ("电视台", "broadcast"),
    ("广播", "broadcast"),
    ("新闻发布会", "other_channel"),
    ("其他渠道", "other_channel"),
    ("其它途徑", "other_channel"),
    ("12345热线", "other_channel"),
    # what fits nothing
    ("其他类信息", "other"),
    ("其他应主动公开的信息", "other"),
    # breakdowns by publishing unit or office: who published it
    ("各乡镇", "by_publisher"),
    ("县直各单位", "by_publisher"),
    ("区财政局", "by_publisher"),
    ("有关部门", "by_publisher"),
    ("各街道办事处", "by_publisher"),
    ("县政府公开办", "by_publisher"),
]


def test_varied_set_is_large() -> None:
    assert len(VARIED) >= 60
    assert len({label for label, _ in VARIED}) == len(VARIED)


@pytest.mark.parametrize(("label", "expected"), SEED + VARIED)
def test_label_maps_to_expected_id(label: str, expected: str) -> None:
    category, channel = classify_label(label)
    assert (category is None) != (channel is None), "exactly one of category / channel"
    assert label_id(label) == expected
    if expected in CHANNELS:
        assert channel == expected
    else:
        assert category == expected


def test_every_taxonomy_id_is_reachable() -> None:
    reached = {expected for _, expected in SEED + VARIED}
    assert reached == set(CATEGORIES) | set(CHANNELS)


def test_table_ids_are_taxonomy_ids() -> None:
    rows = anchors()
    assert len(rows) > 100
    for row in rows:
        assert row.id in (CATEGORIES if row.kind == "category" else CHANNELS)


def test_generic_word_counts_only_as_head_of_its_word() -> None:
    # 计划 heads 年度计划 but not 计划生育; 服务 heads 政务服务 but not 服务中心; 民政 is not in 人民政府
    assert label_id("年度计划") == "plans"
    assert label_id("计划生育") == "key_areas"
    assert label_id("政务服务") == "services"
    assert label_id("服务中心") == "other"
    assert label_id("县人民政府网站") == "website"
    assert label_id("街道办事处网站") == "website"


def test_named_subject_wins_over_column_word() -> None:
    assert label_id("脱贫攻坚专栏") == "key_areas"
    assert label_id("信息公开专栏") == "website"


def test_folding_and_stem() -> None:
    assert fold("政務動態 類") == "政务动态类"
    assert fold("（含转发）") == "(含转发)"
    assert stem("政务动态类信息") == "动态"
    assert stem("通知公告栏目") == "通知公告"
    assert stem("信息") == "信息"


def test_empty_or_missing_label_is_other() -> None:
    assert classify_label(None) == ("other", None)
    assert classify_label("") == ("other", None)
    assert not is_mapped("他处")


def test_classify_facts_sets_only_active_items() -> None:
    facts = [Fact("active.item", 12, label="“清风”微信公众号"), Fact("active.item", 3, label="通知公告类"),
             Fact("active.total", 15)]
    classify_facts(facts)
    assert (facts[0].category, facts[0].channel) == (None, "wechat")
    assert (facts[1].category, facts[1].channel) == ("notices", None)
    assert (facts[2].category, facts[2].channel) == (None, None)
    assert facts[0].to_dict()["channel"] == "wechat"


def test_category_columns_sum_per_id_and_leave_absent_ids_null() -> None:
    report = {"facts": [
        {"metric": "active.total", "label": None, "value": 90},
        {"metric": "active.item", "label": "工作动态", "value": 40},
        {"metric": "active.item", "label": "政务动态类信息", "value": 5},
        {"metric": "active.item", "label": "微信公众号", "value": 45, "channel": "wechat"},
        {"metric": "active.item", "label": "通知公告", "value": 0},
    ]}
    cols = category_columns(report)
    assert list(cols) == column_names()
    assert cols["category.work_news"] == 45
    assert cols["channel.wechat"] == 45
    assert cols["category.notices"] == 0  # printed as zero: a real zero
    assert cols["category.budget"] is None  # not named: unknown, not 0
    assert cols["channel.website"] is None


def test_report_without_breakdown_has_all_columns_null() -> None:
    cols = category_columns({"facts": [{"metric": "active.total", "value": 7}]})
    assert set(cols.values()) == {None}
    assert len(cols) == len(CATEGORIES) + len(CHANNELS)


def test_truth_labels_coverage(shared_dir) -> None:
    """Share of active.item facts of the hand-read truth mapped beyond other/other_channel."""
    labels = []
    for path in sorted((shared_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        labels += [f.get("label") for f in truth.get("facts", []) if f.get("metric") == "active.item"]
    assert labels
    unmapped = sorted({label for label in labels if not is_mapped(label)})
    share = sum(map(is_mapped, labels)) / len(labels)
    print(f"\nmapped {share:.1%} of {len(labels)} truth active.item facts; unmapped: {unmapped}")
    assert share >= 0.90


def test_extraction_sets_category_or_channel_on_every_item(seed_path) -> None:
    import nianbao

    report = nianbao.extract(str(seed_path))
    items = report.facts_of("active.item")
    assert items, "the seed's breakdown list gives active.item facts"
    for fact in items:
        assert (fact.category is None) != (fact.channel is None), fact.label
        assert (fact.category or fact.channel) == label_id(fact.label)
    by_label = {f.label: f.category or f.channel for f in items}
    assert by_label.get("工作动态") == "work_news"
    assert by_label.get("微信公众平台") == "wechat"


def test_parts_of_a_channel_item_take_its_channel_and_are_not_summed_twice() -> None:
    from extract import build_report
    from parsers import read_bytes

    text = ("青石镇2023年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
            "全年通过镇政府网站主动公开政府信息120条。\n"
            "“青石发布”微信公众号推送信息300条,其中原创信息90条,转载信息210条。\n")
    report = build_report(read_bytes(text.encode("utf-8"), "qingshi.txt"))
    items = {f.label: f for f in report.facts if f.metric == "active.item"}
    assert items["原创信息"].channel == "wechat" and items["转载信息"].channel == "wechat"
    assert items["原创信息"].part_of is items["“青石发布”微信公众号"]
    columns = category_columns(report.to_dict())
    assert columns["channel.wechat"] == 300
    assert columns["channel.website"] == 120


def test_the_rest_beside_named_categories_of_a_channel_is_category_other() -> None:
    from extract import build_report
    from parsers import read_bytes

    text = ("青石镇2017年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
            "本年度青石镇人民政府网站主动公开政府信息总数80条,其中:工作动态类40条;通知公告类25条;"
            "其他信息类15条。\n")
    report = build_report(read_bytes(text.encode("utf-8"), "qingshi.txt"))
    items = {f.label: f for f in report.facts if f.metric == "active.item"}
    assert items["工作动态类"].category == "work_news"
    assert (items["其他信息类"].category, items["其他信息类"].channel) == ("other", None)
