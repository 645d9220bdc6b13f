"""Time and size of report.html and report.xlsx for a dataset of many reports.

The dataset is synthesised directly (no files are extracted): fictional reports from
corpus.synthetic.compose, some with planted source errors, turned into the dataset's rows by
corpus.rows exactly as a build would, with the failed checks and one finding per failure, written as
Parquet. Then the report writers run on that folder as `nianbao report` would.

    python bench/report_bench.py                 # 10,000 reports
    python bench/report_bench.py --reports 2000 --no-xlsx
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus import rows as R  # noqa: E402
from corpus.dataset import Dataset, Table  # noqa: E402
from corpus.generated import YEARS, county_name, template_of  # noqa: E402
from corpus.synthetic.compose import PLANTS, compose  # noqa: E402
from extract.categories import classify_label  # noqa: E402
from outputs import labels_zh as ZH  # noqa: E402
from outputs.parquet import write_parquet  # noqa: E402

CHECKS = ("active.items_sum", "t3.row_sum", "t3.results_sum", "t3.balance", "t4.sum", "text_vs_table.received",
          "text_vs_table.completed", "year.consistent", "completeness.parts", "cross_year.carry")
CELLS = {"t3.row_sum": "t3.new_received.total", "t3.results_sum": "t3.total_processed.total",
         "t3.balance": "t3.carried_forward.total", "t4.sum": "t4.review.total",
         "text_vs_table.received": "t3.new_received.total", "text_vs_table.completed": "t3.total_processed.total",
         "cross_year.carry": "t3.carried_over.total"}
SEVERITY = {"t3.row_sum": "error", "t3.results_sum": "error", "t3.balance": "error", "t4.sum": "error"}
FINDING_COLUMNS = ["body_key", "body", "year", "check_id", "severity", "where", "expected", "actual", "page",
                   "message", "report_id", "other_report_id", "path"]


@cache
def _classified(label: str) -> tuple[str | None, str | None]:
    return classify_label(label)


def synthesise(n: int, seed: int = 7) -> Dataset:
    """n reports of bodies × YEARS, one in ten with a planted error, one in twenty with a carry break."""
    rng = random.Random(seed)
    reports, facts, checks, wide, findings = [], [], [], [], []
    names: dict[int, tuple[str, str]] = {}
    for i in range(n):
        body_no, y = divmod(i, len(YEARS))
        year, county = YEARS[y], county_name(body_no // 20)
        place, body = names.get(body_no, (None, None))
        template = template_of(year)
        plant = [rng.choice([p for p in PLANTS if template != "narrative" or p == "active.items_sum"])] \
            if rng.random() < 0.1 else []
        syn = compose(seed * 1_000_003 + body_no, template=template, year=year, place=place, body=body, plant=plant)
        names[body_no] = (syn.place, syn.body)
        path = f"{county}/{body_no:05d}-{syn.place}/{year}.txt"
        rid = f"{i:016x}"
        failed = set(syn.truth["expected_fail"])
        if template != "narrative" and year > YEARS[0] and rng.random() < 0.05:
            failed.add("cross_year.carry")
        report_checks = []
        for check in CHECKS:
            if check.startswith(("t3.", "t4.", "text_vs", "cross_year")) and template == "narrative":
                continue
            status = "fail" if check in failed else "pass"
            cell = CELLS.get(check)
            report_checks.append({"id": check, "status": status, "severity": SEVERITY.get(check, "warning"),
                                  "message": f"{check} {status}", "expected": 1, "actual": 1 if status == "pass" else 2,
                                  "cells": [cell] if cell else []})
        text_facts = []
        for k, f in enumerate(syn.truth["facts"]):
            category, channel = _classified(f["label"]) if f["metric"] == "active.item" else (None, None)
            text_facts.append({**f, "category": category, "channel": channel, "unit": "条", "page": 1,
                               "start": 100 + 20 * k, "end": 104 + 20 * k, "text": f"{f['label'] or ''}{f['value']}条"})
        report = {"body": syn.body, "place": syn.place, "level": syn.level, "year": year, "published": syn.published,
                  "template": template, "facts": text_facts, "tables": syn.truth["tables"], "checks": report_checks,
                  "source": {"medium": "text", "pages": 1, "encoding": "utf-8"}}
        where = R.Located(county=county, county_source="folder")
        rows = R.report_rows(rid, path, f"{i:064x}", report, where, [])
        key = f"{county}/{syn.place}"
        rows["report"]["body_key"] = rows["wide"]["body_key"] = key
        reports.append(rows["report"])
        facts += rows["facts"]
        checks += rows["checks"]
        wide.append(rows["wide"])
        for c in report_checks:
            if c["status"] == "fail":
                cell = CELLS.get(c["id"])
                findings.append({"body_key": key, "body": syn.body, "year": year, "check_id": c["id"],
                                 "severity": c["severity"], "where": ZH.table_cell(cell) if cell else "正文",
                                 "expected": "1", "actual": "2", "page": 1, "message": c["message"],
                                 "report_id": rid, "other_report_id": None, "path": path})
    with_key = R.REPORT_COLUMNS[:4] + ["body_key"] + R.REPORT_COLUMNS[4:]
    wide_cols = R.wide_columns(wide)
    wide_cols.insert(2, wide_cols.pop(wide_cols.index("body_key")))
    return Dataset([
        Table("reports", with_key, reports), Table("facts", R.FACT_COLUMNS, facts),
        Table("checks", R.CHECK_COLUMNS, checks), Table("errors", R.ERROR_COLUMNS, []),
        Table("wide", wide_cols, wide, numeric_rest=True, fixed=(*R.WIDE_FIXED, "body_key")),
        Table("findings", FINDING_COLUMNS, findings),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--work", default=str(ROOT / "bench" / "_work" / "report"))
    parser.add_argument("--no-xlsx", action="store_true", help="time the HTML report only")
    parser.add_argument("--reuse", action="store_true", help="keep a dataset already synthesised in --work")
    args = parser.parse_args()

    from outputs.html_report import write_html
    from outputs.xlsx_report import write_xlsx

    work = Path(args.work)
    if not (args.reuse and (work / "reports.parquet").is_file()):
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        started = time.perf_counter()
        dataset = synthesise(args.reports)
        write_parquet(dataset, work)
        print(f"synthesised in {time.perf_counter() - started:.1f} s")
        del dataset
    import duckdb

    counts = {t: duckdb.sql(f"SELECT count(*) FROM read_parquet('{work / t}.parquet')").fetchall()[0][0]
              for t in ("reports", "facts", "checks", "findings")}
    bodies = duckdb.sql(f"SELECT count(DISTINCT body_key) FROM read_parquet('{work}/reports.parquet')").fetchall()[0][0]
    print(f"dataset: {counts['reports']:,} reports, {counts['facts']:,} facts, {counts['checks']:,} checks, "
          f"{counts['findings']:,} findings, {bodies:,} bodies")

    started = time.perf_counter()
    html = write_html(work)
    print(f"report.html: {time.perf_counter() - started:.1f} s, {html.stat().st_size / 1e6:.2f} MB "
          f"(limits: 60 s, 20 MB)")
    if not args.no_xlsx:
        started = time.perf_counter()
        xlsx = write_xlsx(work)
        print(f"report.xlsx: {time.perf_counter() - started:.1f} s, {xlsx.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
