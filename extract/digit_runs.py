"""Rows whose numbers ran together when a table was flattened to text: '713000074' = 71,3,0,0,0,0,74.

A run is cut into numbers without leading zeros ('07' is never a number, '0' is); a space that was
printed is a sure cut. A run that can be cut only one way (as many digits as cells, or every other cut
ruled out by the number of digits) is read as printed: the identities it breaks are the source's
errors, to be reported, not a reason to drop the row. Where several cuts remain, the table's identities
(TEMPLATE.md: a 总计 equals the cells it sums) choose: one admissible cut is a reading; several are
no reading; none means the source broke an identity, and only the cells every cut agrees on are sure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import regex

_DIGITS = regex.compile(r"^\d+$")
MAX_RUN = 40  # digits in one row; more is not a table row
MAX_SPLITS = 200_000  # ways to cut tried before giving up


def is_digit_run(tokens: list[str]) -> bool:
    return bool(tokens) and all(_DIGITS.match(t) for t in tokens) and sum(map(len, tokens)) <= MAX_RUN


@functools.lru_cache(maxsize=4096)
def _cuts(token: str, parts: int) -> tuple[tuple[str, ...], ...]:
    """Every way to cut one token into `parts` numbers without leading zeros."""
    if parts == 1:
        return ((token,),) if token == "0" or not token.startswith("0") else ()
    if len(token) < parts:
        return ()
    head_max = 1 if token[0] == "0" else len(token) - parts + 1
    return tuple((token[:k], *rest) for k in range(1, head_max + 1) for rest in _cuts(token[k:], parts - 1))


def splits(tokens: list[str], n: int) -> Iterator[list[str]]:
    """Every way to read the printed tokens as exactly `n` numbers (tokens themselves are never joined)."""
    if not is_digit_run(tokens) or sum(map(len, tokens)) < n or len(tokens) > n:
        return
    # digits in the tokens after each one: the most numbers they can still give
    digits_after = [sum(map(len, tokens[i + 1:])) for i in range(len(tokens))]

    def walk(i: int, left: int) -> Iterator[list[str]]:
        if i == len(tokens):
            if left == 0:
                yield []
            return
        remaining_tokens = len(tokens) - i - 1
        for parts in range(max(1, left - digits_after[i]), left - remaining_tokens + 1):
            for head in _cuts(tokens[i], parts):
                for tail in walk(i + 1, left - parts):
                    yield [*head, *tail]

    yield from walk(0, n)


@dataclass
class RunReading:
    """What a run of digits gives for `n` cells.

    `pieces`: the one reading (`printed` tells whether it is the only cut, read whatever the identities
    say); `choices`: several cuts the identities admit; `common`: the pieces every cut agrees on (None
    where cuts differ), what is sure when no single cut is; `too_many`: more cuts than could be tried.
    """

    pieces: list[str] | None = None
    printed: bool = False
    choices: list[list[str]] = field(default_factory=list)
    common: list[str | None] | None = None
    cuts: int = 0
    too_many: bool = False


def read_run(tokens: list[str], n: int, accept: Callable[[list[int]], bool], limit: int = 50) -> RunReading:
    """Read a run of digits as `n` cells: the only cut as printed, else the cuts the identities admit."""
    first: list[str] | None = None
    common: list[str | None] = []
    admitted: list[list[str]] = []
    count = 0
    for pieces in splits(tokens, n):
        if count >= MAX_SPLITS:
            return RunReading(too_many=True, cuts=count)
        count += 1
        if first is None:
            first, common = pieces, list(pieces)
        else:
            common = [c if c == p else None for c, p in zip(common, pieces)]
        if len(admitted) < limit and accept([int(p) for p in pieces]):
            admitted.append(pieces)
    if first is None:
        return RunReading()
    if count == 1:
        return RunReading(pieces=first, printed=True, cuts=1)
    if len(admitted) == 1:
        return RunReading(pieces=admitted[0], cuts=count)
    if admitted:
        return RunReading(choices=admitted, cuts=count, common=common)
    return RunReading(common=common, cuts=count)


def admissible_splits(tokens: list[str], n: int, accept: Callable[[list[int]], bool],
                      limit: int = 50) -> list[list[str]] | None:
    """The cuts of `tokens` into `n` numbers that `accept` (the identities) admits.

    Returns at most `limit` of them; None when there are too many ways to cut to try them all.
    """
    out: list[list[str]] = []
    for tried, pieces in enumerate(splits(tokens, n)):
        if tried >= MAX_SPLITS:
            return None
        if accept([int(p) for p in pieces]):
            out.append(pieces)
            if len(out) >= limit:
                break
    return out


def t3_row_ok(values: list[int]) -> bool:
    """表三 row identity: 总计 = the six applicant columns."""
    return len(values) == 7 and values[6] == sum(values[:6])


def t4_row_ok(values: list[int]) -> bool:
    """表四: in each block of five, 总计 = 维持 + 纠正 + 其他 + 尚未审结."""
    return len(values) == 15 and all(values[b + 4] == sum(values[b:b + 4]) for b in (0, 5, 10))


def no_identity(values: list[int]) -> bool:
    """表二 has no identity: see `certain_cut`."""
    return True


def certain_cut(tokens: list[str], n: int) -> list[str] | None:
    """The cut of a run into `n` numbers when nothing else could have been printed, else None.

    Without an identity to test a reading against, a run is read only when it has one cut into `n`
    numbers and no cut into fewer (fewer numbers would mean an empty cell vanished from the run):
    '000' is 0/0/0, but '100' may be 1/0/0, 10/0 with an empty cell, or 100.
    """
    found: list[list[str]] = []
    for k in range(1, n + 1):
        for pieces in splits(tokens, k):
            found.append(pieces)
            if len(found) > 1:
                return None
    return found[0] if found and len(found[0]) == n else None
