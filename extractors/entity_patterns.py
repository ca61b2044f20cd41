"""Patterns of the entity pipeline: regular expressions for figures, dates,
references and contact details, and spaCy token patterns for organisations.

Nothing here names a particular council, person or reference: only the shapes
councils print them in.
"""

from __future__ import annotations

import re

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# Month names as printed: Title case or capitals ("may" in lower case is a verb).
_MONTH = "(?:" + "|".join([_MONTH_NAMES, _MONTH_NAMES.upper()]) + r")\.?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}(?!\d)"

DATE = re.compile(
    rf"""(?<![\w/])(?:
        {_WEEKDAY}?\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}    # 8th October 2020
      | {_MONTH}\s+\d{{1,2}}{_ORDINAL},?\s+{_YEAR}                        # October 8, 2020
      | \d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})(?![\d/])                   # 1/4/20 (UK day first)
      | (?:19|20)\d{{2}}-\d{{2}}-\d{{2}}(?!\d)                             # 2020-11-19
      | {_MONTH}\s+{_YEAR}                                                # Aug 2020
    )""",
    re.VERBOSE,
)

# 2021-22, 2021/22, 2021/2022, 20/21 (checked to be consecutive years by parse_fy).
FY = re.compile(r"(?<![\d/.£-])(?:(?:19|20)\d{2}\s?[-/\u2013]\s?(?:(?:19|20)\d{2}|\d{2})|\d{2}/\d{2})(?![\d/%])")

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:[ ]?(?:k|K|m|M|bn)\b|[ ]?(?:million|billion|thousand)\b)"
_RATE = r"(?:[ ]?(?:ph|p/h|pa|p\.a\.)\b|[ ]?per[ ](?:hour|annum|year|week|month|day))"
_ONE = rf"(?:(?<![A-Za-z])c\.?[ ]?|circa[ ])?£[ ]?(?:{_NUMBER})(?:{_SCALE})?"
# An amount, with a sign only where it touches the figure or opens the line/cell,
# and a range "£50,000 to £100,000" / "£180,000 - £315,000" as one span. Only
# spaces join the parts: a tab separates two cells. (`[ ]`, because the pattern is verbose.)
MONEY = re.compile(
    rf"""(?:^\s*[-\u2212]\s*|(?<=\t)\s*[-\u2212]\s*|(?<![\w£])[-\u2212](?=£))?
        {_ONE}
        (?:[ ]?(?:to|-|\u2013)[ ]?{_ONE})?
        (?:{_RATE})?""",
    re.VERBOSE,
)

# Business-plan reference: letters/letters.digits.digits ("X/Y.1.234"), a general shape.
BP_REF = re.compile(r"(?<![\w/])[A-Z]{1,4}/[A-Z]{1,4}(?:\.\d{1,3}){2,3}\b")

EMAIL = re.compile(r"(?<![\w.])[A-Za-z0-9][\w.+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

# UK numbers: 01223 715966, 07776 679602, 0345 045 5200, (01223) 715966, +44 1223 715966.
PHONE = re.compile(r"(?<![\d£.,])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?(?:[\s-]?\d{3,4}){1,2}(?![\d,.]\d)")

_TITLE_WORDS = r"(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lord|Lady)\b"
_NAME_WORD = rf"(?!{_TITLE_WORDS})(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z][a-z]?[A-Z][a-z]+|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_PARTICLE = r"(?:(?:de|De|van|Van|von|le|Le|da|Da|du|Du)\s+)"
NAME = rf"{_NAME_WORD}(?:\s+{_PARTICLE}?{_NAME_WORD}){{0,3}}"
TITLE = r"(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Prof\.?|Sir|Dame|Lord|Lady)"
TITLE_WORD = re.compile(rf"\b{TITLE}\s")
TITLED_PERSON = re.compile(rf"\b(?P<title>{TITLE})\s+(?P<name>{NAME})")

# Form fields that hold a person's name: "Name:", "Names:", "Name of Legal Officer:",
# "Business Leads / Sponsors:", "Officer contact:", "From:", "Assessor:", "Approved by:".
NAME_FIELD = re.compile(
    r"(?i:\b(?:names?(?:\s+of\s+[\w ]{0,40}?)?|(?:business\s+)?leads?(?:\s*/\s*sponsors?)?|sponsors?|"
    r"lead\s+officer|officer\s+contact|contact\s+officer|report\s+author|author|assessor|approver|"
    r"completed\s+by|approved\s+by|signed\s+by|from|sponsoring\s+director|project\s+(?:lead|manager))\s*:)"
    r"\s*(?P<value>[^\t]*)"
)

#: Words of roles, posts and bodies: a name-shaped run holding one is a role ("Cabinet Member",
#: "Chief Executive", "Corporate Director", "Lord Mayor"), not a PERSON.
ROLE_WORDS = frozenset({
    "cabinet", "member", "members", "leader", "deputy", "mayor", "mayoress", "chief", "executive", "corporate",
    "director", "directors", "head", "officer", "officers", "manager", "council", "committee", "service", "services",
    "commissioner", "team", "group", "chair", "chairman", "chairwoman", "vice", "assistant", "lead", "secretary",
    "clerk", "monitoring", "treasurer", "portfolio", "holder", "spokesperson", "adults", "adult", "commissioning",
    "social", "care", "finance", "project", "board", "programme", "interim", "acting", "strategic", "principal",
    "senior", "section", "chancellor", "minister", "president", "governor",
    # Form words that stand where a name would.
    "yes", "no", "none", "post", "email", "tel",
})

ORG_SUFFIXES = ("council", "committee", "ccg")
#: A line holding none of these words cannot match `ORG_PATTERNS`.
ORG_WORD = re.compile(r"(?i:council|committee|\bccg\b|\bnhs\b|commissioning\s+group)")
_ORG_WORD = {"IS_TITLE": True, "IS_STOP": False, "LOWER": {"NOT_IN": list(ORG_SUFFIXES)}}
_ORG_UPPER = {"IS_UPPER": True, "LENGTH": {">=": 2}, "LOWER": {"NOT_IN": list(ORG_SUFFIXES)}}
_AND = {"LOWER": {"IN": ["and", "&"]}}
_AMPERSAND_OR_OF = {"LOWER": {"IN": ["&", "of"]}}
_BODY = {"LOWER": {"IN": ["council", "committee"]}}
_NHS_BODY = {"LOWER": {"IN": ["england", "improvement", "digital", "providers", "trust", "wales", "scotland"]}}

#: Matcher patterns: "X County Council", "X & Y Committee", "X and Y CCG",
#: "Clinical Commissioning Group", "NHS England", "X NHS Foundation Trust".
#: "and" joins only before CCG: before "Council" it too often joins two bodies.
ORG_PATTERNS = [
    {"label": "ORG", "pattern": [_ORG_WORD | {"OP": "+"}, _BODY]},
    {"label": "ORG", "pattern": [_ORG_WORD | {"OP": "+"}, _AMPERSAND_OR_OF, _ORG_WORD | {"OP": "+"}, _BODY]},
    {"label": "ORG", "pattern": [_ORG_WORD | {"OP": "*"}, {"TEXT": "CCG"}]},
    {"label": "ORG", "pattern": [_ORG_WORD | {"OP": "+"}, _AND, _ORG_WORD | {"OP": "+"}, {"TEXT": "CCG"}]},
    {
        "label": "ORG",
        "pattern": [_ORG_WORD | {"OP": "*"}, {"LOWER": "clinical"}, {"LOWER": "commissioning"}, {"LOWER": "group"}],
    },
    {"label": "ORG", "pattern": [{"TEXT": "NHS"}]},
    {"label": "ORG", "pattern": [{"TEXT": "NHS"}, _NHS_BODY]},
    {"label": "ORG", "pattern": [_ORG_WORD | {"OP": "*"}, {"TEXT": "NHS"}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": "trust"}]},
]
