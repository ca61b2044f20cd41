"""Entities in free text: a rule-based spaCy pipeline on `spacy.blank("en")`.

No trained model is needed (none is on the package index; nothing is ever
downloaded). The pipeline has two rule components, built once and cached:
- `committee_shapes` finds MONEY, DATE, FY, BP_REF, EMAIL, PHONE and titled
  PERSON ("Councillor A Bailey") by the shapes councils print them in;
- `committee_orgs`, a `Matcher` of token patterns (an EntityRuler that skips
  lines with no organisation word), adds ORG ("X County Council", "X Committee",
  "X CCG", "NHS X") where no shape was found.
People named in an item's form fields (`Name:`, leads, officer, assessor) are
then found wherever the item mentions them.

Lines are processed one by one with `nlp.pipe`; blank lines and lines with no
digit, £, @, title or organisation word are not tokenised at all, so a large
dump costs one short Doc per line that may hold something; `line`/`page` give provenance and
`start_char` the offset in the line.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors import entity_patterns as P
from extractors.values.dates import parse_date, parse_fy
from extractors.values.money import parse_money_range
from schemas.records import Entity
from schemas.stages import ItemText, Line

# Where two shapes overlap, the earlier label wins ("X/Y.1.234" is not a date, an
# email's digits are not a phone number).
# Each shape has a cheap test a line must pass before its pattern is run.
_SHAPES: tuple[tuple[str, re.Pattern, re.Pattern], ...] = (
    ("EMAIL", re.compile("@"), P.EMAIL),
    ("BP_REF", re.compile(r"[A-Z]/[A-Z]"), P.BP_REF),
    ("MONEY", re.compile("£"), P.MONEY),
    ("PHONE", re.compile(r"0\d"), P.PHONE),
    ("DATE", re.compile(r"\d"), P.DATE),
    ("FY", re.compile(r"\d\d\s?[-/\u2013]"), P.FY),
    ("PERSON", P.TITLE_WORD, P.TITLED_PERSON),
)
#: A line with none of these holds no entity the pipeline could find, and is not tokenised.
_ANY_TRIGGER = re.compile(r"[£@\d]|" + P.TITLE_WORD.pattern + "|" + P.ORG_WORD.pattern)
# The next label on the same line ("Jane Doe Post: Officer"): a capitalised word, then lower-case words, then ':'.
_NEXT_LABEL = re.compile(r"\s+[A-Z][a-z]*(?:\s+[a-z]+){0,3}\s*:.*$")
_NAME_AT_START = re.compile(rf"^(?:{P.TITLE}\s+)?(?P<name>{P.NAME})")
_BATCH = 1000


def _valid(label: str, text: str) -> bool:
    if label == "FY":
        return parse_fy(text) is not None
    if label == "PHONE":
        digits = re.sub(r"\D", "", text.replace("+44", "0", 1))
        return 10 <= len(digits) <= 11
    if label == "MONEY":
        return not re.fullmatch(r"[^\d]*0+", text.strip())  # "£000" is a column unit, not an amount
    return True


@Language.component("committee_shapes")
def committee_shapes(doc: Doc) -> Doc:
    """Spans for the shapes in `_SHAPES`, first label winning where they overlap."""
    taken: set[int] = set()
    spans: list[Span] = []
    full = doc.text  # built from the tokens on each access: read it once
    for label, trigger, pattern in _SHAPES:
        if not trigger.search(full):
            continue
        for m in pattern.finditer(full):
            start, end = m.span("name") if label == "PERSON" else m.span()
            text = full[start:end]
            stripped = len(text) - len(text.lstrip())
            span = doc.char_span(start + stripped, end, label=label, alignment_mode="expand")
            if span is None or not _valid(label, span.text):
                continue
            if label == "PERSON" and is_role(span.text.split()):  # "Lord Mayor": a title before a role
                continue
            tokens = set(range(span.start, span.end))
            if tokens & taken:
                continue
            taken |= tokens
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


class CommitteeOrgs:
    """ORG spans from `ORG_PATTERNS` (a spaCy `Matcher`), longest first, where no
    shape was found. Lines without an organisation word skip the matcher."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        for n, rule in enumerate(P.ORG_PATTERNS):
            self.matcher.add(f"ORG{n}", [rule["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        if not P.ORG_WORD.search(doc.text):
            return doc
        spans = filter_spans([Span(doc, start, end, label="ORG") for _, start, end in self.matcher(doc)])
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        free = [s for s in spans if not taken & set(range(s.start, s.end))]
        if free:
            doc.ents = sorted(list(doc.ents) + free, key=lambda s: s.start)
        return doc


@Language.factory("committee_orgs")
def make_committee_orgs(nlp: Language, name: str) -> CommitteeOrgs:
    return CommitteeOrgs(nlp)


@lru_cache(maxsize=1)
def entity_pipeline() -> Language:
    """The cached rule pipeline: shapes first, then organisation patterns where free."""
    nlp = spacy.blank("en")
    nlp.add_pipe("committee_shapes")
    nlp.add_pipe("committee_orgs")
    return nlp


def normalised_value(label: str, text: str) -> str | None:
    """The entity as a plain value: pounds, ISO dates, `2021-22`, digits of a phone."""
    if label == "MONEY":
        money = parse_money_range(text)
        if money is None or money.low is None:
            return None
        return str(money.low) if money.low == money.high else f"{money.low}..{money.high}"
    if label == "DATE":
        return parse_date(text).iso
    if label == "FY":
        return parse_fy(text)
    if label == "EMAIL":
        return text.strip().lower()
    if label == "PHONE":
        return re.sub(r"\D", "", re.sub(r"^\+44\s*\(?0?\)?", "0", text.strip()))
    return " ".join(text.split())


def names_in_fields(lines: list[Line]) -> list[str]:
    """People named in the item's form fields ("Name: A Person", "Business Leads / Sponsors:
    A Person, Post / B Person", "From: A Person, Post"), each with two to four name words."""
    names: list[str] = []
    for i, ln in enumerate(lines):
        for m in P.NAME_FIELD.finditer(ln.text):
            value = m.group("value").strip()
            if not value and i + 1 < len(lines):
                value = lines[i + 1].text.split("\t")[0].strip()  # value stacked under its label
            value = _NEXT_LABEL.sub("", value)
            for part in re.split(r"\s+/\s+|\s+and\s+|,|;|\s+[-\u2013]\s+", value):
                name = _name_at_start(part.strip())
                if name and name not in names:
                    names.append(name)
    return names


def _name_at_start(text: str) -> str | None:
    m = _NAME_AT_START.match(text)
    if not m:
        return None
    words = m.group("name").split()
    if not 2 <= len(words) <= 4 or is_role(words):
        return None
    return " ".join(words)


def is_role(words: list[str]) -> bool:
    """A run of capitalised words naming a role or post ("Cabinet Member", "Lord Mayor"), not a person."""
    return any(re.sub(r"['’]s$", "", w.lower()) in P.ROLE_WORDS for w in words)


def _person_mentions(text: str, pattern: re.Pattern | None, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        if not any(m.start() < end and start < m.end() for start, end in taken):
            found.append(m.span())
    return found


_PATTERN_OF = {label: pattern for label, _, pattern in _SHAPES}


def _exact(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A span widened to whole tokens ("£1.7m." is one token) cut back to what its pattern matched."""
    pattern = _PATTERN_OF.get(label)
    m = pattern.search(text, start, end) if pattern else None
    if m is None:
        return start, end, label
    s, e = m.span("name") if label == "PERSON" else m.span()
    stripped = len(text[s:e]) - len(text[s:e].lstrip())
    return s + stripped, e, label


def extract_entities(item: ItemText) -> list[Entity]:
    """Every entity in the item's lines, in reading order, with its line and value."""
    lines = [ln for ln in item.lines if ln.text.strip()]
    if not lines:
        return []
    names = names_in_fields(item.lines)
    name_pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
        if names
        else None
    )
    is_pdf = item.flavour == "pdf"
    out: list[Entity] = []
    nlp = entity_pipeline()
    worth = [ln for ln in lines if _ANY_TRIGGER.search(ln.text) or (name_pattern and name_pattern.search(ln.text))]
    docs = dict(zip((id(ln) for ln in worth), nlp.pipe((ln.text for ln in worth), batch_size=_BATCH)))
    for ln in lines:
        doc = docs.get(id(ln))
        if doc is None:
            continue
        found = [_exact(ln.text, e.start_char, e.end_char, e.label_) for e in doc.ents]
        taken = [(s, e) for s, e, _ in found]
        found += [(s, e, "PERSON") for s, e in _person_mentions(ln.text, name_pattern, taken)]
        for start, end, label in sorted(found):
            text = ln.text[start:end]
            out.append(
                Entity(
                    doc_id=item.doc_id,
                    item_id=item.item_id,
                    page=ln.page,
                    line=None if is_pdf else ln.no,
                    label=label,
                    text=text,
                    value=normalised_value(label, text),
                    start_char=start,
                )
            )
    return out
