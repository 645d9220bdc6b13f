"""Train the learned item reader (extract/learned.py) on hand-read reports, and judge it on others.

Every count the rules leave in a report's proactive-disclosure part is an example: positive when the
truth lists an `active.item` of that value whose label agrees with the words before the count (equal,
or one inside the other, as the acceptance scorer matches labels), negative otherwise. The model is a
logistic regression over hashed context features, fitted from zero weights by full-batch gradient
descent (deterministic). A count scoring --threshold or more is read as an item; the threshold is
chosen on reports held out from the training (--judge, or folds of the tune part split by site): the
lowest at which the items it adds over the next higher one are still mostly items the truth holds.

    python bench/train_item_model.py --train tests/realworld/tune [--judge DIR] [--threshold 0.6] [--write]

--judge scores the rules with and without the model on another folder of hand-read reports (counts
of items right and of items read that the truth does not hold); --write saves the model to
extract/data/item_model.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from metric_recall import norm_label  # noqa: E402  (bench/, beside this script)

from extract import learned  # noqa: E402
from extract.facts import rule_facts  # noqa: E402
from extract.sections import find_sections  # noqa: E402
from parsers import read_bytes  # noqa: E402


def _agrees(found: str, truth: str) -> bool:
    a, b = norm_label(found), norm_label(truth)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


@dataclass
class Read:
    """One hand-read report as the rules left it: its true items, the counts no rule took, and every
    count with its context (what the model learns from). Each report is read once."""
    items: list[tuple[str, float]]
    left: list[learned.Candidate]
    every: list[learned.Candidate]

    def agrees(self, cand: learned.Candidate) -> bool:
        return any(value == float(cand.count.value) and _agrees(cand.label, label) for label, value in self.items)


def read_folder(folder: Path) -> list[Read]:
    out = []
    for truth_path in sorted(folder.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        data = folder / truth["file"]
        if data.suffix != ".txt" or not data.is_file():
            continue
        items = [(f["label"], float(f["value"])) for f in truth["facts"] if f["metric"] == "active.item"]
        doc = read_bytes(data.read_bytes(), data.name)
        b = rule_facts(doc, find_sections(doc), learned=False)
        out.append(Read(items, list(learned.candidates(b)), list(learned.candidates(b, every_count=True))))
    return out


def examples(reads: list[Read]) -> list[tuple[tuple[str, ...], int]]:
    """Every count of every report, positive when the truth lists it as an item with an agreeing label."""
    return [(cand.features, int(r.agrees(cand))) for r in reads for cand in r.every]


def judge(reads: list[Read], model) -> tuple[int, int, int]:
    """(items right with the model only, items read by the model that the truth does not hold, all items)."""
    gained = wrong = 0
    for r in reads:
        for cand in r.left:
            if learned.score(cand.features, model) >= model[2]:
                gained += r.agrees(cand)
                wrong += not r.agrees(cand)
    return gained, wrong, sum(len(r.items) for r in reads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--judge", type=Path, action="append", default=[])
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    reads = {folder: read_folder(folder) for folder in [args.train, *args.judge]}
    train = examples(reads[args.train])
    print(f"{len(train)} counts left by the rules in {args.train}, {sum(y for _, y in train)} of them items")
    weights, bias = learned.train(train)
    threshold = args.threshold
    model = (weights, bias, threshold)
    for folder in [args.train, *args.judge]:
        gained, wrong, total = judge(reads[folder], model)
        print(f"{folder}: threshold {threshold:.2f}: {gained} more items right, {wrong} read that the truth "
              f"does not hold (of {total} items in the truth)")
    if args.write:
        learned.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        learned.MODEL_PATH.write_text(json.dumps({"threshold": threshold, "bias": bias, "weights": weights,
                                                  "trained_on": str(args.train), "examples": len(train)},
                                                 sort_keys=True) + "\n", encoding="utf-8")
        print(f"model written to {learned.MODEL_PATH.relative_to(ROOT)} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
