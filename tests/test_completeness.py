"""Say what did not come out: an item whose expected parts are empty is a warning, not a silent ok."""

from pipeline.completeness import PREFIX, is_incomplete, missing_parts
from schemas.eqia import EqiaAnswer
from schemas.records import Contact, Recommendation
from schemas.stages import ItemText


def _item(kind: str, item_id: str = "d:1", title: str | None = "Budget report") -> ItemText:
    return ItemText(doc_id="d", item_id=item_id, kind=kind, title=title, flavour="pdf", lines=[])


def test_a_cover_report_without_recommendation_or_contact_gets_a_warning_for_each():
    warnings = missing_parts([_item("committee_report")], [])
    assert len(warnings) == 2
    assert all(w.startswith(PREFIX) for w in warnings)
    assert "no recommendation found" in warnings[0] and "'Budget report'" in warnings[0]
    assert "no contact found" in warnings[1]


def test_a_cover_report_with_its_parts_gets_no_warning():
    records = [
        Recommendation(doc_id="d", item_id="d:1", seq=1, label="a", text="note the report"),
        Contact(doc_id="d", item_id="d:1", seq=1, role="officer", name="A Person"),
    ]
    assert missing_parts([_item("committee_report")], records) == []


def test_a_part_found_in_another_item_does_not_count():
    records = [Recommendation(doc_id="d", item_id="d:2", seq=1, label="a", text="agree")]
    warnings = missing_parts([_item("committee_report", "d:1")], records)
    assert any("no recommendation" in w for w in warnings)


def test_an_eqia_without_impacts_is_incomplete_and_kinds_without_expectations_are_not():
    assert missing_parts([_item("eqia")], []) == [
        f"{PREFIX}item d:1 (eqia 'Budget report'): no impact, characteristic box or characteristic answer found"
    ]
    assert missing_parts([_item("appendix")], []) == []


def test_an_eqia_that_answered_no_for_every_characteristic_is_not_incomplete():
    # "Are there negative impacts for Age? No" marks no impact, but the form was read.
    answers = [EqiaAnswer(doc_id="d", item_id="d:1", seq=1, characteristic="Age", asks="negative", answer="no")]
    assert missing_parts([_item("eqia")], answers) == []


def test_is_incomplete_reads_only_its_own_warnings():
    assert is_incomplete(["page 3: no text layer", f"{PREFIX}item x"])
    assert not is_incomplete(["page 3: no text layer"])
