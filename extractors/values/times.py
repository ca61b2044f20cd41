"""Clock times as councils print them: "5.00 pm", "10.00am", "2:00 p.m.", "14:00"."""

from __future__ import annotations

import re

_TIME = re.compile(
    r"(?<![\d.:£$])(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?<![\d.:£$])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d.:])",
    re.I,
)


def parse_time(text: str | None) -> tuple[str | None, str | None]:
    """The first time in `text` as HH:MM (24-hour) and as printed; (None, None) if there is none."""
    for m in _TIME.finditer(text or ""):
        if m.group("h24") is not None:
            hour, minute = int(m.group("h24")), int(m.group("m24"))
        else:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if not 1 <= hour <= 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return f"{hour:02d}:{minute:02d}", m.group(0).strip()
    return None, None
