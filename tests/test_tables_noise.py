"""Tables that are not tables are flagged `is_noise` and never typed (built PDFs and raw tables)."""

from __future__ import annotations

from extractors.tables.classify import classify_table
from extractors.tables.noise import noise_reason
from pipeline.extract import extract_document
from schemas.records import ExtractedTable, Milestone, Risk
from schemas.stages import RawTable, SourceFile
from tests.pdf_builders_tables import bar_chart_pdf, prose_table_pdf, word_grid_pdf
from tests.table_helpers import item_of

PROSE = (
    "The proposal will move the service to a new provider. Staff have been consulted and the change "
    "is expected to make little difference to most people who use the service today, although some "
    "younger people may need more support while they settle in."
)


def extracted(data: bytes):
    result = extract_document(SourceFile(path="t.pdf", doc_id="f" * 16, source_format="pdf", data=data))
    tables = [r for r in result.records if isinstance(r, ExtractedTable)]
    typed = [r for r in result.records if isinstance(r, (Risk, Milestone))]
    return tables, typed, [t for t in tables if t.kind is not None]


def test_a_bar_chart_gives_no_typed_table_and_what_was_found_is_flagged_noise():
    tables, typed, kinds = extracted(bar_chart_pdf([(27, 6, 14, 31, 22), (12, 9, 18, 25, 30)], ["Bus", "Rail", "Walk", "Cycle", "Car"]))
    assert not typed and not kinds
    assert all(t.is_noise for t in tables)


def test_prose_laid_out_word_by_word_is_a_noise_word_grid():
    sentence = ("Delegates authority to the Director of Transport in consultation with the Chief Executive "
                "to agree the final allocation of the fund and to enter into the grant agreements needed")
    tables, _, kinds = extracted(word_grid_pdf(sentence, per_row=10))
    assert tables and not kinds
    assert all(t.is_noise for t in tables)


def test_a_prose_table_under_an_impact_header_is_not_typed_as_risks():
    header = ["Characteristic", "Risk of negative impact", "Mitigating actions", "Responsibility"]
    rows = [["Age", PROSE, PROSE, PROSE], ["Disability", PROSE, PROSE, PROSE], ["", PROSE, "", ""], ["", PROSE, "", ""]]
    _, typed, kinds = extracted(prose_table_pdf(header, rows))
    assert not typed and all(t.kind != "risk_register" for t in kinds)


def test_a_chart_read_as_figures_only_is_noise_but_a_labelled_money_table_is_not():
    chart = RawTable(header=["40", "30"], rows=[["27,6", "31 25"], ["18", "12"], ["0", ""]])
    money = RawTable(header=["", "2022/23 £000"], rows=[["Staff", "25"]])
    assert noise_reason(chart) is not None
    assert noise_reason(money) is None


def test_a_grid_of_marks_repeating_a_few_words_is_not_a_word_grid():
    marks = RawTable(header=["Characteristic", "High", "Medium", "Low", "Positive", "Negative", "None"],
                     rows=[[c, "", "x", "", "x", "", ""] for c in ("Age", "Disability", "Sex", "Race", "Religion")]
                     + [["Carers", "Yes", "No", "No", "Yes", "No", "No"], ["Rurality", "Yes", "No", "No", "Yes", "No", "No"]])
    assert noise_reason(marks) is None


def test_a_status_of_open_is_not_a_rating_and_a_table_without_ratings_or_owners_is_not_a_register():
    actions = RawTable(header=["Climate action", "Description", "Status"],
                       rows=[["Solar roofs", "Fit panels to the depots", "Open"], ["Fleet", "Electric vans for the risk team", "Ongoing"]])
    assert classify_table(actions, item_of("Risks and actions")) is None


def test_a_timetable_header_over_a_body_without_dates_is_not_typed():
    roles = RawTable(header=["Role", "Task", "Finish"],
                     rows=[["Leader", "Chairs the Cabinet", "Sets the agenda"], ["Deputy", "Deputises", "Reports to Council"]])
    dated = roles.model_copy(update={"rows": [["Leader", "Draft the plan", "March 2025"], ["Deputy", "Consult", "Q2 2025"]]})
    assert classify_table(roles, item_of("")) is None
    assert classify_table(dated, item_of("")).kind == "timetable"
