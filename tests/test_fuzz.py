"""Fuzzed input: the parsers raise nothing but InputError, whatever the bytes.

tests/fuzz_cases holds every input the fuzzer (bench/fuzz.py) found failing, named after the failure;
each must now read or be refused with one line. A short fuzz run (about a minute over all entries) and a
run of mutated reports through the command line guard the rest.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import InputError, read_bytes
from tests.conftest import ROOT, SAMPLES

CASES = sorted((Path(__file__).parent / "fuzz_cases").glob("*.bin"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_inputs_the_fuzzer_found_read_or_fail_with_one_line(case):
    try:
        doc = read_bytes(case.read_bytes(), case.name)
    except InputError as err:
        assert case.name in str(err) and "\n" not in str(err)
    else:
        assert isinstance(doc.text, str)


def test_a_minute_of_fuzzing_finds_no_failure(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "fuzz.py"), "--seconds", "60",
                           "--share", "30,30,20,20", "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    counts = {line.split()[0]: int(line.split()[1].replace(",", "")) for line in proc.stdout.splitlines()
              if line.split() and line.split()[0] in ("text", "html", "docx", "pdf")}
    assert set(counts) == {"text", "html", "docx", "pdf"}
    assert all(n > 0 for n in counts.values()), counts


def mutated(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(out))
        op = rng.randrange(3)
        if op == 0:
            out[i] = rng.randrange(256)
        elif op == 1:
            del out[i:i + rng.randint(1, 64)]
        else:
            out[i:i] = out[rng.randrange(len(out)):][:rng.randint(1, 64)]
    return bytes(out)


def test_mutated_reports_of_every_medium_give_a_report_or_one_line_each(tmp_path):
    from corpus.synthetic.compose import compose
    from corpus.synthetic.docx import render_docx

    originals = {"txt": (SAMPLES / "seed_yijiuzhen_2018.txt").read_bytes(),
                 "html": (SAMPLES / "沣禾县" / "琮岭镇" / "2020.html").read_bytes(),
                 "pdf": (SAMPLES / "沣禾县" / "芸埠镇" / "2022.pdf").read_bytes(),
                 "docx": render_docx(compose(3, "t2021"), numbering=True)}
    rng = random.Random(12)
    files = []
    for ext, data in originals.items():
        for k in range(10):
            path = tmp_path / f"m{k}.{ext}"
            path.write_bytes(mutated(data, rng))
            files.append(str(path))
    proc = subprocess.run([sys.executable, "-m", "nianbao", "extract", "--json", *files], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    reported = [json.loads(line)["source"]["path"] for line in proc.stdout.splitlines()]
    refused = proc.stderr.splitlines()
    assert all(line.startswith("nianbao: ") for line in refused)
    refused_paths = [next(f for f in files if line.startswith(f"nianbao: {f}: ")) for line in refused]
    assert sorted(reported + refused_paths) == sorted(files)
