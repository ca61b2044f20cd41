"""Score the `eqias` (equality impact assessment forms) of an answer key: fields, people in roles, scope, impacts."""

from __future__ import annotations

from pipeline.score.db import DocumentRows
from pipeline.score.forms import score_contacts
from pipeline.score.mapping import EQIA_PEOPLE_LISTS, EQIA_ROLE_KEYS, REQUIRED
from pipeline.score.proposals import score_impacts
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_text_list, pair_records, skip_nested
from pipeline.score.values import NO_ROW, collapse, compare, resolve

EQIA_SCOPE_KEYS = {"scope_checked": True, "scope_unchecked": False}

#: Nested EqIA keys some scorer reads.
EQIA_NESTED = {*EQIA_SCOPE_KEYS, *EQIA_PEOPLE_LISTS, "impacts", "eqia_impacts"}


def eqia_forms(doc: DocumentRows) -> list[dict]:
    """One row per EqIA form: the `eqias` table where it exists, else the items of kind eqia."""
    forms = doc.rows("eqias")
    if forms:
        return forms
    return [{"item_id": i["item_id"]} for i in doc.rows("items") if i.get("kind") == "eqia"]


def score_eqias(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    cols = doc.columns("eqias")
    for ki, form in pair_records(c, keys, eqia_forms(doc), cols, "eqias", None, doc.doc_id is not None):
        key, path = keys[ki], f"eqias[{ki}]"
        item_id = form.get("item_id") if form else None
        plain = {k: v for k, v in key.items() if k not in EQIA_ROLE_KEYS and k not in EQIA_SCOPE_KEYS}
        compare_fields(c, plain, form, cols, "eqias", path, table="eqias", required=REQUIRED["eqias"])
        skip_nested(c, key, EQIA_NESTED, "eqias")
        score_eqia_lists(c, doc, key, form, path)
        for k, (role, column) in EQIA_ROLE_KEYS.items():
            if k in key:
                score_eqia_person(c, doc, key[k], form, role, column, k, path)
        for k, checked in EQIA_SCOPE_KEYS.items():
            if k in key:
                boxes = [collapse(s.get("characteristic") or "") for s in doc.of_item("eqia_scope", item_id) if bool(s.get("checked")) is checked]
                compare_text_list(c, key[k], boxes, f"eqias.{k}", f"{path}.{k}", parent_found=form is not None)


def score_eqia_person(c: Collector, doc: DocumentRows, expected, form: dict | None, role: str, column: str, key: str, path: str) -> None:
    """An assessor/approver value: the `eqias` column of the key's name where it holds the value as printed
    (several people in one field), else `contacts` in that role, else that column."""
    people = doc.contacts(form.get("item_id") if form else None, role)
    printed = resolve(key, expected, doc.columns("eqias"))
    if form is not None and printed.column and compare(printed, expected, form)[0]:
        compare_fields(c, {key: expected}, form, doc.columns("eqias"), "eqias", path, table="eqias")
        return
    if people or form is None or key.lower() not in doc.columns("eqias"):
        row = people[0] if people else (None if form is None else {})
        target = resolve(column, expected, doc.columns("contacts"))
        ok, got = compare(target, expected, row)
        note = None if people else f"no contact with role '{role}'"
        c.value(f"eqias.{key}", f"{path}.{key}", expected, got if form is not None else NO_ROW, ok, note)
        return
    compare_fields(c, {key: expected}, form, doc.columns("eqias"), "eqias", path, table="eqias")


def score_eqia_lists(c: Collector, doc: DocumentRows, key: dict, form: dict | None, path: str) -> None:
    """Impacts per characteristic (`eqia_impacts` rows of the form's item) and lists of people in a role (`contacts`)."""
    item_id = form.get("item_id") if form else None
    if "impacts" in key:
        score_impacts(c, doc, key["impacts"] or [], item_id, f"{path}.impacts", form is not None, field="eqias.impacts")
    if "eqia_impacts" in key:
        if key.get("impacts") == key["eqia_impacts"]:
            c.skip("eqias.eqia_impacts (same as impacts)")
        else:
            score_impacts(c, doc, key["eqia_impacts"] or [], item_id, f"{path}.eqia_impacts", form is not None, field="eqias.impacts")
    for name, role in EQIA_PEOPLE_LISTS.items():
        if name in key:
            people = [{"role": role, **p} for p in key[name] or []]
            score_contacts(c, doc, people, item_id, f"eqias.{name}", f"{path}.{name}", form is not None)
