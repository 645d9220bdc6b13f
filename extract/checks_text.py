"""Checks of CHECKS.md over the report's text."""

from __future__ import annotations

from extract.model import Check, Report


def text_checks(report: Report) -> list[Check]:
    return []
