"""A corpus run: many report files in, the tables of the corpus dataset (SCHEMA.md §3) out.

discover (every file, hashed; duplicates once) → per-file tasks on local workers or a Dask cluster,
each result cached as it arrives → rows → the cross-report audit. A run that is stopped at any point
and started again reuses every cached result and redoes only the rest. Writing the tables as files
is the job of outputs/ (nianbao.corpus_build puts the two together as `nianbao build`).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from corpus import rows as R
from corpus.audit import add_cross_report
from corpus.cache import ResultCache
from corpus.dataset import Dataset, Table
from corpus.discover import Discovery, discover
from corpus.errors import BuildError
from corpus.geo import geo_from_path
from corpus.manifest import Manifest
from corpus.pool import Task, run_local
from extract.deadlines import Rule

DEFAULT_TIMEOUT = 120.0
DEFAULT_MEMORY_MB = 1500


class _RateColumn(ProgressColumn):
    def render(self, task) -> Text:
        elapsed = task.elapsed or 0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} files/s", style="cyan")


def start_run(paths: Iterable[str | os.PathLike], out: str | os.PathLike, manifest: str | os.PathLike | None,
              progress: bool, console: Console | None):
    """What every corpus run begins with: its console, the output folder, the manifest and the distinct
    input files (found and hashed, the output folder left out)."""
    console = console or Console(stderr=True, highlight=False, soft_wrap=True)
    if "://" in str(out):  # s3://…, gs://…: the output (and, with Dask, the parts) is a folder shared by all
        raise BuildError(f"{out}: an output URL is not supported; give a folder (with --dask, one every "
                         f"worker can reach at the same path)")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    man = Manifest.load(manifest) if manifest else None
    with console.status("finding and hashing the input files") if progress else contextlib.nullcontext():
        found = discover(paths, exclude=[out])
    return console, out, man, found


def run_corpus(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *, jobs: int | None = None,
               dask_address: str | None = None, manifest: str | os.PathLike | None = None,
               timeout: float | None = DEFAULT_TIMEOUT, memory_mb: int | None = DEFAULT_MEMORY_MB,
               progress: bool = True, console: Console | None = None,
               deadlines: tuple[Rule, ...] | None = None) -> tuple[Dataset, dict]:
    """Run the per-file pipeline over the files and folders in `paths`, caching results in `out`.

    `deadlines` replaces the national rules of timeliness.deadline (extract.deadlines.load_rules); the
    check is remade from the cached results, so changing the rules reads no file again.

    Returns the dataset tables and a summary dict with keys inputs, distinct, reports, errors,
    duplicates, reused, processed, seconds, files_per_second, worker_peak_mb ({worker pid: peak
    resident MB}), error_stages, out.
    """
    started = time.monotonic()
    console, out, man, found = start_run(paths, out, manifest, progress, console)
    groups = found.unique()
    cache = ResultCache(out)
    limits = {"timeout": timeout, "memory_mb": memory_mb}

    entries: dict[str, dict] = {}
    todo: list[Task] = []
    for sha, items in groups.items():
        entry = cache.get(sha, limits)
        if entry is not None:
            entries[sha] = entry
        else:
            todo.append(Task(sha, items[0].path, items[0].size))
    todo.sort(key=lambda t: (-t.size, t.path))  # big files first: the pool drains evenly
    reused = len(entries)
    duplicates = len(found.readable) - len(groups)
    console.print(f"nianbao build: {len(found.inputs)} inputs, {len(groups)} distinct files, "
                  f"{duplicates} duplicates, {len(found.failed)} unreadable; reused {reused} cached results, "
                  f"{len(todo)} to process")

    peak_kb: dict[int, int] = {}
    n_errors = len(found.failed) + sum(1 for e in entries.values() if "error" in e)
    bar = _progress(console) if progress and todo else None
    task_id = bar.add_task("files", total=len(todo), errors=n_errors) if bar else None

    def on_result(task: Task, result: dict) -> None:
        nonlocal n_errors
        entries[task.sha256] = cache.put(task.sha256, result, limits)
        if result.get("pid") and result.get("rss_kb"):
            peak_kb[result["pid"]] = max(peak_kb.get(result["pid"], 0), result["rss_kb"])
        if "error" in result:
            n_errors += 1
        if bar:
            bar.update(task_id, advance=1, errors=n_errors)

    run_started = time.monotonic()
    try:
        if bar:
            bar.start()
        if dask_address and todo:
            from corpus.dask_run import run_dask

            run_dask(dask_address, todo, on_result, timeout=timeout, memory_mb=memory_mb)
        elif todo and not dask_address:
            cache.root.mkdir(parents=True, exist_ok=True)
            with open(cache.root.parent / "workers.log", "ab") as log:
                run_local(todo, on_result, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                          memory_mb=memory_mb, stderr=log)
    except KeyboardInterrupt:
        if bar:
            bar.stop()
        done = len(entries) - reused
        console.print(f"nianbao build: stopped; {done} new results kept in {cache.root.parent}, "
                      f"run the same command again to resume")
        raise
    finally:
        if bar:
            bar.stop()
    run_seconds = time.monotonic() - run_started

    with console.status("assembling the dataset") if progress else contextlib.nullcontext():
        dataset, _ = assemble(found, groups, entries, man, deadlines)
    cache.prune_other_versions()

    errors = dataset["errors"].rows
    summary = {
        "inputs": len(found.inputs), "distinct": len(groups), "reports": len(dataset["reports"].rows),
        "errors": len(errors), "duplicates": duplicates, "reused": reused, "processed": len(todo),
        "seconds": round(time.monotonic() - started, 2),
        "files_per_second": round(len(todo) / run_seconds, 2) if todo and run_seconds > 0 else None,
        "worker_peak_mb": {pid: round(kb / 1024, 1) for pid, kb in sorted(peak_kb.items())},
        "error_stages": dict(Counter(f"{e['stage']}/{e['error']}" for e in errors)), "out": str(out),
    }
    return dataset, summary


def _progress(console: Console) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
                    TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    TextColumn("[red]{task.fields[errors]} errors"), console=console, transient=False)


def assemble(found: Discovery, groups: dict[str, list], entries: dict[str, dict],
             manifest: Manifest | None = None,
             deadlines: tuple[Rule, ...] | None = None) -> tuple[Dataset, list[dict]]:
    """The dataset tables from the per-content results, in path order; also the report dicts."""
    entries = dict(entries)  # reports rechecked against other deadlines replace the cached ones here only
    reports, facts, checks, errors, wide, dups = [], [], [], [], [], []
    report_dicts: list[dict] = []
    for item in found.failed:
        errors.append(R.error_row(item.path, None, {"stage": "discover", "error": "unreadable",
                                                    "message": item.problem}))
    for sha, items in sorted(groups.items(), key=lambda kv: kv[1][0].path):
        first, others = items[0].path, [i.path for i in items[1:]]
        entry = entries.get(sha) or {"error": {"stage": "run", "error": "missing",
                                               "message": "no result (the run did not finish this file)"}}
        rid = R.report_id(sha)
        dups += [{"path": p, "sha256": sha, "report_id": rid if "report" in entry else None, "same_as": first}
                 for p in others]
        if "error" in entry:
            errors += [R.error_row(i.path, sha, entry["error"]) for i in items]
            continue
        report, where = prepare(entry, first, manifest, deadlines)
        if report.get("checks") is not entry["report"].get("checks"):
            entries[sha] = {**entry, "report": report}
        rows = R.report_rows(rid, first, sha, report, where, others)
        reports.append(rows["report"])
        facts += rows["facts"]
        checks += rows["checks"]
        wide.append(rows["wide"])
        report_dicts.append(report)
    errors.sort(key=lambda e: e["path"])
    wide_cols = R.wide_columns(wide)
    dataset = Dataset([
        Table("reports", R.REPORT_COLUMNS, reports),
        Table("facts", R.FACT_COLUMNS, facts),
        Table("checks", R.CHECK_COLUMNS, checks),
        Table("errors", R.ERROR_COLUMNS, errors),
        Table("wide", wide_cols, wide, numeric_rest=True, fixed=tuple(R.WIDE_FIXED)),
        Table("duplicates", R.DUPLICATE_COLUMNS, dups),
    ])
    audit = add_cross_report(dataset, entries)
    dataset.tables += [Table(name, columns, rows) for name, (columns, rows) in audit.items()]
    return dataset, report_dicts


def prepare(entry: dict, first: str, manifest: Manifest | None,
            deadlines: tuple[Rule, ...] | None) -> tuple[dict, R.Located]:
    """A cached result's report as the dataset holds it (its source path, timeliness under the run's
    rules) and where it lies (manifest, text, folders)."""
    report = dict(entry["report"])
    report["source"] = {**(report.get("source") or {}), "path": first}
    values = manifest.lookup(first, report.get("body"), report.get("place")) if manifest else {}
    where = R.locate(entry.get("geo"), geo_from_path(first), values)
    return R.with_deadlines(report, where, deadlines), where


def print_summary(console: Console, summary: dict, errors: list[dict], shown: int = 20) -> None:
    """The closing lines of a run: counts, then the errors by stage and the first of them."""
    console.print(f"nianbao build: {summary['reports']} reports, {summary['errors']} errors, "
                  f"{summary['duplicates']} duplicates; reused {summary['reused']}, processed "
                  f"{summary['processed']} in {summary['seconds']} s → {summary['out']}", markup=False)
    if errors:
        stages = ", ".join(f"{k} {v}" for k, v in sorted(summary["error_stages"].items()))
        console.print(f"errors by stage: {stages}", markup=False)
        for e in errors[:shown]:
            console.print(f"  {e['path']}: [{e['stage']}] {e['message']}", markup=False)
        if summary["errors"] > shown:
            console.print(f"  … {summary['errors'] - shown} more in errors.csv", markup=False)
