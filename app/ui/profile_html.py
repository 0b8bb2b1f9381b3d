"""The profile view (app.text.profile) as the window's rich text: layout only, no wording.

Footnote marks link to ``source:n`` (the view's numbering), which the pane opens
in a citation dialog; nothing here ever links outside the program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.core.models import Source
from app.text.i18n import label
from app.text.profile import Cell, EventRow, FigureLine, Line, ProfileView
from app.ui.formatting import source_citation


def _esc(text: object) -> str:
    """HTML-escape text (the html module costs ~15 ms to import; this is all we need)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Marks:
    """Footnote marks for one view: [n] links with the citation as a tooltip."""

    def __init__(self, sources: Sequence[Source]):
        self.sources = list(sources)

    def __call__(self, numbers: Sequence[int]) -> str:
        out = []
        for n in numbers:
            title = _esc(source_citation(self.sources[n - 1]))
            out.append(f'<sup><a href="source:{n}" title="{title}">[{n}]</a></sup>')
        return "".join(out)


def line(text: Line, marks: Marks) -> str:
    lead = f"<b>{_esc(text.lead)}</b> " if text.lead else ""
    return lead + _esc(text.text) + marks(text.refs)


def _cell(cell: Cell, marks: Marks, muted: str, computed_tip: str) -> str:
    if not cell.text:
        return ""
    html = _esc(cell.text) + marks(cell.refs)
    if cell.disputed:
        html += "&nbsp;‡"
    if cell.computed:
        html += f'<span style="color:{muted}" title="{_esc(computed_tip)}">&nbsp;†</span>'
    return html


def treaties(view: ProfileView, marks: Marks, muted: str, swatch: Callable[[str | None], str],
             missing: Callable[[str], str]) -> str:  # fmt: skip
    """One block per treaty: name and standing on the first line, its dates below.

    A block, not a four-column table: in a 400-pixel pane columns would break
    long standings mid-word ("Государство-участник").
    """
    lang = view.language
    blocks = []
    for row in view.treaties:
        name = f'<b title="{_esc(row.name)}">{_esc(row.short_name)}</b>'
        if row.status is None:
            blocks.append(f"<p>{name}: {missing(row.standing.text)}</p>")
            continue
        standing = f"{swatch(row.status)}&nbsp;{_esc(row.standing.text)}{marks(row.standing.refs)}"
        dates = [f"{_esc(label(key, lang))} {_cell(cell, marks, muted, view.computed_note or '')}"
                 for key, cell in (("deposit", row.deposit), ("in_force", row.in_force), ("signed", row.signed))
                 if cell.text]  # fmt: skip
        notes = [*dates, *(_esc(w) for w in row.withdrawal)]
        lines = [" · ".join(notes)] if notes else []
        if row.note is not None:
            lines.append(line(row.note, marks))
        lines += [f"‡ {line(d, marks)}" for d in row.disputes]
        detail = f'<br><small style="color:{muted}">{"<br>".join(lines)}</small>' if lines else ""
        blocks.append(f"<p>{name}: {standing}{detail}</p>")
    foot = f'<p style="color:{muted}">† {_esc(view.computed_note)}</p>' if view.computed_note else ""
    foot += "".join(f'<p style="color:{muted}"><small>{_esc(text)}</small></p>' for text in view.world)
    lead = f"<p><b>{_esc(' · '.join(view.glance))}</b></p>" if view.glance else ""
    return lead + "".join(blocks) + foot


def casualty_summary(view: ProfileView, marks: Marks, missing: Callable[[str], str]) -> str:
    c = view.casualties
    parts = []
    if c.headline is not None:
        text = _esc(c.headline.text).replace(_esc(c.total), f"<b>{_esc(c.total)}</b>", 1)
        lead = f"<b>{_esc(c.headline.lead)}</b> " if c.headline.lead else ""
        parts.append(lead + text + marks(c.headline.refs))
        parts.append(_esc(" · ".join(c.detail)))
    if c.newer is not None:
        parts.append(line(c.newer, marks))
    parts += [figure(f, marks, "") for f in c.cumulative]
    if c.world is not None:
        parts.append(line(c.world, marks))
    if c.searched is not None:
        parts.append(missing(c.searched.text))
    if view.chart_numbers:  # the chart's numbers as text: for print and screen readers
        parts.append(missing(view.chart_numbers))
    return "<br>".join(parts)


def figure(f: FigureLine, marks: Marks, muted: str) -> str:
    if f.sentence:
        text = _esc(f.sentence)
        return (f"<b>{text}</b>" if f.indicator.endswith("_obligation") else text) + marks(f.refs)
    when = f' <span style="color:{muted}">({_esc(f.when)})</span>' if f.when else ""
    return f"{_esc(f.label)}: <b>{_esc(f.value)}</b>{marks(f.refs)}{when}"


def figure_groups(view: ProfileView, marks: Marks, muted: str, missing: Callable[[str], str]) -> str:
    rows = []
    for group in view.groups:
        rows.append(f'<tr><td style="color:{muted}">{_esc(group.title)}</td></tr>')
        rows += [f"<tr><td>{figure(f, marks, muted)}</td></tr>" for f in group.lines]
    html = f"<table width='100%' cellspacing=0 cellpadding=2>{''.join(rows)}</table>" if rows else ""
    return html + (missing(view.lacking) if view.lacking else "")


def events(rows: Sequence[EventRow], marks: Marks, muted: str) -> str:
    cells = [
        f'<tr><td style="color:{muted}" width="25%">{_esc(e.date)}</td>'
        f"<td><b>{_esc(e.kind)}</b>: {_esc(e.summary)}{marks(e.refs)}</td></tr>"
        for e in rows
    ]
    return f"<table width='100%' cellspacing=0 cellpadding=3>{''.join(cells)}</table>" if cells else ""


def donor(view: ProfileView, marks: Marks, muted: str) -> str:
    figures = "".join(f"<p>{figure(f, marks, muted)}</p>" for f in view.donor_figures)
    return figures + events(view.donor_events, marks, muted)
