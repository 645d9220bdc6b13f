"""The real-world regression corpus (tests/realworld): its shape, and its score as a regression guard.

The corpus is split by source site into `tune` (what rules may be fixed from) and `unseen` (scored, never
fixed from). The floors below were set from the figures of the release they guard, a little under them:
a change that reads fewer figures right, or more wrong, fails here before it reaches a user.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest

REALWORLD = Path(__file__).resolve().parent / "realworld"
PARTS = ("tune", "unseen")
# (facts right at least, wrong values at most, meta right at least), per part
FLOORS = {"tune": (0.96, 25, 0.965), "unseen": (0.90, 45, 0.948)}
_SCORE = re.compile(r"^(meta|facts)\s+(\d+)/(\d+)")
_WRONG = re.compile(r"wrong (\d+)")


def truths(part: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((REALWORLD / part).glob("*.json"))]


def host_of(source: str) -> str:
    m = re.search(r"https?://\S+", source)
    return urllib.parse.urlsplit(m.group()).netloc.lower().removeprefix("www.") if m else source.strip()


def test_every_report_has_its_data_source_and_truth():
    n = 0
    for part in PARTS:
        for truth in truths(part):
            data = REALWORLD / part / truth["file"]
            assert data.is_file(), data
            source = data.with_suffix(".source").read_text(encoding="utf-8")
            assert re.search(r"https?://", source) and "stored" in source, data
            assert truth["origin"] == "realworld" and isinstance(truth["facts"], list)
            n += 1
    assert n >= 1950


def test_the_split_is_by_source_site():
    hosts = {part: {host_of((REALWORLD / part / t["file"]).with_suffix(".source").read_text(encoding="utf-8"))
                    for t in truths(part)} for part in PARTS}
    assert not hosts["tune"] & hosts["unseen"]
    assert len(truths("unseen")) >= 755


def test_spread_of_places_levels_and_years():
    all_truths = [t for part in PARTS for t in truths(part)]
    provinces = Counter(t["file"].split("_")[0] for t in all_truths)
    levels = Counter(t["level"] for t in all_truths)
    years = [t["year"] for t in all_truths if t["year"]]
    assert len(provinces) >= 20
    assert (levels["town"] + levels["street"]) / len(all_truths) >= 0.6
    assert min(years) <= 2010 and max(years) >= 2024
    assert sum(y < 2019 for y in years) >= 30


# the last words of an organ of government (人民政府, 办事处, 统计局, 管委会, 农场); a town, street, county or
# zone named bare (三江镇, 北干街道, 佛山高新区) is a place, not the body that issued the report
_ORGAN_END = re.compile(r"(?:政府|办事处|辦事處|办公室|辦公室|办公厅|辦公廳|委员会|委員會|管委会|管委會|"
                        r"[局委厅廳社部署院会會办辦处處站所队隊室场場]|中心)$")


def test_a_body_names_an_organ_as_the_acceptance_truth_does():
    """../shared/truth leaves `body` null where the report names only its place (发布机构 下各镇); so does
    the corpus, so that its meta score measures the same thing."""
    bare = [t["file"] for part in PARTS for t in truths(part)
            if t["body"] and not _ORGAN_END.search(re.sub(r"[((][^))]*[))]$", "", t["body"]))]
    assert not bare, bare


@pytest.mark.parametrize("part", PARTS)
def test_score_stays_above_its_floor(part, shared_dir):
    evaluate = shared_dir / "tools" / "evaluate.py"
    cmd = f"{sys.executable} -m nianbao extract --json"
    out = subprocess.run([sys.executable, str(evaluate), "--truth", str(REALWORLD / part), "--data",
                          str(REALWORLD / part), "--cmd", cmd], capture_output=True, text=True, check=True).stdout
    scores = {m.group(1): int(m.group(2)) / int(m.group(3)) for m in map(_SCORE.match, out.splitlines()) if m}
    wrong = int(_WRONG.search(next(line for line in out.splitlines() if line.startswith("facts"))).group(1))
    facts_floor, wrong_ceiling, meta_floor = FLOORS[part]
    assert scores["facts"] >= facts_floor, out
    assert wrong <= wrong_ceiling, out
    assert scores["meta"] >= meta_floor, out
