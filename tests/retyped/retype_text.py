"""One string re-typed: other names, titles, places, BP references, years, money and RAG words.

The same `Retyper` turns a dump line and an answer-key string, so both change
alike. Money is scaled by an integer factor (sums keep holding); figures that a
council rounded from other figures are given in `overrides` (pounds -> pounds),
computed by `retype_figures.py`, so a rounding that held still holds.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tests.retyped import retype_words as W

YEAR_SHIFT = 3
FIRST_YEAR, LAST_YEAR = 2015, 2030  # Acts of 2010 and 2014, 'by 2050' stay as printed

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_GIVEN = rf"(?:{_alt(W.FIRST_NAMES)}|[A-Z]\.?)"
# A name: given names or initials, then a family name ("C Black", "Charlotte Black", "Gus De Silva").
NAME = re.compile(rf"\b(?:{_GIVEN}{_SEP})+(?:De{_SEP})?(?:{_alt(W.SURNAMES)})\b")
NAME_WORD = re.compile(rf"\b(?:{_alt({**W.FIRST_NAMES, **W.SURNAMES})})\b")
SAFE_NAME = re.compile(
    rf"(?<![\w-])(?:{_alt((set(W.FIRST_NAMES) | set(W.SURNAMES)) - W.AMBIGUOUS)})(?![\w-])"
)
EMAIL = re.compile(r"\b([\w.\-]+)@([\w\-]+)((?:\.[\w\-]+)+)")
WORD = re.compile(rf"(?<![\w])(?:{_alt(W.WORDS)})(?![\w])", re.IGNORECASE)
CAP_WORD = re.compile(rf"(?<![\w])(?:{_alt([*W.CAPITALISED_WORDS, *(w.upper() for w in W.CAPITALISED_WORDS)])})(?![\w])")
LITERAL = re.compile(_alt(W.LITERALS))
DOMAIN = re.compile(rf"(?<![\w])(?:{_alt(W.DOMAINS)})(?=\.)", re.IGNORECASE)
RAG = re.compile(r"\b(?:Amber|Green|Red|AMBER|GREEN|RED)\b")

NUMBERS = re.compile(
    r"(?P<bp>\b[A-Z]/[A-Z]\.\d\.\d{3}\b)"
    r"|(?P<money>(?P<msign>-\s?)?(?P<c>c)?£(?P<gap>\s?)(?P<mnum>\d[\d,]*(?:\.\d+)?)(?P<suffix>[kKmM](?![a-z]))?)"
    r"|(?P<dmy>(?<![\d/.])\d{1,2}/\d{1,2}/)(?P<dmy_year>\d{4}|\d{2})(?![\d/])"
    r"|(?P<year>(?<![\d,.£])20[123]\d)(?:(?P<fysep>[-/])(?P<fyend>\d{4}|\d{2}))?(?!\d)"
    r"|(?P<fy2>(?<![\d/.,])(?P<yy1>[12]\d)/(?P<yy2>[123]\d)(?![\d/]))"
    rf"|(?P<month>\b{_MONTHS}\.?\s+)(?P<month_yy>[12]\d)(?![\d:,/])"
    r"|(?P<typo>\b20201\b)"
)
CELL_INT = re.compile(r"^(?P<lead>\s*)(?P<num>-?\d{1,4})(?P<trail>\s*)$")


def keep_case(old: str, new: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    if old[:1].isupper() and old[1:].islower():
        return new[:1].upper() + new[1:]
    return new


class Retyper:
    def __init__(self, factor: int, overrides: dict[Decimal, Decimal] | None = None):
        self.factor = Decimal(factor)
        self.overrides = {Decimal(k): Decimal(v) for k, v in (overrides or {}).items()}

    # --- money -----------------------------------------------------------------
    def pounds(self, value: Decimal) -> Decimal:
        """A signed amount in pounds re-typed: an override where a rounding depends on it, else x factor."""
        if value in self.overrides:
            return self.overrides[value]
        if -value in self.overrides:
            return -self.overrides[-value]
        return value * self.factor

    def number(self, value):
        """A key's money number (int or float) re-typed, the same type back."""
        new = self.pounds(Decimal(str(value)))
        return int(new) if isinstance(value, int) else float(new)

    def amount_text(self, digits: str, unit: Decimal, negative: bool) -> str:
        """`682,000` / `4.50` / `1.7` (in `unit`s) re-typed in the same print style."""
        places = len(digits.split(".")[1]) if "." in digits else 0
        value = Decimal(digits.replace(",", "")) * unit
        new = abs(self.pounds(-value if negative else value)) / unit
        text = f"{new:,.{places}f}" if "," in digits else f"{new:.{places}f}"
        if Decimal(text.replace(",", "")) != new:  # an override that needs more decimals
            text = f"{new.normalize():f}"
        return text

    def _money(self, m: re.Match) -> str:
        suffix = m["suffix"] or ""
        if m["mnum"] == "000" and not suffix:  # the '£000' unit of a table header
            return m[0]
        unit = Decimal(1_000_000 if suffix.lower() == "m" else 1000 if suffix else 1)
        amount = self.amount_text(m["mnum"], unit, bool(m["msign"]))
        return f"{m['msign'] or ''}{m['c'] or ''}£{m['gap']}{amount}{suffix}"

    def thousands_cell(self, cell: str) -> str:
        """A bare integer cell under a `£000` header (`-412`)."""
        m = CELL_INT.match(cell)
        if not m:
            return cell
        digits = m["num"].lstrip("-")
        new = self.amount_text(digits, Decimal(1000), m["num"].startswith("-"))
        return f"{m['lead']}{'-' if m['num'].startswith('-') else ''}{new}{m['trail']}"

    # --- dates, references -----------------------------------------------------
    @staticmethod
    def year(y: int) -> int:
        return y + YEAR_SHIFT if FIRST_YEAR <= y <= LAST_YEAR else y

    @staticmethod
    def yy(text: str) -> str:
        return f"{(int(text) + YEAR_SHIFT) % 100:02d}"

    @staticmethod
    def bp_reference(ref: str) -> str:
        """`A/R.6.185` -> `C/S.2.041`: letters and numbers moved, the shape kept."""
        first, second, rest = ref[0], ref[2], ref[4:]
        major, minor = rest.split(".")
        letters = {"A": "C", "R": "S"}
        return (
            f"{letters.get(first, first)}/{letters.get(second, second)}."
            f"{(int(major) + 6) % 10}.{(int(minor) + 856) % 1000:03d}"
        )

    def _numbers(self, m: re.Match) -> str:
        if m["bp"]:
            return self.bp_reference(m["bp"])
        if m["money"]:
            return self._money(m)
        if m["dmy"]:
            y = m["dmy_year"]
            return m["dmy"] + (str(self.year(int(y))) if len(y) == 4 else self.yy(y) if 15 <= int(y) <= 30 else y)
        if m["year"]:
            y = int(m["year"])
            out = str(self.year(y))
            if m["fysep"]:
                end = m["fyend"]
                end_year = int(end) if len(end) == 4 else 2000 + int(end)
                is_span = 0 < end_year - y <= 10  # '2021-22', '2021-26', '2025/2026'; not '2020-11' (ISO month)
                new_end = (str(self.year(end_year)) if len(end) == 4 else self.yy(end)) if is_span else end
                out += m["fysep"] + new_end
            return out
        if m["fy2"]:
            if int(m["yy2"]) == int(m["yy1"]) + 1:
                return f"{self.yy(m['yy1'])}/{self.yy(m['yy2'])}"
            return m[0]
        if m["month"]:
            yy = m["month_yy"]
            return m["month"] + (self.yy(yy) if 15 <= int(yy) <= 30 else yy)
        if m["typo"]:
            return f"{self.year(2020)}1"
        return m[0]

    # --- words -----------------------------------------------------------------
    @staticmethod
    def _name_word(word: str) -> str:
        return W.FIRST_NAMES.get(word) or W.SURNAMES.get(word) or word

    def _email(self, m: re.Match) -> str:
        local = ".".join(self._email_part(p) for p in m[1].split("."))
        domain = W.DOMAINS.get(m[2].lower())
        return f"{local}@{keep_case(m[2], domain) if domain else m[2]}{m[3]}"

    def _email_part(self, part: str) -> str:
        if part in W.EMAIL_PARTS:
            return W.EMAIL_PARTS[part]
        for word in (part.capitalize(), "-".join(p.capitalize() for p in part.split("-"))):
            new = self._name_word(word)
            if new != word:
                return keep_case(part, new) if part[:1].islower() else new
        return part

    def words(self, text: str) -> str:
        text = EMAIL.sub(self._email, text)
        text = NAME.sub(lambda m: NAME_WORD.sub(lambda w: self._name_word(w[0]), m[0]), text)
        text = SAFE_NAME.sub(lambda m: self._name_word(m[0]), text)
        text = WORD.sub(lambda m: keep_case(m[0], self._word(m[0])), text)
        text = CAP_WORD.sub(lambda m: keep_case(m[0], self._cap_word(m[0])), text)
        text = LITERAL.sub(lambda m: W.LITERALS[m[0]], text)
        text = DOMAIN.sub(lambda m: keep_case(m[0], W.DOMAINS[m[0].lower()]), text)
        return RAG.sub(lambda m: keep_case(m[0], W.RAG[m[0].capitalize()]), text)

    @staticmethod
    def _cap_word(word: str) -> str:
        return next(new for old, new in W.CAPITALISED_WORDS.items() if old.upper() == word.upper())

    @staticmethod
    def _word(word: str) -> str:
        for old, new in W.WORDS.items():
            if old.lower() == word.lower():
                return new
        return word

    def text(self, text: str) -> str:
        """A string re-typed: words first (names hold no digits), then every figure once."""
        return NUMBERS.sub(self._numbers, self.words(text))
