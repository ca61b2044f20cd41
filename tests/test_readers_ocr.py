"""The OCR reader on small scans made here: what it reads, how it places it, and that bad
pages (blank, turned, a photograph, a damaged or huge image) give warnings, never a crash."""

from __future__ import annotations

import io
import socket

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A6
from reportlab.pdfgen import canvas

from extractors.readers import ocr
from extractors.readers.ocr_words import Char, Gaps, words_of
from extractors.readers.pdf import read_pdf
from schemas.stages import SourceFile
from tests.scan_builders import image_pdf, scanned_image

LINES = ["Meeting date 8 October 2020", "Saving of £160,000 in 2021/22", "Report of the Director"]


def small_pdf(lines: list[str], blank_after: bool = False) -> bytes:
    """An A6 page (cheap to OCR) of 14 pt lines, and a blank page after it if asked."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A6)
    y = A6[1] - 40
    for line in lines:
        c.setFont("Helvetica", 14)
        c.drawString(16, y, line)
        y -= 28
    c.showPage()
    if blank_after:
        c.showPage()
    c.save()
    return buf.getvalue()


def scan_of(data: bytes, turn: int = 0, dpi: int = 200) -> bytes:
    rng = np.random.default_rng(1)
    document = pdfium.PdfDocument(data)
    images = [scanned_image(document[k], dpi, 0.4, rng).rotate(turn, expand=True) for k in range(len(document))]
    document.close()
    return image_pdf(images, dpi)


def source(data: bytes, name: str = "scan.pdf") -> SourceFile:
    return SourceFile(path=name, doc_id="0" * 16, source_format="pdf", data=data)


def texts(stream) -> list[str]:
    return [ln.text for ln in stream.lines if ln.text.strip()]


@pytest.fixture(scope="module")
def scanned():
    return read_pdf(source(scan_of(small_pdf(LINES))))


def test_engine_models_are_the_files_inside_the_installed_package():
    from pathlib import Path

    import rapidocr_onnxruntime

    package = Path(rapidocr_onnxruntime.__file__).parent
    models = sorted(p.name for p in (package / "models").glob("*.onnx"))
    assert len(models) == 3  # detection, orientation, recognition: shipped in the wheel


def test_reading_a_scan_opens_no_network_connection(monkeypatch):
    ocr.engine.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("OCR tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    stream = read_pdf(source(scan_of(small_pdf(["Budget 2021"]))))
    assert any("Budget" in t for t in texts(stream))


def test_scanned_lines_read_as_printed_with_spaces_and_pound_sign(scanned):
    assert texts(scanned) == LINES


def test_scanned_lines_carry_ocr_provenance_and_a_confidence(scanned):
    read = [ln for ln in scanned.lines if ln.text.strip()]
    assert all(ln.ocr and 0.8 <= ln.confidence <= 1.0 for ln in read)
    assert all(ln.page == 1 and ln.top is not None for ln in read)
    assert scanned.n_ocr_pages == 1 and not scanned.problems


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_scanned_on_its_side_or_upside_down_is_read_upright(turn):
    stream = read_pdf(source(scan_of(small_pdf(LINES), turn=turn)))
    assert texts(stream) == LINES
    assert any(f"turned by {(360 - turn) % 360} degrees" in w or f"turned by {turn} degrees" in w for w in stream.warnings)


def test_a_blank_page_is_neither_read_nor_missing():
    stream = read_pdf(source(small_pdf(["Minutes of the meeting"], blank_after=True)))
    assert stream.n_pages == 2 and stream.n_ocr_pages == 0
    assert not stream.problems and not stream.warnings


def test_a_blank_scanned_page_is_neither_read_nor_missing():
    page = Image.new("L", (600, 800), 255)
    stream_pages = image_pdf([page], 100)
    document = pdfium.PdfDocument(stream_pages)
    assert ocr.read_page(document[0], 1).status == "blank"


def test_a_photograph_without_text_is_a_warning_not_a_crash():
    rng = np.random.default_rng(3)
    shades = (rng.random((60, 40)) * 255).astype(np.uint8)
    photo = Image.fromarray(shades, "L").resize((600, 800), Image.BICUBIC)
    mixed = read_pdf(source(_append(small_pdf(["Appendix A photograph"]), image_pdf([photo], 100))))
    assert texts(mixed) == ["Appendix A photograph"]
    assert not mixed.problems
    assert any("page 2" in w for w in mixed.warnings) or mixed.n_ocr_pages == 1


def test_an_image_too_large_to_decode_is_a_warning(monkeypatch):
    monkeypatch.setattr(ocr, "MAX_IMAGE_PIXELS", 1000)
    document = pdfium.PdfDocument(scan_of(small_pdf(["Too big"])))
    page = ocr.read_page(document[0], 1)
    assert page.lines == [] and "too large" in page.warnings[0]


def test_a_corrupt_image_is_a_warning_not_a_crash():
    data = bytearray(scan_of(small_pdf(["Damaged"])))
    start = data.index(b"\xff\xd8")  # the JPEG stream: keep its header, garble the rest
    data[start + 200 : start + 4000] = bytes(3800)
    document = pdfium.PdfDocument(bytes(data))
    page = ocr.read_page(document[0], 1)
    assert page.status in ("read", "blank") or page.warnings


def test_without_ocr_a_scanned_page_is_reported_unread():
    mixed = read_pdf(source(_append(small_pdf(["A text page"]), scan_of(small_pdf(["A scanned page"])))), use_ocr=False)
    assert texts(mixed) == ["A text page"]
    assert mixed.problems == ["no text layer on pages 2; OCR turned off (--no-ocr)"]


def test_words_split_where_a_space_was_nearly_read_and_digits_stay_together():
    chars = [Char(text=t, place=k / 10, probability=0.99, space_before=s) for k, (t, s) in
             enumerate([("t", 0), ("o", 0.02), ("t", 0.3), ("a", 0), ("x", 0), ("1", 0.15), ("5", 0.15)])]
    assert [w.text for w in words_of(chars, Gaps()).words] == ["to", "tax", "15"]


def test_an_unread_glyph_before_a_number_is_the_pound_sign():
    chars = [Char(text="a", place=0.1, probability=0.9), Char(text=" ", place=0.2, probability=0.9),
             Char(text="5", place=0.4, probability=0.9, unread_before=True), Char(text="0", place=0.5, probability=0.9)]
    assert [w.text for w in words_of(chars, Gaps()).words] == ["a", "£50"]


def _append(first: bytes, second: bytes) -> bytes:
    out = pdfium.PdfDocument(first)
    out.import_pages(pdfium.PdfDocument(second))
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def test_an_unsure_full_stop_before_a_small_letter_is_a_speck_and_dropped():
    chars = [Char(text=t, place=k / 10, probability=p) for k, (t, p) in
             enumerate([("t", 0.99), ("o", 0.99), (".", 0.6), ("g", 0.99), ("o", 0.99), (".", 0.99), ("A", 0.99)])]
    assert [w.text for w in words_of(chars, Gaps()).words] == ["togo.A"]


def test_zero_inside_a_word_of_letters_is_the_letter_o():
    from extractors.readers.ocr_words import letter_o

    assert [letter_o(w) for w in ("0ct", "c0st", "2020", "10")] == ["Oct", "cost", "2020", "10"]


def test_a_dash_run_on_from_a_word_before_an_unread_glyph_and_a_number_is_the_pound_sign():
    chars = [Char(text=t, place=k / 10, probability=0.95, unread_before=u) for k, (t, u) in
             enumerate([("a", False), ("t", False), ("-", False), ("1", True), ("6", False)])]
    assert [w.text for w in words_of(chars, Gaps()).words] == ["at", "£16"]
