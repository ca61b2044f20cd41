"""PDFium functions called once per character or path segment, declared with plain
addresses for their pointer arguments.

pypdfium2 declares each pointer argument with its own type, which ctypes checks and
converts on every call: about a third of the cost of a call, and a table page makes
a few thousand of them per kind. The handles are passed here as integers
(`address`), and structures by `ctypes.addressof`.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

import pypdfium2.raw as pdfium_c

_ADDRESS, _INT, _FLOAT, _DOUBLE = ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_double


def _plain(function, restype, *argtypes):
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, _ADDRESS).value)


def address(handle) -> int:
    """The integer address of a pypdfium2 raw handle (a typed pointer)."""
    return ctypes.cast(handle, _ADDRESS).value or 0


char_box = _plain(pdfium_c.FPDFText_GetLooseCharBox, _INT, _ADDRESS, _INT, _ADDRESS)
char_matrix = _plain(pdfium_c.FPDFText_GetMatrix, _INT, _ADDRESS, _INT, _ADDRESS)
font_size = _plain(pdfium_c.FPDFText_GetFontSize, _DOUBLE, _ADDRESS, _INT)
is_generated = _plain(pdfium_c.FPDFText_IsGenerated, _INT, _ADDRESS, _INT)
unicode = _plain(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, _ADDRESS, _INT)
text_object = _plain(pdfium_c.FPDFText_GetTextObject, _ADDRESS, _ADDRESS, _INT)

count_objects = _plain(pdfium_c.FPDFPage_CountObjects, _INT, _ADDRESS)
page_object = _plain(pdfium_c.FPDFPage_GetObject, _ADDRESS, _ADDRESS, _INT)
object_type = _plain(pdfium_c.FPDFPageObj_GetType, _INT, _ADDRESS)
object_matrix = _plain(pdfium_c.FPDFPageObj_GetMatrix, _INT, _ADDRESS, _ADDRESS)
count_segments = _plain(pdfium_c.FPDFPath_CountSegments, _INT, _ADDRESS)
path_segment = _plain(pdfium_c.FPDFPath_GetPathSegment, _ADDRESS, _ADDRESS, _INT)
segment_point = _plain(pdfium_c.FPDFPathSegment_GetPoint, _INT, _ADDRESS, _ADDRESS, _ADDRESS)
segment_type = _plain(pdfium_c.FPDFPathSegment_GetType, _INT, _ADDRESS)
segment_close = _plain(pdfium_c.FPDFPathSegment_GetClose, _INT, _ADDRESS)
form_count_objects = _plain(pdfium_c.FPDFFormObj_CountObjects, _INT, _ADDRESS)
form_object = _plain(pdfium_c.FPDFFormObj_GetObject, _ADDRESS, _ADDRESS, ctypes.c_ulong)
draw_mode = _plain(pdfium_c.FPDFPath_GetDrawMode, _INT, _ADDRESS, _ADDRESS, _ADDRESS)
fill_color = _plain(pdfium_c.FPDFPageObj_GetFillColor, _INT, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS, _ADDRESS)


def page_paths(page, max_depth: int = 15) -> list[int] | None:
    """The page's path objects (addresses) in drawing order, or None where a form XObject
    (up to `max_depth` forms deep, as pypdfium2's `get_objects` looks) holds a path."""
    handle = address(page.raw)
    paths = []
    for k in range(count_objects(handle)):
        obj = page_object(handle, k)
        kind = object_type(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths.append(obj)
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and next(_paths_in(obj, max_depth - 1), None) is not None:
            return None
    return paths


def every_path(page, max_depth: int = 15) -> Iterator[int]:
    """Every path object of the page (addresses), inside form XObjects too (up to `max_depth`
    levels, as pypdfium2's `get_objects`), in drawing order."""
    handle = address(page.raw)
    for k in range(count_objects(handle)):
        yield from _paths_in(page_object(handle, k), max_depth - 1)


def _paths_in(obj: int, depth: int) -> Iterator[int]:
    kind = object_type(obj)
    if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
        yield obj
    elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth > 0:
        for k in range(form_count_objects(obj)):
            yield from _paths_in(form_object(obj, k), depth - 1)
