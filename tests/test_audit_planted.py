"""Acceptance on generated reports with planted reuse: shares and clone groups are found as planted."""

from __future__ import annotations

import csv

import duckdb
import pytest

from corpus.synthetic.measure import fingerprint_planted, measure
from corpus.synthetic.plant import planted_corpus
from nianbao.corpus_build import build


def test_planted_shares_and_clone_groups_in_2000_reports():
    corpus = planted_corpus(2000, seed=7)
    measured, result = measure(corpus, fingerprint_planted(corpus))
    print(f"\n2000 planted reports: {measured}")
    assert measured.compared >= 1600
    assert measured.max_share_error <= 0.05
    assert measured.clone_pairs_true >= 30
    assert measured.precision >= 0.95 and measured.recall >= 0.95
    flagged = {r["report_id"] for r in result["year_to_year"] if r["status"] == "fail"}
    over_half = {str(r.index) for r in corpus.reports if r.planted_share is not None and r.planted_share > 0.55}
    under_half = {str(r.index) for r in corpus.reports if r.planted_share is not None and r.planted_share < 0.45}
    assert over_half <= flagged and not (under_half & flagged)


@pytest.fixture(scope="module")
def built_planted(tmp_path_factory):
    """42 planted reports written as files (7 bodies × 6 years), one body renamed from 2021 on, built."""
    root = tmp_path_factory.mktemp("planted")
    corpus = planted_corpus(42, seed=3, clone_rate=0.5)
    renamed = corpus.reports[0]
    new_place = "新" + renamed.place
    paths = {}
    for r in corpus.reports:
        text = r.text
        if r.body_no == renamed.body_no and r.year >= 2021:
            text = text.replace(r.place, new_place)
        path = root / "in" / f"{r.body_no:03d}" / f"{r.year}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths[r.index] = str(path)
    manifest = root / "manifest.csv"
    manifest.write_text(f"body,place\n{new_place},{renamed.place}\n", encoding="utf-8")
    out = root / "out"
    build([root / "in"], out, jobs=2, manifest=manifest, progress=False, report=False)
    return corpus, paths, out, renamed


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_build_runs_the_reuse_checks_from_worker_fingerprints(built_planted):
    corpus, paths, out, _ = built_planted
    reports = {r["path"]: r for r in _csv(out / "reports.csv")}
    checks = _csv(out / "checks.csv")
    share = {c["report_id"]: float(c["actual"]) for c in checks
             if c["check_id"] == "cross_year.text_reuse" and c["actual"]}
    compared = 0
    for r in corpus.reports:
        if r.planted_share is None or r.clone_of is not None:
            continue
        rid = reports[paths[r.index]]["report_id"]
        assert abs(share[rid] - r.planted_share) <= 0.05, (paths[r.index], share[rid], r.planted_share)
        compared += 1
    assert compared >= 30
    findings = _csv(out / "findings.csv")
    flagged = {f["report_id"] for f in findings if f["check_id"] == "cross_year.text_reuse"}
    for rid, value in share.items():
        assert (rid in flagged) == (value > 0.5)
    clones = _csv(out / "clones.csv")
    planted_members = {paths[i] for g in corpus.clone_groups for i in g}
    assert clones and {c["path"] for c in clones} == planted_members
    with duckdb.connect(str(out / "nianbao.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM findings").fetchone()[0] == len(findings)
        cols = [d[0] for d in con.execute("SELECT * FROM wide LIMIT 1").description]
    assert "body_key" in cols and "derived.disclosure_rate" in cols and "derived.text_reuse_share" in cols


def test_a_place_renamed_in_the_manifest_stays_one_body(built_planted):
    corpus, paths, out, renamed = built_planted
    rows = [r for r in _csv(out / "reports.csv") if r["path"] in {paths[r2.index] for r2 in corpus.reports
                                                                   if r2.body_no == renamed.body_no}]
    assert len(rows) == 6 and len({r["body_key"] for r in rows}) == 1
    assert rows[0]["body_key"].endswith(renamed.place)
    checks = _csv(out / "checks.csv")
    by_id = {r["report_id"]: r for r in rows}
    reuse = [c for c in checks if c["check_id"] == "cross_year.text_reuse" and c["report_id"] in by_id]
    assert sorted(int(by_id[c["report_id"]]["year"]) for c in reuse) == [2019, 2020, 2021, 2022, 2023]
    carry = [c for c in checks if c["check_id"] == "cross_year.carry" and c["report_id"] in by_id]
    assert {by_id[c["report_id"]]["year"] for c in carry} >= {"2020", "2022", "2023"}
