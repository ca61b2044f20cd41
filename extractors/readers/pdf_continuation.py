"""Tables that run on from one page to the next, merged into one table.

A table continues on the next page when it is the last thing on its page
(only furniture below it), the next page's first table is the first thing on
that page (only furniture, or lines repeated on many pages, above it), and both have the same columns (count
and horizontal extent). The continuation's first row is dropped when it
repeats the header, with the rows under it that repeat the first table's first
rows (a header printed over several rows); otherwise it is a body row (the
header was not repeated).

A table too wide for its page may instead carry on to the right: the next page's first table
repeats the same label columns (same header cells, same cells row by row) and adds further
columns (the later years of a ten-year programme). Its added columns are appended to each row.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.readers.pdf_furniture import MIN_SHARE, is_furniture, running_texts
from schemas.stages import RawTable

X_TOLERANCE = 6.0  # points: the same column grid, drawn again on the next page


def _words(cells: list[str]) -> list[str]:
    return [" ".join(c.split()).lower() for c in cells]


def _repeated_texts(scans) -> set[str]:
    """Lines printed the same on many pages wherever they sit (a page heading or a running
    total restated above a long table): they do not separate a table from its continuation."""
    counts: Counter = Counter()
    for s in scans:
        counts.update({" ".join(ln.text.split()) for ln in s.lines if len(ln.text.strip()) >= 8})
    need = max(2, MIN_SHARE * len(scans))
    return {text for text, n in counts.items() if n >= need}


def _content_tops(scans) -> dict[int, list[tuple[float, float]]]:
    """(top, bottom) of every line that is neither furniture nor repeated on many pages, by page number."""
    running = running_texts([(s.height, s.lines) for s in scans])
    repeated = _repeated_texts(scans)
    return {
        s.number: [
            (ln.top, ln.bottom)
            for ln in s.lines
            if not is_furniture(ln, s.height, running) and " ".join(ln.text.split()) not in repeated
        ]
        for s in scans
    }


def _same_columns(a: RawTable, b: RawTable) -> bool:
    if not a.bbox or not b.bbox or len(a.header) != len(b.header):
        return False
    return abs(a.bbox[0] - b.bbox[0]) <= X_TOLERANCE and abs(a.bbox[2] - b.bbox[2]) <= X_TOLERANCE


def continues(a: RawTable, b: RawTable, lines: dict[int, list[tuple[float, float]]]) -> bool:
    """Whether `b` (first table of its page) carries on `a` (last table of the page before)."""
    if a.page is None or b.page != a.page + 1 or not _same_columns(a, b):
        return False
    below_a = [top for top, _ in lines.get(a.page, []) if top > a.bbox[3] + 1]
    above_b = [bottom for _, bottom in lines.get(b.page, []) if bottom < b.bbox[1] - 1]
    return not below_a and not above_b


def _repeated_head_rows(a: RawTable, b: RawTable) -> int:
    """How many of `b`'s first rows repeat `a`'s first rows, in order: the rest of a header
    printed over several rows (a units row under the labels) and repeated on each page."""
    n = 0
    while n < min(len(a.rows), len(b.rows)) and _words(b.rows[n]) == _words(a.rows[n]):
        n += 1
    return n


def merge(a: RawTable, b: RawTable) -> RawTable:
    repeated = _words(b.header) == _words(a.header)
    skip = _repeated_head_rows(a, b) if repeated else 0
    extra = b.rows[skip:] if repeated else [b.header, *b.rows]
    fills = None
    if a.fills is not None or b.fills is not None:
        a_fills = a.fills if a.fills is not None else [[None] * len(r) for r in a.rows]
        b_fills = b.fills if b.fills is not None else [[None] * len(r) for r in b.rows]
        fills = a_fills + ([] if repeated else [[None] * len(b.header)]) + b_fills[skip:]
    note = f"continued on page {b.page}" + ("" if repeated else " (header not repeated)")
    return a.model_copy(update={"rows": a.rows + extra, "fills": fills, "notes": [*a.notes, note]})


def last_page(table: RawTable) -> int | None:
    """The page a (possibly merged) table ends on."""
    pages = [int(n.split()[3]) for n in table.notes if n.startswith("continued on page ")]
    return max(pages, default=table.page)


def shared_label_columns(a: RawTable, b: RawTable) -> int:
    """How many leading columns `b` repeats from `a` (same header cell and the same cell in
    every row) when `b`, starting on the page after `a` ends, carries `a`'s rows on with more
    columns; 0 when it does not."""
    end = last_page(a)
    if end is None or b.page != end + 1 or len(a.rows) != len(b.rows) or len(a.rows) < 2:
        return 0
    head_a, head_b = _words(a.header), _words(b.header)
    k = 0
    while k < min(len(head_a), len(head_b)) - 1 and head_a[k] == head_b[k]:
        k += 1
    if k == 0 or k >= len(head_b):
        return 0
    # the same rows, allowing one row in ten read differently (a stray mark, a total row run together)
    differ = sum(1 for ra, rb in zip(a.rows, b.rows) if _label_words(ra[:k]) != _label_words(rb[:k]))
    labelled = sum(1 for r in a.rows if any(c.strip() for c in r[:k]))
    return k if labelled >= 2 and differ <= len(a.rows) // 10 else 0


def _label_words(cells: list[str]) -> list[list[str]]:
    return [sorted(re.findall(r"[a-z0-9]+", c.lower())) for c in cells]


def merge_columns(a: RawTable, b: RawTable, k: int) -> RawTable:
    """`a` with the columns `b` adds after the `k` label columns both print."""
    rows = [ra + rb[k:] for ra, rb in zip(a.rows, b.rows)]
    fills = None
    if a.fills is not None or b.fills is not None:
        a_fills = a.fills if a.fills is not None else [[None] * len(r) for r in a.rows]
        b_fills = b.fills if b.fills is not None else [[None] * len(r) for r in b.rows]
        fills = [fa + fb[k:] for fa, fb in zip(a_fills, b_fills)]
    note = f"columns from {len(a.header)} continued on page {b.page}"
    return a.model_copy(update={"header": a.header + b.header[k:], "rows": rows, "fills": fills, "notes": [*a.notes, note]})


def merge_continued_tables(tables: list[RawTable], scans) -> list[RawTable]:
    """`tables` (in page and top order) with each run of continued tables made one."""
    if len(tables) < 2:
        return tables
    lines = _content_tops(scans)
    ordered = sorted(tables, key=lambda t: (t.page or 0, (t.bbox or [0, 0])[1]))
    last_on_page = {t.page: i for i, t in enumerate(ordered)}
    first_on_page = {}
    for i, t in enumerate(ordered):
        first_on_page.setdefault(t.page, i)
    out: list[RawTable] = []
    for i, table in enumerate(ordered):
        prev = out[-1] if out else None
        if (
            prev is not None
            and first_on_page.get(table.page) == i
            and last_on_page.get(ordered[i - 1].page) == i - 1
            and continues(ordered[i - 1], table, lines)
        ):
            out[-1] = merge(prev, table)
            continue
        out.append(table)
    return join_columns(out)


def join_columns(tables: list[RawTable]) -> list[RawTable]:
    """`tables` (merged down the pages, in order) with each table whose columns carry on
    at the start of the next page made one (after the vertical merge, so that a table over
    pages 5-8 continued to the right on pages 9-12 joins whole)."""
    out: list[RawTable] = []
    for table in tables:
        across = shared_label_columns(out[-1], table) if out else 0
        if across:
            out[-1] = merge_columns(out[-1], table, across)
            continue
        out.append(table)
    return out
