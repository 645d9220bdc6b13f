"""timeliness.deadline: the rule table, the check, its replacement, and the late report planted in the sample."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import duckdb
import pytest

from extract.deadlines import (
    DeadlineError,
    days_late,
    deadline_check,
    default_rules,
    load_rules,
    parse_rules,
    rule_for,
)
from nianbao.corpus_build import build
from tests.conftest import ROOT, SAMPLES

# a province whose towns and streets are due by 31 March, like county governments
PROVINCE = """level,first_year,last_year,month,day,basis
*,,2018,3,31,
department,2019,,1,31,
town,2019,,3,31,provincial notice
street,2019,,3,31,provincial notice
county,2019,,3,31,
city,2019,,3,31,
province,2019,,3,31,
"""


@pytest.mark.parametrize(("level", "year", "due"), [
    ("town", 2018, "2019-03-31"), ("department", 2015, "2016-03-31"), ("county", 2008, "2009-03-31"),
    ("town", 2019, "2020-01-31"), ("street", 2024, "2025-01-31"), ("department", 2021, "2022-01-31"),
    ("county", 2019, "2020-03-31"), ("city", 2022, "2023-03-31"), ("province", 2020, "2021-03-31"),
    (None, 2016, "2017-03-31"),  # up to 2018 the level does not matter
])
def test_the_national_rules(level, year, due):
    rule = rule_for(level, year, default_rules())
    assert rule is not None and rule.deadline(year).isoformat() == due


def test_without_a_level_from_2019_no_rule_applies():
    assert rule_for(None, 2019, default_rules()) is None
    check = deadline_check("2020-01-10", "signature", None, 2019)
    assert check.status == "uncertain" and "unknown level" in check.message


@pytest.mark.parametrize(("released", "source", "status", "late"), [
    ("2023-01-31", "page_header", "pass", 0),  # the deadline day itself is on time
    ("2022-12-30", "signature", "pass", 0),
    ("2023-02-01", "page_header", "fail", 1),
    ("2023-03-08", "metadata", "fail", 36),
    ("2024-05-01", "signature", "fail", 456),  # signed that late: late
    ("2024-05-01", "page_header", "uncertain", None),  # put online a year after: a repost or mirror?
    (None, None, "uncertain", None),
])
def test_the_check_says_the_rule_and_the_days_late(released, source, status, late):
    check = deadline_check(released, source, "town", 2022)
    assert check.id == "timeliness.deadline" and check.severity == "warning"
    assert check.status == status and check.expected == "2023-01-31" and check.actual == released
    assert "rule:deadlines.csv:4" in check.cells and "town, reports for 2019 on: 31 January" in check.message
    assert days_late(check.to_dict()) == late
    if late:
        assert f"{late} days late" in check.message


def test_a_replacement_table_changes_the_deadline(tmp_path):
    path = tmp_path / "zhejiang.csv"
    path.write_text(PROVINCE, encoding="utf-8")
    rules = load_rules(path)
    check = deadline_check("2023-03-08", "page_header", "town", 2022, rules)
    assert check.status == "pass" and check.expected == "2023-03-31" and "zhejiang.csv:4" in check.message
    assert deadline_check("2023-03-08", "page_header", "department", 2022, rules).status == "fail"


@pytest.mark.parametrize(("text", "says"), [
    ("level,first_year,month,day\ntown,2019,1,31\n", "missing column(s) last_year"),
    ("level,first_year,last_year,month,day\nvillage,2019,,1,31\n", "line 2: level must be one of"),
    ("level,first_year,last_year,month,day\ntown,2019,,2,30\n", "line 2: month '2' and day '30' are no date"),
    ("level,first_year,last_year,month,day\ntown,2021,2019,1,31\n", "first_year 2021 is after last_year 2019"),
    ("level,first_year,last_year,month,day\ntown,19,,1,31\n", "first_year must be a year"),
    ("level,first_year,last_year,month,day\n", "no rules"),
])
def test_a_bad_deadlines_file_is_named_with_its_problem(text, says):
    with pytest.raises(DeadlineError, match="bad.csv") as err:
        parse_rules(text, "bad.csv")
    assert says in str(err.value)


def _nianbao(*args):
    env = {**os.environ, "COLUMNS": "200"}  # the table as a wide terminal shows it
    return subprocess.run([sys.executable, "-m", "nianbao", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env=env)


def test_extract_with_a_replacement_table(tmp_path):
    late = SAMPLES / "沣禾县" / "琮岭镇" / "2021.txt"
    path = tmp_path / "zhejiang.csv"
    path.write_text(PROVINCE, encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("level,month\n", encoding="utf-8")
    for deadlines, status in ((None, "fail"), (path, "pass")):
        proc = _nianbao("extract", "--json", str(late), *(["--deadlines", str(deadlines)] if deadlines else []))
        assert proc.returncode == 0, proc.stderr
        check = next(c for c in json.loads(proc.stdout)["checks"] if c["id"] == "timeliness.deadline")
        assert check["status"] == status
    proc = _nianbao("extract", "--deadlines", str(bad), str(late))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [f"nianbao extract: {bad}: missing column(s) first_year, last_year, day "
                                                "(need level,first_year,last_year,month,day)"]


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("timeliness") / "out"
    build([SAMPLES], out, jobs=2, progress=False, report=False)
    return out


def test_the_sample_county_has_one_late_report(sample_out):
    reports = _csv(sample_out / "reports.csv")
    late = [r for r in reports if r["days_late"] not in ("", "0")]
    assert [(r["body"], r["year"], r["released"], r["released_source"], r["deadline"], r["days_late"])
            for r in late] == [("琮岭镇人民政府", "2021", "2022-03-08", "page_header", "2022-01-31", "36")]
    assert all(r["days_late"] == "0" for r in reports if r not in late)  # every other one dated and on time
    sources = {r["released_source"] for r in reports}
    assert sources == {"page_header", "metadata", "signature"}  # the saved pages, the PDFs, the text files
    wide = {r["report_id"]: r for r in _csv(sample_out / "wide.csv")}
    assert wide[late[0]["report_id"]]["days_late"] == "36"
    findings = [f for f in _csv(sample_out / "findings.csv") if f["check_id"] == "timeliness.deadline"]
    assert [(f["body"], f["year"], f["where"]) for f in findings] == [
        ("琮岭镇人民政府", "2021", "句 “发布时间:2022-03-08 10:20” 对照 截止日期 2022-01-31")]


def test_the_timeliness_view(sample_out):
    with duckdb.connect(str(sample_out / "nianbao.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT county, year, bodies, on_time, late, undated, missing, most_days_late "
                           "FROM timeliness WHERE county = '沣禾县' ORDER BY year").fetchall()
        assert con.execute("SELECT typeof(days_late) FROM reports LIMIT 1").fetchone()[0] in ("INTEGER", "BIGINT")
    assert rows == [("沣禾县", 2020, 4, 4, 0, 0, 0, 0),
                    ("沣禾县", 2021, 4, 2, 1, 0, 1, 36),  # 璞塘乡 has no 2021 report
                    ("沣禾县", 2022, 4, 4, 0, 0, 0, 0)]


def test_audit_late(sample_out, tmp_path):
    proc = _nianbao("audit", str(sample_out), "--late")
    assert proc.returncode == 0, proc.stderr
    assert "琮岭镇人民政府" in proc.stdout and "2022-03-08" in proc.stdout and "36" in proc.stdout
    assert "芸埠镇" not in proc.stdout
    assert "12 report(s): 11 on time, 1 late, 0 undecided" in proc.stderr
    path = tmp_path / "zhejiang.csv"
    path.write_text(PROVINCE, encoding="utf-8")
    proc = _nianbao("audit", str(sample_out), "--late", "--deadlines", str(path))
    assert proc.returncode == 0 and "琮岭镇" not in proc.stdout
    assert "12 report(s): 12 on time, 0 late" in proc.stderr


def test_build_with_a_replacement_table_rechecks_the_cached_results(sample_out, tmp_path):
    out = tmp_path / "out"
    build([SAMPLES], out, jobs=2, progress=False, report=False)
    path = tmp_path / "zhejiang.csv"
    path.write_text(PROVINCE, encoding="utf-8")
    summary = build([SAMPLES], out, jobs=2, progress=False, report=False, deadlines=load_rules(path))
    assert summary["reused"] == 12 and summary["processed"] == 0
    reports = _csv(out / "reports.csv")
    assert {r["days_late"] for r in reports} == {"0"}
    late = next(r for r in reports if r["body"] == "琮岭镇人民政府" and r["year"] == "2021")
    assert late["deadline"] == "2022-03-31"
    checks = [c for c in _csv(out / "checks.csv") if c["check_id"] == "timeliness.deadline"]
    assert len(checks) == 12 and {c["status"] for c in checks} == {"pass"}
    assert not [f for f in _csv(out / "findings.csv") if f["check_id"] == "timeliness.deadline"]


def test_a_level_given_by_the_manifest_changes_the_deadline(tmp_path):
    """琮岭镇 filed as a county-level body (due 31 March) was on time; the text still says town."""
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("body,level\n琮岭镇人民政府,county\n", encoding="utf-8")
    out = tmp_path / "out"
    build([SAMPLES / "沣禾县" / "琮岭镇"], out, jobs=1, progress=False, report=False, manifest=manifest)
    late = next(r for r in _csv(out / "reports.csv") if r["year"] == "2021")
    assert (late["level"], late["deadline"], late["days_late"], late["overrides"]) == ("county", "2022-03-31", "0",
                                                                                          "level")
