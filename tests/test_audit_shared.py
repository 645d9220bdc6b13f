"""Acceptance on the shared corpus (read in place): 平潭 year pairs, and findings located in the report's words."""

from __future__ import annotations

import csv
import re
import unicodedata

import pytest

import nianbao
from corpus.coverage import coverage
from corpus.printed import T2_COLUMNS, T2_ROWS, T2_SINGLE, T3_COLUMNS, T3_ROWS, T4_BLOCKS, T4_COLUMNS
from nianbao.cli import main
from nianbao.corpus_build import build

PINGTAN = "fujian_pingtan-zongheshiyanqu_"
_QUOTED = re.compile(r"(缺少 )?((?:“[^”]*”、?)+)")
_ITEM = re.compile(r"“([^”]*)”")
_NUMBERING = re.compile(r"^(\([一二三四五六七八]\)|[一二三四]、|\d\.)")
_TEMPLATE_LABELS = {*T3_ROWS.values(), *T3_COLUMNS.values(), *T4_BLOCKS.values(), *T4_COLUMNS.values(),
                    *T2_ROWS.values(), *T2_COLUMNS.values(), *T2_SINGLE.values()}


@pytest.fixture(scope="module")
def shared_build(shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("shared_audit")
    build([shared_dir / "corpus"], out, jobs=2, progress=False, report=False)
    return out


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_pingtan_consecutive_reports_get_carry_and_reuse_results(shared_build):
    reports = [r for r in _csv(shared_build / "reports.csv") if PINGTAN in r["path"] and r["path"].endswith(".txt")]
    years = sorted(int(r["year"]) for r in reports)
    assert years == [2015, 2016, 2018, 2019, 2021, 2022, 2024]
    assert len({r["body_key"] for r in reports}) == 1
    by_id = {r["report_id"]: r for r in reports}
    checks = [c for c in _csv(shared_build / "checks.csv") if c["report_id"] in by_id]
    reuse = {int(by_id[c["report_id"]]["year"]): c for c in checks if c["check_id"] == "cross_year.text_reuse"}
    assert sorted(reuse) == years[1:]
    print()
    for prev, year in zip(years, years[1:]):
        c = reuse[year]
        assert c["status"] in ("pass", "fail") and c["actual"]
        print(f"平潭综合实验区 {prev}→{year}: cross_year.text_reuse {float(c['actual']):.1%} ({c['status']}): "
              f"{c['message']}")
    carry = {int(by_id[c["report_id"]]["year"]): c for c in checks if c["check_id"] == "cross_year.carry"}
    with_t3 = sorted(int(r["year"]) for r in reports if r["template"] in ("t2019", "t2021", "hybrid"))
    pairs = [(a, b) for a, b in zip(years, years[1:]) if a in with_t3 and b in with_t3]
    assert pairs and sorted(carry) == [b for _, b in pairs]
    for prev, year in pairs:
        print(f"平潭综合实验区 {prev}→{year}: cross_year.carry {carry[year]['status']}: {carry[year]['message']}")
    assert carry[2022]["status"] == "pass"  # 2021 and 2022 are consecutive years with both tables
    assert carry[2021]["status"] == "uncertain"  # no 2020 report to compare with


def test_every_finding_names_its_place_in_the_reports_words(shared_build):
    findings = _csv(shared_build / "findings.csv")
    assert findings
    texts: dict[str, str] = {}
    for f in findings:
        where = f["where"]
        assert where.startswith(("表二", "表三", "表四", "章节", "句", "统计表")), where
        if f["path"] not in texts:
            texts[f["path"]] = _compact(nianbao.read(f["path"]).text)
        text = texts[f["path"]]
        quoted = 0
        for missing, group in _QUOTED.findall(where):
            for item in _ITEM.findall(group):
                quoted += 1
                if missing:
                    continue  # a part the report lacks, named in the layout's words
                if item in _TEMPLATE_LABELS:  # a table label: its own words are printed in the report
                    words = _NUMBERING.sub("", item.split(" ")[-1]).replace("“", "").replace("”", "")
                    assert _compact(words.split("(")[0]) in text.replace("“", "").replace("”", ""), (where, words)
                    continue
                assert _compact(item) in text, (f["path"], where, item)
        assert quoted, where
        assert f["severity"] in ("error", "warning") and f["expected"] != "" and f["actual"] != ""


def test_audit_command_filters_by_body_and_year(shared_build, capsys):
    assert main(["audit", str(shared_build), "--body", "平潭", "--year", "2019"]) == 0
    out = capsys.readouterr().out
    assert "平潭综合实验区" in out and "2019 active.items_sum" in out
    heads = [line for line in out.splitlines() if re.match(r"^\d{4} ", line)]
    assert heads and all(line.startswith("2019 ") for line in heads)
    assert main(["audit", str(shared_build), "--body", "no such body"]) == 0
    assert not [line for line in capsys.readouterr().out.splitlines() if re.match(r"^\d{4} ", line)]


def test_coverage_lists_the_missing_years(shared_build, capsys):
    listing = {c.body_key: c for c in coverage(shared_build, county="平潭", first=2015, last=2024)}
    assert listing["平潭综合实验区"].missing == [2017, 2020, 2023]
    assert main(["audit", str(shared_build), "--coverage", "--county", "平潭"]) == 0
    assert "平潭综合实验" in capsys.readouterr().out
