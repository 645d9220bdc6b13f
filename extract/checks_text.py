"""Checks of CHECKS.md over the report's narrative figures: do breakdown lists add up?

`active.items_sum`: a list presented as the breakdown of active.total (其中 / 包括 / 分别为, or a
clause such as 在主动公开的信息中) adds up to it. `active.channels_sum`: a list whose items are all
channels adds up to the figure it divides. A one-item 其中 names a part, not a breakdown, and is not
checked. A list or total given approximately (余, 约), or a list ending in 等 that falls short, is
`uncertain`: it cannot be told to be wrong. A list found by its shape alone (extract.lists) that adds
up to no stated figure is `uncertain` as well, and says so.
"""

from __future__ import annotations

from collections import defaultdict

from extract.model import Check, Fact, Report

# lists found by their shape alone (extract.lists): read as items even when they divide no stated figure
_SHAPE_RULES = frozenset({"list.structure", "list.lines"})


def _span(f: Fact) -> dict:
    return {"start": f.start, "end": f.end, "text": f.text, "value": f.value,
            **({"label": f.label} if f.label else {})}


def _parent(facts: list[Fact], group: int) -> Fact | None:
    """The figure a group's lists divide: active.total, else the channel count that opened the list."""
    members = [f for f in facts if f.group == group and f.breakdown is None
               and f.metric in ("active.total", "active.item")]
    return next((f for f in members if f.metric == "active.total"), members[0] if members else None)


def _status(total: Fact, items: list[Fact]) -> str:
    actual = sum(f.value for f in items)
    if total.approx or any(f.approx for f in items):
        return "uncertain"
    if abs(actual - total.value) < 1e-9:
        return "pass"
    if any(f.open_ended for f in items) and actual < total.value:
        return "uncertain"
    return "fail"


def breakdown_checks(facts: list[Fact]) -> list[Check]:
    """active.items_sum and active.channels_sum for every breakdown list among `facts`."""
    lists: dict[tuple[int, int], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.metric == "active.item" and f.group is not None and f.breakdown is not None:
            lists[(f.group, f.breakdown)].append(f)
    checks: list[Check] = []
    for (group, _), items in lists.items():
        if len(items) < 2:
            continue
        parent = _parent(facts, group)
        if parent is None and items[0].rule in _SHAPE_RULES:
            actual = sum(f.value for f in items)
            checks.append(Check(id="active.items_sum", status="uncertain", severity="warning",
                                message=f"a list of {len(items)} items adding up to {actual:g} divides no stated figure",
                                expected=None, actual=actual, cells=[_span(f) for f in items]))
            continue
        if parent is None:
            continue
        if all(f.channel for f in items):
            check_id, what = "active.channels_sum", "the channel counts"
        else:  # kinds dividing the total, or dividing one channel's count (公示公告栏318条,其中…)
            check_id, what = "active.items_sum", "the breakdown items"
        actual = sum(f.value for f in items)
        status = _status(parent, items)
        lead = items[0].lead or "the list"
        message = (f"{what} after {lead} ({len(items)}) add up to {actual:g}, the figure they divide is "
                   f"{parent.value:g}")
        if status == "uncertain":
            message += " (approximate or open-ended: cannot be told)"
        checks.append(Check(id=check_id, status=status, severity="warning", message=message,
                            expected=parent.value, actual=actual, cells=[_span(parent)] + [_span(f) for f in items]))
    return checks


def text_checks(report: Report) -> list[Check]:
    return breakdown_checks(report.facts)
