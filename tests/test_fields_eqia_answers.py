"""Per-characteristic answers of EqIA forms (extractors/fields/eqia_answers.py), on small
built line streams: tick-box grid rows and Yes/No questions, and the impacts they mark."""

from extractors.fields.eqia_answers import answer_records, read_answers
from schemas.eqia import EqiaAnswer
from schemas.records import EqiaImpact
from schemas.stages import Line

ASK = "Does your analysis indicate a disproportionate impact?"
GRID = [
    "PROTECTED CHARACTERISTICS",
    f"Age: Young People\t{ASK} Yes ☒ No ☐",
    "Potential impacts:\tThe new bus routes will provide a disproportionate benefit to this group",
    "Mitigations:\tNone",
    f"Age: Older People\t{ASK} Yes ☒ No ☐",
    "Potential impacts:\tOlder drivers are likely to be disproportionately impacted by the charge",
    "Mitigations:\tNone",
    f"Sexual orientation\t{ASK} Yes ☐ No ☒",
    "Potential impacts:",
    f"Marriage & civil partnership\t{ASK} Yes ☒ No ☒",
    "Potential impacts:",
    f"Religion or Belief\t{ASK} Yes ☐ No ☐",
    "Other groups [Please add additional rows below]",
]

QUESTIONS = [
    "19. Negative Impacts and Mitigating actions for Age",
    "Are there negative impacts for age?",
    "No",
    "Details of negative impacts for Age",
    "Are there negative impacts for Disability?\tYes",
    "Are there negative impacts for Carer’s responsibilities",
    "",
    "YES",
    "Are there any positive impacts for all or any of the protected groups as a result of the activity?",
    "Yes",
    "Are there negative impacts for Race",
    "To be assessed next year",
]


def lines(texts: list[str]) -> list[Line]:
    return [Line(no=i + 1, text=t, page=1) for i, t in enumerate(texts)]


def impacts(texts: list[str]) -> list[tuple[str, str]]:
    records = answer_records(read_answers(lines(texts)), {"doc_id": "d", "item_id": "d:1"})
    return [(r.characteristic, r.impact) for r in records if isinstance(r, EqiaImpact)]


def test_yes_ticked_against_harm_is_negative_and_against_a_benefit_is_positive():
    found = dict(impacts(GRID))
    assert found["Age: Older People"] == "negative"
    assert found["Age: Young People"] == "positive"


def test_no_ticked_on_a_question_about_any_impact_is_none():
    assert ("Sexual orientation", "none") in impacts(GRID)


def test_both_boxes_or_neither_ticked_is_unreadable_and_claims_no_impact():
    found = impacts(GRID)
    assert ("Marriage & civil partnership", None) in found and ("Religion or Belief", None) in found
    answers = {a.characteristic: a.answer for a in read_answers(lines(GRID))}
    assert answers["Marriage & civil partnership"] == "both" and answers["Religion or Belief"] is None


def test_a_row_without_tick_boxes_is_not_an_answer():
    assert "Other groups" not in [a.characteristic for a in read_answers(lines(GRID))]


def test_yes_to_a_negative_impacts_question_is_negative_and_no_gives_no_impact_row():
    assert impacts(QUESTIONS) == [("Disability", "negative"), ("Carer’s responsibilities", "negative")]


def test_every_answered_question_is_kept_even_where_it_marks_no_impact():
    records = answer_records(read_answers(lines(QUESTIONS)), {"doc_id": "d", "item_id": "d:1"})
    answers = [(r.characteristic, r.answer) for r in records if isinstance(r, EqiaAnswer)]
    assert answers == [("Age", "no"), ("Disability", "yes"), ("Carer’s responsibilities", "yes"), ("Race", None)]


def test_a_general_question_naming_no_characteristic_is_not_an_answer():
    assert not any("protected groups" in a.characteristic for a in read_answers(lines(QUESTIONS)))
