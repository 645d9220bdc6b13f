"""The command line: JSON Lines in input order, one clear line per bad file, the rest still comes out."""

from __future__ import annotations

import json
import random
import subprocess
import sys

from tests.conftest import SEED


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nianbao", *args], capture_output=True, text=True, timeout=300)


def test_extract_json_lines_in_input_order(tmp_path):
    other = tmp_path / "second.txt"
    other.write_text(SEED.read_text(encoding="utf-8").replace("宜就镇", "青石镇"), encoding="gb18030")
    proc = run_cli("extract", "--json", str(SEED), str(other))
    assert proc.returncode == 0, proc.stderr
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["source"]["path"] for o in objects] == [str(SEED), str(other)]
    assert objects[1]["source"]["encoding"] == "gb18030"


def test_bad_inputs_get_one_line_each_and_the_good_file_still_comes_out(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(random.Random(7).randbytes(5000))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(("政府信息公开" * 1200 + "\n").encode("utf-8") * 1000)  # about 20 MB
    news = tmp_path / "news.txt"
    news.write_text("本周末全市天气晴好,气温回升。\n市民可外出踏青,注意防晒。\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    bad = [empty, garbage, huge, news, missing]
    proc = run_cli("extract", "--json", str(empty), str(garbage), str(SEED), str(huge), str(news), str(missing))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == len(bad)
    for path, line in zip(bad, lines):
        assert str(path) in line
    assert "empty" in lines[0] and "binary" in lines[1] and "too large" in lines[2]
    assert "not a government information-disclosure annual report" in lines[3]
    assert "cannot read" in lines[4]
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["source"]["path"] for o in objects] == [str(SEED)]


def test_text_prints_the_normalised_text_offsets_refer_to():
    proc = run_cli("text", str(SEED))
    assert proc.returncode == 0
    report = json.loads(run_cli("extract", "--json", str(SEED)).stdout)
    for fact in report["facts"]:
        assert proc.stdout[fact["start"]:fact["end"]] == fact["text"]


def test_human_output_shows_tables():
    proc = run_cli("extract", str(SEED))
    assert proc.returncode == 0
    assert "facts" in proc.stdout and "sections" in proc.stdout
