"""Rows whose numbers ran together when a table was flattened to text: '713000074' = 71,3,0,0,0,0,74.

A run is cut into numbers without leading zeros ('07' is never a number, '0' is); a space that was
printed is a sure cut. Of all the ways to cut, only those that satisfy the table's identities
(TEMPLATE.md: a 总计 equals the cells it sums) are admissible; one admissible way is a reading, several
are no reading at all: the caller leaves those cells absent rather than guess.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

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
