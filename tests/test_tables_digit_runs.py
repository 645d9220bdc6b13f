"""Runs of digits cut into table cells by the template's identities, never guessed."""

from __future__ import annotations

from extract.digit_runs import admissible_splits, certain_cut, read_run, splits, t3_row_ok, t4_row_ok


def test_no_piece_has_a_leading_zero_and_printed_spaces_are_kept():
    cuts = list(splits(["105"], 2))
    assert cuts == [["10", "5"]]  # '1','05' is no reading
    cuts = list(splits(["230", "000023"], 7))
    assert cuts and all("".join(c) == "230000023" for c in cuts)
    assert all(p == "0" or not p.startswith("0") for c in cuts for p in c)
    assert ["23", "0", "0", "0", "0", "0", "23"] in list(splits(["230", "000023"], 7))


def test_a_row_with_one_admissible_cut():
    assert admissible_splits(["713000074"], 7, t3_row_ok) == [["71", "3", "0", "0", "0", "0", "74"]]


def test_a_row_with_two_admissible_cuts_gives_both():
    found = admissible_splits(["110000011"], 7, t3_row_ok)
    assert sorted(found) == sorted([["11", "0", "0", "0", "0", "0", "11"], ["1", "10", "0", "0", "0", "0", "11"]])


def test_a_row_that_no_cut_satisfies():
    assert admissible_splits(["1234567"], 7, t3_row_ok) == []


def test_table_four_blocks_each_sum():
    found = admissible_splits(["21317000001324019"], 15, t4_row_ok)
    assert found == [["2", "1", "3", "1", "7", "0", "0", "0", "0", "0", "13", "2", "4", "0", "19"]]


def test_a_run_with_one_cut_is_read_as_printed_even_when_it_breaks_the_identity():
    # seven digits for seven cells: 自然人 1, 总计 0 is what was printed, an error to report
    reading = read_run(["1000000"], 7, t3_row_ok)
    assert reading.pieces == ["1", "0", "0", "0", "0", "0", "0"] and reading.printed
    # every other cut ruled out by the number of digits: '10' must give two cells, '00000' five
    reading = read_run(["10", "00000"], 7, t3_row_ok)
    assert reading.pieces == ["1", "0", "0", "0", "0", "0", "0"] and reading.printed
    reading = read_run(["123456789012345"], 15, t4_row_ok)
    assert reading.printed and reading.pieces == list("123456789012345")


def test_several_cuts_are_chosen_by_the_identity():
    reading = read_run(["713000074"], 7, t3_row_ok)
    assert reading.pieces == ["71", "3", "0", "0", "0", "0", "74"] and not reading.printed
    assert reading.cuts > 1
    reading = read_run(["110000011"], 7, t3_row_ok)
    assert reading.pieces is None
    assert sorted(reading.choices) == sorted([["11", "0", "0", "0", "0", "0", "11"],
                                              ["1", "10", "0", "0", "0", "0", "11"]])
    assert reading.common == [None, None, "0", "0", "0", None, None]  # over all four cuts, not only those two


def test_no_cut_satisfies_the_identity_keeps_the_cells_all_cuts_share():
    # 10/0/0/0/0/1/2 or 1/0/0/0/0/0/12: neither adds up; the four zeros between are sure
    reading = read_run(["10000012"], 7, t3_row_ok)
    assert reading.pieces is None and not reading.choices
    assert reading.common == [None, "0", "0", "0", "0", None, None] and reading.cuts == 2
    reading = read_run(["12345678"], 7, t3_row_ok)
    assert reading.common == [None] * 7
    assert read_run(["12"], 7, t3_row_ok).common is None  # too few digits: no cut at all


def test_without_identity_only_a_run_nothing_else_could_print_is_read():
    assert certain_cut(["000"], 3) == ["0", "0", "0"]
    assert certain_cut(["100"], 3) is None  # 1/0/0, or 10/0 with an empty cell, or 100
    assert certain_cut(["7", "40"], 3) is None
    assert certain_cut(["898989"], 3) is None


def _every_cut(tokens: list[str], n: int) -> list[list[str]]:
    """All readings by brute force: every set of cut points inside each token, in the same order."""
    import itertools

    def token_cuts(token: str) -> list[list[str]]:
        out = []
        for k in range(len(token)):
            for points in itertools.combinations(range(1, len(token)), k):
                bounds = (0, *points, len(token))
                pieces = [token[a:b] for a, b in zip(bounds, bounds[1:])]
                if all(p == "0" or not p.startswith("0") for p in pieces):
                    out.append(pieces)
        return sorted(out, key=lambda ps: [len(p) for p in ps], reverse=True)

    readings = [sum(combo, []) for combo in itertools.product(*(token_cuts(t) for t in tokens))]
    return [r for r in readings if len(r) == n]


def test_every_reading_is_found_and_no_other():
    for tokens, n in [(["1203"], 3), (["10", "2005"], 4), (["7", "100", "31"], 5), (["000", "12"], 4),
                      (["3104"], 2), (["9", "9"], 3)]:
        found = list(splits(tokens, n))
        assert sorted(found) == sorted(_every_cut(tokens, n))
        assert len(found) == len({tuple(f) for f in found})
