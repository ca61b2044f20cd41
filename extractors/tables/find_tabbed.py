"""Tables in tab-separated dumps (tabbed and markdown flavours).

A table is a run of lines holding tabs. Dumps lose trailing tabs, so a wrapped
cell's tail often arrives as a short untabbed line ("reassignment" under
"Gender"); such lines stay inside the run. Rows are then repaired:

- a row whose leading cells are empty continues the row above (cell by cell);
- a one-cell row starting in lower case, or with "(", is the tail of the
  first cell above;
- a sparse row with a hole (text, blank, text) is the tail of several cells;
- after a page break, a row starting in lower case that lacks cells the row
  above has continues it;
- a row of OCR garbage is kept but flagged (`noise row N` note), never merged
  and never typed;
- a title row above the real header becomes context; a header wrapped over
  two lines is joined.
"""

from __future__ import annotations

import re

from schemas.stages import Line, RawTable

CONTEXT_LINES = 3
MAX_TAIL_LINES = 3
MAX_TAIL_CHARS = 120

_TERMINAL = re.compile(r"[.!?]\W*$")
_MONEY_OR_DIGIT = re.compile(r"\d|£")
_ODD_SYMBOLS = re.compile(r"[#@^~{}|\\]")
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
_TOTAL_LABEL = re.compile(r"^\s*(?:grand\s+)?total\b", re.IGNORECASE)


def split_cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


def _is_row(line: Line) -> bool:
    return "\t" in line.text


def _is_blank(line: Line) -> bool:
    return not line.text.strip()


def _starts_as_tail(text: str) -> bool:
    """Text that can only be the rest of a wrapped cell: lower case or an opening bracket."""
    t = text.strip()
    return bool(t) and (t[0].islower() or t[0] == "(")


def _tail_group(lines: list[Line], j: int) -> int:
    """Length of the run of short untabbed lines starting at j (no blanks inside)."""
    k = j
    while k < len(lines) and k - j < MAX_TAIL_LINES:
        ln = lines[k]
        if _is_row(ln) or _is_blank(ln) or len(ln.text.strip()) > MAX_TAIL_CHARS:
            break
        k += 1
    return k - j


def _is_heading(text: str) -> bool:
    """A numbered heading (`7. What are the risks?`), a question or a lead-in ending in a colon."""
    t = text.strip()
    return bool(_NUMBERED_HEADING.match(t) or t.endswith(("?", ":")))


def _opens_table(between: list[Line], above: Line, below: Line) -> bool:
    """Whether the untabbed lines between two rows are a heading over a new table rather
    than a wrapped cell's tail: the row below is a row of column names, and the lines
    are a heading (numbered, a question, a lead-in), or one short line over a header of
    another width, or one short Title Case line between a row of content (figures or
    sentences) and the column names. A question wrapped in a form's cell (`Law?`) is followed by a row of
    answers, not of column names, so it stays a tail."""
    header = split_cells(below.text)
    if not _header_labels(header):
        return False
    if any(_is_heading(ln.text) for ln in between):
        return True
    if len(between) != 1:
        return False
    row_above = split_cells(above.text)
    if len(header) != len(row_above):
        return True
    # a short Title Case line between a row of content and a row of column names
    line = between[0].text.strip()
    return len(line.split()) <= 6 and not _TERMINAL.search(line) and _title_case(line) and not _header_labels(row_above)


def table_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) index ranges of tab-table runs, end exclusive.

    Inside a run: blank lines followed by a row; up to three short untabbed
    lines right below a row when another row follows or when they read as the
    tail of a cell; one lower-case untabbed line after a blank (a cell's tail
    carried over a page break) when a row follows it directly.
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        if not _is_row(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_row(lines[j]):
                j += 1
                continue
            k = j
            while k < n and _is_blank(lines[k]):
                k += 1
            if k < n and _is_row(lines[k]):
                j = k
                continue
            group = _tail_group(lines, k)
            after = k + group
            if group and k == j:  # untabbed lines right under a row
                tails = all(_starts_as_tail(ln.text) for ln in lines[k:after])
                nxt = after + 1 if after < n and _is_blank(lines[after]) else after
                if tails or nxt < n and _is_row(lines[nxt]) and not _opens_table(lines[k:after], lines[j - 1], lines[nxt]):
                    j = after
                    continue
            if group == 1 and k > j and after < n and _is_row(lines[after]) and _starts_as_tail(lines[k].text):
                j = after  # a cell's tail after a page break
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _filled(row: list[str]) -> list[int]:
    return [c for c, text in enumerate(row) if text.strip()]


def looks_like_noise(row: list[str]) -> bool:
    """OCR garbage: short, symbol-heavy text with odd characters or unbalanced brackets."""
    text = " ".join(c for c in row if c)
    chars = [ch for ch in text if not ch.isspace()]
    if not chars or len(text) > 100 or "£" in text:
        return False
    symbols = sum(1 for ch in chars if not ch.isalnum())
    odd = _ODD_SYMBOLS.search(text) or text.count("(") != text.count(")")
    return symbols / len(chars) > 0.15 and bool(odd)


def _is_noise_table(header: list[str], rows: list[list[str]]) -> bool:
    cells = [c for row in [header, *rows] for c in row if c.strip()]
    return not cells or all(not any(ch.isalnum() for ch in c) for c in cells)


def _continues(row: list[str], prev: list[str], tabbed: bool) -> str | None:
    """How `row` continues `prev`: 'first' (tail of the first cell), 'cells' (cell by cell) or None."""
    filled = _filled(row)
    if not filled:
        return None
    if filled == [0] and (not tabbed or _starts_as_tail(row[0])):
        return "first" if _starts_as_tail(row[0]) else None
    if filled[0] > 0:
        return "cells"
    width = max(len(prev), len(row))
    holes = [c for c in range(filled[0], filled[-1]) if c not in filled]
    marks = any(len(row[c].strip()) <= 2 for c in filled[1:])
    figures = any(_MONEY_OR_DIGIT.search(row[c]) for c in filled) or _TOTAL_LABEL.search(row[0])
    if width >= 3 and len(filled) * 2 <= width and holes and not marks and not figures:
        return "cells"  # a sparse row with a hole: tails of several wrapped cells
    prev_filled = set(_filled(prev))
    lacks = bool(prev_filled - set(filled))
    if _starts_as_tail(row[0]) and prev and not _TERMINAL.search(prev[0]) and lacks:
        return "cells"  # the rest of a row carried over a page break
    return None


def _merge_into(prev: list[str], row: list[str]) -> None:
    prev.extend([""] * (len(row) - len(prev)))
    for c, text in enumerate(row):
        if text.strip():
            prev[c] = f"{prev[c]} {text.strip()}".strip()


def merge_continuations(
    rows: list[list[str]],
    row_lines: list[int | None],
    tabbed: list[bool] | None = None,
    noise: set[int] | None = None,
) -> tuple[list[list[str]], list[int | None], list[int]]:
    """Continuation rows merged into the row above; returns rows, their lines and
    the new indexes of the noise rows (which are kept, never merged)."""
    tabbed = tabbed or [True] * len(rows)
    noise = noise or set()
    out: list[list[str]] = []
    out_lines: list[int | None] = []
    out_noise: list[int] = []
    last_real: int | None = None
    for i, (row, no) in enumerate(zip(rows, row_lines)):
        if i in noise:
            out_noise.append(len(out))
            out.append(list(row))
            out_lines.append(no)
            continue
        how = _continues(row, out[last_real], tabbed[i]) if last_real is not None else None
        if how == "first":
            out[last_real][0] = f"{out[last_real][0]} {row[0].strip()}".strip()
            continue
        if how == "cells":
            _merge_into(out[last_real], row)
            continue
        last_real = len(out)
        out.append(list(row))
        out_lines.append(no)
    return out, out_lines, out_noise


_CONNECTIVES = {"of", "and", "&", "the", "to", "for", "by", "in", "per", "or", "a"}


def _title_case(cell: str) -> bool:
    return all(w[0].isupper() or w.lower() in _CONNECTIVES or not w[0].isalpha() for w in cell.split())


def _header_like(row: list[str]) -> bool:
    """The second line of a wrapped header: some cells blank, the others short
    Title-Case labels with no figures, marks or sentence stops."""
    filled = [c.strip() for c in row if c.strip()]
    return (
        len(filled) >= 2
        and len(filled) < len(row)
        and all(
            not _MONEY_OR_DIGIT.search(c) and len(c) > 2 and len(c.split()) <= 3
            and not _TERMINAL.search(c) and _title_case(c)
            for c in filled
        )
    )


def _header_labels(row: list[str]) -> bool:
    """A row of column names: at least three cells, each a short label (no marks such as `X`),
    no figures, no sentence stops."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) >= 3 and all(
        len(c) > 2 and not _MONEY_OR_DIGIT.search(c) and len(c.split()) <= 6 and not _TERMINAL.search(c)
        for c in filled
    )


def _title_above_header(header: list[str], first: list[str]) -> bool:
    """A caption row (fewer cells) above a row of column names."""
    names = [c.strip() for c in first if c.strip()]
    return (
        len(names) >= 3
        and len(_filled(header)) < len(names)
        and all(not _MONEY_OR_DIGIT.search(c) and len(c.split()) <= 6 for c in names)
    )


def context_above(lines: list[Line], start: int) -> str:
    found: list[str] = []
    j = start - 1
    while j >= 0 and len(found) < CONTEXT_LINES:
        if lines[j].text.strip():
            found.append(lines[j].text.strip())
        j -= 1
    return "\n".join(reversed(found))


def build_table(body: list[Line], context: str) -> RawTable | None:
    """One RawTable from the non-blank lines of a run."""
    cells = [split_cells(ln.text) for ln in body]
    tabbed = [_is_row(ln) for ln in body]
    nos = [ln.no for ln in body]
    notes: list[str] = []
    head = 0
    if len(cells) > 1 and _title_above_header(cells[0], cells[1]):
        title = " ".join(c for c in cells[0] if c)
        notes.append(f"title row: {title}")
        context = f"{context}\n{title}".strip()
        head = 1
    header = list(cells[head])
    rows, row_lines, row_tabbed = cells[head + 1 :], nos[head + 1 :], tabbed[head + 1 :]
    if rows and _header_like(rows[0]) and len(rows[0]) <= len(header) and tabbed[head + 1]:
        _merge_into(header, rows[0])  # a header wrapped over two lines
        notes.append("header continued on the next line")
        rows, row_lines, row_tabbed = rows[1:], row_lines[1:], row_tabbed[1:]
    noise = {i for i, r in enumerate(rows) if looks_like_noise(r)}
    rows, row_lines, noise_at = merge_continuations(rows, row_lines, row_tabbed, noise)
    for i in noise_at:
        notes.append(f"noise row {i} (line {row_lines[i]}): {' | '.join(rows[i])}")
    if _is_noise_table(header, rows):
        notes.append("noise")
    return RawTable(
        header=header,
        rows=rows,
        line=nos[head],
        page=body[head].page,
        extractor="text",
        row_lines=row_lines,
        notes=notes,
        context=context,
    )


def find_tabbed_tables(lines: list[Line]) -> list[RawTable]:
    tables = []
    for start, end in table_runs(lines):
        body = [ln for ln in lines[start:end] if ln.text.strip()]
        if not body:
            continue
        table = build_table(body, context_above(lines, start))
        if table is not None:
            tables.append(table)
    return tables
