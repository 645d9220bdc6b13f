"""report.html in a real headless Chromium with the network cut off, and report.xlsx read back with openpyxl.

Both are made from the bundled sample (the seed and the fictional county with its planted errors),
built the way the README's main command builds it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

import nianbao
from outputs.report_data import DatasetMissing, open_dataset
from outputs.report_files import write_report
from outputs.report_payload import build_payload

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CHARTS = ("chart-rank-active", "chart-rank-apps", "chart-trend-active", "chart-trend-apps", "chart-heat",
          "chart-coverage", "chart-mix-category", "chart-mix-channel")


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    summary = nianbao.build([SAMPLES], out, jobs=2, progress=False)
    assert summary["errors"] == 0
    assert sorted(Path(p).name for p in summary["report_files"]) == ["report.html", "report.xlsx"]
    return out


def test_build_writes_both_reports(sample_out):
    html = (sample_out / "report.html").read_text(encoding="utf-8")
    assert (sample_out / "report.xlsx").stat().st_size > 0
    assert "<script src" not in html and "<link" not in html  # nothing to fetch: all inlined
    assert "echarts" in html and "芸埠镇人民政府" in html


def _browser_page(playwright):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium); "
                    ".ci/run installs it")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    return browser, browser.new_page(viewport={"width": 1400, "height": 1000})


def test_html_report_in_headless_chromium_offline(sample_out):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]' (never `playwright install`)")
    console_errors, network, page_errors = [], [], []
    with sync_playwright() as pw:
        browser, page = _browser_page(pw)
        try:
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: page_errors.append(str(e)))

            def only_files(route):
                if route.request.url.startswith("file:"):
                    route.continue_()
                else:
                    network.append(route.request.url)
                    route.abort()

            page.route("**/*", only_files)
            page.goto((sample_out / "report.html").as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=30_000)

            for chart in CHARTS:  # each chart drew an SVG with something in it (data, or what is missing)
                shapes = page.locator(f"#{chart} svg").first.locator("path, rect, text").count()
                assert page.get_attribute(f"#{chart}", "data-rendered") == "1", chart
                assert shapes > 0, chart
            # charts with data: bars, lines, cells, not an empty-state message
            for chart in ("chart-rank-active", "chart-rank-apps", "chart-trend-active", "chart-heat",
                          "chart-coverage", "chart-mix-category"):
                assert page.locator(f"#{chart} svg path").count() > 5, chart
            assert "芸埠镇人民政府" in page.inner_text("#chart-rank-active")
            assert "缺" in page.inner_text("#chart-coverage")  # 璞塘乡 2021 is missing
            assert "迟" in page.inner_text("#chart-coverage")  # 琮岭镇 2021 was put online late
            late_cell = page.evaluate("echarts.getInstanceByDom(document.getElementById('chart-coverage'))"
                                      ".getOption().series[0].data.findIndex(function (c) { return c[3] === 3; })")
            page.evaluate("echarts.getInstanceByDom(document.getElementById('chart-coverage'))"
                          f".dispatchAction({{type: 'showTip', seriesIndex: 0, dataIndex: {late_cell}}})")
            tip = page.locator("#chart-coverage > div").nth(1)
            tip.wait_for(state="visible")
            assert "琮岭镇人民政府" in tip.inner_text() and "2021年" in tip.inner_text()
            assert "逾期36天发布" in tip.inner_text()
            assert "表三 行合计" in page.inner_text("#chart-heat")
            for chart, says in (("chart-coverage", "份报告"), ("chart-heat", "）：")):  # tooltips: body, check, count
                page.evaluate(f"echarts.getInstanceByDom(document.getElementById('{chart}'))"
                              ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0})")
                tip = page.locator(f"#{chart} > div").nth(1)  # ECharts puts its tooltip after the drawing
                tip.wait_for(state="visible")
                assert says in tip.inner_text() and ("人民政府" in tip.inner_text() or "办事处" in tip.inner_text())

            # the year selector redraws: the seed's 2018 list names channels (微信)
            page.select_option("#year-select", "2018")
            assert "微信" in page.inner_text("#chart-mix-channel")
            assert page.locator("#chart-mix-channel svg path").count() > 5
            assert "宜就镇人民政府" in page.inner_text("#chart-rank-active")
            page.select_option("#year-select", "2022")

            all_rows = int(page.get_attribute("#report-count", "data-count"))
            assert all_rows == 12 and page.locator("#report-table tbody tr").count() == 12
            page.fill("#filter-body", "芸埠")
            assert int(page.get_attribute("#report-count", "data-count")) == 3
            assert page.locator("#report-table tbody tr").count() == 3
            page.fill("#filter-body", "")
            page.select_option("#filter-year", "2021")
            assert int(page.get_attribute("#report-count", "data-count")) == 3  # 璞塘乡 has no 2021 report
            page.select_option("#filter-year", "")
            first_year = "#report-table tbody tr:first-child td:nth-child(5)"  # sorting by a header click
            page.click("#report-table th[data-col='year']")
            assert page.inner_text(first_year) == "2018"
            page.click("#report-table th[data-col='year']")
            assert page.inner_text(first_year) == "2022"

            findings = page.inner_text("#finding-table")
            assert "表三" in findings and "第1页" in findings and "cross_year.carry" in findings

            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        finally:
            browser.close()
    assert network == [], f"the page tried the network: {network}"
    assert console_errors == [] and page_errors == [], (console_errors, page_errors)


def test_xlsx_report(sample_out):
    wb = openpyxl.load_workbook(sample_out / "report.xlsx")
    assert {"reports", "wide", "facts", "checks", "findings"} <= set(wb.sheetnames)
    for ws in wb:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title

    def rows(name):
        ws = wb[name]
        header = [c.value for c in ws[1]]
        return [(dict(zip(header, (c.value for c in r))), r) for r in ws.iter_rows(min_row=2)]

    checks = rows("checks")
    failed = [(d, cells) for d, cells in checks if d["status"] == "fail"]
    passed = [(d, cells) for d, cells in checks if d["status"] == "pass"]
    assert {d["check_id"] for d, _ in failed} >= {"t3.row_sum", "t4.sum", "text_vs_table.received"}
    for d, cells in failed:
        assert cells[0].fill.fgColor.rgb.endswith("F8CBC6" if d["severity"] == "error" else "FCE8B2"), d
    assert all(cells[0].fill.fill_type is None for _, cells in passed)

    reports = {d["body"] + str(d["year"]): d for d, _ in rows("reports")}
    assert isinstance(reports["芸埠镇人民政府2021"]["n_fail"], int) and reports["芸埠镇人民政府2021"]["n_fail"] == 3
    wide = [d for d, _ in rows("wide")]
    assert all(isinstance(d["active.total"], (int, float)) for d in wide if d["active.total"] is not None)
    assert any(d["body"] == "霁川街道办事处" for d in wide)
    facts = [d for d, _ in rows("facts")]
    assert all(isinstance(d["value"], (int, float)) for d in facts if d["value"] is not None)
    findings = [d for d, _ in rows("findings")]
    assert any(d["check_id"] == "t4.sum" and "表四" in d["where"] for d in findings)


def test_without_findings_the_report_says_none_were_computed(sample_out, tmp_path):
    copy = tmp_path / "old"
    shutil.copytree(sample_out, copy, ignore=shutil.ignore_patterns("findings.*", "report.*"))
    data = open_dataset(copy)
    try:
        payload = build_payload(data)
    finally:
        data.close()
    assert payload["auditComputed"] is False
    # the failed checks stand in, each with its cells as printed and their page
    row_sum = [f for f in payload["findings"] if f[3] == "t3.row_sum"]
    assert len(row_sum) == 3
    evidence = row_sum[0][payload["findingCols"].index("evidence")]
    assert any(where.startswith("表三 · ") and page == 1 for where, _, page in evidence)
    written = write_report(copy, copy / "report.xlsx")
    ws = openpyxl.load_workbook(written[0])["findings"]
    assert "none computed" in ws["A2"].value
    json.dumps(payload, ensure_ascii=False)


def test_report_refuses_what_it_cannot_write(tmp_path):
    with pytest.raises(DatasetMissing, match="no such folder"):
        write_report(tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DatasetMissing, match="reports"):
        write_report(tmp_path / "empty")


def test_a_table_longer_than_a_sheet_continues_on_the_next(sample_out, tmp_path):
    from outputs.xlsx_report import write_table_sheets
    from outputs.xlsx_stream import XlsxWriter

    data = open_dataset(sample_out)
    try:
        n_checks = data.rows("SELECT count(*) FROM checks")[0][0]
        with XlsxWriter(tmp_path / "split.xlsx") as xlsx:
            titles = write_table_sheets(xlsx, data, "checks", max_rows=51)  # 50 rows under each header
    finally:
        data.close()
    wb = openpyxl.load_workbook(tmp_path / "split.xlsx")
    assert titles == wb.sheetnames == [f"checks{'' if i == 0 else f'_{i + 1}'}" for i in range(-(-n_checks // 50))]
    assert sum(wb[t].max_row - 1 for t in titles) == n_checks
    assert all(wb[t]["A1"].value == "report_id" and wb[t].freeze_panes == "A2" for t in titles)


def test_report_command_writes_by_suffix(sample_out, tmp_path):
    import subprocess
    import sys

    def run(*args):
        return subprocess.run([sys.executable, "-m", "nianbao", "report", *args], capture_output=True, text=True,
                              cwd=ROOT, timeout=120)

    done = run(str(sample_out), "-o", str(tmp_path / "a.html"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    done = run(str(sample_out), "-o", str(tmp_path / "a.xlsx"))
    assert done.returncode == 0 and openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames[0] == "reports"
    done = run(str(sample_out), "-o", str(tmp_path / "a.pdf"))
    assert done.returncode == 2 and done.stderr.strip().endswith("written as .html or .xlsx, not .pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_xlsx_keeps_awkward_text_as_written(sample_out, tmp_path):
    """Markup, quotes, line breaks and edge spaces survive; control characters Excel refuses are dropped;
    text longer than a cell holds is cut at Excel's limit with an ellipsis."""
    import duckdb

    copy = tmp_path / "awkward"
    shutil.copytree(sample_out, copy, ignore=shutil.ignore_patterns("report.*"))
    awkward = ['a<b>&"c"', "line1\nline2", "x\x07y", "  edge ", "长" * 40_000, "宜就镇 ok"]
    con = duckdb.connect()
    con.execute(f"""COPY (SELECT * EXCLUDE (rn) REPLACE (CASE WHEN rn <= 6 THEN ?[rn] ELSE text END AS text)
                          FROM (SELECT *, row_number() OVER () AS rn FROM read_parquet('{sample_out}/facts.parquet')))
                    TO '{copy}/facts.parquet' (FORMAT parquet)""", [awkward])
    con.close()
    written = write_report(copy, copy / "report.xlsx")[0]
    ws = openpyxl.load_workbook(written)["facts"]
    column = [c.value for c in ws[1]].index("text")
    got = [row[column].value for row in ws.iter_rows(min_row=2, max_row=7)]
    assert got[:4] == ['a<b>&"c"', "line1\nline2", "xy", "  edge "]
    assert len(got[4]) == 32_767 and got[4].endswith("…") and got[5] == "宜就镇 ok"


def test_a_large_dataset_is_shown_by_counties_the_body_index_and_the_top_bodies(sample_out, tmp_path):
    """Past Limits.reports the page carries per-county figures, every body in its index, and the reports
    and findings of the bodies with the most failed checks only; the workbook has aggregates instead of
    the fact-level sheets. (The sample is small: the limits are lowered to make it count as large.)"""
    from outputs.html_report import write_html
    from outputs.report_payload import Limits
    from outputs.xlsx_report import write_xlsx

    limits = Limits(reports=5, bodies=2, findings=3)
    data = open_dataset(sample_out)
    try:
        full = build_payload(data)
        large = build_payload(data, limits=limits)
        failed_by_body = dict(data.rows("""SELECT r.body_key, count(*) FROM checks c JOIN reports r USING (report_id)
                                           WHERE c.status = 'fail' GROUP BY 1"""))
    finally:
        data.close()
    assert full["large"] is None and len(full["reports"]) == 12
    assert large["large"]["reports"][1] == 12 and large["summary"]["reports"] == 12
    shown = {r[1] for r in large["reports"]}  # body names
    assert len(shown) == 2 and large["large"]["bodies"] == [2, len(full["bodies"])]
    failed = {name: failed_by_body.get(k, 0) for k, name in zip(_keys(sample_out), large["bodies"])}
    assert min(failed[b] for b in shown) >= max(n for b, n in failed.items() if b not in shown)
    assert len(large["findings"]) == 3 and large["large"]["findings"] == [3, full["summary"]["findings"]]
    assert sum(c[2] for c in large["counties"]) == 12
    assert len(large["bodyStats"]) == len(large["bodies"]) and sum(s[0] for s in large["bodyStats"]) == 12

    html = write_html(sample_out, tmp_path / "large.html", limits=limits)
    book = openpyxl.load_workbook(write_xlsx(sample_out, tmp_path / "large.xlsx", limits=limits), read_only=True)
    assert book.sheetnames == ["counties", "bodies", "reports", "findings", "errors", "not_included"]
    left_out = list(book["not_included"].iter_rows(values_only=True))
    assert [r[0] for r in left_out[1:]] == ["facts", "checks", "wide"] and all(r[1] > 0 for r in left_out[1:])
    from playwright.sync_api import sync_playwright

    errors = []
    with sync_playwright() as pw:
        browser, page = _browser_page(pw)
        try:
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=30_000)
            assert "只显示未通过检查最多的 2 个机关" in page.inner_text("#large-note")
            assert int(page.get_attribute("#report-count", "data-count")) == len(large["reports"])
            assert int(page.get_attribute("#body-count", "data-count")) == len(large["bodies"])
            page.fill("#body-search", "芸埠")
            assert int(page.get_attribute("#body-count", "data-count")) == 1
            assert int(page.get_attribute("#county-count", "data-count")) == len(large["counties"])
        finally:
            browser.close()
    assert errors == []


def _keys(out: Path) -> list[str]:
    """Body keys in the payload's body order (name, then key)."""
    data = open_dataset(out)
    try:
        return [k for k, _ in data.rows("""SELECT body_key AS k, arg_max(body, coalesce(year, 0)) AS name FROM reports
                                            WHERE body_key IS NOT NULL GROUP BY k ORDER BY name, k""")]
    finally:
        data.close()
