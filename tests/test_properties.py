"""Properties that hold for every input hypothesis can think of, not only for the examples we wrote.

- a number printed in Arabic or Chinese numerals, with or without 约/近/余/多, reads back as itself;
- normalisation keeps each char of the text mapped to the source bytes it was read from, damaged or not;
- the digit-run resolver only returns cuts of the printed digits that satisfy the row's identities, and
  finds the true cut of a row that satisfies them;
- reading a report twice, with other reports read in between, gives the same JSON.
"""

from __future__ import annotations

import json
import unicodedata

import cn2an
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import build_report
from extract.digit_runs import admissible_splits, certain_cut, splits, t3_row_ok, t4_row_ok
from extract.numbers import UNITS, find_numbers
from parsers import InputError, read_bytes
from parsers.decoding import decode_bytes
from tests.conftest import SAMPLES

# settings shared by the properties: enough examples to find edge cases, no deadline on a busy machine
PROPERTY = settings(max_examples=300, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])
SLOW_PROPERTY = settings(max_examples=25, deadline=None, derandomize=True,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

counts = st.integers(min_value=0, max_value=99_999_999)
units = st.sampled_from([u for u in UNITS if u not in ("万元", "亿元", "元")])
context = st.sampled_from(["", "我镇主动公开政府信息", "其中,", "共受理申请", "全年发布"])


def with_separators(n: int) -> str:
    return f"{n:,}"


@PROPERTY
@given(n=counts, unit=units, before=context, grouped=st.booleans())
def test_arabic_numbers_read_back(n, unit, before, grouped):
    printed = with_separators(n) if grouped else str(n)
    (number,) = find_numbers(f"{before}{printed}{unit}。")
    assert (number.value, number.unit, number.approx) == (n, unit, False)


@PROPERTY
@given(n=st.integers(min_value=1, max_value=99_999_999), unit=units, before=context)
def test_chinese_numbers_read_back(n, unit, before):
    printed = cn2an.an2cn(n)
    numbers = [x for x in find_numbers(f"{before}{printed}{unit}。") if x.unit == unit]
    assert [(x.value, x.approx) for x in numbers] == [(n, False)]


@PROPERTY
@given(n=st.integers(min_value=1, max_value=99_999_999), unit=units, chinese=st.booleans(),
       form=st.sampled_from(["约{n}{u}", "近{n}{u}", "{n}余{u}", "{n}多{u}", "{n}{u}以上", "{n}{u}左右"]))
def test_approximations_read_back_as_approximate(n, unit, chinese, form):
    printed = cn2an.an2cn(n) if chinese else str(n)
    (number,) = [x for x in find_numbers(form.format(n=printed, u=unit)) if x.unit == unit]
    assert (number.value, number.approx) == (n, True)


# -- normalisation and the source bytes -----------------------------------------------------------------
line_chars = st.sampled_from(list("政府信息公开工作年度报告主动申请条件一二三、。,:;()（）１２３４５６７８９０⼀⼆"
                                  "0123456789 　\tABCxyz|-") + ["\u3000", "\u00a0", "第 2 页", "- 3 -"])
lines = st.lists(st.lists(line_chars, max_size=40).map("".join), min_size=1, max_size=30)


@PROPERTY
@given(text_lines=lines, newline=st.sampled_from(["\n", "\r\n", "\n\n"]),
       encoding=st.sampled_from(["utf-8", "gb18030"]),
       damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0x80, 0xFF)), max_size=6))
def test_normalised_text_maps_to_the_source_bytes_it_was_read_from(text_lines, newline, encoding, damage):
    data = bytearray(newline.join(text_lines).encode(encoding))
    for where, value in damage:
        if data:
            data[int(where * len(data))] = value
    decoded = decode_bytes(bytes(data))
    if decoded is None or not "".join(text_lines).strip():
        return
    try:
        doc = read_bytes(bytes(data), "p.txt")
    except InputError:
        return
    codec = doc.decoded.codec
    for i, ch in enumerate(doc.text):
        if ch in "\n\ufffd ":
            continue
        start = doc.byte_offset(i)
        source_char = doc.offsets.source_offset(i)
        end = doc.decoded.byte_offset(source_char + 1)
        printed = bytes(data[start:end]).decode(codec)
        assert ch in unicodedata.normalize("NFKC", printed), (i, ch, printed)


# -- digit runs ----------------------------------------------------------------------------------------
def printed_run(values: list[int], cuts: list[bool]) -> list[str]:
    """The row's numbers as a flattened table prints them: run together except where a space stayed."""
    tokens, current = [], ""
    for value, cut in zip(values, [False, *cuts]):
        if cut and current:
            tokens.append(current)
            current = ""
        current += str(value)
    return [*tokens, current]


small = st.integers(min_value=0, max_value=120)


@st.composite
def t3_rows(draw):
    parts = draw(st.lists(small, min_size=6, max_size=6))
    return [*parts, sum(parts)]


@st.composite
def t4_rows(draw):
    out = []
    for _ in range(3):
        parts = draw(st.lists(st.integers(0, 30), min_size=4, max_size=4))
        out += [*parts, sum(parts)]
    return out


def check_resolver(values: list[int], cuts: list[bool], accept) -> None:
    tokens = printed_run(values, cuts)
    n = len(values)
    found = admissible_splits(tokens, n, accept)
    if found is None:  # too many ways to try: no reading, which is allowed
        return
    for pieces in found:
        assert len(pieces) == n and accept([int(p) for p in pieces])
        assert all(p == "0" or not p.startswith("0") for p in pieces)
        assert "".join(pieces) == "".join(tokens)
    assert [str(v) for v in values] in found or len(found) >= 50  # the true cut is among them


@SLOW_PROPERTY
@given(values=t3_rows(), cuts=st.lists(st.booleans(), min_size=6, max_size=6))
def test_digit_runs_of_table_three_rows_cut_only_by_the_identity(values, cuts):
    check_resolver(values, cuts, t3_row_ok)


@SLOW_PROPERTY
@given(values=t4_rows(), cuts=st.lists(st.booleans(), min_size=14, max_size=14))
def test_digit_runs_of_table_four_rows_cut_only_by_the_identities(values, cuts):
    check_resolver(values, cuts, t4_row_ok)


@PROPERTY
@given(values=st.lists(small, min_size=1, max_size=6), data=st.data())
def test_a_certain_cut_is_the_only_cut(values, data):
    cuts = data.draw(st.lists(st.booleans(), min_size=len(values) - 1, max_size=len(values) - 1))
    tokens = printed_run(values, cuts)
    pieces = certain_cut(tokens, len(values))
    if pieces is not None:
        assert pieces == [str(v) for v in values]
        assert all(not list(splits(tokens, k)) for k in range(1, len(values)))
        assert len(list(splits(tokens, len(values)))) == 1


# -- a report read twice -------------------------------------------------------------------------------
REPORTS = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())


def report_json(path) -> str | None:
    try:
        return json.dumps(build_report(read_bytes(path.read_bytes(), str(path))).to_dict(), ensure_ascii=False,
                          sort_keys=True)
    except InputError as err:
        return str(err)


@SLOW_PROPERTY
@given(order=st.lists(st.sampled_from(REPORTS), min_size=2, max_size=5))
def test_a_report_read_twice_gives_the_same_json(order):
    first = {p: report_json(p) for p in order}
    for p in reversed(order):  # other reports read in between: no state carries over
        assert report_json(p) == first[p]
