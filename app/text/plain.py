"""A country profile as plain text and as JSON, for ``factsheets show``.

Derived facts (obligations, disputed dates, floors, the age of the headline,
what was searched) come from ``app.core.obligations`` and ``app.text.facts``,
the same functions the window and the sheet use.
"""

from __future__ import annotations

from app.core.models import CountryProfile, Source, TreatyStatus
from app.core.obligations import Obligation, article4, article5, is_stale
from app.core.vocab import TREATY_DATE_FIELDS, TREATY_IDS
from app.text import facts


def _source_json(source: Source) -> dict:
    return {"id": source.id, "title": source.title, "publisher": source.publisher,
            "edition": source.edition, "url": source.url, "quality": source.quality}  # fmt: skip


def _treaty_json(t: TreatyStatus) -> dict:
    return {
        "treaty": t.treaty,
        "status": t.status,
        "signed": t.signed,
        "deposited": t.deposited,
        "deposit_type": t.deposit_type,
        "entry_into_force": t.entry_into_force,
        "entry_into_force_basis": t.eif_basis,
        "withdrawal_notified": t.withdrawal_notified,
        "withdrawal_effective": t.withdrawal_effective,
        "note": t.note,
        "source": _source_json(t.source),
        "date_sources": {f: _source_json(s) for f, s in t.date_sources},
        "disputed": [
            {"field": d.field, "value": d.value, "shown": d.shown, "source": _source_json(d.source)}
            for d in t.disputed
        ],
    }


def _obligation_json(ob: Obligation | None) -> dict | None:
    if ob is None:
        return None
    return {
        "state": ob.state,
        "date": ob.date,
        "text": facts.obligation(ob, "en"),
        "source": _source_json(ob.figure.source),
        "extensions": [{"date": e.date, "summary": e.summary, "source": _source_json(e.source)}
                       for e in ob.extensions],  # fmt: skip
    }


def profile_json(profile: CountryProfile) -> dict:
    c = profile.country
    latest = profile.latest_casualties
    return {
        "iso3": c.iso3,
        "name": c.name,
        "region": c.region,
        "subregion": c.subregion,
        "kind": c.kind,
        "dataset": profile.dataset._asdict(),
        "treaties": [_treaty_json(t) for t in profile.treaties],
        "obligations": {"article5": _obligation_json(article5(profile)),
                        "article4": _obligation_json(article4(profile))},  # fmt: skip
        "latest_casualties": None if latest is None else {
            "year": latest.year, "total": latest.total, "qualifier": latest.qualifier,
            "edition": latest.edition, "older_than_five_years": is_stale(latest.year, profile.dataset.as_of),
        },  # fmt: skip
        "casualties": [
            {
                "year": y.year,
                "total": y.total,
                "qualifier": y.qualifier,
                "killed": y.killed,
                "injured": y.injured,
                "unknown": y.unknown,
                "civilian": y.civilian,
                "child": y.child,
                "edition": y.edition,
                "note": y.note,
                "source": _source_json(y.source),
            }
            for y in profile.casualties
        ],
        "casualty_years_searched_without_figure": [
            {"year": s.year, "editions_searched": list(s.editions)} for s in profile.casualty_searches
        ],
        "figures": [
            {
                "indicator": f.indicator.id,
                "label": f.indicator.label,
                "group": f.indicator.group,
                "unit": f.indicator.unit,
                "year": f.year,
                "value": f.value,
                "qualifier": f.qualifier,
                "edition": f.edition,
                "note": f.note,
                "source": _source_json(f.source),
            }
            for f in profile.figures
        ],
        "events": [
            {"date": e.date, "kind": e.kind, "summary": e.summary, "source": _source_json(e.source)}
            for e in profile.events
        ],
    }


def profile_text(profile: CountryProfile) -> str:
    c = profile.country
    lines = [f"{c.name} ({c.iso3}), {c.subregion}, {c.region}", ""]
    footnotes: list[Source] = []

    def note(source: Source) -> str:
        if source not in footnotes:
            footnotes.append(source)
        return f"[{footnotes.index(source) + 1}]"

    lines.append("Treaties")
    by_id = {t.treaty: t for t in profile.treaties}
    for treaty in TREATY_IDS:
        t = by_id.get(treaty)
        if t is None:
            lines.append(f"  {treaty:<8} no data")
            continue
        words = ("signed", t.deposit_type or "deposited", "in force", "withdrawal notified", "withdrawal effective")
        labels = dict(zip(TREATY_DATE_FIELDS, words, strict=True))
        dates = []
        for field in TREATY_DATE_FIELDS:
            value = getattr(t, field)
            if value:
                source = t.date_source(field)
                cite = f" {note(source)}" if source.id != t.source.id else ""
                dates.append(f"{labels[field]} {value}{cite}{' (disputed)' if t.disputes(field) else ''}")
        lines.append(f"  {treaty:<8} {t.label}{': ' if dates else ''}{', '.join(dates)} {note(t.source)}")
        if t.display_note:
            lines.append(f"           {t.display_note}")
        for field in TREATY_DATE_FIELDS:
            text = facts.disputed(t, field, "en", cite=lambda d: f" {note(d.source)}")
            if text:
                lines.append(f"           {text}")
    obligations = [ob for ob in (article5(profile), article4(profile)) if ob is not None]
    if obligations:
        lines += ["", "Obligations (Mine Ban Treaty)"]
        lines += [f"  {facts.obligation(ob, 'en')} {note(ob.figure.source)}" for ob in obligations]
    lines += ["", "Casualties (Landmine Monitor)"]
    latest = profile.latest_casualties
    if latest is not None and is_stale(latest.year, profile.dataset.as_of):
        lines.append(f"  {facts.word('latest_in_dataset')}: {latest.year}")
    for y in profile.casualties:
        parts = [f"killed {y.killed}" if y.killed is not None else "",
                 f"injured {y.injured}" if y.injured is not None else "",
                 facts.shares(y.civilian, y.child, "en") or ""]  # fmt: skip
        detail = ", ".join(p for p in parts if p)
        total = "no total" if y.total is None else facts.qualified(f"{y.total:,}", y.qualifier, "en")
        lines.append(
            f"  {y.year}: {total}{f' ({detail})' if detail else ''}, Monitor {y.edition} {note(y.source)}"
        )
    searched = facts.searched(profile, "en")
    if searched:
        lines.append(f"  {searched}")
    if profile.figures:
        lines += ["", "Figures"]
        for f in profile.figures:
            year = f" ({f.year})" if f.year else ""
            value = facts.qualified(str(f.value), f.qualifier, "en")
            lines.append(f"  {f.indicator.label}{year}: {value} {note(f.source)}")
    lacking = facts.lacking(facts.groups_lacking(profile), "en")
    if lacking:
        lines += ["", lacking]
    if profile.events:
        lines += ["", "Timeline"]
        lines += [f"  {e.date}  {e.summary} {note(e.source)}" for e in profile.events]
    lines += ["", "Sources"]
    lines += [f"  [{i}] {s.publisher}: {s.title}. {s.url}" for i, s in enumerate(footnotes, 1)]
    lines += ["", f"Dataset {profile.dataset.version}, as of {profile.dataset.as_of}"]
    return "\n".join(lines)
