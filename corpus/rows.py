"""Report dicts -> the rows of the corpus dataset (SCHEMA.md §3).

Pure functions of their inputs, so a resumed, a parallel and a Dask run give the same rows. Table cells
become fact rows too (source `table`, with table, row, col and the cell as printed), and every cell and
every unlabelled narrative metric becomes one column of the wide table.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extract.categories import category_columns
from extract.deadlines import CHECK_ID as TIMELINESS
from extract.deadlines import Rule, days_late, default_rules, recheck

REPORT_COLUMNS = [
    "report_id", "path", "sha256", "body", "place", "level", "county", "province", "county_source",
    "province_source", "overrides", "year", "published", "released", "released_source", "deadline", "days_late",
    "template", "medium", "pages", "encoding",
    "n_facts", "n_cells", "n_checks", "n_fail", "n_warn", "n_uncertain", "n_warnings", "status",
    "duplicates",
]
FACT_COLUMNS = [
    "report_id", "metric", "label", "value", "unit", "approx", "category", "channel", "nested", "source",
    "table", "row", "col", "raw", "kind", "page", "start", "end", "text", "read_by", "rule",
]
CHECK_COLUMNS = ["report_id", "check_id", "status", "severity", "message", "expected", "actual", "cells"]
ERROR_COLUMNS = ["path", "sha256", "stage", "error", "message"]
DUPLICATE_COLUMNS = ["path", "sha256", "report_id", "same_as"]
WIDE_FIXED = ["report_id", "body", "place", "level", "county", "province", "year", "released", "released_source",
              "days_late", "template", "status"]

TEXT_ORDER = [
    "active.total", "active.cumulative", "apply.received", "apply.carried_over", "apply.completed",
    "apply.carried_forward", "review.total", "litigation.total", "complaint.total", "fees.amount",
    "interpretation.total",
]


def report_id(sha256: str) -> str:
    """Stable across runs and machines: the first 16 hex digits of the content hash."""
    return sha256[:16]


def _scalar(value: Any) -> Any:
    """A CSV-friendly cell: numbers and strings as they are, anything nested as JSON."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _is_cell(node: Any) -> bool:
    return not isinstance(node, dict) or "kind" in node or ("raw" in node and "value" in node)


def table_cells(tables: dict) -> Iterator[tuple[str, list[str], dict]]:
    """(table, key path, cell dict) for every cell, in the order extraction gave them."""
    def walk(node: Any, keys: list[str]) -> Iterator[tuple[list[str], dict]]:
        if _is_cell(node):
            cell = node if isinstance(node, dict) else {"value": node, "raw": None, "kind": None}
            yield keys, cell
            return
        for key, child in node.items():
            yield from walk(child, [*keys, str(key)])

    for name, table in (tables or {}).items():
        for keys, cell in walk(table, []):
            yield name, keys, cell


@dataclass
class Located:
    """The geography and overrides that apply to one report."""

    county: str | None = None
    province: str | None = None
    county_source: str | None = None
    province_source: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)


def locate(text_geo: dict | None, folder_geo: dict, manifest_values: dict) -> Located:
    """Manifest first, then the report's own text, then the folder names; each field says which."""
    out = Located(overrides={k: v for k, v in manifest_values.items() if k in ("body", "place", "level", "year")})
    for name in ("county", "province"):
        for source, values in (("manifest", manifest_values), ("text", text_geo or {}), ("folder", folder_geo)):
            if values.get(name):
                setattr(out, name, values[name])
                setattr(out, f"{name}_source", source)
                break
    return out


def with_deadlines(report: dict, where: Located, deadlines: tuple[Rule, ...] | None) -> dict:
    """The report dict with timeliness.deadline made again where its result may differ from the worker's:
    under other rules (`deadlines`), or for the level or year the manifest gives."""
    given = {k: v for k, v in where.overrides.items() if k in ("level", "year")}
    if deadlines is None and not given:
        return report
    return {**report, "checks": recheck({**report, **given}, deadlines or default_rules())["checks"]}


def report_rows(rid: str, path: str, sha256: str, report: dict, where: Located, duplicates: list[str]) -> dict:
    """One report's rows: {"report": row, "facts": [...], "checks": [...], "wide": row}."""
    src = report.get("source") or {}
    merged = {k: report.get(k) for k in ("body", "place", "level", "year", "published", "released",
                                         "released_source", "template")}
    merged.update(where.overrides)
    checks = report.get("checks") or []
    timely = next((c for c in checks if c.get("id") == TIMELINESS), {})
    failed = [c for c in checks if c.get("status") == "fail"]
    n_fail = sum(1 for c in failed if c.get("severity") == "error")
    n_warn = len(failed) - n_fail
    facts = [_text_fact_row(rid, f) for f in report.get("facts") or []]
    cells = [_cell_row(rid, t, keys, c) for t, keys, c in table_cells(report.get("tables") or {})]
    status = "fail" if n_fail else ("warn" if n_warn else "ok")
    row = {
        "report_id": rid, "path": path, "sha256": sha256, **merged,
        "county": where.county, "province": where.province,
        "county_source": where.county_source, "province_source": where.province_source,
        "overrides": ";".join(sorted(where.overrides)) or None,
        "deadline": timely.get("expected"), "days_late": days_late(timely),
        "medium": src.get("medium"), "pages": src.get("pages"), "encoding": src.get("encoding"),
        "n_facts": len(facts), "n_cells": len(cells), "n_checks": len(checks), "n_fail": n_fail,
        "n_warn": n_warn, "n_uncertain": sum(1 for c in checks if c.get("status") == "uncertain"),
        "n_warnings": len(report.get("warnings") or []), "status": status,
        "duplicates": " | ".join(duplicates) or None,
    }
    check_rows = [{
        "report_id": rid, "check_id": c.get("id"), "status": c.get("status"), "severity": c.get("severity"),
        "message": c.get("message"), "expected": _scalar(c.get("expected")), "actual": _scalar(c.get("actual")),
        "cells": _scalar(c.get("cells")) if c.get("cells") else None,
    } for c in checks]
    wide = {k: row[k] for k in WIDE_FIXED}
    for f in report.get("facts") or []:
        if f.get("label") is None and f.get("metric") and f.get("value") is not None:
            wide.setdefault(f["metric"], f["value"])  # the first statement of a metric in the text
    for c in cells:
        wide.setdefault(c["metric"], c["value"])
    wide.update(category_columns(report))  # category.<id> / channel.<id>: NULL where no breakdown names it
    return {"report": row, "facts": facts + cells, "checks": check_rows, "wide": wide}


def _text_fact_row(rid: str, f: dict) -> dict:
    return {
        "report_id": rid, "metric": f.get("metric"), "label": f.get("label"), "value": f.get("value"),
        "unit": f.get("unit"), "approx": bool(f.get("approx")), "category": f.get("category"),
        "channel": f.get("channel"), "nested": bool(f.get("nested")), "source": "text", "table": None,
        "row": None, "col": None, "raw": None,
        "kind": None, "page": f.get("page"), "start": f.get("start"), "end": f.get("end"),
        "text": f.get("text"), "read_by": f.get("source", "text"), "rule": f.get("rule"),
    }


def _cell_row(rid: str, table: str, keys: list[str], cell: dict) -> dict:
    value = cell.get("value")
    if value is not None and not isinstance(value, (int, float)):
        value = None  # a cell read as text has no number; its raw form stays
    return {
        "report_id": rid, "metric": ".".join([table, *keys]), "label": None, "value": value, "unit": None,
        "approx": False, "category": None, "channel": None, "nested": False, "source": "table", "table": table,
        "row": keys[0] if keys else None, "col": ".".join(keys[1:]) or None, "raw": cell.get("raw"),
        "kind": cell.get("kind"), "page": cell.get("page"), "start": None, "end": None, "text": None,
        "read_by": cell.get("source", "text"), "rule": None,
    }


def error_row(path: str, sha256: str | None, error: dict) -> dict:
    return {"path": path, "sha256": sha256, "stage": error.get("stage"), "error": error.get("error"),
            "message": error.get("message")}


def wide_columns(rows: list[dict]) -> list[str]:
    """Fixed columns, then narrative metrics (SCHEMA order first), then table cells as first met."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    names = [k for k in seen if k not in WIDE_FIXED]
    text = [k for k in TEXT_ORDER if k in seen] + [k for k in names if k not in TEXT_ORDER and not _is_table(k)]
    tables = [k for k in names if _is_table(k)]
    return WIDE_FIXED + text + tables


def _is_table(metric: str) -> bool:
    return metric.split(".", 1)[0] in ("t2", "t2_2019", "t3", "t4")
