"""The synthetic report generator: deterministic, plausible, its tables obeying the template identities,
its printed figures equal to its truth, and planted source errors recorded as the checks that must fail."""

from __future__ import annotations

import pytest

from corpus.synthetic import Block
from corpus.synthetic.compose import PLANTS, T3_COLUMNS, compose, t3_result_rows, text_of
from corpus.synthetic.text import render_text, table_lines

APPLICANTS = T3_COLUMNS[:-1]
CASES = [(seed, template, level) for seed, (template, level) in enumerate(
    [("t2021", "town"), ("t2021", "city"), ("t2019", "street"), ("t2019", "county"), ("t2021", "department"),
     ("narrative", "town"), ("narrative", "county")])]


def table(report, name) -> Block:
    return next(b for b in report.blocks if b.kind == "table" and b.name == name)


def number(text: str):
    if text == "":
        return None
    return float(text) if "." in text else int(text)


def t3_printed(report) -> dict[str, dict[str, int | None]]:
    """表三 read back from its printed rows: the value rows in template order, the last seven columns."""
    keys = ["new_received", "carried_over", *t3_result_rows(report.template), "total_processed", "carried_forward"]
    rows = table(report, "t3").rows[3:]
    assert len(rows) == len(keys)
    return {key: dict(zip(T3_COLUMNS, (number(x) for x in row[-7:]))) for key, row in zip(keys, rows)}


def test_same_seed_same_report_and_different_seeds_differ():
    a, b = compose(11), compose(11)
    assert text_of(a) == text_of(b) and a.truth == b.truth
    c = compose(12)
    assert (c.place, text_of(c)) != (a.place, text_of(a))


@pytest.mark.parametrize("seed, template, level", CASES)
def test_names_and_metadata_are_consistent(seed, template, level):
    r = compose(seed, template, level=level, year=2016 if template == "narrative" else 2022)
    suffix = {"town": ("镇", "乡"), "street": ("街道",), "county": ("县", "区"), "city": ("市",), "department": ("县",)}
    assert r.place.endswith(suffix[level]) and r.body.startswith(r.place)
    assert r.truth["place"] == r.place and r.truth["level"] == level and r.truth["template"] == template
    title = r.blocks[0]
    assert title.kind == "title" and str(r.year) in title.text and "政府信息公开" in title.text
    assert r.published.startswith(str(r.year + 1)) and r.blocks[-1].kind == "signature"


def test_given_names_are_kept():
    r = compose(3, body="青石街道办事处", place="青石街道", level="street")
    assert (r.body, r.place) == ("青石街道办事处", "青石街道")
    assert text_of(r).splitlines()[-1] != "" and "青石街道办事处" in text_of(r)


@pytest.mark.parametrize("seed, template, level", [c for c in CASES if c[1] != "narrative"])
def test_tables_obey_the_identities(seed, template, level):
    t = compose(seed, template, level=level).truth["tables"]
    t3, t4 = t["t3"], t["t4"]
    for row in t3.values():
        assert row["total"] == sum(row[c] for c in APPLICANTS)
    for col in T3_COLUMNS:
        assert t3["total_processed"][col] == sum(t3[r][col] for r in t3_result_rows(template))
        assert t3["new_received"][col] + t3["carried_over"][col] == t3["total_processed"][col] + t3["carried_forward"][col]
    for block in t4.values():
        assert block["total"] == block["maintained"] + block["corrected"] + block["other_result"] + block["pending"]
    assert ("t2" in t) == (template == "t2021") and ("t2_2019" in t) == (template == "t2019")


@pytest.mark.parametrize("seed, template, level", [c for c in CASES if c[1] != "narrative"])
def test_printed_tables_equal_the_truth(seed, template, level):
    r = compose(seed, template, level=level)
    assert t3_printed(r) == r.truth["tables"]["t3"]
    t4 = table(r, "t4").rows[3]
    keys = ("maintained", "corrected", "other_result", "pending", "total")
    truth = r.truth["tables"]["t4"]
    assert [number(x) for x in t4] == [truth[b][k] for b in ("review", "litigation_direct", "litigation_after_review")
                                       for k in keys]
    t2 = table(r, "t2" if template == "t2021" else "t2_2019")
    printed = {row[0]: [number(x) for x in row[1:] if x != ""] for row in t2.rows
               if row[0] not in ("信息内容", "") and "第二十条" not in row[0]}
    if template == "t2021":
        t = r.truth["tables"]["t2"]
        assert printed["规章"] == [t["regulations"][k] for k in ("made", "repealed", "valid")]
        assert printed["行政许可"] == [t["licensing"]] and printed["行政强制"] == [t["coercion"]]
        assert printed["行政事业性收费"] == [t["fees_wanyuan"]]
        assert len(t2.rows) == 14
    else:
        t = r.truth["tables"]["t2_2019"]
        assert printed["其他对外管理服务事项"] == [t["other_admin_services"][k] for k in ("prev_items", "change", "decisions")]
        assert printed["政府集中采购"] == [t["procurement"]["items"], t["procurement"]["amount"]]


def test_template_grid_shapes():
    t2021, t2019 = compose(1, "t2021"), compose(1, "t2019")
    assert len(table(t2021, "t3").rows) == 28 and len(table(t2019, "t3").rows) == 26
    assert all(len(row) == 10 for row in table(t2021, "t3").rows)
    assert [len(row) for row in table(t2021, "t4").rows] == [15] * 4
    labels = "".join(row[2] for row in table(t2021, "t3").rows)
    assert "逾期未按收费通知要求缴纳费用" in labels and "逾期未按收费通知" not in "".join(
        row[1] + row[2] for row in table(t2019, "t3").rows)


def test_every_fact_is_printed_in_the_text():
    for seed, template, level in CASES:
        r = compose(seed, template, level=level)
        text = text_of(r)
        for fact in r.truth["facts"]:
            if fact["label"]:
                assert f"{fact['label']}{fact['value']}条" in text
            elif fact["value"]:
                assert str(fact["value"]) in text


def test_narrative_layout_has_numbered_parts_and_no_template_tables():
    for seed in range(5):
        r = compose(seed, "narrative", year=2015)
        headings = [b.text for b in r.blocks if b.kind == "heading"]
        assert 6 <= len(headings) <= 8 and headings[0].startswith("一、")
        assert not any(b.kind == "table" for b in r.blocks) and r.truth["tables"] == {}
        metrics = {f["metric"] for f in r.truth["facts"]}
        assert {"active.total", "apply.received", "fees.amount", "review.total"} <= metrics


@pytest.mark.parametrize("plant", PLANTS)
def test_a_planted_error_is_the_one_check_that_fails(plant):
    r = compose(5, "t2021", level="county", plant=[plant])
    assert r.truth["expected_fail"] == [plant]
    clean = compose(5, "t2021", level="county")
    assert clean.truth["expected_fail"] == []
    t3 = t3_printed(r)
    if plant == "t3.row_sum":
        assert any(row["total"] != sum(row[c] for c in APPLICANTS) for row in t3.values())
    elif plant == "t4.sum":
        review = r.truth["tables"]["t4"]["review"]
        assert review["total"] != sum(review[k] for k in ("maintained", "corrected", "other_result", "pending"))
    elif plant == "text_vs_table.received":
        said = next(f["value"] for f in r.truth["facts"] if f["metric"] == "apply.received")
        assert said not in (t3["new_received"]["total"], t3["new_received"]["total"] + t3["carried_over"]["total"])


def test_blank_zero_style_prints_empty_cells_with_null_truth():
    r = compose(2, "t2021", level="town", zero_style="blank")
    t3 = r.truth["tables"]["t3"]
    assert t3["deny_state_secret"]["natural_person"] is None
    assert t3_printed(r) == t3
    assert 0 not in [v for row in t3.values() for v in row.values()]


def test_unvaried_reports_use_canonical_labels():
    r = compose(4, "t2021", vary=False)
    t2 = table(r, "t2")
    assert t2.rows[0][0] == "第二十条第（一）项" and t2.rows[3][0] == "行政规范性文件"
    assert table(r, "t3").rows[5][2] == "" and table(r, "t3").rows[7][2] == "1.属于国家秘密"


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="template"):
        compose(1, "t2030")
    with pytest.raises(ValueError, match="plant"):
        compose(1, plant=["t9.sum"])


def test_text_rendering_styles():
    r = compose(6, "t2021", level="county", zero_style="blank")
    t3 = table(r, "t3")
    pipe = table_lines(t3, "pipe")
    assert all(line.endswith(" |") for line in pipe)
    assert any("|  |" in line for line in pipe)  # a blank cell stays visible
    space = table_lines(t3, "space")
    assert not any("|" in line for line in space) and len(space) == len(pipe)
    assert render_text(r, "gb18030").decode("gb18030") == text_of(r)
