"""Cells shaded with a colour gradient, merged back into one filled rectangle.

PDF writers draw a gradient as dozens of thin filled bands stacked down the
cell. Table finders take each band's sides for ruling and cut the cell into
phantom rows, and no single band covers enough of the cell to give it a
colour. A run of such bands (same left and right sides, each starting where
the one above ends, each thinner than a row of text) is one rectangle whose
colour is the bands' colours weighted by their height.
"""

from __future__ import annotations

SLICE = 8.0  # points: thinner than any row of text (a 10 pt line with its padding takes 12 or more)
TOUCH = 0.5  # points: how far sides may differ and still be one run
MIN_SLICES = 3


def _continues(band: dict, above: dict) -> bool:
    return (abs(band["x0"] - above["x0"]) <= TOUCH and abs(band["x1"] - above["x1"]) <= TOUCH
            and abs(band["top"] - above["bottom"]) <= TOUCH)


def _is_rgb(colour) -> bool:
    return isinstance(colour, tuple) and len(colour) == 3


def gradient_runs(rects: list[dict]) -> list[list[int]]:
    """Indexes into `rects` (filled rectangles: x0, x1, top, bottom) of each run of
    stacked thin bands, top to bottom; rectangles not in a run are left out."""
    thin = sorted((i for i, r in enumerate(rects) if r["bottom"] - r["top"] < SLICE and _is_rgb(r.get("non_stroking_color"))),
                  key=lambda i: (round(rects[i]["x0"]), round(rects[i]["x1"]), rects[i]["top"]))
    runs: list[list[int]] = []
    run: list[int] = []
    for i in thin:
        if run and _continues(rects[i], rects[run[-1]]):
            run.append(i)
            continue
        if len(run) >= MIN_SLICES:
            runs.append(run)
        run = [i]
    if len(run) >= MIN_SLICES:
        runs.append(run)
    return runs


def merged_band(bands: list[dict]) -> dict:
    """One filled rectangle over the bands, coloured by their height-weighted mean."""
    heights = [max(b["bottom"] - b["top"], 1e-6) for b in bands]
    colours = [b["non_stroking_color"] for b in bands]
    mean = tuple(round(sum(h * c[k] for h, c in zip(heights, colours)) / sum(heights), 3) for k in range(3))
    return {"x0": min(b["x0"] for b in bands), "x1": max(b["x1"] for b in bands),
            "top": min(b["top"] for b in bands), "bottom": max(b["bottom"] for b in bands),
            "non_stroking_color": mean, "fill": True, "gradient": True}


def merge_gradients(rects: list[dict]) -> tuple[list[dict], set[int]]:
    """The filled rectangles with each gradient's bands replaced by one rectangle (placed
    where its last band was drawn: later fills still paint over it), and the indexes of
    the bands replaced."""
    runs = gradient_runs(rects)
    if not runs:
        return rects, set()
    last_of = {max(run): run for run in runs}
    replaced = {i for run in runs for i in run}
    out = []
    for i, rect in enumerate(rects):
        if i in last_of:
            out.append(merged_band([rects[j] for j in last_of[i]]))
        elif i not in replaced:
            out.append(rect)
    return out, replaced


def rect_edges(rect: dict) -> list[dict]:
    """The four sides of a rectangle as pdfplumber edge dicts (pdfplumber's own `rect_to_edges`
    wants PDF-space `y0`/`y1` and `doctop`, which rectangles read from PDFium do not carry)."""
    x0, x1, top, bottom = rect["x0"], rect["x1"], rect["top"], rect["bottom"]
    width, height = x1 - x0, bottom - top
    across = [{"x0": x0, "x1": x1, "top": y, "bottom": y, "width": width, "height": 0.0,
               "orientation": "h", "object_type": "rect_edge"} for y in (top, bottom)]
    down = [{"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": height,
             "orientation": "v", "object_type": "rect_edge"} for x in (x0, x1)]
    return across + down
