"""One pathological file costs one error row: the time and memory limits of a corpus run."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from corpus.worker import WorkerProcess
from nianbao.corpus_build import build


def _report(seed: int) -> bytes:
    from corpus.synthetic.compose import compose
    from corpus.synthetic.text import render_text

    return render_text(compose(seed, template="t2021", year=2022))


def _long_pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    from corpus.synthetic.pdf import _font

    lines = [ln for ln in _report(7).decode().splitlines() if ln.strip()]
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for page in range(pages):
        c.setFont(_font(), 10)
        for k in range(40):
            c.drawString(40, 800 - 18 * k, lines[(page * 40 + k) % len(lines)][:48])
        c.showPage()
    c.save()
    return buf.getvalue()


def _rows(path: Path) -> dict[str, dict]:
    return {r["path"]: r for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")))}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("limits")
    for i in range(4):
        (root / f"ok{i}.txt").write_bytes(_report(100 + i))
    # a 1,000-page report: reading it needs far more memory and time than the others
    (root / "huge.pdf").write_bytes(_long_pdf(1000))
    return root


def test_an_overrun_of_the_memory_limit_costs_one_file(folder, tmp_path):
    summary = build([folder], tmp_path / "out", jobs=2, memory_mb=450, progress=False, report=False)
    errors = _rows(tmp_path / "out" / "errors.csv")
    reports = _rows(tmp_path / "out" / "reports.csv")
    huge = errors[str(folder / "huge.pdf")]
    assert huge["error"] in ("memory", "crash"), huge
    assert "memory" in huge["message"]
    assert sorted(Path(p).name for p in reports) == [f"ok{i}.txt" for i in range(4)]
    assert summary["errors"] == 1


def test_an_overrun_of_the_time_limit_is_stopped_and_the_run_goes_on(folder, tmp_path):
    summary = build([folder], tmp_path / "out", jobs=1, timeout=4.0, memory_mb=0, progress=False, report=False)
    errors = _rows(tmp_path / "out" / "errors.csv")
    huge = errors[str(folder / "huge.pdf")]
    assert huge["error"] == "timeout"
    assert huge["message"].startswith("took longer than 4 s")
    assert summary["reports"] == 4  # the files after the stuck one were processed by a fresh worker


def test_a_killed_worker_is_replaced(folder):
    worker = WorkerProcess(memory_mb=0)
    try:
        first = worker.run(str(folder / "ok0.txt"), None, 60)
        assert "report" in first
        worker.signal_kill()
        worker.proc.wait()
        again = worker.run(str(folder / "ok1.txt"), None, 60)
        assert "report" in again and again["pid"] != first["pid"]
    finally:
        worker.close()
