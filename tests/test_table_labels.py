"""表三 labels matched by likeness: the pruned search gives difflib's answer, label by label."""

from __future__ import annotations

import difflib

from extract.table_labels import _T3_CANON, _close_key, t3_row_keys, t3_row_keys_nearest

# labels as a scan or a careless re-typing leaves them: a char dropped, swapped or added, a word
# run on, a cut-off end, prose that names no row
DRIFTED = [
    "本年新收政府信息公开申请数",
    "上年结转政府信息公开申请数里",
    "属于国家秘",
    "其他法律行政法规禁止公",
    "保护第三方合法权",
    "属于三类内部事物信息",
    "属于四类过程信息",
    "属于行政执法案件",
    "本机关不掌握有关政府信息",
    "没有现成信息需另行制作",
    "补正后申请内容仍然不明确",
    "信访举报投诉申请",
    "要求提供公开出版物品",
    "无正当理由大量重复申请",
    "要求行政机关确认或重新出具已获信息",
    "申请人无正当理由逾期不补正",
    "申请人逾期未按收费通知缴纳费用",
    "结转下年继续办理",
    "我单位全年共收到群众来信二十余封均已答复",
    "主动公开政府信息情况如下",
    "行政复议结果维持",
]


def _brute_force(label: str) -> str | None:
    """The rule as first written: every ratio computed, best 0.75 or more and 0.15 ahead of the next."""
    close = [(difflib.SequenceMatcher(None, label, c).ratio(), k) for k, c in _T3_CANON if len(c) >= 4]
    close.sort(reverse=True)
    if close and close[0][0] >= 0.75 and (len(close) == 1 or close[0][0] - close[1][0] >= 0.15):
        return close[0][1]
    return None


def test_pruned_likeness_gives_the_same_row_as_every_ratio():
    decided = [_close_key(label, _T3_CANON) for label in DRIFTED]
    assert decided == [_brute_force(label) for label in DRIFTED]
    assert any(decided) and not all(decided)  # both outcomes are exercised


def test_a_label_with_one_char_wrong_names_its_row():
    assert _close_key("属于三类内部事物信息", _T3_CANON) == "deny_internal_affairs"
    assert _close_key("我单位全年共收到群众来信二十余封均已答复", _T3_CANON) is None


def test_repeated_labels_give_fresh_key_sets():
    # callers narrow the keys they are given; a cached answer must not change under them
    first = t3_row_keys(["(三)不予公开", "1.属于国家秘密"])
    first.clear()
    assert t3_row_keys(["(三)不予公开", "1.属于国家秘密"]) == {"deny_state_secret"}
    keys, _ = t3_row_keys_nearest(["重复申请"])
    keys.discard("noproc_repeat")
    assert t3_row_keys_nearest(["重复申请"])[0] == {"noproc_repeat"}
