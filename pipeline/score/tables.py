"""Score the `tables` of an answer key: rows of the table named by the key's kind, and facts stated about a table.

A key table of kind K is compared with the rows of the DuckDB table K of the
document (grouped by `table_id` where there are several tables of a kind);
keys stated about the whole table (`stated_total_gbp`, `as_at`, `members`)
with `table_facts` rows of that kind (see `TableFact`), else with a column of
the same name in the table's rows (a `lot` column of `contracts`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.score.align import align
from pipeline.score.db import DocumentRows
from pipeline.score.report import Collector
from pipeline.score.rows import compare_list, compare_text_list
from pipeline.score.values import NO_ROW, collapse, compare, is_empty, numbers_match, parse_iso, resolve, values_match

#: Kinds whose key lists a selection of rows, so rows beyond it are not errors.
SELECTION_KINDS = {"stated_figures"}

TABLE_META = {"kind", "where", "rows"}

#: Row keys that describe a row in the key author's words (a stated figure's "what"): no extractor can print them.
DESCRIPTIVE_KEYS = ("what",)


@dataclass
class Group:
    """The rows and facts of one extracted table of a kind."""

    table_id: str | None
    rows: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)


def table_groups(doc: DocumentRows, kind: str, merge: bool) -> list[Group]:
    """The tables of a kind in the document, by table_id; `merge`: all of them as one
    (the key has one table of the kind, whose facts may sit on a form beside it)."""
    groups: dict[str | None, Group] = {}
    for row in doc.rows(kind):
        tid = None if merge else row.get("table_id")
        groups.setdefault(tid, Group(tid)).rows.append(row)
    shared = []  # facts about the kind with no table_id apply to every table of it
    for fact in doc.rows("table_facts"):
        if fact.get("kind") != kind:
            continue
        if fact.get("table_id") is None or merge:
            shared.append(fact)
        else:
            groups.setdefault(fact["table_id"], Group(fact["table_id"])).facts.append(fact)
    if shared and not groups:
        groups[None] = Group(None)
    for g in groups.values():
        g.facts.extend(shared)
    return sorted(groups.values(), key=lambda g: (g.table_id is None, g.table_id or ""))


def score_tables(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    by_kind: dict[str, list[int]] = {}
    for i, table in enumerate(keys):
        by_kind.setdefault(str(table.get("kind")), []).append(i)
    for kind, indexes in by_kind.items():
        score_kind(c, doc, kind, indexes, [keys[i] for i in indexes])


def score_kind(c: Collector, doc: DocumentRows, kind: str, indexes: list[int], keys: list[dict]) -> None:
    groups = table_groups(doc, kind, merge=len(keys) == 1)
    cols = doc.columns(kind)
    # Several tables of one kind (three `contracts` tables) pair by their table-level keys, then by order.
    pairs = align(keys, groups, lambda k, g: 0.01 + table_similarity(k, g, cols))
    for ki, gi in pairs:
        if ki is None:
            continue  # a table of the kind the key does not list: its rows are not scored
        group = groups[gi] if gi is not None else None
        key, path = keys[ki], f"tables[{indexes[ki]}:{kind}]"
        for name, expected in key.items():
            if name not in TABLE_META:
                score_table_key(c, doc, kind, group, cols, name, expected, path)
        if "rows" in key:
            note = None if doc.has_table(kind) else f"no table '{kind}' in the database"
            compare_list(
                c, key["rows"], group.rows if group else [], cols, f"tables.{kind}", f"{path}.rows",
                count_extras=kind not in SELECTION_KINDS, table=kind, parent_found=group is not None, note=note,
                skip=DESCRIPTIVE_KEYS,
            )


def table_similarity(key: dict, group: Group, cols) -> float:
    score = 0.0
    for name, expected in key.items():
        if name not in TABLE_META and not isinstance(expected, (dict, list)):
            score += 5.0 * table_value(group, cols, name, expected)[0]
    anchors = [next((v for v in r.values() if isinstance(v, str)), None) for r in key.get("rows") or []]
    texts = {collapse(v) for r in group.rows for v in r.values() if isinstance(v, str)}
    score += sum(1 for a in anchors if a is not None and any(t.startswith(collapse(a)) for t in texts))
    return score


def find_facts(group: Group | None, name: str) -> tuple[list[dict], bool]:
    """Facts stated for a key, and whether only their printed text counts: `x_starts`
    reads fact `x`; `x_text` with no fact of its own reads the text of fact `x`."""
    facts = group.facts if group else []
    stem = name.removesuffix("_starts").removesuffix("_contains")
    for candidate in dict.fromkeys((name, stem)):
        hits = [f for f in facts if f.get("key") == candidate]
        if hits:
            return hits, False
    if stem.endswith("_text"):
        hits = [f for f in facts if f.get("key") == stem[:-5]]
        if hits:
            return hits, True
    return [], False


def table_value(group: Group | None, cols, name: str, expected) -> tuple[bool, object]:
    """A table-level scalar: a fact of that key, else a column of that name in the rows; none = empty."""
    if group is None:
        return False, NO_ROW
    facts, text_only = find_facts(group, name)
    if facts:
        return fact_matches(expected, facts[0], name, text_only)
    target = resolve(name, expected, cols)
    if target.column and group.rows:
        return compare(target, expected, group.rows[0])
    return expected is None, None


def fact_matches(expected, fact: dict, name: str, text_only: bool = False) -> tuple[bool, object]:
    """Compare with the typed value of a TableFact: value_gbp for money, value_date for ISO dates, else value_text."""
    text, gbp, date = fact.get("value_text"), fact.get("value_gbp"), fact.get("value_date")
    mode = "starts" if name.endswith("_starts") else "text"
    if expected is None:
        got = text if text_only else next((v for v in (text, gbp, date) if not is_empty(v)), None)
        return is_empty(got), got
    if text_only:
        return values_match(mode, expected, text), text
    if isinstance(expected, bool):
        return values_match("bool", expected, text), text
    if isinstance(expected, (int, float)):
        got = gbp if gbp is not None else text
        return numbers_match(expected, got), got
    parsed = parse_iso(str(expected))
    if parsed and date is not None:
        return date == parsed[0], date
    return values_match(mode, expected, text), text


def fact_list(group: Group | None, name: str, as_dates: bool) -> list:
    facts, text_only = find_facts(group, name)
    use_date = as_dates and not text_only
    return [f["value_date"].isoformat() if use_date and f.get("value_date") else f.get("value_text") for f in facts]


def score_table_key(c: Collector, doc: DocumentRows, kind: str, group: Group | None, cols, name: str, expected, path: str) -> None:
    field_name, where = f"tables.{kind}.{name}", f"{path}.{name}"
    if isinstance(expected, list):
        as_dates = bool(expected) and all(isinstance(v, str) and parse_iso(v) for v in expected)
        compare_text_list(c, expected, fact_list(group, name, as_dates), field_name, where, parent_found=group is not None)
    elif isinstance(expected, dict):
        score_table_person(c, doc, group, name, expected, field_name, where)
    else:
        ok, got = table_value(group, cols, name, expected)
        note = None if ok or group is None else f"looked for table_facts kind='{kind}' key='{name}', or a column '{name}'"
        c.value(field_name, where, expected, got, ok, note)


def score_table_person(c: Collector, doc: DocumentRows, group: Group | None, name: str, expected: dict, field_name: str, where: str) -> None:
    """A person stated about a table (an agenda's clerk): facts `clerk.name`/`clerk_name`, else a contact with that role."""
    people = [r for r in doc.rows("contacts") if str(r.get("role") or "").casefold() == name.casefold()]
    for sub, value in expected.items():
        facts = [f for f in (group.facts if group else []) if f.get("key") in (f"{name}.{sub}", f"{name}_{sub}")]
        if facts:
            ok, got = fact_matches(value, facts[0], sub)
        elif people:
            ok, got = compare(resolve(sub, value, doc.columns("contacts")), value, people[0])
        else:
            ok, got = False, None
        c.value(f"{field_name}.{sub}", f"{where}.{sub}", value, got, ok)

