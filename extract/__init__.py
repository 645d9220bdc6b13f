"""Document -> Report: sections, metadata, narrative facts, template tables, checks."""

from __future__ import annotations

from extract.categories import classify_facts
from extract.checks import run_checks
from extract.deadlines import Rule
from extract.facts import narrative_facts
from extract.identify import not_a_report_reason
from extract.meta import read_metadata
from extract.model import Check, Fact, Report, Section
from extract.released import released
from extract.sections import find_sections
from extract.tables import read_tables
from extract.template import decide_template
from parsers.errors import InputError
from parsers.model import Cell, Document

__all__ = ["Check", "Fact", "Report", "Section", "build_report"]


def build_report(doc: Document, deadlines: tuple[Rule, ...] | None = None, require_report: bool = True) -> Report:
    """Run every extractor over one Document, in dependency order.

    `deadlines`: the rules of timeliness.deadline (extract.deadlines.load_rules), else the national ones.
    Raises InputError when the document is not a disclosure annual report (unless `require_report` is
    False, as when a user asks why a fragment reads as it does).
    """
    report = Report(document=doc)
    report.sections = find_sections(doc)
    report.tables, table_warnings = read_tables(doc, report.sections)
    report.warnings.extend(table_warnings)
    meta = read_metadata(doc, report.sections)
    report.body, report.place, report.level = meta.body, meta.place, meta.level
    report.year, report.published = meta.year, meta.published
    when = released(doc, meta.year)
    if when is not None:
        report.released, report.released_source = when.date, when.source
        report.released_cells = when.cells
    report.template, report.template_parts = decide_template(doc, report.sections, report.tables, meta.year)
    report.facts = narrative_facts(doc, report.sections, warnings=report.warnings)
    classify_facts(report.facts)
    reason = not_a_report_reason(report)
    if reason and require_report:
        raise InputError(doc.path, reason, "extract")
    if reason:
        report.warnings.append(reason)
    _mark_ocr_figures(report)
    report.checks = run_checks(report, deadlines)
    return report


def _mark_ocr_figures(report: Report) -> None:
    """Figures read from OCR'd pages say so, whichever extractor found them."""
    doc = report.document
    if not any(p.ocr for p in doc.pages):
        return
    for fact in report.facts:
        if doc.read_by_ocr(fact.start):
            fact.source = "ocr"
    ocr_pages = {p.number for p in doc.pages if p.ocr}
    stack: list = [report.tables]
    while stack:
        node = stack.pop()
        if isinstance(node, Cell):
            if node.page in ocr_pages:
                node.source = "ocr"
        elif isinstance(node, dict):
            stack.extend(node.values())
