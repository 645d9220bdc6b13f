"""Which reports are missing: for the bodies of a county and a span of years, the years without one."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Coverage:
    body_key: str
    body: str | None
    county: str | None
    years: list[int]  # years with a report
    missing: list[int]  # years of the span without one


def coverage(out: str | os.PathLike, county: str | None = None, first: int | None = None,
             last: int | None = None) -> list[Coverage]:
    """Per body (body_key) of the dataset in `out`: the years with a report and those missing.

    county: keep bodies whose county or key contains this text. first/last: the span of years
    (default: the earliest and latest year in the selection).
    """
    path = Path(out) / "reports.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no reports.csv (run `nianbao build` into this folder first)")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    bodies: dict[str, dict] = {}
    for r in rows:
        key, year = r.get("body_key"), r.get("year")
        if not key or not year:
            continue
        if county and county not in (r.get("county") or "") and county not in key:
            continue
        entry = bodies.setdefault(key, {"body": r.get("body") or r.get("place"), "county": r.get("county"),
                                        "years": set()})
        entry["years"].add(int(year))
    if not bodies:
        return []
    all_years = {y for b in bodies.values() for y in b["years"]}
    lo = first if first is not None else min(all_years)
    hi = last if last is not None else max(all_years)
    span = range(lo, hi + 1)
    return [Coverage(key, b["body"], b["county"], sorted(b["years"]), [y for y in span if y not in b["years"]])
            for key, b in sorted(bodies.items())]
