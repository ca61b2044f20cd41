"""EqIA guidance matrix: severity of impact (columns Minor .. Major) x likelihood
(rows Inevitable .. Unlikely), each cell an impact level L, M or H. The row label
may sit in the second cell ("Likelihood of impact | Less than likely | L ..."),
and a row whose first cell is blank is a row of its own, not a continuation."""

from __future__ import annotations

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import Row, clean, physical_rows
from schemas.base import Record
from schemas.pack_tables import EqiaSeverityCell
from schemas.stages import ItemText, RawTable

KIND = "eqia_severity_matrix"
SEVERITIES = ("minor", "moderate", "serious", "major")
LEVELS = {"L", "M", "H"}


def score(table: RawTable, item: ItemText) -> float:
    head = [clean(c).lower() for c in table.header] + " ".join(table.notes).lower().split()
    named = sum(1 for s in SEVERITIES if s in head)
    if named >= 3:
        return 1.0
    context = table.context.lower()
    if ("severity" in context or "likelihood" in context) and any(grid_at(Row(None, r)) is not None for r in table.rows):
        return 0.8
    return 0.0


def grid_at(row: Row) -> int | None:
    """Index of the likelihood label: the cell followed by four L/M/H cells."""
    cells = [clean(c).upper() for c in row.cells]
    for i in range(len(cells) - len(SEVERITIES)):
        if cells[i] and cells[i] not in LEVELS and all(c in LEVELS for c in cells[i + 1 : i + 1 + len(SEVERITIES)]):
            return i
    return None


def severity_names(header: list[str]) -> list[str]:
    """Field names for the four level columns: the header's severity words, in order."""
    names = [clean(c).lower() for c in header if clean(c).lower() in SEVERITIES]
    return names if len(names) == len(SEVERITIES) else list(SEVERITIES)


def header_cells(table: RawTable, first: list[str]) -> list[str]:
    """The severity names: the header row's, or the finder's "title row" when it took
    the names row (blank corner cell) for a caption and the first grid row for a header."""
    if any(clean(c).lower() in SEVERITIES for c in first):
        return first
    for note in table.notes:
        if note.startswith("title row:"):
            return note.split(":", 1)[1].split()
    return first


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    names = severity_names(header_cells(table, rows[0].cells))
    out: list[Record] = []
    for row in rows:  # the first row too: it may be a grid row taken for the header
        i = grid_at(row)
        if i is None:
            continue
        levels = [clean(c).upper() for c in row.cells[i + 1 : i + 1 + len(SEVERITIES)]]
        out.append(
            EqiaSeverityCell(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                likelihood=clean(row.cells[i]),
                **dict(zip(names, levels)),
            )
        )
    return out


TABLE = TableKind(KIND, score, parse)
