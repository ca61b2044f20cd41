"""From raw text lines to a clean `LineStream`, keeping each line's original number.

Each step is a small function over `list[Line]`, so the PDF reader and the
text route share them. Nothing here knows a particular council's strings:
page furniture is found by repetition next to page numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from schemas.stages import Line, LineStream

# Cyrillic and Greek capitals and small letters that OCR and some PDF fonts
# emit in place of Latin ones.
_LOOKALIKES = str.maketrans(
    "АВСЕНІЈКМОРЅТХУаеіјорсѕхуԁһΑΒΕΖΗΙΚΜΝΟΡΤΥΧον",
    "ABCEHIJKMOPSTXYaeijopcsxydhABEZHIKMNOPTYXov",
)
_CYRILLIC_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")

_BULLETS = re.compile(r"^(\s*)(?:[•●▪■◦‣∙·\uf0a7\uf0b7\uf076\uf0d8]|o(?=\s)|\*(?=\s))\s*")
_MD_DASH = re.compile(r"^(\s*)-\s+(?=\S)")
_MD_NUMBERED = re.compile(r"^\s*-\s+(?=\d+(?:\.\d+)*\.?\s)")
_HTML_TAG = re.compile(r"</?(?:i|p|b|u|em|strong|span|div|sup|sub)(?:\s[^>]*)?>|<br\s*/?>", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:#[^)]*|)\)")
_MD_BOLD = re.compile(r"\*\*")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_HYPHEN_END = re.compile(r"[A-Za-z]{2,}-$")
_LOWER_START = re.compile(r"^[a-z]{2,}\S*")
_FIRST_WORD = re.compile(r"^(\S+)\s*(.*)$")


def fold_lookalikes(text: str) -> str:
    """Cyrillic/Greek look-alike letters to Latin in a line that is mostly Latin."""
    if not _CYRILLIC_GREEK.search(text):
        return text
    if len(_LATIN.findall(text)) < len(_CYRILLIC_GREEK.findall(text)):
        return text  # a genuinely Cyrillic or Greek line
    return text.translate(_LOOKALIKES)


def strip_markup(text: str) -> str:
    """HTML fragments, markdown links and bold markers, which are dump formatting."""
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text) if "<" in text else text
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_BOLD.sub("", text)
    return _MD_EMPHASIS.sub(r"\1", text) if "*" in text else text


def unify_bullet(text: str, markdown: bool) -> str:
    """Every bullet glyph becomes `• `; a markdown `- 1.1` list item loses its dash."""
    if markdown:
        if _MD_NUMBERED.match(text):
            return _MD_NUMBERED.sub("", text, count=1)
        text = _MD_DASH.sub(r"\1• ", text, count=1)
    return _BULLETS.sub(r"\1• ", text, count=1)


def clean_line(text: str, markdown: bool) -> str:
    text = text.replace("\r", "").replace("\u00a0", " ").replace("\u200b", "")
    text = fold_lookalikes(text)
    if markdown:
        text = strip_markup(text)
    text = unify_bullet(text, markdown)
    return text.rstrip()


def find_furniture(lines: list[Line], min_repeats: int = 2) -> set[int]:
    """Indexes of page furniture: bare page numbers, the running footer lines
    printed just before them, and stray page numbers or footnote markers next
    to a footer or a link-annotation URL.

    A footer line is one that stands at the same distance before a page number
    at least `min_repeats` times and rarely anywhere else; a heading that merely
    repeats (each business case's title line) is not one.
    """
    numbers = [i for i, ln in enumerate(lines) if _PAGE_NUMBER.match(ln.text)]
    near: Counter = Counter()
    for i in numbers:
        for offset, j in enumerate(_neighbours(lines, i, 3, after=False), start=1):
            near[(offset, lines[j].text.strip())] += 1
    best: dict[str, int] = {}
    for (offset, text), n in near.items():
        if n >= min_repeats and len(text) <= 80:
            best[text] = max(best.get(text, 0), n)
    counts = Counter(ln.text.strip() for ln in lines if ln.text.strip() in best)
    footer_texts = {t for t, n in best.items() if counts[t] <= n + 1}
    furniture: set[int] = set()
    for i in numbers:
        block = []
        for j in _neighbours(lines, i, 3, after=False):  # contiguous footer lines up to the number
            if lines[j].text.strip() not in footer_texts:
                break
            block.append(j)
        if block:
            furniture.add(i)
            furniture.update(block)
    for i in numbers:
        if i in furniture:
            continue
        prev = _neighbours(lines, i, 1, after=False)
        nxt = _neighbours(lines, i, 1, before=False)
        if any(j in furniture or _URL_ONLY.match(lines[j].text) for j in prev + nxt) or _blank_before(lines, i) >= 2:
            furniture.add(i)  # stray page number or footnote marker after a footer
    return furniture


def _neighbours(lines: list[Line], i: int, n: int, before: bool = True, after: bool = True) -> list[int]:
    """Up to `n` non-blank line indexes on each side of `i`."""
    out: list[int] = []
    for step, wanted in ((-1, before), (1, after)):
        if not wanted:
            continue
        j, found = i + step, 0
        while 0 <= j < len(lines) and found < n:
            if lines[j].text.strip():
                out.append(j)
                found += 1
            j += step
    return out


def _blank_before(lines: list[Line], i: int) -> int:
    n, j = 0, i - 1
    while j >= 0 and not lines[j].text.strip():
        n, j = n + 1, j - 1
    return n if j >= 0 else 0


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """`over-` at a line end + `commissioning` at the next line's start -> one word
    (on copies: the lines given are left as they were)."""
    return _join_hyphenated_in_place([ln.model_copy() for ln in lines])


def _join_hyphenated_in_place(lines: list[Line]) -> list[Line]:
    """`join_hyphenated` on lines the caller owns: a normalised dump's lines are made here,
    so copying them again would only double the memory of a long dump."""
    emptied: set[int] = set()
    for i in range(len(lines) - 1):
        ln, nxt = lines[i], lines[i + 1]
        if "\t" in ln.text or "\t" in nxt.text:
            continue
        if _HYPHEN_END.search(ln.text) and _LOWER_START.match(nxt.text):
            word, rest = _FIRST_WORD.match(nxt.text).groups()
            ln.text += word
            nxt.text = rest
            if not rest:
                emptied.add(i + 1)
    # a line whose only word moved up is gone, not a blank (blanks separate table cells)
    return [ln for i, ln in enumerate(lines) if i not in emptied] if emptied else lines


def collapse_blanks(lines: list[Line]) -> list[Line]:
    """Runs of blank lines become one. A double-spaced dump (a blank after nearly
    every line) carries no meaning in single blanks, so those go and only runs remain."""
    nonblank = sum(1 for ln in lines if ln.text.strip())
    singles = sum(
        1
        for i in range(1, len(lines) - 1)
        if not lines[i].text.strip() and lines[i - 1].text.strip() and lines[i + 1].text.strip()
    )
    double_spaced = nonblank and singles / nonblank > 0.6
    out: list[Line] = []
    run = 0
    for ln in lines:
        if ln.text.strip():
            if run and out and (not double_spaced or run >= 2):
                out.append(Line(no=ln.no - 1, text="", page=ln.page))
            out.append(ln)
            run = 0
        else:
            run += 1
    return out


def normalise_lines(lines: list[Line], markdown: bool = False) -> list[Line]:
    """The shared clean-up: clean each line, drop furniture, join hyphenated words, collapse blanks.
    The lines given are left as they were."""
    cleaned = [light_line(**{**ln.__dict__, "text": clean_line(ln.text, markdown), "raw": ln.raw or ln.text}) for ln in lines]
    return _tidy(cleaned)


def normalise_text(doc_id: str, text: str, flavour: str, warnings: list[str] | None = None) -> LineStream:
    """A text dump as a `LineStream` (line numbers are the dump's, 1-based).

    One pass over the text: each line is cleaned as it is split off, and its raw text is
    the cleaned text itself where cleaning changed nothing, so a long dump's lines exist
    once (a 50 MB dump has about a million)."""
    markdown = flavour == "markdown"
    cleaned = [light_line(no=no, text=_cleaned_or_same(raw, markdown), raw=raw) for no, raw in enumerate(split_lines(text), start=1)]
    return LineStream(doc_id=doc_id, flavour=flavour, lines=_tidy(cleaned), warnings=list(warnings or []))


def _tidy(cleaned: list[Line]) -> list[Line]:
    """Furniture dropped, hyphenated words joined, blank runs collapsed, on lines made here."""
    furniture = find_furniture(cleaned)
    kept = [ln for i, ln in enumerate(cleaned) if i not in furniture] if furniture else cleaned
    return collapse_blanks(_join_hyphenated_in_place(kept))


def _cleaned_or_same(raw: str, markdown: bool) -> str:
    text = clean_line(raw, markdown)
    return raw if text == raw else text  # one string for both, not two equal ones


def split_lines(text: str) -> Iterator[str]:
    """`text.split("\\n")`, one line at a time: the whole list would be a second copy of a long dump."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


#: Every field of a line made by `light_line` is set, so its lines share one set of set fields
#: (pydantic keeps a set per model object: 216 bytes a line).
_ALL_FIELDS = set(Line.model_fields)
#: Each field and its default, in the model's order.
_DEFAULTS = tuple((name, field.default) for name, field in Line.model_fields.items())
_set = object.__setattr__


def light_line(**values) -> Line:
    """A `Line` made without validation from values already of its types (they come from a
    `Line` or from splitting a `str`), equal to `Line(**values)`.

    A dump's million lines are most of its memory: set one attribute at a time, in the same
    order, the lines' attribute dicts share their keys (CPython's key-sharing dicts), 120 bytes
    instead of the 272 of the dict that `model_construct` assigns whole, and no validation."""
    line = Line.__new__(Line)
    for name, default in _DEFAULTS:
        _set(line, name, values.get(name, default))
    _set(line, "__pydantic_fields_set__", _ALL_FIELDS)
    _set(line, "__pydantic_extra__", None)
    _set(line, "__pydantic_private__", None)
    return line
