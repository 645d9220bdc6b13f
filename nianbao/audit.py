"""`nianbao audit OUT`: the findings of a built dataset, grouped by body; which reports are missing;
or which came out after their deadline.

Thin layer over corpus.findings.read_findings, corpus.coverage.coverage and corpus.timeliness.timeliness.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def add_audit_parser(sub) -> None:
    """Register the `audit` subcommand on the CLI's subparsers."""
    p = sub.add_parser("audit", help="findings of a built dataset, grouped by body, pointing at the cell or sentence")
    p.add_argument("out", help="a dataset folder written by `nianbao build`")
    p.add_argument("--body", default=None, help="only bodies whose name or key contains this text")
    p.add_argument("--year", type=int, default=None, help="only reports of this year")
    p.add_argument("--coverage", action="store_true", help="list the missing reports instead of the findings")
    p.add_argument("--late", action="store_true",
                   help="list the reports published after their statutory deadline instead of the findings")
    p.add_argument("--deadlines", default=None, metavar="deadlines.csv",
                   help="with --late: deadlines (level,first_year,last_year,month,day) replacing those of the build")
    p.add_argument("--county", default=None, help="with --coverage or --late: only bodies of this county (substring)")
    p.add_argument("--from", dest="first", type=int, default=None, help="with --coverage: first year of the span")
    p.add_argument("--to", dest="last", type=int, default=None, help="with --coverage: last year of the span")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    try:
        if args.coverage:
            return _print_coverage(console, args)
        if args.late:
            return _print_late(console, args)
        from corpus.findings import read_findings

        rows = read_findings(args.out, body=args.body, year=args.year)
    except FileNotFoundError as err:
        Console(stderr=True, highlight=False).print(f"nianbao audit: {err}", markup=False)
        return 2
    current = None
    for r in rows:
        key = r.get("body_key") or r.get("path")
        if key != current:
            current = key
            console.rule(f"[bold]{r.get('body') or key}[/] ({key})")
        colour = "red" if r.get("severity") == "error" else "yellow"
        page = f", 第{r['page']}页" if r.get("page") else ""
        console.print(f"[{colour}]{r.get('year')} {r.get('check_id')} ({r.get('severity')})[/]{page}")
        console.print(f"  {r.get('where')}", markup=False)
        console.print(f"  expected {r.get('expected')} · actual {r.get('actual')}", markup=False)
        console.print(f"  {r.get('message')} [{r.get('path')}]", markup=False)
    Console(stderr=True, highlight=False).print(
        f"nianbao audit: {len(rows)} finding(s) in {len({r.get('body_key') for r in rows})} bod(ies)")
    return 0


def _print_coverage(console: Console, args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from corpus.coverage import coverage

    listing = coverage(args.out, county=args.county, first=args.first, last=args.last)
    table = Table(title="reports per body")
    for col in ("body", "key", "county", "years with a report", "missing"):
        table.add_column(col, overflow="fold")
    for c in listing:
        table.add_row(c.body or "", c.body_key, c.county or "", " ".join(map(str, c.years)),
                      " ".join(map(str, c.missing)) or "—")
    console.print(table)
    missing = sum(len(c.missing) for c in listing)
    Console(stderr=True, highlight=False).print(f"nianbao audit: {len(listing)} bodies, {missing} report(s) missing")
    return 0


def _print_late(console: Console, args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from corpus.timeliness import timeliness
    from extract.deadlines import DeadlineError, load_rules

    try:
        rules = load_rules(args.deadlines) if args.deadlines else None
    except DeadlineError as err:
        Console(stderr=True, highlight=False).print(f"nianbao audit: {err}", markup=False)
        return 2
    timed = timeliness(args.out, rules, county=args.county, year=args.year)
    late = [t for t in timed if t.days_late]
    table = Table(title="reports published after the deadline")
    for col in ("body", "county", "year", "level", "released", "from", "deadline", "days late", "path"):
        table.add_column(col, overflow="fold", no_wrap=col != "path")
    for t in late:
        table.add_row(t.body or "", t.county or "", str(t.year or ""), t.level or "", t.released or "",
                      t.released_source or "", t.deadline or "", str(t.days_late), t.path)
    console.print(table)
    undated = sum(1 for t in timed if t.days_late is None)
    on_time = sum(1 for t in timed if t.days_late == 0)
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"nianbao audit: {len(timed)} report(s): {on_time} on time, {len(late)} late, {undated} undecided "
        "(no date, no rule for the level, or a later copy)")
    return 0
