"""RAG ratings from a cell's fill colour, by nearest hue.

Councils use many shades (pale "light red" backgrounds, orange or yellow for
Amber, olive or bright greens), so the colour is judged by hue in HSV, and
very pale, dark or grey fills are left unrated.
"""

from __future__ import annotations

import colorsys

from schemas.records import Rag

# Hue centres in degrees.
_HUES = ((Rag.RED, 0.0), (Rag.AMBER, 40.0), (Rag.GREEN, 120.0))


def rag_from_fill(rgb: tuple[float, float, float] | None) -> Rag | None:
    """Red, Amber or Green for a fill colour (r, g, b in 0..1); None for white, grey, black or blue."""
    if rgb is None:
        return None
    h, s, v = colorsys.rgb_to_hsv(*rgb)
    if s < 0.2 or v < 0.25:
        return None  # white, grey, black: no rating
    hue = h * 360
    if 170 <= hue <= 320:
        return None  # blues and purples are not RAG colours
    return min(_HUES, key=lambda item: min(abs(hue - item[1]), 360 - abs(hue - item[1])))[0]
