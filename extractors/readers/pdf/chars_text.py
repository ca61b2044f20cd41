"""Text of a run of characters, as pdfplumber's `extract_text` gives it with its defaults.

A table page has thousands of cells, and pdfplumber's `extract_text` builds a word
extractor, generators and a merged-word dict for each; that was a tenth of the
time of reading a table page. This is the same algorithm for upright text
(`chars_text`), on the same char dicts:

- characters are clustered into lines by `top` (a new line where a top is more than
  3 points below the one before it, tops in sorted order), and within a line sorted
  by `x0`;
- a word ends at a blank character, or where the next character starts left of the
  one before, more than 3 points after its end, or more than 3 points above or
  below it;
- words are clustered into lines again by their top, joined by spaces; lines by
  newlines. Ligatures are spelt out.

Anything else (rotated characters) goes to pdfplumber itself.
"""

from __future__ import annotations

from pdfplumber.utils import extract_text
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

_X, _Y = DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE


def chars_text(chars: list[dict]) -> str:
    """`pdfplumber.utils.extract_text(chars)` with default settings."""
    if not chars:
        return ""
    if not all(c["upright"] for c in chars):
        return extract_text(chars)
    words: list[tuple[float, str]] = []  # (top, text)
    for line in _clusters(chars, [c["top"] for c in chars]):
        line.sort(key=lambda c: c["x0"])  # stable: equal x0 keep their order
        words.extend(_words(line))
    lines = _clusters(words, [top for top, _ in words])
    return "\n".join(" ".join(text for _, text in line) for line in lines)


def _clusters(items: list, keys: list[float]) -> list[list]:
    """`pdfplumber.utils.cluster_objects(items, key, 3)`: groups of items whose keys chain
    within the tolerance, groups in key order, items in their own order within a group."""
    group_of: dict[float, int] = {}
    group, last = -1, None
    for key in sorted(set(keys)):
        if last is None or key > last + _Y:
            group += 1
        group_of[key] = group
        last = key
    groups: list[list] = [[] for _ in range(group + 1)]
    for item, key in zip(items, keys):
        groups[group_of[key]].append(item)
    return [g for g in groups if g]


def _words(line: list[dict]) -> list[tuple[float, str]]:
    """The line's words as (top, text), split as pdfplumber's `WordExtractor` splits them."""
    words: list[tuple[float, str]] = []
    current: list[dict] = []
    for char in line:
        text = char["text"]
        if text.isspace():
            _close(current, words)
            current = []
        elif not text:  # pdfplumber makes an empty text its own word (`split_at_punctuation`)
            _close(current, words)
            _close([char], words)
            current = []
        elif current and _begins_word(current[-1], char):
            _close(current, words)
            current = [char]
        else:
            current.append(char)
    _close(current, words)
    return words


def _begins_word(prev: dict, char: dict) -> bool:
    return char["x0"] < prev["x0"] or char["x0"] > prev["x1"] + _X or abs(char["top"] - prev["top"]) > _Y


def _close(chars: list[dict], words: list[tuple[float, str]]) -> None:
    if chars:
        words.append((min(c["top"] for c in chars), "".join(LIGATURES.get(c["text"], c["text"] or "") for c in chars)))
