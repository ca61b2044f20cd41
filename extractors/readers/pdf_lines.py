"""Words on a PDF page to lines of text in reading order.

pdfplumber gives words with their boxes; words whose vertical centres are
close form a line, read left to right. A wide horizontal gap inside a line
becomes a tab, the way table-aware text dumps separate cells, so the same
downstream rules read label/value pairs and cell rows from either source.
"""

from __future__ import annotations

from statistics import median

from pydantic import BaseModel


class PageLine(BaseModel):
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    cell_x: list[float]
    #: Mean OCR confidence of the line's words (0..1); None for a text layer.
    confidence: float | None = None


def _line_groups(words: list[dict], tolerance: float) -> list[list[dict]]:
    """Words grouped into lines by vertical overlap, top to bottom."""
    groups: list[list[dict]] = []
    spans: list[list[float]] = []  # each group's top and bottom, kept as words join it
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        centre = (word["top"] + word["bottom"]) / 2
        for k in range(len(groups) - 1, max(len(groups) - 4, -1), -1):  # the last three groups, newest first
            span = spans[k]
            if span[0] - tolerance <= centre <= span[1] + tolerance:
                groups[k].append(word)
                span[0], span[1] = min(span[0], word["top"]), max(span[1], word["bottom"])
                break
        else:
            groups.append([word])
            spans.append([word["top"], word["bottom"]])
    order = sorted(range(len(groups)), key=lambda k: spans[k][0])
    return [groups[k] for k in order]


def words_to_lines(words: list[dict], tab_gap: float | None = None) -> list[PageLine]:
    """Lines of a page. `tab_gap` is the horizontal gap (points) read as a cell break;
    by default three times the median character width."""
    if not words:
        return []
    char_widths = [(w["x1"] - w["x0"]) / max(len(w["text"]), 1) for w in words]
    gap = tab_gap if tab_gap is not None else 3 * median(char_widths)
    tolerance = median(w["bottom"] - w["top"] for w in words) * 0.3
    lines = []
    for group in _line_groups(words, tolerance):
        group.sort(key=lambda w: w["x0"])
        parts: list[str] = []
        cell_x = [group[0]["x0"]]
        for prev, word in zip([None, *group[:-1]], group):
            if prev is not None:
                if word["x0"] - prev["x1"] > gap:
                    parts.append("\t")
                    cell_x.append(word["x0"])
                else:
                    parts.append(" ")
            parts.append(word["text"])
        lines.append(
            PageLine(
                text="".join(parts),
                top=min(w["top"] for w in group),
                bottom=max(w["bottom"] for w in group),
                x0=group[0]["x0"],
                x1=group[-1]["x1"],
                size=median(w.get("size", 0) or 0 for w in group),
                cell_x=cell_x,
                confidence=_confidence(group),
            )
        )
    return lines


def _confidence(group: list[dict]) -> float | None:
    scores = [w["confidence"] for w in group if w.get("confidence") is not None]
    return round(sum(scores) / len(scores), 3) if scores else None
