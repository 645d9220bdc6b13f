"""表二/表三/表四 read from text renderings written here in each layout family, and from parser grids."""

from __future__ import annotations

import parsers
from extract.table_labels import T3_ROWS_2019, T3_ROWS_2021
from extract.tables import map_rows, read_tables
from parsers.model import Cell, Document, Grid, Page

# the official row labels, grouped as the template prints them (group rows carry no values)
T3_LABELS_2021 = [
    ("new_received", "一、本年新收政府信息公开申请数量"),
    ("carried_over", "二、上年结转政府信息公开申请数量"),
    (None, "三、本年度办理结果"),
    ("granted", "（一）予以公开"),
    ("partial_grant", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    (None, "（三）不予公开"),
    ("deny_state_secret", "1.属于国家秘密"),
    ("deny_other_law", "2.其他法律行政法规禁止公开"),
    ("deny_three_safety_one_stability", "3.危及“三安全一稳定”"),
    ("deny_third_party", "4.保护第三方合法权益"),
    ("deny_internal_affairs", "5.属于三类内部事务信息"),
    ("deny_process_info", "6.属于四类过程性信息"),
    ("deny_enforcement_case_file", "7.属于行政执法案卷"),
    ("deny_admin_query", "8.属于行政查询事项"),
    (None, "（四）无法提供"),
    ("unable_not_held", "1.本机关不掌握相关政府信息"),
    ("unable_need_creation", "2.没有现成信息需要另行制作"),
    ("unable_unclear_after_correction", "3.补正后申请内容仍不明确"),
    (None, "（五）不予处理"),
    ("noproc_petition_complaint", "1.信访举报投诉类申请"),
    ("noproc_repeat", "2.重复申请"),
    ("noproc_publication", "3.要求提供公开出版物"),
    ("noproc_massive_repeat", "4.无正当理由大量反复申请"),
    ("noproc_confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    (None, "（六）其他处理"),
    ("other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "3.其他"),
    ("total_processed", "（七）总计"),
    ("carried_forward", "四、结转下年度继续办理"),
]
T3_LABELS_2019 = [(k, lbl) for k, lbl in T3_LABELS_2021
                  if k not in ("other_overdue_correction", "other_overdue_fee", "other_other")]
T3_LABELS_2019 = [("other_processing", lbl) if lbl == "（六）其他处理" else (k, lbl) for k, lbl in T3_LABELS_2019]


def t3_values(layout: str = "2021") -> dict[str, list[int]]:
    """A consistent 表三: each row sums, results sum to (七), 一 + 二 = (七) + 四."""
    rows = T3_ROWS_2021 if layout == "2021" else T3_ROWS_2019
    values = {k: [0, 0, 0, 0, 0, 0, 0] for k in rows}
    values["new_received"] = [40, 5, 0, 1, 0, 2, 48]
    values["carried_over"] = [3, 0, 0, 0, 0, 0, 3]
    values["granted"] = [20, 2, 0, 1, 0, 1, 24]
    values["unable_not_held"] = [15, 3, 0, 0, 0, 1, 19]
    values["noproc_repeat"] = [4, 0, 0, 0, 0, 0, 4]
    values["total_processed"] = [39, 5, 0, 1, 0, 2, 47]
    values["carried_forward"] = [4, 0, 0, 0, 0, 0, 4]
    return values


def t3_space_rows(values: dict[str, list[int]], labels=T3_LABELS_2021) -> str:
    lines = []
    for key, label in labels:
        if key is None:
            lines.append(label)
        else:
            lines.append(label + " " + " ".join(str(v) for v in values[key]))
    return "\n".join(lines)


T2_2021_SPACE = """二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 1 0 12
行政规范性文件 7 2 40
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 315
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 27
行政强制 0
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 12.5"""

T4_SPACE = """四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
2 1 0 0 3 1 0 0 1 2 0 0 0 0 0"""

HEAD = "某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本镇依法做好政府信息公开工作。\n"
T3_HEAD = "三、收到和处理政府信息公开申请情况\n申请人情况 自然人 法人或其他组织 总计\n"


def read_text(text: str, name: str = "report.txt"):
    doc = parsers.read_bytes(text.encode("utf-8"), name)
    return read_tables(doc, [])


def values_of(row: dict) -> list:
    return [c.value for c in row.values()]


def test_space_separated_2021_layout_reads_every_table_by_label():
    values = t3_values()
    tables, warnings = read_text(HEAD + T2_2021_SPACE + "\n" + T3_HEAD + t3_space_rows(values) + "\n" + T4_SPACE)
    assert set(tables) == {"t2", "t3", "t4"}
    t2 = tables["t2"]
    assert {k: c.value for k, c in t2["normative_documents"].items()} == {"made": 7, "repealed": 2, "valid": 40}
    assert t2["licensing"].value == 315 and t2["coercion"].kind == "zero"
    assert t2["fees_wanyuan"].value == 12.5
    t3 = tables["t3"]
    assert list(t3) == list(T3_ROWS_2021)
    for key, row in t3.items():
        assert values_of(row) == values[key], key
    assert t3["granted"]["total"].path.startswith("line ")
    assert t3["granted"]["total"].page == 1
    t4 = tables["t4"]
    assert values_of(t4["review"]) == [2, 1, 0, 0, 3]
    assert values_of(t4["litigation_direct"]) == [1, 0, 0, 1, 2]
    assert not warnings


def test_2019_layout_keeps_its_own_table_two_and_single_other_row():
    t2 = """二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年新制作数量 本年新公开数量 对外公开总数量
规章 0 0 3
规范性文件 4 4 30
第二十条第（五）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政许可 20 -2 150
其他对外管理服务事项 5 0 9
第二十条第（八）项
信息内容 上一年项目数量 本年增/减
行政事业性收费 2 0
第二十条第（九）项
信息内容 采购项目数量 采购总金额
政府集中采购 6 85.5万元"""
    values = t3_values("2019")
    tables, _ = read_text(HEAD + t2 + "\n" + T3_HEAD + t3_space_rows(values, T3_LABELS_2019))
    assert "t2" not in tables
    old = tables["t2_2019"]
    assert {k: c.value for k, c in old["normative_documents"].items()} == {
        "new_made": 4, "new_published": 4, "total_published": 30}
    assert {k: c.value for k, c in old["licensing"].items()} == {"prev_items": 20, "change": -2, "decisions": 150}
    assert {k: c.value for k, c in old["fees"].items()} == {"prev_items": 2, "change": 0}
    assert old["procurement"]["amount"].value == 85.5 and old["procurement"]["amount"].raw == "85.5万元"
    assert list(tables["t3"]) == list(T3_ROWS_2019)
    assert "other_other" not in tables["t3"]


def test_hybrid_2021_table_two_with_2019_table_three():
    values = t3_values("2019")
    tables, _ = read_text(HEAD + T2_2021_SPACE + "\n" + T3_HEAD + t3_space_rows(values, T3_LABELS_2019))
    assert "t2" in tables and "t2_2019" not in tables
    assert values_of(tables["t3"]["other_processing"]) == [0] * 7
    assert "other_overdue_fee" not in tables["t3"]


def test_label_drift_wrapped_labels_and_annotations():
    text = HEAD + """第二十条 第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0 0 0
规范性文件 22（其中修订16件） 3 41
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 8
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 9 0 0 0 0 0 9
二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
（一）予以公开 4 0 0 0 0 0 4
（二）部分公开（区分处理的，只计这一情
形，不计其他情形） 2 0 0 0 0 0 2
（三）不
予公开
（1）属于国家秘密 0 0 0 0 0 0 0
2、其他法律行政法规禁止公开 0 0 0 0 0 0 0
（四）无 1、本机关不掌握相关政
府信息
3 0 0 0 0 0 3
"""
    tables, _ = read_text(text)
    doc_cell = tables["t2"]["normative_documents"]["made"]
    assert doc_cell.value == 22 and doc_cell.raw == "22(其中修订16件)"
    t3 = tables["t3"]
    assert values_of(t3["partial_grant"]) == [2, 0, 0, 0, 0, 0, 2]
    assert values_of(t3["deny_state_secret"]) == [0] * 7
    assert values_of(t3["deny_other_law"]) == [0] * 7
    assert values_of(t3["unable_not_held"]) == [3, 0, 0, 0, 0, 0, 3]


def test_pipe_rows_keep_blank_slash_and_dash_apart_from_zero():
    text = HEAD + """三、收到和处理政府信息公开申请情况
申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计
一、本年新收政府信息公开申请数量 | 6 |  | / | — | 0 |  | 6
二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
"""
    tables, _ = read_text(text)
    row = tables["t3"]["new_received"]
    assert [c.kind for c in row.values()] == ["number", "blank", "slash", "dash", "zero", "blank", "number"]
    assert [c.value for c in row.values()] == [6, None, None, None, 0, None, 6]


def test_markdown_table_with_detached_labels_placed_between_named_rows():
    text = HEAD + """## 表三
| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |  |
| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |
| 三、 | （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
（二）部分公开（区分处理的，只计这一情
形，不计其他情形）
| 1 | 0 | 0 | 0 | 0 | 0 | 1 |
|---|---|---|---|---|---|---|
| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""
    tables, warnings = read_text(text, "report.md")
    t3 = tables["t3"]
    assert values_of(t3["new_received"]) == [5, 1, 0, 0, 0, 0, 6]
    assert values_of(t3["partial_grant"]) == [1, 0, 0, 0, 0, 0, 1]
    assert values_of(t3["deny_other_law"]) == [0] * 7
    assert any("placed as deny_other_law" in w for w in warnings)


def test_unlabelled_rows_that_do_not_fill_the_gap_are_left_out():
    text = HEAD + """三、收到和处理政府信息公开申请情况
| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""
    tables, warnings = read_text(text, "report.md")
    assert set(tables["t3"]) == {"deny_state_secret", "deny_internal_affairs"}
    assert any("left out" in w for w in warnings)


def test_one_cell_per_line_with_a_blank_line_after_each_cell_and_empty_cells():
    cells = ["二、主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
             "规章", "0", "0", "2", "三、收到和处理政府信息公开申请情况", "申请人情况", "自然人", "商业", "企业",
             "一、本年新收政府信息公开申请数量", "7", "", "", "", "", "", "7",
             "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", "",
             "三、本年度办理结果", "(一)予以公开", "5", "", "", "", "", "", ""]
    body = ""
    for cell in cells:
        body += (cell + "\n\n") if cell else "\n"
    filler = "".join(f"第{i}段说明文字。\n\n" for i in range(12))
    tables, _ = read_text(filler + body)
    assert values_of(tables["t2"]["regulations"]) == [0, 0, 2]
    t3 = tables["t3"]
    assert values_of(t3["new_received"]) == [7, None, None, None, None, None, 7]
    assert values_of(t3["carried_over"]) == [None] * 7
    assert [c.kind for c in t3["carried_over"].values()] == ["blank"] * 7
    assert values_of(t3["granted"]) == [5, None, None, None, None, None, None]


def test_cells_between_lone_bar_lines_with_wrapped_header_cells():
    cells = ["第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "1", "5",
             "行政规范性文件", "3", "0", "9", "三、收到和处理政府信息公开申请情况", "申请人情况", "商业\n企业",
             "科研\n机构", "一、本年新收政府信息公开申请数量", "2", "0", "0", "", "0", "0", "2"]
    text = HEAD + "\n|\n".join(cells) + "\n|\n"
    tables, _ = read_text(text)
    assert values_of(tables["t2"]["normative_documents"]) == [3, 0, 9]
    assert values_of(tables["t3"]["new_received"]) == [2, 0, 0, None, 0, 0, 2]


def test_table_run_into_one_line_with_digit_runs_cut_by_the_row_identity():
    line = ("三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
            "一、本年新收政府信息公开申请数量713000074二、上年结转政府信息公开申请数量1000001"
            "三、本年度办理结果（一）予以公开3000003（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000"
            "（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000"
            "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计"
            "未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
            "10203120001200000五、存在的主要问题及改进情况")
    tables, _ = read_text(HEAD + line)
    t3 = tables["t3"]
    assert values_of(t3["new_received"]) == [71, 3, 0, 0, 0, 0, 74]
    assert values_of(t3["carried_over"]) == [1, 0, 0, 0, 0, 0, 1]
    assert values_of(t3["deny_state_secret"]) == [0] * 7
    assert values_of(t3["deny_other_law"]) == [0] * 7
    assert t3["new_received"]["natural_person"].raw == "71"
    assert "713000074" in t3["new_received"]["natural_person"].path
    t4 = tables["t4"]
    assert values_of(t4["review"]) == [1, 0, 2, 0, 3]
    assert values_of(t4["litigation_direct"]) == [12, 0, 0, 0, 12]
    assert values_of(t4["litigation_after_review"]) == [0, 0, 0, 0, 0]


def test_digit_run_with_two_admissible_cuts_keeps_only_the_cells_every_cut_shares():
    text = HEAD + ("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量110000011\n"
                   "二、上年结转政府信息公开申请数量0000000\n")
    tables, warnings = read_text(text)
    assert list(tables["t3"]["new_received"]) == ["research_institution", "public_welfare_org", "legal_service_org"]
    assert values_of(tables["t3"]["new_received"]) == [0, 0, 0]
    assert values_of(tables["t3"]["carried_over"]) == [0] * 7
    assert any("new_received" in w and "2 ways" in w and "3 cells all cuts agree on" in w for w in warnings)


def test_a_flattened_total_with_one_cut_is_read_as_printed():
    # seven digits for seven cells: only one reading, and it breaks the row identity as printed
    lines = [label if key is None else label + {"new_received": "1000001", "total_processed": "1000000",
                                                   "granted": "1000001"}.get(key, "0000000")
             for key, label in T3_LABELS_2021]
    tables, warnings = read_text(HEAD + T3_HEAD + "\n".join(lines))
    assert values_of(tables["t3"]["total_processed"]) == [1, 0, 0, 0, 0, 0, 0]
    assert not any("total_processed" in w for w in warnings)


def test_a_flattened_row_no_cut_of_which_adds_up_keeps_its_sure_cells():
    lines = [label if key is None else label + {"new_received": "10000012"}.get(key, "0000000")
             for key, label in T3_LABELS_2021]
    tables, warnings = read_text(HEAD + T3_HEAD + "\n".join(lines))
    row = tables["t3"]["new_received"]
    assert list(row) == ["commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org"]
    assert values_of(row) == [0, 0, 0, 0]
    assert any("new_received" in w and "no cut of digits '10000012'" in w and "4 of 7 cells" in w
               for w in warnings)


def test_digit_runs_cut_several_ways_are_settled_by_the_column_identities():
    printed = {"new_received": "21 1 0 0 0 0 22", "carried_over": "8 0 0 0 0 0 8",
               "granted": "110000011",  # 11/0/0/0/0/0/11 or 1/10/0/0/0/0/11
               "unable_not_held": "101000011",  # 10/1/0/0/0/0/11 or 1/0/10/0/0/0/11
               "total_processed": "21 1 0 0 0 0 22", "carried_forward": "8 0 0 0 0 0 8"}
    lines = [label if key is None else label + printed.get(key, "0000000") for key, label in T3_LABELS_2021]
    tables, warnings = read_text(HEAD + T3_HEAD + "\n".join(lines))
    t3 = tables["t3"]
    assert values_of(t3["granted"]) == [11, 0, 0, 0, 0, 0, 11]
    assert values_of(t3["unable_not_held"]) == [10, 1, 0, 0, 0, 0, 11]
    assert any("column identities admit" in w for w in warnings)


def test_fewer_values_than_columns_is_no_reading():
    tables, warnings = read_text(HEAD + T2_2021_SPACE.replace("行政规范性文件 7 2 40", "行政规范性文件 7 40"))
    assert "normative_documents" not in tables["t2"]
    assert any("normative_documents" in w for w in warnings)


def test_without_column_headers_the_table_two_layout_is_not_guessed():
    tables, warnings = read_text(HEAD + "规章 0 0 0\n规范性文件 1 2 3\n")
    assert "t2" not in tables and "t2_2019" not in tables
    assert any("2019 layout" in w for w in warnings)


def _grid_cell(raw: str, x: float) -> Cell:
    return Cell(raw=raw, value=None, kind="text", page=3, bbox=(x, 100.0, x + 20, 110.0), source="pdf")


def test_parser_grids_with_merged_cells_win_over_the_text_rendering():
    header = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    grid_t2 = Grid(rows=[[_grid_cell(t, i * 30) for i, t in enumerate(["第二十条第（一）项"] * 4)],
                         [_grid_cell(t, i * 30) for i, t in enumerate(header)],
                         [_grid_cell(t, i * 30) for i, t in enumerate(["规章", "2", "0", "9"])],
                         [_grid_cell(t, i * 30) for i, t in enumerate(["信息内容"] + ["本年处理决定数量"] * 3)],
                         [_grid_cell(t, i * 30) for i, t in enumerate(["行政许可", "61", "61", "61"])]],
                   page=3, source="pdf")
    merged = ["三、本年度办理结果", "（一）予以公开", "（一）予以公开"]
    grid_t3 = Grid(rows=[[_grid_cell(t, i * 30) for i, t in enumerate(["申请人情况"] * 3 + ["自然人"] * 7)],
                         [_grid_cell(t, i * 30) for i, t in enumerate(
                             ["一、本年新收政府信息公开申请数量"] * 3 + ["4", "0", "0", "0", "0", "1", "5"])],
                         [_grid_cell(t, i * 30) for i, t in enumerate(merged + ["2", "0", "0", "0", "", "1", "3"])]],
                   page=3, source="pdf")
    text = HEAD + "规章 7 7 7\n" + T3_HEAD + "一、本年新收政府信息公开申请数量 9 9 9 9 9 9 9\n"
    doc = Document(path="r.pdf", sha256="0", medium="pdf", text=text, pages=[Page(1, 0, len(text))],
                   grids=[grid_t2, grid_t3])
    tables, _ = read_tables(doc, [])
    assert values_of(tables["t2"]["regulations"]) == [2, 0, 9]
    assert tables["t2"]["licensing"].value == 61
    assert values_of(tables["t3"]["new_received"]) == [4, 0, 0, 0, 0, 1, 5]
    granted = tables["t3"]["granted"]
    assert granted["legal_service_org"].kind == "blank" and granted["legal_service_org"].value is None
    assert granted["total"].bbox == (270.0, 100.0, 290.0, 110.0) and granted["total"].source == "pdf"


def test_map_rows_is_the_one_mapper_for_any_rows():
    rows = [[Cell("（七）总计", None, "text"), *[Cell(v, None, "text") for v in ["3", "0", "0", "0", "0", "0", "3"]]]]
    rows = [[Cell("三、收到和处理政府信息公开申请情况", None, "text")], *rows]
    from extract.textgrid import cell_from_text

    rows = [[cell_from_text(c.raw) for c in r] for r in rows]
    tables, _ = map_rows(rows)
    assert values_of(tables["t3"]["total_processed"]) == [3, 0, 0, 0, 0, 0, 3]


def test_rows_a_grid_could_not_read_come_from_an_agreeing_text_rendering():
    grid = Grid(rows=[[_grid_cell(t, i * 30) for i, t in enumerate(row)] for row in [
        ["信息内容", "本年处理决定数量"], ["行政处罚", "17"], ["第二十条第（八）项", "第二十条第（八）项"],
        ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "3 4.5"]]], page=2, source="pdf")
    text = HEAD + ("第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 17\n"
                   "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 34.5\n")
    doc = Document(path="r.pdf", sha256="0", medium="pdf", text=text, pages=[Page(1, 0, len(text))], grids=[grid])
    tables, warnings = read_tables(doc, [])
    assert tables["t2"]["punishment"].source == "pdf"
    assert tables["t2"]["fees_wanyuan"].value == 34.5 and tables["t2"]["fees_wanyuan"].path.startswith("line ")
    assert any("fees_wanyuan read from the text rendering" in w for w in warnings)

    disagreeing = text.replace("行政处罚 17", "行政处罚 18")
    doc = Document(path="r.pdf", sha256="0", medium="pdf", text=disagreeing, pages=[Page(1, 0, len(disagreeing))],
                   grids=[grid])
    tables, warnings = read_tables(doc, [])
    assert "fees_wanyuan" not in tables["t2"] and tables["t2"]["punishment"].value == 17


def test_cells_on_lines_of_their_own_are_never_cut_as_digit_runs():
    # single-spaced, one cell per line: an empty cell left no trace, so six numbers stand for seven cells
    text = HEAD + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n11\n0\n0\n0\n0\n11\n"
    tables, warnings = read_text(text)
    assert "t3" not in tables or "new_received" not in tables["t3"]
    assert any("6 values for 7 columns" in w for w in warnings)


def test_prose_under_the_table_two_heading_does_not_vote_for_a_layout():
    prose = ("二、主动公开政府信息情况\n本年新制作并公开规范性文件七件，对外公开总数量较上年有所增加，上一年项目数量保持稳定，"
             "各项工作均按照要求有序推进并接受社会监督。\n")
    tables, _ = read_text(HEAD + prose + T2_2021_SPACE.split("\n", 1)[1])
    assert "t2" in tables and "t2_2019" not in tables
