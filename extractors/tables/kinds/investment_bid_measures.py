"""An investment bid's performance measures: `Measure of Performance Improvement |
Baseline | 19/20 | 20/21 ...`; each target sits under the year column it was
typed in, kept as printed (`target_column`)."""

from __future__ import annotations

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import clean, is_repeated_header, or_none, physical_rows, pick_column
from extractors.values.dates import parse_fy
from schemas.base import Record
from schemas.pack_tables import InvestmentBidMeasure
from schemas.stages import ItemText, RawTable

KIND = "investment_bid_measures"


def score(table: RawTable, item: ItemText) -> float:
    head = [clean(c).lower() for c in table.header]
    if not head or "measure" not in head[0]:
        return 0.0
    years = sum(1 for c in table.header if parse_fy(c))
    if years >= 2 and any("baseline" in c for c in head):
        return 1.0
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    baseline_col = pick_column(header, ("baseline",))
    year_cols = [i for i, c in enumerate(header) if parse_fy(c)]
    out: list[Record] = []
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        if not row.cell(0) and out:
            prev = out[-1]  # a wrapped target or baseline
            for i in year_cols:
                if row.cell(i):
                    prev.target = clean(f"{prev.target or ''} {row.cell(i)}")
            continue
        filled_years = [i for i in year_cols if row.cell(i)]
        # Cells typed beyond the last header column still belong to the year columns' block.
        beyond = [i for i in range(len(header), len(row.cells)) if row.cells[i]]
        target_col = filled_years[0] if filled_years else None
        target = " ".join(row.cell(i) for i in filled_years + beyond) or None
        out.append(
            InvestmentBidMeasure(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                measure=clean(row.cell(0)),
                baseline=or_none(row.cell(baseline_col)),
                target_column=clean(header[target_col]) if target_col is not None else None,
                target=or_none(target),
            )
        )
    return out


TABLE = TableKind(KIND, score, parse)
