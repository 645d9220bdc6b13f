"""A simplified-character view of a text, one character for one, so offsets stay valid.

Mirrors of old reports come in traditional characters (主動公開, 複議, 訴訟); the narrative rules are
written once, in simplified characters, and read this view, while labels are cut from the text as
printed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from parsers.decoding import COMMON_CHARS


@lru_cache(maxsize=1)
def traditional_table() -> dict[int, str]:
    """Code point of each traditional character -> its simplified form; loaded once for every user."""
    text = resources.files("extract.data").joinpath("traditional_to_simplified.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simp = line.partition("\t")
        if len(trad) == 1 and len(simp) == 1:
            table[ord(trad)] = simp
    return table


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    # one character class of the basic plane: `re` scans it in C, fast enough to run on every text
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(traditional_table()) if c < 0x10000) + "]")


# mirrors converted to Taiwan usage print its words for the mainland's (政府資訊 for 政府信息, 答覆 for 答复): the
# rules read the mainland word, of the same length
_LOCALISED = {"資訊": "信息", "訊息": "信息", "讯息": "信息", "網路": "网络", "答覆": "答复", "回覆": "回复"}  # 覆 stands for 复 after 答/回
_LOCAL_WORDS = re.compile("|".join(_LOCALISED))

UNREAD = "\ufffd"  # a char the decoder could not read (damaged bytes)
# words the rules are written in; a damaged char inside one of them, the others intact, reads as the word's
_WORDS = ("主动公开政府信息", "主动发布政府信息", "公开政府信息", "发布政府信息", "主动公开", "主动发布", "政府信息",
          "政务信息", "各类信息", "公开信息", "信息公开", "累计主动公开", "门户网站", "政府网站", "依申请公开",
          "政府信息公开", "工作年度报告", "年度报告", "本年度报告", "中华人民共和国", "政府信息公开条例", "行政复议", "行政诉讼", "收到申请",
          "申请数量", "工作动态", "通知公告", "累计", "其中", "各类", "信息", "全年", "主动",
          # where the year's count went and how it was put out, long enough to be told apart
          "政府门户网站", "公开平台", "信息公开平台", "政务公开平台", "政务新媒体", "微信公众号", "发布信息", "公开各类",
          "发布各类", "政务公开")


# words every rule reads alike: a damaged char that completes either reads as the first of them
_ALIKE = {"政务信息": "政府信息"}


def read_damaged_words(view: str) -> str:
    """The view with each damaged char (U+FFFD) that can only be one char of a rule word read as that char.

    Only the rules' reading changes: printed text, labels and figures keep the U+FFFD, and a number
    beside one is never read. A char is filled in only when the longest words it could complete agree on
    it (words the rules read alike, 政府信息 and 政务信息, agree): 主动公开�府信息 is 政, not the 平 of 公开平台.
    """
    chars = list(view)
    for i, ch in enumerate(view):
        if ch != UNREAD:
            continue
        fills: set[str] = set()
        longest = 0
        for word in _WORDS:
            if len(word) < longest:
                continue
            for k in range(len(word)):
                a = i - k
                if a < 0 or a + len(word) > len(view):
                    continue
                window = view[a:a + len(word)]
                if all(w == c for j, (w, c) in enumerate(zip(window, word)) if j != k):
                    if len(word) > longest:
                        fills, longest = set(), len(word)
                    fills.add(_ALIKE.get(word, word)[k])  # 政�信息: 政府信息 or 政务信息, one reading
        if len(fills) == 1:
            chars[i] = fills.pop()
    return "".join(chars)


_RARE_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def _unread_if_rare(m: re.Match) -> str:
    """In a text with damaged bytes, a character outside the GB2312 repertoire (after the traditional ones
    are simplified) is most likely a damaged one: a changed last byte of a UTF-8 character leaves a valid
    neighbour (发布 -> 叭布 is common, 推送 -> 推逧 is not). It reads as damaged, so a rule word can be filled."""
    return UNREAD if m.group() not in COMMON_CHARS else m.group()


# rule words long enough that no report prints them with one char changed on purpose, longest first
_LONG_WORDS = tuple(sorted({w for w in _WORDS if len(w) >= 5}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _one_char_off() -> re.Pattern:
    """Every long rule word with any one of its chars left open: 主动公.政府信息, 主.公开政府信息, …"""
    return re.compile("|".join(re.escape(word[:k]) + "[\u3400-\u9fff\ufffd]" + re.escape(word[k + 1:])
                               for word in _LONG_WORDS for k in range(len(word))))


def _read_changed_words(view: str) -> str:
    """In a text with damaged bytes, a long rule word with one char changed into another valid one
    (主动公弄政府信息: a changed byte can leave a common character) reads as the word."""
    chars = list(view)
    for m in _one_char_off().finditer(view):
        found = m.group()
        chars[m.start():m.end()] = next(w for w in _LONG_WORDS if len(w) == len(found)
                                        and sum(a != b for a, b in zip(w, found)) <= 1)
    return "".join(chars)


# a damaged char right after a number and right before a clause's end (主动公开政府信息225�,其中…): a
# damaged digit would leave the counter after it (22�条), so the char was the counter, read as 条 (件
# after words of applications). Not after 月 (12月31�, a day), nor after a year (2025�, 年).
_COUNTER_LOST = re.compile(r"(?<![月\d])(\d{1,5})\ufffd(?=[,，。;；、:：)）\n]|其中)")
_APPLICATIONS = re.compile(r"申请|受理|办结|答复|复议|诉讼")


def _read_lost_counters(view: str) -> str:
    chars = None
    for m in _COUNTER_LOST.finditer(view):
        if EARLIEST_COUNTED_YEAR <= int(m.group(1)) <= LATEST_COUNTED_YEAR:
            continue
        chars = chars if chars is not None else list(view)
        clause = view[max(0, m.start() - 20):m.start()]
        chars[m.end() - 1] = "件" if _APPLICATIONS.search(clause) else "条"
    return "".join(chars) if chars is not None else view


EARLIEST_COUNTED_YEAR, LATEST_COUNTED_YEAR = 1990, 2035  # a number in this range before a damaged char is a year

# in a text with damaged bytes, one Latin letter or sign between two digits (发布信息1T704条) is a damaged
# digit: a changed byte of an ASCII digit is most often another ASCII character
_SIGN_IN_A_NUMBER = re.compile(r"(?<=\d)[A-Za-z!#$&*+<=>?@^_`|~](?=\d)")


_last_view: list[tuple[str, str]] = []  # (a whole report's text, its view): the one most recently asked


def simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; same length.

    Sections, metadata, facts and checks each ask for the view of the same report text object: the
    latest long text's view is kept, so it is computed once per report."""
    if len(text) > 500 and _last_view and _last_view[0][0] is text:
        return _last_view[0][1]
    table = traditional_table()
    view = _traditional().sub(lambda m: table[ord(m.group())], _LOCAL_WORDS.sub(lambda m: _LOCALISED[m.group()], text))
    if UNREAD in view:
        view = _SIGN_IN_A_NUMBER.sub(UNREAD, view)
        view = _read_lost_counters(_read_changed_words(read_damaged_words(_RARE_HAN.sub(_unread_if_rare, view))))
    if len(text) > 500:
        _last_view[:] = [(text, view)]
    return view
