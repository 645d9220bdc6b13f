"""nianbao: government information-disclosure annual reports into checked, comparable data.

    >>> import nianbao
    >>> report = nianbao.extract("corpus/samples/seed_yijiuzhen_2018.txt")
    >>> report.to_dict()["facts"][0]["metric"]
    'active.total'
"""

from __future__ import annotations

from pathlib import Path

from extract import build_report
from extract.model import Check, Fact, Report, Section
from parsers import Document, InputError, read

__all__ = ["Check", "Document", "Fact", "InputError", "Report", "Section", "__version__", "explain", "extract", "read",
           "report"]
__version__ = "0.1.0"


def extract(path: str | Path, deadlines: str | Path | None = None) -> Report:
    """Read one report file (text, PDF, HTML, DOCX; told apart by content) and extract everything.

    `deadlines`: a deadlines CSV replacing the national rules of timeliness.deadline (see the README).
    Raises InputError with a one-line reason for a file that cannot be read or is not a report, and
    extract.deadlines.DeadlineError for a deadlines file that cannot be used.
    """
    rules = None
    if deadlines is not None:
        from extract.deadlines import load_rules

        rules = load_rules(deadlines)
    return build_report(read(path), rules)


def explain(path: str | Path) -> tuple[Report, list]:
    """Read one report and say, for every count in its text, the fact it became and the rule that read it,
    or why each rule that looked at it let it go (a list of extract.explain.CountVerdict)."""
    from extract.explain import explain as _explain

    report = build_report(read(path), require_report=False)  # a fragment is explained as well
    return report, _explain(report)


def build(paths, out, **options):
    """Build the corpus dataset (SCHEMA.md §3) from files and folders, with report.html and report.xlsx
    (report=False for the dataset alone); see nianbao.corpus_build.build and corpus.run.build."""
    from nianbao.corpus_build import build as _build

    return _build(paths, out, **options)


def report(out, path=None) -> list[Path]:
    """Write the report of a built dataset: `path` ending .html (offline page with charts) or .xlsx
    (workbook); without `path`, both inside `out`. Returns the files written."""
    from outputs.report_files import write_report

    return write_report(out, path)
