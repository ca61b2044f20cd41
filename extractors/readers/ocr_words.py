"""Text boxes of a scanned page read into words with their horizontal place (rapidocr's recogniser).

The packaged recogniser (PP-OCR, trained mostly on Chinese) reads English letters well but
often runs words together ("Thrivingplacesfor"), and has no letter for £. Its CTC output
says more than its best reading: between two characters read as one word, a space that
was nearly read (some probability on the space class) is a space, and so is a white gap
in the crop wide enough to be one; a glyph it saw but has no letter for, just before a
number, is the pound sign (the only such sign in English council papers' money).
Each word keeps its left and right edge as fractions of the box width, so the page reader
can place it as the PDF reader places words.
"""

from __future__ import annotations

import math
import re

import cv2
import numpy as np
from pydantic import BaseModel

#: Boxes recognised in one batch (rapidocr's default); they are padded to the widest of the batch.
BATCH = 6
#: Probability of the space class between two characters above which they are two words.
SPACE_PROBABILITY = 0.1
#: A column whose letters (all but blank and space) have this probability together holds a glyph, read or not.
GLYPH_PROBABILITY = 0.06
#: A full stop read with less probability than this, before a small letter, is a speck.
SURE_STOP = 0.9
#: A white gap at least this many times the text's ink height is a space between words
#: (a word space is about a quarter of an em; letters sit a tenth or less apart).
WORD_GAP = 0.2


class Word(BaseModel):
    text: str
    x0: float  # fractions of the box's width
    x1: float
    confidence: float


class Char(BaseModel):
    text: str
    place: float  # fraction of the crop's width
    probability: float
    space_before: float = 0.0  # most probability on a space between this and the character before
    unread_before: bool = False  # a glyph was seen just before it that was not read


class Recognised(BaseModel):
    """One text box as read: its words left to right and the mean character confidence."""

    words: list[Word]
    confidence: float


def recognise(recogniser, crops: list[np.ndarray]) -> list[Recognised]:
    """Every crop read, in the order given (batched by width, as rapidocr does, to pad less)."""
    height = recogniser.rec_image_shape[1]
    alphabet = recogniser.postprocess_op.character
    ratios = [crop.shape[1] / max(crop.shape[0], 1) for crop in crops]
    order = np.argsort(np.array(ratios), kind="stable")
    out: list[Recognised | None] = [None] * len(crops)
    for start in range(0, len(crops), BATCH):
        batch = [int(k) for k in order[start : start + BATCH]]
        widest = max([recogniser.rec_image_shape[2] / height] + [ratios[k] for k in batch])
        images = np.concatenate([recogniser.resize_norm_img(crops[k], widest)[np.newaxis] for k in batch]).astype(np.float32)
        predictions = recogniser.session(images)[0]
        for k, prediction in zip(batch, predictions):
            filled = min(1.0, math.ceil(height * ratios[k]) / (height * widest))  # the crop's share of the padded width
            out[k] = words_of(decode(prediction, alphabet, filled), ink_gaps(crops[k]))
    return [r for r in out if r is not None]


def decode(prediction: np.ndarray, alphabet: list[str], filled: float) -> list[Char]:
    """Greedy CTC decoding, each character with its place, probability, and what lies between it
    and the one before (the space class's probability, an unread glyph)."""
    best = prediction.argmax(axis=1)
    space = alphabet.index(" ") if " " in alphabet else None
    letters = prediction.copy()
    letters[:, 0] = 0.0  # CTC's blank
    if space is not None:
        letters[:, space] = 0.0
    columns = len(best)
    chars: list[Char] = []
    previous, since = 0, 0
    for column, index in enumerate(best):
        if index != 0 and index != previous:  # a repeat is the same character
            between = slice(since, column)
            chars.append(Char(
                text=alphabet[index], place=min((column + 0.5) / columns / max(filled, 1e-6), 1.0),
                probability=float(prediction[column, index]),
                space_before=float(prediction[between, space].max()) if space is not None and column > since else 0.0,
                unread_before=bool(column > since and letters[between].sum(axis=1).max() >= GLYPH_PROBABILITY),
            ))
        if index != 0:
            since = column + 1
        previous = index
    return chars


class Gaps(BaseModel):
    """White runs across a crop at least `space` wide (all as fractions of its width)."""

    gaps: list[tuple[float, float]] = []
    space: float = 1.0


def ink_gaps(crop: np.ndarray) -> Gaps:
    """White runs across the crop wide enough to be word spaces."""
    grey = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if crop.ndim == 3 else crop
    _, ink = cv2.threshold(grey, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows = np.flatnonzero(ink.sum(axis=1))
    if len(rows) == 0:
        return Gaps()
    inked = np.concatenate([[True], ink.sum(axis=0) > 0, [True]])
    width = len(inked) - 2
    space = WORD_GAP * (rows[-1] - rows[0] + 1)
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))  # ink to white, white to ink, in turn
    runs = [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2]) if a > 0 and b < width and b - a >= space]
    return Gaps(gaps=[(a / width, b / width) for a, b in runs], space=space / width)


def words_of(chars: list[Char], gaps: Gaps) -> Recognised:
    """Characters split into words where a space was read or nearly read, or a wide white gap falls between two."""
    if not chars:
        return Recognised(words=[], confidence=0.0)
    confidence = float(np.mean([c.probability for c in chars]))
    words: list[Word] = []
    current: list[Char] = []

    def close() -> None:
        if current:
            pitch = _half_pitch(current)
            x0 = max(words[-1].x1 if words else 0.0, current[0].place - pitch)
            words.append(Word(text=letter_o("".join(c.text for c in current)), x0=x0, x1=min(1.0, current[-1].place + pitch),
                              confidence=float(np.mean([c.probability for c in current]))))
            current.clear()

    for k, char in enumerate(chars):
        if char.text.isspace():
            close()
            continue
        if _is_speck(char, chars[k + 1] if k + 1 < len(chars) else None):
            continue
        if current and _is_space(current[-1], char, gaps):
            close()
        if char.unread_before and char.text.isdigit() and _pound_read_as_dash(current):
            dash = current.pop()
            close()
            current.append(dash.model_copy(update={"text": "£"}))
        elif char.unread_before and char.text.isdigit() and not current:
            current.append(char.model_copy(update={"text": "£"}))
        current.append(char)
    close()
    return Recognised(words=words, confidence=confidence)


def _pound_read_as_dash(current: list[Char]) -> bool:
    """'amount-160' with a glyph unread before the 1: the pound sign's bar was read as a dash,
    and the space before it missed (a minus sign is not run on from a word)."""
    return len(current) >= 2 and current[-1].text == "-" and current[-2].text.isalpha()


def _is_speck(char: Char, following: Char | None) -> bool:
    """A full stop read unsurely before a small letter is a speck of dust (a sentence that
    ends there would go on with a capital or a space)."""
    return char.text == "." and char.probability < SURE_STOP and following is not None and following.text.islower()


def letter_o(word: str) -> str:
    """Zero read for the letter O inside a word of letters ('0ct' is 'Oct', 'c0st' is 'cost')."""
    if "0" not in word or not word.replace("0", "").isalpha():
        return word
    return re.sub(r"(?<=[a-z])0|0(?=[a-z])", lambda m: "O" if m.start() == 0 else "o", word)


def _is_space(left: Char, right: Char, gaps: Gaps) -> bool:
    """Whether two characters read side by side are two words. Digits (narrow, often set
    apart: '1 5') and punctuation (never after a space: 'word .') need more evidence."""
    strict = (left.text.isdigit() and right.text.isdigit()) or not right.text.isalnum() or left.text in "(/-@"
    loose = left.text.isalpha() != right.text.isalpha() and left.text.isalnum() and right.text.isalnum()  # 'Dec 2021'
    if right.space_before >= SPACE_PROBABILITY * (2 if strict else 0.5 if loose else 1):
        return True
    widest = max((g1 - g0 for g0, g1 in gaps.gaps if left.place < (g0 + g1) / 2 < right.place), default=0.0)
    return widest >= gaps.space * (2.5 if strict else 1.5)


def _half_pitch(chars: list[Char]) -> float:
    if len(chars) < 2:
        return 0.02
    return (chars[-1].place - chars[0].place) / (len(chars) - 1) / 2
