"""A corpus run on bounded memory: results streamed to Parquet parts, the dataset assembled by DuckDB.

As corpus.run.run_corpus (same inputs, same tables), but no process holds the corpus: each finished
file's result goes to the cache and its rows into a part of the worker that read it (corpus.parts);
the dataset and the cross-report audit are made from the parts afterwards (corpus.assembly,
corpus.audit_stream). A run stopped at any moment and started again keeps every whole part and every
cached result: contents without a current part get theirs from the cache, the rest are processed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console

from corpus.assembly import DEFAULT_MEMORY_MB as ASSEMBLY_MB
from corpus.assembly import MERGE_FILES, assemble_tables, connect, merged_wide, part_views
from corpus.audit_stream import run_audit
from corpus.cache import ResultCache
from corpus.dataset import Dataset
from corpus.manifest import Manifest
from corpus.parts import Group, PartWriter, remove_partial, write_part
from corpus.pool import Task, run_local
from extract.deadlines import Rule


def context_key(version: str, manifest: str | os.PathLike | None, deadlines: tuple[Rule, ...] | None,
                limits: dict) -> str:
    """What the rows of a part depend on beyond the content and its paths."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(version.encode())
    digest.update(Path(manifest).read_bytes() if manifest else b"-")
    digest.update(repr(deadlines).encode())
    digest.update(repr(sorted(limits.items())).encode())
    return digest.hexdigest()


def _existing(folder: Path) -> dict[str, dict[str, str]]:
    """{sha256: {path signature: part}} of the parts already written (the first part by name)."""
    if not any(folder.glob("*/groups.parquet")):
        return {}
    import duckdb

    con = duckdb.connect()
    try:
        found: dict[str, dict[str, str]] = {}
        files = str(folder / "*" / "groups.parquet").replace("'", "''")
        for sha, sig, part in con.execute(
                f"SELECT _sha, _sig, min(_part) FROM read_parquet('{files}') GROUP BY ALL").fetchall():
            found.setdefault(sha, {})[sig] = part
        return found
    finally:
        con.close()


def run_streamed(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *, jobs: int | None = None,
                 dask_address: str | None = None, manifest: str | os.PathLike | None = None,
                 timeout: float | None = 120.0, memory_mb: int | None = 1500, progress: bool = True,
                 console: Console | None = None, deadlines: tuple[Rule, ...] | None = None,
                 batch_files: int = 100, assembly_mb: int = ASSEMBLY_MB,
                 merge_files: int = MERGE_FILES) -> tuple[Dataset, dict]:
    """Run the corpus as corpus.run.run_corpus does; the tables come back as Parquet files (Table.parquet)
    under OUT/.assembly/tables. The summary has the same keys, with `main_peak_mb` added."""
    from corpus.run import _progress, start_run

    started = time.monotonic()
    console, out, man, found = start_run(paths, out, manifest, progress, console)
    groups = {sha: Group(sha, tuple(i.path for i in items)) for sha, items in found.unique().items()}
    sizes = {sha: items[0].size for sha, items in found.unique().items()}
    cache = ResultCache(out)
    limits = {"timeout": timeout, "memory_mb": memory_mb}
    parts_root = out / ".parts"
    parts = parts_root / context_key(cache.version, manifest, deadlines, limits)
    parts.mkdir(parents=True, exist_ok=True)
    remove_partial(parts)
    for other in parts_root.iterdir():
        if other != parts and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)

    existing = _existing(parts)
    live: dict[str, str] = {}
    writer = PartWriter(parts, man, deadlines, batch_files=batch_files)
    todo: list[Task] = []
    reused = 0
    for sha, group in groups.items():
        part = existing.get(sha, {}).get(group.signature)
        if part is not None:
            live[sha] = part
            reused += 1
            continue
        entry = cache.get(sha, limits)
        if entry is not None:
            _add(writer, live, group, entry)
            reused += 1
        else:
            todo.append(Task(sha, group.paths[0], sizes[sha]))
    del existing
    todo.sort(key=lambda t: (-t.size, t.path))
    duplicates = len(found.readable) - len(groups)
    console.print(f"nianbao build: {len(found.inputs)} inputs, {len(groups)} distinct files, "
                  f"{duplicates} duplicates, {len(found.failed)} unreadable; reused {reused} cached results, "
                  f"{len(todo)} to process")

    peak_kb: dict = {}
    writers: dict[int | None, PartWriter] = {None: writer}
    bar = _progress(console) if progress and todo else None
    task_id = bar.add_task("files", total=len(todo), errors=0) if bar else None
    n_new_errors = 0

    def on_result(task: Task, result: dict) -> None:
        nonlocal n_new_errors
        entry = cache.put(task.sha256, result, limits)
        pid = result.get("pid")
        if pid and result.get("rss_kb"):
            peak_kb[pid] = max(peak_kb.get(pid, 0), result["rss_kb"])
        if pid not in writers:  # one part per batch of files, per worker
            writers[pid] = PartWriter(parts, man, deadlines, batch_files=batch_files)
        _add(writers[pid], live, groups[task.sha256], entry)
        n_new_errors += "error" in result
        if bar:
            bar.update(task_id, advance=1, errors=n_new_errors)

    run_started = time.monotonic()
    stages = {"discover": round(run_started - started, 2)}
    peaks = {"discover": _own_peak_kb() // 1024}  # this process's peak MB at the end of each stage
    try:
        if bar:
            bar.start()
        if dask_address and todo:
            from corpus.dask_run import run_dask_parts

            def on_summary(task: Task, summary: dict) -> None:
                nonlocal n_new_errors
                if "failed" in summary:  # the Dask task itself failed: its error row is made here
                    on_result(task, summary["failed"])
                    return
                if summary.get("pid") and summary.get("rss_kb"):
                    key = f"{summary.get('host')}:{summary['pid']}"
                    peak_kb[key] = max(peak_kb.get(key, 0), summary["rss_kb"])
                if summary.get("part"):
                    live[task.sha256] = summary["part"]
                n_new_errors += bool(summary.get("error"))
                if bar:
                    bar.update(task_id, advance=1, errors=n_new_errors)

            run_dask_parts(dask_address, todo, lambda t: groups[t.sha256].paths, on_summary, out=str(out),
                           parts=str(parts), version=cache.version, manifest=man, deadlines=deadlines,
                           timeout=timeout, memory_mb=memory_mb)
        elif todo:
            cache.root.mkdir(parents=True, exist_ok=True)
            with open(cache.root.parent / "workers.log", "ab") as log:
                run_local(todo, on_result, jobs=jobs or os.cpu_count() or 1, timeout=timeout,
                          memory_mb=memory_mb, stderr=log)
    except KeyboardInterrupt:
        if bar:
            bar.stop()
        for w in writers.values():
            _flush(w, live)
        console.print(f"nianbao build: stopped; {len(live) - reused} new results kept in {out}, "
                      f"run the same command again to resume")
        raise
    finally:
        if bar:
            bar.stop()
    for w in writers.values():
        _flush(w, live)
    run_seconds = time.monotonic() - run_started
    stages["process"] = round(run_seconds, 2)
    peaks["process"] = _own_peak_kb() // 1024

    assembly_started = time.monotonic()
    n_inputs, n_distinct, n_processed = len(found.inputs), len(groups), len(todo)
    live_parts = set(live.values())
    work = _write_run_state(out, found, groups, live)
    # what the run held per file is written down: released before DuckDB takes its share of memory
    for held in (found.inputs, groups, live, sizes, todo, writers):
        held.clear()
    _give_back_memory()
    with console.status("assembling the dataset") if progress else contextlib.nullcontext():
        dataset = _assemble(work, parts, cache, man, deadlines, assembly_mb, stages, peaks, merge_files)
    stages["assemble"] = round(time.monotonic() - assembly_started, 2)
    cache.prune_other_versions()
    _prune_parts(parts, live_parts)
    errors_table = dataset["errors"].parquet
    n_errors, first_errors, error_stages = _error_summary(errors_table)
    summary = {
        "inputs": n_inputs, "distinct": n_distinct, "reports": _count(dataset["reports"].parquet),
        "errors": n_errors, "duplicates": duplicates, "reused": reused, "processed": n_processed,
        "seconds": round(time.monotonic() - started, 2),
        "files_per_second": round(n_processed / run_seconds, 2) if n_processed and run_seconds > 0 else None,
        "worker_peak_mb": {pid: round(kb / 1024, 1) for pid, kb in sorted(peak_kb.items())},
        "main_peak_mb": round(_own_peak_kb() / 1024, 1),
        "error_stages": error_stages, "out": str(out), "first_errors": first_errors, "stages": stages,
        "stage_peak_mb": peaks,
    }
    return dataset, summary


def _add(writer: PartWriter, live: dict[str, str], group: Group, entry: dict) -> None:
    writer.add(group, entry)
    if writer.files == 0:  # the batch was written: its contents are live in that part
        name = writer.written[-1].name
        for sha in writer.last_shas:
            live[sha] = name


def _flush(writer: PartWriter, live: dict[str, str]) -> None:
    path = writer.flush()
    if path is not None:
        for sha in writer.last_shas:
            live[sha] = path.name


def _write_run_state(out: Path, found, groups: dict[str, Group], live: dict[str, str]) -> Path:
    """Write what the assembly needs from the run itself (errors of discovery, contents without a result,
    which part each content's rows are in) under OUT/.assembly; returns that folder."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from corpus import rows as R

    work = out / ".assembly"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    extra = {"errors": [{**R.error_row(i.path, None, {"stage": "discover", "error": "unreadable",
                                                     "message": i.problem}),
                         "_sha": f"discover:{i.path}", "_path": i.path, "_seq": 0} for i in found.failed]}
    extra["groups"] = [{"_sha": r["_sha"], "_path": r["_path"], "_seq": 0, "_sig": ""} for r in extra["errors"]]
    missing = {"stage": "run", "error": "missing", "message": "no result (the run did not finish this file)"}
    for sha, group in groups.items():
        if sha not in live:
            extra["errors"] += [{**R.error_row(p, sha, missing), "_sha": sha, "_path": group.paths[0], "_seq": 1}
                                for p in group.paths]
            extra["groups"].append({"_sha": sha, "_path": group.paths[0], "_seq": 0, "_sig": ""})
            extra.setdefault("duplicates", []).extend(
                {"path": p, "sha256": sha, "report_id": None, "same_as": group.paths[0], "_sha": sha,
                 "_path": group.paths[0], "_seq": i} for i, p in enumerate(group.paths[1:]))
    write_part(work, "extra", extra)
    pairs = [(sha, part) for sha, part in live.items()] + [(g["_sha"], "extra") for g in extra["groups"]]
    pq.write_table(pa.table({"_sha": [p[0] for p in pairs], "_part": [p[1] for p in pairs]}), work / "live.parquet")
    return work


def _assemble(work: Path, parts: Path, cache: ResultCache, man: Manifest | None,
              deadlines: tuple[Rule, ...] | None, assembly_mb: int, stages: dict, peaks: dict,
              merge_files: int = MERGE_FILES) -> Dataset:
    globs = [str(work / "extra" / "*TABLE*.parquet")]
    if any(parts.glob("*/groups.parquet")):
        globs.insert(0, str(parts / "*" / "*TABLE*.parquet"))
    wide_files = merged_wide(globs, work, assembly_mb, merge_files)
    # the audit and the tables each on a connection of their own: what DuckDB held for the one (the
    # series table, its caches) is given back before the other begins
    con = connect(work, assembly_mb)
    try:
        part_views(con, globs, work / "live.parquet", wide_files)
        audit_started = time.monotonic()
        run_audit(con, work / "audit", cache, man, deadlines)
        stages["audit"] = round(time.monotonic() - audit_started, 2)
        peaks["audit"] = _own_peak_kb() // 1024
    finally:
        con.close()
    _give_back_memory()
    con = connect(work, assembly_mb)
    try:
        part_views(con, globs, work / "live.parquet", wide_files)
        tables_started = time.monotonic()
        dataset = assemble_tables(con, work)
        stages["tables"] = round(time.monotonic() - tables_started, 2)
        peaks["tables"] = _own_peak_kb() // 1024
        return dataset
    finally:
        con.close()


def _give_back_memory() -> None:
    """Return freed heap to the system (glibc keeps it otherwise), so the next stage starts low."""
    import ctypes
    import gc

    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _prune_parts(parts: Path, live: set[str]) -> None:
    """Parts none of whose contents are current (made for other paths, or written twice by a retried
    Dask task)."""
    for part in parts.iterdir():
        if part.is_dir() and not part.name.startswith(".") and part.name not in live:
            shutil.rmtree(part, ignore_errors=True)


def _count(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def _error_summary(path: Path, shown: int = 20) -> tuple[int, list[dict], dict]:
    import duckdb

    con = duckdb.connect()
    try:
        src = f"read_parquet('{path}')"
        n = con.execute(f"SELECT count(*) FROM {src}").fetchone()[0]
        cur = con.execute(f"SELECT * FROM {src} LIMIT {shown}")
        names = [d[0] for d in cur.description]
        first = [dict(zip(names, r)) for r in cur.fetchall()]
        stages = dict(Counter({f"{s}/{e}": c for s, e, c in con.execute(
            f"SELECT stage, error, count(*) FROM {src} GROUP BY ALL").fetchall()}))
        return n, first, stages
    finally:
        con.close()


def _own_peak_kb() -> int:
    from corpus.worker import _peak_rss_kb

    return _peak_rss_kb()
