"""Officer clearance on a cover paper: `Implications | Officer Clearance`, each row a
question ("Have the resource implications been cleared by Finance?") and an answer
("Yes" and "Name of Financial Officer: ..."). In narrow layouts both columns wrap
over several lines, interleaved, and some wrapped lines lose their tab."""

from __future__ import annotations

import re

from extractors.tables.kinds import TableKind
from extractors.tables.kinds._pack_cells import Row, clean, is_repeated_header, physical_rows
from schemas.base import Record
from schemas.pack_tables import OfficerClearance
from schemas.stages import ItemText, RawTable

KIND = "officer_clearance"
_ANSWER = re.compile(r"^(yes|no|n/?a|not applicable)\b\.?", re.IGNORECASE)
_OFFICER = re.compile(r"(?P<label>[A-Z][\w ]*?officer)\s*:\s*(?P<name>.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[•\-–]\s*")
#: Untabbed lines a wrapped question may leave between two tabbed lines.
MAX_WRAPPED_LINES = 4


def score(table: RawTable, item: ItemText) -> float:
    head = " | ".join(clean(c).lower() for c in table.header)
    if "clearance" in head and ("implication" in head or "officer" in head):
        return 1.0
    return 0.0


class _Draft:
    def __init__(self, line: int | None):
        self.line = line
        self.question: list[str] = []
        self.answer: list[str] = []

    @property
    def question_text(self) -> str:
        return clean(" ".join(self.question))

    @property
    def asked(self) -> bool:
        return self.question_text.endswith("?")

    @property
    def answered(self) -> bool:
        return bool(self.answer)


def _split(row: Row) -> tuple[str, str]:
    """(question part, answer part) of one printed line."""
    if not row.tabbed:
        text = row.cells[0]
        if _BULLET.match(text):  # a lone "-" in the question column was read as a bullet
            return "", _BULLET.sub("", text)
        return text, ""
    left = row.cells[0]
    right = " ".join(c for c in row.cells[1:] if c)
    if _BULLET.sub("", left) == "":
        left = ""  # a stray dash in the question column
    return left, right


def drafts(rows: list[Row]) -> list[_Draft]:
    """Group printed lines into question/answer rows: a new row starts where a question
    line follows a finished question, or where a second answer ("Yes") would begin."""
    out: list[_Draft] = []
    for row in rows:
        left, right = _split(row)
        cur = out[-1] if out else None
        new_row = cur is None or (left and cur.asked) or (right and _ANSWER.match(right) and cur.answered)
        if new_row and left[:1].islower() and cur is not None and not cur.asked:
            new_row = False  # a wrapped question never starts in lower case
        if new_row:
            cur = _Draft(row.line)
            out.append(cur)
        if left:
            cur.question.append(left)
        if right:
            cur.answer.append(right)
    return out


def parse(table: RawTable, item: ItemText, table_id: str) -> list[Record]:
    rows = physical_rows(table, item, max_orphans=MAX_WRAPPED_LINES)
    header = rows[0].cells
    out: list[Record] = []
    for d in drafts([r for r in rows[1:] if not is_repeated_header(r, header)]):
        question = d.question_text
        if not question:
            continue
        answer = clean(" ".join(d.answer)) or None
        verdict = _ANSWER.match(answer or "")
        officer = _OFFICER.search((answer or "")[verdict.end() if verdict else 0 :])
        out.append(
            OfficerClearance(
                doc_id=item.doc_id,
                item_id=item.item_id,
                line=d.line,
                seq=len(out) + 1,
                table_id=table_id,
                implication=question,
                clearance=answer,
                cleared=None if not verdict else verdict.group(1).lower() == "yes",
                officer_label=clean(officer.group("label")) if officer else None,
                officer=clean(officer.group("name")) or None if officer else None,
            )
        )
    return out


TABLE = TableKind(KIND, score, parse)
