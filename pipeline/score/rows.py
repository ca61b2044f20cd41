"""Compare answer-key objects with database rows: one row field by field, and lists of rows aligned."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from pipeline.score.align import align, pair_greedy
from pipeline.score.report import Collector
from pipeline.score.values import NO_ROW, Target, collapse, compare, resolve

Columns = dict[str, tuple[str, str]]


def scalar_items(key_row: dict, skip: Iterable[str] = ()) -> list[tuple[str, object]]:
    """The keys of an answer-key object compared directly with columns (not lists or objects)."""
    return [(k, v) for k, v in key_row.items() if k not in skip and not isinstance(v, (dict, list))]


def locate(key: str, expected, columns: Columns, aliases: dict[str, tuple[str, ...]] | None = None) -> Target:
    """`resolve`, then the part's own aliases (mapping.COLUMN_ALIASES) when the key's name finds no column."""
    target = resolve(key, expected, columns)
    stem = key.removesuffix("_starts").removesuffix("_contains")
    suffix = key[len(stem):]
    for alias in (aliases or {}).get(stem, ()) if target.column is None else ():
        found = resolve(alias + suffix, expected, columns)
        if found.column is not None:
            return Target(key=key, column=found.column, mode=found.mode, precision=found.precision)
    return target


def compare_fields(
    c: Collector, key_row: dict, row: dict | None, columns: Columns, field: str, path: str, skip: Iterable[str] = (), table: str = "",
    required: Collection[str] | None = None, aliases: dict[str, tuple[str, ...]] | None = None,
) -> None:
    """Record one comparison per scalar key of `key_row` against `row` (None: the row is missing).

    With `required` given, a key outside it that no column holds is listed as not scored instead of missed."""
    for key, expected in scalar_items(key_row, skip):
        target = locate(key, expected, columns, aliases)
        if target.column is None and required is not None and key not in required:
            c.skip(f"{field}.{key}")
            continue
        ok, got = compare(target, expected, row)
        note = None
        if row is not None and target.column is None:
            note = f"no column for '{key}' in {table or 'the table'}"
        c.value(f"{field}.{key}", f"{path}.{key}", expected, got, ok, note)


def row_similarity(key_row: dict, row: dict, columns: Columns, weights: dict[str, float] | None = None, cache: dict | None = None) -> float:
    """How well a database row fits a key object: matched keys, the first text key (the anchor) counting double."""
    items = scalar_items(key_row)
    anchor = next((k for k, v in items if isinstance(v, str)), None)
    total = 0.0
    for key, expected in items:
        ok, _ = compare(_target(key, expected, columns, cache), expected, row)
        if ok:
            total += (weights or {}).get(key, 2.0 if key == anchor else 1.0)
    return total


def _target(key: str, expected, columns: Columns, cache: dict | None):
    """`resolve`, remembered per key and kind of value while one list is aligned (it runs for every pair)."""
    if cache is None:
        return resolve(key, expected, columns)
    tag = (key, expected is None, type(expected))
    if tag not in cache:
        cache[tag] = resolve(key, expected, columns)
    return cache[tag]


def describe_row(row: dict, columns: Columns) -> str:
    """A short label of an unexpected row: its first few non-provenance text values."""
    skip = {"doc_id", "item_id", "table_id", "page", "line", "seq"}
    parts = [f"{name}={collapse(row[name])[:40]!r}" for name, _ in columns.values() if name not in skip and isinstance(row.get(name), str) and row[name].strip()]
    return ", ".join(parts[:3]) or "row"


def compare_list(
    c: Collector,
    key_rows: list[dict],
    rows: list[dict],
    columns: Columns,
    field: str,
    path: str,
    count_extras: bool = True,
    table: str = "",
    skip: Iterable[str] = (),
    parent_found: bool = True,
    note: str | None = None,
    required: Collection[str] | None = None,
    aliases: dict[str, tuple[str, ...]] | None = None,
) -> list[tuple[int, dict | None]]:
    """Align `key_rows` with `rows`, record every field and the row counts; returns (key index, row) pairs.

    `parent_found` False (the proposal or report holding the list is missing)
    makes an expected empty list fail too, so a missing document scores nothing."""
    if not key_rows:
        c.value(f"{field}[]", f"{path}[]", [], f"{len(rows)} rows", parent_found and not rows, note or "the key expects no rows")
        return []
    cache: dict = {}
    compared = [{k: v for k, v in row.items() if k not in skip} for row in key_rows]
    pairs = align(compared, rows, lambda k, r: row_similarity(k, r, columns, cache=cache))
    def compare(ki: int, row: dict | None) -> None:
        compare_fields(c, key_rows[ki], row, columns, field, f"{path}[{ki}]", skip=skip, table=table, required=required, aliases=aliases)

    found, extras, out = walk_pairs(pairs, rows, columns, compare)
    c.rows(field, path, len(key_rows), found, extras if count_extras else [], note)
    return out


def pair_records(
    c: Collector, keys: list[dict], rows: list[dict], columns: Columns, field: str, weights: dict[str, float] | None = None, found_doc: bool = True,
    any_order: bool = False,
) -> list[tuple[int, dict | None]]:
    """Pair the key's proposals / reports / forms with database rows: the best fit by similarity
    (`weights` say which keys identify one), what is left by order. Records the row counts.
    `any_order`: the key need not list them in document order (the decisions of a notice)."""
    if not keys:
        c.value(f"{field}[]", f"{field}[]", [], f"{len(rows)} rows", found_doc and not rows, "the key expects none")
        return []
    cache: dict = {}
    # The small constant pairs what is left by order once identifying keys are used up.

    def fit(k: dict, r: dict) -> float:
        return 0.01 + row_similarity(k, r, columns, weights, cache)

    if any_order:
        greedy = pair_greedy(keys, rows, fit)
        pairs = [(ki, greedy.get(ki)) for ki in range(len(keys))]
        pairs += [(None, ri) for ri in range(len(rows)) if ri not in greedy.values()]
    else:
        pairs = align(keys, rows, fit)
    found, extras, out = walk_pairs(pairs, rows, columns)
    c.rows(field, field, len(keys), found, extras)
    return out


def walk_pairs(
    pairs: list, rows: list[dict], columns: Columns, on_pair: Callable[[int, dict | None], None] | None = None,
) -> tuple[int, list[str], list[tuple[int, dict | None]]]:
    """(rows found, extra rows described, (key index, row) pairs) of an alignment; `on_pair` sees each key's pair in order."""
    found, extras, out = 0, [], []
    for ki, ri in pairs:
        row = rows[ri] if ri is not None else None
        if ki is None:
            extras.append(describe_row(row, columns))
            continue
        found += row is not None
        if on_pair is not None:
            on_pair(ki, row)
        out.append((ki, row))
    return found, extras, out


def compare_text_list(
    c: Collector, expected: list, got: list, field: str, path: str, mode_key: str = "value", parent_found: bool = True
) -> None:
    """An ordered list of plain values (scope characteristics, paragraph numbers), aligned like rows."""
    if not expected:
        c.value(f"{field}[]", f"{path}[]", [], got, parent_found and not got, "the key expects an empty list")
        return
    key_rows = [{mode_key: v} for v in expected]
    rows = [{mode_key.removesuffix("_starts").removesuffix("_contains"): v} for v in got]
    columns = {k.lower(): (k, "VARCHAR") for k in {mode_key.removesuffix("_starts").removesuffix("_contains")}}
    pairs = align(key_rows, rows, lambda k, r: row_similarity(k, r, columns))
    found, extras = 0, []
    for ki, ri in pairs:
        if ki is None:
            extras.append(repr(got[ri]))
            continue
        row = rows[ri] if ri is not None else None
        found += row is not None
        target = resolve(mode_key, expected[ki], columns)
        ok, value = compare(target, expected[ki], row)
        c.value(field, f"{path}[{ki}]", expected[ki], value if row is not None else NO_ROW, ok)
    c.rows(field, path, len(expected), found, extras)


def skip_nested(c: Collector, key_row: dict, handled: Iterable[str], field: str) -> None:
    """List the nested keys (lists, objects) of a key object that no scorer reads as not scored."""
    done = set(handled)
    for key, value in key_row.items():
        if isinstance(value, (dict, list)) and key not in done:
            c.skip(f"{field}.{key}")
