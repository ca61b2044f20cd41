"""Business-case tables of the tabbed (002) and markdown (004) seeds, typed and
compared with the hand-written answer keys (tests/golden)."""

from __future__ import annotations

import pytest

from extractors.tables.classify import classify_table
from extractors.tables.find import find_tables
from schemas.records import BenefitEstimate, CashFlow, Cost, EqiaImpact, Kpi, Milestone, Risk, SavingLine
from tests.seed_items import business_cases, golden

SEEDS = ["002_8246aaf969956e91", "004_c00d3727959acbdb"]
MODELS = {
    "saving_lines": SavingLine, "costs": Cost, "cash_flow": CashFlow, "milestones": Milestone,
    "risks": Risk, "benefit_estimates": BenefitEstimate, "kpis": Kpi, "eqia_impacts": EqiaImpact,
}
FIELD = {"type": "kind", "start": "start_date", "end": "end_date"}


def typed_records(item):
    out = []
    for n, table in enumerate(find_tables(item), start=1):
        kind = classify_table(table, item)
        if kind:
            out.extend(kind.parse(table, item, f"{item.item_id}:t{n:02d}"))
    return out


def squash(text) -> str:
    return " ".join(str(text or "").split())


def value_of(record, key: str):
    got = getattr(record, FIELD.get(key, key))
    if key in ("start", "end") and got is not None:
        precision = getattr(record, f"{key}_precision")
        return got.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    return getattr(got, "value", got)


def mismatches(expected: dict, record) -> list[str]:
    bad = []
    for key, want in expected.items():
        if key.endswith("_starts") or key.endswith("_contains"):
            field, how = key.rsplit("_", 1)
            got = squash(getattr(record, field))
            ok = got.startswith(squash(want)) if how == "starts" else squash(want) in got
        elif not hasattr(record, FIELD.get(key, key)):
            continue
        else:
            got = value_of(record, key)
            ok = (float(got) == float(want)) if isinstance(want, (int, float)) and got is not None else got == want
        if not ok:
            bad.append(f"{key}: want {want!r}, got {got!r}")
    return bad


def cases():
    for seed in SEEDS:
        items = business_cases(seed)
        for n, proposal in enumerate(golden(seed)["proposals"]):
            for key, model in MODELS.items():
                if key in proposal:
                    yield pytest.param(items[n], key, model, proposal[key], id=f"{seed[:3]}-{n}-{key}")


@pytest.mark.parametrize("item,key,model,rows", list(cases()))
def test_business_case_table_rows_match_the_answer_key(item, key, model, rows):
    if key == "eqia_impacts":  # keyed as characteristic -> list of impacts
        rows = [{"characteristic": r["characteristic"], "impact": i} for r in rows for i in r["impact"]]
    got = [r for r in typed_records(item) if isinstance(r, model)]
    assert len(got) == len(rows)
    problems = {i: mismatches(want, rec) for i, (want, rec) in enumerate(zip(rows, got))}
    assert {i: p for i, p in problems.items() if p} == {}


def test_garbage_row_of_the_transport_benefits_table_is_flagged_not_typed():
    item = business_cases("002_8246aaf969956e91")[1]
    table = next(t for t in find_tables(item) if t.header and t.header[0] == "Key Benefit" and "Approach" in t.header)
    assert any(note.startswith("noise row") and "Crasta" in note for note in table.notes)
    labels = [r.key_benefit for r in typed_records(item) if isinstance(r, BenefitEstimate)]
    assert not any("Crasta" in label for label in labels)
