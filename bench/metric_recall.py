"""Per-metric recall of the narrative figures against a folder of hand-read truth.

    python bench/metric_recall.py tests/realworld/unseen [more folders]

For every truth JSON (format of tests/realworld/README.md) the report beside it is extracted, and each
true (metric, label, value) is counted right, wrong (found with another value) or missed, matching labels
as the acceptance scorer does (equal after removing spaces and edge punctuation, else the one found
label that contains, or is contained in, the true one). Prints one line per metric.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

import nianbao


def norm_label(label: str | None) -> str:
    """A label as the acceptance scorer compares it: NFKC, no spaces, no edge punctuation."""
    if label is None:
        return ""
    text = unicodedata.normalize("NFKC", label)
    return "".join(ch for ch in text if not ch.isspace()).strip("“”\"'：:，,、；;。.")


def score(truth: dict, facts: list[dict], tally: dict[str, Counter]) -> None:
    found: dict[tuple[str, str], set[float]] = {}
    for f in facts:
        found.setdefault((f["metric"], norm_label(f.get("label"))), set()).add(float(f["value"]))
    used: set[tuple[str, str]] = set()
    for fact in truth.get("facts") or []:
        key = (fact["metric"], norm_label(fact.get("label")))
        match = key if key in found else None
        if match is None and key[1]:
            near = [k for k in found if k[0] == key[0] and k[1] and k not in used and (k[1] in key[1] or key[1] in k[1])]
            match = near[0] if len(near) == 1 else None
        counts = tally.setdefault(fact["metric"], Counter())
        if match is None:
            counts["missed"] += 1
            continue
        used.add(match)
        values = found[match]
        counts["right" if values == {float(fact["value"])} else "wrong"] += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args()
    tally: dict[str, Counter] = {}
    for folder in args.folders:
        for path in sorted(folder.glob("*.json")):
            truth = json.loads(path.read_text(encoding="utf-8"))
            try:
                facts = nianbao.extract(folder / truth["file"]).to_dict()["facts"]
            except nianbao.InputError:
                facts = []
            score(truth, facts, tally)
    print(f"{'metric':24} {'right':>6} {'wrong':>6} {'missed':>7} {'recall':>7}")
    total = Counter()
    for metric in sorted(tally):
        c = tally[metric]
        total.update(c)
        n = c["right"] + c["wrong"] + c["missed"]
        print(f"{metric:24} {c['right']:6} {c['wrong']:6} {c['missed']:7} {c['right'] / n:7.1%}")
    n = total["right"] + total["wrong"] + total["missed"]
    print(f"{'all':24} {total['right']:6} {total['wrong']:6} {total['missed']:7} {total['right'] / n:7.1%}")


if __name__ == "__main__":
    main()
