"""The two artefacts people pass around, report.html and report.xlsx, chosen by file suffix."""

from __future__ import annotations

import os
from pathlib import Path

FORMATS = (".html", ".xlsx")


def write_report(folder: str | os.PathLike, path: str | os.PathLike | None = None) -> list[Path]:
    """Write the report of the dataset in `folder` to `path`, as HTML or Excel by its suffix
    (.html / .htm or .xlsx); without `path`, both folder/report.html and folder/report.xlsx."""
    from outputs.html_report import write_html
    from outputs.xlsx_report import write_xlsx

    if path is None:
        return [write_html(folder), write_xlsx(folder)]
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm"):
        return [write_html(folder, path)]
    if suffix == ".xlsx":
        return [write_xlsx(folder, path)]
    raise ValueError(f"{path}: the report is written as .html or .xlsx, not {suffix or 'a file without suffix'}")
