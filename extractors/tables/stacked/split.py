"""Share a run of stacked lines out among consecutive text cells of one row.

The break points are chosen where the text most reads like a new cell
(`stacked_text.boundary_score`); ties go to the earliest break, since a
row's first cell is usually one short statement. When the best and the
next-best choice score nearly the same, the caller is told so it can say
the split is uncertain.
"""

from __future__ import annotations

from itertools import combinations

from extractors.tables.stacked.text import boundary_score, joined
from schemas.stages import Line

CLOSE_CALL = 0.5
MAX_CHOICES = 20000


def _score(lines: list[Line], brks: list[str], cuts: tuple[int, ...], double_spaced: bool) -> float:
    bounds = (0,) + cuts + (len(lines),)
    total = 0.0
    for k, cut in enumerate(cuts, start=1):
        before = lines[bounds[k - 1] : cut]
        after = lines[cut : bounds[k + 1]]
        total += boundary_score(before, after, brks[cut], double_spaced)
    return total


def split_cells(lines: list[Line], brks: list[str], k: int, double_spaced: bool) -> tuple[list[str], str | None]:
    """`k` cell texts from `lines` (brks[i] is the break before line i), and a note when unsure."""
    if k <= 1 or not lines:
        return [joined(lines)] + [""] * (k - 1), None
    if len(lines) < k:
        return [joined(lines[:1])] + [ln.text.strip() for ln in lines[1:]] + [""] * (k - len(lines)), (
            f"{len(lines)} line(s) for {k} cells: the last cells are left empty"
        )
    choices = list(combinations(range(1, len(lines)), k - 1))[:MAX_CHOICES]
    scored = sorted(((-_score(lines, brks, c, double_spaced), c) for c in choices))
    best_score, best = scored[0]
    note = None
    if len(scored) > 1 and scored[1][0] - best_score < CLOSE_CALL:
        alt = scored[1][1]
        note = (
            f"cell break uncertain: line {lines[best[0]].no} or line {lines[alt[0]].no} "
            f"could open the next cell; took the earlier"
            if best != alt
            else None
        )
    bounds = (0,) + best + (len(lines),)
    return [joined(lines[bounds[i] : bounds[i + 1]]) for i in range(k)], note
