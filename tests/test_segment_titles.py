"""Items of no known kind are titled by the heading they open with (re-typed openings)."""

from extractors.segment import heading_title, segment_pack
from schemas.stages import Line, LineStream


def lines_of(*texts: str) -> list[Line]:
    return [Line(no=k, text=t) for k, t in enumerate(texts, start=1)]


def test_the_first_heading_line_titles_an_item_of_no_known_kind():
    assert heading_title(lines_of("", "Parking Enforcement Review", "1. Introduction")) == "Parking Enforcement Review"


def test_a_heading_wrapped_after_a_comma_or_in_two_capital_lines_is_joined():
    assert heading_title(lines_of("Harbour Budget 2026-27,", "and Fees Schedule 2026-29", "The Board is asked")) == (
        "Harbour Budget 2026-27, and Fees Schedule 2026-29")
    assert heading_title(lines_of("NORTHSHIRE COUNCIL", "LICENSING PANEL", "Minutes of the meeting")) == (
        "NORTHSHIRE COUNCIL LICENSING PANEL")


def test_table_rows_labels_salutations_and_figures_are_not_headings():
    assert heading_title(lines_of("Ref\tScheme\t2026-27", "Direct line: 01234 567890", "Dear Member",
                                  "£m £m", "Grounds Maintenance Contract")) == "Grounds Maintenance Contract"
    assert heading_title(lines_of("Ref\tScheme\t2026-27", "12\tBridge repairs\t4,000")) is None


def test_segment_pack_titles_the_leading_item_of_no_known_kind():
    stream = LineStream(doc_id="d", flavour="pdf", lines=lines_of("Reserves Strategy", "Background", "The reserves are held"))
    [span] = segment_pack(stream)
    assert (span.kind, span.title) == ("other", "Reserves Strategy")
