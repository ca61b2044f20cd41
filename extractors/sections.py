"""Numbered sections and questions of business cases and cover papers.

Business cases: the numbered questions ("1. Please describe what the proposed
outcomes are:"), whose heading may wrap over lines, each followed by its
answer. A numbered list inside an answer is told apart by two things: a
question carries the next number in sequence, and it reads as a question
(its wording names a known topic, and it asks or introduces).

Cover papers: top-level sections ("1. Background") and numbered paragraphs
("1.1", "2.4.6", "4.1 Resource Implications"), each a `Section` row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.items._lines import is_title_case
from extractors.section_keys import question_key_position, report_section_key
from schemas.records import Section
from schemas.stages import Line, ItemText

SECTION_KINDS = ("business_case", "committee_report")

_QUESTION = re.compile(
    r"^\s*(?:#+\s*)?(?:\*+\s*)?(?:Q(?:uestion)?\s*)?(?P<num>\d{1,2})(?P<dot>[.):])?\s+(?P<text>\S.*)$"
)
# A following line that carries on the question: another question or an instruction.
_QUESTION_GOES_ON = re.compile(
    r"^\s*(?:please|if\b|what|which|how|why|who|when|where|are|is|do|does|could|can|has|have|will|should|"
    r"include|describe|explain|provide|give|list|state|these\s+must|this\s+must|you\s+must|\(|and\b|or\b)",
    re.IGNORECASE,
)
_MAX_HEADING_LINES = 6


def extract_sections(item: ItemText) -> list[Section]:
    """Sections of a business case or a cover paper; [] for any other kind or odd text."""
    try:
        if item.kind == "business_case":
            return business_case_sections(item)
        if item.kind == "committee_report":
            return report_sections(item)
    except (ValueError, IndexError, KeyError, AttributeError):  # odd text gives fewer rows, never a crash
        return []
    return []


# --- business cases -------------------------------------------------------


def read_heading(lines: list[Line], i: int, first_text: str) -> tuple[str, int]:
    """The question's heading rejoined over wrapped lines, and the index of its last line.

    A wrapped heading is printed as consecutive lines. It ends at a line that ends a
    sentence (`?`, `:`, `.`) unless the next line carries on asking ("Please include
    timescales."); it also ends at a blank line, a table row, or after a few lines.
    Where a double-spaced dump lost its single blank lines (a jump in line numbers),
    only a sentence left open and continued in lower case carries on.
    """
    parts = [first_text.strip()]
    end = i
    while end + 1 < len(lines) and end - i + 1 < _MAX_HEADING_LINES:
        nxt = lines[end + 1]
        current = parts[-1].rstrip("* ")
        if "\t" in nxt.text or _QUESTION.match(nxt.text) or not nxt.text.strip():
            break
        if nxt.no - lines[end].no > 1 and (current.endswith(("?", ":", ".")) or not nxt.text.lstrip()[:1].islower()):
            break  # a dropped blank line: only a sentence still open carries on past it
        if current.endswith("."):
            break
        if current.endswith(("?", ":")) and not _QUESTION_GOES_ON.match(nxt.text):
            break
        parts.append(nxt.text.strip())
        end += 1
    return _clean_heading(" ".join(parts)), end


def _clean_heading(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "").strip(" *"))


@dataclass(frozen=True)
class Candidate:
    """A numbered line that reads as a question: where it starts and ends, and how sure."""

    index: int
    end: int
    number: int
    heading: str
    strong: bool  # asks ("?") or prompts (":"), rather than only opening with a topic


def as_question(heading: str, has_dot: bool) -> bool | None:
    """None when the heading is not a question; else whether it is a strong one.

    A question names a known topic and is worded as a question, a prompt ending ':'
    or a title opening with the topic ("Scope - ...", "Saving/ Income amount ...").
    A question on an unknown topic counts when it ends with '?'. Without a dot
    after its number ("1 Introduction" in a table) only a question mark will do."""
    asks = "?" in heading
    prompts = heading.rstrip().endswith(":")
    if not has_dot and not asks:
        return None
    found = question_key_position(heading)
    if found is None:
        return True if heading.rstrip().endswith("?") and len(heading.split()) >= 4 else None
    opens_with_topic = len(heading[: found[1]].split()) <= 2
    if asks or prompts:
        return True
    return False if opens_with_topic else None


def question_candidates(lines: list[Line]) -> list[Candidate]:
    found = []
    for i, line in enumerate(lines):
        m = _QUESTION.match(line.text) if "\t" not in line.text else None
        if not m:
            continue
        heading, end = read_heading(lines, i, m.group("text"))
        strong = as_question(heading, m.group("dot") is not None)
        if strong is not None:
            found.append(Candidate(i, end, int(m.group("num")), heading, strong))
    return found


def choose_questions(candidates: list[Candidate]) -> list[Candidate]:
    """Questions in sequence 1, 2, 3 ... Of several lines that could be question n
    before question n+1, a strong one beats one that only opens with a topic (a
    list item "2. Evidence from ..." inside answer 1). A question lost to a page
    break may be skipped when the next one asks with '?'."""
    chosen: list[Candidate] = []
    expected, pos = 1, 0
    while True:
        later = [c for c in candidates if c.index >= pos]
        options = [c for c in later if c.number == expected]
        if not options and chosen:
            options = [c for c in later if c.number == expected + 1 and "?" in c.heading]
        if not options:
            return chosen
        number = options[0].number
        following = next((c for c in later if c.number == number + 1 and c.strong and c.index > options[0].index), None)
        within = [c for c in options if following is None or c.index < following.index]
        pick = next((c for c in within if c.strong), within[0])
        chosen.append(pick)
        expected, pos = number + 1, pick.end + 1


def business_case_sections(item: ItemText) -> list[Section]:
    lines = item.lines
    starts = [(c.index, c.end, str(c.number), c.heading) for c in choose_questions(question_candidates(lines))]
    sections = []
    for seq, (i, end, number, heading) in enumerate(starts, start=1):
        stop = starts[seq][0] if seq < len(starts) else len(lines)
        found = question_key_position(heading)
        sections.append(
            Section(
                doc_id=item.doc_id,
                item_id=item.item_id,
                page=lines[i].page,
                line=lines[i].no,
                seq=seq,
                number=number,
                key=found[0] if found else None,
                heading=heading,
                body=_body(lines[end + 1 : stop]),
            )
        )
    return sections


def _body(lines: list[Line]) -> str | None:
    """The lines as text, without blank lines at either end; None if nothing is printed."""
    texts = [ln.text.rstrip() for ln in lines]
    while texts and not texts[0].strip():
        texts.pop(0)
    while texts and not texts[-1].strip():
        texts.pop()
    if not texts:
        return None
    texts[0] = texts[0].lstrip()
    return "\n".join(texts)


# --- cover papers -----------------------------------------------------------

_TOP = re.compile(r"^\s*(?:#+\s*)?(?:\*+\s*)?(?P<num>\d{1,2})\.?\s+(?P<heading>[A-Z][^\t]*?)\s*\**\s*$")
_PARAGRAPH = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+(?P<text>[^a-z\s].*))?\s*$")
# A number and its text in two cells (`1.<TAB>Introduction`): a tab, or a run of them, right after the number.
_NUMBER_THEN_CELL = re.compile(r"^(?P<num>\s*(?:#+\s*)?(?:\*+\s*)?\d{1,2}(?:\.\d{1,2}){0,3}\.?)[ ]*\t[\t ]*(?=\S)")
# Any numbered line, heading or list item ("2. Poor air quality", "3) Do nothing").
_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,2})[.)]?\s+\S")
# A heading and its body printed on one line: the body opens a new sentence
# ("3.3 The best start for children There are no ...", "5.1 Source documents None").
_HEADING_THEN_SENTENCE = re.compile(
    r"^(?P<heading>[A-Z][^.,;:?!\t]{2,90}?[a-z0-9’')])\s+"
    r"(?P<body>(?:There|The|This|These|It|No|None|Nil|We|All|Not|N/A)\b.*)$"
)
# A short heading run into its body after a colon ("1. Finance Advice: The report sets out ...").
_HEADING_COLON = re.compile(r"^(?P<heading>[A-Z][^.,;:?!]{1,60}?)\s*:(?:\s+\S.*)?$")
_MAX_HEADING_WORDS = 12
_MAX_COLON_HEADING_WORDS = 6
# Fewer numbered sentences than this before the first heading are a short list, not the body's paragraphs.
_MIN_PARAGRAPHS = 3
_NUMBERED_PREFIX = re.compile(r"^\s*\d{1,2}[.)]?\s+")
# A heading with its body on one line is short ("nothing to report"); a long line is a paragraph.
_MAX_ONE_LINE_WORDS = 20


def one_cell(text: str) -> str:
    """A numbered line whose number sits in a cell of its own (`1.<TAB>Introduction`) as
    `1. Introduction`; any other line as it is (a tab further on is a table row)."""
    m = _NUMBER_THEN_CELL.match(text)
    if not m or "\t" in text[m.end():]:
        return text
    return f"{m.group('num')} {text[m.end():]}"


def _top_number(text: str) -> tuple[int, str] | None:
    """(n, heading) when the line is a short top-level heading "n. Heading" (or
    "n. Heading: its body" with a short title-case heading)."""
    text = one_cell(text)
    if "\t" in text:
        return None
    m = _TOP.match(text)
    if not m:
        return None
    heading = m.group("heading").replace("**", "").strip()
    colon = _HEADING_COLON.match(heading)
    if colon and len(colon.group("heading").split()) <= _MAX_COLON_HEADING_WORDS and is_title_case(colon.group("heading")):
        return int(m.group("num")), colon.group("heading").strip()
    if len(heading.split()) > _MAX_HEADING_WORDS or heading.endswith((".", ",", ";", ":")):
        return None
    return int(m.group("num")), heading


def _paragraph_number(text: str) -> tuple[int, ...] | None:
    text = one_cell(text)
    if "\t" in text:
        return None
    m = _PARAGRAPH.match(text)
    return tuple(int(p) for p in m.group("num").split(".")) if m else None


def _list_number(line: Line) -> int | None:
    m = _NUMBERED.match(one_cell(line.text))
    return int(m.group("num")) if m and "\t" not in one_cell(line.text) else None


def in_list(lines: list[Line], i: int, number: int) -> bool:
    """Line i is an item of a numbered list: the line right above or below it (no
    blank between) is the item before or after it. Headings stand apart from each other."""
    for j, step in ((i - 1, -1), (i + 1, 1)):
        if 0 <= j < len(lines) and lines[j].text.strip() and _list_number(lines[j]) == number + step:
            return True
    return False


def _stands_alone(lines: list[Line], i: int) -> bool:
    """A blank line (or the item's edge) above and below."""
    return all(not (0 <= j < len(lines)) or not lines[j].text.strip() for j in (i - 1, i + 1))


def _candidates(lines: list[Line], pos: int, number: int) -> list[tuple[int, str]]:
    out = []
    for i in range(pos, len(lines)):
        top = _top_number(lines[i].text)
        if top and top[0] == number and not in_list(lines, i, number):
            out.append((i, top[1]))
    return out


def _first_paragraph(lines: list[Line], start: int, number: int) -> int | None:
    return next((i for i in range(start, len(lines)) if (_paragraph_number(lines[i].text) or (0,))[0] == number), None)


def _choose_tops(lines: list[Line]) -> list[tuple[int, int, str]]:
    """Top-level sections in sequence 1, 2, 3 ... Where several lines could be
    section n (a numbered option list inside section n-1), the one just before
    the first paragraph n.x wins. One lost number is skipped where the next
    section is confirmed by its own paragraph n.1 (losing section 1 must not
    lose the rest)."""
    tops: list[tuple[int, int, str]] = []
    expected, pos = 1, 0
    while True:
        number, candidates = expected, _candidates(lines, pos, expected)
        if not candidates:
            number = expected + 1
            after = _candidates(lines, pos, number)
            confirmed = [c for c in after if _first_paragraph(lines, c[0] + 1, number) is not None]
            candidates = confirmed[:1]
        if not candidates:
            return _with_repeated_numbers(lines, tops)
        first_paragraph = _first_paragraph(lines, candidates[0][0], number)
        before = [c for c in candidates if first_paragraph is None or c[0] < first_paragraph]
        i, heading = before[-1] if first_paragraph is not None else candidates[0]
        tops.append((i, number, heading))
        expected, pos = number + 1, i + 1


def _with_repeated_numbers(lines: list[Line], tops: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A section number printed twice ("4 Other Factors" ... "4. Recommendation(s)"): the
    second, standing alone between section n and n+1, is a section too (papers misnumber)."""
    out: list[tuple[int, int, str]] = []
    for k, (i, number, heading) in enumerate(tops):
        out.append((i, number, heading))
        if k + 1 >= len(tops):
            continue
        for j, again in _candidates(lines, i + 1, number):
            if j < tops[k + 1][0] and _stands_alone(lines, j) and _first_paragraph(lines, i + 1, number) is not None:
                out.append((j, number, again))
    return out


def _paragraph_starts(lines: list[Line], start: int, stop: int, top: int) -> list[tuple[int, tuple[int, ...]]]:
    """Numbered paragraphs of top-level section `top`, numbers increasing."""
    found: list[tuple[int, tuple[int, ...]]] = []
    for i in range(start, stop):
        number = _paragraph_number(lines[i].text)
        if number and number[0] == top and (not found or number > found[-1][1]):
            found.append((i, number))
    return found


def _split_paragraph(text: str, has_body_below: bool) -> tuple[str | None, str]:
    """(heading, first body text) of a numbered paragraph's opening line."""
    text = text.strip()
    if not text:
        return None, ""
    words = len(text.split())
    if has_body_below and words <= _MAX_HEADING_WORDS and not text.endswith((".", ",", ";", ":", "?")):
        return text, ""
    m = _HEADING_THEN_SENTENCE.match(text) if words <= _MAX_ONE_LINE_WORDS else None
    if m and len(m.group("heading").split()) <= _MAX_HEADING_WORDS - 2:
        return m.group("heading"), m.group("body")
    return None, text


def numbered_paragraphs(lines: list[Line], before: int) -> list[tuple[int, int]]:
    """(index, n) of body paragraphs numbered 1, 2, 3 ... at the top level ("1. The aim of the
    scheme is ..."), printed before line `before` (the first numbered heading: inside a section
    such a number is a list item). Lists (adjacent items) are skipped. A run ends where numbering
    starts again at 1; of several runs (a numbered recommendation list, then the body), the
    longest is the body's; a run shorter than _MIN_PARAGRAPHS, or one opening under a lead-in
    ("... will:"), is a list."""
    numbered = [
        (i, n) for i in range(min(before, len(lines)))
        if (n := _list_number(lines[i])) is not None and not in_list(lines, i, n)
    ]
    best: list[tuple[int, int]] = []
    for start, (first, n) in enumerate(numbered):
        if n != 1 or _after_lead_in(lines, first):
            continue
        chain = [numbered[start]]
        for i, m in numbered[start + 1 :]:
            if m == 1:
                break  # numbering starts again: another list, or the body after a numbered list
            if m == chain[-1][1] + 1:
                chain.append((i, m))
        if len(chain) > len(best):
            best = chain
    return best if len(best) >= _MIN_PARAGRAPHS else []


def _after_lead_in(lines: list[Line], i: int) -> bool:
    """The line above is a sentence leading into a list ("... the local market will:"), not a
    heading that happens to end in a colon ("Background:")."""
    above = next((ln.text.strip() for ln in reversed(lines[:i]) if ln.text.strip()), "")
    return above.endswith(":") and not is_title_case(above[:-1])


def _paragraph_text(lines: list[Line], i: int) -> str | None:
    """A numbered paragraph's text: its line without the number, and the lines after it up to a blank line."""
    texts = [_NUMBERED_PREFIX.sub("", one_cell(lines[i].text), count=1)]
    for ln in lines[i + 1 :]:
        if not ln.text.strip() or _list_number(ln) is not None:
            break
        texts.append(ln.text)
    return _body([Line(no=0, text=t) for t in texts])


def report_sections(item: ItemText) -> list[Section]:
    lines = item.lines
    tops = _choose_tops(lines)
    rows: list[Section] = []
    for i, n in numbered_paragraphs(lines, tops[0][0] if tops else len(lines)):
        rows.append(Section(doc_id=item.doc_id, item_id=item.item_id, page=lines[i].page, line=lines[i].no,
                            seq=len(rows) + 1, number=str(n), body=_paragraph_text(lines, i)))

    def add(i: int, number: str, key: str | None, heading: str | None, body: str | None) -> None:
        rows.append(
            Section(
                doc_id=item.doc_id,
                item_id=item.item_id,
                page=lines[i].page,
                line=lines[i].no,
                seq=len(rows) + 1,
                number=number,
                key=key,
                heading=heading,
                body=body,
            )
        )

    for t, (i, number, heading) in enumerate(tops):
        stop = tops[t + 1][0] if t + 1 < len(tops) else len(lines)
        paragraphs = _paragraph_starts(lines, i + 1, stop, number)
        intro_end = paragraphs[0][0] if paragraphs else stop
        add(i, str(number), report_section_key(heading), heading, _body(lines[i + 1 : intro_end]))
        for p, (j, pnum) in enumerate(paragraphs):
            pstop = paragraphs[p + 1][0] if p + 1 < len(paragraphs) else stop
            nxt = paragraphs[p + 1][1] if p + 1 < len(paragraphs) else None
            below = _body(lines[j + 1 : pstop])
            is_parent = nxt is not None and nxt[: len(pnum)] == pnum
            m = _PARAGRAPH.match(one_cell(lines[j].text))
            head, first = _split_paragraph(m.group("text") or "", bool(below) or is_parent)
            body = "\n".join(t for t in (first, below) if t) or None
            add(j, ".".join(str(n) for n in pnum), None, head, body)
    return rows
