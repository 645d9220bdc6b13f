"""The bundled sample county: a few fictional towns over several years, with planted inconsistencies.

It exists so that `nianbao build corpus/samples -o out/` leaves a report with something to compare and
something to find. Everything is deterministic; regenerate the committed files with
`python -m corpus.synthetic.county corpus/samples`.

Planted (what the audit should report):
- 芸埠镇 2021: 表三 row totals short (t3.row_sum); 琮岭镇 2022: the text's count of applications
  differs from 表三 (text_vs_table.received); 霁川街道 2021: 表四 复议 total wrong (t4.sum);
  璞塘乡 2022: breakdown items exceed the total (active.items_sum);
- 琮岭镇 2022 carries over a different number than 2021 carried forward (cross_year.carry); every other
  consecutive pair is drawn so that the carry agrees and 表二 现行有效 rolls forward;
- 璞塘乡 has no 2021 report (a gap in coverage);
- 霁川街道 2020 is 芸埠镇 2020 with the names swapped (内容雷同, cross_body.text_reuse);
- 琮岭镇 2021 is signed in January but the saved page it comes from was put online on 8 March 2022,
  after the towns' deadline of 31 January (timeliness.deadline); every other report is signed, put
  online and (PDF) saved in January.
"""

from __future__ import annotations

import datetime
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.synthetic import SyntheticReport
from corpus.synthetic.compose import compose
from corpus.synthetic.html import render_html
from corpus.synthetic.pdf import render_pdf
from corpus.synthetic.text import render_text

COUNTY = "沣禾县"
YEARS = (2020, 2021, 2022)
MAX_SEEDS = 50_000


@dataclass(frozen=True)
class Town:
    place: str
    level: str
    body: str


TOWNS = (Town("芸埠镇", "town", "芸埠镇人民政府"), Town("琮岭镇", "town", "琮岭镇人民政府"),
         Town("璞塘乡", "town", "璞塘乡人民政府"), Town("霁川街道", "street", "霁川街道办事处"))
PLANTS = {("芸埠镇", 2021): ["t3.row_sum"], ("琮岭镇", 2022): ["text_vs_table.received"],
          ("霁川街道", 2021): ["t4.sum"], ("璞塘乡", 2022): ["active.items_sum"]}
CARRY_BREAK = {("琮岭镇", 2022)}
MISSING = {("璞塘乡", 2021)}
CLONE = {("霁川街道", 2020): "芸埠镇"}
MEDIUM = {("芸埠镇", 2022): "pdf", ("霁川街道", 2021): "pdf", ("琮岭镇", 2020): "html"}
LATE = {("琮岭镇", 2021): "2022-03-08 10:20"}  # the page header's 发布时间 of a report put online late


def _template(year: int) -> str:
    return "t2019" if year < 2021 else "t2021"


def _carry(report: SyntheticReport, row: str) -> dict | None:
    t3 = report.truth.get("tables", {}).get("t3")
    return None if t3 is None else {k: v for k, v in t3[row].items()}


def _rolls(report: SyntheticReport, previous: SyntheticReport) -> bool:
    """2021 表二 现行有效 rolls forward: valid(y) = valid(y-1) + made(y) - repealed(y) (vacuous otherwise)."""
    now, before = report.truth["tables"].get("t2"), previous.truth["tables"].get("t2")
    if not now or not before:
        return True
    return all(now[k]["valid"] == before[k]["valid"] + now[k]["made"] - now[k]["repealed"]
               for k in ("regulations", "normative_documents"))


def _compose(town: Town, year: int, previous: SyntheticReport | None, n: int) -> SyntheticReport:
    """The first seed whose 表三 二 (上年结转) agrees with last year's 四 (where a break is planted, the
    first that disagrees) and whose 表二 现行有效 rolls forward from last year's."""
    want_break = (town.place, year) in CARRY_BREAK
    for seed in range(n * MAX_SEEDS, (n + 1) * MAX_SEEDS):
        report = compose(seed, _template(year), body=town.body, place=town.place, level=town.level, year=year,
                         plant=PLANTS.get((town.place, year), ()))
        if not set(report.truth["planted"]) <= set(report.truth["expected_fail"]):
            continue  # a planted error that happens to add up another way plants nothing
        if previous is None:
            return report
        agrees = _carry(report, "carried_over") == _carry(previous, "carried_forward")
        if agrees != want_break and _rolls(report, previous):
            return report
    raise RuntimeError(f"no seed below {MAX_SEEDS} fits {town.place} {year}")


def _signed_in_january(report: SyntheticReport, n: int) -> SyntheticReport:
    """The report signed on a January day of the next year (towns and streets are due by 31 January)."""
    day = datetime.date(report.year + 1, 1, 6 + (3 * n + report.year) % 20)
    blocks = list(report.blocks)
    last = max(i for i, b in enumerate(blocks) if b.kind == "signature")
    blocks[last] = replace(blocks[last], text=f"{day.year}年{day.month}月{day.day}日")
    return replace(report, blocks=blocks, published=day.isoformat())


def _saved_page(data: bytes, released: str) -> bytes:
    """A report as text saved from its web page: the page's header line above the title."""
    return f"发布时间：{released} 浏览次数：312\n\n".encode() + data


def _swap_names(data: bytes, source: Town, target: Town) -> bytes:
    text = data.decode("utf-8")
    text = text.replace(source.body, target.body).replace(source.place, target.place)
    return text.replace("我镇", "我街道").encode("utf-8")


def write_sample_county(folder: str | os.PathLike) -> list[Path]:
    """Write the county's reports under folder/沣禾县/<place>/<year>.<ext>; returns the paths written."""
    root = Path(folder) / COUNTY
    sources: dict[tuple[str, int], SyntheticReport] = {}
    written: list[Path] = []
    by_place = {t.place: t for t in TOWNS}
    for n, town in enumerate(TOWNS):
        previous = None
        for year in YEARS:
            if (town.place, year) in MISSING:
                previous = None
                continue
            clone_of = CLONE.get((town.place, year))
            if clone_of:  # the copy carries on from its source's figures
                previous = sources[(clone_of, year)]
                data, medium = _swap_names(render_text(previous), by_place[clone_of], town), "txt"
            else:
                report = _compose(town, year, previous, n * 10 + year - YEARS[0])
                report = _signed_in_january(report, n)
                sources[(town.place, year)] = previous = report
                medium = MEDIUM.get((town.place, year), "txt")
                if medium == "pdf":  # saved two days after it was signed
                    saved = datetime.date.fromisoformat(report.published) + datetime.timedelta(days=2)
                    data = render_pdf(report, dated=f"D:{saved:%Y%m%d}093000+08'00'")
                else:
                    data = {"html": render_html, "txt": render_text}[medium](report)
                if (town.place, year) in LATE:
                    data = _saved_page(data, LATE[(town.place, year)])
            path = root / town.place / f"{year}.{medium}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
    return written


if __name__ == "__main__":
    for p in write_sample_county(sys.argv[1] if len(sys.argv) > 1 else "corpus/samples"):
        print(p, p.stat().st_size)
