"""County and province of each report: from manifest.csv, else its own text, else its folders."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from corpus.geo import geo_from_path, geo_from_text
from corpus.manifest import Manifest, ManifestError
from nianbao.corpus_build import build


def test_county_from_the_body_name():
    assert geo_from_text("", "临川省东平县峤坪镇人民政府", "峤坪镇", "town")["county"] == "东平县"
    assert geo_from_text("", "南丰市西华区芸庄街道办事处", "芸庄街道", "street")["county"] == "西华区"


def test_county_printed_before_the_place_in_the_text():
    text = "浙江省北安县青桥乡2022年政府信息公开工作年度报告\n\n本报告由北安县青桥乡人民政府编制。"
    geo = geo_from_text(text, "青桥乡人民政府", "青桥乡", "town")
    assert geo == {"county": "北安县", "province": "浙江省"}


def test_a_county_level_body_is_its_own_county():
    assert geo_from_text("", "中康县人民政府", "中康县", "county")["county"] == "中康县"
    assert geo_from_text("", "东平市人民政府", "东平市", "city")["county"] is None


def test_nothing_written_means_nothing_inferred():
    assert geo_from_text("工作动态类信息 12 条。", "青桥乡人民政府", "青桥乡", "town") == {"county": None,
                                                                                      "province": None}


def test_folders_name_county_and_province():
    assert geo_from_path("/data/江西省/上平县/青桥乡/2021.pdf") == {"county": "上平县", "province": "江西省"}
    assert geo_from_path("/data/jiangxi_shangping-qingqiao_2021.txt")["province"] == "江西省"
    assert geo_from_path("/data/reports/2021.txt") == {"county": None, "province": None}


def test_manifest_rows_by_path_and_by_body(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        "path,body,county,province,level,year\n"
        "a/,,前安县,江西省,,\n"
        "a/special.txt,,,,street,2020\n"
        ",青桥乡人民政府,后和县,,town,\n", encoding="utf-8-sig")
    m = Manifest.load(tmp_path / "manifest.csv")
    assert m.lookup(str(tmp_path / "a" / "x.txt"), "某镇人民政府", "某镇") == {"county": "前安县", "province": "江西省"}
    assert m.lookup(str(tmp_path / "a" / "special.txt"), None, None) == {"level": "street", "year": 2020}
    assert m.lookup(str(tmp_path / "b.txt"), "青桥乡人民政府", "青桥乡") == {"county": "后和县", "level": "town"}
    assert m.lookup(str(tmp_path / "b.txt"), "别的镇人民政府", "别的镇") == {}


def test_a_bad_manifest_is_one_clear_error(tmp_path):
    (tmp_path / "m.csv").write_text("path,level\nx.txt,village\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"row 2: level 'village'"):
        Manifest.load(tmp_path / "m.csv")
    (tmp_path / "m2.csv").write_text("county,province\n前安县,江西省\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="`path` or a `body` column"):
        Manifest.load(tmp_path / "m2.csv")


def _report_bytes(seed: int, place: str, body: str) -> bytes:
    from corpus.synthetic.compose import compose
    from corpus.synthetic.text import render_text

    return render_text(compose(seed, template="t2021", year=2022, place=place, body=body))


def test_build_says_where_each_county_came_from(tmp_path):
    data = tmp_path / "reports"
    (data / "上平县").mkdir(parents=True)
    (data / "other").mkdir()
    (data / "上平县" / "a.txt").write_bytes(_report_bytes(1, "青桥乡", "青桥乡人民政府"))
    (data / "other" / "b.txt").write_bytes(_report_bytes(2, "芸庄镇", "北和县芸庄镇人民政府"))
    (data / "other" / "c.txt").write_bytes(_report_bytes(3, "沅川镇", "沅川镇人民政府"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("body,county,province\n沅川镇人民政府,中宁县,江西省\n", encoding="utf-8")
    build([data], tmp_path / "out", jobs=1, manifest=manifest, progress=False, report=False)
    rows = {Path(r["path"]).name: r for r in
            csv.DictReader(io.StringIO((tmp_path / "out" / "reports.csv").read_text(encoding="utf-8-sig")))}
    assert (rows["a.txt"]["county"], rows["a.txt"]["county_source"]) == ("上平县", "folder")
    assert (rows["b.txt"]["county"], rows["b.txt"]["county_source"]) == ("北和县", "text")
    assert (rows["c.txt"]["county"], rows["c.txt"]["county_source"]) == ("中宁县", "manifest")
    assert (rows["c.txt"]["province"], rows["c.txt"]["province_source"]) == ("江西省", "manifest")
    assert rows["a.txt"]["province"] == "" and rows["a.txt"]["province_source"] == ""
