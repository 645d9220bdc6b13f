"""Table cells of the shared corpus against the hand-read truth, read in place (never copied)."""

from __future__ import annotations

import json

import pytest

import parsers
from extract.tables import _grid_rows, map_rows, read_tables
from extract.textgrid import text_rows
from parsers.model import Cell


def flat(tables: dict) -> dict[tuple[str, ...], float | None]:
    out: dict[tuple[str, ...], float | None] = {}

    def walk(prefix: tuple[str, ...], node) -> None:
        if isinstance(node, dict) and not ("value" in node and "raw" in node):
            for key, child in node.items():
                walk((*prefix, key), child)
        else:
            value = node.value if isinstance(node, Cell) else node
            out[prefix] = None if value is None else float(value)

    walk((), tables)
    return out


def truths_with_tables(shared_dir):
    for path in sorted((shared_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if truth.get("tables"):
            yield truth


def test_no_table_cell_of_the_corpus_is_read_wrong_and_nearly_all_are_read(shared_dir):
    right = total = 0
    wrong = []
    for truth in truths_with_tables(shared_dir):
        doc = parsers.read(shared_dir / "corpus" / truth["file"])
        tables, _ = read_tables(doc, [])
        want, have = flat(truth["tables"]), flat(tables)
        for key, value in want.items():
            total += 1
            if key not in have:
                continue
            if have[key] == value:
                right += 1
            else:
                wrong.append((truth["file"], key, value, have[key]))
    assert not wrong
    assert right / total >= 0.98, f"{right}/{total}"


@pytest.mark.parametrize("name", ["jiangsu_huaian-hongzequ_2024.pdf", "jiangsu_huaianshi_2024.pdf"])
def test_pdf_text_layer_reads_the_same_tables_as_the_pdf_grids(shared_dir, name):
    doc = parsers.read(shared_dir / "corpus" / name)
    from_text, _ = map_rows(text_rows(doc))
    assert set(from_text) >= {"t2", "t3", "t4"}
    if not doc.grids:
        pytest.skip("the PDF parser gives no grids for this file")
    from_grids, _ = map_rows(_grid_rows(doc.grids))
    grid_cells, text_cells = flat(from_grids), flat(from_text)
    common = set(grid_cells) & set(text_cells)
    assert len(common) >= 180
    assert all(grid_cells[k] == text_cells[k] for k in common)
