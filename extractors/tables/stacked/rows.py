"""Rows of a stacked table whose columns include typed cells (dates, RAG, amounts).

The typed cells of a row are its anchor: pdftotext prints them on one line
with the first lines of the cells beside them (`N/A 18 January 2021 Shauna
Torrance,`), or on lines of their own. Text before an anchor (since the row
above ended) fills the text columns left of the typed ones; text after it
fills the closing column (owner), until a break, a list item, or a name that
already closed another row. Blocks that continue a row after its anchor (a
page break cut its cells) start in lower case or carry on a list of that row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.tables.stacked.closers import owner_closed_chunks
from extractors.tables.stacked.specs import DATE, RAG, TEXT, Spec
from extractors.tables.stacked.split import split_cells
from extractors.tables.stacked.text import (
    LIST_MARKER,
    Block,
    blocks,
    ends_connector,
    ends_sentence,
    is_list_item,
    joined,
    name_like,
    name_like_cont,
    starts_lower,
    starts_upper,
)
from extractors.tables.stacked.tokens import any_rag_word, find_tokens
from schemas.stages import Line


@dataclass
class Anchor:
    first: int  # index (in the body's text lines) of the first line with typed values
    last: int  # index of the last line belonging to the typed cells
    typed: list[str] = field(default_factory=list)
    pre: str = ""  # text left of the first typed value on its line
    post: list[int] = field(default_factory=list)  # line indexes of the closing cell
    post_first: str = ""  # closing-cell text on the anchor line itself


@dataclass
class Row:
    cells: list[list[str]]
    line: int
    notes: list[str] = field(default_factory=list)


class Body:
    """The text lines of a table body with the break before each one."""

    def __init__(self, lines: list[Line]):
        self.lines: list[Line] = []
        self.brk: list[str] = []
        self.block_of: list[int] = []
        for b, block in enumerate(blocks(lines)):
            for k, ln in enumerate(block.lines):
                self.lines.append(ln)
                self.brk.append(block.brk if k == 0 else "")
                self.block_of.append(b)

    def text(self, i: int) -> str:
        return self.lines[i].text

    def same_block(self, i: int, j: int) -> bool:
        return 0 <= i < len(self.lines) and 0 <= j < len(self.lines) and self.block_of[i] == self.block_of[j]


def _attach_between(text: str) -> bool:
    """Text between two typed values goes with the next one when it is a short qualifier (`End`)."""
    return len(text.split()) <= 1


def find_anchors(body: Body, spec: Spec, n_typed: int, empty_cells: bool) -> list[Anchor]:
    holds = spec.typed
    anchors: list[Anchor] = []
    i = 0
    while i < len(body.lines):
        text = body.text(i)
        toks = find_tokens(text, holds, empty_cells)
        if not toks:
            i += 1
            continue
        prev = anchors[-1] if anchors else None
        need = n_typed - len(prev.typed) if prev else 0
        prefix = text[: toks[0].start].strip()
        continues = (
            prev is not None
            and 0 < need
            and i == prev.last + 1
            and len(toks) <= need
            and (not prefix or (holds == DATE and _attach_between(prefix)))
        )
        if continues:
            anchor = prev
            anchor.last = i
        else:
            anchor = Anchor(first=i, last=i, pre=prefix)
            anchors.append(anchor)
            prefix = ""
        cells = list(anchor.typed)
        carry = prefix
        for k, tok in enumerate(toks):
            value = text[tok.start : tok.end].strip()
            if len(cells) >= n_typed:
                break
            cells.append(f"{carry} {value}".strip())
            carry = ""
            nxt = toks[k + 1].start if k + 1 < len(toks) else None
            if nxt is not None:
                between = text[tok.end : nxt].strip()
                if between and _attach_between(between):
                    carry = between
                elif between:
                    cells[-1] = f"{cells[-1]} {between}"
        last_tok = toks[min(len(toks), n_typed - len(anchor.typed)) - 1]
        rest = text[last_tok.end :].strip()
        anchor.typed = cells
        if len(cells) < n_typed:
            if rest:
                anchor.typed[-1] = f"{anchor.typed[-1]} {rest}"
            j = i + 1  # a lone typed value wraps: the rest of its block is the same cell
            while body.same_block(i, j) and not any(t.strong for t in find_tokens(body.text(j), holds, empty_cells)):
                anchor.typed[-1] = f"{anchor.typed[-1]} {body.text(j).strip()}"
                anchor.last = j
                j += 1
            i = j
            continue
        anchor.post_first = rest
        i += 1
    return anchors


def _post_lines(body: Body, anchor: Anchor, owner: bool, stop: int) -> list[int]:
    """Lines of the closing cell after the anchor line: the rest of its block, cut at a
    list item; or, for a name column printed on its own, the next block if it reads as a name."""
    out: list[int] = []
    j = anchor.last + 1
    if anchor.post_first or body.same_block(anchor.last, j):
        so_far = [anchor.post_first] if anchor.post_first else []
        while j < stop and body.same_block(anchor.last, j) and _carries_on(so_far, body.text(j), owner):
            so_far.append(body.text(j))
            out.append(j)
            j += 1
    elif owner and j < stop and name_like(body.text(j)):
        k = j
        while k < stop and body.same_block(j, k) and not is_list_item(body.text(k)):
            out.append(k)
            k += 1
    return out


def _carries_on(so_far: list[str], text: str, owner: bool) -> bool:
    """Whether a line in the closing cell's block still belongs to it. A list item never does.
    A name cell (every line so far reads as names) stops at a line that does not, unless the
    name runs on (`Internal resource in` / `partnership with`)."""
    if is_list_item(text):
        return False
    if not owner or not so_far or name_like_cont(text):
        return True
    return not all(name_like_cont(t) for t in so_far) or ends_connector(so_far[-1])


def _owner_text(body: Body, anchor: Anchor, lines: list[int]) -> str:
    return " ".join([anchor.post_first] + [body.text(j).strip() for j in lines]).strip()


def _cut_repeated_owners(body: Body, anchors: list[Anchor]) -> None:
    """A closing cell that runs into more text stops where it equals a whole closing cell of another row."""
    full = [_owner_text(body, a, a.post) for a in anchors]
    for k, a in enumerate(anchors):
        for cut in range(len(a.post) - 1, -1, -1):
            prefix = _owner_text(body, a, a.post[:cut])
            if name_like_cont(body.text(a.post[cut])):
                continue  # more names follow: a longer cell, not another row's
            if prefix and any(prefix == f for m, f in enumerate(full) if m != k and f != full[k]):
                a.post = a.post[:cut]
                break


def _extend_across_gaps(body: Body, anchor: Anchor, stop: int) -> None:
    """Double-spaced dumps print a blank after most lines, so a name cell's next line sits two
    numbers down: carry on over such gaps while the lines read as names, but never leave the
    next row to start in lower case."""
    texts = ([anchor.post_first] if anchor.post_first else []) + [body.text(j) for j in anchor.post]
    if not texts:
        return
    j = (max(anchor.post) if anchor.post else anchor.last) + 1
    extra: list[int] = []
    while j < stop and body.brk[j] == "gap" and not is_list_item(body.text(j)) and (
        name_like_cont(body.text(j)) or ends_connector(texts[-1])
    ):
        extra.append(j)
        texts.append(body.text(j))
        j += 1
    while extra and extra[-1] + 1 < stop and starts_lower(body.text(extra[-1] + 1)):
        extra.pop()
    anchor.post += extra


def _opens_row(body: Body, i: int, first: bool) -> bool:
    text = body.text(i)
    return (first or body.brk[i] != "") and starts_upper(text) and not is_list_item(text)


def _cut_for_next_row(body: Body, anchor: Anchor, nxt: Anchor) -> str | None:
    """When the next row has no text of its own before its typed cells and nothing between
    opens a row, its first cell is the tail of this closing cell: cut at the last line
    opening with a capital after a line that does not run on. Returns a note when impossible."""
    end = (max(anchor.post) if anchor.post else anchor.last) + 1
    if nxt.pre or any(_opens_row(body, i, i == end) for i in range(end, nxt.first)):
        return None
    lines = ([anchor.post_first] if anchor.post_first else []) + [body.text(j) for j in anchor.post]
    offset = 1 if anchor.post_first else 0
    for k in range(len(lines) - 1, 0, -1):
        if starts_upper(lines[k]) and not ends_connector(lines[k - 1]) and not is_list_item(lines[k]):
            anchor.post = anchor.post[: k - offset]
            return None
    return f"line {body.lines[nxt.first].no}: no text left for this row's first cell"


def _settle_posts(body: Body, anchors: list[Anchor], owner: bool, double_spaced: bool) -> dict[int, str]:
    """Closing-cell lines of every anchor; notes keyed by the anchor they concern."""
    for k, a in enumerate(anchors):
        stop = anchors[k + 1].first if k + 1 < len(anchors) else len(body.lines)
        a.post = _post_lines(body, a, owner, stop)
        if owner and double_spaced:
            _extend_across_gaps(body, a, stop)
    if owner:
        _cut_repeated_owners(body, anchors)
    notes: dict[int, str] = {}
    for k in range(len(anchors) - 1):
        note = _cut_for_next_row(body, anchors[k], anchors[k + 1])
        if note:
            notes[k + 1] = note
    return notes


def _list_style(text: str) -> str | None:
    m = LIST_MARKER.match(text)
    if not m:
        return None
    marker = m.group(0).strip()
    if marker == "•":
        return "•"
    return "letter" if any(c.isalpha() for c in marker) else "number"


_HOLDS_ITEM = {
    "•": re.compile(r"(?:^|\s)•\s"),
    "letter": re.compile(r"(?:^|\s)\(?[a-h][.)]\s"),
    "number": re.compile(r"(?:^|\s)\(?\d{1,2}[.)]\s"),
}


def _continuation_cell(block_text: str, cells: list[str]) -> int | None:
    """Which text cell of the row above a continuation block carries on, if decidable:
    the one holding the same kind of list, else the only one left mid-sentence."""
    style = _list_style(block_text)
    if style:
        holders = [c for c, cell in enumerate(cells) if cell and _HOLDS_ITEM[style].search(cell)]
        return holders[-1] if holders else None
    open_cells = [c for c, cell in enumerate(cells) if cell and not ends_sentence(cell)]
    return open_cells[0] if len(open_cells) == 1 else None


def _is_continuation(text: str, cells: list[str]) -> bool:
    if starts_lower(text):
        return True
    style = _list_style(text)
    return bool(style) and _continuation_cell(text, cells) is not None


def build_rows(lines: list[Line], spec: Spec, double_spaced: bool) -> list[Row]:
    body = Body(lines)
    cols = spec.columns
    first_typed = next(k for k, c in enumerate(cols) if c.holds != TEXT)
    n_typed = sum(1 for c in cols if c.holds != TEXT)
    post_cols = [k for k, c in enumerate(cols) if k > first_typed and c.holds == TEXT]
    owner = any(cols[k].owner for k in post_cols)
    empty_cells = spec.typed == RAG and not any_rag_word([ln.text for ln in body.lines])
    anchors = find_anchors(body, spec, n_typed, empty_cells)
    if not anchors:
        return []
    cut_notes = _settle_posts(body, anchors, owner, double_spaced) if post_cols else {}
    owners = {t for a in anchors if (t := " ".join(_owner_text(body, a, a.post).split()))} if owner else set()
    rows: list[Row] = []
    start = 0
    for k, a in enumerate(anchors):
        notes: list[str] = [cut_notes[k]] if k in cut_notes else []
        pre_idx = list(range(start, a.first))
        if rows:
            pre_idx = _continue_row_above(body, rows[-1], pre_idx, first_typed)
        pre_idx = _rows_closed_by_owner(body, pre_idx, owners, first_typed, n_typed, double_spaced, rows)
        chunks = _anchorless_chunks(body, pre_idx) if double_spaced else [pre_idx]
        for chunk in chunks[:-1]:
            cells = _pre_cells(body, chunk, "", first_typed, double_spaced, notes)
            empty = [[""] for _ in cols[first_typed:]]
            rows.append(Row([[c] for c in cells] + empty, body.lines[chunk[0]].no,
                            ["row printed nothing in its typed and closing cells"]))
        pre_cells = _pre_cells(body, chunks[-1], a.pre, first_typed, double_spaced, notes)
        typed = a.typed + [""] * (n_typed - len(a.typed))
        if len(a.typed) < n_typed:
            notes.append(f"{len(a.typed)} of {n_typed} typed cells printed; placed from the left in reading order")
        post = [_owner_text(body, a, a.post)] if post_cols else []
        cells = [[c] for c in pre_cells] + [[t] for t in typed] + [[p] for p in post]
        first_no = body.lines[chunks[-1][0]].no if chunks[-1] else body.lines[a.first].no
        rows.append(Row(cells, first_no, notes))
        start = (max(a.post) if a.post else a.last) + 1
    if rows:
        _continue_row_above(body, rows[-1], list(range(start, len(body.lines))), first_typed)
    return rows


def _rows_closed_by_owner(body: Body, idx: list[int], owners: set[str], n_pre: int, n_typed: int,
                         double_spaced: bool, rows: list[Row]) -> list[int]:
    """Rows before an anchor that printed no typed cell but close with a known owner name
    (`stacked_closers`) go into `rows`; the lines left for the anchor's own row are returned."""
    if not owners or not idx:
        return idx
    chunks = owner_closed_chunks([body.text(i) for i in idx], [body.brk[i] != "" for i in idx], owners)
    for chunk, closer in chunks[:-1]:
        lines = [idx[p] for p in chunk]
        end = closer + 1
        while end < len(idx) and body.brk[idx[end]] == "":
            end += 1
        owner_lines = idx[closer:end]
        notes: list[str] = ["no typed cell printed; the row ends at its owner, a name that closes other rows"]
        cells = _pre_cells(body, lines, "", n_pre, double_spaced, notes)
        owner_text = " ".join(body.text(i).strip() for i in owner_lines)
        rows.append(Row([[c] for c in cells] + [[""] for _ in range(n_typed)] + [[owner_text]],
                        body.lines[lines[0]].no, notes))
    return [idx[p] for p in chunks[-1][0]]


def _anchorless_chunks(body: Body, idx: list[int]) -> list[list[int]]:
    """In a double-spaced dump a kept blank is a strong break: text before one that opens with a
    capital is a row whose typed and closing cells printed nothing."""
    chunks: list[list[int]] = [[]]
    for i in idx:
        if chunks[-1] and body.brk[i] == "blank" and starts_upper(body.text(i)):
            chunks.append([])
        chunks[-1].append(i)
    return [c for c in chunks if c] or [[]]


def _continue_row_above(body: Body, row: Row, idx: list[int], n_pre: int) -> list[int]:
    """Leading blocks of `idx` that carry on the row above go into its cells; the rest is returned."""
    k = 0
    while k < len(idx):
        block = [idx[k]]
        while k + len(block) < len(idx) and body.brk[idx[k + len(block)]] == "":
            block.append(idx[k + len(block)])
        text = " ".join(body.text(i).strip() for i in block)
        cells = [c[0] for c in row.cells[:n_pre]]
        if not _is_continuation(body.text(block[0]), cells):
            break
        target = _continuation_cell(body.text(block[0]), cells)
        if target is None:
            row.notes.append(f"line {body.lines[block[0]].no} continues the row after its typed cells "
                             f"(a page break?) but its column is not decidable: {text[:60]!r}")
        else:
            row.cells[target][0] = f"{row.cells[target][0]} {text}".strip()
        k += len(block)
    return idx[k:]


def _pre_cells(body: Body, idx: list[int], pre: str, n_pre: int, double_spaced: bool, notes: list[str]) -> list[str]:
    """The text columns left of the typed cells: the anchor line's own text opens the last of
    them; the lines above are shared out among the others at the likeliest cell breaks."""
    lines = [body.lines[i] for i in idx]
    brks = [body.brk[i] for i in idx]
    if pre:
        if n_pre == 1:
            return [f"{joined(lines)} {pre}".strip()]
        if not lines:
            notes.append(f"the first lines of {n_pre} text cells are printed as one line; not split")
            return [pre] + [""] * (n_pre - 1)
        cells, ambiguous = split_cells(lines, brks, n_pre - 1, double_spaced)
        if ambiguous:
            notes.append(ambiguous)
        return cells + [pre]
    if not lines:
        notes.append("no text for the first cell")
        return [""] * n_pre
    cells, ambiguous = split_cells(lines, brks, n_pre, double_spaced)
    if ambiguous:
        notes.append(ambiguous)
    return cells
