"""The audit checks of CHECKS.md that one report can answer by itself."""

from __future__ import annotations

from extract.checks_meta import meta_checks
from extract.checks_tables import table_checks
from extract.checks_text import text_checks
from extract.deadlines import Rule, deadline_check
from extract.model import Check, Report


def run_checks(report: Report, deadlines: tuple[Rule, ...] | None = None) -> list[Check]:
    """Every check of one report; `deadlines` replaces the national rules of timeliness.deadline."""
    timeliness = deadline_check(report.released, report.released_source, report.level, report.year, deadlines,
                                report.released_cells)
    return text_checks(report) + table_checks(report) + meta_checks(report) + [timeliness]
