"""The audit checks of CHECKS.md that one report can answer by itself."""

from __future__ import annotations

from extract.model import Check, Report


def run_checks(report: Report) -> list[Check]:
    return []
