"""Which reports came out after their deadline, read back from a built dataset (reports.csv).

Each report row carries `released`, `released_source`, the `deadline` applied and `days_late` (0 when on
time, empty when the check could not decide). Given other rules, the deadline and the days late are
made again from the row's date, level and year, so a province's own rule can be tried on a built
dataset without building it again.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from extract.deadlines import Rule, days_late, deadline_check


@dataclass
class Timed:
    body_key: str | None
    body: str | None
    county: str | None
    year: int | None
    level: str | None
    released: str | None
    released_source: str | None
    deadline: str | None
    days_late: int | None  # None: undecided (no date, no rule, or a later copy)
    path: str


def _int(value: str | None) -> int | None:
    return int(float(value)) if value not in (None, "") else None


def timeliness(out: str | os.PathLike, rules: tuple[Rule, ...] | None = None, county: str | None = None,
               year: int | None = None) -> list[Timed]:
    """Every report of the dataset in `out` with its deadline and days late (under `rules` when given),
    filtered by county (substring of the county or body key) and year; sorted by county, body, year."""
    path = Path(out) / "reports.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no reports.csv (run `nianbao build` into this folder first)")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    found = []
    for r in rows:
        y = _int(r.get("year"))
        if county and county not in (r.get("county") or "") and county not in (r.get("body_key") or ""):
            continue
        if year is not None and y != year:
            continue
        released, source = r.get("released") or None, r.get("released_source") or None
        deadline, late = r.get("deadline") or None, _int(r.get("days_late"))
        if rules is not None:
            check = deadline_check(released, source, r.get("level") or None, y, rules).to_dict()
            deadline, late = check.get("expected"), days_late(check)
        found.append(Timed(r.get("body_key") or None, r.get("body") or r.get("place") or None, r.get("county") or None,
                           y, r.get("level") or None, released, source, deadline, late, r.get("path") or ""))
    found.sort(key=lambda t: (t.county or "\uffff", t.body_key or t.path, t.year or 0, t.path))
    return found
