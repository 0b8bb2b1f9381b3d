"""Words for the derived facts every view shows the same way: obligations, disputed
dates, floors ("at least"), the age of a headline figure and what the dataset lacks.

Plain text in, plain text out (no markup): the window, the sheet and the
command line each escape and style it, none rewords it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.core.models import CountryProfile, DisputedDate, ShownCasualties, Source, TreatyStatus
from app.core.obligations import Obligation
from app.text import catalog
from app.text.i18n import collapse_years, format_date, format_number

# Key-figure groups in the order the views list them; a group with no figure is
# named once in the "not in this dataset" line instead of a row of gaps.
SHOWN_GROUPS = ("survivors", "victim_assistance", "clearance", "contamination", "stockpiles", "funding")


def word(key: str, language: str = "en", **values: object) -> str:
    return catalog.text(key, language, **values)


def event_kind(kind: str, language: str = "en") -> str:
    key = f"event_{kind}"
    return catalog.text(key, language) if catalog.has(key) else kind


def qualified(value_text: str, qualifier: str | None, language: str) -> str:
    """``1,132`` -> ``at least 1,132`` for a floor; unchanged for an exact figure."""
    return word("at_least", language, value=value_text) if qualifier == "at_least" else value_text


# How the Monitor names itself: "Landmine Monitor 2024", "Cluster Munition Monitor 2023",
# "Landmine & Cluster Munition Monitor". Not any "Monitor": an NGO's "Rights Monitor" is not it.
MONITOR_NAMES = ("Landmine Monitor", "Cluster Munition Monitor")


def names_the_monitor(source: Source) -> bool:
    """Whether the figure is the Landmine Monitor's (its own page or a report quoting it)."""
    texts = (source.edition, source.title, source.publisher)
    return any(name in (text or "") for text in texts for name in MONITOR_NAMES)


def reported_in(source: Source, edition: int, language: str) -> str:
    """``Landmine Monitor 2024``, or the report a national or other figure comes from."""
    if names_the_monitor(source):
        return word("reported_in", language, edition=edition)
    return word("reported_by", language, report=source.edition or source.publisher)


def figure_text(total: int | float, qualifier: str | None, language: str) -> str:
    """A casualty number as every view prints it: ``1,132`` or ``at least 1,132``."""
    return qualified(format_number(total, language), qualifier, language)


def killed_injured(killed: int | None, injured: int | None, language: str) -> str | None:
    """``12 killed, 37 injured``, either alone, or None when the source gives neither."""
    n = {k: format_number(v, language) for k, v in (("killed", killed), ("injured", injured)) if v is not None}
    if not n:
        return None
    key = "killed_injured" if len(n) == 2 else ("killed_only" if "killed" in n else "injured_only")
    return word(key, language, **n)


def casualty_figure(shown: ShownCasualties, language: str) -> str:
    """``286 casualties in 2010``, ``at least 42 casualties in 2017``."""
    total = figure_text(shown.total, shown.qualifier, language)
    return catalog.plural("casualties_in", shown.total, language, total=total, year=shown.year)


def bar_label(total: int, qualifier: str | None, language: str) -> str:
    """The number over a chart bar: ``286``, or ``≥42`` for a floor (the text under the
    chart spells it out as "at least 42")."""
    text = format_number(total, language)
    return f"≥{text}" if qualifier == "at_least" else text


def casualty_cell(shown: ShownCasualties | None, language: str) -> str:
    """A table cell: ``286 (2010)``, ``at least 42 (2017)``, or ``no data``."""
    if shown is None:
        return word("no_data", language)
    return word("figure_year", language, value=figure_text(shown.total, shown.qualifier, language), year=shown.year)


def casualty_note(name: str, shown: ShownCasualties | None, year: int | None, language: str) -> str:
    """What the figure shown for data year ``year`` (None: the latest) is, for a tooltip.

    A figure older than ``year`` says so; no figure says the dataset has none,
    never that a source reported none.
    """
    if shown is None:
        if year is None:
            return word("casualties_none", language, name=name)
        return word("casualties_none_upto", language, name=name, year=year)
    figure = casualty_figure(shown, language)
    if year is not None and shown.year < year:
        return word("casualties_older", language, figure=figure, year=year)
    return figure


def obligation(ob: Obligation, language: str) -> str:
    """One sentence: completed (date), current deadline, or deadline passed."""
    text = word(f"a{ob.article}_{ob.state}", language, date=format_date(ob.date, language, "long"))
    if ob.extensions and ob.state != "completed":
        # The latest grant only: a count would claim the dataset knows every extension.
        latest = format_date(ob.extensions[-1].date, language, "long")
        text += f" ({word('extension_latest', language, date=latest)})"
    return text


def disputed(
    status: TreatyStatus,
    field: str,
    language: str,
    cite: Callable[[DisputedDate], str] = lambda d: "",
    esc: Callable[[str], str] = lambda text: text,
) -> str | None:
    """``Sources disagree on the deposit date: 6 Aug 2008 (shown) [1], 28 Feb 2008 [2]`` or None.

    ``esc`` escapes the words for the renderer's markup; ``cite`` returns a
    citation mark already in that markup.
    """
    values = status.disputes(field)
    if not values:
        return None
    seen: list[str] = []
    for d in values:
        shown = f" ({word('shown', language)})" if d.shown else ""
        seen.append(esc(f"{format_date(d.value, language)}{shown}") + cite(d))
    sentence = esc(word("disputed", language, field=word(f"field_{field}", language), values="\x00"))
    return sentence.replace("\x00", ", ".join(seen))


def shares(civilian: int | None, child: int | None, language: str) -> str | None:
    values = {"civilian": civilian, "child": child}
    known = {k: format_number(v, language) for k, v in values.items() if v is not None}
    if len(known) == 2:
        return word("civilians_children", language, **known)
    if "civilian" in known:
        return word("civilians", language, **known)
    if "child" in known:
        return word("children", language, **known)
    return None


def lacking(groups: Iterable[str], language: str) -> str | None:
    names = [word(f"group_{g}", language) for g in groups]
    return word("lacking", language, groups=", ".join(names)) if names else None


def searched(profile: CountryProfile, language: str) -> str | None:
    """What was searched for the casualty years the dataset lacks, or None when it lacks none.

    With no casualty figure at all and no recorded search, the editions in the
    dataset are what was searched (every edition was read for the world chapter).
    """
    if profile.casualty_searches:
        years = [s.year for s in profile.casualty_searches]
        editions = {e for s in profile.casualty_searches for e in s.editions}
        return word("searched", language, years=collapse_years(years), editions=collapse_years(editions))
    if profile.latest_casualties is None:
        editions = set(profile.casualty_editions) or set(profile.dataset_editions)
        if editions:
            return word("searched_none", language, editions=collapse_years(editions))
    return None


def groups_with_data(profile: CountryProfile) -> list[str]:
    present = {f.indicator.group for f in profile.figures}
    return [g for g in SHOWN_GROUPS if g in present]


def groups_lacking(profile: CountryProfile) -> list[str]:
    """Key-figure groups with no figure for this country (casualties first, when missing)."""
    present = set(groups_with_data(profile))
    missing = [g for g in SHOWN_GROUPS if g not in present and g not in ("contamination", "funding")]
    if profile.latest_casualties is None:
        missing.insert(0, "casualties")
    return missing
