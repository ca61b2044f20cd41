import pytest

from extractors.values.rag import find_rag, parse_rag
from schemas.records import Rag


@pytest.mark.parametrize("text, rag", [("Amber", Rag.AMBER), ("GREEN", Rag.GREEN), ("red", Rag.RED), (" Green ", Rag.GREEN)])
def test_parse_rag_ignores_case(text, rag):
    assert parse_rag(text) is rag


@pytest.mark.parametrize("text", ["", None, "Amber/Green", "Greenbelt", "Project Group"])
def test_parse_rag_gives_none_for_blank_or_other_words(text):
    assert parse_rag(text) is None


def test_find_rag_separates_the_rating_from_an_owner_on_the_same_line():
    assert find_rag("GREEN Project Group") == (Rag.GREEN, "Project Group")
