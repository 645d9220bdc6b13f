"""What extraction produces for one report: sections, facts, tables, checks (SCHEMA.md §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from parsers.model import Cell, Document


@dataclass(slots=True)
class Section:
    id: str
    heading: str
    start: int
    end: int
    page: int | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "heading": self.heading, "start": self.start, "end": self.end, "page": self.page}


@dataclass(slots=True)
class Fact:
    """One narrative figure, with the span of normalised text it was read from."""

    metric: str
    value: float | int
    label: str | None = None
    unit: str | None = None
    approx: bool = False
    text: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None
    source: str = "text"  # text | ocr
    category: str | None = None
    channel: str | None = None
    section: str | None = None
    group: int | None = None  # shared by a total and the breakdown list that divides it
    value_start: int | None = None  # the figure itself inside `text` (start/end span the whole clause)
    value_end: int | None = None
    part_of: Fact | None = None  # an item of a nested list: the item it divides (不计入 category sums twice)
    breakdown: int | None = None  # an item: which list of its group (a total may be divided twice)
    lead: str | None = None  # an item: the words presenting its list (其中, 包括, 分别为, …中)
    open_ended: bool = False  # an item: its list ends with 等 or names items without a count
    rule: str | None = None  # the phrasing family that read it (active.headline, list.lead, stat_table.row, …)

    def to_dict(self) -> dict:
        out = {"metric": self.metric, "label": self.label, "value": self.value, "unit": self.unit,
               "approx": self.approx, "text": self.text, "start": self.start, "end": self.end,
               "page": self.page, "rule": self.rule}
        if self.source != "text":
            out["source"] = self.source
        if self.category is not None:
            out["category"] = self.category
        if self.channel is not None:
            out["channel"] = self.channel
        if self.group is not None:
            out["group"] = self.group
        if self.value_start is not None:
            out["value_start"], out["value_end"] = self.value_start, self.value_end
        if self.part_of is not None:
            out["nested"] = True
        return out


@dataclass(slots=True)
class Check:
    id: str
    status: str  # pass | fail | uncertain
    severity: str  # error | warning
    message: str
    expected: Any = None
    actual: Any = None
    cells: list[Any] = field(default_factory=list)  # cell addresses ("t3.granted.total") or text spans

    def to_dict(self) -> dict:
        return {"id": self.id, "status": self.status, "severity": self.severity, "message": self.message,
                "expected": self.expected, "actual": self.actual, "cells": self.cells}


# tables: {"t3": {"granted": {"total": Cell}}, "t2": {"licensing": Cell, ...}}
Tables = dict[str, dict[str, Any]]


def tables_to_dict(tables: Tables) -> dict:
    def walk(node: Any) -> Any:
        if isinstance(node, Cell):
            return node.to_dict()
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        return node

    return walk(tables)


@dataclass
class Report:
    document: Document
    body: str | None = None
    place: str | None = None
    level: str | None = None
    year: int | None = None
    published: str | None = None
    released: str | None = None  # when it was made public (extract.released)
    released_source: str | None = None  # page_header | metadata | signature
    released_cells: list[dict] = field(default_factory=list)  # where the date was read (extract.released)
    template: str | None = None
    template_parts: dict[str, str] = field(default_factory=dict)  # hybrid: which part follows which
    sections: list[Section] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    tables: Tables = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {
            "source": self.document.source_info(),
            "body": self.body,
            "place": self.place,
            "level": self.level,
            "year": self.year,
            "published": self.published,
            "released": self.released,
            "released_source": self.released_source,
            "template": self.template,
            "sections": [s.to_dict() for s in self.sections],
            "facts": [f.to_dict() for f in self.facts],
            "tables": tables_to_dict(self.tables),
            "checks": [c.to_dict() for c in self.checks],
            "warnings": list(self.document.warnings) + self.warnings,
        }
        if self.template_parts:
            out["template_parts"] = dict(self.template_parts)
        return out

    def facts_of(self, metric: str) -> list[Fact]:
        return [f for f in self.facts if f.metric == metric]
