"""Category and channel columns of the dataset: summed per report, NULL where no breakdown names them."""

from __future__ import annotations

import csv

import duckdb

from nianbao.corpus_build import build


def test_seed_breakdown_lands_in_wide_csv_and_the_duckdb_view(seed_path, tmp_path):
    out = tmp_path / "out"
    build([seed_path], out, jobs=1, progress=False, report=False)
    with open(out / "wide.csv", encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert float(row["channel.wechat"]) == 103  # 微信公众平台 103 条
    assert float(row["category.notices"]) == 26  # 通知公告 26 条
    assert row["category.budget"] == ""  # the seed names no budget item: NULL, never 0
    with open(out / "facts.csv", encoding="utf-8-sig", newline="") as fh:
        facts = [f for f in csv.DictReader(fh) if f["metric"] == "active.item"]
    assert {f["label"]: f["channel"] for f in facts}["微信公众平台"] == "wechat"
    con = duckdb.connect(str(out / "nianbao.duckdb"), read_only=True)
    by_id = dict(con.sql("select id, items from body_year_category where body = '宜就镇人民政府'").fetchall())
    assert by_id["wechat"] == 103 and by_id["notices"] == 26
    item_sum = con.execute("select sum(value) from facts where metric = 'active.item'").fetchone()[0]
    assert sum(by_id.values()) == item_sum
