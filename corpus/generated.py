"""A folder of generated reports (corpus.synthetic), laid out like a researcher's download folder.

Bodies × years, one file per report under <county>/<body>/<year>.<ext>; every `pdf_every`-th report
is rendered as PDF, the rest as UTF-8 text. Used by the corpus tests and bench/corpus_bench.py.
"""

from __future__ import annotations

import os
from pathlib import Path

from corpus.synthetic.compose import compose

YEARS = (2018, 2019, 2020, 2021, 2022, 2023)
_COUNTY_FIRST = "东西南北中上下前后左"
_COUNTY_SECOND = "平安宁和丰泰康华"


def county_name(number: int) -> str:
    """A fictional county name (two plain characters + 县) for the number-th county."""
    first, second = divmod(number % 80, len(_COUNTY_SECOND))
    return _COUNTY_FIRST[first] + _COUNTY_SECOND[second] + "县"


def template_of(year: int) -> str:
    return "narrative" if year < 2019 else ("t2019" if year < 2021 else "t2021")


def write_generated_corpus(folder: str | os.PathLike, n: int, pdf_every: int = 0, seed: int = 0) -> list[Path]:
    """Write `n` reports into `folder`; returns their paths in order."""
    from corpus.synthetic.pdf import render_pdf
    from corpus.synthetic.text import render_text

    root = Path(folder)
    written: list[Path] = []
    names: dict[int, tuple[str, str]] = {}
    for i in range(n):
        body_no, year = divmod(i, len(YEARS))
        year = YEARS[year]
        county = county_name(body_no // 20)
        place, body = names.get(body_no, (None, None))
        report = compose(seed * 1_000_003 + body_no, template=template_of(year), year=year, place=place, body=body)
        names[body_no] = (report.place, report.body)
        as_pdf = pdf_every and i % pdf_every == 0
        path = root / county / f"{body_no:05d}-{report.place}" / f"{year}.{'pdf' if as_pdf else 'txt'}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_pdf(report) if as_pdf else render_text(report))
        written.append(path)
    return written
