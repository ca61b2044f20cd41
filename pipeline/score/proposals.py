"""Score the `proposals` of an answer key: business cases with their leads, sections and tables."""

from __future__ import annotations

from pipeline.score.db import DocumentRows
from pipeline.score.mapping import REQUIRED
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_list, pair_records
from pipeline.score.values import NO_ROW, collapse, values_match

#: Per-proposal lists kept in the table of the same name, filtered on the proposal's item.
LIST_TABLES = ("saving_lines", "costs", "cash_flow", "milestones", "risks", "benefit_estimates", "kpis")

NESTED = {"leads", "sections", "eqia_impacts", "cash_flow_break_even", *LIST_TABLES}

#: A proposal is recognised by its BP reference first, then by its title.
PROPOSAL_WEIGHTS = {"bp_reference": 10.0, "title": 3.0}


def proposal_label(key: dict, index: int) -> str:
    return str(key.get("bp_reference") or index)


def score_proposals(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    cols = doc.columns("proposals")
    for ki, row in pair_records(c, keys, doc.rows("proposals"), cols, "proposals", PROPOSAL_WEIGHTS, doc.doc_id is not None):
        path = f"proposals[{proposal_label(keys[ki], ki)}]"
        compare_fields(c, keys[ki], row, cols, "proposals", path, skip=NESTED, table="proposals")
        score_parts(c, doc, keys[ki], row, path)


def score_parts(c: Collector, doc: DocumentRows, key: dict, row: dict | None, path: str) -> None:
    """Everything a proposal holds in other tables, found through its item_id."""
    item_id = row.get("item_id") if row else None
    present = row is not None
    if "leads" in key:
        leads = doc.contacts(item_id, "lead")
        compare_list(c, key["leads"] or [], leads, doc.columns("contacts"), "proposals.leads", f"{path}.leads", table="contacts", parent_found=present)
    if "sections" in key:
        compare_list(
            c, key["sections"], doc.of_item("sections", item_id), doc.columns("sections"), "proposals.sections", f"{path}.sections",
            count_extras=False, table="sections", parent_found=present,
        )
    for table in LIST_TABLES:
        if table in key:
            rows = doc.of_item(table, item_id)
            compare_list(c, key[table], rows, doc.columns(table), f"proposals.{table}", f"{path}.{table}", table=table, parent_found=present)
    if "cash_flow_break_even" in key:
        score_break_even(c, doc, key["cash_flow_break_even"], item_id, path)
    if "eqia_impacts" in key:
        score_impacts(c, doc, key["eqia_impacts"], item_id, path, present)


def score_break_even(c: Collector, doc: DocumentRows, key: dict, item_id: str | None, path: str) -> None:
    """Where a cash flow breaks even: the cell flagged `is_break_even` (year, quarter), and the
    printed marker ("Break Even") as the `break_even` fact of the item's cash-flow table."""
    marked = [r for r in doc.of_item("cash_flow", item_id) if r.get("is_break_even")]
    cell = {k: v for k, v in key.items() if k != "text"}
    compare_fields(c, cell, marked[0] if marked else None, doc.columns("cash_flow"), "proposals.cash_flow_break_even",
                   f"{path}.cash_flow_break_even", table="cash_flow (is_break_even rows)")
    if "text" in key:
        facts = [f for f in doc.of_item("table_facts", item_id) if f.get("kind") == "cash_flow" and f.get("key") == "break_even"]
        got = facts[0].get("value_text") if facts else None
        ok = values_match("text", key["text"], got)
        c.value("proposals.cash_flow_break_even.text", f"{path}.cash_flow_break_even.text", key["text"], got, ok,
                None if facts else "looked for table_facts kind='cash_flow' key='break_even'")


def impacts_by_characteristic(rows: list[dict]) -> list[dict]:
    """One entry per characteristic, in order, with the list of impacts marked for it (an X in two columns = two rows)."""
    groups: dict[str, dict] = {}
    for r in rows:
        name = collapse(r.get("characteristic") or "")
        groups.setdefault(name.casefold(), {"characteristic": name, "impact": []})["impact"].append(collapse(r.get("impact") or "").casefold())
    return list(groups.values())


def score_impacts(
    c: Collector, doc: DocumentRows, keys: list[dict], item_id: str | None, path: str, present: bool, field: str = "proposals.eqia_impacts"
) -> None:
    """Impacts per characteristic (`eqia_impacts` rows of the item); `path` is where the list sits in the key."""
    groups = impacts_by_characteristic(doc.of_item("eqia_impacts", item_id))
    cols = {"characteristic": ("characteristic", "VARCHAR")}
    if field == "proposals.eqia_impacts":
        path = f"{path}.eqia_impacts"
    pairs = compare_list(
        c, keys, groups, cols, field, path, table="eqia_impacts", skip=("impact",), parent_found=present, required=REQUIRED["eqia_impacts"]
    )
    for ki, group in pairs:
        if "impact" not in keys[ki]:
            continue
        want = sorted(str(v).casefold() for v in keys[ki]["impact"] or [])
        got = sorted(group["impact"]) if group else NO_ROW
        c.value(f"{field}.impact", f"{path}[{ki}].impact", want, got, got == want)
