"""Read `Label: value` fields of forms, whatever the dump did to their layout.

A form prints a label and its value on one line (`Committee: Adults`), wraps
either over several lines (`Contact` / `details:`), puts two labels on a line
(`Date of version: 6 Nov 2020 BP Reference: X/1`), or, in tab-separated dumps,
puts the value in the cell to the label's right. `read_fields` finds the
labels (regexes given by the caller) and hands back each one's value.

Rules (generic, not tied to any document):
- Whitespace inside a label pattern matches any run, line breaks included;
  `$` is the end of a line or cell (patterns are case-insensitive, multi-line).
- A label counts at the start of a line or cell, after a gap of two or more
  spaces, or anywhere when a colon follows it (so `Committee` inside the value
  `Adults Committee` is not a label, but `BP Reference:` mid-line is).
- A value runs from its label to the next label in the same column, plus the
  cells to the label's right in the rows down to that next label.
- Two labels side by side on one line with nothing between them are two
  columns read across (pdftotext): the right one keeps the rest of its line,
  the left one takes the lines below.
- A label wrapped in a narrow cell of a boxed form, its value printed beside
  its first line so close that the dump ran them together
  (`RESPONSIBLE EXECUTIVE DIRECTOR` / `OFFICER:`), is split back into label
  and value cells.
- `strict=True` (for labels that are also common words, "To", "Date") counts a
  label only when a colon, a tab/cell end, a "?" or the end of its line follows it.

Tick boxes (`Yes ☒ No ☐`, `☑ Positive ☐ Negative`) are answers: `tick_marks`
reads which labels are ticked, `Field.answer` gives the ticked label(s) of a
value printed as boxes, else the value itself.

Interface (small on purpose; other readers build on it):
    read_fields(lines, {"key": regex, ...}, strict=False) -> [Field]
    read_section(lines, "report")     # the labels of one vocabulary section
    first(fields, key) -> Field | None
    tick_marks(text) -> [TickMark];  ticked(text) -> "Yes" | None
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from extractors.vocabulary import patterns
from schemas.stages import Line

__all__ = [
    "Field", "TickMark", "read_fields", "read_section", "first", "join_wrapped", "split_cells", "tick_marks", "ticked",
    "unwrap_labels",
]

#: Glyphs printed for a ticked and for an empty box.
TICKED = "☒☑✓✔⊠"
UNTICKED = "☐□❑"
_BOX = re.compile(f"[{TICKED}{UNTICKED}]")


@dataclass(frozen=True)
class TickMark:
    """One tick box and the label printed beside it."""

    label: str
    ticked: bool


def tick_marks(text: str) -> list[TickMark]:
    """The tick boxes of a value, each with its label. Labels stand before their
    boxes (`Yes ☒ No ☐`) unless the text opens with a box (`☒ Yes ☐ No`)."""
    boxes = list(_BOX.finditer(text))
    if not boxes:
        return []
    after = not text[: boxes[0].start()].strip()
    marks = []
    for i, box in enumerate(boxes):
        if after:
            end = boxes[i + 1].start() if i + 1 < len(boxes) else len(text)
            label = text[box.end() : end]
        else:
            start = boxes[i - 1].end() if i else 0
            label = text[start : box.start()]
        label = " ".join(label.replace("\t", " ").split()).strip(" :;,-–")
        marks.append(TickMark(label, box.group(0) in TICKED))
    return marks


def ticked(text: str) -> str | None:
    """The label(s) ticked in a value printed as tick boxes, joined by " / "; None
    when it has no boxes or none is ticked."""
    chosen = [m.label for m in tick_marks(text) if m.ticked and m.label]
    return " / ".join(chosen) or None


@dataclass(frozen=True)
class Field:
    """One label found, with its value. `parts` are the value's pieces (one per
    line or cell, stripped, blanks dropped); `value` joins them (`join_wrapped`)."""

    key: str
    label: str
    value: str
    parts: tuple[str, ...]
    line: int  # Line.no where the label starts
    inline: bool  # the value starts on the label's own line
    lines: tuple[int, ...] = ()  # Line.no of each part

    @property
    def answer(self) -> str:
        """The ticked label(s) when the value is printed as tick boxes, else the value."""
        return ticked(self.value) or ("" if tick_marks(self.value) else self.value)


def split_cells(text: str) -> list[str]:
    """The tab-separated cells of a line (one cell for a line with no tab)."""
    return text.split("\t")


_SOFT_HYPHEN_END = re.compile(r"[A-Za-z]-$")


def join_wrapped(parts: Iterable[str]) -> str:
    """Pieces of one wrapped value as one line: single spaces, except that a
    piece ending in a hyphen after a letter (`Micro-`) runs on into the next."""
    out = ""
    for part in parts:
        part = " ".join(part.split())
        if not part:
            continue
        if out and not (_SOFT_HYPHEN_END.search(out) and part[0].isalpha()):
            out += " "
        out += part
    return out


@dataclass
class _Hit:
    key: str
    col: int
    start: int  # offsets into the column's text
    end: int
    row: int  # row (index into lines) where the label starts
    end_row: int
    label: str
    value_span: tuple[int, int] = (0, 0)


def read_fields(lines: Sequence[Line], labels: Mapping[str, str], strict: bool = False) -> list[Field]:
    """Every label of `labels` (key -> regex of the label's words) found in
    `lines`, in reading order, with its value. Bad input gives fewer fields,
    never an exception."""
    try:
        rows = [split_cells(ln.text) for ln in lines]
        rows = _rejoin_cut_cells(rows, labels)
        rows = _split_wrapped_labels(rows, labels)
        return _read(lines, rows, labels, strict)
    except (re.error, IndexError, ValueError):
        return []


def read_section(lines: Sequence[Line], section: str, strict: bool = True) -> list[Field]:
    """`read_fields` with the labels of one section of the vocabulary (extractors/vocabulary.toml)."""
    return read_fields(lines, patterns(section), strict)


def first(fields: Iterable[Field], key: str) -> Field | None:
    """The first field read under `key`, or None."""
    return next((f for f in fields if f.key == key), None)


def _compile(labels: Mapping[str, str]) -> list[tuple[str, re.Pattern]]:
    out = []
    for key, pattern in labels.items():
        words = re.sub(r" +", r"\\s+", pattern)
        out.append((key, re.compile(rf"(?<![\w/])(?:{words})(?:[ \t]*:)?(?![\w])", re.I | re.M)))
    return out


def _column_text(rows: list[list[str]], col: int) -> tuple[str, list[int]]:
    """Column `col` of every row joined by newlines, and each row's start offset."""
    starts, chunks, pos = [], [], 0
    for cells in rows:
        cell = cells[col] if col < len(cells) else ""
        starts.append(pos)
        chunks.append(cell)
        pos += len(cell) + 1
    return "\n".join(chunks), starts


def _row_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _counts(text: str, m: re.Match, strict: bool = False) -> bool:
    """A label at a line start, after a wide gap, or followed by a colon; when
    `strict`, only one that a colon, "?", a cell end or a line end closes."""
    label = m.group(0).rstrip()
    closed = label.endswith((":", "?")) or text[m.end() : m.end() + 1] in ("", "\n")
    if strict and not closed:
        return False
    before = text[: m.start()].rsplit("\n", 1)[-1]
    if not before.strip(" •*-\u2022") or before.endswith("  "):
        return True
    return label.endswith(":")


def _find_hits(text: str, starts: list[int], col: int, compiled, strict: bool = False) -> list[_Hit]:
    found = []
    for key, rx in compiled:
        for m in rx.finditer(text):
            if _counts(text, m, strict):
                found.append(
                    _Hit(key, col, m.start(), m.end(), _row_of(starts, m.start()),
                         _row_of(starts, max(m.start(), m.end() - 1)), " ".join(m.group(0).split()))
                )
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    hits: list[_Hit] = []
    for h in found:  # earliest, then longest, wins; overlapping matches drop
        if hits and h.start < hits[-1].end:
            continue
        hits.append(h)
    return hits


def _eol(text: str, offset: int) -> int:
    nl = text.find("\n", offset)
    return len(text) if nl < 0 else nl


def _assign_spans(text: str, hits: list[_Hit]) -> None:
    for i, h in enumerate(hits):
        nxt = hits[i + 1].start if i + 1 < len(hits) else len(text)
        h.value_span = (h.end, nxt)
    for i, h in enumerate(hits[:-1]):
        right = hits[i + 1]
        gap = text[h.end : right.start]
        if gap.strip() or "\n" in gap:
            continue
        # Two columns read across: the right label keeps its line, the left takes the lines below.
        line_end = _eol(text, right.end)
        after = hits[i + 2].start if i + 2 < len(hits) else len(text)
        right.value_span = (right.end, min(line_end, after))
        h.value_span = (min(line_end, after), after)


def _read(lines: Sequence[Line], rows: list[list[str]], labels: Mapping[str, str], strict: bool) -> list[Field]:
    compiled = _compile(labels)
    n_cols = max((len(r) for r in rows), default=0)
    columns = [_column_text(rows, c) for c in range(n_cols)]
    hits_by_col = [_find_hits(text, starts, c, compiled, strict) for c, (text, starts) in enumerate(columns)]
    label_cols = [c for c, hits in enumerate(hits_by_col) if hits]
    label_cells = {(r, h.col) for hits in hits_by_col for h in hits for r in range(h.row, h.end_row + 1)}
    found = []
    for col, hits in enumerate(hits_by_col):
        text, starts = columns[col]
        _assign_spans(text, hits)
        # Cells right of a label column, up to the next label column, hold its values.
        side_end = next((c for c in label_cols if c > col), n_cols)
        for i, h in enumerate(hits):
            pieces = _own_pieces(text, starts, h)
            last_row = hits[i + 1].row - 1 if i + 1 < len(hits) else len(rows) - 1
            for r in range(h.row, max(last_row, h.end_row) + 1):
                for k in range(col + 1, min(side_end, len(rows[r]))):
                    if (r, k) in label_cells:
                        break
                    if rows[r][k].strip():
                        pieces.append((r, k, rows[r][k].strip()))
            pieces.sort(key=lambda p: (p[0], p[1]))
            parts = tuple(p[2] for p in pieces)
            inline = bool(pieces) and pieces[0][0] == h.end_row
            numbers = tuple(lines[p[0]].no for p in pieces)
            field = Field(h.key, h.label, join_wrapped(parts), parts, lines[h.row].no, inline, numbers)
            found.append(((h.row, col, h.start), field))
    return [f for _, f in sorted(found, key=lambda x: x[0])]


def _own_pieces(text: str, starts: list[int], h: _Hit) -> list[tuple[int, int, str]]:
    a, b = h.value_span
    pieces, pos = [], a
    for chunk in text[a:b].split("\n"):
        if chunk.strip():
            pieces.append((_row_of(starts, pos), h.col, chunk.strip()))
        pos += len(chunk) + 1
    return pieces


def _rejoin_cut_cells(rows: list[list[str]], labels: Mapping[str, str]) -> list[list[str]]:
    """Undo a column cut through words (`Directorate / Servi` | `ce Area:`).

    Only where the print proves the cut: some row's cells c and c+1 join into a
    label. Then every row of that run of tabbed lines is rejoined at that
    boundary where a letter meets a lower-case letter; the joined text stays in
    cell c and cell c+1 is left empty, so the columns keep their places."""
    compiled = _compile(labels)
    out = [list(r) for r in rows]
    for i, cells in enumerate(rows):
        for c in range(len(cells) - 1):
            left, right = cells[c], cells[c + 1]
            if not _is_cut(left, right):
                continue
            joined = left + right
            if any(rx.match(joined.strip()) and not rx.match(left.strip() + " " + right.strip()) for _, rx in compiled):
                for j in _tabbed_run(rows, i):
                    _rejoin_at(out[j], c)
    return out


def _is_cut(left: str, right: str) -> bool:
    return bool(re.search(r"[A-Za-z]$", left) and re.match(r"[a-z]", right))


def _rejoin_at(cells: list[str], c: int) -> None:
    if c + 1 < len(cells) and _is_cut(cells[c], cells[c + 1]):
        cells[c], cells[c + 1] = cells[c] + cells[c + 1], ""


def _tabbed_run(rows: list[list[str]], i: int) -> range:
    """The consecutive tabbed rows around row `i` (a blank or untabbed line ends the run)."""
    lo = i
    while lo > 0 and len(rows[lo - 1]) > 1:
        lo -= 1
    hi = i
    while hi + 1 < len(rows) and len(rows[hi + 1]) > 1:
        hi += 1
    return range(lo, hi + 1)


def _split_wrapped_labels(rows: list[list[str]], labels: Mapping[str, str]) -> list[list[str]]:
    """Split `RESPONSIBLE EXECUTIVE DIRECTOR` above `OFFICER:` into the label's
    head and the value beside it, where the head's words and the next line's
    lone `OFFICER:` together are a label (a label wrapped in a narrow cell)."""
    compiled = _compile(labels)
    out = [list(r) for r in rows]
    for i in range(len(rows) - 1):
        if len(rows[i]) == 1:
            found = _wrapped_label(rows[i], rows[i + 1], compiled)
            if found:
                out[i] = [found[0], found[2]]
    return out


def unwrap_labels(lines: Sequence[Line], labels: Mapping[str, str]) -> list[Line]:
    """The lines with each label wrapped in a narrow cell made whole again:
    `REPORT<TAB>TRANSPORT` above `TITLE:` becomes `REPORT TITLE:<TAB>TRANSPORT`
    and the tail's line is emptied (for line-by-line readers)."""
    compiled = _compile(labels)
    out = list(lines)
    for i in range(len(lines) - 1):
        found = _wrapped_label(split_cells(lines[i].text), split_cells(lines[i + 1].text), compiled)
        if found:
            head, tail, value = found
            out[i] = lines[i].model_copy(update={"text": f"{head} {tail}\t{value}"})
            out[i + 1] = lines[i + 1].model_copy(update={"text": ""})
    return out


def _wrapped_label(cells: list[str], below: list[str], compiled) -> tuple[str, str, str] | None:
    """(head, tail, value) when the row's first words and the next row's lone
    short `TAIL:` together are a label; the value is the rest of the row."""
    tail = below[0].strip() if below else ""
    if not tail.endswith(":") or len(tail.split()) > 3 or any(c.strip() for c in below[1:]):
        return None
    words = cells[0].split()
    rest = [c.strip() for c in cells[1:] if c.strip()]
    for k in range(1, len(words) + (1 if rest else 0)):
        candidate = " ".join(words[:k]) + " " + tail
        value = " ".join(words[k:] + rest)
        if value and any(rx.fullmatch(candidate) for _, rx in compiled):
            return " ".join(words[:k]), tail, value
    return None
