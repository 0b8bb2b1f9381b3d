"""The dataset's rules that are not about reading a file: treaty entry into force,
date order under a treaty, which row of a group is preferred, uncitable hosts."""

from __future__ import annotations

from datetime import date

from app.core import vocab
from app.core.dates import first_of_month_after
from db.reader import Row, Sources

# Treaties whose entry into force for a state is "the first day of the sixth
# month after deposit", but not before the treaty's own entry into force
# (APMBC Art. 17, CCM Art. 17). For APMBC the 40th instrument was deposited in
# September 1998 and for CCM the 30th in February 2010, so max() of the two
# dates is exactly the treaty rule. A succession is different: the successor
# state is bound from its independence, which the source states.
SIX_MONTH_RULE_TREATIES = {"APMBC", "CCM"}
# Hosts that may support a fact but never carry a treaty standing on their own:
# blogs, aggregators and social media. A standing needs a citable publisher.
UNCITABLE_FOR_STANDING = (
    "blogspot.", "wordpress.com", "top5ofanything", "caliber.az", "clashreport", "twitter.com",
    "x.com/", "facebook.com", "t.me/", "reddit.com", "telegram",
)  # fmt: skip


def computed_entry_into_force(treaty_eif: str, deposited: str) -> str:
    """Entry into force for one state under the six-month rule (see above)."""
    by_rule = first_of_month_after(date.fromisoformat(deposited), months=6)
    return max(date.fromisoformat(treaty_eif), by_rule).isoformat()


def mark_preferred(records: list[dict], key: tuple[str, ...], rank) -> None:
    """Set ``preferred`` to 1 on the best record of each key group, 0 elsewhere."""
    groups: dict[tuple, list[dict]] = {}
    for record in records:
        groups.setdefault(tuple(record[k] for k in key), []).append(record)
    for group in groups.values():
        best = min(group, key=rank)
        for record in group:
            record["preferred"] = 1 if record is best else 0


def invert(text: str) -> tuple[int, ...]:
    """Sort key that orders strings descending under min()."""
    return tuple(-ord(c) for c in text) + (1,)


def check_status_dates(src: Sources, row: Row, status: str | None, dates: dict) -> None:
    """Order and consistency of one country's dates under one treaty."""
    fields = vocab.TREATY_DATE_FIELDS
    if row["deposit_type"] == "succession":
        # A successor state is bound from its independence, before its notification.
        fields = tuple(f for f in fields if f != "entry_into_force")
    known = [(c, dates[c]) for c in fields if dates[c]]
    for (first, a), (second, b) in zip(known, known[1:], strict=False):
        # Compare at the coarser precision: "1998" is not before "1998-12-03".
        width = min(len(a), len(b))
        if b[:width] < a[:width]:
            src.problem(row, second, f"{b} is before {first} {a}")
    if status in vocab.JOINED and not dates["deposited"]:
        src.problem(row, "deposited", f"a state with status {status!r} needs a deposit date")
    if status == "signatory" and dates["deposited"]:
        src.problem(row, "status", "a signatory with a deposit date is a party")
    if status == "withdrawn" and not dates["withdrawal_effective"]:
        src.problem(row, "withdrawal_effective", "a withdrawn state needs the effective date")
    if status == "withdrawal_pending" and not (dates["withdrawal_notified"] or row["note"]):
        src.problem(row, "withdrawal_notified", "a pending withdrawal needs its notification date or a note")
