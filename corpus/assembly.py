"""The dataset of a streamed run assembled by DuckDB from the Parquet parts (corpus.parts).

Each table is one SQL query over the parts of the contents still current (`live`: a content's part
made for the same paths, manifest, rules and limits) and the audit's rows, written as one ordered,
typed Parquet file: the same rows, in the same order, as an in-memory run (corpus.run.assemble). DuckDB
runs under a memory limit with a temporary folder, so a table larger than memory spills to disk, on one
thread (with two, sorting the checks of 20,000 reports overran a 400 MB limit instead of spilling).
"""

from __future__ import annotations

import glob
import os
from pathlib import Path

from corpus import rows as R
from corpus.audit import CLONE_COLUMNS
from corpus.dataset import Dataset, Table
from corpus.derived import DERIVED
from corpus.findings import FINDING_COLUMNS
from corpus.parts import PART_TABLES, REPORT_PART_COLUMNS

DEFAULT_MEMORY_MB = 400
ROW_GROUP = 10_000  # rows per Parquet row group: a group of long check messages stays a few MB to read


def connect(work: Path, memory_mb: int = DEFAULT_MEMORY_MB, threads: int = 1):
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{int(memory_mb)}MB'")
    con.execute(f"SET temp_directory = '{_q(work / 'spill')}'")
    con.execute(f"SET threads = {int(threads)}")
    con.execute("SET preserve_insertion_order = true")
    return con


def _q(path: Path | str) -> str:
    return str(path).replace("'", "''")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


MERGE_FILES = 50  # wide part files merged at a time: binding their varying columns by name costs ~0.5 MB a file


def merged_wide(part_globs: list[str], work: Path, memory_mb: int = DEFAULT_MEMORY_MB,
                batch: int = MERGE_FILES) -> list[str]:
    """The wide rows of the parts in at most `batch` (MERGE_FILES) files. A wide part's metric columns depend on its
    reports, so the parts are read by column name; DuckDB holds every file's schema while it binds them,
    which over thousands of parts costs more than the rows do. Merging `batch` files at a time (level
    after level until at most `batch` are left), each merge on a connection of its own, keeps that cost
    to a batch."""
    files = sorted(f for g in part_globs for f in glob.glob(g.replace("*TABLE*", "wide")))
    level = 0
    while len(files) > batch:
        folder = work / f"wide-merged-{level}"
        folder.mkdir(parents=True, exist_ok=True)
        merged = []
        for i in range(0, len(files), batch):
            target = folder / f"w-{i // batch:05d}.parquet"
            con = connect(work, memory_mb)
            try:
                some = "[" + ", ".join(f"'{_q(f)}'" for f in files[i:i + batch]) + "]"
                con.execute(f"COPY (SELECT * FROM read_parquet({some}, union_by_name = true)) "
                            f"TO '{_q(target)}' (FORMAT parquet, ROW_GROUP_SIZE {ROW_GROUP})")
            finally:
                con.close()
            merged.append(str(target))
        files, level = merged, level + 1
    return files


def part_views(con, part_globs: list[str], live: Path, wide_files: list[str] | None = None) -> None:
    """Views p_<table> over the parts' rows of the live contents (`wide_files`: the wide rows merged)."""
    con.execute(f"CREATE OR REPLACE VIEW live AS SELECT * FROM read_parquet('{_q(live)}')")
    for table in PART_TABLES:
        files = "[" + ", ".join(f"'{_q(g.replace('*TABLE*', table))}'" for g in part_globs) + "]"
        if table == "wide" and wide_files:
            files = "[" + ", ".join(f"'{_q(f)}'" for f in wide_files) + "]"
        con.execute(f"""CREATE OR REPLACE VIEW p_{table} AS
                        SELECT t.* FROM read_parquet({files}, union_by_name = true) AS t
                        SEMI JOIN live AS l ON l._part = t._part AND l._sha = t._sha""")


def _audit(work: Path, name: str) -> str:
    return f"read_parquet('{_q(work / 'audit' / name)}-*.parquet', union_by_name = true)"


def wide_columns(con) -> list[str]:
    """As corpus.rows.wide_columns then corpus.audit: fixed columns with body_key, the derived metrics,
    narrative metrics (SCHEMA order first), then table cells, each in the order first met."""
    first = [k for (k,) in con.execute("""
        SELECT key FROM (SELECT key, _path, pos,
                                row_number() OVER (PARTITION BY key ORDER BY _path, pos) AS rn FROM p_wide_keys)
        WHERE rn = 1 ORDER BY _path, pos""").fetchall()]
    text = [k for k in R.TEXT_ORDER if k in first] + [k for k in first if k not in R.TEXT_ORDER and not R._is_table(k)]
    tables = [k for k in first if R._is_table(k)]
    fixed = list(R.WIDE_FIXED)
    fixed.insert(fixed.index("body") + 1, "body_key")
    return [*fixed, *DERIVED, *[k for k in text if k not in DERIVED], *[k for k in tables if k not in DERIVED]]


def assemble_tables(con, work: Path) -> Dataset:
    """Write every table of the dataset to work/tables/<name>.parquet; returns them as a Dataset."""
    folder = work / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    cols = lambda names: ", ".join(_ident(c) for c in names)  # noqa: E731
    report_cols = [c for c in REPORT_PART_COLUMNS if not c.startswith("_")]
    present = {c for (c,) in con.execute("SELECT column_name FROM (DESCRIBE p_wide)").fetchall()}
    wide = wide_columns(con)
    wide_select = ", ".join(
        "s.share AS \"derived.text_reuse_share\"" if c == "derived.text_reuse_share"
        else (f"w.{_ident(c)}" if c in present else f"CAST(NULL AS DOUBLE) AS {_ident(c)}") for c in wide)
    severity = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
    queries = {
        "reports": f"SELECT {cols(report_cols)} FROM p_reports ORDER BY _path",
        "facts": f"SELECT {cols(R.FACT_COLUMNS)} FROM p_facts ORDER BY _path, _seq",
        "checks": f"""SELECT {cols(R.CHECK_COLUMNS)} FROM (
                        SELECT {cols(R.CHECK_COLUMNS)}, 0 AS _phase, _path, _seq FROM p_checks
                        UNION ALL SELECT {cols(R.CHECK_COLUMNS)}, _phase, '' AS _path, _seq FROM {_audit(work, 'checks')})
                      ORDER BY _phase, _path, _seq""",
        "errors": f"SELECT {cols(R.ERROR_COLUMNS)} FROM p_errors ORDER BY path, _seq, _path",
        "wide": f"""SELECT {wide_select} FROM p_wide AS w
                    LEFT JOIN {_audit(work, 'shares')} AS s ON s.report_id = w.report_id ORDER BY w._path""",
        "duplicates": f"SELECT {cols(R.DUPLICATE_COLUMNS)} FROM p_duplicates ORDER BY _path, _seq",
        "findings": f"""SELECT {cols(FINDING_COLUMNS)} FROM (
                          SELECT {cols(FINDING_COLUMNS)}, 0 AS _phase, _path, _seq FROM p_findings
                          UNION ALL SELECT {cols(FINDING_COLUMNS)}, _phase, '' AS _path, _seq
                          FROM {_audit(work, 'findings')})
                        ORDER BY coalesce(body_key, ''), coalesce(year, 0), {severity}, coalesce(check_id, ''), path,
                                 _phase, _path, _seq""",
        "clones": f"SELECT {cols(CLONE_COLUMNS)} FROM {_audit(work, 'clones')} ORDER BY _seq",
    }
    columns = {"reports": report_cols, "facts": R.FACT_COLUMNS, "checks": R.CHECK_COLUMNS,
               "errors": R.ERROR_COLUMNS, "wide": wide, "duplicates": R.DUPLICATE_COLUMNS,
               "findings": FINDING_COLUMNS, "clones": CLONE_COLUMNS}
    tables = []
    for name, sql in queries.items():
        path = folder / f"{name}.parquet"
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        con.execute(f"COPY ({sql}) TO '{_q(tmp)}' (FORMAT parquet, ROW_GROUP_SIZE {ROW_GROUP})")
        os.replace(tmp, path)
        fixed = tuple(wide[:wide.index("status") + 1]) if name == "wide" else ()
        tables.append(Table(name, columns[name], [], numeric_rest=name == "wide", fixed=fixed, parquet=path))
    return Dataset(tables)
