"""One standing per country and treaty from every source's row, and where sources disagree.

The rules, in the order they apply:

- Standing: a state's standing only moves forward (not party -> signatory ->
  party -> withdrawal announced -> withdrawn), so the row recording the
  furthest stage is the current one; among rows of the same undated stage
  (not party), the newest statement. Scrapes and aggregators (quality
  ``secondary``) set the standing only when no better source gives one, or
  when they are dated after every better source and record a later stage (a
  withdrawal reported after the last primary snapshot): an undated year-only
  table read off a website never outranks a primary source.
- Dates: the depositary's record (the UN Treaty Collection, even read through a
  faithful copy of its page) decides signature, deposit and entry-into-force
  dates. Each date is taken separately from the best row that gives it: the
  depositary, then other primary sources (gazettes, the Monitor, the ISU),
  then press, then secondary; then the more precise date; then the newer
  source. A less trusted row that only refines the chosen date (``1998`` ->
  ``1998-12-03``) agrees with it and supplies the day.
- Disagreement: two dates for the same field disagree when neither is a
  prefix of the other. Every such value is kept, with its source, in
  ``treaty_disputes``; views show the chosen one and the disagreement.
"""

from __future__ import annotations

from app.core.vocab import JOINED, STANDINGS

QUALITY_RANK = {"primary": 1, "press_report_of_primary": 2, "secondary": 3}
WITHDRAWING = frozenset({"withdrawal_pending", "withdrawn"})
UNDATED = frozenset({"not_party", "not_eligible"})  # standings without treaty dates
# Which rows may speak to a field: a signature date from any row, a deposit only
# from a row that records the state as having joined, and so on.
FIELD_STATUSES = {
    "signed": frozenset(STANDINGS),
    "deposited": JOINED,
    "entry_into_force": JOINED,
    "withdrawal_notified": WITHDRAWING,
    "withdrawal_effective": WITHDRAWING,
}


def authority(source: dict) -> int:
    """0 for the depositary, then primary, press, secondary."""
    url = source.get("url") or ""
    if "treaties.un.org" in url or source.get("publisher") == "United Nations Treaty Collection":
        return 0
    return QUALITY_RANK.get(source.get("quality") or "", 9)


def _newest_first(published: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in published) + (1,)


def _agrees(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def reconcile(rows: list[dict], sources: dict[str, dict]) -> tuple[dict, list[dict]]:
    """The shown standing of one country under one treaty, and its disputed dates.

    ``rows`` are the build's treaty_status records of one (iso3, treaty). The
    chosen standing row gets ``preferred = 1`` (the others 0).
    """

    def trust(row: dict) -> tuple:
        source = sources.get(row["source_id"], {})
        return (authority(source), _newest_first(source.get("published") or ""), row["source_id"])

    def stage(row: dict) -> int:
        return STANDINGS.index(row["status"]) if row["status"] in STANDINGS else -1

    def published(row: dict) -> str:
        return sources.get(row["source_id"], {}).get("published") or ""

    def rank(row: dict) -> tuple:
        precise = len(row["deposited"] or "") + len(row["signed"] or "")
        if row["status"] in UNDATED:
            # "Not party" carries no date to trust a depositary for: the newest
            # statement is the current one (a 2026 decree beats a 2017 profile).
            return (-stage(row), trust(row)[1], trust(row)[0], -precise, trust(row)[2:])
        return (-stage(row), trust(row)[0], -precise, trust(row)[1:])

    trusted = [r for r in rows if trust(r)[0] < QUALITY_RANK["secondary"]]
    best = min(trusted or rows, key=rank)
    # A secondary source moves the standing forward only when it is dated after
    # every better source: news of a withdrawal, not an old table's year.
    newest_trusted = max((published(r) for r in trusted), default="")
    later = [r for r in rows if r not in trusted and stage(r) > stage(best) and published(r) > newest_trusted]
    if trusted and later:
        best = min(later, key=rank)
    for row in rows:
        row["preferred"] = 1 if row is best else 0

    standing = {
        "iso3": best["iso3"], "treaty": best["treaty"], "status": best["status"],
        "note": best["note"], "source_id": best["source_id"],
    }  # fmt: skip
    disputes: list[dict] = []
    for field, statuses in FIELD_STATUSES.items():
        shown_statuses = statuses if field != "signed" else frozenset(STANDINGS)
        if best["status"] not in shown_statuses:
            standing[field], standing[f"{field}_source_id"] = None, None
            continue
        speaking = [r for r in rows if r[field] and r["status"] in statuses]
        if field == "entry_into_force":
            # A computed date follows the deposit it was computed from.
            deposit = standing["deposited"]
            speaking = [r for r in speaking if r["eif_basis"] == "source" or r["deposited"] == deposit]
        value, row = _choose(field, speaking, trust)
        standing[field] = value
        standing[f"{field}_source_id"] = row["source_id"] if row else None
        if field == "deposited":
            typed = [r for r in speaking if r["deposit_type"] and _agrees(r["deposited"], value or "")]
            standing["deposit_type"] = min(typed, key=trust)["deposit_type"] if typed else None
        if field == "entry_into_force":
            standing["eif_basis"] = row["eif_basis"] if row else None
        if value is None:
            continue
        compared = speaking if field != "entry_into_force" else [
            r for r in speaking if r["eif_basis"] == "source"
        ]  # fmt: skip
        conflicting = [r for r in compared if not _agrees(r[field], value)]
        if conflicting:
            shown = {"iso3": best["iso3"], "treaty": best["treaty"], "field": field}
            disputes.append({**shown, "value": value, "source_id": row["source_id"], "shown": 1})
            for other in sorted(conflicting, key=trust):
                disputes.append({**shown, "value": other[field], "source_id": other["source_id"], "shown": 0})
    return standing, disputes


def _choose(field: str, rows: list[dict], trust) -> tuple[str | None, dict | None]:
    if not rows:
        return None, None
    ranked = sorted(rows, key=lambda r: (trust(r)[0], -len(r[field]), trust(r)[1:]))
    chosen = ranked[0]
    # A less trusted source may only add precision to the chosen date, never change it.
    refinements = [r for r in ranked[1:] if r[field].startswith(chosen[field]) and len(r[field]) > len(chosen[field])]
    if refinements:
        chosen = max(refinements, key=lambda r: len(r[field]))
    return chosen[field], chosen
