"""Small line streams built by hand for item and field tests (a page number per line)."""

from __future__ import annotations

from schemas.stages import Line, LineStream


def stream(texts: list[str], page: int = 1, doc_id: str = "d") -> LineStream:
    """A PDF-flavoured stream of `texts`; a line "\\f" starts a new page (and is blank)."""
    lines, no = [], 0
    for t in texts:
        if t == "\f":
            page += 1
            t = ""
        no += 1
        lines.append(Line(no=no, text=t, page=page))
    return LineStream(doc_id=doc_id, flavour="pdf", lines=lines)
