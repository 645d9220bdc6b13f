"""The table checks of CHECKS.md on tables read from text written here, and on the shared corpus."""

from __future__ import annotations

import json

import parsers
from extract import build_report
from extract.checks_tables import table_checks
from extract.model import Fact, Report, Section
from extract.tables import read_tables
from tests.test_tables import HEAD, T2_2021_SPACE, T3_HEAD, T3_LABELS_2021, T4_SPACE, t3_space_rows, t3_values


def report_of(text: str, template: str = "t2021", facts: list[Fact] | None = None,
              sections: list[str] = ("overview", "active", "application", "review_litigation", "problems")) -> Report:
    doc = parsers.read_bytes(text.encode("utf-8"), "report.txt")
    tables, _ = read_tables(doc, [])
    return Report(document=doc, tables=tables, template=template, facts=facts or [],
                  sections=[Section(s, s, 0, 1) for s in sections])


def full_text(values=None, t4: str = T4_SPACE, t2: str = T2_2021_SPACE) -> str:
    return HEAD + t2 + "\n" + T3_HEAD + t3_space_rows(values or t3_values(), T3_LABELS_2021) + "\n" + t4


def by_id(checks, check_id):
    return [c for c in checks if c.id == check_id]


def test_a_consistent_report_passes_every_identity():
    checks = table_checks(report_of(full_text()))
    for check_id in ("t3.row_sum", "t3.results_sum", "t3.balance", "t4.sum", "t2.non_negative",
                     "completeness.tables"):
        found = by_id(checks, check_id)
        assert [c.status for c in found] == ["pass"], check_id
    row_sum = by_id(checks, "t3.row_sum")[0]
    assert "t3.granted.total" in row_sum.cells and row_sum.expected == 25


def test_a_total_printed_wrong_fails_its_row_and_its_column():
    values = t3_values()
    values["granted"] = [20, 2, 0, 1, 0, 1, 0]  # 总计 printed as 0
    checks = table_checks(report_of(full_text(values)))
    fails = [c for c in by_id(checks, "t3.row_sum") if c.status == "fail"]
    assert len(fails) == 1
    assert fails[0].expected == 24 and fails[0].actual == 0
    assert "t3.granted.total" in fails[0].cells and "t3.granted.natural_person" in fails[0].cells
    column = [c for c in by_id(checks, "t3.results_sum") if c.status == "fail"]
    assert [c.cells[-1] for c in column] == ["t3.total_processed.total"]
    assert column[0].expected == 23 and column[0].actual == 47


def test_balance_fails_when_carried_forward_is_off():
    values = t3_values()
    values["carried_forward"] = [5, 0, 0, 0, 0, 0, 5]
    checks = table_checks(report_of(full_text(values)))
    fails = [c for c in by_id(checks, "t3.balance") if c.status == "fail"]
    assert {c.cells[-1] for c in fails} == {"t3.total_processed.natural_person", "t3.total_processed.total"}
    assert "t3.carried_forward.total" in fails[-1].cells


def test_a_blank_cell_makes_its_row_uncertain_not_failed():
    text = HEAD + T3_HEAD + "一、本年新收政府信息公开申请数量 | 6 |  | 0 | 0 | 0 | 0 | 6\n"
    checks = table_checks(report_of(text))
    row_sum = by_id(checks, "t3.row_sum")
    assert [c.status for c in row_sum] == ["uncertain"]
    assert "new_received" in row_sum[0].message


def test_a_flattened_row_read_as_printed_fails_the_identities_it_breaks():
    # 表三 printed as digit runs; （七）总计 '1000000' can only be 自然人 1 … 总计 0, and that is an error
    runs = {"new_received": "1000001", "granted": "1000001", "total_processed": "1000000"}
    lines = [label if key is None else label + runs.get(key, "0000000") for key, label in T3_LABELS_2021]
    checks = table_checks(report_of(HEAD + T3_HEAD + "\n".join(lines)))
    row_fails = [c for c in by_id(checks, "t3.row_sum") if c.status == "fail"]
    assert [c.cells[-1] for c in row_fails] == ["t3.total_processed.total"]
    results = [c for c in by_id(checks, "t3.results_sum") if c.status == "fail"]
    assert [c.cells[-1] for c in results] == ["t3.total_processed.total"]
    assert (results[0].expected, results[0].actual) == (1, 0)
    balance = [c for c in by_id(checks, "t3.balance") if c.status == "fail"]
    assert [c.cells[-1] for c in balance] == ["t3.total_processed.total"]
    assert not [c for c in checks if c.id.startswith("t3.") and c.status == "uncertain"]


def test_table_four_block_that_does_not_add_up():
    t4 = T4_SPACE.replace("2 1 0 0 3 1 0 0 1 2", "2 1 0 0 4 1 0 0 1 2")
    fails = [c for c in table_checks(report_of(full_text(t4=t4))) if c.id == "t4.sum" and c.status == "fail"]
    assert len(fails) == 1 and fails[0].cells[-1] == "t4.review.total"
    assert (fails[0].expected, fails[0].actual) == (3, 4)


def test_negative_count_in_2021_table_two_fails():
    t2 = T2_2021_SPACE.replace("行政规范性文件 7 2 40", "行政规范性文件 7 -2 40")
    fails = [c for c in table_checks(report_of(full_text(t2=t2))) if c.id == "t2.non_negative"]
    assert [(c.status, c.cells) for c in fails] == [("fail", ["t2.normative_documents.repealed"])]


def fact(metric: str, value: int, text: str) -> Fact:
    return Fact(metric=metric, value=value, text=text, start=10, end=10 + len(text))


def test_narrative_counts_against_the_tables_say_what_matched():
    facts = [fact("apply.received", 48, "收到申请48件"), fact("apply.received", 51, "共受理申请51件"),
             fact("apply.completed", 47, "办结47件"), fact("review.total", 3, "行政复议3件"),
             fact("litigation.total", 2, "行政诉讼2件")]
    checks = table_checks(report_of(full_text(), facts=facts))
    received = by_id(checks, "text_vs_table.received")
    assert [c.status for c in received] == ["pass", "pass"]
    assert "一 (本年新收)" in received[0].message and "一 + 二" in received[1].message
    assert received[0].cells[0] == "text:10-17" and "t3.new_received.total" in received[0].cells
    for check_id in ("text_vs_table.completed", "text_vs_table.review", "text_vs_table.litigation"):
        assert [c.status for c in by_id(checks, check_id)] == ["pass"], check_id


def test_a_narrative_count_the_table_does_not_give_fails():
    checks = table_checks(report_of(full_text(), facts=[fact("apply.received", 17, "受理申请17件"),
                                                        fact("litigation.total", 1, "行政诉讼1件")]))
    received = by_id(checks, "text_vs_table.received")[0]
    assert received.status == "fail" and received.expected == 17
    assert received.actual == {"表三 一 (本年新收)": 48, "表三 一 + 二 (新收 + 上年结转)": 51}
    assert by_id(checks, "text_vs_table.litigation")[0].status == "fail"


def test_completeness_of_template_tables():
    without_t4 = HEAD + T2_2021_SPACE + "\n" + T3_HEAD + t3_space_rows(t3_values(), T3_LABELS_2021)
    failed = by_id(table_checks(report_of(without_t4)), "completeness.tables")
    assert failed[0].status == "fail" and "表四" in failed[0].message
    cut_off = by_id(table_checks(report_of(without_t4, sections=["overview", "active", "application"])),
                    "completeness.tables")
    assert cut_off[0].status == "uncertain"
    assert by_id(table_checks(report_of(HEAD, template="narrative")), "completeness.tables") == []


def test_hongze_narrative_17_against_table_95_is_flagged(shared_dir):
    truth = json.loads((shared_dir / "truth" / "jiangsu_huaian-hongzequ_2024.json").read_text(encoding="utf-8"))
    assert "text_vs_table.received" in truth["expected_fail"]
    report = build_report(parsers.read(shared_dir / "corpus" / truth["file"]))
    received = [c for c in report.checks if c.id == "text_vs_table.received"]
    assert any(c.status == "fail" and c.expected == 17 for c in received)
    assert report.tables["t3"]["new_received"]["total"].value == 95
