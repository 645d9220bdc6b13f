"""`nianbao build`: the corpus dataset (corpus.run), then report.html and report.xlsx over it (outputs).

The report is a view of the dataset as written, so it is made here, in the package that faces the
user, after the corpus run: corpus sits left of outputs and does not call the report writers.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console


def build(paths: Iterable[str | os.PathLike], out: str | os.PathLike, *, report: bool = True,
          console: Console | None = None, **options) -> dict:
    """Build the dataset in `out` (options as corpus.run.build) and, unless report=False, write
    out/report.html and out/report.xlsx; the summary gains `report_files`.

    A report that cannot be written is said on the console; the dataset stays as written.
    """
    from corpus.run import build as build_dataset

    console = console or Console(stderr=True, highlight=False, soft_wrap=True)
    options.pop("html", None)
    summary = build_dataset(paths, out, html=False, console=console, **options)
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
