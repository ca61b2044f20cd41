"""The fast pass over a PDF's pages (pypdfium2): words with their boxes, and ruling cues.

pdfplumber builds a Python object per character, which costs about 60 times
what PDFium's text pass costs. Here the page text comes in one call and only
the first and last character of each word are asked for their box, so most
pages (prose) are read at PDFium's speed; the words go through the same
`words_to_lines` as pdfplumber's. Pages with enough drawn segments to hold a
ruled table are flagged (`may_hold_ruling`) for `ruling_pdfium`.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.readers.pdf import pdfium_calls as calls

# PDFium marks a hyphen that ends a line with these (its word runs on the next line)
_LINE_END_HYPHENS = "\ufffe\x02"
RULING_SUBPATHS = 4  # as pdfplumber's `has_ruling`: four lines or rectangles


def open_document(data: bytes) -> pdfium.PdfDocument | None:
    """The document for the fast pass, or None if PDFium cannot read it (pdfplumber then reads every page)."""
    try:
        return pdfium.PdfDocument(data)
    except Exception:
        return None


def origin(page) -> tuple[float, float]:
    """Left and top edges of the media box: pdfminer measures from them (x from the left,
    `top` down from the top edge), PDFium in the PDF's own user space."""
    left, _, _, top = page.get_mediabox()
    return left, top


class _Boxes:
    """Loose character boxes (font ascent to descent, like pdfminer's) in top-down page space."""

    def __init__(self, handle: int, frame: tuple[float, float]):
        self.handle, (self.left, self.top) = handle, frame
        self.rect = pdfium_c.FS_RECTF()
        self.rect_at = ctypes.addressof(self.rect)

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        calls.char_box(self.handle, index, self.rect_at)
        r = self.rect
        return r.left - self.left, self.top - r.top, r.right - self.left, self.top - r.bottom


def _last_printed(textpage, text: str, start: int, end: int) -> int:
    """Index of the word's last character that is printed (not a generated or line-end mark)."""
    last = end - 1
    while last > start and (text[last] in _LINE_END_HYPHENS or calls.is_generated(textpage, last) == 1):
        last -= 1
    return last


def _word(textpage, boxes: _Boxes, text: str, start: int, end: int) -> dict:
    x0, top, _, bottom = boxes(start)
    x1 = boxes(_last_printed(textpage, text, start, end))[2]
    word = text[start:end]
    for mark in _LINE_END_HYPHENS:
        word = word.replace(mark, "-")
    return {"text": word, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "size": calls.font_size(textpage, start)}


def _breaks_after_hyphen(boxes: _Boxes, index: int) -> bool:
    """PDFium runs a word hyphenated over two lines together: it breaks where the next
    character sits back to the left or on another line."""
    x0, top, _, bottom = boxes(index)
    nx0, ntop, _, _ = boxes(index + 1)
    return nx0 < x0 or abs(ntop - top) > (bottom - top) / 2


def page_words(page, textpage=None) -> list[dict]:
    """The page's words (split at spaces and line breaks) as pdfplumber-like dicts:
    text, x0, x1, top, bottom (points from the top of the page) and font size. A text page
    the caller loaded is used and left open (loading it is most of PDFium's cost)."""
    own = textpage is None
    textpage = page.get_textpage() if own else textpage
    handle = calls.address(textpage.raw)
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range() if n > 0 else ""
        if len(text) != n:  # PDFium left out or added characters: indexes would not line up
            return _words_char_by_char(handle, n, origin(page))
        boxes = _Boxes(handle, origin(page))
        words: list[dict] = []
        start = None
        for i, ch in enumerate(text):
            if ch.isspace():
                if start is not None:
                    words.append(_word(handle, boxes, text, start, i))
                    start = None
                continue
            if start is None:
                start = i
            if ch in "-" + _LINE_END_HYPHENS and i + 1 < n and not text[i + 1].isspace() and _breaks_after_hyphen(boxes, i):
                words.append(_word(handle, boxes, text, start, i + 1))
                start = None
        if start is not None:
            words.append(_word(handle, boxes, text, start, n))
        return words
    finally:
        if own:
            textpage.close()


def _words_char_by_char(textpage, n: int, frame: tuple[float, float]) -> list[dict]:
    """Slow path for pages whose text and character indexes differ: one character at a time."""
    boxes = _Boxes(textpage, frame)
    text = "".join(chr(calls.unicode(textpage, i) or 32) for i in range(n))
    text = "".join(c if 0xD800 > ord(c) or ord(c) > 0xDFFF else " " for c in text)
    words: list[dict] = []
    start = None
    for i, ch in enumerate(text + " "):
        if ch.isspace():
            if start is not None:
                words.append(_word(textpage, boxes, text, start, i))
                start = None
        elif start is None:
            start = i
    return words


def may_hold_ruling(page) -> bool:
    """Whether the page draws at least `RULING_SUBPATHS` separate shapes (lines, rectangles,
    fills), inside forms too: the pages where pdfplumber may find a ruled table or cell fills."""
    count = 0
    for obj in calls.every_path(page):
        for k in range(calls.count_segments(obj)):
            if calls.segment_type(calls.path_segment(obj, k)) == pdfium_c.FPDF_SEGMENT_MOVETO:
                count += 1
                if count >= RULING_SUBPATHS:
                    return True
    return False
