"""Text dumps with consecutive tables separated only by a heading line: each table stays its
own table and is typed (a saving estimation, a KPI table and a risk register, one after another)."""

from __future__ import annotations

import pytest

from extractors.tables.classify import classify_table
from extractors.tables.find_tabbed import find_tabbed_tables
from tests.table_helpers import item_of, stacked_tables

SAVING = "Saving Estimation|£\nStaff|-1,000\nVans|-2,000\nTotal|-3,000"
KPIS = "Key Benefit|Measure|Baseline|Target\nFewer people waiting|Pending list|120 people|Reduce by 25%"
RISKS = ("Risk|Mitigation|RAG (should the risk occur)|Overall Responsibility\n"
         "Providers do not bid|Market engagement|Amber|Una Vale\nPrices rise|Fix prices for two years|Green|Una Vale")


@pytest.mark.parametrize("kpi_heading, risk_heading", [
    ("6. What will we measure?", "7. What are the risks?"),  # numbered question headings
    ("Measures:", "Risks:"),  # lead-in lines
    ("Key performance indicators", "Risks"),  # plain Title Case headings over rows of column names
])
@pytest.mark.parametrize("blank_after", [False, True])
def test_tabbed_tables_separated_by_a_heading_line_stay_apart_and_are_typed(kpi_heading, risk_heading, blank_after):
    gap = "\n\n" if blank_after else "\n"
    text = f"{SAVING}\n{kpi_heading}{gap}{KPIS}\n{risk_heading}{gap}{RISKS}"
    item = item_of(text)
    tables = find_tabbed_tables(item.lines)
    assert [len(t.rows) for t in tables] == [3, 1, 2]
    assert [classify_table(t, item).kind for t in tables] == ["saving_estimation", "kpis", "risk_register"]


def test_a_capitalised_line_between_rows_of_short_labels_does_not_split_the_table():
    text = ("Characteristic|Impact|Evidence\nGender|Neutral|None held\nReassignment\n"
            "Race|Positive|Survey data\nReligion|Neutral|None held")
    [table] = find_tabbed_tables(item_of(text).lines)
    assert [r[0] for r in table.rows if len(r) == 3] == ["Gender", "Race", "Religion"]


def test_a_wrapped_cell_tail_under_a_row_still_joins_its_row():
    text = "Characteristic|Impact|Mitigation\nGender|None|Monitor\nreassignment\nAge|Positive|None"
    [table] = find_tabbed_tables(item_of(text).lines)
    assert table.rows[0][0] == "Gender reassignment" and len(table.rows) == 2


PDFTOTEXT = """Saving Estimation £000

Original saving -412

Additional saving -818

New revised saving for 2021/22 -1,230
6. What will we measure?
Key Benefit Measure Baseline Target & Timescale

Fewer people waiting

Pending list

120 people

Reduce by 25%
7. What are the risks?
Risk Mitigation RAG (should
the risk occur)

Overall
Responsibility

Providers do not
bid for the work

Market engagement
before tender

Amber

Una Vale

Prices rise over
the contract

Fix prices for
two years

Green

Una Vale
"""


def test_pdftotext_tables_separated_by_a_question_heading_stay_apart_and_keep_their_last_cells():
    saving, kpis, risks = stacked_tables(PDFTOTEXT)
    assert [r[0] for r in saving.rows] == ["Original saving", "Additional saving", "New revised saving for 2021/22"]
    assert kpis.rows == [["Fewer people waiting", "Pending list", "120 people", "Reduce by 25%"]]
    assert [r[0] for r in risks.rows] == ["Providers do not bid for the work", "Prices rise over the contract"]


REGISTER_WITH_A_BLANK_RAG = """Risk Mitigation RAG (should
the risk occur)

Overall
Responsibility

Providers do not
bid for the work

Market engagement
before tender

Una Vale

Prices rise over
the contract

Fix prices for
two years

Green

Una Vale

Depot floods

Sandbags

Red

Una Vale
"""


def test_pdftotext_register_row_without_a_rag_is_kept_where_its_owner_closes_other_rows():
    [table] = stacked_tables(REGISTER_WITH_A_BLANK_RAG)
    assert table.rows == [
        ["Providers do not bid for the work", "Market engagement before tender", "", "Una Vale"],
        ["Prices rise over the contract", "Fix prices for two years", "Green", "Una Vale"],
        ["Depot floods", "Sandbags", "Red", "Una Vale"],
    ]
