"""camelot-py tables, and the choice between camelot's and pdfplumber's per table.

camelot `lattice` (vector engine: no rendering) reads ruled tables; `stream`
reads whitespace tables on pages without ruling whose lines fall into
columns. camelot parses a page again from scratch (about a third of the
pipeline's time when it ran on every ruled page), so lattice runs only where
pdfplumber's reading gives cause for a second opinion: a table with an empty
row (rows split or cells merged wrongly), or ruling that forms a grid outside
every grid pdfplumber's finder saw: rules meeting in a T or a cross, not
separate boxes (a one-row box counts as seen: camelot would only split it at
the underlines of its text). Where camelot and pdfplumber find the same table
(their boxes overlap), the one with more filled cells and fewer empty rows is
kept; ties go to pdfplumber, which also carries cell fills.
"""

from __future__ import annotations

import io
import re
import logging
import warnings

from extractors.readers.pdf.ruling import _SETTINGS
from schemas.stages import RawTable

log = logging.getLogger(__name__)

MIN_OVERLAP = 0.5
MIN_FIGURE_ROWS = 2  # a plain figure table has at least two rows
LOOSE_EDGES = 3  # horizontal and as many vertical rules outside every table: a grid pdfplumber missed
_RULE_LENGTH = 5.0  # points: shorter segments are glyph strokes and bullets, not rules
_JOIN = _SETTINGS["join_tolerance"]
_FIGURE_CELL = re.compile(r"^[(\-–£]*\d[\d,.]*\)?%?$")
_MONEY_CELL = re.compile(r"\d[\d,]*\.\d|\d,\d{3}|£")  # points: rules this close meet, as pdfplumber's finder joins them


def is_weak(table: RawTable) -> bool:
    """A table with a row of empty cells: a sign of split rows or merged cells."""
    return any(not any(c.strip() for c in row) for row in [table.header, *table.rows])


def _within(edge: dict, box) -> bool:
    x0, top, x1, bottom = box
    return edge["x0"] >= x0 - 3 and edge["x1"] <= x1 + 3 and edge["top"] >= top - 3 and edge["bottom"] <= bottom + 3


def loose_grid(edges: list[dict], boxes: list) -> bool:
    """Whether rules outside every found table could form a grid (pdfplumber edge dicts): enough
    of them across and down, and one meeting another inside its length (a T or a cross). Rules
    that meet only at their ends draw boxes, single cells camelot reads no better."""
    outside = [e for e in edges if not any(_within(e, box) for box in boxes)]
    across = [e for e in outside if e["orientation"] == "h" and e["width"] > _RULE_LENGTH]
    down = [e for e in outside if e["orientation"] == "v" and e["height"] > _RULE_LENGTH]
    if len(across) < LOOSE_EDGES or len(down) < LOOSE_EDGES:
        return False
    return any(_joint(h, v) for h in across for v in down)


def _joint(h: dict, v: dict) -> bool:
    """The rules cross or touch, and not at an end of both."""
    x, y = v["x0"], h["top"]
    if not (h["x0"] - _JOIN <= x <= h["x1"] + _JOIN and v["top"] - _JOIN <= y <= v["bottom"] + _JOIN):
        return False
    at_end_of_h = min(abs(x - h["x0"]), abs(x - h["x1"])) <= _JOIN
    at_end_of_v = min(abs(y - v["top"]), abs(y - v["bottom"])) <= _JOIN
    return not (at_end_of_h and at_end_of_v)


def _camelot():
    import camelot  # imported lazily: it is slow to import and only needed for some pages

    return camelot


def camelot_tables(data: bytes, pages: list[int], heights: dict[int, float], flavor: str) -> list[RawTable]:
    """Tables camelot finds on `pages` (1-based) with `flavor` 'lattice' or 'stream'."""
    if not pages:
        return []
    kwargs = {"engine": "vector"} if flavor == "lattice" else {}
    # camelot reads text lines, never the order of text boxes: without box ordering (pdfminer's
    # pairwise grouping of boxes) the layout costs a quarter less and the tables are the same
    kwargs["layout_kwargs"] = {"boxes_flow": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = _camelot().read_pdf(
            io.BytesIO(data), pages=",".join(map(str, pages)), flavor=flavor, suppress_stdout=True, **kwargs
        )
    out = []
    for table in found:
        rows = [[str(c).strip() for c in row] for row in table.df.values.tolist()]
        page = int(table.page)
        x1, y1, x2, y2 = table._bbox  # PDF space: origin at the bottom left
        height = heights.get(page, 0.0)
        row_ys = list(getattr(table, "rows", []) or [])
        blocks = stream_blocks(rows) if flavor == "stream" and len(row_ys) == len(rows) else [(0, len(rows))]
        for start, end in blocks:
            whole = (start, end) == (0, len(rows))
            block = rows[start:end] if whole else _without_empty_columns(rows[start:end])
            if len(block) < 2 or max(len(r) for r in block) < 2:
                continue
            top, bottom = (height - y2, height - y1) if whole else (height - row_ys[start][0], height - row_ys[end - 1][1])
            header, body = (block[0], block[1:]) if whole else _joined_header(block)
            out.append(RawTable(header=header, rows=body, page=page, extractor=f"camelot-{flavor}", bbox=[x1, top, x2, bottom]))
    return out


def _is_separator(row: list[str]) -> bool:
    """A row of one cell holding words and no figure: a heading or a line of prose between tables."""
    filled = [c for c in row if c]
    return len(filled) == 1 and not _FIGURE_CELL.search(filled[0]) and len(filled[0].split()) >= 2


def _is_header_like(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return len(filled) >= 2 and not any(_MONEY_CELL.search(c) for c in filled)


def stream_blocks(rows: list[list[str]]) -> list[tuple[int, int]]:
    """Row ranges of the tables in one stream table: camelot reads a page of several tables with
    headings and prose between them as one. A new table starts at a header-like row (words or
    years, no amounts) under a heading or prose line; those lines belong to neither table.
    A heading inside a table (figures follow it, not a header) does not part it."""
    def gap(k: int) -> bool:
        return _is_separator(rows[k]) or not any(rows[k])

    cuts = [0] + [k for k in range(1, len(rows)) if _is_header_like(rows[k]) and gap(k - 1)] + [len(rows)]
    blocks = []
    for start, end in zip(cuts, cuts[1:]):
        while start < end and gap(start):
            start += 1
        while end > start and gap(end - 1):
            end -= 1
        if end > start:
            blocks.append((start, end))
    # only tables of figures are cut: prose read in columns would fall into fragments
    if not blocks or not all(any(_figure_row(r) for r in rows[a:b]) for a, b in blocks):
        return [(0, len(rows))]
    return blocks


def is_plain_figure_table(table: RawTable) -> bool:
    """Every body row a label with two or more figures beside it: a stream table that needs no
    repair (wrapped labels and notes beside figures read in columns come out in fragments)."""
    return bool(table.rows) and all(r and r[0] and _figure_row(r) for r in table.rows)


def has_figure_rows(lines: list[str]) -> bool:
    """Whether a page's lines (cells parted by tabs) hold at least two rows of two or more
    figures: without them camelot stream cannot give a plain figure table, so a page of
    boxes and shading is not sent to it (about 50 ms a page)."""
    return sum(1 for text in lines if _figure_row([c.strip() for c in text.split("\t")])) >= MIN_FIGURE_ROWS


def _figure_row(row: list[str]) -> bool:
    return sum(bool(_FIGURE_CELL.match(c)) for c in row if c) >= 2


def _without_empty_columns(rows: list[list[str]]) -> list[list[str]]:
    keep = [i for i in range(max((len(r) for r in rows), default=0)) if any(i < len(r) and r[i] for r in rows)]
    return [[r[i] if i < len(r) else "" for i in keep] for r in rows]


def _joined_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """The block's header and body: leading rows with no label and no money figure (`23-24`
    over `Actuals`) are one header printed over several lines, joined cell by cell."""
    n = 1
    while n < len(rows) - 1 and not rows[n][0] and not rows[0][0] and not any(_MONEY_CELL.search(c) for c in rows[n]):
        n += 1
    header = ["\n".join(r[i] for r in rows[:n] if r[i]) for i in range(len(rows[0]))]
    return header, rows[n:]


def remove_hidden_text(table: RawTable, hidden: list[str]) -> RawTable:
    """Drop text of hidden headings (known from pdfplumber's character sizes) from camelot's cells."""
    if not hidden:
        return table

    def clean(cell: str) -> str:
        for text in hidden:
            cell = cell.replace(text, "")
        return "\n".join(part for part in cell.split("\n") if part.strip()).strip()

    return table.model_copy(update={"header": [clean(c) for c in table.header], "rows": [[clean(c) for c in r] for r in table.rows]})


def overlap(a: list[float] | None, b: list[float] | None) -> float:
    """Intersection over the smaller box's area."""
    if not a or not b:
        return 0.0
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0


def quality(table: RawTable) -> int:
    """Filled cells minus a penalty for empty rows (split or phantom rows)."""
    rows = [table.header, *table.rows]
    filled = sum(1 for r in rows for c in r if c.strip())
    empty_rows = sum(1 for r in rows if not any(c.strip() for c in r))
    return filled - 3 * empty_rows


def _columns_over_form(candidate: RawTable, rival: RawTable) -> bool:
    """A stream table over what the ruling read as a stacked form: the form's boxes were row
    shading, and the page's aligned columns are the table (stream reads such pages only)."""
    return (candidate.extractor == "camelot-stream" and any(n.startswith("stacked form") for n in rival.notes)
            and any(_figure_row(r) for r in candidate.rows))


def gridded(ruled: bool, tables: list[RawTable]) -> bool:
    """Whether a page's ruling gave a table with columns: where it gave only stacked forms or
    nothing (boxes and row shading, no grid), camelot stream may read the page's columns."""
    return ruled and any(not any(n.startswith("stacked form") for n in t.notes) for t in tables)


def choose_tables(plumber: list[RawTable], camelot: list[RawTable]) -> list[RawTable]:
    """One table per region: camelot's where it is clearly better or pdfplumber missed it."""
    chosen = list(plumber)
    for candidate in camelot:
        rivals = [i for i, t in enumerate(chosen) if t.page == candidate.page and overlap(t.bbox, candidate.bbox) >= MIN_OVERLAP]
        if not rivals:
            chosen.append(candidate)
            continue
        i = rivals[0]
        if chosen[i].extractor == "pdfplumber" and (quality(candidate) > quality(chosen[i]) or _columns_over_form(candidate, chosen[i])):
            chosen[i] = candidate
    return sorted(chosen, key=lambda t: (t.page or 0, (t.bbox or [0, 0])[1]))
