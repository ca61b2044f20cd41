"""Canonical keys of numbered questions and sections, read from their wording.

A business case's questions are numbered 1-8 in one template and 1-9 (with a
summary first) in an older one, so the key follows what the question asks,
never its number. Each rule is a pattern of words a question of that kind
uses; the rule matching earliest in the heading wins, because a question
often mentions a later topic in passing ("benefits ... and the risk if we do
not act" is about benefits when "benefits" comes first).
"""

from __future__ import annotations

import re

#: (key, pattern) for business-case questions, in template order (ties go to the earlier rule).
QUESTION_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("summary", r"\b(?:saving|savings)\s*/\s*income\b|\bincome\s+amount\b|\bsummary\b|\bsaving\s+amount\b"),
        ("outcomes", r"\boutcomes?\b|\bobjectives?\b"),
        ("evidence", r"\bevidence\b"),
        ("options", r"\boptions?\b|\bfeasibility\b|\balternatives?\b"),
        ("next_steps", r"\bnext\s+steps?\b|\btime\s*tables?\b|\btimescales?\b|\bmilestones?\b"),
        ("equality", r"\bprotected\s+characteristics?\b|\bequality\b|\bequalities\b"),
        ("benefits", r"\bbenefits?\b"),
        ("risks", r"\brisks?\b"),
        ("scope", r"\bscope\b|\binter-?dependenc(?:y|ies)\b"),
    )
)

#: (key, pattern) for the top-level sections of a committee cover paper.
REPORT_RULES: tuple[tuple[str, re.Pattern], ...] = tuple(
    (key, re.compile(pattern, re.IGNORECASE))
    for key, pattern in (
        ("background", r"\bbackground\b|\bintroduction\b|\bpurpose\b"),
        ("main_issues", r"\bmain\s+issues?\b|\bkey\s+issues?\b"),
        ("corporate_priorities", r"\bcorporate\s+priorit(?:y|ies)\b|\balignment\b"),
        ("implications", r"\bimplications?\b"),
        ("source_documents", r"\bsource\s+documents?\b|\bbackground\s+papers?\b"),
        ("recommendations", r"\brecommendations?\b"),
    )
)


def _earliest(text: str, rules: tuple[tuple[str, re.Pattern], ...]) -> tuple[str, int] | None:
    best: tuple[str, int] | None = None
    for key, pattern in rules:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (key, m.start())
    return best


def question_key(heading: str | None) -> str | None:
    """The canonical key of a business-case question from its wording, or None."""
    found = _earliest(heading or "", QUESTION_RULES)
    return found[0] if found else None


def question_key_position(heading: str | None) -> tuple[str, int] | None:
    """The key and the character offset of the words that gave it."""
    return _earliest(heading or "", QUESTION_RULES)


def report_section_key(heading: str | None) -> str | None:
    """The canonical key of a cover paper's top-level section, or None.
    "Source documents" is tested before "background" so that "Background papers"
    (a list of sources) is not read as the background section."""
    text = heading or ""
    for key in ("source_documents",):
        pattern = dict(REPORT_RULES)[key]
        if pattern.search(text):
            return key
    found = _earliest(text, REPORT_RULES)
    return found[0] if found else None
