"""Which reports are the same body's: one key for an office however a year's report names it.

区政府 and 区人民政府, 街道 and 街道办事处 (or 街道办), traditional and simplified characters, spaces
and full-width forms all give one key. A renamed place is merged by manifest.csv (a `body` row with
the old name and the new `place`), which the corpus run applies before the key is made. Offices of a
place's government (town, street, county, city, province) are keyed by the place; departments by
their full name. Towns, streets and departments carry their county when it is known, so two 城关镇
of different counties stay two bodies.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from extract.simplified import simplified

GOVERNMENT_LEVELS = ("town", "street", "county", "city", "province")
_SPACE = regex.compile(r"[\s·•]+")
# longest variants first: each pair is (as printed, canonical)
_SUFFIXES = (
    ("街道办事处", "街道"), ("街道办", "街道"), ("人民政府", "政府"),
)
_TRAILING = regex.compile(r"(政府|办事处)$")


def canonical_name(name: str | None) -> str | None:
    """A body or place name as one spelling: 某某区人民政府 → 某某区, 某某街道办事处 → 某某街道."""
    if not name:
        return None
    text = simplified(unicodedata.normalize("NFKC", name))
    text = _SPACE.sub("", text)
    for printed, canonical in _SUFFIXES:
        text = text.replace(printed, canonical)
    text = _TRAILING.sub("", text)
    return text or None


def body_key(body: str | None, place: str | None, level: str | None = None,
             county: str | None = None) -> str | None:
    """The key of the body that issued a report; None when neither body nor place is known.

    The same office gives the same key in every year: '平潭县人民政府' and '平潭县政府' → '平潭县';
    a town's key is '<county>/<town>' when the county is known.
    """
    if level in GOVERNMENT_LEVELS:
        name = canonical_name(place) or canonical_name(body)
    else:
        name = canonical_name(body) or canonical_name(place)
    if not name:
        return None
    if level in ("county", "city", "province"):
        return name
    county_name = canonical_name(county)
    if county_name and county_name != name and not name.startswith(county_name):
        return f"{county_name}/{name}"
    return name


@dataclass
class Filed:
    """One report as the cross-report checks see it: who filed it, for which year, and what it holds."""

    report_id: str
    body_key: str | None
    body: str | None
    year: int | None
    path: str
    report: dict
    fingerprint: dict | None = None
    county: str | None = None

    @property
    def fullness(self) -> int:
        tables = self.report.get("tables") or {}
        return len(self.report.get("facts") or []) + sum(len(t) for t in tables.values())


def by_body(filed: list[Filed]) -> tuple[dict[str, list[Filed]], list[Filed]]:
    """{body_key: one report per year, in year order} and the reports set aside.

    When a body has several reports for one year (a page and its PDF, a re-publication), the fullest
    one stands for the year; the others are set aside (they are listed, not compared).
    """
    groups: dict[tuple[str, int], list[Filed]] = {}
    for f in filed:
        if f.body_key and f.year is not None:
            groups.setdefault((f.body_key, f.year), []).append(f)
    series: dict[str, list[Filed]] = {}
    aside: list[Filed] = []
    for (key, _year), items in sorted(groups.items()):
        items.sort(key=lambda f: (-f.fullness, f.path))
        series.setdefault(key, []).append(items[0])
        aside += items[1:]
    return series, aside
