"""A country profile as plain text and as JSON, for ``factsheets show``.

Derived facts (obligations, disputed dates, floors, the age of the headline,
what was searched) come from ``app.core.obligations`` and ``app.text.facts``,
the same functions the window and the sheet use.
"""

from __future__ import annotations

from app.core.models import CountryProfile, Source, TreatyStatus
from app.core.obligations import Obligation, article4, article5, is_stale
from app.text import facts
from app.text.i18n import format_date, label
from app.text.profile import Cell, FigureLine, Line, profile_view


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


def _refs(numbers: tuple[int, ...]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _line(line: Line) -> str:
    return f"{line.plain} {_refs(line.refs)}".rstrip()


def _figure(f: FigureLine) -> str:
    if f.sentence:
        return f"{f.sentence} {_refs(f.refs)}".rstrip()
    when = f" ({f.when})" if f.when else ""
    text = f"{f.label}: {f.value}{when} {_refs(f.refs)}".rstrip()
    if f.earlier:
        text += "; " + ", ".join(f"{value} ({year}) {_refs(refs)}".rstrip() for value, year, refs in f.earlier)
    return text


def _cell(cell: Cell) -> str:
    marks = ("‡" if cell.disputed else "") + ("†" if cell.computed else "")
    return f"{cell.text}{_refs(cell.refs)}{marks}" if cell.text else "–"


def profile_text(profile: CountryProfile, language: str = "en", world_latest=None) -> str:
    """What ``factsheets show`` prints: the profile view, as plain text in ``language``."""
    view = profile_view(profile, language, world_latest)
    word = lambda key: label(key, language)  # noqa: E731
    lines = [view.title, view.subtitle, *([" · ".join(view.glance)] if view.glance else []), "", word("treaties")]
    for row in view.treaties:
        if row.status is None:
            lines.append(f"  {row.name}: {row.standing.text}")
            continue
        dates = [f"{word(k)} {_cell(c)}" for k, c in
                 (("signed", row.signed), ("deposit", row.deposit), ("in_force", row.in_force)) if c.text]  # fmt: skip
        dates += list(row.withdrawal)
        lines.append(f"  {row.name}: {row.standing.text}{_refs(row.standing.refs)}"
                     + (f"; {'; '.join(dates)}" if dates else ""))  # fmt: skip
        if row.note is not None:
            lines.append(f"      {_line(row.note)}")
        lines += [f"      ‡ {_line(d)}" for d in row.disputes]
    if view.computed_note:
        lines.append(f"  † {view.computed_note}")
    lines += [f"  {text}" for text in view.world]
    lines += ["", word("key_figures")]
    c = view.casualties
    if c.headline is not None:
        lines.append(f"  {word('casualties')}: {_line(c.headline)}")
        lines.append(f"      {' · '.join(c.detail)}")
    if c.newer is not None:
        lines.append(f"      {_line(c.newer)}")
    lines += [f"      {_figure(f)}" for f in c.cumulative]
    if c.world is not None:
        lines.append(f"      {_line(c.world)}")
    if view.chart_numbers:
        lines.append(f"      {view.chart_numbers}")
    for group in view.groups:
        lines.append(f"  {group.title}:")
        lines += [f"      {_figure(f)}" for f in group.lines]
    lines += [f"  {text}" for text in (view.lacking, c.searched.text if c.searched else None) if text]
    for title, events in ((word("timeline"), view.timeline), (word("donor"), view.donor_events)):
        if events:
            lines += ["", title]
            lines += [f"  {e.date}  {e.kind}: {e.summary} {_refs(e.refs)}".rstrip() for e in events]
    lines += [f"  {_figure(f)}" for f in view.donor_figures]
    lines += ["", word("sources")]
    lines += [f"  [{i}] {s.publisher}: {s.title}. {s.url}" for i, s in enumerate(view.sources, 1)]
    lines += ["", f"{label('dataset', language, version=profile.dataset.version)} · "
              f"{label('data_as_of', language, date=format_date(profile.dataset.as_of, language))}"]  # fmt: skip
    return "\n".join(lines)
