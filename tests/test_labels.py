"""Breakdown labels across a corpus: corpus/labels.py and `nianbao labels`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from corpus.labels import label_counts, mapped_share
from nianbao.cli import main
from parsers.errors import InputError


def _report(*items: tuple[str, int]) -> dict:
    facts = [{"metric": "active.total", "label": None, "value": sum(v for _, v in items)}]
    facts += [{"metric": "active.item", "label": label, "value": value} for label, value in items]
    return {"body": "某镇人民政府", "year": 2020, "facts": facts}


REPORTS = [
    _report(("工作动态", 30), ("好人好事", 2), ("各村", 4)),
    _report(("工作动态类信息", 12), ("好人好事", 1), ("其他信息", 3)),
    _report(("微信公众号", 40), ("各村", 6)),
]


def _write_facts_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["report_id", "metric", "label", "value", "category", "channel"])
        for number, report in enumerate(REPORTS):
            for fact in report["facts"]:
                writer.writerow([f"r{number}", fact["metric"], fact["label"] or "", fact["value"], "", ""])


def test_dataset_folder_lists_unmapped_labels_most_frequent_first(tmp_path: Path) -> None:
    _write_facts_csv(tmp_path / "facts.csv")
    rows = label_counts(tmp_path)
    assert [(r.label, r.count, r.id) for r in rows] == [
        ("各村", 2, "other"), ("好人好事", 2, "other"), ("其他信息", 1, "other")]


def test_all_labels_and_share(tmp_path: Path) -> None:
    _write_facts_csv(tmp_path / "facts.csv")
    rows = label_counts(tmp_path / "facts.csv", unmapped_only=False)
    ids = {r.label: r.id for r in rows}
    assert ids["工作动态"] == ids["工作动态类信息"] == "work_news"
    assert ids["微信公众号"] == "wechat"
    assert mapped_share(rows) == (3, 8)


def test_json_lines_and_json_files_give_the_same_counts(tmp_path: Path) -> None:
    lines = tmp_path / "reports.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in REPORTS) + "\n", encoding="utf-8")
    folder = tmp_path / "each"
    folder.mkdir()
    for number, report in enumerate(REPORTS):
        (folder / f"{number}.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    assert label_counts(lines) == label_counts(folder)
    assert label_counts(lines)[0].count == 2


def test_bad_inputs_raise_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        label_counts(tmp_path / "missing")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"facts": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        label_counts(bad)
    other_csv = tmp_path / "reports.csv"
    other_csv.write_text("report_id,body\nr1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="columns metric and label"):
        label_counts(other_csv)
    with pytest.raises(InputError, match="neither a facts.csv"):
        label_counts(_empty_dir(tmp_path))


def _empty_dir(tmp_path: Path) -> Path:
    empty = tmp_path / "empty"
    empty.mkdir()
    return empty


def test_cli_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_facts_csv(tmp_path / "facts.csv")
    assert main(["labels", str(tmp_path), "--tsv"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["count\tlabel\tid\tanchor", "2\t各村\tother\t", "2\t好人好事\tother\t",
                                "1\t其他信息\tother\t"]
    assert "3 of 8 active.item facts mapped" in err
    assert main(["labels", str(tmp_path), "--all", "--tsv"]) == 0
    out, _ = capsys.readouterr()
    assert "1\t微信公众号\twechat\t微信" in out.splitlines()
    assert "1\t工作动态类信息\twork_news\t工作动态" in out.splitlines()


def test_cli_labels_missing_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["labels", str(tmp_path / "nope")]) == 1
    _, err = capsys.readouterr()
    assert err.strip().endswith("no such file or folder")
    assert len(err.strip().splitlines()) == 1
