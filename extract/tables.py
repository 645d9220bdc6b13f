"""Template tables (表二, 表三, 表四) mapped by their labels, from parsed grids or from text renderings.

Grids come from the medium's parser (`doc.grids`: PDF, web page, Word) or from the text rendering of
the tables (`extract.textgrid`); both go through the same mapper. Which table and which row a row
belongs to is decided by its label (`extract.table_labels`), never by counting rows or numbers. Two
things rest on the template's fixed order, and each is reported in the warnings:
- a 表三 row whose label was lost (scrambled Markdown, cut labels, a label OCR read past recognition)
  is placed only between two rows whose labels were read: where the rows in between fill the
  template's rows exactly, in order; otherwise by the one order-keeping way to lay them that the
  column identities leave, and where several remain only the cells they all agree on are kept;
- the 表四 value row carries no label of its own: it is the row of 15 values under the 表四 header.
A value that cannot be read with certainty (a run of digits cut more than one way, fewer values than
columns) is left absent, with a warning; a blank cell stays blank (value None), never 0.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from extract import digit_runs
from extract.model import Section, Tables
from extract.table_labels import (
    T2_2019_COLUMNS,
    T2_2021_COLUMNS,
    T2_ROWS,
    T3_COLUMNS,
    T3_OTHER_2021,
    T3_RESULT_ROWS_2019,
    T3_RESULT_ROWS_2021,
    T3_ROWS_2019,
    T3_ROWS_2021,
    T4_BLOCKS,
    T4_COLUMNS,
    is_t3_group_label,
    t2_layout_votes,
    t2_row_key,
    t3_row_keys_nearest,
    table_cue,
)
from extract.textgrid import cell_from_text, is_value_cell, text_rows
from parsers.model import Cell, Document, Grid

TABLE_KEYS = ("t2", "t2_2019", "t3", "t4")
MAX_COMBINATIONS = 20_000
MAX_READINGS = 5_000  # ways to lay unlabelled 表三 rows over a gap of the template tried before giving up


@dataclass
class _Fit:
    """A row's values fitted to its columns: cells, or several admissible digit cuts, or a reason.

    `cells` may hold None where a digit run left a cell unsure (`note` says why); `partial` holds the
    cells every cut agrees on, kept when the `choices` cannot be settled.
    """

    cells: list[Cell | None] | None = None
    choices: list[list[Cell]] = field(default_factory=list)
    partial: list[Cell | None] = field(default_factory=list)
    problem: str | None = None
    note: str | None = None


@dataclass
class _T3Row:
    keys: set[str]
    label: str
    fit: _Fit
    where: str


def _split_row(row: list[Cell]) -> tuple[list[str], list[Cell]]:
    """Label texts (merged repeats once) and the value cells after the last label cell."""
    last_text = max((i for i, c in enumerate(row) if not is_value_cell(c)), default=-1)
    labels: list[str] = []
    for c in row[: last_text + 1]:
        if c.kind == "text" and (not labels or labels[-1] != c.raw):
            labels.append(c.raw)
    return labels, row[last_text + 1:]


def _where(cells: list[Cell]) -> str:
    for c in cells:
        if c.path or c.page:
            return c.path or f"page {c.page}"
    return "?"


def _piece_cells(pieces: list[str], origin: list[Cell]) -> list[Cell]:
    first = origin[0]
    run = " ".join(c.raw for c in origin)
    out = []
    for p in pieces:
        value = int(p)
        out.append(Cell(raw=p, value=value, kind="zero" if value == 0 else "number", page=first.page,
                        bbox=first.bbox, path=f"{first.path or ''} digits '{run}'".strip(), source=first.source))
    return out


def _fit(values: list[Cell], n: int, accept, truncated: bool = False) -> _Fit:
    cells = list(values)
    while len(cells) > n and cells[-1].kind == "blank":
        cells.pop()
    while len(cells) > n and cells[0].kind == "blank":
        cells.pop(0)
    if len(cells) > n:
        if n == 1 and len({c.raw for c in cells}) == 1:  # one merged cell repeated in every slot
            return _Fit(cells=cells[:1])
        return _Fit(problem=f"{len(cells)} values for {n} columns")
    if len(cells) == n:
        return _Fit(cells=cells)
    # digits run together only within one printed line; cells of their own (one per line, between
    # bars, in a grid) that are too few mean cells went missing, not that digits ran together
    tokens = [c.raw for c in cells]
    one_line = len({c.path for c in cells}) == 1 and cells[0].path is not None
    if one_line and digit_runs.is_digit_run(tokens):
        run = _cut_run(cells, tokens, n, accept, truncated)
        if run is not None:
            return run
    if truncated:
        while cells and cells[-1].kind == "blank":
            cells.pop()
        if cells:
            return _Fit(cells=cells + [None] * (n - len(cells)))  # type: ignore[list-item]
    return _Fit(problem=f"{len(cells)} values for {n} columns")


def _cut_run(cells: list[Cell], tokens: list[str], n: int, accept, truncated: bool) -> _Fit | None:
    if accept is digit_runs.no_identity:
        pieces = digit_runs.certain_cut(tokens, n)
        if pieces:
            return _Fit(cells=_piece_cells(pieces, cells))
        if truncated:
            return None
        return _Fit(problem=f"digits '{' '.join(tokens)}' for {n} columns can be read more than one way")
    reading = digit_runs.read_run(tokens, n, accept)
    run = f"digits '{' '.join(tokens)}'"
    if reading.too_many:
        return _Fit(problem=f"{run} can be cut too many ways")
    if reading.pieces is not None:
        return _Fit(cells=_piece_cells(reading.pieces, cells))
    if reading.choices:
        return _Fit(choices=[_piece_cells(p, cells) for p in reading.choices],
                    partial=_common_cells(reading.common, cells),
                    problem=f"{run} can be cut {len(reading.choices)} ways")
    if reading.common is None:
        return None
    partial = _common_cells(reading.common, cells)
    kept = sum(c is not None for c in partial)
    return _Fit(cells=partial if kept else None,
                problem=f"no cut of {run} satisfies the row's identity",
                note=f"no cut of {run} satisfies the row's identity; "
                     f"{kept} of {n} cells are the same in all {reading.cuts} cuts and kept, the rest left out")


def _common_cells(common: list[str | None] | None, origin: list[Cell]) -> list[Cell | None]:
    """The cells every cut of a run agrees on, None where the cuts differ."""
    if not common:
        return []
    sure = _piece_cells([p or "0" for p in common], origin)
    return [cell if p is not None else None for p, cell in zip(common, sure)]


class _Mapper:
    """Reads rows in order, keeping track of which table the text is in."""

    def __init__(self, rows: list[list[Cell]]):
        self.rows = rows
        self.context: str | None = None
        self.votes = [0, 0]  # 2021, 2019 表二 header words
        self.t2_rows: list[tuple[str, list[Cell], str, bool]] = []
        self.t3_rows: list[_T3Row] = []
        self.t4_fit: _Fit | None = None
        self.t4_where = ""
        self.warnings: list[str] = []
        self.agreed: dict[str, dict[str, Cell]] = {}  # 表三 cells every reading of unlabelled rows agrees on

    def run(self) -> Tables:
        last = len(self.rows) - 1
        for i, row in enumerate(self.rows):
            labels, values = _split_row(row)
            self._update_context(labels)
            if not values or all(c.kind == "blank" for c in values) and not labels:
                continue
            self._take(labels, values, _where(row), truncated=i == last)
        tables: Tables = {}
        self._build_t2(tables)
        self._build_t3(tables)
        self._build_t4(tables)
        return tables

    def _update_context(self, labels: list[str]) -> None:
        for text in labels:
            cue = table_cue(text)
            if cue:
                self.context = cue
            if self.context == "t2" or cue == "t2":
                new, old = t2_layout_votes(text)
                self.votes[0] += new
                self.votes[1] += old

    def _take(self, labels: list[str], values: list[Cell], where: str, truncated: bool) -> None:
        # the label cell nearest the values decides: earlier cells are headings, headers or group rows
        keys, first = t3_row_keys_nearest(labels)
        for i in range(len(labels) - 1, -1, -1):
            if keys and i <= first and not (self.context == "t4" and _t4_header(labels)):
                if _t3_header(labels):
                    return
                if all(c.kind == "blank" for c in values) and len(values) < len(T3_COLUMNS):
                    return  # a header cell with empty slots beside it, not a row
                self.context = "t3"
                fit = _fit(values, 7, digit_runs.t3_row_ok)
                self.t3_rows.append(_T3Row(keys, " ".join(labels[first:]), fit, where))
                return
            t2_key = t2_row_key(labels[i:i + 1])
            if t2_key:
                self.context = "t2"
                self.t2_rows.append((t2_key, values, where, truncated))
                return
        t4_shaped = len([c for c in values if c.kind != "blank"]) == len(T4_BLOCKS) * len(T4_COLUMNS)
        if self.context == "t3" and not labels and not t4_shaped:
            self.t3_rows.append(_T3Row(set(), "", _fit(values, 7, digit_runs.t3_row_ok), where))
        elif self.context == "t3" and labels and not t4_shaped and _ocr_row_label_unread(labels, values):
            # a row of seven figures whose label OCR read past recognition: placed by the template's
            # order and counts, as a row printed without a label is
            fit = _fit(values, 7, digit_runs.t3_row_ok)
            if fit.cells and all(c is not None for c in fit.cells):
                self.t3_rows.append(_T3Row(set(), labels[-1], fit, where))
        elif (self.context == "t4" or t4_shaped and self.context == "t3") and self.t4_fit is None:
            fit = _fit(values, 15, digit_runs.t4_row_ok)
            if fit.cells or fit.choices or len(values) >= 15:
                self.t4_fit, self.t4_where = fit, where

    # 表二 ---------------------------------------------------------------------------------------
    def _build_t2(self, tables: Tables) -> None:
        if not self.t2_rows:
            return
        if any(k in ("other_admin_services", "procurement") for k, *_ in self.t2_rows):
            self.votes[1] += 1
        new, old = self.votes
        if new == old:
            self.warnings.append("表二: cannot tell the 2019 layout from the 2021 one (no column header read); "
                                 "表二 left out")
            return
        layout = "t2" if new > old else "t2_2019"
        columns = T2_2021_COLUMNS if layout == "t2" else T2_2019_COLUMNS
        table: dict = {}
        for key, values, where, truncated in self.t2_rows:
            block = T2_ROWS[key][1]
            if block not in columns or (layout == "t2" and key == "other_admin_services"):
                self.warnings.append(f"表二 row {key} ({where}) has no place in the {layout} layout; left out")
                continue
            out_key = "fees_wanyuan" if layout == "t2" and key == "fees" else key
            if out_key in table:
                continue
            cols = columns[block]
            fit = _fit(values, len(cols), digit_runs.no_identity, truncated)
            if fit.cells is None:
                self.warnings.append(f"{layout}.{out_key} ({where}): {fit.problem}; cells left out")
                continue
            if cols == (None,):
                table[out_key] = fit.cells[0]
            else:
                table[out_key] = {c: cell for c, cell in zip(cols, fit.cells) if cell is not None}
        if table:
            tables[layout] = table

    # 表三 ---------------------------------------------------------------------------------------
    def _build_t3(self, tables: Tables) -> None:
        rows = [r for r in self.t3_rows if r.fit.cells or r.fit.choices or r.keys]
        for r, nxt in zip(rows, rows[1:]):
            # a label whose own values are unreadable (a stray page number), with a value row that has
            # no label right after it: the label belongs to that row
            if r.keys and not r.fit.cells and not r.fit.choices and not nxt.keys and nxt.fit.cells:
                nxt.keys, nxt.label, r.keys = r.keys, r.label, set()
        rows = [r for r in rows if r.fit.cells or r.fit.choices or r.keys]
        if not rows:
            return
        all_keys = set().union(*(r.keys for r in rows if len(r.keys) == 1))
        is_2021 = bool(all_keys & set(T3_OTHER_2021))
        is_2019 = "other_processing" in all_keys
        if is_2021 and is_2019:
            self.warnings.append("表三 has both the 2019 (六)其他处理 row and the 2021 sub-rows; "
                                 "the 2019 row is left out")
        order = T3_ROWS_2019 if is_2019 and not is_2021 else T3_ROWS_2021
        for r in rows:
            r.keys &= set(order)
        assigned = self._anchor(rows, order)
        self._fill_gaps(rows, order, assigned, known_layout=is_2021 or is_2019)
        table: dict = {}
        choices: dict[str, list[list[Cell]]] = {}
        notes: dict[str, str] = {}
        partial: dict[str, list[Cell | None]] = {}
        for idx, key in assigned.items():
            r = rows[idx]
            if r.fit.cells:
                table[key] = {c: cell for c, cell in zip(T3_COLUMNS, r.fit.cells) if cell is not None}
                if r.fit.note:
                    self.warnings.append(f"t3.{key} ({r.where}): {r.fit.note}")
            elif r.fit.choices:
                choices[key] = r.fit.choices
                partial[key] = r.fit.partial
                cuts = "; ".join("/".join(c.raw for c in cells) for cells in r.fit.choices[:4])
                notes[key] = f"t3.{key} ({r.where}): {r.fit.problem} ({cuts})"
            elif r.fit.problem:
                self.warnings.append(f"t3.{key} ({r.where}): {r.fit.problem}; row left out")
        for key, cells in self.agreed.items():
            table.setdefault(key, cells)
        if choices:
            self._resolve_by_columns(table, choices, partial, notes, order)
        if table:
            tables["t3"] = {k: table[k] for k in order if k in table}

    def _anchor(self, rows: list[_T3Row], order: tuple[str, ...]) -> dict[int, str]:
        """Rows whose label names one row: the longest run of them that follows the template's order."""
        named = [(i, order.index(next(iter(r.keys)))) for i, r in enumerate(rows) if len(r.keys) == 1]
        best: list[list[int]] = []  # best[j]: longest increasing chain ending at named[j]
        for j, (_, pos) in enumerate(named):
            chain: list[int] = []
            for k in range(j):
                if named[k][1] < pos and len(best[k]) > len(chain):
                    chain = best[k]
            best.append([*chain, j])
        keep = set(max(best, key=len, default=[]))
        assigned: dict[int, str] = {}
        for j, (i, pos) in enumerate(named):
            if j in keep:
                assigned[i] = order[pos]
            else:
                self.warnings.append(f"表三 row '{rows[i].label}' ({rows[i].where}) is out of the template's "
                                     f"order or repeated; left out")
                rows[i].keys = set()
        return assigned

    def _fill_gaps(self, rows: list[_T3Row], order: tuple[str, ...], assigned: dict[int, str],
                   known_layout: bool) -> None:
        """Place rows without a readable label between two placed rows, by the template's order.

        Rows that fill the template rows between exactly are placed; otherwise every order-keeping way
        to lay them over those rows (each row in a template row its partial label allows, rows left
        over being no template row) is a reading, the column identities drop the readings they refute
        (unless they refute all: then the source broke them), and a cell is kept only where every
        reading left puts the same figure there.
        """
        anchors = sorted(assigned)
        bounds = list(zip([None, *anchors], [*anchors, None]))
        results = T3_RESULT_ROWS_2019 if "other_processing" in order else T3_RESULT_ROWS_2021
        for lo, hi in bounds:
            start = lo + 1 if lo is not None else 0
            stop = hi if hi is not None else len(rows)
            loose = [i for i in range(start, stop) if i not in assigned and (rows[i].fit.cells or rows[i].fit.choices)]
            if not loose:
                continue
            if lo is None or hi is None:
                for i in loose:
                    self.warnings.append(f"表三 row at {rows[i].where} has no label that names its row "
                                         f"(before the first or after the last named row); left out")
                continue
            slots = order[order.index(assigned[lo]) + 1: order.index(assigned[hi])]
            crosses_other = any(s in T3_OTHER_2021 or s == "other_processing" for s in slots)
            between = f"between {assigned[lo]} and {assigned[hi]}"
            if crosses_other and not known_layout:
                self.warnings.append(f"表三: {len(loose)} row(s) without a readable label {between} "
                                     f"({len(slots)} template rows); left out")
                continue
            readings = _readings(rows, loose, slots)
            if readings is None or not readings:
                self.warnings.append(f"表三: {len(loose)} row(s) without a readable label {between} "
                                     f"({len(slots)} template rows) "
                                     f"{'fit too many ways' if readings is None else 'fit no way'}; left out")
                continue
            if len(readings) == 1 and len(loose) == len(slots):
                for i, slot in readings[0].items():
                    assigned[i] = slot
                    self.warnings.append(f"表三 row at {rows[i].where} has no readable label; placed as {slot} "
                                         f"{between} by the template's order")
                continue
            self._settle_readings(rows, assigned, readings, results, between, len(slots))

    def _settle_readings(self, rows: list[_T3Row], assigned: dict[int, str], readings: list[dict[int, str]],
                         results: tuple[str, ...], between: str, n_slots: int) -> None:
        """Of several ways to lay rows over template rows, keep what the column identities and the
        agreement of the readings left make sure."""
        table = {key: dict(zip(T3_COLUMNS, rows[i].fit.cells)) for i, key in assigned.items() if rows[i].fit.cells}
        verdicts = []
        for reading in readings:
            trial = dict(table)
            for i, slot in reading.items():
                if rows[i].fit.cells:
                    trial[slot] = dict(zip(T3_COLUMNS, rows[i].fit.cells))
            verdicts.append(_columns_refute(trial, results))
        kept = [r for r, refuted in zip(readings, verdicts) if not refuted] or readings
        judged = "the column identities leave" if len(kept) < len(readings) else "order and counts allow"
        if len(kept) == 1:
            for i, slot in kept[0].items():
                assigned[i] = slot
                self.warnings.append(f"表三 row at {rows[i].where} has no readable label; placed as {slot} "
                                     f"{between}: the one way to lay the rows that {judged}")
            return
        by_slot: dict[str, list[int | None]] = {}
        for reading in kept:
            placed = {slot: i for i, slot in reading.items()}
            for slot in {s for r in kept for s in r.values()}:
                by_slot.setdefault(slot, []).append(placed.get(slot))
        sure: list[str] = []
        for slot, where_from in by_slot.items():
            if len(set(where_from)) == 1 and where_from[0] is not None:
                assigned[where_from[0]] = slot
                sure.append(slot)
                continue
            if any(i is None or not rows[i].fit.cells for i in where_from):
                continue
            cells = {}
            for col_index, col in enumerate(T3_COLUMNS):
                values = {rows[i].fit.cells[col_index].value for i in where_from}  # type: ignore[index]
                if len(values) == 1:
                    cells[col] = rows[where_from[0]].fit.cells[col_index]  # type: ignore[index]
            if cells:
                self.agreed[slot] = cells
                sure.append(f"{slot} ({len(cells)} cells)")
        self.warnings.append(f"表三: rows without a readable label {between} ({n_slots} template rows) fit "
                             f"{len(kept)} ways that {judged}; kept where all agree: "
                             f"{', '.join(sure) if sure else 'nothing'}; the rest left out")

    def _resolve_by_columns(self, table: dict, choices: dict[str, list[list[Cell]]],
                            partial: dict[str, list[Cell | None]], notes: dict[str, str],
                            order: tuple[str, ...]) -> None:
        """Digit runs cut several ways: keep the one combination the column identities admit, else the
        cells every cut of a row agrees on."""
        keys = list(choices)
        n = 1
        for k in keys:
            n *= len(choices[k])
        admitted = []
        if n <= MAX_COMBINATIONS:
            results = T3_RESULT_ROWS_2019 if "other_processing" in order else T3_RESULT_ROWS_2021
            for combo in itertools.product(*(choices[k] for k in keys)):
                trial = dict(table)
                for k, cells in zip(keys, combo):
                    trial[k] = dict(zip(T3_COLUMNS, cells))
                if _columns_hold(trial, results):
                    admitted.append(combo)
                    if len(admitted) > 1:
                        break
        if len(admitted) == 1:
            for k, cells in zip(keys, admitted[0]):
                table[k] = dict(zip(T3_COLUMNS, cells))
            for k, cells in zip(keys, admitted[0]):
                self.warnings.append(f"{notes[k]}; read as {'/'.join(c.raw for c in cells)}, the one cut "
                                     f"the column identities admit")
        else:
            for k in keys:
                sure = {c: cell for c, cell in zip(T3_COLUMNS, partial.get(k, [])) if cell is not None}
                if sure:
                    table[k] = sure
                    self.warnings.append(f"{notes[k]}, and the column identities do not settle it; the "
                                         f"{len(sure)} cells all cuts agree on are kept, the rest left out")
                else:
                    self.warnings.append(f"{notes[k]}, and the column identities do not settle it; row left out")

    # 表四 ---------------------------------------------------------------------------------------
    def _build_t4(self, tables: Tables) -> None:
        fit = self.t4_fit
        if fit is None:
            return
        if fit.cells is None:
            self.warnings.append(f"表四 ({self.t4_where}): {fit.problem}; left out")
            return
        if fit.note:
            self.warnings.append(f"表四 ({self.t4_where}): {fit.note}")
        t4 = {block: {c: cell for c, cell in zip(T4_COLUMNS, fit.cells[i * 5:(i + 1) * 5]) if cell is not None}
              for i, block in enumerate(T4_BLOCKS)}
        tables["t4"] = {block: cells for block, cells in t4.items() if cells}


_T3_HEADER_WORDS = {"自然人", "法人或其他组织", "申请人情况", "商业企业", "科研机构", "社会公益组织", "法律服务机构"}


def _t3_header(labels: list[str]) -> bool:
    """The 表三 column header (自然人 … 其他 · 总计) read as a row: its 其他/总计 name no row."""
    last = labels[-1].strip()
    return last in ("总计", "其他") and any(t.strip() in _T3_HEADER_WORDS for t in labels)


def _t4_header(labels: list[str]) -> bool:
    """A 表四 header (结果维持 … 总计) read as a label: its 总计/其他 are no 表三 rows."""
    last = labels[-1].strip()
    return last in ("总计", "其他") or any(table_cue(t) == "t4" or "审结" in t or "维持" in t for t in labels)


def _column_identities(t3: dict, results: tuple[str, ...]) -> tuple[bool, bool]:
    """The column identities (results, balance) of 表三: (could any be evaluated, does one fail)."""
    evaluated = False
    for col in T3_COLUMNS:
        def num(row: str, col: str = col) -> float | None:
            cell = t3.get(row, {}).get(col)
            return cell.value if cell is not None and cell.value is not None else None

        parts = [num(r) for r in results]
        total = num("total_processed")
        if total is not None and all(p is not None for p in parts):
            evaluated = True
            if abs(sum(parts) - total) > 1e-9:
                return True, True
        a, b, d = num("new_received"), num("carried_over"), num("carried_forward")
        if None not in (a, b, d, total):
            evaluated = True
            if abs(a + b - total - d) > 1e-9:
                return True, True
    return evaluated, False


def _columns_hold(t3: dict, results: tuple[str, ...]) -> bool:
    """Every column identity that can be evaluated holds; and at least one could."""
    evaluated, failed = _column_identities(t3, results)
    return evaluated and not failed


def _columns_refute(t3: dict, results: tuple[str, ...]) -> bool:
    """Does a column identity that can be evaluated fail?"""
    return _column_identities(t3, results)[1]


def _readings(rows: list[_T3Row], loose: list[int], slots: tuple[str, ...]) -> list[dict[int, str]] | None:
    """Every order-keeping way to lay `loose` rows over the template rows `slots`: as many rows placed
    as both allow, each in a template row its partial label (if any) names. None: too many ways."""
    spare = max(0, len(loose) - len(slots))  # rows that must be left over
    out: list[dict[int, str]] = []
    acc: dict[int, str] = {}

    def walk(li: int, si: int, skipped: int) -> bool:
        if len(out) > MAX_READINGS:
            return False
        if li == len(loose):
            if skipped == spare:
                out.append(dict(acc))
            return True
        i = loose[li]
        after = len(loose) - li - 1 - (spare - skipped)  # rows after this one that must still be placed
        for sj in range(si, min(len(slots), len(slots) - after)):
            if rows[i].keys and slots[sj] not in rows[i].keys:
                continue
            acc[i] = slots[sj]
            ok = walk(li + 1, sj + 1, skipped)
            del acc[i]
            if not ok:
                return False
        if skipped < spare:
            return walk(li + 1, si, skipped + 1)
        return True

    return out if walk(0, 0, 0) else None


def _ocr_row_label_unread(labels: list[str], values: list[Cell]) -> bool:
    """An OCR'd row whose label cell names no 表三 row and is no group or header cell: its label was
    read past recognition."""
    if not values or any(c.source != "ocr" for c in values):
        return False
    last = labels[-1]
    return not (is_t3_group_label(last) or _t3_header(labels) or _t4_header(labels) or table_cue(last))


def _grid_rows(grids: list[Grid]) -> list[list[Cell]]:
    """Rows of the parser's grids, each cell's kind read afresh from what is printed."""
    out = []
    for grid in grids:
        for row in grid.rows:
            out.append([_reread(c, grid) for c in row])
    return out


def _reread(cell: Cell, grid: Grid) -> Cell:
    fresh = cell_from_text(cell.raw or "", cell.page or grid.page, cell.path, cell.source or grid.source)
    fresh.bbox = cell.bbox
    fresh.confidence = cell.confidence
    return fresh


def map_rows(rows: list[list[Cell]]) -> tuple[Tables, list[str]]:
    """Rows of cells (from any grid or rendering) -> the template tables they hold, and warnings."""
    mapper = _Mapper(rows)
    tables = mapper.run()
    return tables, mapper.warnings


def read_tables(doc: Document, sections: list[Section]) -> tuple[Tables, list[str]]:
    """表二/表三/表四 of one report; a table the parser found as a grid wins over its text rendering."""
    grid_tables, grid_warnings = map_rows(_grid_rows(doc.grids)) if doc.grids else ({}, [])
    text_tables, text_warnings = map_rows(text_rows(doc))
    tables: Tables = {}
    warnings: list[str] = list(grid_warnings)
    for key in TABLE_KEYS:
        grid, text = grid_tables.get(key), text_tables.get(key)
        if grid:
            tables[key] = _fill_from_text(key, grid, text, warnings) if text else grid
        elif text and not (key.startswith("t2") and any(k.startswith("t2") for k in grid_tables)):
            tables[key] = text
    warnings += [w for w in text_warnings if any(w.startswith(p) for p in _prefixes(tables, grid_tables))]
    return tables, warnings


def _fill_from_text(key: str, grid: dict, text: dict, warnings: list[str]) -> dict:
    """The grid's table, with the rows it could not read taken from the text rendering, but only when
    the rendering agrees with the grid on every cell both read."""
    def flat(table: dict) -> dict[tuple[str, ...], Cell]:
        out: dict[tuple[str, ...], Cell] = {}
        for row, node in table.items():
            if isinstance(node, Cell):
                out[(row,)] = node
            else:
                out.update({(row, col): cell for col, cell in node.items()})
        return out

    g, t = flat(grid), flat(text)
    common = set(g) & set(t)
    extra = sorted(set(t) - set(g))
    if not extra:
        return grid
    if not common or any(g[k].value != t[k].value for k in common):
        warnings.append(f"{key}: the text rendering disagrees with the parsed grid; only the grid is used")
        return grid
    merged = {row: (dict(node) if isinstance(node, dict) else node) for row, node in grid.items()}
    for address in extra:
        if len(address) == 1:
            merged[address[0]] = t[address]
        else:
            merged.setdefault(address[0], {})[address[1]] = t[address]
    if key == "t3":
        rank = {k: i for i, k in enumerate(T3_ROWS_2021 + T3_ROWS_2019)}
        merged = {k: merged[k] for k in sorted(merged, key=lambda k: rank.get(k, len(rank)))}
    warnings.append(f"{key}: {', '.join('.'.join(a) for a in extra)} read from the text rendering "
                    f"(the parsed grid did not give them)")
    return merged


def _prefixes(tables: Tables, grid_tables: Tables) -> tuple[str, ...]:
    """Warning prefixes of the tables taken from the text rendering (or of tables found nowhere)."""
    names = {"t2": ("表二", "t2."), "t2_2019": ("表二", "t2_2019."), "t3": ("表三", "t3."), "t4": ("表四",)}
    out: list[str] = []
    for key, prefixes in names.items():
        if key not in grid_tables:
            out.extend(prefixes)
    return tuple(out) or ("\0",)
