"""`nianbao build` on a messy folder: the shared corpus plus every kind of bad input, none lost."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from corpus.discover import discover
from nianbao.cli import main
from nianbao.corpus_build import build

NOT_A_REPORT = (
    "关于召开春季植树活动筹备会议的通知\n\n各村、社区:\n\n为做好今年春季植树工作,定于三月五日上午九时在镇会议室"
    "召开筹备会议,请各单位主要负责同志准时参加。会议内容为部署植树任务、分配苗木和落实管护责任。\n\n"
    "请于三月三日前将参会人员名单报送镇农业服务中心。\n\n镇农业服务中心\n2023年2月28日\n"
)


def _report_text(seed: int, encoding: str) -> bytes:
    from corpus.synthetic.compose import compose
    from corpus.synthetic.text import render_text

    return render_text(compose(seed, template="t2021", year=2022), encoding=encoding)


def _report_pdf(seed: int) -> bytes:
    from corpus.synthetic.compose import compose
    from corpus.synthetic.pdf import render_pdf

    return render_pdf(compose(seed, template="t2019", year=2020))


def _long_pdf(pages: int) -> bytes:
    """A text-layer PDF of `pages` pages: a generated report's lines, cycled over every page."""
    from reportlab.pdfgen import canvas

    from corpus.synthetic.compose import compose
    from corpus.synthetic.pdf import _font
    from corpus.synthetic.text import render_text

    lines = [ln for ln in render_text(compose(7, template="t2021", year=2022)).decode().splitlines() if ln.strip()]
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    font = _font()
    for page in range(pages):
        c.setFont(font, 10)
        for k in range(40):
            c.drawString(40, 800 - 18 * k, lines[(page * 40 + k) % len(lines)][:48])
        c.drawString(280, 30, f"- {page + 1} -")
        c.showPage()
    c.save()
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    enc = pdfencrypt.StandardEncryption("user-secret", ownerPassword="owner-secret", strength=128)
    c = canvas.Canvas(buf, encrypt=enc)
    c.drawString(72, 720, "2022 annual report, locked")
    c.showPage()
    c.save()
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buf, format="JPEG")
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.txt", "政府信息公开工作年度报告")
    return buf.getvalue()


@pytest.fixture(scope="module")
def messy(tmp_path_factory, shared_dir) -> dict:
    root = tmp_path_factory.mktemp("messy")
    os.symlink(shared_dir / "corpus", root / "shared")  # the shared corpus, read in place
    bad = root / "bad"
    bad.mkdir()
    whole = _report_pdf(3)
    files = {
        "truncated": ("truncated.pdf", whole[: len(whole) // 3]),
        "encrypted": ("encrypted.pdf", _encrypted_pdf()),
        "empty": ("empty.pdf", b""),
        "jpeg": ("photo.pdf", _jpeg()),
        "zip": ("reports.zip", _zip()),
        "gbk": ("gbk.txt", _report_text(11, "gbk")),
        "utf16": ("utf16.txt", _report_text(12, "utf-16")),
        "long": ("long.pdf", _long_pdf(300)),
        "not_report": ("notice.txt", NOT_A_REPORT.encode("utf-8")),
        "good_pdf": ("good.pdf", whole),
        "copy": ("copy-of-gbk.txt", _report_text(11, "gbk")),
    }
    paths = {}
    for key, (name, data) in files.items():
        (bad / name).write_bytes(data)
        paths[key] = str(bad / name)
    os.mkfifo(bad / "pipe.txt")  # tests run as root, so a FIFO and a dangling link are the unreadables
    os.symlink(bad / "gone.txt", bad / "dangling.txt")
    os.symlink("self.txt", bad / "self.txt")  # a link that resolves to itself
    (bad / "nested").mkdir()
    os.symlink("..", bad / "nested" / "up")  # a folder loop
    paths.update(fifo=str(bad / "pipe.txt"), dangling=str(bad / "dangling.txt"), self_loop=str(bad / "self.txt"),
                 dir_loop=str(bad / "nested" / "up"))
    return {"root": root, "paths": paths}


def _read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} has no UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


@pytest.fixture(scope="module")
def built(messy, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("out")
    summary = build([messy["root"]], out, jobs=2, progress=False, report=False)
    return {"out": out, "summary": summary}


def test_every_input_ends_in_reports_or_errors(messy, built):
    out = built["out"]
    reports = _read_csv(out / "reports.csv")
    errors = _read_csv(out / "errors.csv")
    dups = _read_csv(out / "duplicates.csv")
    accounted = [r["path"] for r in reports] + [e["path"] for e in errors] + [d["path"] for d in dups
                                                                             if d["report_id"]]
    walked = [i.path for i in discover([messy["root"]]).inputs]
    assert sorted(accounted) == sorted(walked)
    assert len(reports) + len(errors) + sum(1 for d in dups if d["report_id"]) == built["summary"]["inputs"]
    n_shared = len(list((messy["root"] / "shared").iterdir()))
    assert built["summary"]["inputs"] >= n_shared + 15


def test_each_error_has_a_stage_and_a_one_line_reason(built):
    errors = _read_csv(built["out"] / "errors.csv")
    assert errors
    for e in errors:
        assert e["stage"] and e["error"], e
        assert e["message"].strip() and "\n" not in e["message"], e


def test_bad_inputs_get_the_right_reason(messy, built):
    errors = {e["path"]: e for e in _read_csv(built["out"] / "errors.csv")}
    p = messy["paths"]
    assert "empty" in errors[p["empty"]]["message"]
    assert "JPEG" in errors[p["jpeg"]]["message"]
    assert "zip" in errors[p["zip"]]["message"]
    assert "named pipe" in errors[p["fifo"]]["message"]
    assert "dangling symlink" in errors[p["dangling"]]["message"]
    assert "symlink loop" in errors[p["self_loop"]]["message"]
    assert "symlink loop" in errors[p["dir_loop"]]["message"]
    assert errors[p["not_report"]]["stage"] == "extract"
    assert p["encrypted"] in errors
    for key in ("fifo", "dangling", "self_loop", "dir_loop"):
        assert errors[p[key]]["stage"] == "discover"


def test_reports_in_other_encodings_and_a_long_pdf_are_read(messy, built):
    reports = {r["path"]: r for r in _read_csv(built["out"] / "reports.csv")}
    errors = {e["path"]: e for e in _read_csv(built["out"] / "errors.csv")}
    p = messy["paths"]
    assert reports[p["utf16"]]["encoding"].startswith("utf-16")
    gbk = reports.get(p["copy"]) or reports[p["gbk"]]
    assert gbk["encoding"] in ("gbk", "gb18030", "gb2312")
    long = reports.get(p["long"])
    assert long is not None or errors[p["long"]]["message"], "the 300-page PDF is accounted for"
    if long is not None:
        assert long["pages"] == "300"


def test_duplicates_are_processed_once_and_listed(messy, built):
    dups = _read_csv(built["out"] / "duplicates.csv")
    p = messy["paths"]
    copy_rows = [d for d in dups if {d["path"], d["same_as"]} == {p["gbk"], p["copy"]}]
    assert len(copy_rows) == 1
    reports = _read_csv(built["out"] / "reports.csv")
    assert sum(1 for r in reports if r["path"] in (p["gbk"], p["copy"])) == 1


def test_duckdb_holds_the_same_tables(built):
    import duckdb

    out = built["out"]
    con = duckdb.connect(str(out / "nianbao.duckdb"), read_only=True)
    try:
        assert con.execute("select count(*) from reports").fetchone()[0] == len(_read_csv(out / "reports.csv"))
        assert con.execute("select count(*) from errors").fetchone()[0] == len(_read_csv(out / "errors.csv"))
        assert con.execute("select sum(files) from error_summary").fetchone()[0] == built["summary"]["errors"]
        assert con.execute("select count(*) from failed_checks").fetchone()[0] == len(
            [c for c in _read_csv(out / "checks.csv") if c["status"] == "fail"])
    finally:
        con.close()


def test_parquet_matches_csv(built):
    import pyarrow.parquet as pq

    out = built["out"]
    for name in ("reports", "facts", "checks", "errors", "wide"):
        table = pq.read_table(out / f"{name}.parquet")
        rows = _read_csv(out / f"{name}.csv")
        assert table.num_rows == len(rows)
        assert table.column_names == list(rows[0].keys()) if rows else True


def test_exit_status_strict_and_not(messy, built, tmp_path, capsys):
    # same folder, same cache: the second run reuses every result
    assert main(["build", str(messy["root"]), "-o", str(built["out"]), "--quiet", "--no-report"]) == 0
    err = capsys.readouterr().err
    assert f"reused {built['summary']['distinct']} cached results, 0 to process" in err
    assert main(["build", str(messy["root"]), "-o", str(built["out"]), "--quiet", "--no-report",
                 "--strict"]) == 1


def test_results_of_other_pipeline_versions_are_pruned(tmp_path, seed_path):
    from corpus.cache import pipeline_version

    stale = tmp_path / "out" / ".cache" / "0.0.1-000000000000" / "ab"
    stale.mkdir(parents=True)
    (stale / ("ab" * 32 + ".json")).write_text("{}", encoding="utf-8")
    build([seed_path], tmp_path / "out", jobs=1, progress=False, report=False)
    versions = sorted(p.name for p in (tmp_path / "out" / ".cache").iterdir() if p.is_dir())
    assert versions == [pipeline_version()]


def test_an_output_url_is_refused_in_one_line(tmp_path, seed_path):
    proc = subprocess.run([sys.executable, "-m", "nianbao", "build", str(seed_path), "-o", "s3://bucket/out",
                           "--no-report", "--quiet"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "s3://bucket/out" in proc.stderr and "folder" in proc.stderr
    assert not (tmp_path / "s3:").exists()
