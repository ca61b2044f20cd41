"""Records of decision and decision notices: found by their heading and labels, read into
decisions and decision_points, on small streams laid out as the two form families print."""

from extractors.fields.decision import extract, split_inline_markers
from extractors.segment import segment_pack
from pipeline.extract import item_text
from schemas.decisions import Decision, DecisionPoint
from tests.stream_helpers import stream

LABELLED_RECORD = [
    "ANY COUNCIL – PROPOSED RECORD OF DECISION",
    "",
    "DECISION TO BE TAKEN BY:\tDECISION NUMBER:",
    "Cabinet\t25/00012",
    "",
    "For publication",
    "Key decision: YES",
    "Key decision criteria. The decision will:",
    "a) result in savings or expenditure which is significant",
    "",
    "Subject Matter / Title of Decision: Library Opening Hours –",
    "Summer 2025",
    "Decision:",
    "The Cabinet agree to:",
    "a) APPROVE the revised opening hours",
    "b) DELEGATE authority to the Director to agree the",
    "final timetable",
    "",
    "Reason(s) for decision:",
    "The hours need to change.",
    "signed\tdate",
]

LETTERED_BOXES = [
    "Decision Recording Form",
    "Decision determined at Housing Policy Committee",
    "meeting on 3 March 2025",
    "",
    "Committee Members present:",
    "Councillor A Person",
    "Deadline for Escalation Panel referral 10 March 2025",
    "(a)\tSubject:\tEmpty Homes Strategy (agenda item 6)",
    "(b)\tWard:",
    "(c)\tDeclarations of interest: None",
    "(d) Decision taken",
    "The Policy Committee:",
    "1.\tApproved the strategy.",
    "2.\tFunding",
    "a. Approved the budget of £2m.",
    "b. Noted the risks.",
    "(e)\tExempt Information? Open",
    "(h)\tReason for decision: As set out in the report.",
    "\f",
    "(a)\tSubject:\tRent Setting (agenda item 7)",
    "(b)\tWard:\tAll wards",
    "(c)\tDeclarations of interest: None",
    "(d)\tDecision taken That the Committee: 1. Agreed the rents. 2. Noted the consultation.",
    "(e)\tExempt Information? Open",
    "(h)\tReason for decision: As set out in the report.",
]


def _items(texts):
    s = stream(texts)
    return [item_text(s, span) for span in segment_pack(s)]


def _rows(item, model):
    return [r for r in extract(item) if isinstance(r, model)]


def test_a_labelled_record_of_decision_is_one_decision_item_titled_by_its_subject():
    items = _items(LABELLED_RECORD)
    assert [(i.kind, i.title) for i in items] == [("decision", "Library Opening Hours – Summer 2025")]


def test_a_labelled_record_gives_number_maker_key_decision_and_no_date_when_unsigned():
    (decision,) = _rows(_items(LABELLED_RECORD)[0], Decision)
    assert decision.decision_no == "25/00012"
    assert decision.decision_maker == "Cabinet"
    assert decision.key_decision is True  # "Key decision criteria" below is not the answer
    assert decision.title == "Library Opening Hours – Summer 2025"
    assert decision.decision_date is None
    assert decision.lead_in == "The Cabinet agree to:"


def test_a_labelled_record_gives_one_point_per_letter_after_the_lead_in():
    points = _rows(_items(LABELLED_RECORD)[0], DecisionPoint)
    assert [(p.label, p.text) for p in points] == [
        ("a", "APPROVE the revised opening hours"),
        ("b", "DELEGATE authority to the Director to agree the final timetable"),
    ]


def test_lettered_boxes_give_one_decision_per_subject_with_the_banners_body_and_date():
    items = _items(LETTERED_BOXES)
    assert [(i.kind, i.title) for i in items] == [("decision", "Decision Recording Form")]
    decisions = _rows(items[0], Decision)
    assert [(d.seq, d.title, d.agenda_item) for d in decisions] == [
        (1, "Empty Homes Strategy", "6"), (2, "Rent Setting", "7")]
    assert {d.decision_maker for d in decisions} == {"Housing Policy Committee"}
    assert {str(d.decision_date) for d in decisions} == {"2025-03-03"}
    assert [d.wards for d in decisions] == [None, "All wards"]


def test_lettered_boxes_read_numbered_points_with_lettered_sub_points_per_decision():
    points = _rows(_items(LETTERED_BOXES)[0], DecisionPoint)
    first = [(p.label, p.parent_label, p.text) for p in points if p.decision_seq == 1]
    assert first == [("1", None, "Approved the strategy."), ("2", None, "Funding"),
                     ("a", "2", "Approved the budget of £2m."), ("b", "2", "Noted the risks.")]
    second = [(p.label, p.text, p.page) for p in points if p.decision_seq == 2]
    assert second == [("1", "Agreed the rents.", 2), ("2", "Noted the consultation.", 2)]


def test_inline_markers_split_only_where_the_numbering_runs_on():
    assert split_inline_markers("That: 1. Agreed. 2. Noted. 4. Not a point") == ["That:", "1. Agreed.", "2. Noted. 4. Not a point"]
    assert split_inline_markers("funding of up to 2. million") == ["funding of up to 2. million"]


def test_a_sentence_naming_a_record_of_decision_does_not_start_an_item():
    items = _items(["Budget report", "", "The proposed record of decision is attached.", "Decision: agree"])
    assert all(i.kind != "decision" for i in items)


def test_a_decision_item_without_points_and_minutes_without_minutes_warn_as_incomplete():
    from pipeline.completeness import missing_parts
    from schemas.stages import ItemText

    items = [ItemText(doc_id="d", item_id=f"d:{n}", kind=k, title=None, flavour="pdf", lines=[])
             for n, k in enumerate(("decision", "minutes"))]
    warnings = missing_parts(items, [])
    assert any("(decision): no decision taken found" in w for w in warnings)
    assert any("(minutes): no meeting found" in w for w in warnings)
    assert any("(minutes): no minute found" in w for w in warnings)


def test_a_form_heading_with_no_label_read_gives_a_decision_found_by_its_heading():
    from schemas.stages import ItemText, Line

    item = ItemText(doc_id="d", item_id="d:1", kind="decision", title="Record of Decision", flavour="pdf",
                    lines=[Line(no=1, text="Record of Decision", page=1), Line(no=2, text="Illegible scan", page=1)])
    (decision,) = [r for r in extract(item) if isinstance(r, Decision)]
    assert decision.basis == "heading" and decision.decision_no is None and decision.title is None


def test_inline_lists_open_at_1_before_a_capital_or_at_a_after_a_colon_only():
    assert split_inline_markers("Approve option a) and b) of the report") == ["Approve option a) and b) of the report"]
    assert split_inline_markers("Cabinet agree to: a) note it b) agree it") == ["Cabinet agree to:", "a) note it", "b) agree it"]
    assert split_inline_markers("reduced by 1. the rest") == ["reduced by 1. the rest"]


def test_form_headings_of_other_templates_start_a_decision_item_when_labels_follow():
    texts = ["Record of Individual Cabinet Member Decision", "", "Decision maker: Cabinet Member for Highways",
             "Title: Speed Limit Review", "Decision: To approve the 20mph zones.", "Date of decision: 14 May 2025"]
    (item,) = _items(texts)
    assert (item.kind, item.title) == ("decision", "Speed Limit Review")
    (decision,) = _rows(item, Decision)
    assert (decision.decision_maker, str(decision.decision_date)) == ("Cabinet Member for Highways", "2025-05-14")
    assert [p.text for p in _rows(item, DecisionPoint)] == ["To approve the 20mph zones."]
