"""The cross-report pass of a streamed run, on bounded memory (the same results as corpus.audit).

The reports that stand for each body and year (the fullest) come from DuckDB in body order; one body
at a time, their cached results are read back to run the cross-year checks and the year-to-year reuse
share (corpus.crossyear, corpus.reuse), and each report's MinHash signature of its counted shingles is
kept (144 numbers). Clone groups are then found year by year by LSH banding over the signatures alone;
only the candidate pairs read their shingles again for the exact similarity. Sentences seen in the
reports of many bodies (boilerplate by use) are counted by SQL over the sentence hashes of the parts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.arrow import rows_table
from corpus.audit import CLONE_COLUMNS, check_row
from corpus.cache import ResultCache
from corpus.crossyear import cross_year_checks
from corpus.dataset import Table
from corpus.findings import FINDING_COLUMNS, finding_rows
from corpus.identity import Filed
from corpus.manifest import Manifest
from corpus.reuse import ReuseSettings, Text, _find, mark_counted, member_counts, member_result, year_to_year
from corpus.rows import CHECK_COLUMNS
from extract.deadlines import Rule

_SHIFT = np.uint64(32)
PHASES = {"cross_year": 1, "year_to_year": 2, "cross_body": 3}


class _Sink:
    """Rows of one audit table, written to Parquet files of `every` rows."""

    def __init__(self, folder: Path, name: str, columns: list[str], kind_of: Callable[[str], str],
                 every: int = 50_000) -> None:
        self.folder, self.name, self.columns, self.kind_of, self.every = folder, name, columns, kind_of, every
        self.rows: list[dict] = []
        self.n = 0
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, rows: list[dict]) -> None:
        self.rows += rows
        if len(self.rows) >= self.every:
            self.flush()

    def flush(self, force: bool = False) -> None:
        if self.rows or (force and self.n == 0):
            pq.write_table(rows_table(self.columns, self.rows, self.kind_of),
                           self.folder / f"{self.name}-{self.n:05d}.parquet")
            self.n += 1
            self.rows = []


def _kind(column: str) -> str:
    return {"_phase": "int", "_seq": "int", "share": "float"}.get(column) or Table("", []).column_type(column)


class _Loader:
    """Reports of the series read back from the cache, as the checks see them."""

    def __init__(self, cache: ResultCache, manifest: Manifest | None, deadlines: tuple[Rule, ...] | None,
                 common: set[str]) -> None:
        self.cache, self.manifest, self.deadlines, self.common = cache, manifest, deadlines, common

    def filed(self, row: dict) -> Filed:
        from corpus.run import prepare

        entry = self.cache.get(row["_sha"]) or {}
        report = prepare(entry, row["path"], self.manifest, self.deadlines)[0] if "report" in entry else {}
        return Filed(row["report_id"], row["body_key"], row["name"], row["year"], row["path"], report,
                     entry.get("reuse"), row["county"])

    def text(self, row: dict) -> Text | None:
        t = Text.of(self.filed(row))
        if t is not None:
            mark_counted([t], self.common)
        return t


def _series(con, batch: int = 10_000) -> Iterator[list[dict]]:
    """The series rows, one body at a time, in body key and year order."""
    cur = con.execute("SELECT body_key, year, _sha, report_id, path, county, name, _has_fp, n FROM series ORDER BY n")
    names = [d[0] for d in cur.description]
    body: list[dict] = []
    while chunk := cur.fetchmany(batch):
        for values in chunk:
            row = dict(zip(names, values))
            if body and body[0]["body_key"] != row["body_key"]:
                yield body
                body = []
            body.append(row)
    if body:
        yield body


def _permutations(settings: ReuseSettings) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(settings.seed)  # as corpus.reuse.signatures
    a = rng.integers(1, 2**63 - 1, size=settings.num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63 - 1, size=settings.num_perm, dtype=np.uint64)
    return a, b


def _shingles(text: Text) -> frozenset:
    return frozenset().union(*(s.shingles for s in text.counted)) if text.counted else frozenset()


def run_audit(con, work: Path, cache: ResultCache, manifest: Manifest | None,
              deadlines: tuple[Rule, ...] | None, settings: ReuseSettings | None = None) -> None:
    """Write the audit's rows under `work`: checks, findings, clones, shares (report_id, share).

    `con` has the view p_reports (the reports of the parts) and p_sentences (their sentence hashes).
    """
    settings = settings or ReuseSettings()
    con.execute("""
        CREATE OR REPLACE TEMP TABLE series AS
        SELECT *, row_number() OVER (ORDER BY body_key, year) AS n FROM (
            SELECT body_key, year, _sha, report_id, path, county, coalesce(body, place) AS name, _has_fp,
                   row_number() OVER (PARTITION BY body_key, year ORDER BY _fullness DESC, path) AS rn
            FROM p_reports WHERE body_key IS NOT NULL AND year IS NOT NULL)
        WHERE rn = 1""")
    common = {format(h + (1 << 63), "016x") for (h,) in con.execute("""
        SELECT s.hash FROM p_sentences AS s JOIN series USING (_sha) WHERE series._has_fp
        GROUP BY s.hash HAVING count(DISTINCT series.body_key) >= ?""", [settings.common_bodies]).fetchall()}
    loader = _Loader(cache, manifest, deadlines, common)
    hidden = ["_phase", "_seq"]
    checks = _Sink(work, "checks", [*CHECK_COLUMNS, *hidden], _kind)
    findings = _Sink(work, "findings", [*FINDING_COLUMNS, *hidden], _kind)
    shares = _Sink(work, "shares", ["report_id", "share"], _kind)
    clones = _Sink(work, "clones", [*CLONE_COLUMNS, "_seq"], _kind)
    a, b = _permutations(settings)
    sig_rows: list[dict] = []
    sig_files: list[Path] = []
    seq = {phase: 0 for phase in PHASES}

    def emit(phase: str, results: list[dict], bases: dict[str, dict]) -> None:
        for result in results:
            seq[phase] += 1
            checks.add([{**check_row(result), "_phase": PHASES[phase], "_seq": seq[phase]}])
            if result["status"] == "fail":
                found = finding_rows(bases[result["report_id"]], result["findings"], result)
                findings.add([{**f, "_phase": PHASES[phase], "_seq": seq[phase] * 10_000 + i}
                              for i, f in enumerate(found)])

    def flush_sigs() -> None:
        if sig_rows:
            path = work / f"signatures-{len(sig_files):05d}.parquet"
            pq.write_table(pa.Table.from_pylist(sig_rows, schema=pa.schema(
                [("year", pa.int64()), ("n", pa.int64()), ("_sha", pa.string()), ("sig", pa.binary())])), path)
            sig_files.append(path)
            sig_rows.clear()

    for body in _series(con):
        filed = [loader.filed(row) for row in body]
        bases = {f.report_id: {"body_key": f.body_key, "body": f.body, "year": f.year, "report_id": f.report_id,
                               "path": f.path} for f in filed}
        key = body[0]["body_key"]
        emit("cross_year", cross_year_checks({key: filed}), bases)
        texts = {}
        for f, row in zip(filed, body):
            t = Text.of(f)
            if t is None:
                continue
            mark_counted([t], common)
            texts[f.report_id] = t
            shingles = _shingles(t)
            if len(shingles) >= settings.min_shingles:
                flat = np.fromiter(shingles, dtype=np.uint64, count=len(shingles))
                sig = ((flat[None, :] * a[:, None] + b[:, None]) >> _SHIFT).min(axis=1)
                sig_rows.append({"year": f.year, "n": row["n"], "_sha": row["_sha"], "sig": sig.tobytes()})
        y2y = year_to_year({key: filed}, texts, settings)
        shares.add([{"report_id": r["report_id"], "share": r.get("share")} for r in y2y])
        emit("year_to_year", y2y, bases)  # ordered after every cross-year result by its phase
        if len(sig_rows) >= 20_000:
            flush_sigs()
    flush_sigs()
    _clones(con, sig_files, loader, settings, emit, clones)
    for sink in (checks, findings, shares, clones):
        sink.flush(force=True)


def _counted_shingles(loader: _Loader, row: dict) -> frozenset:
    t = loader.text(row)
    return _shingles(t) if t is not None else frozenset()


def _light(row: dict) -> Filed:
    """A clone group member as its message names it (no report, no fingerprint)."""
    return Filed(row["report_id"], row["body_key"], row["name"], row["year"], row["path"], {}, None, row["county"])


def _candidate_pairs(sigs: np.ndarray, settings: ReuseSettings) -> Iterator[tuple[int, int]]:
    """The pairs of corpus.reuse.candidate_pairs, each once, without holding them: a pair is given in the
    first band where its two members share a bucket."""
    rows = settings.num_perm // settings.bands
    mix = np.array([0x9E3779B97F4A7C15 >> (7 * k) | 1 for k in range(rows)], dtype=np.uint64)
    keys = np.stack([np.bitwise_xor.reduce(sigs[:, b * rows:(b + 1) * rows] * mix, axis=1)
                     for b in range(settings.bands)], axis=1)
    for band in range(settings.bands):
        order = np.argsort(keys[:, band], kind="stable")
        cuts = np.flatnonzero(np.diff(keys[order, band])) + 1
        for bucket in np.split(order, cuts):
            if len(bucket) < 2:
                continue
            members = np.sort(bucket)
            for x in range(len(members) - 1):
                i, js = int(members[x]), members[x + 1:]
                if band:
                    js = js[~(keys[js, :band] == keys[i, :band]).any(axis=1)]
                for j in js.tolist():
                    yield i, j


def _clones(con, sig_files: list[Path], loader: _Loader, settings: ReuseSettings, emit, clones: _Sink) -> None:
    """Clone groups year by year (as corpus.reuse.clone_clusters), numbered across the years."""
    if not sig_files:
        return
    files = [str(p) for p in sig_files]
    years = [y for (y,) in con.execute("SELECT DISTINCT year FROM read_parquet(?) ORDER BY year", [files]).fetchall()]
    number = 0
    for year in years:
        got = con.execute("""SELECT g.n, g._sha, g.sig, s.body_key, s.report_id, s.path, s.county, s.name, s.year,
                                    s._has_fp
                             FROM read_parquet(?) AS g JOIN series AS s USING (n) WHERE g.year = ? ORDER BY g.n""",
                          [files, year]).fetchall()
        if len(got) < 2:
            continue
        sigs = np.stack([np.frombuffer(r[2], dtype=np.uint64) for r in got])
        members = [{"n": r[0], "_sha": r[1], "body_key": r[3], "report_id": r[4], "path": r[5], "county": r[6],
                    "name": r[7], "year": r[8], "_has_fp": r[9]} for r in got]
        del got

        shingles_of = lru_cache(maxsize=2048)(lambda i, members=members: _counted_shingles(loader, members[i]))

        parent = list(range(len(members)))
        best = [0.0] * len(members)
        for i, j in _candidate_pairs(sigs, settings):
            if members[i]["body_key"] == members[j]["body_key"]:
                continue
            si, sj = shingles_of(i), shingles_of(j)
            inter = len(si & sj)
            sim = inter / (len(si) + len(sj) - inter)
            if sim >= settings.clone_jaccard:
                parent[_find(parent, i)] = _find(parent, j)
                best[i], best[j] = max(best[i], sim), max(best[j], sim)
        shingles_of.cache_clear()
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(members)):
            groups[_find(parent, i)].append(i)
        for idx in groups.values():
            if len(idx) < 2:
                continue
            number += 1
            # two passes over the members' texts, so a large group is never held whole
            filed = [(_light(members[i]), round(best[i], 4)) for i in idx]
            counts = member_counts(t for i in idx if (t := loader.text(members[i])) is not None)
            results, rows, bases = [], [], {}
            for k, i in enumerate(idx):
                text = loader.text(members[i])
                result, row = member_result(number, filed, k, text, counts, settings)
                results.append(result)
                rows.append(row)
                bases[text.filed.report_id] = {"body_key": text.filed.body_key, "body": text.filed.body,
                                               "year": text.filed.year, "report_id": text.filed.report_id,
                                               "path": text.filed.path}
            emit("cross_body", results, bases)
            clones.add([{**r, "_seq": number * 100_000 + k} for k, r in enumerate(rows)])
