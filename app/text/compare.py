"""The comparison grid's rows, from the countries' profile views: the same words and
figures the pane and the sheet show, side by side. ``None`` is a gap in this dataset."""

from __future__ import annotations

from app.text import catalog
from app.text.i18n import label
from app.text.profile import ProfileView

Row = tuple[str, list[str | None]]


def comparison_rows(views: list[ProfileView], language: str) -> list[Row]:
    # "Sub-region, region": the view's subtitle without the code.
    rows: list[Row] = [(label("region", language), [", ".join(v.subtitle.split(" · ")[:2]) for v in views])]
    for treaty in ("APMBC", "CCM"):
        cells = [next(r for r in v.treaties if r.treaty == treaty) for v in views]
        name = cells[0].short_name
        rows.append((name, [c.standing.text if c.status else None for c in cells]))
        rows.append((catalog.text("compare_joined", language, treaty=name), [c.deposit.text or None for c in cells]))
        rows.append((catalog.text("compare_in_force", language, treaty=name),
                     [c.in_force.text or None for c in cells]))  # fmt: skip
        if any(c.withdrawal for c in cells):
            rows.append((catalog.text("compare_withdrawal", language, treaty=name),
                         ["; ".join(c.withdrawal) or None for c in cells]))  # fmt: skip
    rows.append((catalog.text("compare_latest", language), [v.casualties.latest or None for v in views]))
    rows.append((catalog.text("compare_previous", language), [v.casualties.previous or None for v in views]))
    # Every key figure any of the countries has, by its label, in the order the views list them.
    labels: dict[str, str] = {}
    for v in views:
        for group in v.groups:
            for f in group.lines:
                labels.setdefault(f.indicator, f.label or f.sentence.split(":")[0])
    for indicator, name in labels.items():
        cells: list[str | None] = []
        for v in views:
            line = next((f for g in v.groups for f in g.lines if f.indicator == indicator), None)
            if line is None:
                cells.append(None)
            elif line.sentence:
                cells.append(line.sentence)
            else:
                cells.append(catalog.text("figure_year", language, value=line.value, year=line.when) if line.when
                             else line.value)  # fmt: skip
        rows.append((name, cells))
    return rows
