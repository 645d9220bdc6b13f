"""One generated report in every medium — text, web page (GBK, CMS chrome), Word, PDF — reads the same.

The parsers differ in everything but their output: the same facts (metric, label, value), the same table
cells and the same metadata must come out of each medium, and the grids of the structured media must
hold the same cells slot for slot.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import nianbao
from corpus.synthetic.compose import compose
from corpus.synthetic.docx import render_docx
from corpus.synthetic.html import render_html
from corpus.synthetic.text import render_text
from parsers import read

META = ("body", "place", "level", "year", "template")
CASES = [
    pytest.param(1, "t2021", "town", "0", id="t2021-town"),
    pytest.param(4, "t2021", "city", "blank", id="t2021-city-blank-zeros"),
    pytest.param(2, "t2019", "county", "0", id="t2019-county"),
    pytest.param(3, "narrative", "street", "0", id="narrative-street"),
]


def media(report, folder: Path) -> dict[str, Path]:
    files = {"txt": render_text(report), "html": render_html(report, "gbk", seed=7),
             "docx": render_docx(report, numbering=True)}
    try:
        from corpus.synthetic.pdf import render_pdf
    except ImportError:
        pass
    else:
        files["pdf"] = render_pdf(report)
    out = {}
    for ext, data in files.items():
        path = folder / f"report.{ext}"
        path.write_bytes(data)
        out[ext] = path
    return out


def flat_cells(tables: dict, prefix: tuple = ()) -> dict[tuple, float | None]:
    out = {}
    for key, node in tables.items():
        if isinstance(node, dict) and not ("value" in node and "kind" in node):
            out.update(flat_cells(node, prefix + (key,)))
        else:
            out[prefix + (key,)] = node["value"] if isinstance(node, dict) else node
    return out


def reading(path: Path) -> tuple[list, dict, dict]:
    report = nianbao.extract(path).to_dict()
    facts = sorted((f["metric"], f.get("label") or "", f["value"]) for f in report["facts"])
    return facts, flat_cells(report["tables"]), {k: report[k] for k in META}


@pytest.mark.parametrize("seed, template, level, zeros", CASES)
def test_every_medium_gives_the_same_facts_cells_and_metadata(tmp_path, seed, template, level, zeros):
    report = compose(seed, template, level=level, year=2016 if template == "narrative" else 2023,
                     zero_style=zeros)
    files = media(report, tmp_path)
    assert {"txt", "html", "docx"} <= set(files)
    base_facts, base_cells, base_meta = reading(files["txt"])
    assert base_facts, "the text medium gave no facts: nothing to compare"
    if template != "narrative":
        assert base_cells, "the text medium gave no table cells: nothing to compare"
    for ext, path in files.items():
        facts, cells, meta = reading(path)
        assert meta == base_meta, ext
        assert facts == base_facts, ext
        assert cells == base_cells, ext


@pytest.mark.parametrize("seed, template", [(5, "t2021"), (6, "t2019")])
def test_structured_media_hold_the_same_grids(tmp_path, seed, template):
    report = compose(seed, template, level="county")
    files = media(report, tmp_path)
    grids = {ext: [[[c.raw for c in row] for row in g.rows] for g in read(path).grids]
             for ext, path in files.items() if ext != "txt"}
    expected = []
    for block in (b for b in report.blocks if b.kind == "table"):
        rows = [[unicodedata.normalize("NFKC", x) for x in row] for row in block.rows]
        for r, c, nr, nc in block.spans:
            for i in range(nr):
                for j in range(nc):
                    rows[r + i][c + j] = rows[r][c]
        expected.append(rows)
    for ext in ("html", "docx"):
        assert grids[ext] == expected, ext
    if "pdf" in grids:  # a table split at a page break may come as more grids: the cells, in order, agree
        def cells(tables):
            return [cell for table in tables for row in table for cell in row if cell]

        assert cells(grids["pdf"]) == cells(expected)


def test_a_legacy_word_file_gives_one_clear_line(tmp_path):
    legacy = tmp_path / "report.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    env_path = "/nonexistent"  # no LibreOffice on this PATH, so no conversion
    run = subprocess.run([sys.executable, "-m", "nianbao", "extract", "--json", str(legacy)],
                         capture_output=True, text=True, env={"PATH": env_path}, timeout=120)
    assert run.returncode != 0
    lines = [ln for ln in run.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "report.doc" in lines[0] and "legacy Word .doc file" in lines[0]
