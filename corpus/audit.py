"""The cross-report pass of a corpus run: body keys, cross-year and cross-body checks, findings.

`add_cross_report` runs after the per-report rows are made. It keys every report to its body
(corpus.identity), checks each body's consecutive reports (corpus.crossyear, corpus.reuse), groups
near-identical reports of different bodies (corpus.reuse), adds the derived metrics (corpus.derived)
and turns every failed check into a finding (corpus.findings). It reads no file: everything comes from
the per-file results, which carry the sentence fingerprints the workers made.
"""

from __future__ import annotations

import json
from typing import Any

from corpus.crossyear import cross_year_checks
from corpus.derived import DERIVED, derived_metrics
from corpus.findings import FINDING_COLUMNS, check_findings, finding_rows
from corpus.identity import Filed, body_key, by_body
from corpus.reuse import ReuseSettings, reuse_pass

CLONE_COLUMNS = ["cluster_id", "year", "report_id", "body_key", "body", "similarity", "size", "path"]


def _scalar(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _insert_after(columns: list[str], after: str, names: list[str]) -> None:
    names = [n for n in names if n not in columns]
    at = columns.index(after) + 1 if after in columns else len(columns)
    columns[at:at] = names


def check_row(result: dict) -> dict:
    """The checks row of one cross-report result."""
    return {
        "report_id": result["report_id"], "check_id": result["check_id"], "status": result["status"],
        "severity": result["severity"], "message": result["message"], "expected": _scalar(result["expected"]),
        "actual": _scalar(result["actual"]),
        "cells": _scalar([*result.get("cells", []), f"report:{result['other_report_id']}"]),
    }


def add_cross_report(dataset, entries: dict[str, dict], settings: ReuseSettings | None = None) -> dict:
    """Extend the dataset of a run in place; returns the new tables as {name: (columns, rows)}.

    dataset: the run's tables (reports, wide, checks; rows as dicts). entries: the per-file results
    by sha256 ({"report": dict, "reuse": fingerprint, …}). Adds body_key to reports and wide, the
    derived metrics to wide, the cross-report check results to checks; returns `findings` (every failed
    check, located) and `clones` (groups of near-identical reports of different bodies).
    """
    reports, wide, checks = dataset["reports"], dataset["wide"], dataset["checks"]
    filed: list[Filed] = []
    base: dict[str, dict] = {}
    for row in reports.rows:
        row["body_key"] = body_key(row.get("body"), row.get("place"), row.get("level"), row.get("county"))
        entry = entries.get(row["sha256"]) or {}
        report = entry.get("report") or {}
        filed.append(Filed(row["report_id"], row["body_key"], row.get("body") or row.get("place"), row.get("year"),
                           row["path"], report, entry.get("reuse"), row.get("county")))
        base[row["report_id"]] = {"body_key": row["body_key"], "body": row.get("body") or row.get("place"),
                                  "year": row.get("year"), "report_id": row["report_id"], "path": row["path"]}
    _insert_after(reports.columns, "body", ["body_key"])

    series, _aside = by_body(filed)
    cross = cross_year_checks(series)
    reuse = reuse_pass(series, settings)
    results = cross + reuse["year_to_year"] + reuse["cross_body"]

    findings: list[dict] = []
    for f in filed:
        for check in f.report.get("checks") or []:
            if check.get("status") == "fail":
                findings += finding_rows(base[f.report_id], check_findings(f.report, check), check)
    for result in results:
        checks.rows.append(check_row(result))
        if result["status"] == "fail":
            findings += finding_rows(base[result["report_id"]], result["findings"], result)

    share = {r["report_id"]: r.get("share") for r in reuse["year_to_year"]}
    key_of = {row["report_id"]: row["body_key"] for row in reports.rows}
    for row in wide.rows:
        row["body_key"] = key_of.get(row["report_id"])
        row.update(derived_metrics(row))
        row["derived.text_reuse_share"] = share.get(row["report_id"])
    wide.fixed = (*wide.fixed, "body_key") if "body_key" not in wide.fixed else wide.fixed
    _insert_after(wide.columns, "body", ["body_key"])
    _insert_after(wide.columns, "status", list(DERIVED))
    severity = {"error": 0, "warning": 1}
    findings.sort(key=lambda r: (r["body_key"] or "", r["year"] or 0, severity.get(r["severity"], 2),
                                 r["check_id"] or "", r["path"]))
    return {"findings": (FINDING_COLUMNS, findings), "clones": (CLONE_COLUMNS, reuse["clones"])}
