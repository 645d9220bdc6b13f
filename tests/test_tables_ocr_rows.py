"""表三 rows read by OCR whose labels came out past recognition: placed by the template's order and
counts and by the column identities, on grids written here as the OCR reader builds them."""

from __future__ import annotations

import pytest

from extract.table_labels import T3_COLUMNS, T3_RESULT_ROWS_2021, t3_row_keys
from extract.tables import map_rows
from parsers.model import Cell
from tests.test_tables import T3_LABELS_2021, t3_values

GROUPS = {"deny": "（三）不予公开", "unable": "（四）无法提供", "noproc": "（五）不予处理", "other": "（六）其他处理"}


def consistent(values: dict[str, list[int]]) -> dict[str, list[int]]:
    """Totals made to hold: each row's 总计, the results' sum in （七）, and 一 + 二 = （七） + 四."""
    for row in values.values():
        row[6] = sum(row[:6])
    values["total_processed"] = [sum(values[k][c] for k in T3_RESULT_ROWS_2021) for c in range(7)]
    values["new_received"] = [t + f - o for t, f, o in zip(values["total_processed"], values["carried_forward"],
                                                           values["carried_over"])]
    return values


def ocr_rows(values: dict[str, list[int]], labels: dict[str, str] | None = None,
             extra: dict[str, list[str]] | None = None, drop: tuple[str, ...] = (),
             groups: bool = True) -> list[list[Cell]]:
    """A 表三 grid as OCR reads it: a group cell (unless `groups` is False: a layout without the
    merged group column) and a label cell before the seven figures."""
    labels, extra = labels or {}, extra or {}

    def cell(text: str, y: float) -> Cell:
        return Cell(raw=text, value=None, kind="text", page=4, bbox=(0.0, y, 10.0, y + 10), source="ocr",
                    confidence=0.9)

    rows = [[cell("三、收到和处理政府信息公开申请情况", 0.0)] * 9,
            [cell("申请人情况", 10.0)] * 2 + [cell(h, 10.0) for h in ("自然人", "商业企业", "科研机构", "社会公益组织",
                                                                  "法律服务机构", "其他", "总计")]]
    y = 20.0
    for key, label in T3_LABELS_2021:
        if key is None or key in drop:
            continue
        if key in extra:
            y += 10
            rows.append([cell(t, y) for t in extra[key]])
        group = next((g for prefix, g in GROUPS.items() if key.startswith(prefix)), label)
        y += 10
        head = [cell(group, y)] if groups else []
        rows.append(head + [cell(labels.get(key, label), y)] + [cell(str(v), y) for v in values[key]])
    from extract.textgrid import cell_from_text

    return [[_ocr(cell_from_text(c.raw), c) for c in row] for row in rows]


def _ocr(fresh: Cell, printed: Cell) -> Cell:
    fresh.page, fresh.bbox, fresh.source, fresh.confidence = printed.page, printed.bbox, "ocr", printed.confidence
    return fresh


def values_of(row: dict) -> list:
    return [row[c].value if c in row else None for c in T3_COLUMNS]


MANGLED = {  # （三）3.-6. as a poor scan reads them: no template words left to match
    "deny_three_safety_one_stability": "3.色及三妥全一隐定",
    "deny_third_party": "4.呆护弟二万台法叔益",
    "deny_internal_affairs": "5.尾于二尖内部事穷信思",
    "deny_process_info": "6.屈于四尖过桯性信忠",
}


def deny_values() -> dict[str, list[int]]:
    values = t3_values()
    values["deny_three_safety_one_stability"] = [1, 0, 0, 0, 0, 0, 0]
    values["deny_third_party"] = [2, 1, 0, 0, 0, 0, 0]
    values["deny_internal_affairs"] = [0, 0, 0, 0, 0, 1, 0]
    values["deny_process_info"] = [3, 0, 0, 0, 0, 0, 0]
    return consistent(values)


def test_the_scan_mangles_the_labels_past_any_match():
    for label in MANGLED.values():
        assert not t3_row_keys([label])


@pytest.mark.parametrize("groups", [True, False])
def test_rows_with_mangled_labels_are_placed_by_the_template_order(groups):
    values = deny_values()
    tables, warnings = map_rows(ocr_rows(values, MANGLED, groups=groups))
    t3 = tables["t3"]
    for key in MANGLED:
        assert values_of(t3[key]) == values[key], key
        assert t3[key]["total"].source == "ocr"
    assert values_of(t3["deny_other_law"]) == values["deny_other_law"]
    assert sum(1 for w in warnings if "no readable label; placed as deny_" in w) == 4


@pytest.mark.parametrize("groups", [True, False])
def test_a_group_subtotal_row_read_past_recognition_is_told_apart_by_the_column_identities(groups):
    # the report prints a subtotal under （三）不予公开 and the scan mangles its label too: five rows for
    # four template rows; only leaving the subtotal out makes the results add up to （七）总计
    values = deny_values()
    subtotal = [sum(values[k][c] for k in values if k.startswith("deny_")) for c in range(7)]
    extra = {"deny_three_safety_one_stability": ["（三）不予公开"] * groups + ["小汁"] + [str(v) for v in subtotal]}
    tables, warnings = map_rows(ocr_rows(values, MANGLED, extra, groups=groups))
    t3 = tables["t3"]
    for key in MANGLED:
        assert values_of(t3[key]) == values[key], key
    assert any("the one way to lay the rows that the column identities leave" in w for w in warnings)


@pytest.mark.parametrize("groups", [True, False])
def test_a_row_missing_from_the_scan_leaves_only_what_every_reading_agrees_on(groups):
    # three mangled rows for four template rows: which one is missing neither order nor sums can say
    values = deny_values()
    tables, warnings = map_rows(ocr_rows(values, MANGLED, drop=("deny_internal_affairs",), groups=groups))
    t3 = tables["t3"]
    for key in MANGLED:
        assert key not in t3, key
    assert values_of(t3["deny_enforcement_case_file"]) == values["deny_enforcement_case_file"]
    assert any("fit 4 ways that order and counts allow; kept where all agree: nothing" in w for w in warnings)


def test_cells_every_reading_puts_the_same_figure_in_are_kept():
    # five rows for four template rows and no （七）总计 read to test them against: five readings (which
    # row is left over); where they all put the same figure, it is kept
    values = deny_values()
    values["deny_three_safety_one_stability"] = [1, 0, 0, 0, 0, 0, 1]
    values["deny_third_party"] = [1, 0, 0, 0, 0, 0, 1]
    values["deny_internal_affairs"] = [2, 0, 0, 0, 0, 0, 2]
    values["deny_process_info"] = [0, 0, 0, 0, 0, 0, 0]
    extra = {"deny_process_info": ["0", "0", "0", "0", "0", "0", "0"]}  # a row with no label at all
    tables, warnings = map_rows(ocr_rows(values, MANGLED, extra, drop=("total_processed",), groups=False))
    t3 = tables["t3"]
    assert values_of(t3["deny_three_safety_one_stability"]) == [1, 0, 0, 0, 0, 0, 1]
    assert values_of(t3["deny_third_party"]) == [None, 0, 0, 0, 0, 0, None]  # 1 or 2 in 自然人 and 总计
    assert values_of(t3["deny_internal_affairs"]) == [None, 0, 0, 0, 0, 0, None]  # 2 or 0
    assert values_of(t3["deny_process_info"]) == [0] * 7
    assert any("fit 5 ways that order and counts allow" in w for w in warnings)


def test_a_mangled_label_outside_an_ocr_grid_is_not_taken_for_a_row():
    values = deny_values()
    rows = ocr_rows(values, MANGLED, groups=False)
    for row in rows:
        for cell in row:
            cell.source = "pdf"
    tables, warnings = map_rows(rows)
    for key in MANGLED:
        assert key not in tables["t3"], key
