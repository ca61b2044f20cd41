"""Typed tables an equality impact assessment (and any report weighing its people) prints:
the evidence it rests on, statistics by group, the actions it plans.

One model per table; the table name is the kind the table is classified as.
"""

from __future__ import annotations

from schemas.pack_tables import PackRow


class EvidenceSource(PackRow, table="evidence"):
    """One row of an evidence table: `Data / Evidence Source | Summary of what this tells us`."""

    source: str
    summary: str | None = None


class GroupStatistic(PackRow, table="statistics"):
    """One figure of a table of figures by group (`Group | Percentage`, `Age | Count | %`):
    one row per (group, value column) cell, like costs per period."""

    #: The group or category as printed ("Disabled", "16 to 24 years", "18", "Total").
    label: str
    #: The value column's heading as printed ("Percentage", "Count", "%").
    value_heading: str | None = None
    value: float | None = None
    value_text: str | None = None
    #: "%" for a share, "count" for a number of people or things; None when neither is printed.
    unit: str | None = None
    #: What is measured, where a caption names it ("Indicator: % who drive to work").
    indicator: str | None = None
    is_total: bool = False


class PlannedAction(PackRow, table="action_plan"):
    """One row of an action plan: `Improvement / action required | Responsible Officer | Timescale`."""

    action: str
    responsible_officer: str | None = None
    timescale: str | None = None
