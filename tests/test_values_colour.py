import pytest

from extractors.values.colour import rag_from_fill
from schemas.records import Rag


@pytest.mark.parametrize(
    "rgb, rag",
    [
        ((1.0, 0.0, 0.0), Rag.RED),
        ((0.75, 0.0, 0.0), Rag.RED),  # dark red
        ((1.0, 0.5, 0.5), Rag.RED),  # light red
        ((1.0, 0.75, 0.0), Rag.AMBER),  # amber
        ((1.0, 0.65, 0.0), Rag.AMBER),  # orange
        ((1.0, 0.85, 0.2), Rag.AMBER),  # yellow-ish amber
        ((0.0, 0.69, 0.31), Rag.GREEN),  # office green
        ((0.57, 0.82, 0.31), Rag.GREEN),  # light green
        ((0.0, 0.5, 0.0), Rag.GREEN),
    ],
)
def test_rag_from_fill_maps_council_shades_to_the_nearest_rating(rgb, rag):
    assert rag_from_fill(rgb) is rag


@pytest.mark.parametrize("rgb", [None, (1.0, 1.0, 1.0), (0.85, 0.85, 0.85), (0.0, 0.0, 0.0), (0.2, 0.4, 0.9)])
def test_rag_from_fill_leaves_white_grey_black_and_blue_unrated(rgb):
    assert rag_from_fill(rgb) is None
