"""One standing per country and treaty: the depositary decides dates, disagreements are kept."""

from __future__ import annotations

from db.treaty_rank import reconcile

SOURCES = {
    "untc": {"url": "https://treaties.un.org/Pages/ViewDetails.aspx", "quality": "primary", "published": ""},
    "monitor": {"url": "https://the-monitor.org/x", "quality": "primary", "published": "2023-01-01"},
    "press": {"url": "https://news.example/x", "quality": "press_report_of_primary", "published": "2025-07-01"},
    "scrape": {"url": "https://github.com/x/y", "quality": "secondary", "published": "2013"},
}


def row(source_id: str, status: str = "party", **dates: str) -> dict:
    fields = ("signed", "deposited", "entry_into_force", "withdrawal_notified", "withdrawal_effective")
    record = {"iso3": "GNB", "treaty": "CCW_P5", "status": status, "source_id": source_id, "note": None,
              "deposit_type": dates.pop("deposit_type", None), "eif_basis": dates.pop("eif_basis", None)}  # fmt: skip
    return record | {f: dates.get(f) for f in fields}


def test_the_depositary_decides_a_date_and_the_disagreement_is_kept():
    rows = [row("monitor", deposited="2008-02-28"), row("untc", deposited="2008-08-06")]
    standing, disputes = reconcile(rows, SOURCES)
    assert standing["deposited"] == "2008-08-06" and standing["deposited_source_id"] == "untc"
    assert [(d["value"], d["source_id"], d["shown"]) for d in disputes] == [
        ("2008-08-06", "untc", 1), ("2008-02-28", "monitor", 0),
    ]  # fmt: skip


def test_a_less_trusted_source_may_add_the_day_but_not_change_the_date():
    rows = [row("untc", deposited="1999"), row("scrape", deposited="1999-07-28")]
    standing, disputes = reconcile(rows, SOURCES)
    assert standing["deposited"] == "1999-07-28" and disputes == []


def test_a_withdrawal_reported_later_moves_the_standing_and_the_deposit_date_stays_the_depositarys():
    """Estonia: the press reports the withdrawal; the deposit date comes from the depositary."""
    rows = [row("untc", deposited="2004-05-12"),
            row("press", status="withdrawn", deposited="2004", withdrawal_notified="2025-06-27",
                withdrawal_effective="2025-12-27")]  # fmt: skip
    standing, _ = reconcile(rows, SOURCES)
    assert standing["status"] == "withdrawn" and standing["source_id"] == "press"
    assert (standing["deposited"], standing["deposited_source_id"]) == ("2004-05-12", "untc")
    assert standing["withdrawal_effective"] == "2025-12-27"


def test_a_scrape_never_sets_the_standing_when_a_better_source_gives_one():
    """Lebanon: a year-only aggregator row says party; the primary source says deposit not confirmed."""
    rows = [row("scrape", deposited="2026"), row("press", status="not_party")]
    standing, _ = reconcile(rows, SOURCES)
    assert standing["status"] == "not_party" and standing["deposited"] is None
    assert [r["preferred"] for r in rows] == [0, 1]


def test_a_lone_scrape_still_gives_a_standing():
    standing, _ = reconcile([row("scrape", deposited="1999")], SOURCES)
    assert standing["status"] == "party" and standing["source_id"] == "scrape"


def test_a_dated_secondary_report_of_a_later_stage_moves_the_standing_forward():
    """Ukraine: an undated primary page says party; a dated 2025 analysis reports the withdrawal."""
    sources = SOURCES | {"isu": {"url": "https://apminebanconvention.org/x", "quality": "primary", "published": ""},
                         "analysis": {"url": "https://lieber.example/x", "quality": "secondary",
                                      "published": "2025-10-08"}}  # fmt: skip
    rows = [row("isu", deposited="2005-12-27"), row("analysis", status="withdrawal_pending", deposited="2005")]
    standing, _ = reconcile(rows, sources)
    assert standing["status"] == "withdrawal_pending" and standing["deposited"] == "2005-12-27"


def test_the_newest_statement_of_not_party_is_shown_with_its_note():
    old = row("monitor", status="not_party")
    new = row("press", status="not_party") | {"note": "Accession approved by decree; deposit not confirmed."}
    standing, _ = reconcile([old, new], SOURCES)
    assert standing["source_id"] == "press" and standing["note"].startswith("Accession approved")
    # A joined state's standing still follows the depositary, however new the press report.
    standing, _ = reconcile([row("untc", deposited="2008-08-06"), row("press", deposited="2008-08-06")], SOURCES)
    assert standing["source_id"] == "untc"
