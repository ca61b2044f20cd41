"""Rows of a stacked register that printed no typed cell (a blank RAG), found by their
closing name: the owner column repeats the same names down a register, so a block
that is exactly another row's owner cell ends a row even where no typed value
anchors it. Without this, such a row's cells run into the next row's first cell
and the row is lost."""

from __future__ import annotations


def owner_closed_chunks(texts: list[str], starts: list[bool], owners: set[str]) -> list[tuple[list[int], int | None]]:
    """Split positions 0..n-1 (lines, `starts[i]` when line i opens a block) into chunks that
    each end at a block equal to a known owner cell; returns (line positions before the owner
    block, the owner block's first position) per closed chunk, then the rest with None."""
    blocks: list[list[int]] = []
    for i in range(len(texts)):
        if starts[i] or not blocks:
            blocks.append([])
        blocks[-1].append(i)
    out: list[tuple[list[int], int | None]] = []
    pending: list[int] = []
    for block in blocks:
        text = " ".join(" ".join(texts[i].split()) for i in block)
        if pending and text in owners:
            out.append((pending, block[0]))
            pending = []
        else:
            pending += block
    out.append((pending, None))
    return out
