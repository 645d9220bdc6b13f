"""The dataset as one DuckDB file: the tables, and views for the questions asked most.

Views: `body_year` (one row per body and year: the wide row of the fullest report, with how many
reports there were), `failed_checks` (every failed check with its report's body, year and path),
`error_summary` (files that could not be read, by stage and kind), `coverage` (reports per county,
province and year), `timeliness` (per county and year: the county's bodies, and how many of them
published on time, late, without a date, or not at all).

In `timeliness` a body is a `body_key`; the county's bodies are those with a report in any year, and
its years run from the first to the last year any of them has a report. A body with several reports for
a year counts once, by its earliest publication (on time if any report was).
"""

from __future__ import annotations

import os
from pathlib import Path

from corpus.dataset import Dataset

MEMORY_MB = 400

VIEWS = {
    "body_year": """
        SELECT * EXCLUDE (rn) FROM (
            SELECT w.*, count(*) OVER (PARTITION BY w.body, w.year) AS n_reports,
                   row_number() OVER (PARTITION BY w.body, w.year
                                      ORDER BY r.n_facts + r.n_cells DESC, r.path) AS rn
            FROM wide AS w JOIN reports AS r ON r.report_id = w.report_id
            WHERE w.body IS NOT NULL AND w.year IS NOT NULL)
        WHERE rn = 1""",
    "failed_checks": """
        SELECT r.body, r.year, r.county, r.province, c.check_id, c.severity, c.message, c.expected,
               c.actual, c.cells, r.path, c.report_id
        FROM checks AS c JOIN reports AS r ON r.report_id = c.report_id
        WHERE c.status = 'fail'""",
    "error_summary": """
        SELECT stage, error, count(*) AS files, min(message) AS example
        FROM errors GROUP BY stage, error""",
    "body_year_category": """
        SELECT b.body, b.year, b.county,
               CASE WHEN f.category IS NOT NULL THEN 'category' ELSE 'channel' END AS kind,
               coalesce(f.category, f.channel) AS id, sum(f.value) AS items, count(*) AS n_labels
        FROM facts AS f JOIN body_year AS b ON b.report_id = f.report_id
        WHERE f.metric = 'active.item' AND f.value IS NOT NULL AND NOT coalesce(f.nested, false)
        GROUP BY ALL""",
    "timeliness": """
        WITH body AS (
            SELECT county, body_key, year, min(days_late) AS days_late
            FROM reports WHERE body_key IS NOT NULL AND year IS NOT NULL GROUP BY ALL),
        county AS (
            SELECT county, min(year) AS first_year, max(year) AS last_year, count(DISTINCT body_key) AS bodies
            FROM body GROUP BY county),
        years AS (
            SELECT county, bodies, unnest(range(first_year, last_year + 1)) AS year FROM county)
        SELECT y.county, y.year, y.bodies,
               count(b.body_key) FILTER (WHERE b.days_late = 0) AS on_time,
               count(b.body_key) FILTER (WHERE b.days_late > 0) AS late,
               count(b.body_key) FILTER (WHERE b.days_late IS NULL) AS undated,
               y.bodies - count(b.body_key) AS missing,
               max(b.days_late) AS most_days_late
        FROM years AS y LEFT JOIN body AS b ON b.county IS NOT DISTINCT FROM y.county AND b.year = y.year
        GROUP BY y.county, y.year, y.bodies
        ORDER BY y.county NULLS LAST, y.year""",
    "coverage": """
        SELECT province, county, year, count(*) AS reports, count(DISTINCT body) AS bodies
        FROM reports GROUP BY province, county, year""",
}


def write_duckdb(dataset: Dataset, out: str | os.PathLike, parquet_dir: str | os.PathLike | None = None) -> Path:
    """Build nianbao.duckdb from the Parquet files (written first) and swap it in by a rename."""
    import duckdb

    out = Path(out)
    source = Path(parquet_dir or out)
    final = out / "nianbao.duckdb"
    tmp = out / f".nianbao.duckdb.{os.getpid()}.tmp"
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        con.execute(f"SET memory_limit = '{MEMORY_MB}MB'")  # large tables spill to disk, not to swap
        con.execute("SET threads = 1")
        for table in dataset.tables:
            parquet = (source / f"{table.name}.parquet").resolve()
            con.execute(f'CREATE TABLE "{table.name}" AS SELECT * FROM read_parquet(?)', [str(parquet)])
        for name, sql in VIEWS.items():
            con.execute(f'CREATE VIEW "{name}" AS {sql}')
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, final)
    return final
