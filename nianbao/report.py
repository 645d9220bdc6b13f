"""`nianbao report OUT [-o FILE]`: the offline HTML report or the Excel workbook of a built dataset.

Thin layer over outputs.report_files.write_report (format by the suffix of FILE; both without -o).
"""

from __future__ import annotations

import argparse


def add_report_parser(sub) -> None:
    """Register the `report` subcommand on the CLI's subparsers."""
    p = sub.add_parser("report", help="report.html (charts, offline) or report.xlsx of a built dataset")
    p.add_argument("out", help="a dataset folder written by `nianbao build`")
    p.add_argument("-o", "--output", default=None,
                   help="report.html or report.xlsx (format by suffix); default: both, inside OUT")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from rich.console import Console

    from outputs.report_data import DatasetMissing
    from outputs.report_files import write_report

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        written = write_report(args.out, args.output)
    except (DatasetMissing, ValueError) as problem:
        err.print(f"nianbao report: {problem}", markup=False)
        return 2
    for path in written:
        err.print(f"nianbao report: wrote {path} ({path.stat().st_size / 1e6:.2f} MB)", markup=False)
    return 0
