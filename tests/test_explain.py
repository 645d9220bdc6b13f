"""Every figure says which rule read it, and `nianbao explain` says why a count gave no figure."""

from __future__ import annotations

import json
import subprocess
import sys

import nianbao


def write(tmp_path, text: str):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path


REPORT = ("某某镇人民政府2016年政府信息公开工作年度报告\n一、概述\n本报告统计期限自2016年1月1日起至2016年12月31日止。\n"
          "二、主动公开政府信息情况\n2016年,我镇主动公开政府信息120条,其中工作动态80条、通知公告40条。"
          "召开专题会议3次。历年累计公开信息900条。\n三、依申请公开情况\n本年度收到政府信息公开申请2件,均已按时答复。\n"
          "四、存在的问题\n信息更新不够及时,全年有5条信息超期发布。\n")


def test_every_fact_carries_its_rule(tmp_path):
    report = nianbao.extract(write(tmp_path, REPORT))
    rules = {(f.metric, f.label): f.rule for f in report.facts}
    assert rules[("active.total", None)] == "active.headline"
    assert rules[("active.item", "工作动态")] == "list.lead"
    assert rules[("active.cumulative", None)] == "active.cumulative"
    assert rules[("apply.received", None)] == "apply.received"
    assert all(f["rule"] for f in report.to_dict()["facts"])


def test_explain_names_the_rule_or_why_each_count_was_let_go(tmp_path):
    _, verdicts = nianbao.explain(write(tmp_path, REPORT))
    by_text = {v.text: v for v in verdicts}
    assert by_text["120条"].facts == [{"metric": "active.total", "label": None, "value": 120, "rule": "active.headline"}]
    meeting = by_text["3次"]
    assert not meeting.facts and meeting.let_go
    late = by_text["5条"]  # in the part on problems: read by no rule, and it says so
    assert not late.facts and any("problems" in why for _, why in late.let_go)


def test_explain_command_prints_json_lines_of_the_missed_counts(tmp_path):
    path = write(tmp_path, REPORT)
    out = subprocess.run([sys.executable, "-m", "nianbao", "explain", "--json", "--missed", str(path)],
                         capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["text"] for r in rows} >= {"3次", "5条"}
    assert all(not r["facts"] and r["let_go"] for r in rows)


def test_explain_says_when_a_figure_was_read_but_another_clause_gave_it_first(tmp_path):
    _, verdicts = nianbao.explain(write(tmp_path, "三、依申请公开情况\n收到申请2件。\n全年收到申请3件。\n"))
    second = next(v for v in verdicts if v.text == "3件")
    assert not second.facts and second.let_go[0][0] == "apply.received" and "first" in second.let_go[0][1]
