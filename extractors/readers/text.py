"""Text dumps: decode the bytes and tell which tool made them.

The flavour is read from the content, never from the file name:
- `tabbed`: a table-aware extractor; table rows are tab-separated lines.
- `markdown`: markdown-ish output (`- ` bullets, `**bold**`, HTML fragments)
  with tab tables.
- `pdftotext`: plain pdftotext; table cells stacked one per line.
"""

from __future__ import annotations

import codecs
import re

from pydantic import BaseModel

_LEGACY = ("cp1252", "latin-1")


class DecodedText(BaseModel):
    text: str
    encoding: str
    warnings: list[str] = []


class NotText(ValueError):
    """The bytes are not a text dump (binary content)."""


#: Byte-order marks of the wide Unicode encodings (UTF-32 first: its LE mark begins like UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> DecodedText:
    """UTF-16 or UTF-32 when a byte-order mark says so (Windows tools write them; their NUL
    bytes are not binary), else UTF-8 (with or without BOM), else a legacy Windows
    encoding with a warning."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(text=data.decode(encoding), encoding=encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"{encoding} byte-order mark, but bad {encoding} at offset {exc.start}") from exc
    if b"\x00" in data[:4096]:
        raise NotText("binary content (NUL bytes): not a text dump")
    try:
        return DecodedText(text=data.decode("utf-8-sig"), encoding="utf-8")
    except UnicodeDecodeError as exc:
        where = exc.start
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise NotText("binary content: not a text dump")
        warning = f"not valid UTF-8 (first bad byte at offset {where}); decoded as {enc}"
        return DecodedText(text=text, encoding=enc, warnings=[warning])
    raise NotText("undecodable bytes")  # latin-1 never fails; kept for clarity


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return control / len(sample) > 0.05


_MARKUP = re.compile(r"</?(?:i|p|b|br|em|strong)>|\]\(#?[^)]*\)")
_NUMBERED_DASH = re.compile(r"^\s*- \d+(?:\.\d+)+\s", re.M)
#: A line as `str.splitlines` splits them (its line boundaries, not only `\\n`).
_LINE = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def detect_flavour(text: str) -> str:
    """`markdown`, `tabbed` or `pdftotext`, from what the lines look like.

    Markdown-ish dumps write numbered paragraphs as list items (`- 1.1 ...`) or
    keep HTML fragments and links; table-aware dumps separate cells with tabs.
    """
    if _at_least(_NUMBERED_DASH, text, 2) or _at_least(_MARKUP, text, 2):
        return "markdown"
    nonblank = tabbed = 0
    for ln in _LINE.finditer(text):  # one line at a time: a long dump's list of lines would be a copy of it
        if ln.group().strip():
            nonblank += 1
            tabbed += "\t" in ln.group()
    if tabbed / max(nonblank, 1) > 0.02:
        return "tabbed"
    return "pdftotext"


def _at_least(pattern: re.Pattern, text: str, n: int) -> bool:
    """`pattern` matches `text` `n` times or more (stops counting there)."""
    return sum(1 for _, __ in zip(range(n), pattern.finditer(text))) >= n
