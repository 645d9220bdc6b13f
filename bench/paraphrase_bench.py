"""How well the narrative rules hold when a report says the same thing in other words.

For every report in the folders given, the narrative facts are read from the text as it is and from
copies rewritten in ways that keep the meaning (其中 → 其中包括, 、 → , between items, 主动公开 → 主动发布,
收到 → 受理, a space around a count, a count in Chinese numerals, 共计 before a count, …). A fact read from
the original that a rewrite loses is a rule tied to one wording: the family it belongs to is narrower
than it should be. Prints, per rewrite, how many facts were lost and a few examples.

    python bench/paraphrase_bench.py tests/realworld/tune [more folders] [--examples 4]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.facts import narrative_facts  # noqa: E402
from extract.sections import find_sections  # noqa: E402
from parsers import read_bytes  # noqa: E402

_CN = "一二三四五六七八九"
# (pattern, replacement): each keeps what the sentence says; applied to the whole text at once
REWRITES: dict[str, tuple[str, str | Callable[[regex.Match], str]]] = {
    "lead 其中包括": (r"其中[,，](?=[^\d,，。;；:：]{2,12}\d)", "其中包括"),
    "items split by ,": (r"(?<=\d[条件篇])、", "，"),
    "items split by ;": (r"(?<=\d[条件篇])[，,]", "；"),
    "verb 主动发布": (r"主动公开(?=(?:政府|政务)?信息[^\n。]{0,6}\d)", "主动发布"),
    "verb 公布": (r"(?<=[^政务])公开(?=(?:政府|政务)?信息[^\n。]{0,6}\d)", "公布"),
    "余 after a count": (r"(?<=\d)条", "余条"),
    "共 before a count": (r"(?<=信息)(?=\d+条)", "共"),
    "共计 before a count": (r"(?<=信息)(?=\d+条)", "共计"),
    "为 before a count": (r"(?<=信息)(?=\d+条)", "为"),
    "spaces around a count": (r"(?<=\p{Han})(\d+)(?=[条件篇])", r" \1 "),
    "lead 其中:": (r"其中[,，]", "其中："),
    "Chinese numerals": (r"(?<![\d.])([1-9])(?=[条件篇])", lambda m: _CN[int(m.group(1)) - 1]),
    "via 通过": (r"(?:依托|利用|在)(?=[^，,。]{2,20}(?:网站|平台|公众号|微信))", "通过"),
    "via 依托": (r"(?:通过|利用)(?=[^，,。]{2,20}(?:网站|平台|公众号|微信))", "依托"),
    "received 受理": (r"(?<!接)收到(?=[^，,。]{0,20}申请)", "受理"),
    "answered 答复": (r"办结", "答复"),
    "none 没有收到": (r"未收到", "没有收到"),
}


def facts_of(text: str) -> set[tuple[str, float]]:
    doc = read_bytes(text.encode("utf-8"), "paraphrase.txt")
    return {(f.metric, f.value) for f in narrative_facts(doc, find_sections(doc))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--examples", type=int, default=4)
    args = parser.parse_args()
    lost: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    files = sorted(p for folder in args.folders for p in Path(folder).glob("*.txt"))
    for path in files:
        text = path.read_text(encoding="utf-8")
        base = facts_of(text)
        for name, (pattern, replacement) in REWRITES.items():
            rewritten = regex.sub(pattern, replacement, text)
            if rewritten == text:
                continue
            missing = base - facts_of(rewritten)
            seen[name] += len(base)
            lost[name] += len(missing)
            if missing and len(examples[name]) < args.examples:
                examples[name].append(f"{path.name}: {sorted(missing)[:3]}")
    print(f"{len(files)} reports; facts read from the original and lost in the rewritten copy:")
    for name in REWRITES:
        share = lost[name] / seen[name] if seen[name] else 0.0
        print(f"  {name:<24} {lost[name]:5} of {seen[name]:6} ({share:.1%})")
        for line in examples[name]:
            print(f"      {line}")
    total_lost, total_seen = sum(lost.values()), sum(seen.values())
    print(f"  {'all rewrites':<24} {total_lost:5} of {total_seen:6} ({total_lost / max(total_seen, 1):.1%})")


if __name__ == "__main__":
    main()
