"""`nianbao build`: the corpus run (corpus), the dataset files, then report.html and report.xlsx (outputs).

Writing is done here, in the package that faces the user: corpus sits left of outputs and does not
call the writers.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console


def build(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *, report: bool = True,
          progress: bool = True, console: Console | None = None, in_memory: bool = False, **options) -> dict:
    """Build the dataset in `out` (options as corpus.run.run_corpus: jobs, dask_address, manifest,
    timeout, memory_mb) and, unless report=False, write out/report.html and out/report.xlsx.

    The results are streamed to Parquet parts and the dataset assembled by DuckDB (corpus.streamed),
    on memory that does not grow with the corpus; in_memory=True assembles it in this process's
    memory instead (corpus.run), as earlier versions did.

    Returns the run's summary (see corpus.run.run_corpus), with `report_files` added. A report that
    cannot be written is said on the console; the dataset stays as written.
    """
    from corpus.run import print_summary, run_corpus
    from corpus.streamed import run_streamed
    from outputs.dataset import write_dataset

    console = console or Console(stderr=True, highlight=False, soft_wrap=True)
    run = run_corpus if in_memory else run_streamed
    dataset, summary = run(paths, out, progress=progress, console=console, **options)
    written = time.monotonic()
    with console.status("writing the dataset") if progress else contextlib.nullcontext():
        write_dataset(dataset, out)
    summary.setdefault("stages", {})["write"] = round(time.monotonic() - written, 2)
    if "stage_peak_mb" in summary:
        from corpus.worker import _peak_rss_kb

        summary["stage_peak_mb"]["write"] = _peak_rss_kb() // 1024
    print_summary(console, summary, summary.pop("first_errors", None) or dataset["errors"].rows)
    summary["report_files"] = []
    if report:
        summary["report_files"] = [str(p) for p in write_report_files(out, console)]
    return summary


def write_report_files(out: str | os.PathLike, console: Console) -> list[Path]:
    from outputs.report_files import write_report

    try:
        written = write_report(out)
    except Exception as err:  # the dataset is already written; a failed view must not undo that
        console.print(f"nianbao build: report not written ({type(err).__name__}: {err})", markup=False)
        return []
    console.print("nianbao build: report → " + ", ".join(str(p) for p in written), markup=False)
    return written
