from schemas.records import Rag
from tests.table_helpers import typed

TABLE = """Risk|Mitigation|RAG (should the risk occur)|Overall Responsibility
Depot floods in winter|Move stock upstairs|RED|Una Vale
Suppliers raise prices.|Fix prices for two years||Una Vale
Staff shortage.|Agency cover|amber|"""


def test_printed_rag_is_normalised_with_text_source():
    rows = typed(TABLE, "risk_register")
    assert (rows[0].rag, rows[0].rag_source) == (Rag.RED, "text")
    assert (rows[2].rag, rows[2].rag_source) == (Rag.AMBER, "text")


def test_blank_rag_and_blank_owner_are_null():
    rows = typed(TABLE, "risk_register")
    assert (rows[1].rag, rows[1].rag_source) == (None, None)
    assert rows[2].owner is None and rows[0].owner == "Una Vale"
    assert rows[1].mitigation == "Fix prices for two years"


def test_blank_rag_cell_takes_its_rating_from_the_fill_colour_and_printed_text_wins():
    from extractors.tables.kinds.risk_register import TABLE as KIND
    from schemas.stages import RawTable
    from tests.table_helpers import item_of

    pale_red, orange, olive, grey = (0.96, 0.6, 0.6), (0.98, 0.6, 0.1), (0.45, 0.6, 0.2), (0.8, 0.8, 0.8)
    table = RawTable(
        header=["Risk", "Mitigation", "RAG", "Owner"],
        rows=[["Depot floods", "Sandbags", "", "Una Vale"], ["Prices rise", "Fixed terms", "", "Una Vale"],
              ["Staff leave", "Agency cover", "", "Una Vale"], ["Roof leaks", "Survey", "Green", "Una Vale"],
              ["Van breaks", "Hire", "", "Una Vale"]],
        fills=[[None, None, pale_red, None], [None, None, orange, None], [None, None, olive, None],
               [None, None, pale_red, None], [None, None, grey, None]],
        extractor="pdfplumber",
    )
    rows = KIND.parse(table, item_of(""), "d:001:t01")
    assert [(r.rag, r.rag_source) for r in rows] == [
        (Rag.RED, "colour"), (Rag.AMBER, "colour"), (Rag.GREEN, "colour"), (Rag.GREEN, "text"), (None, None),
    ]


def test_a_register_rated_by_likelihood_and_consequence_is_typed_as_risks():
    from extractors.tables.classify import classify_table
    from extractors.tables.kinds.risk_register import parse
    from schemas.stages import ItemText, RawTable

    table = RawTable(
        header=["Directorate", "Risk Title", "Risk Event", "Consequence", "Current Likelihood (1-5)"],
        rows=[["ALL", "Fuel price rises", "Costs exceed budget", "Overspend", "4"]],
        line=10,
    )
    item = ItemText(doc_id="d", item_id="d:001", kind="other", flavour="pdf", lines=[])
    assert classify_table(table, item).kind == "risk_register"
    [risk] = parse(table, item, "d:001:t01")
    assert (risk.risk, risk.rag, risk.owner) == ("Fuel price rises", None, None)
