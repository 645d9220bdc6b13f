"""The audit checks of CHECKS.md that one report can answer by itself."""

from __future__ import annotations

from extract.checks_meta import meta_checks
from extract.checks_tables import table_checks
from extract.checks_text import text_checks
from extract.model import Check, Report


def run_checks(report: Report) -> list[Check]:
    return text_checks(report) + table_checks(report) + meta_checks(report)
