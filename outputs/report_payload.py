"""The figures the HTML report draws, computed from a built dataset, as one compact JSON-ready dict.

Comparisons are per body and year. A body is `body_key` where the dataset has it (the audit's identity
of one office named differently over the years), else the body as printed. Where a body has several
reports for one year, the fullest (most facts and cells) speaks for it, as in the DuckDB view
`body_year`. Applications are 表三 一 (本年新收) where the report has 表三, else the narrative count.
Lists of rows are sent as arrays in a fixed column order (`*Cols`) to keep the file small.

A large dataset (more than `Limits.reports` reports: a province, the nation) is shown by aggregates, so
the page's size and the time to make it depend on the bodies shown, not on the reports or facts:
per-county figures (`counties`) for every county; the body index (every body's name, county, level,
reports and failed checks: what the page's body search looks in); and the report list, charts and
findings of the `Limits.bodies` bodies with the most failed checks, findings capped at
`Limits.findings`. `large` then says what is shown of how many; the full tables stay in the dataset.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from outputs import labels_zh as ZH
from outputs.report_data import BuiltDataset, ident

ACTIVE = "active.total"
APPS = ("derived.applications", "t3.new_received.total", "apply.received")  # the first present wins
REPORT_COLS = ["report_id", "body", "place", "level", "county", "year", "template", "medium", "status",
               "n_fail", "n_warn", "active", "applications", "path"]
FINDING_COLS = ["body", "year", "source", "check", "severity", "message", "expected", "actual", "evidence",
                "path"]


@dataclass(frozen=True)
class Limits:
    reports: int = 20_000  # above this many reports the page shows aggregates and the top bodies
    bodies: int = 500
    findings: int = 5_000


LIMITS = Limits()


def build_payload(data: BuiltDataset, title: str = "政府信息公开工作年度报告 · 数据概览",
                  limits: Limits = LIMITS) -> dict:
    """Everything report.js needs; see the module docstring for the conventions."""
    key = "body_key" if data.has("reports", "body_key") else "body"
    bodies, body_index = _bodies(data, key)
    n_reports = data.rows("SELECT count(*) FROM reports")[0][0]
    large = n_reports > limits.reports
    shown = _top_bodies(data, key, limits.bodies) if large else None
    reports = _reports(data, key, body_index, shown)
    chosen = _chosen_reports(reports)
    years = sorted({r[5] for r in reports if r[5] is not None})
    series = {"active": [], "apps": []}
    for (body, year), row in sorted(chosen.items()):
        if row[10] is not None:
            series["active"].append([body, year, row[10]])
        if row[11] is not None:
            series["apps"].append([body, year, row[11]])
    table_rows = [[r[0], bodies[r[1]] if r[1] is not None else None, *r[2:14]] for r in reports]
    checks, heat = _failed_heat(data, key, body_index)
    findings = _findings(data, key, body_index, bodies, shown, limits.findings if large else None)
    n_errors = data.rows("SELECT count(*) FROM errors")[0][0] if data.has("errors") else 0
    n_failed = sum(c for *_, c in heat)
    n_findings = data.rows("SELECT count(*) FROM (SELECT DISTINCT * FROM findings)")[0][0] \
        if data.has("findings") and large else len(findings["rows"])
    if large:
        shown_index = {body_index[k] for k in shown.keys if k in body_index}
        heat = [h for h in heat if h[0] in shown_index]
    return {
        "title": title,
        "folder": data.folder.name,
        "summary": {"reports": n_reports, "bodies": len(bodies), "years": years, "errors": n_errors,
                    "failed_checks": n_failed, "findings": n_findings},
        "large": {"reports": [len(reports), n_reports], "bodies": [len(shown.keys), len(bodies)],
                  "findings": [len(findings["rows"]), n_findings]} if large else None,
        "counties": _counties(data, key),
        "bodyStats": _body_stats(data, key, body_index, len(bodies)),
        "bodies": bodies,
        "bodyInfo": _body_info(reports, len(bodies)),
        "years": years,
        "series": series,
        "reportCols": REPORT_COLS,
        "reports": table_rows,
        "checks": checks,
        "checkNames": {c: ZH.CHECKS.get(c, c) for c in checks},
        "heat": heat,
        "coverage": _coverage(data, key, body_index, reports),
        "mix": _mix(data, chosen),
        "levelNames": ZH.LEVELS,
        "findingCols": FINDING_COLS,
        "findings": findings["rows"],
        "auditComputed": findings["audit"],
    }


def to_json(payload: dict) -> str:
    """JSON safe to place inside a <script> element."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _bodies(data: BuiltDataset, key: str) -> tuple[list[str], dict]:
    """Body keys in name order; the displayed name is the body as printed in its latest report."""
    rows = data.rows(f"""
        SELECT {ident(key)} AS k, arg_max(body, coalesce(year, 0)) AS name
        FROM reports WHERE {ident(key)} IS NOT NULL GROUP BY k ORDER BY name, k""")
    names = [name or k for k, name in rows]
    seen = Counter(names)
    names = [n if seen[n] == 1 else f"{n} ({k})" for n, (k, _) in zip(names, rows)]
    return names, {k: i for i, (k, _) in enumerate(rows)}


def _number(value):
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else round(value, 4)


@dataclass
class _Shown:
    keys: set


def _top_bodies(data: BuiltDataset, key: str, n: int) -> _Shown:
    """The n bodies with the most failed checks (then the most reports), as the temp table _shown."""
    data.con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _shown AS
        SELECT k FROM (
            SELECT r.{ident(key)} AS k, count(DISTINCT r.report_id) AS n_reports,
                   count(c.report_id) AS n_failed
            FROM reports AS r LEFT JOIN checks AS c ON c.report_id = r.report_id AND c.status = 'fail'
            WHERE r.{ident(key)} IS NOT NULL GROUP BY 1)
        ORDER BY n_failed DESC, n_reports DESC, k LIMIT {int(n)}""")
    return _Shown({k for (k,) in data.rows("SELECT k FROM _shown")})


def _counties(data: BuiltDataset, key: str) -> list[list]:
    """[province, county, reports, bodies, reports with a failed check (error), failed checks, on time,
    late, undated] per county, largest first."""
    late = "days_late" if data.has("reports", "days_late") else "CAST(NULL AS INTEGER)"
    rows = data.rows(f"""
        SELECT province, county, count(*), count(DISTINCT {ident(key)}), count(*) FILTER (WHERE n_fail > 0),
               coalesce(sum(n_fail + n_warn), 0), count(*) FILTER (WHERE {late} = 0),
               count(*) FILTER (WHERE {late} > 0), count(*) FILTER (WHERE {late} IS NULL)
        FROM reports GROUP BY 1, 2 ORDER BY 3 DESC, 2 NULLS LAST, 1 NULLS LAST""")
    return [[p, c, *(int(v) for v in rest)] for p, c, *rest in rows]


def _body_stats(data: BuiltDataset, key: str, body_index: dict, n: int) -> list[list]:
    """[reports, failed checks] per body: the index the page's body search shows."""
    stats: list[list] = [[0, 0] for _ in range(n)]
    for k, n_reports, n_failed in data.rows(f"""
            SELECT {ident(key)}, count(*), coalesce(sum(n_fail + n_warn), 0) FROM reports
            WHERE {ident(key)} IS NOT NULL GROUP BY 1"""):
        if k in body_index:
            stats[body_index[k]] = [int(n_reports), int(n_failed)]
    return stats


def _reports(data: BuiltDataset, key: str, body_index: dict, shown: _Shown | None = None) -> list[list]:
    """One row per report in REPORT_COLS order (body as index), plus its facts+cells count last; only the
    shown bodies' reports when `shown` is given."""
    wide_cols = data.columns["wide"]
    active = f"w.{ident(ACTIVE)}" if ACTIVE in wide_cols else "NULL"
    apps = [f"w.{ident(c)}" for c in APPS if c in wide_cols]
    apps_sql = f"coalesce({', '.join(apps)})" if len(apps) > 1 else (apps[0] if apps else "NULL")
    rows = data.rows(f"""
        SELECT r.report_id, r.{ident(key)}, r.place, r.level, r.county, r.year, r.template, r.medium, r.status,
               r.n_fail, r.n_warn, {active}, {apps_sql}, r.path, coalesce(r.n_facts, 0) + coalesce(r.n_cells, 0)
        FROM reports AS r LEFT JOIN wide AS w ON w.report_id = r.report_id
        {f"WHERE r.{ident(key)} IN (SELECT k FROM _shown)" if shown is not None else ""}
        ORDER BY r.{ident(key)} NULLS LAST, r.year NULLS LAST, r.path""")
    out = []
    for row in rows:
        row = list(row)
        row[1] = body_index.get(row[1])
        row[5] = int(row[5]) if row[5] is not None else None
        row[11], row[12] = _number(row[11]), _number(row[12])
        out.append(row)
    return out


def _chosen_reports(reports: list[list]) -> dict[tuple[int, int], list]:
    """(body, year) -> [report_id, ..., active, apps] of the fullest report of that body and year."""
    best: dict[tuple[int, int], list] = {}
    for r in reports:
        if r[1] is None or r[5] is None:
            continue
        k = (r[1], r[5])
        if k not in best or r[14] > best[k][14]:
            best[k] = r
    return {k: [r[0], *r[1:10], r[11], r[12], r[14]] for k, r in best.items()}


def _body_info(reports: list[list], n: int) -> list[list]:
    """[county, level] per body, from its latest report."""
    info: list[list] = [[None, None] for _ in range(n)]
    for r in reports:  # sorted by body then year: the last one seen is the latest
        if r[1] is not None:
            info[r[1]] = [r[4], r[3]]
    return info


def _coverage(data: BuiltDataset, key: str, body_index: dict, reports: list[list]) -> list[list]:
    """[body, year, number of reports, days late] for every body and year that has any. Days late is
    that of the earliest publication (as in the DuckDB view `timeliness`): 0 when on time, null when
    no report of the body and year could be dated (or a dataset built without it)."""
    counts = Counter((r[1], r[5]) for r in reports if r[1] is not None and r[5] is not None)
    late: dict[tuple[int, int], int] = {}
    if data.has("reports", "days_late"):
        for k, year, days in data.rows(f"""
                SELECT {ident(key)}, year, min(days_late) FROM reports
                WHERE {ident(key)} IS NOT NULL AND year IS NOT NULL AND days_late IS NOT NULL GROUP BY ALL"""):
            if k in body_index:
                late[(body_index[k], int(year))] = int(days)
    return [[b, y, n, late.get((b, y))] for (b, y), n in sorted(counts.items())]


def _failed_heat(data: BuiltDataset, key: str, body_index: dict) -> tuple[list[str], list[list[int]]]:
    """Check ids that failed anywhere, and [body, check, failed results] (the checks table holds the
    cross-report checks of the audit as well)."""
    counts: Counter = Counter()
    for k, check, n in data.rows(f"""
            SELECT r.{ident(key)}, c.check_id, count(*) FROM checks AS c JOIN reports AS r USING (report_id)
            WHERE c.status = 'fail' AND r.{ident(key)} IS NOT NULL GROUP BY ALL"""):
        if k in body_index:
            counts[(body_index[k], check)] += n
    order = list(ZH.CHECKS)
    checks = sorted({c for _, c in counts}, key=lambda c: (order.index(c) if c in order else len(order), c))
    index = {c: i for i, c in enumerate(checks)}
    return checks, [[b, index[c], n] for (b, c), n in sorted(counts.items())]


def _findings(data: BuiltDataset, key: str, body_index: dict, bodies: list[str], shown: _Shown | None = None,
              cap: int | None = None) -> dict:
    """Every finding with its evidence as [where (Chinese), as printed, page].

    With the audit's findings table, its rows (each failed check broken down to the row, column or
    sentence, named as printed); without it, the failed checks, their cells looked up in facts.
    """
    if data.has("findings"):
        cols = data.columns["findings"]
        body = f"f.{ident(key)}" if key in cols else "r." + ident(key)
        def col(name):  # noqa: E306
            return f"f.{ident(name)}" if name in cols else "NULL"
        rows = []
        for k, year, check, severity, message, expected, actual, where, page, path in data.rows(f"""
                SELECT DISTINCT {body}, {col('year')}, {col('check_id')}, {col('severity')}, {col('message')},
                       CAST({col('expected')} AS VARCHAR), CAST({col('actual')} AS VARCHAR), {col('where')},
                       {col('page')}, {col('path')}
                FROM findings AS f LEFT JOIN reports AS r ON r.report_id = f.report_id
                {f"WHERE r.{ident(key)} IN (SELECT k FROM _shown)" if shown is not None else ""}
                ORDER BY 1, 2, 10, 3, 8 {f"LIMIT {int(cap)}" if cap else ""}"""):  # DISTINCT: the same cell named twice is one finding to read
            source = "cross" if str(check or "").startswith("cross_") else "report"
            rows.append([_body_name(k, body_index, bodies), year, source, check, severity, message, expected, actual,
                         [[where or "", None, _number(page)]], path])
        return {"rows": rows, "audit": True}
    failed = data.rows(f"""
        SELECT r.{ident(key)}, r.year, c.check_id, c.severity, c.message, CAST(c.expected AS VARCHAR),
               CAST(c.actual AS VARCHAR), c.cells, r.path, c.report_id
        FROM checks AS c JOIN reports AS r USING (report_id)
        WHERE c.status = 'fail' {f"AND r.{ident(key)} IN (SELECT k FROM _shown)" if shown is not None else ""}
        ORDER BY r.{ident(key)}, r.year, r.path, c.check_id {f"LIMIT {int(cap)}" if cap else ""}""")
    lookup = _fact_lookup(data, {row[9] for row in failed})
    rows = []
    for k, year, check, severity, message, expected, actual, cells, path, rid in failed:
        source = "cross" if str(check or "").startswith("cross_") else "report"
        rows.append([_body_name(k, body_index, bodies), year, source, check, severity, message, expected, actual,
                     _evidence(cells, rid, lookup), path])
    return {"rows": rows, "audit": False}


def _body_name(k, body_index: dict, bodies: list[str]) -> str | None:
    return bodies[body_index[k]] if k in body_index else k


def _fact_lookup(data: BuiltDataset, report_ids: set[str]) -> dict:
    """(report_id, table metric) -> (raw, value, page) and (report_id, text start) -> (text, page)."""
    if not report_ids:
        return {}
    data.con.execute("CREATE OR REPLACE TEMP TABLE _failed_reports (report_id VARCHAR)")
    data.con.executemany("INSERT INTO _failed_reports VALUES (?)", [[r] for r in sorted(report_ids)])
    lookup: dict = {}
    for rid, metric, source, raw, value, page, start, text in data.rows("""
            SELECT f.report_id, f.metric, f.source, f.raw, f.value, f.page, f.start, f.text
            FROM facts AS f JOIN _failed_reports USING (report_id)"""):
        if source == "table":
            lookup[(rid, metric)] = (raw, value, page)
        elif start is not None:
            lookup.setdefault((rid, int(start)), (text, page))
    return lookup


def _evidence(cells, rid: str, lookup: dict) -> list[list]:
    """The check's cells and spans as [where (Chinese), as printed, page]."""
    if not cells:
        return []
    try:
        refs = json.loads(cells) if isinstance(cells, str) else cells
    except json.JSONDecodeError:
        return [["", str(cells), None]]
    out = []
    for ref in refs if isinstance(refs, list) else [refs]:
        if isinstance(ref, dict):  # a text span quoted by the check itself
            page = lookup.get((rid, ref.get("start")), (None, None))[1]
            where = f"正文 · {ref['label']}" if ref.get("label") else "正文"
            out.append([where, ref.get("text"), _number(page)])
        elif isinstance(ref, str) and ZH.is_table_ref(ref):
            raw, value, page = lookup.get((rid, ref), (None, None, None))
            shown = raw if raw not in (None, "") else ("(空白)" if value is None else _number(value))
            out.append([ZH.table_cell(ref), shown, _number(page)])
        elif isinstance(ref, str) and ref.startswith("text:"):
            start = ref[5:].split("-")[0]
            text, page = lookup.get((rid, int(start)) if start.isdigit() else None, (None, None))
            out.append(["正文", text or f"文本位置 {ref[5:]}", _number(page)])
        elif isinstance(ref, str) and ref.startswith("section:"):
            section = ref.split(":")[1]
            out.append([f"部分 · {ZH.SECTIONS.get(section, section)}", "", None])
        else:
            out.append(["", str(ref), None])
    return out


def _mix(data: BuiltDataset, chosen: dict) -> dict | None:
    """Category and channel sums of each body-year's chosen report: wide's category.* / channel.* columns
    where the dataset has them, else the active.item facts grouped by their category and channel."""
    wide_cols = data.columns["wide"]
    by_report = {row[0]: k for k, row in chosen.items()}
    data.con.execute("CREATE OR REPLACE TEMP TABLE _chosen (report_id VARCHAR)")
    if by_report:
        import pyarrow as pa

        ids = pa.table({"report_id": sorted(by_report)})  # noqa: F841  (read by DuckDB by name)
        data.con.execute("INSERT INTO _chosen SELECT report_id FROM ids")
    sums: dict[str, dict] = {"category": defaultdict(float), "channel": defaultdict(float)}
    listed = [c for c in wide_cols if c.startswith(("category.", "channel."))]
    if listed:
        select = ", ".join(ident(c) for c in listed)
        for rid, *values in data.rows(f"SELECT report_id, {select} FROM wide SEMI JOIN _chosen USING (report_id)"):
            if rid in by_report:
                for column, value in zip(listed, values):
                    if value is not None:
                        kind, cid = column.split(".", 1)
                        sums[kind][(*by_report[rid], cid)] += float(value)
    elif data.has("facts", "category"):
        channel = "channel" if data.has("facts", "channel") else "NULL"
        for rid, cat, chan, value in data.rows(f"""
                SELECT report_id, category, {channel}, value FROM facts SEMI JOIN _chosen USING (report_id)
                WHERE metric = 'active.item' AND value IS NOT NULL"""):
            if rid in by_report:
                if chan:
                    sums["channel"][(*by_report[rid], chan)] += float(value)
                elif cat:
                    sums["category"][(*by_report[rid], cat)] += float(value)
    if not sums["category"] and not sums["channel"]:
        return None
    out = {}
    for kind, names in (("category", ZH.CATEGORIES), ("channel", ZH.CHANNELS)):
        ids = sorted({k[2] for k in sums[kind]}, key=lambda c: (list(names).index(c) if c in names else 99, c))
        index = {c: i for i, c in enumerate(ids)}
        out[kind] = {"ids": ids, "names": [names.get(c, c) for c in ids],
                     "rows": [[b, y, index[c], _number(v)] for (b, y, c), v in sorted(sums[kind].items())]}
    return out
