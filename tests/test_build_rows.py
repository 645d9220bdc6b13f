"""The dataset rows say what the report JSON says: every fact, every table cell, every check."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import nianbao
from corpus.rows import table_cells
from nianbao.corpus_build import build
from outputs.csv import format_value


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    from corpus.synthetic.compose import compose
    from corpus.synthetic.text import render_text

    folder = tmp_path_factory.mktemp("two")
    for name, template, year in (("a.txt", "t2021", 2022), ("b.txt", "t2019", 2020)):
        (folder / name).write_bytes(render_text(compose(31, template=template, year=year, plant=("t3.row_sum",))))
    out = tmp_path_factory.mktemp("out")
    build([folder], out, jobs=1, progress=False, report=False)
    tables = {name: list(csv.DictReader(io.StringIO((out / f"{name}.csv").read_text(encoding="utf-8-sig"))))
              for name in ("reports", "facts", "checks", "wide")}
    reports = {Path(p).name: nianbao.extract(p).to_dict() for p in sorted(map(str, folder.iterdir()))}
    return {"tables": tables, "json": reports}


def _id_of(built: dict, name: str) -> str:
    return next(r["report_id"] for r in built["tables"]["reports"] if r["path"].endswith(name))


@pytest.mark.parametrize("name", ["a.txt", "b.txt"])
def test_every_table_cell_is_a_fact_row(built, name):
    rid = _id_of(built, name)
    rows = {r["metric"]: r for r in built["tables"]["facts"] if r["report_id"] == rid and r["source"] == "table"}
    cells = list(table_cells(built["json"][name]["tables"]))
    assert cells, "the generated report has template tables"
    assert len(rows) == len(cells)
    for table, keys, cell in cells:
        row = rows[".".join([table, *keys])]
        assert (row["table"], row["row"]) == (table, keys[0])
        assert row["raw"] == format_value(cell.get("raw"))
        assert row["value"] == format_value(cell.get("value") if isinstance(cell.get("value"), (int, float)) else None)


@pytest.mark.parametrize("name", ["a.txt", "b.txt"])
def test_text_facts_and_checks_are_rows(built, name):
    rid = _id_of(built, name)
    report = built["json"][name]
    text_rows = [r for r in built["tables"]["facts"] if r["report_id"] == rid and r["source"] == "text"]
    assert [(r["metric"], r["value"], r["start"]) for r in text_rows] == [
        (f["metric"], format_value(f["value"]), str(f["start"])) for f in report["facts"]]
    check_rows = [r for r in built["tables"]["checks"] if r["report_id"] == rid]
    assert [(r["check_id"], r["status"]) for r in check_rows][: len(report["checks"])] == [
        (c["id"], c["status"]) for c in report["checks"]]
    summary = next(r for r in built["tables"]["reports"] if r["report_id"] == rid)
    failed_errors = sum(1 for c in report["checks"] if c["status"] == "fail" and c["severity"] == "error")
    assert summary["n_fail"] == str(failed_errors)
    failed_warnings = sum(1 for c in report["checks"] if c["status"] == "fail" and c["severity"] != "error")
    assert summary["status"] == ("fail" if failed_errors else "warn" if failed_warnings else "ok")


def test_wide_has_one_column_per_cell_with_its_value(built):
    wide = {r["report_id"]: r for r in built["tables"]["wide"]}
    for name in ("a.txt", "b.txt"):
        row = wide[_id_of(built, name)]
        for table, keys, cell in table_cells(built["json"][name]["tables"]):
            value = cell.get("value") if isinstance(cell.get("value"), (int, float)) else None
            assert row[".".join([table, *keys])] == format_value(value)
    columns = list(built["tables"]["wide"][0].keys())
    assert "t3.total_processed.total" in columns
    assert columns.index("t3.total_processed.total") > columns.index("status")
