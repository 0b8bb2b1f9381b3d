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
             headings: Sequence[str], missing: Callable[[str], str]) -> str:  # fmt: skip
    signed_word = label("signed", view.language)
    head = "".join(f'<th align=left style="color:{muted}; font-weight:normal">{_esc(h)}</th>' for h in headings)
    rows = []
    for row in view.treaties:
        name = f'<td title="{_esc(row.name)}">{_esc(row.short_name)}</td>'
        if row.status is None:
            rows.append(f"<tr>{name}<td colspan=3>{missing(row.standing.text)}</td></tr>")
            continue
        joined = _cell(row.deposit, marks, muted, view.computed_note or "")
        if row.signed.text:  # the signature too, muted, as the sheet's Signature column has it
            signed = f'<span style="color:{muted}">{_esc(signed_word)}</span> {_cell(row.signed, marks, muted, "")}'
            joined = f"{joined}<br><small>{signed}</small>" if joined else signed
        in_force = _cell(row.in_force, marks, muted, view.computed_note or "")
        rows.append(
            f"<tr>{name}<td>{swatch(row.status)}&nbsp;<b>{_esc(row.standing.text)}</b>{marks(row.standing.refs)}</td>"
            f"<td>{joined}</td><td>{in_force}</td></tr>"
        )
        notes = [_esc("; ".join(row.withdrawal))] if row.withdrawal else []
        if row.note is not None:
            notes.append(line(row.note, marks))
        notes += [f"‡ {line(d, marks)}" for d in row.disputes]
        if notes:
            small = "<br>".join(notes)
            rows.append(f'<tr><td></td><td colspan=3 style="color:{muted}"><small>{small}</small></td></tr>')
    foot = f'<p style="color:{muted}">† {_esc(view.computed_note)}</p>' if view.computed_note else ""
    foot += "".join(f'<p style="color:{muted}"><small>{_esc(text)}</small></p>' for text in view.world)
    lead = f"<p><b>{_esc(' · '.join(view.glance))}</b></p>" if view.glance else ""
    return f"{lead}<table width='100%' cellspacing=0 cellpadding=2><tr>{head}</tr>{''.join(rows)}</table>{foot}"


def casualty_summary(view: ProfileView, marks: Marks, missing: Callable[[str], str]) -> str:
    c = view.casualties
    parts = []
    if c.headline is not None:
        text = _esc(c.headline.text).replace(_esc(c.total), f"<b>{_esc(c.total)}</b>", 1)
        lead = f"<b>{_esc(c.headline.lead)}</b> " if c.headline.lead else ""
        parts.append(lead + text + marks(c.headline.refs))
        parts.append(_esc(" · ".join(c.detail)))
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
