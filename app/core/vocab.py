"""The dataset's fixed vocabularies, shared by the build's checks, the store and the views.

Plain tuples rather than enums: they are compared with the strings stored in
SQLite and in the source CSVs, and importing this module must stay free.
"""

from __future__ import annotations

TREATY_IDS = ("APMBC", "CCM", "CCW_P5", "CCW_AP2", "CRPD")

# A state's standing under a treaty only moves forward along this line, so the
# source recording the furthest stage is the current one.
STANDINGS = ("not_eligible", "not_party", "signatory", "party", "withdrawal_pending", "withdrawn")
JOINED = frozenset({"party", "withdrawal_pending", "withdrawn"})

DEPOSIT_TYPES = ("ratification", "accession", "acceptance", "approval", "succession")

EVENT_KINDS = (
    "policy", "signature", "accession", "ratification", "withdrawal", "treaty_milestone",
    "mine_use", "last_use", "last_export", "last_production", "stockpile_destroyed",
    "retained_mines", "clearance_completed", "article5_extension", "extension_request",
    "deadline_missed", "survivors_listed", "diplomacy", "un_vote", "donor", "other",
)  # fmt: skip

VALUE_TYPES = ("count", "usd", "km2", "date", "flag")

# How a figure relates to the truth it reports: exact, or a floor ("at least 1,132").
QUALIFIERS = ("", "at_least")

# Where a figure is shown: each indicator belongs to one group (indicators.csv).
INDICATOR_GROUPS = (
    "casualties", "survivors", "victim_assistance", "clearance", "contamination",
    "stockpiles", "funding", "donor", "world",
)  # fmt: skip

SOURCE_QUALITIES = ("primary", "press_report_of_primary", "secondary")

# What a search of the sources found when the dataset has no figure.
SEARCH_FINDINGS = ("not_found",)

# Treaty dates: fields a source can disagree on, in the order views list them.
TREATY_DATE_FIELDS = (
    "signed", "deposited", "entry_into_force", "withdrawal_notified", "withdrawal_effective",
)  # fmt: skip
