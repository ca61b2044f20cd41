"""Fuzz: no exception escapes a stage on random text, lines and tables; a PDF cut
anywhere before its trailer is a `failed` document with a reason, never a crash.

Random lines are built from the vocabulary such documents share (labels, table
header words, money, dates, RAG, bullets, tabs) so the extractors are driven
past their first checks, plus arbitrary unicode. Kept small (about 15 s).
"""

from __future__ import annotations

import os
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.normalise import normalise_text
from extractors.segment import segment_pack
from extractors.tables.classify import classify_table, table_kinds
from extractors.tables.find import find_tables
from pipeline.extract import extract_document, extract_item
from pipeline.ingest import sniff_format
from schemas.stages import ItemText, Line, LineStream, RawTable, SourceFile
from tests.pdf_builders import risk_register_pdf, text_pdf

#: FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py for a longer hunt.
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 80)), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = [
    "Risk", "Mitigation", "RAG", "Red", "Amber", "Green", "Owner", "Total", "£000", "£", "Q1", "Q4", "Year 1",
    "2024/25", "2025-26", "FY", "Saving", "Cost", "Income", "Cash flow", "Cumulative", "Net", "Milestone",
    "Start", "End", "Date", "April 2024", "31/03/2025", "Q3 2024/25", "Baseline", "Target", "Measure", "KPI",
    "Lot", "Budget", "Contract", "Value", "Action", "Agenda", "Item", "Positive", "Negative", "Neutral", "X",
    "Age", "Disability", "Race", "Project Title:", "Officer contact:", "BP Reference:", "Report to:",
    "Recommendation", "(a)", "(ii)", "1.", "2.4", "•", "-", "–", "(1,250)", "-£682k", "£1.2m", "12,500",
    "0", "100%", "n/a", "TBC", "hours", "per week", "Appendix 1", "Equality Impact Assessment", "Business Case",
]
token = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
line_text = st.lists(token, min_size=0, max_size=8).flatmap(
    lambda parts: st.sampled_from([" ", "\t", "   ", "  \t"]).map(lambda sep: sep.join(parts))
)
lines = st.lists(line_text, min_size=1, max_size=40)
cells = st.lists(st.lists(token | st.just(""), min_size=1, max_size=6), min_size=1, max_size=8)
KINDS = ["agenda", "action_log", "committee_report", "business_case", "eqia", "investment_bid", "agenda_plan", "training_plan", "glossary", "appendix", "other"]
FLAVOURS = ["pdftotext", "tabbed", "markdown", "pdf"]


def as_lines(texts: list[str], flavour: str) -> list[Line]:
    pdf = flavour == "pdf"
    return [Line(no=n, text=t, raw=t, page=(n // 20 + 1) if pdf else None, top=float(n % 20) * 14 if pdf else None) for n, t in enumerate(texts, start=1)]


@st.composite
def items(draw) -> ItemText:
    flavour = draw(st.sampled_from(FLAVOURS))
    body = as_lines(draw(lines), flavour)
    tables = []
    if flavour == "pdf":
        for rows in draw(st.lists(cells, max_size=2)):
            tables.append(RawTable(header=rows[0], rows=rows[1:], line=body[0].no, page=1, extractor="pdfplumber", bbox=[10, 10, 500, 300], context=draw(line_text)))
    return ItemText(doc_id="f" * 16, item_id="f" * 16 + ":001", kind=draw(st.sampled_from(KINDS)), title=draw(st.none() | line_text), flavour=flavour, lines=body, tables=tables)


@FUZZ
@given(text=st.text(max_size=2000) | lines.map("\n".join), flavour=st.sampled_from(["pdftotext", "tabbed", "markdown"]))
def test_the_normaliser_never_raises_and_keeps_line_numbers_in_order(text, flavour):
    stream = normalise_text("f" * 16, text, flavour)
    numbers = [ln.no for ln in stream.lines]
    assert numbers == sorted(numbers) and all(1 <= n <= text.count("\n") + 1 for n in numbers)


@FUZZ
@given(texts=lines, flavour=st.sampled_from(FLAVOURS))
def test_the_segmenter_never_raises_and_its_spans_stay_inside_the_stream(texts, flavour):
    stream = LineStream(doc_id="f" * 16, flavour=flavour, lines=as_lines(texts, flavour))
    for span in segment_pack(stream):
        assert 0 <= span.start <= span.end <= len(stream.lines)


@FUZZ
@given(item=items())
def test_no_item_stage_fails_on_random_lines(item):
    """extract_item turns a stage's exception into a warning: there must be none."""
    _, warnings = extract_item(item)
    assert warnings == []


@FUZZ
@given(item=items(), rows=cells)
def test_every_table_kind_scores_and_parses_any_table_without_raising(item, rows):
    tables = find_tables(item) + [RawTable(header=rows[0], rows=rows[1:], line=item.lines[0].no, context="")]
    for n, table in enumerate(tables, start=1):
        classify_table(table, item)
        for kind in table_kinds():
            score = kind.score(table, item)
            assert 0.0 <= score <= 1.0, kind.kind
            kind.parse(table, item, f"{item.item_id}:t{n:02d}")


@lru_cache(maxsize=1)
def sample_pdf() -> bytes:
    return text_pdf([["Report to: Highways Committee", "Date: 3 March 2024", "1. Purpose", "To agree the plan for £5,000."], ["2. Background"]])


def extract_bytes(data: bytes):
    return extract_document(SourceFile(path="cut.pdf", doc_id="c" * 16, source_format=sniff_format(data, "cut.pdf"), data=data)).document


@settings(max_examples=25, deadline=None)
@given(cut=st.floats(min_value=0.0, max_value=1.0))
def test_a_pdf_cut_before_its_trailer_fails_with_a_reason(cut):
    data = sample_pdf()
    end = int(cut * data.rindex(b"trailer"))
    document = extract_bytes(data[:end])
    assert document.status == "failed" and document.error


@settings(max_examples=15, deadline=None)
@given(at=st.integers(min_value=0), junk=st.binary(min_size=1, max_size=64))
def test_a_pdf_with_damaged_bytes_never_crashes_the_reader(at, junk):
    data = risk_register_pdf([("Supplier fails", "Second supplier", "Amber", None, "Head of Service")])
    at %= len(data)
    document = extract_bytes(data[:at] + junk + data[at + len(junk):])
    assert document.status in ("ok", "partial", "failed")
    assert document.status == "ok" or document.error
