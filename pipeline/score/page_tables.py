"""Score the tables of a real-world key: each key table (kind, the page it starts on, rows) against the
extracted table of the same kind that starts on that page, row by row.

A key kind is typed into the table mapping.TABLE_KINDS names (risk_register ->
risks); the database's rows of that table are grouped by `table_id`, and a
group starts on the lowest page of its rows. A key table pairs with the group
that starts on its page and shares its row texts; a table the extractor split
over pages is several groups, and only one pairs (issue 12: a table that runs
over pages is one table). Facts stated about the whole table (`unit_printed`,
`n_rows_printed`, ...) are scored where `table_facts` holds that key for some
table, else listed as not scored.
"""

from __future__ import annotations

from pipeline.score.align import pair_greedy
from pipeline.score.db import DocumentRows
from pipeline.score.mapping import TABLE_COLUMN_ALIASES, TABLE_KINDS, TABLES
from pipeline.score.report import Collector
from pipeline.score.rows import compare_list
from pipeline.score.tables import Group, score_table_key
from pipeline.score.values import collapse

#: Row keys scored even where no column holds them yet (FORMAT "Real-world papers" names them for each kind).
ROW_KEYS = {
    "label", "period", "amount_gbp", "is_total", "risk_starts", "rag", "owner", "indicator_starts", "actual", "target",
    "task_starts", "start", "end",
}

TABLE_META = {"kind", "page", "where", "rows"}


def db_table(kind: str) -> str:
    return TABLE_KINDS.get(kind, kind)


def page_groups(doc: DocumentRows, table: str) -> list[Group]:
    """The extracted tables typed into `table`, by table_id, in order of the page they start on."""
    groups: dict[object, Group] = {}
    for row in doc.rows(table):
        groups.setdefault(row.get("table_id"), Group(row.get("table_id"))).rows.append(row)
    facts = [f for f in doc.rows(TABLES["table_facts"]) if f.get("table_id") is not None]
    for g in groups.values():
        g.facts = [f for f in facts if f.get("table_id") == g.table_id]
    return sorted(groups.values(), key=lambda g: (start_page(g), str(g.table_id)))


def start_page(group: Group) -> int:
    pages = [r["page"] for r in group.rows if isinstance(r.get("page"), int)]
    return min(pages) if pages else 10**6


def key_page(value) -> int | None:
    """A key's page: 5, "5" or the first page of "6-8"."""
    text = str(value or "").split("-")[0].strip()
    return int(text) if text.isdigit() else None


def similarity(key: dict, group: Group) -> float:
    """Same starting page counts most; then the key rows whose first text starts a row text of the group."""
    score = 5.0 if key_page(key.get("page")) == start_page(group) else 0.0
    texts = {collapse(v) for r in group.rows for v in r.values() if isinstance(v, str)}
    anchors = {collapse(next((v for v in r.values() if isinstance(v, str)), "")) for r in key.get("rows") or []}
    score += sum(1 for a in anchors if a and any(t.startswith(a) for t in texts))
    return score


def score_page_tables(c: Collector, doc: DocumentRows, keys: list[dict], db_answers: set[str]) -> set[tuple[str, object]]:
    """Score every key table; returns the (table, table_id) groups paired with one (their rows are accounted for).

    `db_answers`: table-level key names that `table_facts` holds for some table of the database."""
    paired: set[tuple[str, object]] = set()
    by_table: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        by_table.setdefault(db_table(str(key.get("kind"))), []).append(i)
    for table, indexes in by_table.items():
        groups = page_groups(doc, table)
        pairs = pair_greedy([keys[i] for i in indexes], groups, similarity)
        for n, i in enumerate(indexes):
            gi = pairs.get(n)
            group = groups[gi] if gi is not None else None
            if group is not None:
                paired.add((table, group.table_id))
            score_one(c, doc, keys[i], i, table, group, db_answers)
    return paired


def score_one(c: Collector, doc: DocumentRows, key: dict, index: int, table: str, group: Group | None, db_answers: set[str]) -> None:
    kind = str(key.get("kind"))
    path = f"tables[{index}:{kind} p{key.get('page')}]"
    cols = doc.columns(table)
    for name, expected in key.items():
        if name in TABLE_META:
            continue
        if name in db_answers:
            score_table_key(c, doc, kind, group, cols, name, expected, path)
        else:
            c.skip(f"tables.{kind}.{name}")
    if "rows" in key:
        note = None if doc.has_table(table) else f"no table '{table}' in the database"
        compare_list(
            c, key["rows"] or [], group.rows if group else [], cols, f"tables.{kind}", f"{path}.rows", table=table,
            parent_found=group is not None, note=note, required=ROW_KEYS, aliases=TABLE_COLUMN_ALIASES.get(kind),
        )
