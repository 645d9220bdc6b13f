"""Comparable categories of breakdown labels (SCHEMA.md, "Comparable categories of active.item").

Breakdown labels are free text: 工作动态 / 工作动态类信息 / 政务动态 / 工作信息 are one thing, and
微信公众平台 / “幸福同田”微信公众号 / 政务微信 are one channel. Each label is mapped either to a
`category` (what was published) or to a `channel` (where), so that towns can be compared.

The mapping is data, extract/data/categories.csv: rows of (kind, id, match, pattern, priority).
- `word`: the anchor occurs anywhere in the cleaned label;
- `token`: a short generic anchor (计划, 服务, 政策) that counts only where it ends a word: at the end
  of the label, before punctuation or a suffix word (类, 信息, 文件, 及 …), or at the end of a jieba
  token: 工作计划 and 年度计划 are plans, 计划生育 is not; 公共服务 is a service, 服务中心 is not;
- `regex`: a pattern of the `regex` module, matched on the label's stem (suffixes 类/信息/栏目/公开
  and the 政务 prefix taken off), for whole-label families such as 党建工作 or 其他方式.

The highest priority wins; among equals, the anchor named first. A label nothing fits is category
`other`, so that `nianbao labels` can list it and the table can grow from real data.

Before matching, a label is folded: NFKC, traditional characters to simplified (a character table
derived from OpenCC, shipped in extract/data), brand names in quotes and remarks in brackets
dropped (“幸福同田”微信公众号 -> 微信公众号, 网站(含转发) -> 网站). When nothing fits without them,
the quoted and bracketed words are tried as well (“三公”经费).
"""

from __future__ import annotations

import csv
import logging
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from extract.simplified import traditional_table

CATEGORIES: tuple[str, ...] = (
    "work_news", "notices", "policy_docs", "interpretation", "budget", "personnel", "services",
    "organisation", "plans", "emergency", "annual_report", "key_areas", "by_publisher", "other",
)
CHANNELS: tuple[str, ...] = (
    "website", "wechat", "weibo", "new_media", "noticeboard", "print", "broadcast", "other_channel",
)
OTHER_CATEGORY = "other"
OTHER_CHANNEL = "other_channel"
UNMAPPED = frozenset({OTHER_CATEGORY, OTHER_CHANNEL})

# Dataset column names: one per category and per channel (wide.csv, DuckDB).
CATEGORY_COLUMN = "category.{}"
CHANNEL_COLUMN = "channel.{}"

_PREFIXES = ("政务",)
_CONNECTIVE = regex.compile(r"^(?:其中|包括|包含|含有|含|另有)[,:]?")
_SUFFIXES = ("类的信息", "类信息", "的信息", "信息", "栏目", "类", "公开", "的")
_QUOTED = regex.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」|『[^』]*』|‘[^’]*’")
_BRACKETED = regex.compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")
_MARKS = regex.compile(r"[“”\"「」『』‘’《》〈〉()【】\[\]]")
_SPACES = regex.compile(r"\s+")
_HAN = regex.compile(r"\p{Han}")
_WORD_AFTER = ("类", "信息", "栏目", "公开", "文件", "工作", "事项", "等", "及", "和", "与", "的")


@dataclass(frozen=True, slots=True)
class Anchor:
    """One row of the mapping table."""

    kind: str  # category | channel
    id: str
    match: str  # word | token | regex
    pattern: str
    priority: int
    compiled: Any = None  # the regex, for match == "regex"


@dataclass(frozen=True, slots=True)
class Hit:
    anchor: Anchor
    start: int


def _data_text(name: str) -> str:
    return resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def anchors() -> tuple[Anchor, ...]:
    """The mapping table, read once from the package data."""
    rows = csv.DictReader(_data_text("categories.csv").splitlines())
    out = []
    for line, row in enumerate(rows, start=2):
        kind, ident, match = row["kind"], row["id"], row["match"]
        known = CATEGORIES if kind == "category" else CHANNELS if kind == "channel" else ()
        if ident not in known or match not in ("word", "token", "regex") or not row["priority"].isdigit():
            raise ValueError(f"categories.csv line {line}: bad kind/id/match/priority "
                             f"{kind}/{ident}/{match}/{row['priority']}")
        compiled = regex.compile(row["pattern"]) if match == "regex" else None
        out.append(Anchor(kind, ident, match, row["pattern"], int(row["priority"]), compiled))
    return tuple(out)


def fold(label: str) -> str:
    """NFKC, traditional characters to simplified, no spaces."""
    text = unicodedata.normalize("NFKC", label).translate(traditional_table())
    return _SPACES.sub("", text)


def _drop_prefix(text: str) -> str:
    """Without a leading connective (其中 / 含 / 包括) and the 政务 prefix."""
    text = _CONNECTIVE.sub("", text, count=1) or text
    for prefix in _PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def stem(text: str) -> str:
    """The label without a leading connective, the 政务 prefix and the suffixes 类/信息/栏目/公开
    (repeatedly)."""
    text = _drop_prefix(text)
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                changed = True
    return text


@lru_cache(maxsize=1)
def _tokenizer():
    """jieba, loaded once and only when a token anchor needs it; its start-up log silenced."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _token_ends(text: str) -> set[int]:
    ends, pos = set(), 0
    for token in _tokenizer().cut(text):
        pos += len(token)
        ends.add(pos)
    return ends


def _plainly_ends_word(text: str, end: int) -> bool:
    """An anchor ending the label, or followed by punctuation or a suffix word, ends its word:
    no need to load jieba to know it."""
    return end == len(text) or not _HAN.match(text[end]) or text.startswith(_WORD_AFTER, end)


def _token_start(text: str, pattern: str, ends: list[set[int]]) -> int:
    """Where `pattern` first occurs ending a word, or -1."""
    start = text.find(pattern)
    while start >= 0:
        end = start + len(pattern)
        if _plainly_ends_word(text, end):
            return start
        if not ends:
            ends.append(_token_ends(text))
        if end in ends[0]:
            return start
        start = text.find(pattern, start + 1)
    return -1


def _hits(text: str) -> list[Hit]:
    """Every anchor found in `text`. Token anchors are looked at last, and only when they could still
    win, so jieba is consulted for few labels."""
    hits: list[Hit] = []
    base = stem(text)
    for anchor in anchors():
        if anchor.match == "regex":
            found = anchor.compiled.search(base)
            if found:
                hits.append(Hit(anchor, text.find(base) + found.start()))
        elif anchor.match == "word":
            start = text.find(anchor.pattern)
            if start >= 0:
                hits.append(Hit(anchor, start))
    floor = max((h.anchor.priority for h in hits), default=0)
    ends: list[set[int]] = []
    for anchor in anchors():
        if anchor.match == "token" and anchor.priority >= floor and anchor.pattern in text:
            start = _token_start(text, anchor.pattern, ends)
            if start >= 0:
                hits.append(Hit(anchor, start))
    return hits


def _best(hits: list[Hit]) -> Anchor | None:
    if not hits:
        return None
    return min(hits, key=lambda h: (-h.anchor.priority, h.start, -len(h.anchor.pattern))).anchor


@lru_cache(maxsize=65536)
def deciding_anchor(label: str | None) -> Anchor | None:
    """The table row that decides a label's id, or None when nothing fits (the label is `other`)."""
    folded = fold(label or "")
    without_brands = _drop_prefix(_BRACKETED.sub("", _QUOTED.sub("", folded)))
    best = _best(_hits(without_brands))
    if best is None:
        best = _best(_hits(_drop_prefix(_MARKS.sub("", folded))))
    return best


def classify_label(label: str | None) -> tuple[str | None, str | None]:
    """(category, channel) of one breakdown label; exactly one of the two is set.

    >>> classify_label("“幸福同田”微信公众号")
    (None, 'wechat')
    >>> classify_label("工作动态类信息")
    ('work_news', None)
    """
    best = deciding_anchor(label)
    if best is None:
        return OTHER_CATEGORY, None
    return (best.id, None) if best.kind == "category" else (None, best.id)


def label_id(label: str | None) -> str:
    """The one id a label maps to (a category or a channel id)."""
    category, channel = classify_label(label)
    return category or channel or OTHER_CATEGORY


def is_mapped(label: str | None) -> bool:
    """True when the label fits something more specific than other / other_channel."""
    return label_id(label) not in UNMAPPED


def classify_facts(facts: Iterable[Any]) -> None:
    """Set `category` / `channel` on every active.item Fact (in place)."""
    items = [f for f in facts if f.metric == "active.item"]
    for fact in items:
        fact.category, fact.channel = classify_label(fact.label)
    # a nested list divides its item (微信公众号 1482 条, 其中原创 …, 转发 …): a part that names no
    # category of its own is of its item's kind
    # — except 其他… beside parts that name categories (工作动态类50条;…;其他信息类36条): the rest of them
    by_category = {id(getattr(f, "part_of", None)) for f in items
                   if getattr(f, "part_of", None) is not None and f.category not in (None, *UNMAPPED)}
    for fact in items:
        parent = getattr(fact, "part_of", None)
        if (parent is not None and (fact.category or fact.channel) in UNMAPPED
                and (parent.category or parent.channel) not in UNMAPPED
                and not (id(parent) in by_category and fold(fact.label or "").startswith(("其他", "其它")))):
            fact.category, fact.channel = parent.category, parent.channel


def column_names() -> list[str]:
    """Every dataset column category_columns() gives, in taxonomy order."""
    return [CATEGORY_COLUMN.format(c) for c in CATEGORIES] + [CHANNEL_COLUMN.format(c) for c in CHANNELS]


def category_columns(report: Mapping[str, Any]) -> dict[str, float | None]:
    """One column per category and per channel: the active.item values summed for one report.

    `report` is a report dict (Report.to_dict(), a JSON line of `nianbao extract --json`). A column is
    None where the report gives no figure for that category or channel: a breakdown that does not
    name a category says nothing about it, so it is never 0 by default. Items of a nested list are
    left out: the item they divide already counts them. Facts without a
    category/channel (older output) are classified from their label.
    """
    sums: dict[str, float | None] = dict.fromkeys(column_names())
    for fact in report.get("facts") or ():
        if fact.get("metric") != "active.item" or fact.get("value") is None or fact.get("nested"):
            continue  # a nested item is already counted in the item it divides
        category, channel = fact.get("category"), fact.get("channel")
        if category is None and channel is None:
            category, channel = classify_label(fact.get("label"))
        key = CATEGORY_COLUMN.format(category) if category else CHANNEL_COLUMN.format(channel)
        sums[key] = (sums[key] or 0) + fact["value"]
    return sums
