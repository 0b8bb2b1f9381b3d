"""The country profile: the on-screen fact sheet for the selected country (or the world).

Treaty standing with dates as precise as the source (a year stays a year), key
figures each with year, edition and a numbered source footnote, the casualty
chart, treaty membership over time, the dated policy timeline and donor facts.
A missing figure says "not reported" and names the editions that were searched.
Footnotes open a citation dialog; no link ever leaves the program.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.models import CountryProfile, Source
from app.core.regions import region_name
from app.ui.charts import CasualtyChart, Marker, MembershipChart
from app.ui.colors import STATUS_COLORS
from app.ui.formatting import (
    format_date,
    language,
    source_citation,
    status_label,
    translate,
)
from app.ui.profile_blocks import (
    RichBlock,
    _esc,
    _Footnotes,
    _Section,
    _year_ranges,
    count_at,
    membership_steps,
)
from app.ui.state import AppState


class ProfilePane(QScrollArea):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.store = state.store
        self.setObjectName("profilePane")
        self.setAccessibleName(translate("Profile", "Country profile"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always on: a scroll bar that comes and goes changes the text width, which
        # re-lays out both text blocks two or three times per selection or filter change.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.profile: CountryProfile | None = None
        self._notes = _Footnotes()

        # Built by complete(), once the main window's first frame is out: see there.
        self._top_text: RichBlock | None = None
        self._chart: CasualtyChart | None = None
        self._membership_heading: QLabel | None = None
        self._membership_chart: MembershipChart | None = None
        self._bottom_text: RichBlock | None = None
        self._membership: list[tuple[float, int]] = []
        self._joined: dict[str, str] = {}

        body = QWidget(self)
        body.setObjectName("profileBody")
        body.setBackgroundRole(QPalette.ColorRole.Base)
        body.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)

        self.title = QLabel(body)
        self.title.setObjectName("profileTitle")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("profileSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The buttons get a line of their own above the title: side by side, a long
        # French name and "Exporter les fiches · Imprimer" made the pane wider than a
        # 1024-pixel window leaves it, and everything in it was cut on the right.
        self._actions_row = QHBoxLayout()
        self._actions_row.setSpacing(2)
        self._actions_row.addStretch(1)
        layout.addLayout(self._actions_row)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        self._body, self._layout = body, layout
        self.setWidget(body)

        # Text lives in two rich-text blocks around the charts; sections are HTML fragments.
        self.treaties = _Section(translate("Profile", "Treaties"))
        self.casualty_summary = _Section(translate("Profile", "Casualties"))
        self.casualty_note = _Section("")
        self.figures = _Section(translate("Profile", "Key figures"))
        self.donor = _Section(translate("Profile", "Donor facts"))
        self.timeline = _Section(translate("Profile", "Policy timeline"))
        self.sources = _Section(translate("Profile", "Sources"))
        self.footer = _Section("")

        state.selectionChanged.connect(self.show_country)
        self._show_heading(state.selected)

    def complete(self) -> None:
        """Build the body: facts text, casualty chart, membership chart, details text.

        At start-up the first frame shows the profile's heading only: the main
        window calls this once the table and the map have painted their data, so
        the text blocks and the charts (the text layout, the membership curve from
        every State Party's joining date) follow one event-loop turn later instead
        of delaying that frame. Any use of a part of the body builds it at once.
        Idempotent.
        """
        if self._bottom_text is not None:
            return
        # Data that does not depend on the selection: read once.
        self._dataset = self.store.dataset_info()
        self._world_casualties = self.store.casualties(None)
        as_of = self._dataset.as_of[:4]
        as_of_year = int(as_of) + 1 if as_of.isdigit() else 2026
        joined = self.store.joined_dates("APMBC")
        self._membership = membership_steps(joined, self.store.withdrawn_dates("APMBC"))
        self._joined = {iso3: d for d, iso3 in joined}

        body, layout = self._body, self._layout
        self._top_text = RichBlock(body, "profileFacts", translate("Profile", "Treaties and casualties"))
        self._top_text.linkActivated.connect(self._open_link)
        self._chart = CasualtyChart(body)
        self._membership_heading = self._heading(body, translate("Profile", "Mine Ban Treaty membership"))
        self._membership_chart = MembershipChart(body)
        self._membership_chart.set_data(translate("Profile", "States Parties to the Mine Ban Treaty"),
                                        self._membership, float(as_of_year))
        self._membership_chart.yearClicked.connect(self._select_joined_near)
        self._bottom_text = RichBlock(body, "profileDetails",
                                      translate("Profile", "Key figures, timeline and sources"))
        self._bottom_text.linkActivated.connect(self._open_link)
        at = layout.count() - 1  # before the stretch
        for offset, widget in enumerate((self._top_text, self._chart, self._membership_heading,
                                         self._membership_chart, self._bottom_text)):
            layout.insertWidget(at + offset, widget)
        self.show_country(self.state.selected)

    def _select_joined_near(self, year: float) -> None:
        """Select the state whose entry into force is nearest the clicked year.

        Dozens of states share 1 March 1999; clicking the same step again moves
        on to the next of them (alphabetically by code), so each is reachable.
        """
        from app.ui.formatting import fractional_year

        dated = [(fractional_year(d), iso3) for iso3, d in self._joined.items()]
        dated = [(x, iso3) for x, iso3 in dated if x is not None]
        if not dated:
            return
        nearest = min(abs(x - year) for x, _ in dated)
        tied = sorted(iso3 for x, iso3 in dated if abs(x - year) == nearest)
        current = self.state.selected
        after = tied.index(current) + 1 if current in tied else 0
        self.state.select(tied[after % len(tied)])

    @property
    def top_text(self) -> RichBlock:
        self.complete()
        assert self._top_text is not None
        return self._top_text

    @property
    def chart(self) -> CasualtyChart:
        self.complete()
        assert self._chart is not None
        return self._chart

    @property
    def membership_heading(self) -> QLabel:
        self.complete()
        assert self._membership_heading is not None
        return self._membership_heading

    @property
    def membership(self) -> MembershipChart:
        self.complete()
        assert self._membership_chart is not None
        return self._membership_chart

    @property
    def bottom_text(self) -> RichBlock:
        self.complete()
        assert self._bottom_text is not None
        return self._bottom_text

    # -- building blocks -----------------------------------------------------------

    def _heading(self, parent: QWidget, text: str) -> QLabel:
        heading = QLabel(text, parent)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        heading.setWordWrap(True)  # a long French heading must not widen the pane past the window
        heading.setAccessibleName(text)
        return heading

    def _set_section(self, section: _Section, text: str) -> None:
        """Fill a section; an empty one is left out with its heading."""
        section.setText(text)
        section.visible = bool(text)

    def _render(self) -> None:
        self.top_text.set_html(self._blocks(
            [self.treaties, self.casualty_summary, self.casualty_note]))
        if self.profile is None:
            self.membership.set_marker(None)
        else:
            self._show_membership(self.profile)
        self.bottom_text.set_html(self._blocks(
            [self.figures, self.donor, self.timeline, self.sources, self.footer]))

    @staticmethod
    def _blocks(sections: list[_Section]) -> str:
        parts = []
        for section in sections:
            if not section.visible or not section.text():
                continue
            if section.title:
                parts.append(f'<h3 style="margin-top:12px; margin-bottom:4px">'
                             f"{_esc(section.title)}</h3>")
            parts.append(f"<div>{section.text()}</div>")
        return "".join(parts)

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons in the header (export, print): the main window owns the actions."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            self._actions_row.addWidget(button)

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _missing(self, text: str) -> str:
        return f'<span style="color:{self._muted()}">{_esc(text)}</span>'

    # -- content -------------------------------------------------------------------

    def _show_heading(self, iso3: str | None) -> None:
        """The title and subtitle alone, from the country list (the first frame's profile)."""
        row = next((c for c in self.state.all_countries if c.iso3 == iso3), None) if iso3 else None
        if row is None:
            self._world_heading()
            return
        lang = language()
        name = row.display_name(lang)
        self.title.setText(name)
        self.title.setAccessibleName(name)
        self.subtitle.setText(f"{region_name(row.subregion, lang)} · {region_name(row.region, lang)} · {row.iso3}")

    def _world_heading(self) -> None:
        self.title.setText(translate("Profile", "World"))
        self.title.setAccessibleName(translate("Profile", "World overview"))
        self.subtitle.setText(
            translate("Profile", "Select a country in the table or on the map, or type its name in the search "
                                 "box (Ctrl+F), to see its profile."))

    def show_country(self, iso3: str | None) -> None:
        if self._bottom_text is None:  # the body is not built yet: complete() shows it
            self._show_heading(iso3)
            return
        self._notes = _Footnotes()
        try:
            self.profile = None if iso3 is None else self.store.profile(iso3)
        except KeyError:  # a code from old settings that this database does not have
            self.profile = None
        if self.profile is None:
            self._show_world()
        else:
            self._show_profile(self.profile)
        self._render()
        self.verticalScrollBar().setValue(0)

    def _show_profile(self, p: CountryProfile) -> None:
        from app.text.profile import profile_view
        from app.ui import profile_html as html

        world = next((y for y in reversed(self._world_casualties) if y.total is not None), None)
        view = profile_view(p, language(), world)
        self.view = view
        self._notes = html.Marks(view.sources)
        muted = self._muted()
        self.title.setText(view.title)
        self.title.setAccessibleName(view.title)
        self.subtitle.setText(view.subtitle)
        self._set_section(self.treaties, html.treaties(view, self._notes, muted, self._swatch, self._missing))
        self.casualty_summary.setText(html.casualty_summary(view, self._notes, self._missing))
        self._show_chart(p)
        self._set_section(self.figures, html.figure_groups(view, self._notes, muted, self._missing))
        self._set_section(self.donor, html.donor(view, self._notes, muted))
        self._set_section(self.timeline, html.events(view.timeline, self._notes, muted))
        self._finish()

    def _show_world(self) -> None:
        from app.text.world import world_view

        self._world_heading()
        view = world_view(self.state.all_countries, self._world_casualties, self.store.figures(None), language())
        rows = "".join(
            f"<tr><td>{self._swatch(s.status)}&nbsp;{_esc(s.label)}</td><td align=right>{s.count}</td></tr>"
            for s in view.standings
        )
        self._set_section(self.treaties, f"<p>{_esc(view.intro)}</p><table cellspacing=0 cellpadding=2>{rows}</table>")
        if view.casualties is not None:
            total = f"<b>{_esc(view.casualties.total)}</b>"
            sentence = _esc(view.casualties.sentence).replace("{total}", total)
            self.casualty_summary.setText(sentence + self._notes.ref(view.casualties.source))
        else:
            self.casualty_summary.setText(self._missing(view.no_casualties))
        self.chart.set_data(view.chart_title, self._world_casualties)
        self.casualty_note.setText("")
        self.casualty_note.hide()
        muted = self._muted()
        figures = "".join(
            f"<tr><td>{_esc(f.label)}</td>"
            f"<td align=right><b>{_esc(f.value)}</b>{self._notes.ref(f.source)}"
            f' <span style="color:{muted}">({f.year})</span></td></tr>'
            for f in view.figures
        )
        table = f"<table width='100%' cellspacing=0 cellpadding=2>{figures}</table>" if figures else ""
        self._set_section(self.figures, table)
        self._set_section(self.donor, "")
        self._set_section(self.timeline, "")
        self._finish()

    def _finish(self) -> None:
        notes = self._notes.sources
        items = "".join(
            f'<li><a href="source:{n}">{_esc(source_citation(s))}</a></li>'
            for n, s in enumerate(notes, 1)
        )
        self._set_section(self.sources, f'<ol style="margin-left:-20px">{items}</ol>'
                          if items else "")
        self.footer.setText(self._missing(
            translate("Profile", "Dataset {0}, as of {1}. Click a numbered note for its source.")
            .replace("{0}", self._dataset.version).replace("{1}", format_date(self._dataset.as_of))))

    def _swatch(self, status: str | None) -> str:
        color = STATUS_COLORS.get(status or "")
        if color is None:
            return f'<span style="color:{self._muted()}">&#9633;</span>'
        return f'<span style="color:{color.name()}">&#9632;</span>'

    def _show_chart(self, p: CountryProfile) -> None:
        name = p.country.display_name(language())
        self.chart.set_data(translate("Profile", "Casualties per year, {0}").replace("{0}", name), p.casualties,
                            translate("Profile", "No casualty figure in this dataset for {0}").replace("{0}", name))
        notes = []
        gaps = [c.year for c in p.casualties if c.total is None]
        if gaps:
            notes.append(translate("Profile", "Years reported without a total (not drawn as 0): {0}.")
                         .replace("{0}", ", ".join(map(str, gaps))))
        years = {c.year for c in p.casualties}
        if years:
            absent = [y for y in range(min(years), max(years) + 1) if y not in years]
            if absent:
                notes.append(translate("Profile", "No figure in this dataset for {0}: an empty year is not 0.")
                             .replace("{0}", _year_ranges(absent)))
        self.casualty_note.setText("<br>".join(self._missing(n) for n in notes))
        self.casualty_note.visible = bool(notes)

    def _show_membership(self, p: CountryProfile) -> None:
        joined = self._joined.get(p.country.iso3)
        name = p.country.display_name(language())
        t = p.status("APMBC")
        if joined:
            from app.ui.formatting import fractional_year

            x = fractional_year(joined) or 0.0
            label = translate("Profile", "{0}: in force {1}").replace("{0}", name).replace(
                "{1}", format_date(joined, short=True))
            self.membership.set_marker(Marker(x, count_at(self._membership, x), label))
        else:
            self.membership.set_marker(None, translate("Profile", "{0}: {1}").replace("{0}", name)
                                       .replace("{1}", status_label(t.status if t else None)))

    def _open_link(self, href: str) -> None:
        kind, _, number = href.partition(":")
        if kind != "source" or not number.isdigit():
            return  # never follow anything else: no network, no browser
        index = int(number) - 1
        if 0 <= index < len(self._notes.sources):
            self.open_source(self._notes.sources[index])

    def open_source(self, source: Source) -> None:
        from app.ui.about_dialog import SourceDialog

        SourceDialog(source, self).exec()

    @property
    def footnotes(self) -> list[Source]:
        return list(self._notes.sources)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and getattr(self, "_bottom_text", None) is not None:
            self.show_country(self.state.selected)  # colours in the HTML follow the palette
