"""The README's two set-up commands stay true: CI runs the test one, this test runs the main job."""

from __future__ import annotations

import csv
import re
import shlex
import subprocess
import sys

from tests.conftest import ROOT, SAMPLES


def setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_ci_runs_exactly_the_readme_test_command():
    main, tests = setup_commands()
    assert "pip install -e ." in main and "nianbao build corpus/samples" in main
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert tests in ci


def test_the_readme_main_command_builds_the_bundled_sample(tmp_path):
    main, _ = setup_commands()
    build = shlex.split(main.split("&&", 1)[1])
    assert build[:2] == ["nianbao", "build"]
    out = tmp_path / "out"
    args = [str(out) if a == "out/" else a for a in build[2:]]
    proc = subprocess.run([sys.executable, "-m", "nianbao", "build", *args, "--quiet"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    with open(out / "reports.csv", encoding="utf-8-sig", newline="") as fh:
        reported = {(ROOT / r["path"]).resolve() for r in csv.DictReader(fh)}
    with open(out / "errors.csv", encoding="utf-8-sig", newline="") as fh:
        assert list(csv.DictReader(fh)) == []
    samples = {p.resolve() for p in SAMPLES.rglob("*") if p.is_file()}
    assert reported == samples
    for name in ("report.html", "report.xlsx", "nianbao.duckdb", "wide.csv", "findings.csv"):
        assert (out / name).stat().st_size > 0
