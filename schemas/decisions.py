"""Tables of records of decision, decision notices and meetings (agenda front
sheets, minutes).

A decision item (a "Record of Decision", a "Decision Recording Form") may record
several decisions, one per agenda item: each is a `decisions` row, and each point
decided ("a) APPROVE ...", "2. Residents Parking") a `decision_points` row.
An agenda front sheet or a set of minutes is one `meetings` row; its numbered
items are `agenda_items` rows of the same item (join on `item_id`).
"""

from __future__ import annotations

import datetime as dt

from schemas.base import ItemRow


class Decision(ItemRow, table="decisions"):
    #: "<item_id>:dNN": the key its points name.
    decision_id: str
    #: Order of the decision within its item (1 for a one-decision record).
    seq: int
    decision_no: str | None = None
    #: The subject or title of the decision as printed (an "(agenda item 7)" tail removed).
    title: str | None = None
    #: Who takes the decision: a person, "Cabinet", or the committee named in the banner.
    decision_maker: str | None = None
    key_decision: bool | None = None
    key_decision_text: str | None = None
    #: The date the decision was taken or signed; null where the form is unsigned.
    decision_date: dt.date | None = None
    decision_date_precision: str | None = None
    decision_date_text: str | None = None
    wards: str | None = None
    #: The agenda item the decision was taken under, where the form prints it.
    agenda_item: str | None = None
    #: The words before the points decided ("The Cabinet agree to:"); null where there is no list.
    lead_in: str | None = None
    #: How the decision was found: `label_block` (its form labels were read) or `heading`
    #: (the form's heading only: no label block, so no fields).
    basis: str = "label_block"


class DecisionPoint(ItemRow, table="decision_points"):
    """One point decided: a lettered or numbered entry of the decision, or the whole
    decision text where it has no list. Sub-points name their parent's label."""

    #: The decision decided (`decisions.decision_id`), and which of the item's decisions it is (`decisions.seq`).
    decision_id: str
    decision_seq: int
    seq: int
    label: str | None = None
    parent_label: str | None = None
    text: str


class Meeting(ItemRow, table="meetings"):
    """The meeting an agenda front sheet calls or a set of minutes records."""

    #: The body that meets ("Cabinet", "Adults Committee").
    body: str | None = None
    meeting_date: dt.date | None = None
    meeting_date_precision: str | None = None
    meeting_date_text: str | None = None
    #: Start time as HH:MM (24-hour), and as printed.
    time: str | None = None
    time_text: str | None = None
    venue: str | None = None
    clerk: str | None = None
