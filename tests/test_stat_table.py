"""The old 统计表 in its renderings: a table, one cell a line, and the one-line flattening; written text."""

from __future__ import annotations

from extract.facts import narrative_facts
from parsers import read_bytes


def read(text: str):
    warnings: list[str] = []
    facts = narrative_facts(read_bytes(text.encode("utf-8"), "written.txt"), [], warnings=warnings)
    return {(f.metric, f.label): f.value for f in facts}, facts, warnings


def test_a_one_column_table_of_the_year_reads_each_row_as_printed():
    text = ("一、概述\n本报告统计期限自2011年1月1日起至2011年12月31日止。\n五、政府信息公开情况统计表\n统计指标 单位 统计数\n"
            "一、主动公开情况\n(一)主动公开政府信息数 条 356\n其中:政府网站公开数 条 300\n政府公报公开数 条 6\n"
            "二、依申请公开情况\n(一)收到申请数 件 4\n(二)申请办结数 件 4\n三、行政复议数量 件 0\n四、行政诉讼数量 件 0\n"
            "五、举报投诉数量 件 1\n六、依申请公开信息收取的费用 万元 0\n")
    got, facts, _ = read(text)
    assert got == {("active.total", None): 356, ("active.item", "政府网站公开"): 300, ("active.item", "政府公报公开"): 6,
                   ("apply.received", None): 4, ("apply.completed", None): 4, ("review.total", None): 0,
                   ("litigation.total", None): 0, ("complaint.total", None): 1, ("fees.amount", None): 0}
    assert {f.rule for f in facts} == {"stat_table.row"}


def test_fees_in_ten_thousand_yuan_are_read_in_yuan():
    text = "七、统计表\n统计指标 单位 统计数\n主动公开政府信息数 条 20\n依申请公开信息收取的费用 万元 0.05\n"
    got, _, _ = read(text)
    assert got[("fees.amount", None)] == 500


def test_a_flattened_run_the_relations_settle_is_split():
    # 1201500 reads 1|201500 or 120|1500; only the second is the sum of 100|1400 and 20|100
    text = ("六、政府信息公开情况统计表指标名称计量单位本年度历年累计主动公开政府信息数条1201500其中:1、政府网站公开数条"
            "10014002、政府公报公开数条20100\n")
    got, _, warnings = read(text)
    assert got[("active.total", None)] == 120 and got[("active.cumulative", None)] == 1500
    assert got[("active.item", "政府网站公开")] == 100 and got[("active.item", "政府公报公开")] == 20
    assert warnings == []


def test_a_flattened_run_left_open_is_absent_with_a_warning():
    text = "六、统计表指标名称计量单位本年度历年累计主动公开文件数条29498191其中:1、政府网站公开数条294981912、政府公报公开数条00\n"
    got, _, warnings = read(text)
    assert ("active.total", None) not in got
    assert any("统计表 row" in w and "ways" in w for w in warnings)


def test_rows_of_the_table_written_as_lines_of_prose():
    from extract.facts import narrative_facts
    from parsers import read_bytes

    text = ("二、主动公开政府信息的情况\n全年主动公开各类信息一百一十五条。\n"
            "1.主动公开政府信息数:本年115条,累计408条\n2.受理申请总数:0件\n")
    facts = {(f.metric, f.value, f.rule) for f in narrative_facts(read_bytes(text.encode(), "w.txt"), [])}
    assert ("active.cumulative", 408, "stat_table.line") in facts
    assert ("active.total", 115, "active.headline") in facts and ("apply.received", 0) in {f[:2] for f in facts}


def test_table_lines_run_together_in_an_appendix_settle_the_years_figure():
    from extract.facts import narrative_facts
    from parsers import read_bytes

    text = ("二、主动公开政府信息情况\n按类别统计,工作动态204条,其他信息213条,合计417条。截至2016年底,累计公开各类政府信息2,385条。\n"
            "六、存在的主要问题及改进措施\n人员不足。\n附:2016年度政府信息公开情况统计\n"
            "1.主动公开政府信息数:本年417条,累计2,385条2.本年受理申请数:4件\n")
    facts = {(f.metric, f.value) for f in narrative_facts(read_bytes(text.encode(), "w.txt"), [])}
    assert ("active.total", 417) in facts and ("active.cumulative", 2385) in facts
    assert ("active.total", 2385) not in facts and ("apply.received", 4) in facts


def test_the_row_of_those_answered_named_bare_in_every_rendering():
    rows = [("主动公开政府信息数", "条", "120", "860"), ("其中:政府网站公开数", "条", "100", "700"),
            ("政府公报公开数", "条", "20", "160"), ("受理申请总数", "件", "3", "15"), ("答复总数", "件", "3", "15"),
            ("行政复议数", "件", "0", "0")]
    head = "一、概述\n本报告统计期限自2015年1月1日起至2015年12月31日止。\n附表:政府信息公开情况统计表\n"
    for body in ("指标名称\t单位\t本年\t累计\n" + "".join("\t".join(r) + "\n" for r in rows),
                 "指标名称\n单位\n本年\n累计\n" + "".join("\n".join(r) + "\n" for r in rows),
                 "指标名称 单位 本年 累计 " + "".join(a + b + c + d for a, b, c, d in rows) + "\n"):
        got, _, _ = read(head + body)
        assert got[("apply.received", None)] == 3 and got[("apply.completed", None)] == 3, body
        assert got[("active.total", None)] == 120 and got[("active.cumulative", None)] == 860, body


def test_fees_printed_apart_from_their_cumulative_amount_are_the_years():
    text = ("附件:政府信息公开情况统计表\n指标名称 计量单位 本年度 历年累计\n主动公开政府信息数 条 264 912\n"
            "受理申请总数 件 3 10\n答复总数 件 3 10\n行政复议数 件 0 0\n收费金额 万元 0 0\n")
    got, _, _ = read(text)
    assert got[("fees.amount", None)] == 0 and got[("active.cumulative", None)] == 912


def test_a_table_of_the_applications_alone():
    text = ("六、政府信息公开情况统计表\n指标名称 计量单位 本年度 累计\n受理依申请公开信息总数 件 4 17\n"
            "其中:1.当面申请数 件 3 12\n2.网上申请数 件 1 5\n对申请的答复数 件 4 17\n行政复议数 件 0 0\n"
            "行政诉讼数 件 0 0\n依申请公开收费金额 元 0 0\n")
    got, _, _ = read(text)
    assert got == {("apply.received", None): 4, ("apply.completed", None): 4, ("review.total", None): 0,
                   ("litigation.total", None): 0, ("fees.amount", None): 0}
