"""EqIA submission forms that ask 'Are there negative impacts for X?' per characteristic."""

from extractors.tables.classify import classify_table
from schemas.stages import RawTable
from tests.table_helpers import item_of, typed

FORM = """Question|Answer
EQIA Title|Closing the east library
Are there negative impacts for age?|Yes
Are there negative impacts for Sex|No
Details of negative impacts for Age|Fewer older readers nearby
Are there negative impacts for Disability?|No
Mitigating actions for Disability|Not Applicable
Are there any negative impacts for Carer's responsibilities|No
Are there any positive impacts for all or any of the protected groups?|Yes
Are there negative impacts for Race|To be assessed"""


def test_a_question_and_answer_table_is_claimed_but_leaves_its_answers_to_the_line_reader():
    # The answers are read from the item's lines (fields/eqia_answers): rows here would repeat them.
    assert typed(FORM, "eqia_impacts") == []


def test_a_two_column_table_with_one_such_question_is_not_an_impact_form():
    table = RawTable(header=["Question", "Answer"], rows=[["Are there negative impacts for age?", "No"], ["Budget", "£5,000"]])
    found = classify_table(table, item_of("x"))
    assert found is None or found.kind != "eqia_impacts"
