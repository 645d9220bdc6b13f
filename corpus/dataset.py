"""The corpus dataset as data: named tables of rows with fixed column orders, and how each is typed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# column name -> type for every column whose type is known; other columns are text, except the
# metric columns of the wide table, which are numbers
INT_COLUMNS = {"year", "pages", "n_facts", "n_cells", "n_checks", "n_fail", "n_warn", "n_uncertain",
               "n_warnings", "page", "start", "end", "size", "days_late"}
FLOAT_COLUMNS = {"value", "similarity"}
BOOL_COLUMNS = {"approx", "nested"}


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[dict] = field(default_factory=list)
    numeric_rest: bool = False  # columns beyond `fixed` hold numbers (the wide table)
    fixed: tuple[str, ...] = ()
    parquet: Path | None = None  # a streamed run's table: typed rows in this file, not in `rows`

    def column_type(self, column: str) -> str:
        if column in INT_COLUMNS:
            return "int"
        if column in FLOAT_COLUMNS:
            return "float"
        if column in BOOL_COLUMNS:
            return "bool"
        if self.numeric_rest and column not in self.fixed:
            return "float"
        return "str"


@dataclass
class Dataset:
    """The tables of one corpus run, in the order they are written."""

    tables: list[Table]

    def __getitem__(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)
