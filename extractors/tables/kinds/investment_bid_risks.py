"""An investment bid's risks and contingencies: `Risk | Mitigation | RAG | Overall
Responsibility`, after a "RISKS AND CONTINGENCIES" heading or inside an
investment-bid item. A row whose risk starts in lower case after a risk that
has not ended its sentence, with no RAG and no owner, is the rest of that risk
carried over a page break and is merged into it."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import clean, context_lines, is_repeated_header, or_none, physical_rows, pick_column
from extractors.values.rag import parse_rag
from schemas.base import Record
from schemas.pack_tables import InvestmentBidRisk
from schemas.stages import ItemText, RawTable

KIND = "investment_bid_risks"
_CONTINGENCIES = re.compile(r"\bcontingenc", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?)]\s*$")


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "risk" not in head or "mitigation" not in head:
        return 0.0
    if item.kind == "investment_bid" or any(_CONTINGENCIES.search(t) for t in context_lines(table)[-1:]):
        return 1.0
    return 0.0


def continues(risk: InvestmentBidRisk, text: str, rag: str, owner: str) -> bool:
    return bool(text) and text[0].islower() and not rag and not owner and not _SENTENCE_END.search(risk.risk)


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    risk_col = pick_column(header, ("risk",), exclude=("rag",)) or 0
    mit_col = pick_column(header, ("mitigation",), ("contingenc",))
    rag_col = pick_column(header, ("rag",), ("rating",))
    owner_col = pick_column(header, ("responsib",), ("owner",), ("lead",))
    out: list[InvestmentBidRisk] = []
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.filled:
            continue
        text = clean(row.cell(risk_col))
        mitigation = clean(row.cell(mit_col))
        rag, owner = clean(row.cell(rag_col)), clean(row.cell(owner_col))
        if out and (not text or continues(out[-1], text, rag, owner)):
            prev = out[-1]
            prev.risk = clean(f"{prev.risk} {text}")
            prev.mitigation = clean(f"{prev.mitigation or ''} {mitigation}") or None
            continue
        if not text:
            continue
        out.append(
            InvestmentBidRisk(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=len(out) + 1,
                table_id=table_id,
                risk=text,
                mitigation=mitigation or None,
                rag=parse_rag(rag),
                owner=owner or None,
            )
        )
    return list(out)


TABLE = TableKind(KIND, score, parse)
