"""Parquet parts: the rows of finished files, written out a batch at a time as results arrive.

A streamed run never holds the corpus in one process: each file's result becomes its rows at once
(corpus.rows, the same functions as an in-memory run), the rows of a batch of files go into one part
(a folder of one Parquet file per table, written under a temporary name and renamed, so a part is
whole or absent), and the dataset is assembled from the parts by DuckDB (corpus.assembly). Every row
carries hidden columns: `_part`, `_sha` (the content it came from), `_path` (the content's first path,
which orders the dataset) and `_seq` (its place among that content's rows).

Besides the dataset tables a part holds `groups` (the contents it covers, with a signature of their
paths, so a part made for another set of duplicate paths is not reused), `wide_keys` (the metric
columns the wide rows have, in the order first met) and `sentences` (the distinct sentence hashes of
each report's fingerprint: what the reuse pass counts across bodies; the sentences stay in the cache).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpus import rows as R
from corpus.arrow import rows_table
from corpus.dataset import Table
from corpus.derived import DERIVED, derived_metrics
from corpus.findings import FINDING_COLUMNS, check_findings, finding_rows
from corpus.identity import body_key
from corpus.manifest import Manifest
from extract.deadlines import Rule

HIDDEN = ["_part", "_sha", "_path", "_seq"]
REPORT_PART_COLUMNS = [*R.REPORT_COLUMNS[:R.REPORT_COLUMNS.index("body") + 1], "body_key",
                       *R.REPORT_COLUMNS[R.REPORT_COLUMNS.index("body") + 1:], "_fullness", "_has_fp"]
WIDE_FIXED = (*R.WIDE_FIXED, "body_key")
PART_DERIVED = [d for d in DERIVED if d != "derived.text_reuse_share"]  # the share needs the body's last report
TABLE_COLUMNS = {
    "groups": ["_sig"],
    "reports": REPORT_PART_COLUMNS,
    "facts": R.FACT_COLUMNS,
    "checks": R.CHECK_COLUMNS,
    "errors": R.ERROR_COLUMNS,
    "duplicates": R.DUPLICATE_COLUMNS,
    "findings": FINDING_COLUMNS,
    "wide_keys": ["key", "pos"],
    "sentences": ["hash"],
}
PART_TABLES = (*TABLE_COLUMNS, "wide")
_KINDS = {"_seq": "int", "_fullness": "int", "_has_fp": "bool", "pos": "int", "hash": "int"}


@dataclass(frozen=True, slots=True)
class Group:
    """One distinct content and the paths it was found at (the first is the one processed)."""

    sha256: str
    paths: tuple[str, ...]

    @property
    def signature(self) -> str:
        return hashlib.blake2b("\n".join(self.paths).encode("utf-8"), digest_size=8).hexdigest()


def _kind(column: str) -> str:
    return _KINDS.get(column) or Table("", []).column_type(column)


def _wide_kind(column: str) -> str:
    if column in _KINDS:
        return _KINDS[column]
    return Table("", [], numeric_rest=True, fixed=(*WIDE_FIXED, *HIDDEN)).column_type(column)


def fullness(report: dict) -> int:
    """As corpus.identity.Filed.fullness: the fullest of a body's reports of a year stands for it."""
    tables = report.get("tables") or {}
    return len(report.get("facts") or []) + sum(len(t) for t in tables.values())


def group_rows(group: Group, entry: dict, manifest: Manifest | None,
               deadlines: tuple[Rule, ...] | None) -> dict[str, list[dict]]:
    """The rows one content gives every part table (hidden columns but `_part` set)."""
    from corpus.run import prepare

    sha, first, others = group.sha256, group.paths[0], list(group.paths[1:])
    rid = R.report_id(sha)
    out: dict[str, list[dict]] = {name: [] for name in PART_TABLES}
    out["groups"].append({"_sha": sha, "_path": first, "_seq": 0, "_sig": group.signature})
    out["duplicates"] = [{"path": p, "sha256": sha, "report_id": rid if "report" in entry else None,
                          "same_as": first, "_sha": sha, "_path": first, "_seq": i} for i, p in enumerate(others)]
    if "error" in entry:
        out["errors"] = [{**R.error_row(p, sha, entry["error"]), "_sha": sha, "_path": first, "_seq": 1}
                         for p in group.paths]
        return out
    report, where = prepare(entry, first, manifest, deadlines)
    rows = R.report_rows(rid, first, sha, report, where, others)
    hidden = {"_sha": sha, "_path": first}
    row = rows["report"]
    key = body_key(row.get("body"), row.get("place"), row.get("level"), row.get("county"))
    fp = entry.get("reuse")
    has_fp = bool(fp) and "sentences" in fp
    out["reports"].append({**row, "body_key": key, "_fullness": fullness(report), "_has_fp": has_fp,
                           **hidden, "_seq": 0})
    out["facts"] = [{**f, **hidden, "_seq": i} for i, f in enumerate(rows["facts"])]
    out["checks"] = [{**c, **hidden, "_seq": i} for i, c in enumerate(rows["checks"])]
    wide = rows["wide"]
    out["wide_keys"] = [{"key": k, "pos": i, **hidden, "_seq": 0} for i, k in enumerate(wide)
                        if k not in R.WIDE_FIXED]
    wide = {**wide, "body_key": key}
    wide.update(derived_metrics(wide))
    out["wide"].append({**wide, **hidden, "_seq": 0})
    base = {"body_key": key, "body": row.get("body") or row.get("place"), "year": row.get("year"),
            "report_id": rid, "path": first}
    found: list[dict] = []
    for check in report.get("checks") or []:
        if check.get("status") == "fail":
            found += finding_rows(base, check_findings(report, check), check)
    out["findings"] = [{**f, **hidden, "_seq": i} for i, f in enumerate(found)]
    if has_fp:
        hashes = sorted({int(s["h"], 16) - (1 << 63) for s in fp["sentences"]})  # as signed 64-bit
        out["sentences"] = [{"hash": h, **hidden, "_seq": 0} for h in hashes]
    return out


class PartWriter:
    """Collects the rows of finished files and writes them as one part per `batch_files` files (or
    sooner, past `batch_rows` fact rows)."""

    def __init__(self, folder: str | os.PathLike, manifest: Manifest | None = None,
                 deadlines: tuple[Rule, ...] | None = None, batch_files: int = 100,
                 batch_rows: int = 200_000) -> None:
        self.folder = Path(folder)
        self.manifest, self.deadlines = manifest, deadlines
        self.batch_files, self.batch_rows = batch_files, batch_rows
        self.rows: dict[str, list[dict]] = {name: [] for name in PART_TABLES}
        self.files = 0
        self.shas: list[str] = []
        self.last_shas: list[str] = []
        self.written: list[Path] = []

    def add(self, group: Group, entry: dict) -> None:
        for name, rows in group_rows(group, entry, self.manifest, self.deadlines).items():
            self.rows[name] += rows
        self.files += 1
        self.shas.append(group.sha256)
        if self.files >= self.batch_files or len(self.rows["facts"]) >= self.batch_rows:
            self.flush()

    def flush(self) -> Path | None:
        """Write the collected rows as a part; returns its folder (None when there was nothing)."""
        if not self.files:
            return None
        name = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        path = write_part(self.folder, name, self.rows)
        self.rows = {n: [] for n in PART_TABLES}
        self.files = 0
        self.last_shas, self.shas = self.shas, []
        self.written.append(path)
        return path


def write_part(folder: Path, name: str, rows: dict[str, list[dict]]) -> Path:
    """One part folder, whole or absent: its files are written to a temporary folder renamed at the end."""
    tmp = folder / f".{name}.tmp"
    final = folder / name
    tmp.mkdir(parents=True, exist_ok=True)
    for table in PART_TABLES:
        these = [{**r, "_part": name} for r in rows.get(table, [])]
        if table == "wide":
            seen: dict[str, None] = dict.fromkeys([*WIDE_FIXED, *PART_DERIVED, *HIDDEN])
            for r in these:
                seen.update(dict.fromkeys(r))
            arrow = rows_table(list(seen), these, _wide_kind)
        else:
            arrow = rows_table([*TABLE_COLUMNS[table], *HIDDEN], these, _kind)
        pq.write_table(arrow, tmp / f"{table}.parquet")
    os.replace(tmp, final)
    return final


def empty_part_schema(table: str) -> pa.Schema:
    columns = [*WIDE_FIXED, *PART_DERIVED, *HIDDEN] if table == "wide" else [*TABLE_COLUMNS[table], *HIDDEN]
    return rows_table(columns, [], _wide_kind if table == "wide" else _kind).schema


def remove_partial(folder: Path) -> None:
    """Temporary part folders of a run that was killed while writing one."""
    for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
        shutil.rmtree(tmp, ignore_errors=True)
