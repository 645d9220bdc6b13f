"""Text reuse across reports, from the sentence fingerprints the workers made (corpus.fingerprint).

cross_year.text_reuse: the share of a report's sentences that repeat the same body's previous report.
A sentence repeats when its normalised form is the same, or when its token shingles overlap one
sentence of the previous report by at least `sentence_jaccard`. Boilerplate is not counted on either
side of the share: the statutory phrase families of corpus/data/boilerplate.txt, and any sentence
that appears in the reports of `common_bodies` or more different bodies (phrases every report uses).

cross_body.text_reuse: groups of near-identical reports of different bodies in one year. Each
report's non-boilerplate shingles get a MinHash signature; banding the signatures (locality-sensitive
hashing) puts similar reports in a shared bucket, so only those pairs are compared exactly — the work
grows with the number of reports, not with its square.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain

import numpy as np

from corpus.fingerprint import unpack
from corpus.identity import Filed

_SHIFT = np.uint64(32)


@dataclass(frozen=True)
class ReuseSettings:
    threshold: float = 0.5  # a share above this fails cross_year.text_reuse (assessment rules)
    sentence_jaccard: float = 0.8
    common_bodies: int = 5
    min_sentences: int = 5  # fewer countable sentences: the share is uncertain
    clone_jaccard: float = 0.7
    min_shingles: int = 40  # reports with less countable text are not compared across bodies
    num_perm: int = 144  # 24 bands of 6: a pair at similarity 0.7 shares a bucket with p ≈ 0.95, at 0.3 with p ≈ 0.02
    bands: int = 24
    seed: int = 1


@dataclass
class Sentence:
    hash: str
    shingles: frozenset
    text: str
    start: int
    page: int | None
    boilerplate: bool


@dataclass
class Text:
    """A report's sentences, and the ones that count once boilerplate is set aside."""

    filed: Filed
    sentences: list[Sentence]
    counted: list[Sentence] = field(default_factory=list)

    @classmethod
    def of(cls, filed: Filed) -> Text | None:
        fp = filed.fingerprint
        if not fp or "sentences" not in fp:
            return None
        return cls(filed, [Sentence(s["h"], frozenset(unpack(s["s"])), s["t"], s["a"], s.get("p"), bool(s["bp"]))
                           for s in fp["sentences"]])


def common_hashes(texts: list[Text], min_bodies: int) -> set[str]:
    """Sentences found in the reports of at least `min_bodies` different bodies."""
    bodies: dict[str, set] = defaultdict(set)
    common: set[str] = set()
    for t in texts:
        key = t.filed.body_key or t.filed.report_id
        for s in t.sentences:
            if s.hash in common:
                continue
            seen = bodies[s.hash]
            seen.add(key)
            if len(seen) >= min_bodies:
                common.add(s.hash)
                del bodies[s.hash]
    return common


def mark_counted(texts: list[Text], common: set[str]) -> None:
    for t in texts:
        t.counted = [s for s in t.sentences if not s.boilerplate and s.hash not in common]


def section_of(report: dict, offset: int) -> str | None:
    """The heading, as printed, of the section an offset lies in."""
    found = None
    for s in report.get("sections") or []:
        if s.get("start") is not None and s["start"] <= offset:
            found = s.get("heading")
    return found


def where_sentence(report: dict, sentence: Sentence) -> str:
    heading = section_of(report, sentence.start)
    quoted = f"句 “{sentence.text}”"
    return f"章节 “{heading}” {quoted}" if heading else quoted


def repeated(prev: Text, cur: Text, settings: ReuseSettings) -> list[Sentence]:
    """The counted sentences of `cur` that repeat a sentence of `prev` (all of prev's sentences)."""
    hashes = {s.hash for s in prev.sentences}
    index: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(prev.sentences):
        for h in s.shingles:
            index[h].append(i)
    out = []
    for s in cur.counted:
        if s.hash in hashes:
            out.append(s)
            continue
        shared = Counter(chain.from_iterable(index[h] for h in s.shingles if h in index))
        for i, n in shared.items():
            union = len(s.shingles) + len(prev.sentences[i].shingles) - n
            if union and n / union >= settings.sentence_jaccard:
                out.append(s)
                break
    return out


def year_to_year(series: dict[str, list[Filed]], texts: dict[str, Text], settings: ReuseSettings) -> list[dict]:
    """cross_year.text_reuse for each report that has an earlier report of the same body."""
    results = []
    for reports in series.values():
        for prev_f, cur_f in zip(reports, reports[1:]):
            prev, cur = texts.get(prev_f.report_id), texts.get(cur_f.report_id)
            if prev is None or cur is None:
                continue
            results.append(_reuse_result(prev, cur, settings))
    return results


def _reuse_result(prev: Text, cur: Text, settings: ReuseSettings) -> dict:
    counted = len(cur.counted)
    left_out = len(cur.sentences) - counted
    base = {"report_id": cur.filed.report_id, "check_id": "cross_year.text_reuse", "severity": "warning",
            "other_report_id": prev.filed.report_id, "cells": ["text"], "findings": [],
            "expected": f"<= {settings.threshold:.0%}"}
    if counted < settings.min_sentences:
        return {**base, "status": "uncertain", "share": None, "actual": None,
                "message": f"only {counted} sentence(s) of prose beyond boilerplate; no share computed"}
    same = repeated(prev, cur, settings)
    share = len(same) / counted
    message = (f"{len(same)} of {counted} sentences ({share:.0%}) repeat the {prev.filed.year} report; "
               f"{left_out} boilerplate sentence(s) not counted")
    status = "fail" if share > settings.threshold else "pass"
    findings = []
    if status == "fail":
        report = cur.filed.report
        by_section: dict[str | None, list[Sentence]] = defaultdict(list)
        for s in same:
            by_section[section_of(report, s.start)].append(s)
        heading, members = max(by_section.items(), key=lambda kv: len(kv[1]))
        findings.append({"where": where_sentence(report, members[0]), "expected": base["expected"],
                         "actual": f"{share:.1%} ({len(same)}/{counted})", "page": members[0].page,
                         "message": message + (f"; most in “{heading}” ({len(members)})" if heading else "")})
    return {**base, "status": status, "share": round(share, 4), "actual": round(share, 4), "message": message,
            "findings": findings}


# ---- cross-body clusters -------------------------------------------------------------------------

def signatures(sets: list[np.ndarray], settings: ReuseSettings) -> np.ndarray:
    """MinHash signatures (len(sets) × num_perm) of 32-bit shingle-hash sets.

    Each permutation is multiply-shift hashing: the high 32 bits of a·x + b modulo 2**64, with `a` odd.
    """
    rng = np.random.default_rng(settings.seed)
    a = rng.integers(1, 2**63 - 1, size=settings.num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63 - 1, size=settings.num_perm, dtype=np.uint64)
    lengths = np.array([len(s) for s in sets])
    flat = np.concatenate(sets).astype(np.uint64) if sets else np.zeros(0, np.uint64)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    out = np.empty((len(sets), settings.num_perm), dtype=np.uint64)
    for i in range(settings.num_perm):
        out[:, i] = np.minimum.reduceat((flat * a[i] + b[i]) >> _SHIFT, starts)
    return out


def candidate_pairs(sigs: np.ndarray, settings: ReuseSettings) -> set[tuple[int, int]]:
    """Index pairs that share a bucket in at least one band."""
    rows = settings.num_perm // settings.bands
    pairs: set[tuple[int, int]] = set()
    mix = np.array([0x9E3779B97F4A7C15 >> (7 * k) | 1 for k in range(rows)], dtype=np.uint64)
    for band in range(settings.bands):
        block = sigs[:, band * rows:(band + 1) * rows]
        keys = np.bitwise_xor.reduce(block * mix, axis=1)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        cuts = np.flatnonzero(np.diff(sorted_keys)) + 1
        for bucket in np.split(order, cuts):
            if len(bucket) < 2:
                continue
            members = sorted(bucket.tolist())
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    pairs.add((members[x], members[y]))
    return pairs


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def clone_clusters(texts: list[Text], settings: ReuseSettings) -> list[list[tuple[Text, float]]]:
    """Groups of near-identical reports of different bodies of one year, each member with its best
    similarity (Jaccard of counted shingles) to another member."""
    by_year: dict[int, list[Text]] = defaultdict(list)
    for t in texts:
        if t.filed.year is not None:
            by_year[t.filed.year].append(t)
    clusters = []
    for year in sorted(by_year):
        shingle_sets, members = [], []
        for t in by_year[year]:
            shingles = frozenset().union(*(s.shingles for s in t.counted)) if t.counted else frozenset()
            if len(shingles) >= settings.min_shingles:
                shingle_sets.append(shingles)
                members.append(t)
        if len(members) < 2:
            continue
        sigs = signatures([np.fromiter(s, dtype=np.uint64, count=len(s)) for s in shingle_sets], settings)
        parent = list(range(len(members)))
        best = [0.0] * len(members)
        for i, j in candidate_pairs(sigs, settings):
            if members[i].filed.body_key == members[j].filed.body_key:
                continue
            inter = len(shingle_sets[i] & shingle_sets[j])
            sim = inter / (len(shingle_sets[i]) + len(shingle_sets[j]) - inter)
            if sim >= settings.clone_jaccard:
                parent[_find(parent, i)] = _find(parent, j)
                best[i], best[j] = max(best[i], sim), max(best[j], sim)
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(members)):
            groups[_find(parent, i)].append(i)
        for idx in groups.values():
            if len(idx) > 1:
                clusters.append([(members[i], round(best[i], 4)) for i in idx])
    return clusters


def cross_body(texts: list[Text], settings: ReuseSettings) -> tuple[list[dict], list[dict]]:
    """(check results for every member of a clone group, rows of the clones table)."""
    results, rows = [], []
    for n, cluster in enumerate(clone_clusters(texts, settings), start=1):
        more_results, more_rows = cluster_results(n, cluster, settings)
        results += more_results
        rows += more_rows
    return results, rows


NAMED = 10  # other bodies named in a clone message (the clones table lists every member)
LISTED = 20  # other reports listed in a clone result's `actual`


def cluster_results(n: int, cluster: list[tuple[Text, float]], settings: ReuseSettings) -> tuple[list[dict], list[dict]]:
    """The check results and clones rows of the n-th clone group (numbered across the years)."""
    members = [(t.filed, sim) for t, sim in cluster]
    counts = member_counts(t for t, _ in cluster)
    results, rows = [], []
    for k, (t, _) in enumerate(cluster):
        result, row = member_result(n, members, k, t, counts, settings)
        results.append(result)
        rows.append(row)
    return results, rows


def member_counts(texts) -> Counter:
    """In how many of a group's members each counted sentence hash appears."""
    counts: Counter = Counter()
    for t in texts:
        counts.update({s.hash for s in t.counted})
    return counts


def member_result(n: int, members: list[tuple[Filed, float]], k: int, text: Text, counts: Counter,
                  settings: ReuseSettings) -> tuple[dict, dict]:
    """The result and clones row of the k-th member of the n-th group: its message names the first
    NAMED other bodies (and how many more), quotes a sentence it shares with another member."""
    filed, sim = members[k]
    year = members[0][0].year
    cluster_id = f"{year}-{n:04d}"
    others = [f for i, (f, _) in enumerate(members) if i != k]
    names = "、".join(o.body or o.body_key or o.report_id for o in others[:NAMED])
    if len(others) > NAMED:
        names += f" 等 {len(others)} 个"
    own = {s.hash for s in text.counted}
    shown = next((s for s in text.counted if counts[s.hash] - (s.hash in own) > 0), text.counted[0])
    message = (f"near-identical to the {year} report(s) of {names} (similarity {sim:.2f}, "
               f"group {cluster_id} of {len(members)} reports)")
    actual = {"similarity": sim, "same_as": [o.report_id for o in others[:LISTED]]}
    if len(others) > LISTED:
        actual["others"] = len(others)
    result = {
        "report_id": filed.report_id, "check_id": "cross_body.text_reuse", "status": "fail",
        "severity": "warning", "message": message, "expected": "内容不与其他主体雷同", "actual": actual,
        "cells": ["text"], "other_report_id": others[0].report_id,
        "findings": [{"where": where_sentence(text.filed.report, shown), "expected": f"< {settings.clone_jaccard}",
                      "actual": f"{sim:.2f} 与 {names}", "page": shown.page, "message": message}],
    }
    row = {"cluster_id": cluster_id, "year": year, "report_id": filed.report_id, "body_key": filed.body_key,
           "body": filed.body, "similarity": sim, "size": len(members), "path": filed.path}
    return result, row


def reuse_pass(series: dict[str, list[Filed]], settings: ReuseSettings | None = None) -> dict:
    """Both text checks over the reports standing for each body and year.

    Returns {"year_to_year": [results], "cross_body": [results], "clones": [rows]}.
    """
    settings = settings or ReuseSettings()
    with _without_cycle_collection():
        return _reuse_pass(series, settings)


@contextmanager
def _without_cycle_collection():
    """The pass makes millions of small acyclic objects (sentences, shingle sets); the cyclic garbage
    collector's repeated scans of them made its time grow faster than the corpus. Reference counting
    still frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reuse_pass(series: dict[str, list[Filed]], settings: ReuseSettings) -> dict:
    texts = {f.report_id: t for reports in series.values() for f in reports if (t := Text.of(f)) is not None}
    mark_counted(list(texts.values()), common_hashes(list(texts.values()), settings.common_bodies))
    body_results, clone_rows = cross_body(list(texts.values()), settings)
    return {"year_to_year": year_to_year(series, texts, settings), "cross_body": body_results,
            "clones": clone_rows}
