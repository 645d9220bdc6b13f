"""Body keys, cross-year checks, sentence reuse and derived metrics on inputs written for these tests."""

from __future__ import annotations

from corpus.crossyear import carry, valid_roll
from corpus.derived import derived_metrics
from corpus.fingerprint import fingerprint
from corpus.identity import Filed, body_key, by_body
from corpus.printed import metric_name
from corpus.reuse import ReuseSettings, Text, mark_counted, repeated


def test_same_office_named_differently_is_one_body():
    assert body_key("青石区人民政府", "青石区", "county") == body_key("青石区政府", None, "county") == "青石区"
    assert body_key("柳岸街道办事处", "柳岸街道", "street", "青石区") == body_key(None, "柳岸街道", "street", "青石区")
    assert body_key("柳岸街道办", None, "street", "青石区") == "青石区/柳岸街道"
    assert body_key("柳岸街道 办事处", None, "street", "青石區") == "青石区/柳岸街道"  # spaces, traditional
    assert body_key(None, "城关镇", "town", "甲县") != body_key(None, "城关镇", "town", "乙县")
    assert body_key("青石区自然资源局", "青石区", "department", "青石区") == "青石区自然资源局"
    assert body_key(None, None, "town") is None


def _t3(over: dict, forward: dict) -> dict:
    cols = ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_org",
            "legal_service_org", "other_org", "total")
    return {"carried_over": {c: {"value": over.get(c, 0), "page": 3} for c in cols},
            "carried_forward": {c: {"value": forward.get(c, 0), "page": 4} for c in cols}}


def _filed(rid: str, year: int, tables: dict) -> Filed:
    return Filed(rid, "青石区", "青石区人民政府", year, f"{rid}.txt", {"tables": tables})


def test_carry_compares_last_years_carried_forward_with_this_years_carried_over():
    prev = _filed("a", 2021, {"t3": _t3({}, {"natural_person": 2, "total": 2})})
    good = _filed("b", 2022, {"t3": _t3({"natural_person": 2, "total": 2}, {})})
    bad = _filed("c", 2022, {"t3": _t3({"natural_person": 3, "total": 3}, {})})
    assert carry(prev, good)["status"] == "pass"
    result = carry(prev, bad)
    assert result["status"] == "fail"
    wheres = [f["where"] for f in result["findings"]]
    assert any("表三 “二、上年结转政府信息公开申请数量” 列 “自然人”" in w for w in wheres)
    assert any("列 “总计”" in w and "“四、结转下年度继续办理”" in w for w in wheres)
    total = next(f for f in result["findings"] if "总计" in f["where"])
    assert (total["expected"], total["actual"], total["page"]) == (2, 3, 3)


def test_carry_over_a_missing_year_is_uncertain_and_blank_cells_are_skipped():
    prev = _filed("a", 2020, {"t3": _t3({}, {"total": 2})})
    later = _filed("b", 2022, {"t3": _t3({"total": 9}, {})})
    assert carry(prev, later)["status"] == "uncertain"
    blank = _t3({"total": 2}, {})
    blank["carried_over"]["natural_person"] = {"value": None, "kind": "blank"}
    result = carry(_filed("a", 2021, {"t3": _t3({}, {"total": 2})}), _filed("b", 2022, {"t3": blank}))
    assert result["status"] == "pass" and "not comparable" in result["message"]
    assert carry(_filed("a", 2021, {}), later) is None


def test_valid_roll_forward_of_2021_table_two():
    def t2(made, repealed, valid):
        return {"t2": {"normative_documents": {"made": made, "repealed": repealed, "valid": valid}}}
    prev = _filed("a", 2022, t2(3, 0, 40))
    assert valid_roll(prev, _filed("b", 2023, t2(5, 2, 43)))["status"] == "pass"
    result = valid_roll(prev, _filed("b", 2023, t2(5, 2, 50)))
    assert result["status"] == "fail"
    assert result["findings"][0]["where"].startswith("表二 “行政规范性文件” 列 “现行有效件数”")
    assert (result["findings"][0]["expected"], result["findings"][0]["actual"]) == (43, 50)


def test_fullest_report_stands_for_a_year():
    thin = Filed("x", "k", "b", 2022, "a.txt", {"facts": []})
    full = Filed("y", "k", "b", 2022, "b.txt", {"facts": [{}, {}]})
    series, aside = by_body([thin, full, Filed("z", "k", "b", 2021, "c.txt", {})])
    assert [f.report_id for f in series["k"]] == ["z", "y"] and [f.report_id for f in aside] == ["x"]


PREV = ("本报告根据《中华人民共和国政府信息公开条例》和上级有关要求编制。"
        "今年青石镇组织村干部集中学习公开目录，梳理事项四十二项。"
        "镇财政所把惠民资金发放明细按月张贴在便民服务大厅的公开栏里，共张贴12期。"
        "镇里还请来县档案馆的同志，手把手教大家整理纸质档案。")
CUR = ("本报告根据《中华人民共和国政府信息公开条例》和上级有关要求编制。"
       "镇财政所把惠民资金发放明细按月张贴在便民服务大厅的公开栏里，共张贴15期。"
       "柳岸镇还请来县档案馆的同志，手把手教大家整理纸质档案。"
       "新建的村务监督微信群覆盖了全镇所有自然村，群众可以随时提问。"
       "防汛期间每天两次更新水库水位和转移安置点的信息。")


def test_a_sentence_that_only_changes_figures_or_the_body_name_repeats():
    prev = Text.of(Filed("p", "k", "青石镇人民政府", 2021, "p", {}, fingerprint(PREV, {"place": "青石镇"})))
    cur = Text.of(Filed("c", "k", "柳岸镇人民政府", 2022, "c", {}, fingerprint(CUR, {"place": "柳岸镇"})))
    assert prev.sentences[0].boilerplate and cur.sentences[0].boilerplate
    mark_counted([prev, cur], set())
    assert len(cur.counted) == 4  # the statutory opening is not counted
    same = repeated(prev, cur, ReuseSettings())
    assert [s.text[:4] for s in same] == ["镇财政所", "柳岸镇还"]


def test_derived_metrics_follow_their_definitions():
    wide = {"t3.new_received.total": 40, "t3.carried_over.total": 10, "t3.granted.total": 20,
            "t3.partial_grant.total": 5, "t3.total_processed.total": 50, "t4.review.total": 6,
            "t4.review.pending": 1, "t4.review.corrected": 2, "t4.litigation_direct.total": 1,
            "t4.litigation_after_review.total": 1, "active.total": 300}
    d = derived_metrics(wide)
    assert d["derived.applications"] == 40 and d["derived.applications_with_carried_over"] == 50
    assert d["derived.disclosure_rate"] == 0.5 and d["derived.review_correction_rate"] == 0.4
    assert d["derived.litigation_per_100_applications"] == 5.0 and d["derived.active_items"] == 300
    empty = derived_metrics({"apply.received": 0, "t4.review.total": 2, "t4.review.pending": 2})
    assert empty["derived.applications"] == 0
    assert empty["derived.review_correction_rate"] is None and empty["derived.disclosure_rate"] is None


def test_cells_are_named_as_printed():
    assert metric_name("t3.total_processed.natural_person") == "表三 “(七)总计” 列 “自然人”"
    assert metric_name("t4.litigation_after_review.total") == "表四 “行政诉讼 复议后起诉” 列 “总计”"


def test_a_failed_identity_is_broken_down_to_the_cells_that_do_not_add_up():
    from corpus.findings import check_findings

    cols = ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_org",
            "legal_service_org", "other_org")
    row = {c: {"value": 1 if c == "natural_person" else 0, "page": 2} for c in cols}
    good = {**row, "total": {"value": 1, "page": 2}}
    bad = {**row, "total": {"value": 4, "page": 2}}
    report = {"tables": {"t3": {"new_received": bad, "carried_over": good}},
              "sections": [{"id": "application", "heading": "三、收到和处理政府信息公开申请情况", "start": 0}]}
    found = check_findings(report, {"id": "t3.row_sum", "status": "fail", "severity": "error",
                                    "cells": ["t3.new_received.total"]})
    assert [(f["where"], f["expected"], f["actual"], f["page"]) for f in found] == [
        ("表三 “一、本年新收政府信息公开申请数量” 列 “总计”", 1, 4, 2)]
    t4 = {"review": {"maintained": 1, "corrected": 1, "other_result": 0, "pending": 0, "total": 3}}
    found = check_findings({"tables": {"t4": t4}}, {"id": "t4.sum", "status": "fail"})
    assert [(f["where"], f["expected"], f["actual"]) for f in found] == [("表四 “行政复议” 列 “总计”", 2, 3)]


def test_a_narrative_finding_quotes_the_sentence_and_its_section():
    from corpus.findings import check_findings

    report = {"sections": [{"id": "active", "heading": "二、主动公开政府信息情况", "start": 10}],
              "facts": [{"metric": "active.total", "text": "全年主动公开信息300条", "start": 20, "end": 31, "page": 1}]}
    check = {"id": "active.items_sum", "status": "fail", "expected": 300, "actual": 280,
             "cells": [{"text": "全年主动公开信息300条", "start": 20, "end": 31, "value": 300}]}
    (found,) = check_findings(report, check)
    assert found["where"] == "章节 “二、主动公开政府信息情况” 句 “全年主动公开信息300条”"
    assert (found["expected"], found["actual"], found["page"]) == (300, 280, 1)
