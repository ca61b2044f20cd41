"""Score the `decisions` of a real-world key: records of decision and decision notices, and the points each decides.

A key decision pairs with a `decisions` row of the document (by decision
number and title); its points (`decisions_starts`, `decision_labels`, the
lettered `decisions` list) are the `decision_points` rows of that decision,
found through the link columns of mapping.DECISION_POINT_LINKS, else all
points of the decision's item.
"""

from __future__ import annotations

from pipeline.score.db import DocumentRows
from pipeline.score.mapping import COLUMN_ALIASES, DECISION_POINT_LINKS, REQUIRED, TABLES
from pipeline.score.report import Collector
from pipeline.score.rows import compare_fields, compare_list, compare_text_list, pair_records, skip_nested
from pipeline.score.values import collapse

POINT_KEYS = {"decisions_starts", "decision_labels", "decisions"}

#: A decision is recognised by its number first, then by its title.
DECISION_WEIGHTS = {"decision_no": 10.0, "title": 3.0}


def score_decisions(c: Collector, doc: DocumentRows, keys: list[dict]) -> None:
    table = TABLES["decisions"]
    cols = doc.columns(table)
    aliases = COLUMN_ALIASES["decisions"]
    for ki, row in pair_records(c, keys, doc.rows(table), cols, "decisions", DECISION_WEIGHTS, doc.doc_id is not None, any_order=True):
        key, path = keys[ki], f"decisions[{ki}]"
        compare_fields(c, key, row, cols, "decisions", path, skip=POINT_KEYS, table=table, required=REQUIRED["decisions"], aliases=aliases)
        skip_nested(c, key, POINT_KEYS, "decisions")
        score_points(c, doc, key, row, path)


def points_of(doc: DocumentRows, decision: dict | None) -> list[dict]:
    """The decision_points rows of one decision row (empty when the row is missing)."""
    if decision is None:
        return []
    points = doc.of_item(TABLES["decision_points"], decision.get("item_id"))
    cols, own = doc.columns(TABLES["decision_points"]), doc.columns(TABLES["decisions"])
    for point_col, decision_col in DECISION_POINT_LINKS:
        if point_col in cols and decision_col in own and decision.get(own[decision_col][0]) is not None:
            value = decision.get(own[decision_col][0])
            return [p for p in points if p.get(cols[point_col][0]) == value]
    return points


def flatten_points(points: list[dict]) -> list[dict]:
    """The lettered list of a notice (`{label, heading, sub: [...]}`) as the points that carry text, in order."""
    flat = []
    for point in points:
        if point.get("text_starts") is not None:
            flat.append({"label": point.get("label"), "text_starts": point["text_starts"]})
        flat.extend({"label": s.get("label"), "text_starts": s.get("text_starts")} for s in point.get("sub") or [])
    return flat


def score_points(c: Collector, doc: DocumentRows, key: dict, row: dict | None, path: str) -> None:
    table = TABLES["decision_points"]
    points, cols, present = points_of(doc, row), doc.columns(table), row is not None
    note = None if doc.has_table(table) else f"no table '{table}' in the database"
    if "decisions_starts" in key:
        # FORMAT: "decisions_starts" lists the decisions taken, not their sub-points.
        top = [p for p in points if not p.get("parent_label")] if "parent_label" in cols else points
        starts = [{"text_starts": s} for s in key["decisions_starts"] or []]
        compare_list(c, starts, top, cols, "decisions.decisions_starts", f"{path}.decisions_starts", table=table,
                     parent_found=present, note=note, required=REQUIRED["decision_points"])
    if "decision_labels" in key:
        labels = [collapse(p.get("label") or "") for p in points]
        compare_text_list(c, key["decision_labels"] or [], labels, "decisions.decision_labels", f"{path}.decision_labels", parent_found=present)
    if "decisions" in key:
        compare_list(c, flatten_points(key["decisions"] or []), points, cols, "decisions.points", f"{path}.decisions", table=table,
                     count_extras=False, parent_found=present, note=note, required=REQUIRED["decision_points"])
