"""Checks of CHECKS.md over the report's meta."""

from __future__ import annotations

from extract.model import Check, Report


def meta_checks(report: Report) -> list[Check]:
    return []
