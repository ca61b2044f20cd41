"""An EqIA's evidence table: `Data / Evidence Source | Summary of what this tells us`, one
row per source. A form prints it as a long two-column box that runs over pages, often
with a small table nested in a summary; a PDF reader then splits it into pieces. The
rows are read from the page's lines under the header, at the header's two tab stops:
a line at both stops starts a row, a line at the summary's stop alone carries on its
summary, a line at the source's stop alone (the form's next label) ends the table.
Lines at other stops (a nested grid) are skipped; the grid is a table of its own."""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, clean_cell
from extractors.tables.kinds import TableKind
from extractors.vocabulary import labels
from schemas.base import Record
from schemas.eqia_tables import EvidenceSource
from schemas.stages import ItemText, Line, RawTable

KIND = "evidence"
#: Tab stops closer than this (PDF points) are the same column.
X_TOLERANCE = 12.0
#: Lines at other stops crossed before the table is taken to have ended.
MAX_FOREIGN = 80


def _find(header: list[str], words: tuple[str, ...]) -> int | None:
    for w in words:
        for i, h in enumerate(header):
            if w.lower() in " ".join(h.lower().split()):
                return i
    return None


def columns(table: RawTable) -> tuple[int | None, int | None]:
    source = _find(table.header, labels("tables", "evidence_source"))
    summary = _find(table.header, labels("tables", "evidence_summary"))
    return source, (summary if summary != source else None)


def score(table: RawTable, item: ItemText) -> float:
    source, summary = columns(table)
    if source is None or summary is None or len(table.header) > 3:
        return 0.0
    if any("£" in h for h in table.header):
        return 0.0
    rows = [r for _, r, _ in body_rows(table) if cell(r, source)]
    return 0.9 if rows else 0.0


def _stop(x: float | None, xs: list[float]) -> int | None:
    if x is None:
        return None
    col = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
    return col if abs(xs[col] - x) <= X_TOLERANCE else None


def _header_index(lines: list[Line], no: int | None) -> int | None:
    for i, ln in enumerate(lines):
        if ln.no == no and ln.cell_x and len(ln.cell_x) >= 2:
            return i
    return None


def rows_from_lines(lines: list[Line], start: int, source: int, summary: int) -> list[tuple[int, str, list[str]]]:
    """(line, source, summary parts) per row, reading from the header at `lines[start]`."""
    xs = list(lines[start].cell_x or [])
    header = [clean_cell(c).lower() for c in lines[start].text.split("\t")]
    out: list[tuple[int, str, list[str]]] = []
    foreign = 0
    for ln in lines[start + 1:]:
        if not ln.text.strip() or not ln.cell_x:
            continue
        cells = [clean_cell(c) for c in ln.text.split("\t")]
        stops = [_stop(x, xs) for x in ln.cell_x]
        if len(cells) == len(xs) and stops == list(range(len(xs))):
            if [c.lower() for c in cells] != header:  # a header repeated after a page break
                out.append((ln.no, cells[source], [cells[summary]]))
            foreign = 0
        elif len(cells) == 1 and stops == [summary] and out and foreign == 0:
            out[-1][2].append(cells[0])
        elif len(cells) == 1 and stops == [source]:
            break  # the form's next label
        else:
            foreign += 1
            if foreign > MAX_FOREIGN:
                break
    return out


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    source, summary = columns(table)
    start = _header_index(item.lines, table.line)
    if start is not None and len(item.lines[start].cell_x or []) == len(table.header):
        found = rows_from_lines(item.lines, start, source, summary)
    else:
        found = [(line, clean_cell(cell(r, source)), [clean_cell(cell(r, summary))]) for _, r, line in body_rows(table)]
    out: list[Record] = []
    for line, src, parts in found:
        if not src:
            continue
        text = " ".join(p for p in parts if p) or None
        out.append(EvidenceSource(doc_id=item.doc_id, item_id=item.item_id, page=table.page if line is None else None,
                                  line=line if line is not None else table.line, seq=len(out) + 1, table_id=table_id,
                                  source=src, summary=text))
    return out


TABLE = TableKind(KIND, score, parse)
