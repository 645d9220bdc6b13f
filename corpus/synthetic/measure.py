"""How well the reuse checks find what corpus.synthetic.plant planted: share errors, clone precision/recall."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from corpus.fingerprint import fingerprint
from corpus.identity import Filed, by_body
from corpus.reuse import ReuseSettings, reuse_pass
from corpus.synthetic.plant import PlantedCorpus


@dataclass
class Measured:
    reports: int
    compared: int  # reports with a planted share and a measured one
    max_share_error: float  # in share points (0.05 = 5 points)
    mean_share_error: float
    clone_pairs_true: int
    clone_pairs_found: int
    precision: float
    recall: float


def fingerprint_planted(corpus: PlantedCorpus) -> list[Filed]:
    """Each planted report as the reuse pass sees it (what a worker would hand over)."""
    return [Filed(str(r.index), f"{r.county}/{r.place}", r.body, r.year, f"{r.county}/{r.place}/{r.year}.txt", {},
                  fingerprint(r.text, {"body": r.body, "place": r.place})) for r in corpus.reports]


def measure(corpus: PlantedCorpus, filed: list[Filed], settings: ReuseSettings | None = None) -> tuple[Measured, dict]:
    """Run the reuse pass on fingerprinted planted reports and compare with the plant."""
    series, _ = by_body(filed)
    result = reuse_pass(series, settings)
    found_share = {r["report_id"]: r["share"] for r in result["year_to_year"]}
    errors = [abs(found_share[str(r.index)] - r.planted_share) for r in corpus.reports
              if r.planted_share is not None and found_share.get(str(r.index)) is not None]
    true_pairs = {tuple(sorted(p)) for g in corpus.clone_groups for p in combinations(map(str, g), 2)}
    groups: dict[str, list[str]] = {}
    for row in result["clones"]:
        groups.setdefault(row["cluster_id"], []).append(row["report_id"])
    found_pairs = {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}
    hit = len(true_pairs & found_pairs)
    return Measured(
        reports=len(corpus.reports), compared=len(errors), max_share_error=max(errors, default=0.0),
        mean_share_error=sum(errors) / len(errors) if errors else 0.0, clone_pairs_true=len(true_pairs),
        clone_pairs_found=len(found_pairs), precision=hit / len(found_pairs) if found_pairs else 1.0,
        recall=hit / len(true_pairs) if true_pairs else 1.0,
    ), result
