"""Pair the rows of an answer key with database rows, in order, tolerating gaps.

A plain zip would shift every row after one missing row; instead the pairing
that keeps document order and maximises the total similarity is found by
dynamic programming (as in sequence alignment). Rows left between two pairs
are then paired by position, so a row whose text was misread is still
compared field by field rather than reported as missing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

K = TypeVar("K")
R = TypeVar("R")

Pair = tuple[int | None, int | None]


def align(keys: Sequence[K], rows: Sequence[R], similarity: Callable[[K, R], float]) -> list[Pair]:
    """(key index, row index) pairs in order; None on one side is a missing or an extra row."""
    n, m = len(keys), len(rows)
    sim = [[similarity(k, r) for r in rows] for k in keys]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            options = [best[i - 1][j], best[i][j - 1]]
            if sim[i - 1][j - 1] > 0:
                options.append(best[i - 1][j - 1] + sim[i - 1][j - 1])
            best[i][j] = max(options)
    anchors = _trace(best, sim, n, m)
    return _fill_gaps(anchors, n, m)


def _trace(best, sim, n: int, m: int) -> list[tuple[int, int]]:
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        s = sim[i - 1][j - 1]
        if s > 0 and best[i][j] == best[i - 1][j - 1] + s:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _fill_gaps(anchors: list[tuple[int, int]], n: int, m: int) -> list[Pair]:
    out: list[Pair] = []
    prev_k, prev_r = -1, -1
    for k, r in [*anchors, (n, m)]:
        gap_keys = list(range(prev_k + 1, k))
        gap_rows = list(range(prev_r + 1, r))
        for g in range(max(len(gap_keys), len(gap_rows))):
            out.append((gap_keys[g] if g < len(gap_keys) else None, gap_rows[g] if g < len(gap_rows) else None))
        if k < n:
            out.append((k, r))
        prev_k, prev_r = k, r
    return out


def pair_greedy(keys: Sequence[K], rows: Sequence[R], similarity: Callable[[K, R], float]) -> dict[int, int]:
    """key index -> row index, whatever the order: the most similar pairs first, each row used once, and no
    pair of similarity 0 (for things printed in any order, like a contact grid, or tables found by page)."""
    options = sorted(
        ((similarity(k, r), ki, ri) for ki, k in enumerate(keys) for ri, r in enumerate(rows)), key=lambda t: (-t[0], t[1], t[2])
    )
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, ki, ri in options:
        if score > 0 and ki not in pairs and ri not in used:
            pairs[ki] = ri
            used.add(ri)
    return pairs
