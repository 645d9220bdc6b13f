"""The statutory deadlines for publishing an annual report, as data, and the timeliness.deadline check.

The rules are rows of a CSV (extract/data/deadlines.csv): level, first_year, last_year, month, day and
an optional basis. A row says: reports of bodies of this level (`*`: every body) covering a year from
first_year to last_year (either may be empty: open) are due by day/month of the following year. The
rows shipped are the national rules: up to 2018 every body by 31 March (2008 条例); from 2019 government
departments by 31 January (2019 条例 art. 49), county-level and higher governments by 31 March (art. 50),
towns and streets by 31 January. A province with its own rule replaces the table (`--deadlines`).

For a report, the rule naming its level wins over a `*` rule; among rules of the same kind the first
listed wins. The check compares `released` with the deadline: on or before it passes, after it fails
and says by how many days. Without a date, a year or a rule for the level it is `uncertain`; so is a
page-header or metadata date after the end of the year the deadline falls in (a repost, a mirror or a
later copy of the file says nothing about when the report first came out).
"""

from __future__ import annotations

import csv
import datetime
import io
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.model import Check

CHECK_ID = "timeliness.deadline"
LEVELS = ("town", "street", "county", "city", "province", "department")
COLUMNS = ("level", "first_year", "last_year", "month", "day")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


class DeadlineError(ValueError):
    """A deadlines file that cannot be used; the message names the file, the line and the problem."""


@dataclass(frozen=True, slots=True)
class Rule:
    level: str  # a level of SCHEMA.md §1, or * for every body
    first_year: int | None
    last_year: int | None
    month: int
    day: int
    basis: str = ""
    origin: str = ""  # file:line it was read from

    def covers(self, level: str | None, year: int) -> bool:
        if self.level != "*" and self.level != level:
            return False
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year)

    def deadline(self, year: int) -> datetime.date:
        """The last day a report covering `year` may come out (29 February falls back to the 28th)."""
        try:
            return datetime.date(year + 1, self.month, self.day)
        except ValueError:
            return datetime.date(year + 1, self.month, 28)

    def describe(self) -> str:
        who = "every body" if self.level == "*" else self.level
        if self.first_year and self.last_year:
            years = f"reports for {self.first_year}–{self.last_year}"
        elif self.first_year:
            years = f"reports for {self.first_year} on"
        elif self.last_year:
            years = f"reports up to {self.last_year}"
        else:
            years = "reports of any year"
        return f"{who}, {years}: {self.day} {_MONTHS[self.month]} of the next year ({self.origin})"


def _year(value: str, where: str, name: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or not 1990 <= int(value) <= 2100:
        raise DeadlineError(f"{where}: {name} must be a year such as 2019 or empty, not {value!r}")
    return int(value)


def parse_rules(text: str, name: str) -> tuple[Rule, ...]:
    """Rules from the CSV text of a deadlines file (header: level,first_year,last_year,month,day[,basis])."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise DeadlineError(f"{name}: missing column(s) {', '.join(missing)} (need {','.join(COLUMNS)})")
    rules = []
    for i, raw in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        where = f"{name} line {i}"
        level = row["level"] or "*"
        if level not in LEVELS and level != "*":
            raise DeadlineError(f"{where}: level must be one of {', '.join(LEVELS)} or *, not {level!r}")
        first, last = _year(row["first_year"], where, "first_year"), _year(row["last_year"], where, "last_year")
        if first and last and first > last:
            raise DeadlineError(f"{where}: first_year {first} is after last_year {last}")
        try:
            month, day = int(row["month"]), int(row["day"])
            datetime.date(2000, month, day)
        except ValueError:
            raise DeadlineError(f"{where}: month {row['month']!r} and day {row['day']!r} are no date") from None
        rules.append(Rule(level, first, last, month, day, row.get("basis", ""), f"{Path(name).name}:{i}"))
    if not rules:
        raise DeadlineError(f"{name}: no rules")
    return tuple(rules)


def load_rules(path: str | os.PathLike) -> tuple[Rule, ...]:
    """The rules of a deadlines CSV file; DeadlineError for a file that cannot be read or used."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise DeadlineError(f"{path}: cannot read the deadlines file ({err})") from None
    return parse_rules(text, str(path))


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The national rules shipped in extract/data/deadlines.csv."""
    text = resources.files("extract.data").joinpath("deadlines.csv").read_text(encoding="utf-8")
    return parse_rules(text, "deadlines.csv")


def rule_for(level: str | None, year: int, rules: tuple[Rule, ...]) -> Rule | None:
    """The rule naming the level, else the first `*` rule, for a report covering `year`."""
    named = next((r for r in rules if r.level != "*" and r.covers(level, year)), None)
    return named or next((r for r in rules if r.level == "*" and r.covers(level, year)), None)


_SOURCE_WORDS = {"page_header": "the page header's", "metadata": "the file's metadata", "signature": "the signature"}


def deadline_check(released: str | None, source: str | None, level: str | None, year: int | None,
                   rules: tuple[Rule, ...] | None = None, cells: list | None = None) -> Check:
    """timeliness.deadline for one report: `released` (ISO date) against the deadline for its level and year."""
    rules = rules or default_rules()
    cells = list(cells or [])
    if year is None:
        return Check(CHECK_ID, "uncertain", "warning", "the year covered is not known: no deadline applies",
                     None, released, cells)
    rule = rule_for(level, year, rules)
    if rule is None:
        who = f"level {level}" if level else "a body of unknown level"
        return Check(CHECK_ID, "uncertain", "warning", f"no deadline rule for {who} and year {year}",
                     None, released, cells)
    due = rule.deadline(year)
    cells.append(f"rule:{rule.origin}")
    if released is None:
        return Check(CHECK_ID, "uncertain", "warning",
                     f"no publication date (no page header, metadata or signature date); due {due} by rule "
                     f"{rule.describe()}", due.isoformat(), None, cells)
    when = datetime.date.fromisoformat(released)
    late = (when - due).days
    said = f"released {released} ({_SOURCE_WORDS.get(source or '', source)} date)"
    if late > 0 and source in ("page_header", "metadata") and when.year > due.year:
        return Check(CHECK_ID, "uncertain", "warning",
                     f"{said}, {late} days after the deadline {due}: a repost, mirror or later copy? "
                     f"(rule {rule.describe()})", due.isoformat(), released, cells)
    if late > 0:
        return Check(CHECK_ID, "fail", "warning",
                     f"{said}, {late} days late: the deadline was {due} (rule {rule.describe()})",
                     due.isoformat(), released, cells)
    return Check(CHECK_ID, "pass", "warning", f"{said}, on or before the deadline {due} (rule {rule.describe()})",
                 due.isoformat(), released, cells)


def days_late(check: dict) -> int | None:
    """Days after the deadline of a decided timeliness.deadline result (0 when on time); None otherwise."""
    if check.get("status") not in ("pass", "fail") or not check.get("expected") or not check.get("actual"):
        return None
    late = (datetime.date.fromisoformat(str(check["actual"])) - datetime.date.fromisoformat(str(check["expected"])))
    return max(late.days, 0)


def recheck(report: dict, rules: tuple[Rule, ...]) -> dict:
    """A report dict with its timeliness.deadline result made again under other rules (the date evidence
    it names is kept)."""
    checks = list(report.get("checks") or [])
    old = next((c for c in checks if c.get("id") == CHECK_ID), None)
    cells = [c for c in (old or {}).get("cells") or [] if not (isinstance(c, str) and c.startswith("rule:"))]
    new = deadline_check(report.get("released"), report.get("released_source"), report.get("level"),
                         report.get("year"), rules, cells).to_dict()
    checks = [new if c is old else c for c in checks] if old else [*checks, new]
    return {**report, "checks": checks}
