"""Train the learned item reader (extract/learned.py) on hand-read reports, and judge it on others.

Every count the rules leave in a report's proactive-disclosure part is an example: positive when the
truth lists an `active.item` of that value whose label agrees with the words before the count (equal,
or one inside the other, as the acceptance scorer matches labels), negative otherwise. The model is a
logistic regression over hashed context features, fitted from zero weights by full-batch gradient
descent (deterministic). A count scoring --threshold or more is read as an item; the threshold is
chosen on reports held out from the training (--judge), where few items the truth does not hold pass.

    python bench/train_item_model.py --train tests/realworld/tune [--judge DIR] [--threshold 0.8] [--write]

--judge scores the rules with and without the model on another folder of hand-read reports (counts
of items right and of items read that the truth does not hold); --write saves the model to
extract/data/item_model.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import learned  # noqa: E402
from extract.facts import rule_facts  # noqa: E402
from extract.sections import find_sections  # noqa: E402
from parsers import read_bytes  # noqa: E402


def _norm(label: str | None) -> str:
    text = unicodedata.normalize("NFKC", label or "")
    return "".join(ch for ch in text if not ch.isspace()).strip("“”\"'：:，,、；;。.")


def _agrees(found: str, truth: str) -> bool:
    a, b = _norm(found), _norm(truth)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def reports(folder: Path):
    for truth_path in sorted(folder.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        data = folder / truth["file"]
        if data.suffix != ".txt" or not data.is_file():
            continue
        items = [(f["label"], float(f["value"])) for f in truth["facts"] if f["metric"] == "active.item"]
        yield data, items


def examples(folder: Path) -> list[tuple[tuple[str, ...], int]]:
    out = []
    for data, items in reports(folder):
        doc = read_bytes(data.read_bytes(), data.name)
        b = rule_facts(doc, find_sections(doc), learned=False)
        for cand in learned.candidates(b, every_count=True):
            positive = any(value == float(cand.count.value) and _agrees(cand.label, label) for label, value in items)
            out.append((cand.features, int(positive)))
    return out


def judge(folder: Path, model) -> tuple[int, int, int]:
    """(items right with the model only, items read by the model that the truth does not hold, all items)."""
    gained = wrong = total = 0
    for data, items in reports(folder):
        total += len(items)
        doc = read_bytes(data.read_bytes(), data.name)
        b = rule_facts(doc, find_sections(doc), learned=False)
        for cand in learned.candidates(b):
            if learned.score(cand.features, model) < model[2]:
                continue
            if any(value == float(cand.count.value) and _agrees(cand.label, label) for label, value in items):
                gained += 1
            else:
                wrong += 1
    return gained, wrong, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--judge", type=Path, action="append", default=[])
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    train = examples(args.train)
    print(f"{len(train)} counts left by the rules in {args.train}, {sum(y for _, y in train)} of them items")
    weights, bias = learned.train(train)
    threshold = args.threshold
    model = (weights, bias, threshold)
    for folder in [args.train, *args.judge]:
        gained, wrong, total = judge(folder, model)
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
