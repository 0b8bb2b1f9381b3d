"""Building blocks of the profile pane: self-sizing rich text, titled sections,
footnote marks, and the membership curve's steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from app.core.models import Source
from app.ui.formatting import source_citation


def _esc(text: object) -> str:
    """HTML-escape text (the html module costs ~15 ms to import; this is all we need)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&quot;")


def _year_ranges(years: list[int]) -> str:
    """[2018, 2019, 2020, 2022] -> "2018–2020, 2022"."""
    ranges: list[list[int]] = []
    for year in sorted(years):
        if ranges and year == ranges[-1][-1] + 1:
            ranges[-1].append(year)
        else:
            ranges.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in ranges)


class _Footnotes:
    """Numbers sources in order of first use; renders [n] links to ``source:n``."""

    def __init__(self) -> None:
        self.sources: list[Source] = []

    def ref(self, source: Source) -> str:
        if source not in self.sources:
            self.sources.append(source)
        n = self.sources.index(source) + 1
        title = _esc(source_citation(source))
        return f'<sup><a href="source:{n}" title="{title}">[{n}]</a></sup>'


def membership_steps(joined: list[tuple[str, str]], left: list[tuple[str, str]]) -> list[
        tuple[float, int]]:
    """Cumulative States Parties: +1 at each entry into force, -1 at each effective withdrawal."""
    from app.ui.formatting import fractional_year

    changes = [(fractional_year(d), +1) for d, _ in joined] + [
        (fractional_year(d), -1) for d, _ in left
    ]
    steps: list[tuple[float, int]] = []
    count = 0
    for x, delta in sorted((x, d) for x, d in changes if x is not None):
        count += delta
        if steps and steps[-1][0] == x:
            steps[-1] = (x, count)
        else:
            steps.append((x, count))
    return steps


def count_at(steps: list[tuple[float, int]], x: float) -> int:
    count = 0
    for at, value in steps:
        if at > x:
            break
        count = value
    return count


class _Section:
    """One titled piece of the profile text: an HTML fragment, shown if visible and non-empty."""

    def __init__(self, title: str):
        self.title = title
        self.visible = True
        self._html = ""

    def setText(self, html_text: str) -> None:  # noqa: N802 - reads like QLabel's
        self._html = html_text

    def text(self) -> str:
        return self._html

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False


class RichBlock(QTextBrowser):
    """Rich text as tall as its content, scrolled by the enclosing pane.

    One QTextBrowser lays its document out once per width; rich-text QLabels
    re-layout for every size query, which cost ~80 ms per selection here. Links
    are reachable with Tab and activated with Enter; none is ever opened.
    """

    linkActivated = Signal(str)

    def __init__(self, parent: QWidget, name: str, accessible: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # The viewport already fills with Base (QAbstractScrollArea's default). Never ask
        # for viewport() here: resolving the QWidget* it returns makes PySide create
        # every QWidget subclass it knows (~75 enum types, ~25 ms of start-up).
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self.anchorClicked.connect(lambda url: self.linkActivated.emit(url.toString()))

    def set_html(self, text: str) -> None:
        self.setHtml(text)
        self.setVisible(bool(text))

    def _fit(self, size) -> None:
        self.setFixedHeight(int(size.height()) + 2)

    def wheelEvent(self, event) -> None:  # noqa: N802
        event.ignore()  # never scrolls itself: let the profile pane scroll

    def loadResource(self, kind: int, url):  # noqa: N802
        return None  # nothing is ever fetched, not even a local image
