"""An action plan: `Improvement / action required | Responsible Officer | Timescale`, as an
EqIA (or any report) sets out what it will do, who does it and by when. Blank rows of the
form are no actions. Risk registers (an action beside a risk and its rating) and minutes'
action logs (a minute and a status) are other kinds."""

from __future__ import annotations

import re

from extractors.tables.cells import body_rows, cell, clean_cell
from extractors.tables.evidence import fits_column, is_phrase
from extractors.tables.kinds import TableKind
from extractors.vocabulary import labels
from schemas.base import Record
from schemas.eqia_tables import PlannedAction
from schemas.stages import ItemText, RawTable

KIND = "action_plan"
#: Header words of the kinds an action column also sits in.
_OTHER_KINDS = ("risk", "likelihood", "impact", "rag", "score", "minute", "status", "£", "cost", "budget")


def _names(heading: str, word: str) -> bool:
    """Whether a heading holds the word (or words) whole: "date" in "Target date", not in "update"."""
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", " ".join(heading.lower().split())) is not None


def _find(header: list[str], words: tuple[str, ...], taken: tuple[int | None, ...] = ()) -> int | None:
    """The first heading (not already taken) naming one of the words, tried in order."""
    for w in words:
        for i, h in enumerate(header):
            if i not in taken and _names(h, w):
                return i
    return None


def columns(table: RawTable) -> dict[str, int | None]:
    action = _find(table.header, labels("tables", "action_plan_action"))
    owner = _find(table.header, labels("tables", "action_plan_owner"), (action,))
    when = _find(table.header, labels("tables", "action_plan_when"), (action, owner))
    return {"action": action, "owner": owner, "when": when}


def score(table: RawTable, item: ItemText) -> float:
    head = " ".join(" ".join(h.lower().split()) for h in table.header)
    if any(w in head for w in _OTHER_KINDS) or len(table.header) > 5:
        return 0.0
    cols = columns(table)
    if cols["action"] is None or cols["owner"] is None or cols["when"] is None:
        return 0.0
    return 0.7 if fits_column(table, cols["action"], is_phrase) else 0.0


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    cols = columns(table)
    out: list[Record] = []
    for _, row, line in body_rows(table):
        action = clean_cell(cell(row, cols["action"]))
        if not action:
            continue
        out.append(PlannedAction(
            doc_id=item.doc_id, item_id=item.item_id, page=table.page if line is None else None,
            line=line if line is not None else table.line, seq=len(out) + 1, table_id=table_id, action=action,
            responsible_officer=clean_cell(cell(row, cols["owner"])) or None,
            timescale=clean_cell(cell(row, cols["when"])) or None,
        ))
    return out


TABLE = TableKind(KIND, score, parse)
