"""Comparison metrics per report (so per body and year), from the figures the report gives.

Each is absent when a figure it needs is absent, blank or a denominator is 0 — never a guessed 0.

- derived.applications: applications received in the year: 表三 一、本年新收 总计; for a report
  without 表三, the narrative count of applications received (apply.received).
- derived.applications_with_carried_over: 表三 一 + 二 (新收 + 上年结转), 总计 column.
- derived.disclosure_rate: (（一）予以公开 + （二）部分公开) / （七）总计, 总计 column.
- derived.review_correction_rate: 表四 行政复议 结果纠正 / (总计 − 尚未审结): the share of decided
  reconsiderations that corrected the body.
- derived.litigation_per_100_applications: 100 × (表四 未经复议直接起诉 总计 + 复议后起诉 总计) /
  derived.applications; without 表四, the narrative litigation.total.
- derived.active_items: items disclosed proactively in the year (the headline active.total).
- derived.text_reuse_share: share of the report's sentences repeating the body's previous report
  (cross_year.text_reuse), boilerplate not counted.
"""

from __future__ import annotations

DERIVED = ("derived.applications", "derived.applications_with_carried_over", "derived.disclosure_rate",
           "derived.review_correction_rate", "derived.litigation_per_100_applications", "derived.active_items",
           "derived.text_reuse_share")


def _num(row: dict, key: str) -> float | None:
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value


def _ratio(num: float | None, den: float | None, scale: float = 1.0) -> float | None:
    if num is None or den is None or den <= 0:
        return None
    return round(scale * num / den, 4)


def derived_metrics(wide: dict) -> dict[str, float | None]:
    """The derived metrics of one wide row (table cells as 't3.<row>.<col>', narrative metrics)."""
    new = _num(wide, "t3.new_received.total")
    over = _num(wide, "t3.carried_over.total")
    applications = new if new is not None else _num(wide, "apply.received")
    granted, partial = _num(wide, "t3.granted.total"), _num(wide, "t3.partial_grant.total")
    processed = _num(wide, "t3.total_processed.total")
    review_total, pending = _num(wide, "t4.review.total"), _num(wide, "t4.review.pending")
    corrected = _num(wide, "t4.review.corrected")
    direct, after = _num(wide, "t4.litigation_direct.total"), _num(wide, "t4.litigation_after_review.total")
    suits = direct + after if direct is not None and after is not None else None
    if suits is None and direct is None and after is None:
        suits = _num(wide, "litigation.total")
    return {
        "derived.applications": applications,
        "derived.applications_with_carried_over": new + over if new is not None and over is not None else None,
        "derived.disclosure_rate": _ratio(granted + partial, processed)
        if granted is not None and partial is not None else None,
        "derived.review_correction_rate": _ratio(corrected, review_total - pending)
        if review_total is not None and pending is not None else None,
        "derived.litigation_per_100_applications": _ratio(suits, applications, 100.0),
        "derived.active_items": _num(wide, "active.total"),
    }
