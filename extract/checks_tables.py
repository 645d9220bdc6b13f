"""Checks of CHECKS.md over the report's tables."""

from __future__ import annotations

from extract.model import Check, Report


def table_checks(report: Report) -> list[Check]:
    return []
