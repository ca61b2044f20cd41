"""`chars_text` must give exactly what pdfplumber's `extract_text` gives for the same chars."""

from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils import extract_text

from extractors.readers.pdf.chars_text import chars_text


def _char(text: str, x0: float, top: float, width: float = 5.0, upright: bool = True) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10, "doctop": top,
            "upright": upright, "size": 10.0}


def test_chars_text_joins_words_by_gaps_and_lines_by_tops():
    chars = [_char("a", 0, 0), _char("b", 5, 0), _char("c", 20, 0), _char("d", 0, 14)]
    assert chars_text(chars) == "ab c\nd" == extract_text(chars)


def test_chars_text_sorts_a_line_left_to_right_and_spells_out_ligatures():
    chars = [_char("\ufb01", 10, 1), _char("x", 0, 0), _char(" ", 5, 0, 0.0)]
    assert chars_text(chars) == extract_text(chars) == "x fi"


def test_chars_text_of_nothing_is_empty():
    assert chars_text([]) == ""


_chars = st.lists(
    st.builds(
        _char,
        st.sampled_from(["a", "B", "1", " ", "-", "\ufb02", ""]),
        st.floats(0, 60).map(lambda v: round(v, 1)),
        st.floats(0, 40).map(lambda v: round(v, 1)),
        st.sampled_from([0.0, 2.5, 5.0]),
        st.sampled_from([True, True, True, False]),
    ),
    max_size=25,
)


@settings(max_examples=400, deadline=None)
@given(_chars)
def test_chars_text_equals_pdfplumber_extract_text(chars):
    assert chars_text(chars) == extract_text(chars)
