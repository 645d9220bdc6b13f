"""The printed labels of 表二/表三/表四 (TEMPLATE.md) and the schema keys they stand for.

Labels drift from body to body (规范性文件 for 行政规范性文件, 1、 for 1., wrapped or cut labels,
annotations in brackets), so a label is matched after `normalize_label` removes numbering, spaces and
quotes, first by its start, then as a fragment of a known label, then by a close likeness. The row and
column orders here are the official template's; they are used only to place rows whose own label is
missing between rows whose labels were read.
"""

from __future__ import annotations

import difflib
import functools
import threading
import unicodedata

import regex

T3_COLUMNS = ("natural_person", "commercial_enterprise", "research_institution", "public_welfare_org",
              "legal_service_org", "other_org", "total")

# (key, printed label without numbering); order is the template's row order
_T3_HEAD = [
    ("new_received", "本年新收政府信息公开申请数量"),
    ("carried_over", "上年结转政府信息公开申请数量"),
    ("granted", "予以公开"),
    ("partial_grant", "部分公开(区分处理的,只计这一情形,不计其他情形)"),
    ("deny_state_secret", "属于国家秘密"),
    ("deny_other_law", "其他法律行政法规禁止公开"),
    ("deny_three_safety_one_stability", "危及三安全一稳定"),
    ("deny_third_party", "保护第三方合法权益"),
    ("deny_internal_affairs", "属于三类内部事务信息"),
    ("deny_process_info", "属于四类过程性信息"),
    ("deny_enforcement_case_file", "属于行政执法案卷"),
    ("deny_admin_query", "属于行政查询事项"),
    ("unable_not_held", "本机关不掌握相关政府信息"),
    ("unable_need_creation", "没有现成信息需要另行制作"),
    ("unable_unclear_after_correction", "补正后申请内容仍不明确"),
    ("noproc_petition_complaint", "信访举报投诉类申请"),
    ("noproc_repeat", "重复申请"),
    ("noproc_publication", "要求提供公开出版物"),
    ("noproc_massive_repeat", "无正当理由大量反复申请"),
    ("noproc_confirm_or_reissue", "要求行政机关确认或重新出具已获取信息"),
]
_T3_OTHER_2021 = [
    ("other_overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_overdue_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "其他"),
]
_T3_OTHER_2019 = [("other_processing", "其他处理")]
_T3_TAIL = [
    ("total_processed", "总计"),
    ("carried_forward", "结转下年度继续办理"),
]
T3_ROWS_2021 = tuple(k for k, _ in _T3_HEAD + _T3_OTHER_2021 + _T3_TAIL)
T3_ROWS_2019 = tuple(k for k, _ in _T3_HEAD + _T3_OTHER_2019 + _T3_TAIL)
T3_OTHER_2021 = tuple(k for k, _ in _T3_OTHER_2021)
T3_RESULT_ROWS_2021 = T3_ROWS_2021[2:-2]
T3_RESULT_ROWS_2019 = T3_ROWS_2019[2:-2]
# group rows carry no values; they only give context and must not be read as value rows
T3_GROUPS = ("本年度办理结果", "不予公开", "无法提供", "不予处理")

T4_BLOCKS = ("review", "litigation_direct", "litigation_after_review")
T4_COLUMNS = ("maintained", "corrected", "other_result", "pending", "total")

# 表二 rows: key -> (printed label, block); the block decides the columns
T2_ROWS = {
    "regulations": ("规章", "20.1"),
    "normative_documents": ("规范性文件", "20.1"),
    "licensing": ("行政许可", "20.5"),
    "other_admin_services": ("其他对外管理服务事项", "20.5"),
    "punishment": ("行政处罚", "20.6"),
    "coercion": ("行政强制", "20.6"),
    "fees": ("行政事业性收费", "20.8"),
    "procurement": ("政府集中采购", "20.9"),
}
_T2_ALIASES = {"行政规范性文件": "normative_documents"}
T2_2021_COLUMNS = {"20.1": ("made", "repealed", "valid"), "20.5": (None,), "20.6": (None,), "20.8": (None,)}
T2_2019_COLUMNS = {"20.1": ("new_made", "new_published", "total_published"),
                   "20.5": ("prev_items", "change", "decisions"), "20.6": ("prev_items", "change", "decisions"),
                   "20.8": ("prev_items", "change"), "20.9": ("items", "amount")}
T2_2021_ROWS = ("regulations", "normative_documents", "licensing", "punishment", "coercion", "fees")

# column headers that tell the 2019 表二 from the 2021 one (matched in normalised header text)
_T2_2021_HEADERS = ("本年制发", "本年废止", "现行有效", "本年处理决定", "本年收费金额")
_T2_2019_HEADERS = ("本年新制作", "本年新公开", "对外公开总数", "上一年项目", "本年增/减", "本年增减", "采购项目数",
                    "采购总金额")
_HEADER_MAX = 60  # longer text is prose, whose words are no column header

_NUMBERING = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,2}[、.]|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]|\d(?=\p{Han}))"
)
# where a label text holds several labels run together: before each numbering mark after the start
_INNER_NUMBERING = regex.compile(
    r"(?<=.)(?=\([一二三四五六七八九十]{1,2}\)|(?<![\d.])\d[.、](?!\d)|\(\d\)|[一二三四]、)"
)
_DROP = regex.compile(r"[\s\"'“”‘’「」『』《》:;。·]")


@functools.lru_cache(maxsize=4096)  # a label is read for its table, its row and its header words
def _folded(text: str) -> str:
    """NFKC without spaces, quotes and colons: the form label words are compared in."""
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def normalize_label(text: str) -> str:
    """NFKC, no spaces or quotes, no leading numbering: '（一） 予以 公开' -> '予以公开'."""
    out = _folded(text or "")
    out = out.replace("(", "(").replace(")", ")")
    for _ in range(2):
        stripped = _NUMBERING.sub("", out, count=1)
        if stripped == out:
            break
        out = stripped
    return out.rstrip("、.,")


def split_label(text: str) -> list[str]:
    """'(四)无 1.本机关不掌握相关政府信息' -> ['(四)无', '1.本机关不掌握相关政府信息']."""
    text = _folded(text or "")
    return [p for p in _INNER_NUMBERING.split(text) if p]


_T3_CANON = [(k, normalize_label(lbl)) for k, lbl in _T3_HEAD + _T3_OTHER_2021 + _T3_OTHER_2019 + _T3_TAIL]
_T3_SHORT = {"重复申请", "其他", "其他处理", "总计", "予以公开"}  # must be the whole label, not a start
_CLOSE_MIN = 0.75  # likeness a label needs to stand for a printed label
_CLOSE_GAP = 0.15  # and its lead over the next likest


_MATCHERS = threading.local()


def _matcher_for(printed: str) -> difflib.SequenceMatcher:
    """A SequenceMatcher whose second text is a printed label: difflib indexes that side once."""
    cache = _MATCHERS.__dict__.setdefault("by_label", {})
    matcher = cache.get(printed)
    if matcher is None:
        matcher = cache[printed] = difflib.SequenceMatcher(None, "", printed)
    return matcher


def _close_key(label: str, canon: list[tuple[str, str]]) -> str | None:
    """The one key whose printed label is at least 0.75 alike to `label` and 0.15 ahead of the next.

    The likeness is difflib's ratio. Its cheap upper bounds (lengths, then shared characters) rule out
    the printed labels that could neither be the likest nor come within the gap of it, and exact
    ratios are taken only while a candidate left could still change the answer.
    """
    floor = _CLOSE_MIN - _CLOSE_GAP - 1e-9  # below this a label cannot matter
    matchers = []
    for k, c in canon:
        # difflib's real_quick_ratio: the likeness if every char of the shorter text matched
        if len(c) >= 4 and 2.0 * min(len(label), len(c)) / (len(label) + len(c)) >= floor:
            matcher = _matcher_for(c)
            matcher.set_seq1(label)
            matchers.append((k, matcher))
    bounds = [(m.quick_ratio(), k, m) for k, m in matchers]
    bounds = [b for b in bounds if b[0] >= floor]
    if not any(b[0] >= _CLOSE_MIN for b in bounds):
        return None
    bounds.sort(key=lambda b: b[0], reverse=True)
    scored: list[tuple[float, str]] = []
    for bound, k, matcher in bounds:
        if scored:
            best = scored[0][0]
            second = scored[1][0] if len(scored) > 1 else None
            if bound < _CLOSE_MIN and best < _CLOSE_MIN:
                break
            if bound < best and (bound < best - _CLOSE_GAP - 1e-9
                                 or second is not None and best - second < _CLOSE_GAP):
                break
        scored.append((matcher.ratio(), k))
        scored.sort(reverse=True)
    if scored and scored[0][0] >= _CLOSE_MIN and (len(scored) == 1 or scored[0][0] - scored[1][0] >= _CLOSE_GAP):
        return scored[0][1]
    return None


def _match(label: str, canon: list[tuple[str, str]], short: set[str]) -> set[str]:
    """Keys whose printed label this (normalised) label is, starts with, or is a fragment of."""
    if not label:
        return set()
    exact = {k for k, c in canon if label == c}
    if exact:
        return exact
    starts = [(len(c), k) for k, c in canon if c not in short and label.startswith(c)]
    if starts:
        best = max(n for n, _ in starts)
        return {k for n, k in starts if n == best}
    if label.startswith(("其他处理",)) and any(k == "other_processing" for k, _ in canon):
        return {"other_processing"}
    if len(label) >= 4:
        frags = {k for k, c in canon if label in c}
        if frags:
            return frags
        close = _close_key(label, canon)
        if close:
            return {close}
    return set()


@functools.lru_cache(maxsize=4096)
def _t3_match(label: str) -> frozenset[str]:
    return frozenset(_match(label, _T3_CANON, _T3_SHORT))


def t3_row_keys(label_cells: list[str]) -> set[str]:
    """The 表三 row(s) named by label cells read as one wrapped label; the last part naming a row decides.

    Several keys come back only when a cut-off label fits more than one row.
    """
    found: set[str] = set()
    for part in split_label("".join(label_cells)):
        keys = _t3_match(normalize_label(part))
        if keys:
            found = set(keys)
    return found


def t3_row_keys_nearest(label_cells: list[str]) -> tuple[set[str], int]:
    """The 表三 row named nearest the values: the last label cell, joined with the cells before it
    while they make a wrapped label more precise. Returns the keys and the first cell used."""
    for i in range(len(label_cells) - 1, -1, -1):
        keys = t3_row_keys(label_cells[i:])
        if not keys:
            continue
        first = i
        for j in range(i - 1, -1, -1):
            if len(keys) == 1:
                break
            wider = t3_row_keys(label_cells[j:])
            if not wider or not wider <= keys:
                break
            keys, first = wider, j
        return keys, first
    return set(), len(label_cells)


def is_t3_group_label(text: str) -> bool:
    label = normalize_label(text)
    return any(label.startswith(g) for g in T3_GROUPS)


def t2_row_key(label_cells: list[str]) -> str | None:
    """The 表二 row a label names; a label must start with the row name (annotations may follow)."""
    found = None
    for cell in label_cells:
        label = normalize_label(cell)
        for alias, key in _T2_ALIASES.items():
            if label.startswith(alias):
                found = key
                break
        else:
            for key, (printed, _) in T2_ROWS.items():
                if label.startswith(printed):
                    found = key
                    break
    return found


def t2_layout_votes(text: str) -> tuple[int, int]:
    """How many 2021 and 2019 表二 header words a header text holds."""
    label = _folded(text or "")
    if len(label) > _HEADER_MAX:
        return 0, 0
    new = sum(1 for h in _T2_2021_HEADERS if h in label)
    old = sum(1 for h in _T2_2019_HEADERS if h in label) + (label == "本年新")  # a header cut short
    if "处理决定数量" in label and "本年处理决定" not in label:
        old += 1
    return new, old


def table_cue(text: str) -> str | None:
    """Which table a heading or header text introduces: 't2', 't3', 't4' or None."""
    label = _folded(text or "")
    if "行政复议" in label and ("行政诉讼" in label or "维持" in label):
        return "t4"
    if "未经复议直接起诉" in label or "复议后起诉" in label:
        return "t4"
    if "收到和处理政府信息公开申请" in label or "申请人情况" in label or "勾稽关系" in label:
        return "t3"
    if ("主动公开政府信息情况" in label or "第二十条" in label or label.startswith("信息内容")
            or label.startswith("表二")):
        return "t2"
    return None


# Labels that open a row when a text rendering runs a whole table into one line (crawled pages):
# the table is cut before each of them, numbering included.
_ANCHOR_WORDS = [normalize_label(lbl).split("(")[0] for _, lbl in _T3_HEAD + _T3_OTHER_2021[:2]
                 if not lbl.startswith("危及")]
_ANCHOR_WORDS += ["结转下年度继续办理"]
_ANCHOR_WORDS += ["本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理", "信息内容", "第二十条"]
_ANCHOR_WORDS += ["规章", "行政规范性文件", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚",
                  "行政强制", "行政事业性收费", "政府集中采购"]
_ANCHOR_WORDS = [r"\s*".join(regex.escape(ch) for ch in w) for w in _ANCHOR_WORDS]  # spaces may split words
_ANCHOR_WORDS.sort(key=len, reverse=True)
_PREFIX = r"(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)\s*|\d[.、]\s*|\(\d\)\s*)?"
ROW_ANCHOR = regex.compile(
    rf"{_PREFIX}(?:{'|'.join(_ANCHOR_WORDS)}|危及[\"“]?三安全一稳定[\"”]?)|\(七\)\s*总计|3[.、]\s*其他(?=\s*[\d|])"
    r"|[一二三四五六七八]、\s*(?:政府信息公开行政|因政府信息公开|收到和处理|主动公开政府信息|行政机关收到和处理"
    r"|存在的主要问题|政府信息公开工作存在|其他需要报告)"
)
