"""Financial benefits with estimated ranges: `Key Benefit | Approach | Issues |
Evaluation and saving`, the estimate written in words inside a cell
(`Estimated saving: £50,000 to £100,000`, `Estimated income: £5,000`) and a
total row (`Total | | | Range between £180,000 - £315,000`).

The estimate read is the one after the last "estimated ..." phrase of the
cell (other figures in the cell are evidence, not the estimate); its kind
comes from the words naming it. Amounts stay as printed (positive here).
"""

from __future__ import annotations

import re

from extractors.tables.cells import (
    body_rows, cell, find_col, has_words, header_words, is_label, provenance, reads_like_total, table_scale,
)
from extractors.tables.evidence import is_figure
from extractors.tables.kinds import TableKind
from extractors.values.money import Money, find_amounts, parse_money_range
from schemas.records import BenefitEstimate
from schemas.stages import ItemText, RawTable

_ESTIMATE = re.compile(
    r"\b(?:estimated|estimate|est\.|range(?:\s+between)?|circa)\b\s*(?P<what>[a-z ]{0,30}?)\s*[:=-]?\s*(?=-|£|c£|\d)",
    re.IGNORECASE,
)


def _estimate_col(table: RawTable) -> int | None:
    return find_col(table.header, "evaluation", "saving", "estimate", "value", "amount", "benefit £", "£",
                    exclude=("key benefit",))


def score(table: RawTable, item: ItemText) -> float:
    head = header_words(table)
    first = table.header[0] if table.header else ""
    # the first column's label, not a whole header run together into the first cell
    if not is_label(first) or not has_words(first, "key benefit", "benefit", "area", "lever"):
        return 0.0
    if has_words(head, "measure", "baseline", "target"):
        return 0.0
    col = _estimate_col(table)
    if col is None:
        return 0.0
    scale = table_scale(table, col)
    # an estimate is written out ("Estimated saving: £50,000", "£5k - £10k"); a column of bare
    # figures under "£m" is some money table's, not this kind's
    written = [c for _, r, _ in body_rows(table) if not is_figure(c := cell(r, col)) and find_amounts(c, scale)]
    return 0.85 if len(written) >= 2 else 0.0


def kind_of(words_before: str) -> str | None:
    if has_words(words_before, "income", "revenue"):
        return "income"
    if has_words(words_before, "avoid"):
        return "cost_avoidance"
    if has_words(words_before, "saving", "reduction"):
        return "saving"
    return None


def read_estimate(text: str, scale: int = 1) -> tuple[Money | None, str | None]:
    """The estimate in a cell and the kind its words give (None when not named)."""
    marks = list(_ESTIMATE.finditer(text))
    for m in reversed(marks):
        money = parse_money_range(text[m.end():], scale)
        if money:
            return money, kind_of(m.group(0))
    money = parse_money_range(text, scale)
    return money, kind_of(text) if money else None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[BenefitEstimate]:
    col = _estimate_col(table)
    scale = table_scale(table, col)
    records: list[BenefitEstimate] = []
    for _, row, no in body_rows(table):
        label = cell(row, 0)
        text = cell(row, col)
        if not label:
            continue
        money, kind = read_estimate(text, scale)
        total = reads_like_total(label)
        records.append(
            BenefitEstimate(
                **provenance(item, table, table_id, no),
                seq=len(records) + 1,
                key_benefit=label,
                low_gbp=money.low if money else None,
                high_gbp=money.high if money else None,
                estimate_text=money.text if money else (text or None),
                kind="total" if total else (kind or ("saving" if money else None)),
                is_total=total,
            )
        )
    return records


TABLE = TableKind("benefits", score, parse)
