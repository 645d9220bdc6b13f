"""The streamed build (results in Parquet parts, the dataset assembled by DuckDB) gives the dataset of
the in-memory build: the same rows with the same values, in every table and format."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.synthetic.plant import planted_corpus
from nianbao.corpus_build import build

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TABLES = ("reports", "facts", "checks", "errors", "wide", "duplicates", "findings", "clones")


def _both(inputs: list[Path], root: Path, merge_files: int = 50, **options) -> tuple[Path, Path]:
    memory, streamed = root / "memory", root / "streamed"
    build(inputs, memory, jobs=2, progress=False, report=False, in_memory=True, **options)
    build(inputs, streamed, jobs=2, progress=False, report=False, batch_files=7, merge_files=merge_files, **options)
    return memory, streamed


def _assert_same(memory: Path, streamed: Path) -> None:
    for name in TABLES:
        assert (streamed / f"{name}.csv").read_bytes() == (memory / f"{name}.csv").read_bytes(), name
        old, new = pq.read_table(memory / f"{name}.parquet"), pq.read_table(streamed / f"{name}.parquet")
        assert new.column_names == old.column_names, name
        assert new.to_pylist() == old.to_pylist(), name


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared test corpus is not beside the repository")
def test_shared_corpus_streamed_equals_in_memory(tmp_path):
    memory, streamed = _both([SHARED], tmp_path)
    assert pq.read_table(streamed / "reports.parquet").num_rows > 50
    assert pq.read_table(streamed / "errors.parquet").num_rows > 0
    _assert_same(memory, streamed)


def test_reuse_and_clone_groups_streamed_equal_in_memory(tmp_path):
    corpus = planted_corpus(90, seed=3, clone_rate=0.5)
    for r in corpus.reports:
        path = tmp_path / "in" / f"{r.body_no:03d}" / f"{r.year}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(r.text, encoding="utf-8")
    (tmp_path / "in" / "000" / "copy.txt").write_bytes((tmp_path / "in" / "000" / f"{corpus.reports[0].year}.txt")
                                                        .read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    memory, streamed = _both([tmp_path / "in"], tmp_path, merge_files=3)  # wide parts merged over two levels
    assert (streamed / ".assembly" / "wide-merged-1").is_dir()
    checks = pq.read_table(streamed / "checks.parquet").to_pylist()
    assert any(c["check_id"] == "cross_body.text_reuse" for c in checks)
    assert any(c["check_id"] == "cross_year.text_reuse" and c["status"] == "fail" for c in checks)
    assert pq.read_table(streamed / "duplicates.parquet").num_rows == 1
    _assert_same(memory, streamed)
