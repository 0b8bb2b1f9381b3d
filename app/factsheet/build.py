"""A country profile (+ language, paper, ink) becomes a print-ready PDF, as bytes.

``build_sheet`` makes one country's one- or two-page sheet; ``build_pack`` puts
many sheets behind a cover and a table of contents. Both build a platypus story
and render it in a single pass: "page X of Y" and the contents' page numbers are
PDF form XObjects drawn where they belong and defined only when the last page is
known (reportlab resolves forms at save time), so nothing is laid out twice.

Output is byte-stable for the same inputs: reportlab runs in invariant mode and
the generation date is passed in, never read from the clock inside the build.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.core.models import CasualtyYear, CountryProfile, DatasetInfo
from app.core.regions import region_name
from app.factsheet.canvas import (
    CREATOR,
    CoverMark,
    OutlineMark,
    PageNumberRef,
    SheetStart,
    TitleBand,
    _canvas_maker,
    _document,
    _page_end_factory,
)
from app.factsheet.map_notice import short_notice
from app.factsheet.markup import _p
from app.factsheet.sections import (
    FONT_COMMAND,
    MAP_HEIGHT,
    MAP_WIDTH,
    Context,
    EndMark,
    chart_section,
    donor_section,
    event_table,
    glance,
    key_figures,
    locator,
    sources_section,
    treaty_section,
)
from app.factsheet.styles import MARGIN_X, Palette, Styles, page_size, palette, styles
from app.text import catalog
from app.text.i18n import check_language, format_date, format_day, format_number, label
from app.text.profile import profile_view


def sheet_story(profile: CountryProfile, language: str, paper: str, low_ink: bool,
                world_casualties: Sequence[CasualtyYear] = (),
                on_draw: Callable[[], None] | None = None, compact: bool = False,
                end: Flowable | None = None) -> list[Flowable]:  # fmt: skip
    """The flowables of one country's sheet (used alone or inside a pack)."""
    c = profile.country
    world_latest = next((y for y in reversed(world_casualties) if y.total is not None), None)
    view = profile_view(profile, language, world_latest)
    width = page_size(paper)[0] - 2 * MARGIN_X
    ctx = Context(c.iso3, language, low_ink, styles(low_ink, compact), palette(low_ink), width, compact)
    band = TitleBand(
        view.title,
        view.subtitle,
        label("sheet_title", language),
        label("data_as_of", language, date=format_date(profile.dataset.as_of, language, "long")),
        ctx.palette,
    )
    key_width = width - MAP_WIDTH - 6 * mm
    key = key_figures(ctx, view, key_width)
    map_cell = [_p(escape(ctx.label("map_title")), ctx.styles.cell_head), Spacer(1, 3),
                # Compact: a lower map, since on a sparse sheet the map sets the row's height.
                locator(c.iso3, low_ink, ctx.label("map_missing"), language,
                        MAP_HEIGHT * (0.78 if compact else 1)),
                _p(escape(short_notice(language)), ctx.styles.tiny)]  # fmt: skip
    top = Table([[key, map_cell]], colWidths=[key_width + 6 * mm, MAP_WIDTH])
    top.setStyle(TableStyle([
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm), ("TOPPADDING", (1, 0), (1, 0), 12),
    ]))  # fmt: skip
    story: list[Flowable] = [SheetStart(c.iso3, view.title, on_draw=on_draw), band, Spacer(1, 2 * mm),
                             *glance(ctx, view), top]  # fmt: skip
    story += treaty_section(ctx, view)
    # Compact: a lower chart, to keep the last few lines off an otherwise empty page.
    story += chart_section(ctx, profile, view, height=(30 if compact else 46) * mm)
    if view.timeline:
        story += event_table(ctx, view.timeline, "timeline", ctx.label("timeline"))
    story += donor_section(ctx, view)
    story += sources_section(ctx, view)
    if end is not None:
        story.append(end)
    return story


NEAR_EMPTY = 0.25  # a last page whose text ends in its top quarter is "near-empty"


def _metadata(language: str, dataset: DatasetInfo) -> tuple[str, str]:
    subject = (f"{label('treaties', language)}; {label('key_figures', language)}. "
               f"{label('dataset', language, version=dataset.version)}, "
               f"{label('data_as_of', language, date=dataset.as_of)}")  # fmt: skip
    keywords = "landmines, Mine Ban Treaty, APMBC, CCM, CCW, CRPD, casualties, Landmine Monitor"
    return subject, keywords


def build_sheet(
    profile: CountryProfile,
    language: str = "en",
    paper: str = "a4",
    low_ink: bool = False,
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
) -> bytes:
    """One country's fact sheet as PDF bytes (one or two pages).

    ``world_casualties`` (``Store.casualties(None)``) gives the world context line
    and the Monitor editions searched when the country has none of its own;
    ``generated`` defaults to today and is printed in the footer.
    """
    check_language(language)
    generated = generated or date.today()
    pal = palette(low_ink)
    name = profile.country.display_name(language)
    subject, keywords = _metadata(language, profile.dataset)
    def render(compact: bool) -> tuple[bytes, EndMark]:
        buffer, end = BytesIO(), EndMark()
        doc = _document(buffer, paper, f"{name} – {label('sheet_title', language)}", subject,
                        language, keywords,
                        _page_end_factory(profile.dataset, language, generated, pal, paper))  # fmt: skip
        doc.build(sheet_story(profile, language, paper, low_ink, world_casualties, compact=compact,
                              end=end), canvasmaker=_canvas_maker(language, pal))  # fmt: skip
        return buffer.getvalue(), end

    pdf, end = render(compact=False)
    if end.page >= 2 and end.used <= NEAR_EMPTY:
        # A last page holding only a few lines is a page wasted in print: once more,
        # compact, which usually pulls them back; kept only if it saves the page.
        tight, tight_end = render(compact=True)
        if tight_end.page < end.page:
            return tight
    return pdf


def _cover(description: str, profiles_count: int, dataset: DatasetInfo, language: str,
           generated: date, s: Styles, pal: Palette) -> list[Flowable]:  # fmt: skip
    count = catalog.plural("countries_count", profiles_count, language, n=format_number(profiles_count, language))
    as_of = label("data_as_of", language, date=format_date(dataset.as_of, language, "long"))
    band = TitleBand(label("pack_title", language), description, label("pack_subtitle", language),
                     as_of, pal)  # fmt: skip
    lines = [
        CoverMark(),
        OutlineMark("cover", label("pack_subtitle", language), 0),
        Spacer(1, 40 * mm),
        band,
        Spacer(1, 10 * mm),
        _p(f"<b>{escape(label('selection', language))}:</b> {escape(description)}", s.body),
        _p(escape(count), s.body),
        Spacer(1, 4 * mm),
        _p(f"<b>{escape(as_of)}</b>", s.body),
        _p(escape(label("dataset", language, version=dataset.version)) + " · "
           + escape(label("generated", language, date=format_day(generated, language))), s.body),
        Spacer(1, 10 * mm),
        _p(escape(label("cover_note", language)), s.small),
        Spacer(1, 4 * mm),
        _p(escape(CREATOR), s.tiny),
    ]  # fmt: skip
    return lines


def build_pack(
    profiles: Iterable[CountryProfile],
    description: str,
    language: str = "en",
    paper: str = "a4",
    low_ink: bool = False,
    world_casualties: Sequence[CasualtyYear] = (),
    generated: date | None = None,
    on_sheet: Callable[[int], None] | None = None,
) -> bytes:
    """A briefing pack: cover, table of contents, then one sheet per profile, as PDF bytes.

    ``on_sheet(n)`` is called as the n-th sheet starts rendering (progress); an
    exception it raises (a cancel) aborts the build.
    """
    check_language(language)
    generated = generated or date.today()
    profiles = list(profiles)
    if not profiles:
        raise ValueError("a briefing pack needs at least one country")
    dataset = profiles[0].dataset
    pal, s = palette(low_ink), styles(low_ink)
    width = page_size(paper)[0] - 2 * MARGIN_X

    story: list[Flowable] = _cover(description, len(profiles), dataset, language, generated, s, pal)
    story += [PageBreak(), OutlineMark("contents", label("contents", language), 0),
              _p(escape(label("contents", language)), s.heading), Spacer(1, 2 * mm)]  # fmt: skip
    rows = []
    for profile in profiles:
        c = profile.country
        name = escape(c.display_name(language))
        rows.append([_p(f'<a href="#{c.iso3}">{name}</a>', s.toc_entry),
                     _p(escape(region_name(c.subregion, language)), s.small), PageNumberRef(c.iso3)])  # fmt: skip
    toc = Table(rows, colWidths=[width * 0.55, width * 0.33, width * 0.12], repeatRows=0)
    toc.setStyle(TableStyle([
        *FONT_COMMAND,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, pal.rule),
    ]))  # fmt: skip
    story.append(toc)
    for number, profile in enumerate(profiles):
        story.append(PageBreak())
        notify = None if on_sheet is None else (lambda n=number: on_sheet(n))
        story += sheet_story(profile, language, paper, low_ink, world_casualties, notify)

    buffer = BytesIO()
    subject, keywords = _metadata(language, dataset)
    title = f"{label('pack_title', language)} – {description}"
    doc = _document(buffer, paper, title, subject, language, keywords,
                    _page_end_factory(dataset, language, generated, pal, paper))  # fmt: skip
    doc.build(story, canvasmaker=_canvas_maker(language, pal))
    return buffer.getvalue()


def fingerprint(data: bytes) -> str:
    """Short content hash (tests and the benchmark compare outputs with it)."""
    return hashlib.sha256(data).hexdigest()[:16]
