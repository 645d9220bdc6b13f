"""The `nianbao` command: each subcommand is a thin layer over a documented Python function."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

import nianbao
from nianbao.audit import add_audit_parser
from nianbao.report import add_report_parser
from parsers import InputError

if TYPE_CHECKING:
    from rich.console import Console


def _console(**kwargs) -> Console:
    """rich, imported only when something is printed through it (--json output needs none)."""
    from rich.console import Console

    return Console(highlight=False, **kwargs)


def _err_console() -> Console:
    return _console(stderr=True, soft_wrap=True)


def _fail_line(err: Exception, path: str) -> str:
    if isinstance(err, InputError):
        return f"nianbao: {err.path}: {err.problem}"
    kind = type(err).__name__
    return f"nianbao: {path}: internal error while reading ({kind}: {str(err).splitlines()[0] if str(err) else ''})"


def _deadline_rules(path: str | None, command: str):
    """The rules of a --deadlines file (None: the national ones); exits with one line if it is unusable."""
    if path is None:
        return None
    from extract.deadlines import DeadlineError, load_rules

    try:
        return load_rules(path)
    except DeadlineError as err:
        _err_console().print(f"nianbao {command}: {err}", markup=False)
        raise SystemExit(2) from None


def cmd_extract(args: argparse.Namespace) -> int:
    from extract import build_report

    console = None
    rules = _deadline_rules(args.deadlines, "extract")
    status = 0
    for path in args.files:
        try:
            report = build_report(nianbao.read(path), rules)
        except Exception as err:  # every file ends as a report or a one-line error
            _err_console().print(_fail_line(err, path), markup=False)
            status = 1
            continue
        if args.json:
            sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            console = console or _console()
            _print_report(console, report)
    return status


def _print_report(console: Console, report: nianbao.Report) -> None:
    from rich.table import Table

    d = report.to_dict()
    console.rule(f"[bold]{d['source']['path']}")
    meta = Table(show_header=False, box=None)
    for key in ("body", "place", "level", "year", "published", "released", "template"):
        value = str(d[key]) if d[key] is not None else "—"
        if key == "released" and d["released_source"]:
            value += f" ({d['released_source']})"
        meta.add_row(key, value)
    meta.add_row("medium", f"{d['source']['medium']}, {d['source']['pages']} page(s)")
    console.print(meta)
    if d["sections"]:
        t = Table(title="sections")
        for col in ("id", "heading", "page"):
            t.add_column(col)
        for s in d["sections"]:
            t.add_row(s["id"], s["heading"][:40], str(s["page"] or ""))
        console.print(t)
    if d["facts"]:
        t = Table(title="facts")
        for col in ("metric", "label", "value", "unit", "text"):
            t.add_column(col, overflow="fold")
        for f in d["facts"]:
            value = f"{'~' if f['approx'] else ''}{f['value']}"
            t.add_row(f["metric"], f["label"] or "", value, f["unit"] or "", f["text"][:50])
        console.print(t)
    for name, table in d["tables"].items():
        console.print(f"table [bold]{name}[/]: {_count_cells(table)} cells")
    if d["checks"]:
        t = Table(title="checks")
        for col in ("id", "status", "severity", "message"):
            t.add_column(col, overflow="fold")
        colours = {"pass": "green", "fail": "red", "uncertain": "yellow"}
        for c in d["checks"]:
            t.add_row(c["id"], f"[{colours.get(c['status'], 'white')}]{c['status']}[/]", c["severity"],
                      c["message"])
        console.print(t)
    for w in d["warnings"]:
        console.print(f"[yellow]warning:[/] {w}", markup=True)


def _count_cells(node) -> int:
    if isinstance(node, dict) and "kind" not in node:
        return sum(_count_cells(v) for v in node.values())
    return 1


def cmd_explain(args: argparse.Namespace) -> int:
    try:
        _, verdicts = nianbao.explain(args.file)
    except Exception as err:
        _err_console().print(_fail_line(err, args.file), markup=False)
        return 1
    if args.json:
        for v in verdicts:
            if args.missed and v.facts:
                continue
            sys.stdout.write(json.dumps(v.to_dict(), ensure_ascii=False) + "\n")
        return 0
    from rich.table import Table

    table = Table(title=f"counts in {args.file}")
    for col in ("at", "count", "clause", "became / let go"):
        table.add_column(col, overflow="fold")
    for v in verdicts:
        if args.missed and v.facts:
            continue
        if v.facts:
            said = "\n".join(f"[green]{f['metric']}[/] {f['label'] or ''} = {f['value']}  ({f['rule']})"
                             for f in v.facts)
        else:
            said = "\n".join(f"[yellow]{rule}[/]: {why}" for rule, why in v.let_go)
        table.add_row(f"{v.start}" + (f" p{v.page}" if v.page else ""), v.text, v.context[:80], said)
    _console().print(table)
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    try:
        doc = nianbao.read(args.file)
    except Exception as err:
        _err_console().print(_fail_line(err, args.file), markup=False)
        return 1
    sys.stdout.write(doc.text)
    if not doc.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from corpus.errors import BuildError
    from nianbao.corpus_build import build

    rules = _deadline_rules(args.deadlines, "build")
    try:
        summary = build(args.paths, args.out, jobs=args.jobs, dask_address=args.dask, deadlines=rules,
                        manifest=args.manifest, timeout=args.timeout, memory_mb=args.memory_mb,
                        progress=not args.quiet, report=not args.no_report, in_memory=args.in_memory)
    except BuildError as err:
        _err_console().print(f"nianbao build: {err}", markup=False)
        return 2
    if args.strict and summary.get("errors"):
        return 1
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    from corpus.labels import label_counts, mapped_share

    try:
        rows = label_counts(args.source, unmapped_only=False)
    except InputError as err:
        _err_console().print(_fail_line(err, args.source), markup=False)
        return 1
    mapped, total = mapped_share(rows)
    shown = rows if args.all else [r for r in rows if not r.mapped]
    if args.tsv:
        sys.stdout.write("count\tlabel\tid\tanchor\n")
        for r in shown:
            sys.stdout.write(f"{r.count}\t{r.label}\t{r.id}\t{r.anchor or ''}\n")
    else:
        from rich.table import Table

        table = Table(title="active.item labels" if args.all else "labels mapped to other / other_channel")
        for col in ("count", "label", "id", "anchor"):
            table.add_column(col, overflow="fold")
        for r in shown:
            table.add_row(str(r.count), r.label, r.id, r.anchor or "")
        _console().print(table)
    sys.stdout.flush()
    share = f"{mapped / total:.1%}" if total else "n/a"
    _err_console().print(f"{mapped} of {total} active.item facts mapped to a category or channel ({share}); "
                         f"{len([r for r in rows if not r.mapped])} distinct labels unmapped", markup=False)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nianbao", description=__doc__)
    parser.add_argument("--version", action="version", version=f"nianbao {nianbao.__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract one or more reports")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per file, input order")
    p.add_argument("--deadlines", default=None, metavar="deadlines.csv",
                   help="publication deadlines (level,first_year,last_year,month,day) replacing the national ones")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("explain", help="for each count in a report's text, the rule that read it or why none did")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="JSON Lines, one object per count")
    p.add_argument("--missed", action="store_true", help="only the counts that gave no fact")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("text", help="print the normalised text that offsets refer to")
    p.add_argument("file")
    p.set_defaults(func=cmd_text)

    p = sub.add_parser("build", help="build the corpus dataset from files and folders")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--out", required=True)
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--dask", default=None, metavar="tcp://HOST:PORT", help="run on a Dask cluster")
    p.add_argument("--manifest", default=None, help="manifest.csv: path or body -> county, province, level")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per file")
    p.add_argument("--memory-mb", type=int, default=1500, help="memory allowed per worker")
    p.add_argument("--deadlines", default=None, metavar="deadlines.csv",
                   help="publication deadlines (level,first_year,last_year,month,day) replacing the national ones")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any file failed")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-report", action="store_true", help="do not write report.html / report.xlsx")
    p.add_argument("--in-memory", action="store_true",
                   help="assemble the dataset in memory rather than from Parquet parts (small corpora)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("labels", help="breakdown labels that fit no category or channel, most frequent first")
    p.add_argument("source", help="a dataset folder from `nianbao build`, a facts.csv, or report JSON (lines)")
    p.add_argument("--all", action="store_true", help="every label with the id it maps to")
    p.add_argument("--tsv", action="store_true", help="tab-separated output")
    p.set_defaults(func=cmd_labels)

    add_audit_parser(sub)
    add_report_parser(sub)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err_console().print("nianbao: interrupted")
        return 130
    except BrokenPipeError:
        return 0
