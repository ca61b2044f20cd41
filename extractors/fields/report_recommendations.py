"""Lettered, roman and numbered lists inside a cover paper's Recommendation and
Outcome blocks: `a)`, `(b)`, `c.`, `(i)`, `ii.`, `1.`, `2)`.

The first marker style met is the top level, a different style met next is
its sub-level (so `a)` ... `i.` gives i under a, while a list that starts with
`(i)` has i at the top). Text before the first marker is a lead-in
("Committee are asked to approve:"), not an item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from schemas.stages import Line

_ROMAN = r"(?=[ivx])(?:x{0,3}(?:ix|iv|v?i{0,3}))"
_LABEL = rf"(?:{_ROMAN}|{_ROMAN.upper()}|[a-zA-Z]|\d{{1,2}})"
_MARKER = re.compile(
    rf"^\s*(?:•\s*)?(?:\((?P<paren>{_LABEL})\)|(?P<bare>{_LABEL})[.)])(?:\s+|$)(?P<rest>.*)$"
)
_SUBHEADING = re.compile(r"^[A-Z][\w'’ /&-]{0,40}:$")
_BULLET = re.compile(r"^\s*•\s*(?P<rest>.*)$")
_IS_ROMAN = re.compile(rf"^{_ROMAN}$", re.I)
# Markdown emphasis left by some dumps (`*Acme Care Ltd*`): formatting, not text.
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def plain(text: str) -> str:
    """Text without markdown emphasis asterisks, whitespace collapsed."""
    return " ".join(_EMPHASIS.sub(r"\1", text).split())


@dataclass
class ListItem:
    label: str | None
    parent_label: str | None
    line: Line
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return plain(" ".join(self.parts))


def marker(text: str) -> tuple[str, str] | None:
    """(label, rest) when the line starts with a list marker."""
    m = _MARKER.match(text)
    if not m:
        return None
    label = m.group("paren") or m.group("bare")
    if not label:
        return None
    return label, m.group("rest")


def _style(label: str, last_by_style: dict[str, str]) -> str:
    """`alpha`, `ALPHA`, `roman`, `ROMAN` or `num`. A lone i, v or x is a letter
    only when it follows h, u or w in a letter list already running."""
    if label.isdigit():
        return "num"
    upper = label.isupper()
    alpha, roman = ("ALPHA", "ROMAN") if upper else ("alpha", "roman")
    if len(label) > 1:
        return roman
    if _IS_ROMAN.match(label):
        previous = last_by_style.get(alpha)
        if previous and ord(label.lower()) == ord(previous.lower()) + 1:
            return alpha
        return roman
    return alpha


def parse_list(lines: list[tuple[Line, str]]) -> tuple[list[str], list[ListItem]]:
    """Lead-in text and the marked items of a block of (line, text) pairs.

    Lines without a marker continue the item above them (wrapped text, or a
    blank-separated second half). With no marker at all, bullet lines are the
    items (label None).
    """
    has_marker = any(marker(t) for _, t in lines)
    if not has_marker:
        return _bullet_items(lines)
    lead: list[str] = []
    items: list[ListItem] = []
    styles: list[str] = []  # style per level, outermost first
    labels: list[str] = []  # current label per level
    last_by_style: dict[str, str] = {}
    for line, text in lines:
        found = marker(text)
        if not found:
            continuation = _BULLET.sub(r"\g<rest>", text).strip()
            if items and _SUBHEADING.match(continuation):
                continue  # `Contractual:` between items heads a group; it is not their text
            if continuation:
                (items[-1].parts if items else lead).append(continuation)
            continue
        label, rest = found
        style = _style(label, last_by_style)
        if style in styles:
            depth = styles.index(style)
            del styles[depth + 1 :], labels[depth:]
        else:
            styles.append(style)
        last_by_style[style] = label
        parent = labels[-1] if labels else None
        labels.append(label)
        items.append(ListItem(label=label, parent_label=_low(parent), line=line))
        if rest.strip():
            items[-1].parts.append(rest.strip())
    return lead, items


def _low(label: str | None) -> str | None:
    return label.lower() if label else None


def _bullet_items(lines: list[tuple[Line, str]]) -> tuple[list[str], list[ListItem]]:
    lead: list[str] = []
    items: list[ListItem] = []
    for line, text in lines:
        m = _BULLET.match(text)
        if m:
            items.append(ListItem(label=None, parent_label=None, line=line, parts=[m.group("rest").strip()]))
        elif text.strip():
            (items[-1].parts if items else lead).append(text.strip())
    return lead, items


def single_or_paragraphs(lines: list[tuple[Line, str]]) -> list[ListItem]:
    """A block with no list: one item, unless a lead-in ending with ':' stands
    before further paragraphs, which are then one item each."""
    paragraphs: list[list[tuple[Line, str]]] = [[]]
    for line, text in lines:
        if text.strip():
            paragraphs[-1].append((line, text.strip()))
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return []
    first_text = " ".join(t for _, t in paragraphs[0])
    if len(paragraphs) > 1 and first_text.rstrip().endswith(":"):
        paragraphs = paragraphs[1:]
    else:
        paragraphs = [[pair for p in paragraphs for pair in p]]
    return [ListItem(label=None, parent_label=None, line=p[0][0], parts=[t for _, t in p]) for p in paragraphs]


def _places(label: str) -> set[int]:
    """A list label's possible places in its sequence: 1 for `1`, `a`, `i`;
    `i`, `v`, `x` may be a letter or a roman numeral."""
    if label.isdigit():
        return {int(label)}
    low = label.lower()
    places = {ord(low) - ord("a") + 1} if len(low) == 1 else set()
    if _IS_ROMAN.match(low):
        values = {"i": 1, "v": 5, "x": 10}
        total = 0
        for a, b in zip(low, low[1:] + " "):
            total += -values[a] if values.get(b, 0) > values[a] else values[a]
        places.add(total)
    return places


#: A council may skip a number or two (`4.` then `6.`); a list going back to its start is another list.
_MAX_SKIP = 3


def first_run(items: list[ListItem]) -> list[ListItem]:
    """The items up to where the top-level numbering starts again: a block that
    runs on past its list (`1 2 3 4`, then `Corporate Strategy alignment: 1 2 3`)
    holds other lists after it, and a list printed twice is kept once."""
    kept: list[ListItem] = []
    previous: set[int] = set()
    for it in items:
        if it.parent_label is None and it.label is not None:
            places = _places(it.label)
            onward = {p for p in places if any(q < p <= q + _MAX_SKIP for q in previous)}
            if previous and places and not onward:
                break
            previous = onward if previous else places
        kept.append(it)
    return kept


def list_items(lines: list[tuple[Line, str]]) -> list[ListItem]:
    """The items of a Recommendation block: marked items (the first run of
    them), else bullets, else the whole block (minus a lead-in) as unlabelled items."""
    _, items = parse_list(lines)
    items = first_run([it for it in items if it.text])
    if items:
        return items
    return [it for it in single_or_paragraphs(lines) if it.text]
