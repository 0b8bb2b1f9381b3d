"""The accessible fact sheet: a ProfileView as one self-contained HTML5 file.

The PDF cannot be tagged with reportlab, so this is the sheet a screen reader
(or a browser's reflow, zoom and translation) can use: ``<html lang>``, one
``h1`` per country and ``h2`` per section, real tables with ``<th scope>`` and
``<caption>``, the casualty chart as inline SVG with a title and its numbers
beside it as a table, the locator map as inline SVG with a text alternative,
and footnote marks that link to an ordered list of sources. Print CSS sets the
paper and never relies on colour (bars carry their numbers, the country on the
map is dark with a black outline).

Every word and figure comes from ``app.text.profile.profile_view`` and the
catalogue's labels, exactly as ``app.factsheet.sections`` uses them for the PDF:
this module only chooses elements. Nothing here loads anything from outside the
file (no fonts, scripts, styles or images by URL); source URLs are links for the
reader to follow outside the app. Pure Python: neither Qt nor reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape

from app import __version__
from app.core.models import CasualtyYear, CountryProfile, DatasetInfo
from app.core.regions import region_name
from app.factsheet.html_chart import chart
from app.factsheet.html_map import MAP_W, map_svg
from app.factsheet.map_notice import disclaimer
from app.text import catalog
from app.text.i18n import check_language, format_date, format_day, format_number, label
from app.text.languages import LANGUAGES
from app.text.profile import Cell, EventRow, FigureLine, Line, ProfileView, profile_view

DASH = "–"
PAGE_SIZES = {"a4": "A4", "letter": "letter"}
KEEP_ROWS = 12  # a timeline this short is never split across printed pages

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #111; background: #fff; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
article.sheet + article.sheet, nav + article.sheet { margin-top: 3rem; border-top: 2px solid #111; padding-top: 1rem; }
header.band { border-bottom: 2px solid #111; margin-bottom: 1rem; padding-bottom: .4rem; }
.kicker, .subtitle, .asof { margin: .1rem 0; color: #333; }
h1 { font-size: 1.8rem; margin: .2rem 0; line-height: 1.2; }
h2 { font-size: 1.25rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid #555; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
article.sheet > header h2 { font-size: 1.8rem; border: 0; margin: .2rem 0; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
caption { text-align: left; font-weight: bold; padding: .2rem 0; }
th, td { text-align: left; vertical-align: top; padding: .25rem .4rem; border-bottom: 1px solid #999; }
thead th { border-bottom: 2px solid #111; }
th[scope=row] { font-weight: bold; }
td p, td ul { margin: 0 0 .25rem; }
.muted, .note { color: #333; font-size: .92em; }
.headline { font-size: 1.1em; }
.headline strong.total { font-size: 1.5em; }
sup.ref { font-size: .72em; line-height: 0; }
sup.ref a { color: inherit; }
.top { display: flex; gap: 1.5rem; align-items: flex-start; flex-wrap: wrap; }
.top > section { flex: 1 1 24rem; min-width: 0; }
.top > figure { flex: 0 0 auto; margin: 1.4rem 0 0; max-width: 100%; }
figure { margin: .5rem 0; }
figcaption { font-size: .92em; color: #333; }
svg { max-width: 100%; height: auto; display: block; }
svg.chart { width: 100%; }
.chart-numbers { overflow-x: auto; }
.chart-numbers th, .chart-numbers td { text-align: right; white-space: nowrap; padding: .15rem .3rem;
                                       font-size: .85em; }
.chart-numbers th[scope=row] { text-align: left; }
ul.glance { list-style: none; padding: 0; margin: .2rem 0 1rem; font-weight: bold; }
ul.glance li { display: inline; }
ul.glance li + li::before { content: " · "; font-weight: normal; }
.map-notice { max-width: %(map_w)spx; font-size: .75em; }
ol.sources { padding-left: 2rem; font-size: .92em; }
ol.sources li { margin-bottom: .2rem; overflow-wrap: anywhere; }
ol.sources li:target { outline: 2px solid #111; }
nav ol { columns: 2; }
footer.meta { margin-top: 1.5rem; border-top: 1px solid #555; font-size: .85em; color: #333; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                   white-space: nowrap; }
@media print {
  @page { size: %(page)s; margin: 14mm 16mm; }
  body { font-size: 9.5pt; color: #000; }
  main { max-width: none; padding: 0; }
  a { color: #000; text-decoration: none; }
  ol.sources a { text-decoration: underline; }
  article.sheet + article.sheet, nav + article.sheet { break-before: page; margin-top: 0; border-top: 0;
                                                        padding-top: 0; }
  nav { break-after: page; }
  h2, h3, caption { break-after: avoid-page; page-break-after: avoid; }
  h2 + table, h3 + table, h2 + figure, h3 + figure { break-before: avoid-page; page-break-before: avoid; }
  tr, figure, li { break-inside: avoid; }
  section.keep { break-inside: avoid-page; }
  .chart-numbers { overflow: visible; }
  .chart-numbers th, .chart-numbers td { font-size: 7.5pt; padding: .1rem .15rem; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class _Page:
    """One sheet's writing context: language, heading level and ids unique in the document."""

    def __init__(self, view: ProfileView, level: int):
        self.view, self.key, self.level = view, view.iso3, level
        self.language = view.language

    def label(self, key: str, **values: object) -> str:
        return label(key, self.language, **values)

    def heading(self, text: str, anchor: str, depth: int = 1) -> str:
        n = min(self.level + 1 + depth, 6)  # the sheet's title is h(level + 1)
        return f'<h{n} id="{self.key}-{anchor}">{_e(text)}</h{n}>'

    def refs(self, numbers: Iterable[int]) -> str:
        marks = []
        for n in numbers:
            source = self.view.sources[n - 1]
            marks.append(f'<a href="#{self.key}-src{n}" title="{_e(source.publisher)}: {_e(source.title)}">{n}</a>')
        return f'<sup class="ref">{", ".join(marks)}</sup>' if marks else ""

    def line(self, line: Line) -> str:
        lead = f"<strong>{_e(line.lead)}</strong> " if line.lead else ""
        return lead + _e(line.text) + self.refs(line.refs)


# -- sections ---------------------------------------------------------------------------


def _cell(page: _Page, cell: Cell) -> str:
    if not cell.text:
        return DASH
    text = _e(cell.text) + page.refs(cell.refs)
    if cell.disputed:
        text += "\u00a0‡"
    if cell.computed:
        text += "\u00a0†"
    return text


def _treaties(page: _Page) -> str:
    view = page.view
    heads = ("treaty", "standing", "signed", "deposit", "in_force", "withdrawal")
    head = "".join(f'<th scope="col">{_e(page.label(k))}</th>' for k in heads)
    rows, notes = [], []
    for row in view.treaties:
        name = f'<th scope="row">{_e(row.name)}</th>'
        if row.status is None:
            rows.append(f"<tr>{name}<td><em>{_e(row.standing.text)}</em></td>{'<td>–</td>' * 4}</tr>")
            continue
        withdrawal = "<br>".join(_e(w) for w in row.withdrawal) or DASH
        rows.append(f"<tr>{name}<td>{_e(row.standing.text)}{page.refs(row.standing.refs)}</td>"
                    f"<td>{_cell(page, row.signed)}</td><td>{_cell(page, row.deposit)}</td>"
                    f"<td>{_cell(page, row.in_force)}</td><td>{withdrawal}</td></tr>")  # fmt: skip
        if row.note is not None:
            notes.append(f"<strong>{_e(row.name)}:</strong> {page.line(row.note)}")
        notes += [f"‡ <strong>{_e(row.name)}:</strong> {page.line(d)}" for d in row.disputes]
    title = page.label("treaties")
    out = [f'<section aria-labelledby="{page.key}-treaties">', page.heading(title, "treaties"),
           f'<table><caption class="visually-hidden">{_e(title)}</caption>',
           f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]  # fmt: skip
    if view.computed_note:
        out.append(f'<p class="note">† {_e(view.computed_note)}</p>')
    out += [f'<p class="note">{n}</p>' for n in notes]
    out += [f'<p class="note">{_e(text)}</p>' for text in view.world]
    out.append("</section>")
    return "\n".join(out)


def _figure(page: _Page, f: FigureLine) -> str:
    if f.sentence:  # an obligation (the fact its row is about, so strong) or a listing
        text = _e(f.sentence)
        return (f"<strong>{text}</strong>" if f.indicator.endswith("_obligation") else text) + page.refs(f.refs)
    when = f" ({_e(f.when)})" if f.when else ""
    out = f"{_e(f.label)}: <strong>{_e(f.value)}</strong>{when}{page.refs(f.refs)}"
    if f.earlier:
        earlier = ", ".join(f"{_e(value)} ({_e(year)}){page.refs(refs)}" for value, year, refs in f.earlier)
        out += f"; {_e(page.label('earlier'))}: {earlier}"
    return out


def _casualty_cell(page: _Page) -> str:
    c = page.view.casualties
    out = []
    if c.headline is not None:
        text = _e(c.headline.text).replace(_e(c.total), f'<strong class="total">{_e(c.total)}</strong>', 1)
        lead = f"<strong>{_e(c.headline.lead)}</strong> " if c.headline.lead else ""
        out.append(f'<p class="headline">{lead}{text}{page.refs(c.headline.refs)}</p>')
        out.append(f'<p class="muted">{_e(" · ".join(c.detail))}</p>')
    if c.newer is not None:
        out.append(f"<p>{page.line(c.newer)}</p>")
    out += [f"<p>{_figure(page, f)}</p>" for f in c.cumulative]
    if c.world is not None:
        out.append(f'<p class="muted">{page.line(c.world)}</p>')
    return "".join(out)


def _key_figures(page: _Page) -> str:
    view = page.view
    rows = []
    if view.casualties.headline is not None or view.casualties.cumulative:
        rows.append(f'<tr><th scope="row">{_e(page.label("casualties"))}</th><td>{_casualty_cell(page)}</td></tr>')
    for group in view.groups:
        lines = "".join(f"<p>{_figure(page, f)}</p>" for f in group.lines)
        rows.append(f'<tr><th scope="row">{_e(group.title)}</th><td>{lines}</td></tr>')
    title = page.label("key_figures")
    out = [f'<section aria-labelledby="{page.key}-figures">', page.heading(title, "figures")]
    if rows:
        out.append(f'<table><caption class="visually-hidden">{_e(title)}</caption>'
                   f"<tbody>{''.join(rows)}</tbody></table>")  # fmt: skip
    gaps = [view.lacking, view.casualties.searched.text if view.casualties.searched else None]
    out += [f'<p class="note">{_e(text)}</p>' for text in gaps if text]
    out.append("</section>")
    return "\n".join(out)


def _events(page: _Page, events: Sequence[EventRow], anchor: str, title: str) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_e(e.date)}</th><td>{_e(e.kind)}</td><td>{_e(e.summary)}{page.refs(e.refs)}</td></tr>'
        for e in events
    )
    # A short table prints whole with its heading (browsers do not keep a heading with a table).
    keep = ' class="keep"' if len(events) <= KEEP_ROWS else ""
    return (f'<section aria-labelledby="{page.key}-{anchor}"{keep}>{page.heading(title, anchor)}'
            f'<table><caption class="visually-hidden">{_e(title)}</caption><tbody>{rows}</tbody></table>')  # fmt: skip


def _timeline(page: _Page) -> str:
    if not page.view.timeline:
        return ""
    return _events(page, page.view.timeline, "timeline", page.label("timeline")) + "</section>"


def _donor(page: _Page) -> str:
    view = page.view
    if not view.donor_events and not view.donor_figures:
        return ""
    title = page.label("donor")
    if view.donor_events:
        out = _events(page, view.donor_events, "donor", title)
    else:
        out = f'<section aria-labelledby="{page.key}-donor">{page.heading(title, "donor")}'
    out += "".join(f"<p>{_figure(page, f)}</p>" for f in view.donor_figures)
    return out + "</section>"


def _sources(page: _Page) -> str:
    items = []
    for number, src in enumerate(page.view.sources, 1):
        title = f"<strong>{_e(src.publisher)}</strong>: {_e(src.title)}"
        if src.edition and src.edition not in src.title:
            title += f" ({_e(src.edition)})"
        if src.published:
            title += f", {_e(format_date(src.published, page.language))}"
        accessed = _e(page.label("accessed", date=format_date(src.seen, page.language)))
        url = _e(src.url)
        stop = "" if title.endswith(".") else "."  # a Russian date already ends in "г."
        items.append(f'<li id="{page.key}-src{number}">{title}{stop} <a href="{url}">{url}</a> ({accessed})</li>')
    out = [f'<section aria-labelledby="{page.key}-sources">', page.heading(page.label("sources"), "sources"),
           f'<ol class="sources">{"".join(items)}</ol>']  # fmt: skip
    out.append("</section>")
    return "\n".join(out)


# -- the locator map ------------------------------------------------------------------


def _locator(page: _Page) -> str:
    """The locator as inline SVG, or its text alternative when the map cannot place the country."""
    view = page.view
    title = page.label("map_title")
    alt = f"{title}: {view.title} ({view.subtitle})"
    svg = map_svg(view.iso3, alt)
    notice = f'<p class="note map-notice">{_e(disclaimer(page.language))}</p>'
    body = svg or f'<p class="note">{_e(page.label("map_missing"))}: {_e(view.subtitle)}</p>'
    return (f'<figure aria-labelledby="{page.key}-map-caption"><figcaption id="{page.key}-map-caption">'
            f"<strong>{_e(title)}</strong></figcaption>{body}{notice}</figure>")  # fmt: skip


def sheet_body(view: ProfileView, years: Sequence[CasualtyYear], dataset: DatasetInfo, level: int = 0) -> str:
    """One country's sheet as an ``<article>``; its title is ``h{level + 1}``, its sections one deeper."""
    page = _Page(view, level)
    as_of = label("data_as_of", view.language, date=format_date(dataset.as_of, view.language, "long"))
    h = min(level + 1, 6)
    head = (f'<header class="band"><p class="kicker">{_e(page.label("sheet_title"))}</p>'
            f'<h{h} id="{view.iso3}-title">{_e(view.title)}</h{h}><p class="subtitle">{_e(view.subtitle)}</p>'
            f'<p class="asof">{_e(as_of)}</p></header>')  # fmt: skip
    if view.glance:  # the line a reader can quote
        items = "".join(f"<li>{_e(text)}</li>" for text in view.glance)
        head += f'<ul class="glance">{items}</ul>'
    top = f'<div class="top">{_key_figures(page)}{_locator(page)}</div>'
    parts = [head, top, _treaties(page), chart(page, years), _timeline(page), _donor(page), _sources(page)]
    return f'<article class="sheet" id="{view.iso3}" aria-labelledby="{view.iso3}-title">' + "\n".join(
        p for p in parts if p
    ) + "</article>"


def _document(language: str, title: str, paper: str, body: str, footer: str) -> str:
    direction = LANGUAGES[language].direction
    css = CSS.replace("%(page)s", PAGE_SIZES.get(paper, "A4")).replace("%(map_w)s", str(MAP_W))
    return (f'<!DOCTYPE html>\n<html lang="{language}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{_e(title)}</title>\n"
            f'<meta name="generator" content="Landmine Fact Sheets {_e(__version__)}">\n'
            f"<style>{css}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
            f'<footer class="meta"><p>{footer}</p></footer>\n</body>\n</html>\n')  # fmt: skip


def _footer(dataset: DatasetInfo, language: str, generated: date) -> str:
    as_of = label("data_as_of", language, date=format_date(dataset.as_of, language, "long"))
    return " · ".join(_e(text) for text in (
        label("dataset", language, version=dataset.version), as_of,
        label("generated", language, date=format_day(generated, language)),
    ))  # fmt: skip


def _world_latest(world_casualties: Sequence[CasualtyYear]) -> CasualtyYear | None:
    return next((y for y in reversed(world_casualties) if y.total is not None), None)


def build_html_sheet(
    profile: CountryProfile,
    language: str = "en",
    paper: str = "a4",
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
) -> bytes:
    """One country's accessible sheet as UTF-8 HTML (the arguments of ``build.build_sheet``)."""
    check_language(language)
    generated = generated or date.today()
    view = profile_view(profile, language, _world_latest(world_casualties))
    title = f"{view.title} – {label('sheet_title', language)}"
    body = sheet_body(view, profile.casualties, profile.dataset)
    return _document(language, title, paper, body, _footer(profile.dataset, language, generated)).encode()


def build_html_pack(
    profiles: Iterable[CountryProfile],
    description: str,
    language: str = "en",
    paper: str = "a4",
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
    on_sheet=None,
) -> bytes:
    """A briefing pack as one HTML file: a cover, a contents list linking to each sheet, the sheets."""
    check_language(language)
    generated = generated or date.today()
    profiles = list(profiles)
    if not profiles:
        raise ValueError("a briefing pack needs at least one country")
    dataset = profiles[0].dataset
    world_latest = _world_latest(world_casualties)
    count = catalog.plural("countries_count", len(profiles), language, n=format_number(len(profiles), language))
    as_of = label("data_as_of", language, date=format_date(dataset.as_of, language, "long"))
    cover = (f'<header class="band"><p class="kicker">{_e(label("pack_subtitle", language))}</p>'
             f'<h1>{_e(label("pack_title", language))}</h1><p class="subtitle">{_e(description)}</p>'
             f'<p class="asof">{_e(as_of)}</p></header>'
             f'<p><strong>{_e(label("selection", language))}:</strong> {_e(description)} · {_e(count)}</p>'
             f'<p class="note">{_e(label("cover_note", language))}</p>')  # fmt: skip
    entries, sheets = [], []
    for number, profile in enumerate(profiles):
        if on_sheet is not None:
            on_sheet(number)
        c = profile.country
        view = profile_view(profile, language, world_latest)
        entries.append(f'<li><a href="#{c.iso3}">{_e(view.title)}</a> '
                       f'<span class="muted">{_e(region_name(c.subregion, language))}</span></li>')  # fmt: skip
        sheets.append(sheet_body(view, profile.casualties, dataset, level=1))
    contents = label("contents", language)
    nav = f'<nav aria-labelledby="contents"><h2 id="contents">{_e(contents)}</h2><ol>{"".join(entries)}</ol></nav>'
    title = f"{label('pack_title', language)} – {description}"
    body = "\n".join([cover, nav, *sheets])
    return _document(language, title, paper, body, _footer(dataset, language, generated)).encode()
