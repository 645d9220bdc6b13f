"""Numbers as reports print them: Arabic and Chinese numerals, approximations, units and counters.

Only a numeral span is converted (cn2an, mode "normal"), never a whole paragraph: 一般 must stay 一般.
A Chinese numeral counts only where a unit or counter follows it (二百五十五条, 两件), so words
that merely contain numeral characters are left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

CN_DIGITS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
COUNTERS = ("条", "件", "个", "篇", "次", "期", "项", "份", "场", "人次", "人", "批", "家", "宗",
            "起", "类", "元", "万元", "亿元", "期次", "余", "多", "张", "则", "部", "本", "册", "场次", "余条",
            "余件", "余篇", "余次", "余人次")
UNITS = ("人次", "万元", "亿元", "场次", "期次", "小项", "子项", "条", "件", "个", "篇", "次", "期", "项", "份", "场",
         "人", "批", "家", "宗", "起", "类", "元", "张", "则", "部", "本", "册", "户", "套", "例", "封", "台", "位", "名")
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))

# "约" / "近" before, "余" / "多" / "以上" after
NUMBER = regex.compile(
    rf"(?P<pre>约|近|超过|逾|达)?"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN_DIGITS}]+)"
    rf"(?P<post>余|多)?"
    rf"(?P<unit>{_UNIT_ALT})?"
    rf"(?P<post2>以上|左右|余)?"
)


@dataclass(slots=True, frozen=True)
class Number:
    value: float | int
    unit: str | None
    approx: bool
    start: int
    end: int
    text: str


@lru_cache(maxsize=4096)
def cn_to_number(span: str) -> int | float | None:
    """二百五十五 -> 255, 一百零三 -> 103, 两 -> 2, 〇 -> 0; None for what is not a numeral."""
    if not span:
        return None
    span = span.replace("两", "二")
    if set(span) <= set("〇零"):
        return 0
    if all(ch in "〇零一二三四五六七八九" for ch in span) and len(span) > 1:
        # digit-by-digit form, as in years: 二〇一八
        digits = "〇一二三四五六七八九"
        return int("".join(str(digits.index(ch)) if ch in digits else "0" for ch in span))
    plain = _plain_numeral(span)
    if plain is not None:
        return plain
    if span[0] in _NO_LEADING:
        return None  # 万, 百万: a unit with no digit before it is no numeral (cn2an refuses it too)
    import cn2an  # building its tables takes ~0.1 s: loaded only for numerals the plain reading leaves

    try:
        value = cn2an.cn2an(span, "normal")
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return int(value) if float(value).is_integer() else float(value)


_NO_LEADING = "百千万亿佰仟"
_CN_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
_CN_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_CN_UNIT_VALUE = {unit: size for size, unit in _CN_UNITS}


def _cn_section(n: int, leading: bool) -> str:
    """1..9999 written as cn2an.an2cn writes it (十二 leading, 一十二 after 万)."""
    out, gap = "", False
    for size, unit in _CN_UNITS:
        d, n = divmod(n, size)
        if d:
            out += ("零" if gap else "") + ("" if leading and not out and size == 10 and d == 1 else "零一二三四五六七八九"[d])
            out += unit
            gap = False
        elif out:
            gap = True
    if n:
        out += ("零" if gap else "") + "零一二三四五六七八九"[n]
    return out


def plain_cn(n: int) -> str | None:
    """0 <= n < 10**8 in the canonical form cn2an.an2cn gives; None beyond."""
    if n == 0:
        return "零"
    if not 0 < n < 10**8:
        return None
    high, low = divmod(n, 10_000)
    if not high:
        return _cn_section(low, True)
    return _cn_section(high, True) + "万" + ("零" if 0 < low < 1000 else "") + (_cn_section(low, False) if low else "")


def _plain_numeral(span: str) -> int | None:
    """A numeral in the canonical form (三百零五, 十二, 两万一千) read without cn2an, whose start-up costs
    more than reading a whole report; anything else (壹贰, 亿, 一十二) is left to cn2an."""
    total = section = digit = 0
    for ch in span:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch]
        elif ch in _CN_UNIT_VALUE:
            section += (digit or 1) * _CN_UNIT_VALUE[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        else:
            return None
    value = total + section + digit
    return value if plain_cn(value) == span else None


def to_number(span: str) -> int | float | None:
    """A printed number (Arabic, with thousands separators or decimals, or Chinese)."""
    span = span.strip()
    if not span:
        return None
    if span[0].isdigit():
        try:
            value = float(span.replace(",", ""))
        except ValueError:
            return None
        return int(value) if value.is_integer() and "." not in span else value
    return cn_to_number(span)


UNREAD = "\ufffd"  # a char the decoder could not read (damaged bytes)


def _beside_unread(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] == UNREAD) or (end < len(text) and text[end] == UNREAD)


def find_numbers(text: str, base: int = 0, need_unit_for_cn: bool = True) -> list[Number]:
    """Every number in `text`; Chinese numerals only where a unit or counter follows."""
    out: list[Number] = []
    for m in NUMBER.finditer(text):
        num = m.group("num")
        unit = m.group("unit")
        is_cn = not num[0].isdigit()
        if is_cn:
            if need_unit_for_cn and not unit:
                continue
            if num in ("万", "亿", "千", "百", "十") and not unit:
                continue
        if _beside_unread(text, m.start("num"), m.end("num")):
            continue  # a digit may be what the damaged char was: the number as printed is unknown
        value = to_number(num)
        if value is None:
            continue
        approx = bool(m.group("pre") in ("约", "近", "超过", "逾") or m.group("post")
                      or m.group("post2") in ("以上", "左右", "余"))
        if unit == "万元":
            unit = "万元"
        out.append(Number(value=value, unit=unit, approx=approx, start=base + m.start(), end=base + m.end(),
                          text=m.group(0)))
    return out
