"""Tables in tab-separated dumps (tabbed and markdown flavours).

A table is a run of lines holding tabs. A line sandwiched between two such
lines is kept as a one-cell row (a wrapped cell that lost its tab). A row whose
leading cells are empty continues the row above and is merged into it.
"""

from __future__ import annotations

from schemas.stages import Line, RawTable

CONTEXT_LINES = 3


def split_cells(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


def _is_row(line: Line) -> bool:
    return "\t" in line.text


def table_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) index ranges of tab-table runs, end exclusive; blank lines and a single
    untabbed line between two tabbed lines stay inside the run."""
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
            while k < n and not lines[k].text.strip():
                k += 1
            if k < n and _is_row(lines[k]):
                j = k
                continue
            if k + 1 < n and lines[k].text.strip() and _is_row(lines[k + 1]) and k == j:
                j = k + 1  # one untabbed line between rows: a wrapped cell
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def merge_continuations(rows: list[list[str]], row_lines: list[int | None]) -> tuple[list[list[str]], list[int | None]]:
    """Rows whose first cell is empty continue the row above: append cell by cell."""
    out: list[list[str]] = []
    out_lines: list[int | None] = []
    for row, no in zip(rows, row_lines):
        if out and row and not row[0] and any(row):
            prev = out[-1]
            prev.extend([""] * (len(row) - len(prev)))
            for c, cell in enumerate(row):
                if cell:
                    prev[c] = f"{prev[c]} {cell}".strip()
            continue
        out.append(list(row))
        out_lines.append(no)
    return out, out_lines


def context_above(lines: list[Line], start: int) -> str:
    found: list[str] = []
    j = start - 1
    while j >= 0 and len(found) < CONTEXT_LINES:
        if lines[j].text.strip():
            found.append(lines[j].text.strip())
        j -= 1
    return "\n".join(reversed(found))


def find_tabbed_tables(lines: list[Line]) -> list[RawTable]:
    tables = []
    for start, end in table_runs(lines):
        body = [ln for ln in lines[start:end] if ln.text.strip()]
        header = split_cells(body[0].text)
        rows = [split_cells(ln.text) for ln in body[1:]]
        rows, row_lines = merge_continuations(rows, [ln.no for ln in body[1:]])
        tables.append(
            RawTable(
                header=header,
                rows=rows,
                line=body[0].no,
                page=body[0].page,
                extractor="text",
                row_lines=row_lines,
                context=context_above(lines, start),
            )
        )
    return tables
