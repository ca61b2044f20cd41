"""Non-financial benefits and their measures: `Key Benefit | Measure | Baseline | Target & Timescale`."""

from __future__ import annotations

from extractors.tables.cells import body_rows, cell, find_col, header_words, has_words, provenance
from extractors.tables.evidence import fill_share, fits_column, is_text
from extractors.tables.kinds import TableKind
from schemas.records import Kpi
from schemas.stages import ItemText, RawTable


def _columns(table: RawTable) -> tuple[int | None, int | None, int | None, int | None]:
    h = table.header
    benefit = find_col(h, "key benefit", "benefit", "outcome", "objective")
    measure = find_col(h, "measure", "indicator", "kpi", "metric")
    baseline = find_col(h, "baseline", "current")
    target = find_col(h, "target")
    return benefit, measure, baseline, target


def score(table: RawTable, item: ItemText) -> float:
    benefit, measure, baseline, target = _columns(table)
    if not body_rows(table) or has_words(header_words(table), "risk", "start date"):
        return 0.0
    # the body names measures and gives a baseline or a target for most of them
    if not fits_column(table, measure, is_text) or max(fill_share(table, baseline), fill_share(table, target)) < 0.5:
        return 0.0
    if measure is not None and baseline is not None and target is not None:
        return 0.9 if benefit is not None else 0.0  # a bare measures table is some other form's
    if benefit is not None and measure is not None and (baseline is not None or target is not None):
        return 0.7
    return 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Kpi]:
    benefit, measure, baseline, target = _columns(table)
    records: list[Kpi] = []
    for _, row, no in body_rows(table):
        if not any(cell(row, c) for c in (benefit, measure) if c is not None):
            continue
        records.append(
            Kpi(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                key_benefit=cell(row, benefit) or None,
                measure=cell(row, measure) or None,
                baseline=cell(row, baseline) or None,
                target=cell(row, target) or None,
            )
        )
    return records


TABLE = TableKind("kpis", score, parse)
