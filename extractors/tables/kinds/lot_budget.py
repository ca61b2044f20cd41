"""Budget per lot: a row per `Lot N – ...` with scoped spend, the council's
contribution, the annual lot budget and the whole-term budget. The totals stated
in the paragraph after the table become table facts."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import (
    clean,
    fact,
    find_column,
    is_repeated_header,
    last_line,
    lines_after,
    physical_rows,
)
from extractors.tables.kinds.lots import lot_number
from extractors.values.money import find_amounts, parse_money
from schemas.base import Record
from schemas.pack_tables import LotBudget
from schemas.stages import ItemText, RawTable

KIND = "lot_budget"
_UPLIFT = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "budget" not in head and "spend" not in head:
        return 0.0
    lots = sum(1 for r in table.rows if r and r[0].lower().startswith("lot") and lot_number(r[0]))
    if lots == 0 or lots < len(table.rows) - 1:  # allow one total row
        return 0.0
    return 0.95 if ("lot" in head or "term" in head or "contribution" in head) else 0.7


def columns(header: list[str]) -> dict[str, int | None]:
    """Which header cell holds which measure, by its words."""
    return {
        "scoped": find_column(header, "spend"),
        "contribution": find_column(header, "contribution"),
        "annual": find_column(header, "annual", "budget", exclude=("term",)),
        "term": find_column(header, "term"),
    }


def uplift_percent(header: list[str]) -> Decimal | None:
    """The uplift the budget columns say they include ("includes additional 20%")."""
    for cell in header:
        m = _UPLIFT.search(cell)
        if m and ("additional" in cell.lower() or "includ" in cell.lower()):
            return Decimal(m.group(1))
    return None


def stated_totals(item: ItemText, after_line: int | None, table_id: str, line_count: int = 2) -> list[Record]:
    """Totals printed in prose just after the table: the whole-framework budget and the
    council's commitment ("The total framework budget ... is £X with ... commitment ... £Y")."""
    facts: list[Record] = []
    for ln in lines_after(item, after_line, line_count):
        text = clean(ln.text)
        start = 0
        for value, m in find_amounts(text):
            before = text[start : m.start()].lower()
            start = m.end()
            key = None
            if "commitment" in before or "contribution" in before:
                key = "stated_ccc_commitment_gbp"
            elif "total" in before and ("budget" in before or "value" in before):
                key = "stated_framework_total_gbp"
            if key and not any(f.key == key for f in facts):
                facts.append(fact(item, table_id, KIND, key, ln.no, text=m.group(0).strip(), gbp=value))
    return facts


_YEARS = re.compile(r"(\d+)\s*years?\b", re.IGNORECASE)


def term_years(item: ItemText, after_line: int | None, line_count: int = 2) -> tuple[int, str, int] | None:
    """The whole contract term in years stated after the table: "initial contract term ...
    5 years with an option to extend ... a further 2 years" -> 7 (the initial term plus
    extensions, since the whole-term budget covers both). (years, sentence, line)."""
    for ln in lines_after(item, after_line, line_count):
        for sentence in re.split(r"(?<=\.)\s+", clean(ln.text)):
            low = sentence.lower()
            if "term" not in low:
                continue
            years = [int(y) for y in _YEARS.findall(sentence)]
            if years:
                total = years[0] + (sum(years[1:]) if "extend" in low or "further" in low else 0)
                return total, sentence, ln.no
    return None


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item)
    header = rows[0].cells
    cols = columns(header)
    out: list[Record] = []
    seq = 0
    for row in rows[1:]:
        if is_repeated_header(row, header) or not row.cell(0):
            continue
        number = lot_number(row.cell(0)) if row.cell(0).lower().startswith("lot") else None
        if number is None:
            continue  # a total row: the checks add the lots themselves
        seq += 1
        out.append(
            LotBudget(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=row.line,
                seq=seq,
                table_id=table_id,
                lot=number,
                label=clean(row.cell(0)),
                annual_scoped_contract_spend_gbp=parse_money(row.cell(cols["scoped"])),
                ccc_contribution_annual_gbp=parse_money(row.cell(cols["contribution"])),
                total_annual_lot_budget_gbp=parse_money(row.cell(cols["annual"])),
                total_contract_term_gbp=parse_money(row.cell(cols["term"])),
            )
        )
    uplift = uplift_percent(header)
    if uplift is not None:
        out.append(fact(item, table_id, KIND, "uplift_pct", table.line, text=f"{uplift}%", gbp=None))
    out.extend(stated_totals(item, last_line(rows), table_id))
    years = term_years(item, last_line(rows))
    if years:
        out.append(fact(item, table_id, KIND, "term_years", years[2], text=str(years[0])))
    return out


TABLE = TableKind(KIND, score, parse)
