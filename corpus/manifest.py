"""manifest.csv: what the researcher knows about the files, which wins over what is read from them.

Columns (UTF-8, with or without BOM): `path` or `body` names what a row is about, the rest says it:
`county`, `province`, `level`, and overrides of the extracted `body`, `place`, `year`. A `path` is a
file, a folder (every file under it) or a glob, relative to the manifest's folder or absolute; the
longest matching path wins. A row without `path` matches reports whose body or place equals `body`.
Empty cells say nothing.
"""

from __future__ import annotations

import csv
import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import BuildError

FIELDS = ("county", "province", "level", "body", "place", "year")
LEVELS = ("town", "street", "county", "city", "province", "department")


class ManifestError(BuildError, ValueError):
    """A manifest that cannot be used; the message names the file, row and problem."""


@dataclass(slots=True)
class Entry:
    key: str  # a resolved path or glob, or a body name
    by_path: bool
    values: dict[str, str | int]


class Manifest:
    def __init__(self, entries: list[Entry]) -> None:
        self.paths = sorted((e for e in entries if e.by_path), key=lambda e: -len(e.key))
        self.bodies = {e.key: e for e in entries if not e.by_path}

    @classmethod
    def load(cls, path: str | os.PathLike) -> Manifest:
        src = Path(path)
        try:
            text = src.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise ManifestError(f"{src}: cannot read the manifest ({err})") from None
        rows = list(csv.DictReader(text.splitlines()))
        header = {h.strip().lower() for h in (rows[0].keys() if rows else [])}
        if rows and not ({"path", "body"} & header):
            raise ManifestError(f"{src}: the manifest needs a `path` or a `body` column")
        entries = []
        for n, raw in enumerate(rows, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            values: dict[str, str | int] = {k: row[k] for k in FIELDS if row.get(k)}
            if "level" in values and values["level"] not in LEVELS:
                raise ManifestError(f"{src}: row {n}: level {values['level']!r} is not one of {', '.join(LEVELS)}")
            if "year" in values:
                try:
                    values["year"] = int(values["year"])
                except ValueError:
                    raise ManifestError(f"{src}: row {n}: year {values['year']!r} is not a year") from None
            if row.get("path"):
                key = row["path"]
                if not os.path.isabs(key):
                    key = os.path.join(src.parent, key)
                entries.append(Entry(os.path.normpath(os.path.abspath(key)), True, values))
            elif row.get("body"):
                values.pop("body", None)
                entries.append(Entry(row["body"], False, values))
            else:
                raise ManifestError(f"{src}: row {n}: neither `path` nor `body` is given")
        return cls(entries)

    def lookup(self, path: str, body: str | None, place: str | None) -> dict[str, str | int]:
        """The manifest's values for one report; path rows first, body rows fill what is left."""
        found: dict[str, str | int] = {}
        full = os.path.normpath(os.path.abspath(path))
        for entry in self.paths:
            if full == entry.key or full.startswith(entry.key + os.sep) or fnmatch.fnmatch(full, entry.key):
                found.update(entry.values)
                break
        name = found.get("body", body)
        for key in (name, found.get("place", place)):
            if key and key in self.bodies:
                for k, v in self.bodies[key].values.items():
                    found.setdefault(k, v)
                break
        return found
