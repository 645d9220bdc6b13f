"""A small learned reader beside the rules: items of a breakdown that no rule took, judged by context.

The rules name the phrasing families they know; a list in a wording none of them knows is left unread.
This reader looks at each count the rules left in the proactive-disclosure part (and the overview) and
the label the words before it give (breakdown.clean_label), and scores them with a logistic model over
hashed features of that context: the label's characters and ending, the category or channel it names
(extract.categories, so that a wording never seen still says what kind it is), the separator before it, the
other counts of the sentence, the unit, lead words and verbs in the
sentence. A count scored at or above the model's threshold becomes an `active.item` with rule
`learned.item`; `nianbao explain` shows the score of every count it looked at.

The model is trained on the tuning part of the real-world corpus (`train` below, run by
bench/train_item_model.py), shipped as extract/data/item_model.json, and deterministic: full-batch
gradient descent from zero weights, no randomness.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import regex

from extract.breakdown import CHANNEL_WORD, ITEM_UNITS, clean_label, items_follow
from extract.builder import FactBuilder
from extract.categories import label_id
from extract.meta import chain
from extract.numbers import Number

MODEL_PATH = Path(__file__).resolve().parent / "data" / "item_model.json"
DIMENSIONS = 1 << 16
# the parts where items stand; in the part on platforms, only counts of what was published (条, 篇, 期…)
_ZONES = frozenset({"active", "overview", "platform", None})
_PUBLISHED_UNITS = frozenset({"条", "篇", "期", "件", "次", "则"})
_VERB = regex.compile(r"公开|发布|公布|推送|更新|张贴|播放|报送|刊发|上传")
_LEAD = regex.compile(r"其中|包括|分别|涵盖|如下|主要有|具体")
_OTHER_THINGS = regex.compile(r"受理|收到|办结|答复|申请|复议|诉讼|访问|点击|浏览|阅读|会议|培训|召开|举办|开展|接待|"
                              r"咨询|回应|建议|提案|人次|万元|留言|来信|投诉|举报|检查|督查")
_HAN = regex.compile(r"\p{Han}")
# kinds of all the years, as the shipped model was trained to leave them (also 自2015年1月以来, which
# breakdown.ALL_YEARS reads as this year's): changing it means training the model again
_ALL_YEARS = regex.compile(r"历年|(?:自|从)\d{4}年[^,;:。]{0,6}?(?:以来|至今)")
# (低保申报、临时救助申请等民生领域信息: an application named among kinds of information is no outcome)
_OUTCOMES = regex.compile(r"予以公开|部分公开|不予公开|无法提供|不属于|告知|(?<!依)申请(?![等、])")
_NOT_AN_ITEM = regex.compile(r"累计$|总数$|合计$|共计$|总量|共有|可查询|可查阅|回应(?!关切)|热点|电话|信箱|留言|采购|招标|投标|竞价|招聘|指导|各单位|"
                             r"同比|比上年|较上年|较去年|比去年|上年|去年|增加|增长|减少|下降|增量|提高|降低|调查|问卷|"
                             r"^对")  # 对政协提案的会办意见7件: work done on something, no kind published


@dataclass(frozen=True, slots=True)
class Candidate:
    count: Number
    label: str
    label_start: int
    features: tuple[str, ...]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def candidates(b: FactBuilder, every_count: bool = False) -> Iterator[Candidate]:
    """The counts no rule took (with `every_count`, all of them: what the model learns from), in the
    parts where items stand, with the label before each."""
    view = b.view
    read = {f.value_start for f in b.facts if f.value_start is not None}
    taken = set() if every_count else set(b.consumed) | read
    for c in view.counts:
        if c.start in taken or c.unit not in ITEM_UNITS or c.value is None or items_follow(view, c):
            continue  # 174期603条: the issues printed before the items are no count of their own
        zone = b.zones.at(c.start)
        if zone not in _ZONES or b.zones.is_blocked(c.start, c.end):
            continue
        if zone == "platform" and (c.unit not in _PUBLISHED_UNITS or "累计" in view.mt[view.clause_start(c.start):c.start]):
            # 开设专栏5个, 市级部门网站28个: things set up, not items published; 网站累计发布信息2000条: a site's
            # running total (the part on platforms speaks of the site, not of the year's figures)
            continue
        a = view.clause_start(c.start)
        previous = view.counts_between(a, c.start)
        if previous:  # 班子成员信息1条、部门文件信息7条: the label starts after the count before it
            a = previous[-1].end
            while a < c.start and view.mt[a] in "、,;:)( \t":
                a += 1
        label, label_start = clean_label(view, a, c.start)
        label, label_start = _what_was_published(label, label_start)
        if not label or len(label) > 60 or not _HAN.search(label) or _NOT_AN_ITEM.search(label) \
                or view.mt[c.start - 1:c.start] == "各" \
                or label.rstrip().endswith("、"):  # 66条乡村振兴类信息、42条…: the count opens the next kind
            continue  # 各20条: so many each, no count of what is named
        s = view.sentence_start(c.start)
        if _ALL_YEARS.search(view.mt, s, c.start) or _OUTCOMES.search(view.mt, s, view.sentence_end(c.end)):
            continue  # kinds of all the years; outcomes of applications (部分公开1件, 无法提供3件)
        if not every_count and (_restated(b, c, s) or _part_of_an_unread_figure(view, c, s, taken)):
            continue  # a figure read already, restated (在…网站主动公开的425条政府信息中); parts of a figure no rule read
        yield Candidate(c, label, label_start, _features(b, c, a, label_start, label, zone))


# the time, the body and the verb before what was published (2025年公开就业领域政策, 适时更新政府信息公开指南,
# 全县公开重点领域信息); the verb and a generic object after a channel (门户网站上传信息, 媒体发布宣传报道)
_SAID_TIME = r"(?:\d{4}年度?|全年|本年度?|今年|当年|年内)*"
_SAID_PUBLISHING = r"(?:共|累计|及时|适时|主动|集中|依法|动态)*(?:更新|公开|发布|公布|编发|上传|推送)(?:了)?"
_SAID_BEFORE = regex.compile(rf"^(?:[一二三四五六七八九十]是)?{_SAID_TIME}"
                             r"(?:我(?:镇|乡|街道|街|局|委|办|部门|单位|区|县)|全(?:县|镇|区|乡|市|街道))?" + _SAID_PUBLISHING)
_SAID_AFTER = regex.compile(r"(?:信息)?(?:上传|发布|公开|公布|推送|报送|更新)(?:了)?(?:各类)?(?:动态信息|工作动态|信息|宣传报道|稿件|文章)?量?$")


# a place named as the subject before the verb (漪澜街道公布工作动态45条、…)
_PLACE_SAID_BEFORE = regex.compile(rf"^{_SAID_TIME}(?P<place>\p{{Han}}{{2,10}}?(?:街道|镇|乡|区|县|市)){_SAID_PUBLISHING}")


def _what_was_published(label: str, start: int) -> tuple[str, int]:
    m = _SAID_BEFORE.match(label)
    if not (m and m.end()):
        named = _PLACE_SAID_BEFORE.match(label)
        m = named if named and chain(named.group("place")) else m
    if m and m.end() and len(_HAN.findall(label[m.end():])) >= 2:
        label, start = label[m.end():], start + m.end()
    m = _SAID_AFTER.search(label)
    if m and m.start() >= 2 and CHANNEL_WORD.search(label[:m.start()]):
        label = label[:m.start()]
    return label, start


def _restated(b: FactBuilder, c: Number, sentence_start: int) -> bool:
    """True when a fact of the same value was read in this sentence or the one before: the figure said
    again (主动公开政府信息425条。在主动公开的425条政府信息中…), not a count of its own. A small figure that
    happens to equal one read far away is no restatement."""
    since = b.view.sentence_start(max(0, sentence_start - 1))
    return any(f.value == c.value and f.value_start is not None and since <= f.value_start < c.start for f in b.facts)


def _part_of_an_unread_figure(view, c: Number, s: int, taken: set[int]) -> bool:
    """共发布380条财政资金信息,其中专项资金152条: the parts of a figure no rule took are none of ours. Not
    parts: counts larger than the figure or in another unit (信箱44件,…,其中财政预决算信息65条), and the parts of
    a figure of proactive disclosure itself (主动公开政府信息11条,其中部门文件6件), which are kinds published."""
    for o in view.counts_between(s, c.start):
        if o.start not in taken and "其中" in view.mt[o.end:c.start] and o.unit == c.unit \
                and c.value <= o.value and not _DISCLOSURE_FIGURE.search(view.head(o)):
            return True
    return False


# a figure of what was published proactively (主动公开政府信息11条)
_DISCLOSURE_FIGURE = regex.compile(r"主动(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共|共计)?$")


def _features(b: FactBuilder, c: Number, a: int, label_start: int, label: str, zone: str | None) -> tuple[str, ...]:
    view = b.view
    mt = view.mt
    s, e = view.sentence_start(c.start), view.sentence_end(c.end)
    clause = mt[a:c.start]
    before = view.counts_between(s, a)
    after = [o for o in view.counts_between(c.end, e) if o.start > c.start]
    simple = mt[label_start:label_start + len(label)]
    out = [f"unit={c.unit}", f"zone={zone}", f"len={_bucket(len(label), (2, 4, 6, 9, 14, 20))}",
           f"end1={simple[-1:]}", f"end2={simple[-2:]}", f"start1={simple[:1]}", f"start2={simple[:2]}",
           f"sep={mt[a - 1] if a > 0 else '^'}", f"next={mt[c.end:c.end + 1]}",
           f"before={_bucket(len(before), (0, 1, 3))}", f"after={_bucket(len(after), (0, 1, 3))}",
           f"approx={c.approx}", f"value={_bucket(int(c.value), (0, 9, 99, 999))}"]
    out += [f"bi={simple[i:i + 2]}" for i in range(len(simple) - 1)]
    if before:
        out.append(f"prev_unit_same={before[-1].unit == c.unit}")
    if after:
        out.append(f"next_unit_same={after[0].unit == c.unit}")
    out.append(f"verb_in_clause={bool(_VERB.search(clause))}")
    out.append(f"lead_in_sentence={bool(_LEAD.search(mt, s, a))}")
    out.append(f"other_things={bool(_OTHER_THINGS.search(clause))}")
    out.append(f"channel_word={bool(CHANNEL_WORD.search(label))}")
    out.append(f"kind={label_id(label)}")  # the category or channel the label names, whatever its wording
    out.append(f"kind_unit={label_id(label)}|{c.unit}")
    return tuple(out)


def _index(feature: str) -> int:
    return int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=4).digest(), "little") % DIMENSIONS


@cache
def load_model(path: str = str(MODEL_PATH)) -> tuple[dict[int, float], float, float] | None:
    """(weights by feature index, bias, threshold), or None when no model is shipped."""
    p = Path(path)
    if not p.is_file():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    return {int(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"])


def score(features: tuple[str, ...], model: tuple[dict[int, float], float, float]) -> float:
    weights, bias, _ = model
    z = bias + sum(weights.get(_index(f), 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_items(b: FactBuilder) -> None:
    """Add the items the model finds among the counts the rules left."""
    model = load_model()
    if model is None:
        return
    threshold = model[2]
    for cand in list(candidates(b)):
        p = score(cand.features, model)
        if p >= threshold:
            f = b.count_fact("active.item", cand.count, cand.label, rule="learned.item")
            f.start = min(f.start, cand.label_start)
            b.facts.append(f)
            b.consumed.add(cand.count.start)
        else:
            b.let_go(cand.count, "learned.item", f"scored {p:.2f} as an item labelled {cand.label}, "
                                                 f"below the threshold {threshold:.2f}")


def train(examples: list[tuple[tuple[str, ...], int]], l2: float = 1e-3, steps: int = 400,
          rate: float = 0.5) -> tuple[dict[int, float], float]:
    """Logistic regression by full-batch gradient descent from zero weights: deterministic."""
    import numpy as np

    rows = [np.array(sorted({_index(f) for f in feats}), dtype=np.int64) for feats, _ in examples]
    y = np.array([label for _, label in examples], dtype=np.float64)
    w = np.zeros(DIMENSIONS)
    bias = 0.0
    n = len(examples)
    for _ in range(steps):
        z = np.array([w[r].sum() for r in rows]) + bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        grad = np.zeros(DIMENSIONS)
        for r, gi in zip(rows, g):
            grad[r] += gi
        w -= rate * (grad / n + l2 * w)
        bias -= rate * float(g.mean())
    return {int(i): round(float(w[i]), 6) for i in np.flatnonzero(np.abs(w) > 1e-6)}, round(bias, 6)
