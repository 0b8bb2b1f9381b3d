"""Where a State Party stands on its Mine Ban Treaty obligations as of the dataset date.

Article 5 (clear mined areas) and Article 4 (destroy stockpiles) each have a
deadline that extensions move and a completion that ends it. Sources of many
years are kept, so the current state is derived, never read off one row:

- The newest source decides the current deadline (not the latest date: an
  older source may name a later deadline that was never granted).
- A completion ends the obligation, unless a newer source gives a deadline
  after it (a state that found new mined areas is bound again).
- A deadline before the dataset date with no completion is "passed": it is
  never shown as current.

Every view (window, sheet, command line) shows what ``article5`` and
``article4`` return, so they cannot disagree.
"""

from __future__ import annotations

from typing import NamedTuple

from app.core.models import CountryProfile, Event, Figure

STALE_AFTER_YEARS = 5  # a headline figure older than this is marked as the latest in the dataset


class Obligation(NamedTuple):
    article: int  # 5 (clearance) or 4 (stockpile destruction)
    state: str  # "completed" | "deadline" | "passed"
    date: str  # completion date, or the deadline
    figure: Figure  # the fact shown, with its source
    extensions: tuple[Event, ...] = ()  # Article 5 extensions granted, oldest first
    superseded: tuple[Figure, ...] = ()  # earlier deadlines, newest source first


def _source_date(f: Figure) -> str:
    """When the source said it: its publication date, else the edition, else the figure's year."""
    return f.source.published or f.edition or str(f.year or "")


def _newest(figures: list[Figure]) -> Figure | None:
    if not figures:
        return None
    return max(figures, key=lambda f: (_source_date(f), str(f.value)))


def _obligation(
    profile: CountryProfile, article: int, deadline_id: str, done_id: str, extension_kind: str | None
) -> Obligation | None:
    deadlines = [f for f in profile.figures if f.indicator.id == deadline_id]
    completions = [f for f in profile.figures if f.indicator.id == done_id]
    extensions = tuple(e for e in profile.events if e.kind == extension_kind) if extension_kind else ()
    deadline = _newest(deadlines)
    done = max(completions, key=lambda f: str(f.value)) if completions else None
    earlier = tuple(sorted((f for f in deadlines if f is not deadline), key=_source_date, reverse=True))
    if done is not None:
        # Bound again only by a deadline after the completion, from a newer source.
        bound_again = (
            deadline is not None
            and str(deadline.value) > str(done.value)
            and _source_date(deadline) > _source_date(done)
        )
        if not bound_again:
            return Obligation(article, "completed", str(done.value), done, extensions, tuple(deadlines))
    if deadline is None:
        return None
    as_of = profile.dataset.as_of
    value = str(deadline.value)
    # Compare at the deadline's own precision: "2025" is not passed until 2026.
    state = "passed" if value < as_of[: len(value)] else "deadline"
    return Obligation(article, state, value, deadline, extensions, earlier)


def article5(profile: CountryProfile) -> Obligation | None:
    """Clearance of mined areas: completed, current deadline, or deadline passed."""
    return _obligation(profile, 5, "article5_deadline", "article5_completed", "article5_extension")


def article4(profile: CountryProfile) -> Obligation | None:
    """Destruction of stockpiled anti-personnel mines."""
    return _obligation(profile, 4, "article4_deadline", "stockpile_destruction_completed", None)


def is_stale(year: int | None, as_of: str) -> bool:
    """True when a figure for ``year`` is older than the dataset date by more than five years."""
    if year is None or len(as_of) < 4 or not as_of[:4].isdigit():
        return False
    return int(as_of[:4]) - year > STALE_AFTER_YEARS
