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
