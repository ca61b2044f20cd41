"""Per-characteristic answers of an equality impact assessment, read from its lines.

Forms ask about each characteristic in one of two ways (the wording is in the
[eqia] section of vocabulary.toml, not here):
- a question naming the characteristic, answered Yes/No on the same line (a cell
  to its right) or on the next line: "Are there negative impacts for Age? | No";
- a grid row: the characteristic in the first cell, a question in the next with
  tick boxes, "Age | Does your analysis indicate a disproportionate impact? Yes ☒ No ☐",
  and the row's text below it ("Potential impacts: ...").

Every answered question is an `EqiaAnswer`; it gives an `EqiaImpact` when the
answer marks one:
- a question about negative (positive) impacts: Yes -> negative (positive); No -> no impact row
  (the form says nothing about impacts of the other kind);
- a question about any impact: Yes -> negative, or positive where the row's text calls the
  effect a benefit and names no harm; No -> `none` (the form says there is no impact);
- both boxes ticked, or neither, in a grid row: the answer cannot be read; the characteristic
  is still listed, as an impact row with impact null (as a grid mark no column can hold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.vocabulary import labels, pattern
from schemas.eqia import EqiaAnswer
from schemas.records import EqiaImpact
from schemas.stages import Line

CHECKED = "☒☑⊠\uf0fd\uf0fe\uf078"
UNCHECKED = "☐□◻\uf0a8\uf06f"
_BOX = f"[{CHECKED}{UNCHECKED}]"
# "Yes ☒ No ☐" or "☒ Yes ☐ No".
_YES_NO_BOXES = re.compile(
    rf"(?:yes\s*(?P<yes_after>{_BOX})\s*no\s*(?P<no_after>{_BOX})|(?P<yes_before>{_BOX})\s*yes\s*(?P<no_before>{_BOX})\s*no)",
    re.I,
)
_WORD_ANSWER = re.compile(r"^\s*(?P<answer>yes|no)\b", re.I)
#: How far below a grid row its text ("Potential impacts: ...") is looked for.
_ROW_TEXT_LINES = 4
#: Lines between a question and its answer on the next line (a blank may fall between).
_ANSWER_LINES = 2


@dataclass(frozen=True)
class Answer:
    characteristic: str
    asks: str  # negative | positive | any
    answer: str | None  # yes | no | both | None (unanswered or in words)
    line: Line
    text_below: str = ""


@cache
def _question(kind: str) -> re.Pattern:
    return re.compile(rf"^\s*(?:\d{{1,2}}[.)]?\s*)?(?:{pattern('eqia', kind)})\s*$", re.I)


@cache
def _question_in_cell() -> re.Pattern:
    return re.compile(f"(?:{pattern('eqia', 'question_any')})", re.I)


@cache
def _characteristic_words() -> re.Pattern:
    words = sorted(labels("eqia", "characteristics"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])", re.I)


def is_characteristic(name: str) -> bool:
    """A short name holding a characteristic word ("Age: Young People", "Carer's responsibilities")."""
    return 0 < len(name) <= 80 and bool(_characteristic_words().search(name.replace("’", "'")))


def _words(field: str) -> re.Pattern:
    words = sorted(labels("eqia", field), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _boxed_answer(m: re.Match) -> str | None:
    yes = (m.group("yes_after") or m.group("yes_before")) in CHECKED
    no = (m.group("no_after") or m.group("no_before")) in CHECKED
    return "both" if yes and no else "yes" if yes else "no" if no else None


def _word_answer(text: str) -> str | None:
    m = _WORD_ANSWER.match(text)
    return m.group("answer").lower() if m else None


def _next_text(lines: list[Line], i: int, reach: int) -> tuple[int, str] | None:
    for j in range(i + 1, min(len(lines), i + 1 + reach)):
        if lines[j].text.strip():
            return j, lines[j].text.strip()
    return None


def _named_question(lines: list[Line], i: int) -> Answer | None:
    """ "Are there negative impacts for X?" with its Yes/No beside or below it."""
    cells = [c.strip() for c in lines[i].text.split("\t") if c.strip()]
    if not cells:
        return None
    for asks in ("negative", "positive"):
        m = _question(f"question_{asks}").match(cells[0])
        if not m:
            continue
        who = m.group("who").strip().rstrip("?").strip()
        if not is_characteristic(who):
            return None
        if len(cells) > 1:
            answer = _word_answer(cells[1])
        else:
            below = _next_text(lines, i, _ANSWER_LINES)
            answer = _word_answer(below[1]) if below and len(below[1].split()) <= 3 else None
        return Answer(who[:1].upper() + who[1:], asks, answer, lines[i])
    return None


def _grid_row(lines: list[Line], i: int) -> Answer | None:
    """ "Age | Does your analysis indicate a disproportionate impact? Yes ☒ No ☐"."""
    text = lines[i].text
    boxes = _YES_NO_BOXES.search(text)
    if not boxes or "\t" not in text:
        return None
    name = text.split("\t")[0].strip()
    if not is_characteristic(name) or not _question_in_cell().search(text):
        return None
    below = [lines[j].text for j in range(i + 1, min(len(lines), i + 1 + _ROW_TEXT_LINES))]
    stop = next((k for k, t in enumerate(below) if _YES_NO_BOXES.search(t)), len(below))
    return Answer(name, "any", _boxed_answer(boxes), lines[i], " ".join(" ".join(below[:stop]).split()))


def read_answers(lines: list[Line]) -> list[Answer]:
    """Every per-characteristic question of the form, in reading order."""
    out = []
    for i in range(len(lines)):
        found = _grid_row(lines, i) or _named_question(lines, i)
        if found:
            out.append(found)
    return out


def impact_of(answer: Answer) -> str | None:
    """The impact an answer marks, or None (see the module's rules)."""
    if answer.answer == "yes":
        if answer.asks != "any":
            return answer.asks
        text = answer.text_below
        return "positive" if _words("benefit_words").search(text) and not _words("harm_words").search(text) else "negative"
    if answer.answer == "no" and answer.asks == "any":
        return "none"
    return None


def is_unreadable(answer: Answer) -> bool:
    """A grid row whose boxes are both ticked, or neither: listed, but no impact can be read."""
    return answer.asks == "any" and answer.answer in ("both", None)


def answer_records(answers: list[Answer], base: dict) -> list[EqiaAnswer | EqiaImpact]:
    """An `eqia_answers` row per question and an `eqia_impacts` row per impact marked."""
    records: list[EqiaAnswer | EqiaImpact] = []
    n_impacts = 0
    for seq, a in enumerate(answers, start=1):
        impact = impact_of(a)
        records.append(EqiaAnswer(**base, line=a.line.no, page=a.line.page, seq=seq, characteristic=a.characteristic,
                                  asks=a.asks, answer=a.answer, impact=impact))
        if impact or is_unreadable(a):
            n_impacts += 1
            records.append(EqiaImpact(**base, line=a.line.no, page=a.line.page, seq=n_impacts,
                                      characteristic=a.characteristic, impact=impact))
    return records
