"""Score the `checks` of an answer key against the `validations` table.

A key check matches an unused validation of the same document (and of the
same item when its `where` starts with a BP reference or names the EqIA)
whose status says the same (`holds` true = pass, false = fail) and whose
numbers equal the check's: `stated_gbp` = validation `expected`,
`computed_gbp` = `actual`. Keys that give `expected`/`actual` instead do not
say which is the stated figure, so those two match either way round.

Checks with no figures can only match on status: they are scored as a
separate field, "checks (by status only)", so that weaker match stays visible.
"""

from __future__ import annotations

import re

from pipeline.score.db import DocumentRows
from pipeline.score.report import Collector
from pipeline.score.regions import region_pages
from pipeline.score.values import collapse, numbers_match, to_number

#: Keys of a real-world check that carry figures (a list: one per column the check covers).
FIGURE_KEYS = ("stated_gbp", "computed_gbp", "printed_gbp", "stated", "computed", "expected", "actual")

FIELD = "checks"
FIELD_BY_STATUS = "checks (by status only)"


def where_items(doc: DocumentRows, where: str | None) -> set[str] | None:
    """The item ids a check's `where` points at, or None for "anywhere in the document"."""
    if not where or not where.strip():
        return None
    first = where.split()[0]
    if first.casefold() == "eqia":
        return {i["item_id"] for i in doc.rows("items") if i.get("kind") == "eqia"}
    items = {p["item_id"] for p in doc.rows("proposals") if collapse(p.get("bp_reference") or "") == first}
    if items or any(ch.isdigit() for ch in first):
        return items  # a BP reference: empty when no proposal carries it
    return None


def words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", text.casefold()) if len(w) >= 4}


def relevance(check: dict, v: dict) -> int:
    """Words a validation's check name shares with the key's `where` and `what`: among equal
    candidates the one about the same thing is taken, so the pairing reads sensibly."""
    return len(words(str(v.get("check") or "")) & words(f"{check.get('where', '')} {check.get('what', '')}"))


def figures(check: dict) -> tuple[object, object, bool] | None:
    """(stated, computed, ordered) of a check, or None when it gives no figures."""
    if "page" in check:  # a real-world check: any of its figures (lists too) may be a validation's
        found = key_figures(check)
        return (None, None, False) if found else None
    if "stated_gbp" in check or "computed_gbp" in check:
        return check.get("stated_gbp"), check.get("computed_gbp"), True
    if "expected" in check or "actual" in check:
        return check.get("expected"), check.get("actual"), False
    return None


def figures_match(want: tuple[object, object, bool], v: dict) -> bool:
    stated, computed, ordered = want

    def same(a, b) -> bool:
        return a is None or numbers_match(a, b)

    if same(stated, v.get("expected")) and same(computed, v.get("actual")):
        return True
    return not ordered and same(stated, v.get("actual")) and same(computed, v.get("expected"))


def status_of(check: dict) -> str:
    return "pass" if check.get("holds") else "fail"


def describe_validation(v: dict) -> str:
    return f"{v.get('check')} {v.get('status')} expected={v.get('expected')} actual={v.get('actual')}"


def score_checks(c: Collector, doc: DocumentRows, checks: list[dict]) -> None:
    validations = doc.rows("validations")

    def candidates(check: dict, with_figures: bool) -> list[int]:
        if "page" in check:
            return page_candidates(check, validations, with_figures)
        items = where_items(doc, check.get("where"))
        want = figures(check)
        found = [
            i for i, v in enumerate(validations)
            if v.get("status") == status_of(check)
            and (items is None or v.get("item_id") in items)
            and (not with_figures or figures_match(want, v))
        ]
        return sorted(found, key=lambda i: -relevance(check, validations[i]))

    # Checks with figures first: they are the precise matches; status-only checks take what is left.
    precise = {i: candidates(ch, True) for i, ch in enumerate(checks) if figures(ch) is not None}
    taken = match(precise, set())
    loose = {i: candidates(ch, False) for i, ch in enumerate(checks) if figures(ch) is None}
    taken_loose = match(loose, set(taken.values()))
    for field, group, chosen in ((FIELD, precise, taken), (FIELD_BY_STATUS, loose, taken_loose)):
        for i in group:
            record(c, field, i, checks[i], validations, chosen.get(i))
    if any("page" in ch for ch in checks) or not checks:
        # Real-world keys (checks by page; `checks: []` = the paper prints no total that fails): fails are sorted
        # into false alarms and fails no check speaks of. Seed keys list their slips by figures; not classified.
        matched = {j: i for i, j in [*taken.items(), *taken_loose.items()]}
        record_alarms(c, checks, validations, matched)


def match(options: dict[int, list[int]], used: set[int]) -> dict[int, int]:
    """check index -> validation index, as many checks matched as possible (augmenting paths),
    each taking its preferred candidate where that leaves the others matchable."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in used or j in seen:
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in options:
        place(i, set())
    return {i: j for j, i in owner.items()}


def record(c: Collector, field: str, i: int, check: dict, validations: list[dict], hit: int | None) -> None:
    expected = status_of(check)
    want = figures(check)
    if "page" in check:
        expected += f" on p{check['page']}" + (f" with one of {key_figures(check)}" if key_figures(check) else "")
    elif want is not None:
        stated, computed, ordered = want
        if ordered:
            expected += "".join(f" {n}={v}" for n, v in (("expected", stated), ("actual", computed)) if v is not None)
        else:
            expected += f" with figures {stated} and {computed} (either column)"
    if hit is not None:
        c.value(field, f"checks[{i}]", expected, describe_validation(validations[hit]), True)
        return
    where = f"[{check['where']}] " if check.get("where") else ""
    c.value(field, f"checks[{i}]", expected, "no such validation", False, where + collapse(check.get("what", ""))[:100])


def key_figures(check: dict) -> list:
    """Every figure a check states, lists flattened."""
    out = []
    for name in FIGURE_KEYS:
        value = check.get(name)
        out.extend(v for v in (value if isinstance(value, list) else [value]) if to_number(v) is not None)
    return out


def validation_figures(v: dict) -> list:
    return [x for x in (v.get("expected"), v.get("actual")) if to_number(x) is not None]


def shares_figure(check: dict, v: dict) -> bool:
    return any(numbers_match(a, b) for a in key_figures(check) for b in validation_figures(v))


def on_pages(check: dict, v: dict) -> bool:
    return v.get("page") in region_pages(check.get("page"))


def page_candidates(check: dict, validations: list[dict], with_figures: bool) -> list[int]:
    """Validations on the check's page with its status; with figures, one of them must be the check's."""
    found = [
        i for i, v in enumerate(validations)
        if v.get("status") == status_of(check) and on_pages(check, v) and (not with_figures or shares_figure(check, v))
    ]
    return sorted(found, key=lambda i: -relevance(check, validations[i]))


def relates(check: dict, v: dict) -> bool:
    """Whether a validation is about the total a key check speaks of: on its page, else sharing a figure."""
    return on_pages(check, v) if "page" in check else shares_figure(check, v)


def record_alarms(c: Collector, checks: list[dict], validations: list[dict], matched: dict[int, int]) -> None:
    """Each `fail` validation not matched to a key check that says the figures disagree: a FALSE ALARM where a
    check that holds speaks of it (issue 12: there must be none), else listed for review as keyed by no check."""
    for j, v in enumerate(validations):
        if v.get("status") != "fail" or (j in matched and not checks[matched[j]].get("holds")):
            continue
        holding = [ch for ch in checks if ch.get("holds") and relates(ch, v)]
        where = f"p{v.get('page')} {describe_validation(v)}"
        if holding:
            c.score.false_alarms.append(f"{where} -- key says it holds: {collapse(holding[0].get('what', ''))[:80]}")
        else:
            c.score.unkeyed_fails.append(where)
