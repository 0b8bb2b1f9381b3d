"""A small vector locator map for a fact sheet: where in the world is this country.

The world is light grey, the country dark with a black outline (so it reads in
grayscale too), a small state a ringed dot. The view is regional, centred on
the country, unless the country is so large (or straddles the date line) that
the whole world says more. Pure Python + reportlab: no Qt here.

Why it is drawn the way it is (speed, issue 6): the map is 58 mm wide, so a
whole-world view shows ~200 km per point and a regional one 20-110 km. The
geometry comes from ``resources/map/locator.json`` (``db/build_map.py``), the
world map's coverage pre-simplified at a few coarser levels; the coarsest
level whose tolerance stays under half a point on paper is used. Rings are
whole-kilometre integers and are written once per process as PDF path
operators; a sheet places them with one ``cm`` (km -> points) and clips to
the frame, so no vertex is transformed, clipped or formatted per sheet. A
whole-world background is a form XObject: drawn once per document, a pack
reuses it for every world-view country.

Small island states (issue 11): on a regional view Tonga or the Maldives would
be a dot in an empty box. A country that would be ringed there and has an inset
in ``resources/map/insets.json`` gets a zoomed map instead (its islands large
enough to see, nearby land for context) with a small overview in a corner that
marks where the zoomed area lies. Both are in a projection centred on the
country (built by ``db/build_map.py``), so the date line never splits them.

Disputed areas (Western Sahara, Falkland Is., ...: ``db/build_map.is_disputed``)
get a neutral grey hatch over the land grey on every other country's map, never
a claimant's fill; the sheet carries the map notice (``map_notice``).
"""

from __future__ import annotations

import zlib

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Flowable

from app.factsheet.locator_world import (  # noqa: F401 - load_locator_world, view_window: the module's API
    Bounds,
    Inset,
    LocatorWorld,
    _circle_ops,
    _disputed_bounds,
    _flat_bounds,
    _hatch_ops,
    _level_bounds,
    _load,
    _overlap_area,
    _overlaps,
    _path_ops,
    _ring_ops,
    _ring_table,
    inset_window,
    load_locator_world,
    view_window,
)

TINY_PT = 6.0  # a country smaller than this on paper also gets a ring
OVERVIEW_SIZE = (0.36, 0.42)  # the overview's share of the map's width and height
OVERVIEW_SPAN_KM = 12_000.0  # the overview's width on the ground
ISLET_PT = 2.6  # an island smaller than this on paper is drawn as a dot this wide
SCALE_STEPS_KM = (10, 20, 50, 100, 200, 500, 1000, 2000)  # a zoomed map's scale bar: a round length
SCALE_SHARE = 0.25  # the bar is at most this share of the map's width
SCALE_FONT_PT = 7.5  # the sheets' smallest text size (issue 11)
HATCH_PT = 1.8  # spacing of the disputed-area hatch on paper
HATCH = colors.HexColor("#7a7a7a")  # neutral mid grey: no claimant's fill

SEA = colors.HexColor("#eef2f6")
LAND = colors.HexColor("#cfcfcf")
BORDER = colors.white
HIGHLIGHT = colors.HexColor("#8c1c13")  # dark red: ~25% luminance, dark in grayscale
OUTLINE = colors.black
FRAME = colors.HexColor("#9a9a9a")

LOW_INK = {
    "sea": None,
    "land": colors.HexColor("#e4e4e4"),
    "border": colors.white,
    "highlight": colors.HexColor("#4d4d4d"),
}


class _MemoFlate:
    """Flate filter that remembers its output: the world background's ~40 KB stream is
    the same in every document of a process, so it is compressed once, not per sheet.
    zlib is deterministic, so the bytes are those a fresh compression would give."""

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._done: dict[bytes, bytes] = {}

    def encode(self, data: bytes | str) -> bytes:
        if isinstance(data, str):
            data = data.encode("utf8")
        out = self._done.get(data)
        if out is None:
            if len(self._done) >= 16:  # a handful of levels x sizes x inks; stay bounded
                self._done.clear()
            out = self._done[data] = zlib.compress(data)
        return out


_WORLD_FLATE = _MemoFlate()


def _compress_once(canv, name: str) -> None:
    """Give the just-ended form ``name`` the memoising filter (when it is compressed)."""
    form = canv._doc.idToObject.get(pdfdoc.xObjectName(name))
    if form is None or not form.compression or rl_config.useA85 or not form.stream:
        return
    form.compression = 0  # the filter is set here instead of at format time
    form.Contents = pdfdoc.PDFStream(content=form.stream, filters=[_WORLD_FLATE])
    form.Contents.__Comment__ = "xobject form stream"


class LocatorMap(Flowable):
    """A width x height (points) locator of ``iso3``; KeyError if the map does not know it."""

    def __init__(self, iso3: str, width: float, height: float, low_ink: bool = False,
                 world: LocatorWorld | None = None, language: str = "en"):  # fmt: skip
        super().__init__()
        self.language = language  # only the scale bar's unit is written (km, км)
        self.world = world if world is not None else load_locator_world()
        self.iso3 = iso3
        self.country = self.world.countries[iso3]
        self.width, self.height, self.low_ink = width, height, low_ink
        self.window = view_window(self.country.bounds, self.world.bounds, width / height)
        self.scale = min(width / (self.window[2] - self.window[0]),
                         height / (self.window[3] - self.window[1]))  # pt per km  # fmt: skip
        self.level = self.world.level_for(1 / self.scale)
        span = max(self.country.bounds[2] - self.country.bounds[0],
                   self.country.bounds[3] - self.country.bounds[1])  # fmt: skip
        self.ringed = self.country.is_point or span * self.scale < TINY_PT
        self.whole_world = (self.window[2] - self.window[0]) >= (self.world.bounds[2] - self.world.bounds[0])
        # Too small to see on the regional view and an island state: the zoomed map instead.
        self.inset: Inset | None = None
        if self.ringed and iso3 in self.world.inset_codes:
            try:
                self.inset = self.world.inset(iso3)
            except (KeyError, ValueError):  # a damaged insets.json: the regional view still works
                self.inset = None
        if self.inset is not None:
            self.whole_world = False
            self.window = inset_window(self.inset.bounds, width / height)
            self.scale = width / (self.window[2] - self.window[0])
            b = self.inset.bounds
            self.ringed = max(b[2] - b[0], b[3] - b[1]) * self.scale < TINY_PT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _background(self) -> str:
        """Land and small-state dots; the highlighted country too (it is painted over)."""
        world, level, window = self.world, self.level, self.window
        parts = [_path_ops(world, "", level)] if world.context[level] else []
        dot = 1.0 / self.scale
        dots = []
        for iso3, country in world.countries.items():
            if country.is_point:
                x, y = country.label
                if window[0] <= x <= window[2] and window[1] <= y <= window[3]:
                    dots.append(_circle_ops(x, y, dot))
            elif self.whole_world:
                parts.append(_path_ops(world, iso3, level) + " B*")
            elif _overlaps(_level_bounds(world, iso3, level), window):
                rings = [ops for bounds, ops in _ring_table(world, iso3, level) if _overlaps(bounds, window)]
                if rings:  # holes lie inside their outer ring's bounds: even-odd stays right
                    parts.append("\n".join(rings) + " B*")
        if parts and world.context[level]:
            parts[0] += " B*"
        # Dots: filled, not stroked ("f" paints with the land fill colour).
        if dots:
            parts.append(" ".join(dots) + " f")
        parts += self._hatches()
        return "\n".join(parts)

    def disputed_in_view(self) -> list[str]:
        """The disputed areas this map shows hatched: those in sight, but not its own country."""
        out = []
        for key in sorted(self.world.disputed - {self.iso3}):
            bounds = _disputed_bounds(self.world, key, self.level)
            if bounds is not None and _overlaps(bounds, self.window):
                out.append(key)
        return out

    def _hatches(self) -> list[str]:
        """Clipped neutral hatch over each disputed area in view (PDF operators, km)."""
        spacing = HATCH_PT / self.scale
        gray = HATCH.red  # a grey: r = g = b
        return [f"q {_path_ops(self.world, key, self.level)} W* n {gray:.3f} G {0.35 / self.scale:.2f} w "
                f"{_hatch_ops(_disputed_bounds(self.world, key, self.level), spacing)} S Q"
                for key in self.disputed_in_view()]  # fmt: skip

    def _inks(self):
        if self.low_ink:
            return LOW_INK["sea"], LOW_INK["land"], LOW_INK["border"], LOW_INK["highlight"]
        return SEA, LAND, BORDER, HIGHLIGHT

    def draw(self) -> None:
        if self.inset is not None:
            self._draw_inset()
            return
        canv, w, h = self.canv, self.width, self.height
        sea, land, border, highlight = self._inks()
        s, window = self.scale, self.window
        canv.saveState()
        if sea is not None:
            canv.setFillColor(sea)
            canv.rect(0, 0, w, h, stroke=0, fill=1)
        canv.addLiteral(f"0 0 {w:.2f} {h:.2f} re W n")  # the frame clips the land
        canv.transform(s, 0, 0, s, -window[0] * s, -window[1] * s)  # km -> points
        canv.setLineJoin(1)
        canv.setFillColor(land)
        canv.setStrokeColor(border)
        canv.setLineWidth(0.3 / s)
        if self.whole_world and hasattr(canv, "hasForm"):
            # Same for every world-view sheet of this size: one form per document.
            name = f"locator-world-{self.level}-{round(w)}x{round(h)}-{'low' if self.low_ink else 'std'}"
            if not canv.hasForm(name):
                b = self.world.bounds
                canv.beginForm(name, lowerx=b[0] - 50, lowery=b[1] - 50, upperx=b[2] + 50,
                               uppery=b[3] + 50)  # fmt: skip
                canv.addLiteral(self._background())
                canv.endForm()
                _compress_once(canv, name)
            canv.doForm(name)
        else:
            canv.addLiteral(self._background())
        if not self.country.is_point:
            canv.setFillColor(highlight)
            canv.setStrokeColor(OUTLINE)
            canv.setLineWidth(0.6 / s)
            canv.addLiteral(_path_ops(self.world, self.iso3, self.level) + " B*")
        canv.restoreState()
        canv.saveState()
        if self.ringed:
            x, y = ((self.country.label[0] - window[0]) * s, (self.country.label[1] - window[1]) * s)
            self._ring(x, y, highlight)
        self._draw_frame()

    def _ring(self, x: float, y: float, highlight) -> None:
        """A ringed dot at (x, y) points: a country too small to see."""
        canv = self.canv
        ring = min(self.width, self.height) / 14
        canv.setStrokeColor(OUTLINE)
        canv.setLineWidth(1.0)
        canv.circle(x, y, ring, stroke=1, fill=0)
        canv.setFillColor(highlight)
        canv.setLineWidth(0.4)
        canv.circle(x, y, max(ring / 3, 1.5), stroke=1, fill=1)

    def _draw_frame(self) -> None:
        """The grey frame; ends the drawing's outer saveState."""
        canv = self.canv
        canv.setStrokeColor(FRAME)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.restoreState()

    # -- the zoomed map of a small island state ------------------------------------

    def overview_box(self) -> tuple[float, float, float, float]:
        """Where the overview sits (x, y, width, height in points): the corner that hides
        none of the country's islands and the least nearby land (Sri Lanka beside the
        Maldives), top right first."""
        inset, w, h = self.inset, self.width, self.height
        ow, oh = w * OVERVIEW_SIZE[0], h * OVERVIEW_SIZE[1]
        s, window = self.scale, self.window
        boxes = [(w - ow, h - oh), (w - ow, 0.0), (0.0, h - oh), (0.0, 0.0)]

        def cost(corner: tuple[float, float]) -> tuple[int, float]:
            x0, y0 = window[0] + corner[0] / s, window[1] + corner[1] / s
            area = (x0, y0, x0 + ow / s, y0 + oh / s)
            islands = sum(1 for ring in inset.rings if _overlaps(_flat_bounds((ring,)), area))
            land = sum(_overlap_area(_flat_bounds(group), area) for group in inset.land)
            return islands, land

        x, y = min(boxes, key=cost)
        return x, y, ow, oh

    def _draw_inset(self) -> None:
        canv, w, h, inset = self.canv, self.width, self.height, self.inset
        sea, land, border, highlight = self._inks()
        s, window = self.scale, self.window
        canv.saveState()
        if sea is not None:
            canv.setFillColor(sea)
            canv.rect(0, 0, w, h, stroke=0, fill=1)
        canv.addLiteral(f"0 0 {w:.2f} {h:.2f} re W n")
        canv.saveState()
        canv.transform(s, 0, 0, s, -window[0] * s, -window[1] * s)  # km -> points
        canv.setLineJoin(1)
        canv.setFillColor(land)
        canv.setStrokeColor(border)
        canv.setLineWidth(0.3 / s)
        groups = ["\n".join(_ring_ops(r) for r in group) + " B*" for group in inset.land
                  if _overlaps(_flat_bounds(group), window)]  # fmt: skip
        if groups:
            canv.addLiteral("\n".join(groups))
        canv.setFillColor(highlight)
        canv.setStrokeColor(OUTLINE)
        # Islands under ISLET_PT on paper become a dot that wide, so every island shows in
        # the highlight colour (an outline round a speck would only show black).
        shapes, dots = [], []
        for ring in inset.rings:
            b = _flat_bounds((ring,))
            if max(b[2] - b[0], b[3] - b[1]) * s < ISLET_PT:
                dots.append(_circle_ops((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, ISLET_PT / 2 / s))
            else:
                shapes.append(_ring_ops(ring))
        if shapes:
            canv.setLineWidth(0.6 / s)
            canv.addLiteral("\n".join(shapes) + " B*")
        if dots:  # filled only: the highlight is dark enough in grayscale
            canv.addLiteral(" ".join(dots) + " f")
        canv.restoreState()
        if self.ringed:
            b = inset.bounds
            self._ring(((b[0] + b[2]) / 2 - window[0]) * s, ((b[1] + b[3]) / 2 - window[1]) * s, highlight)
        overview = self.overview_box()
        self._draw_scale_bar(at_left=not (overview[0] == 0.0 and overview[1] == 0.0))
        self._draw_overview(land, highlight)
        self._draw_frame()

    def scale_bar_km(self) -> int:
        """The zoomed map's scale bar length: the longest round length within SCALE_SHARE."""
        room = self.width * SCALE_SHARE / self.scale
        return max((n for n in SCALE_STEPS_KM if n <= room), default=SCALE_STEPS_KM[0])

    def _draw_scale_bar(self, at_left: bool) -> None:
        """A scale bar in a bottom corner (zoomed maps range from 300 to 4,500 km across, so
        the reader needs one); the projection is equal-area and centred on the country, so
        its scale holds across these few degrees."""
        from app.factsheet import fonts

        canv = self.canv
        km = self.scale_bar_km()
        bar = km * self.scale
        unit = "км" if self.language.replace("-", "_").split("_")[0] == "ru" else "km"
        label = f"{km:,}\u00a0{unit}".replace(",", "\u00a0")  # no-break: never "1 / 000 km"
        font = fonts.register()
        text_w = canv.stringWidth(label, font, SCALE_FONT_PT)
        x = 5.0 if at_left else self.width - 5.0 - bar - 3 - text_w
        y = 5.0
        canv.saveState()
        canv.setStrokeColor(OUTLINE)
        canv.setLineWidth(0.8)
        canv.setLineCap(0)
        canv.lines([(x, y, x + bar, y), (x, y - 0.4, x, y + 3), (x + bar, y - 0.4, x + bar, y + 3)])
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont(font, SCALE_FONT_PT)
        canv.drawString(x + bar + 3, y - 0.2, label)
        canv.restoreState()

    def _draw_overview(self, land, highlight) -> None:
        """The small map in a corner: the wider region, the zoomed area marked on it."""
        canv, inset, window = self.canv, self.inset, self.window
        x, y, ow, oh = self.overview_box()
        b = inset.bounds
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        span_x = OVERVIEW_SPAN_KM
        span_y = span_x * oh / ow
        ov = (cx - span_x / 2, cy - span_y / 2, cx + span_x / 2, cy + span_y / 2)
        s = ow / span_x
        canv.saveState()
        canv.setFillColor(SEA if not self.low_ink else colors.white)
        canv.setStrokeColor(colors.white)
        canv.setLineWidth(2.0)  # a white margin parts the overview from the map under it
        canv.rect(x, y, ow, oh, stroke=1, fill=1)
        canv.addLiteral(f"{x:.2f} {y:.2f} {ow:.2f} {oh:.2f} re W n")
        canv.saveState()
        canv.transform(s, 0, 0, s, x - ov[0] * s, y - ov[1] * s)
        canv.setFillColor(land)
        if inset.overview:
            canv.addLiteral("\n".join(_ring_ops(r) for r in inset.overview) + " f*")
        canv.restoreState()
        # The zoomed map's area, or a ring round it when it is too small to read as a box.
        rx, ry = x + (window[0] - ov[0]) * s, y + (window[1] - ov[1]) * s
        rw, rh = (window[2] - window[0]) * s, (window[3] - window[1]) * s
        canv.setStrokeColor(highlight)
        canv.setLineWidth(0.9)
        if min(rw, rh) >= 3:
            canv.rect(rx, ry, rw, rh, stroke=1, fill=0)
        else:
            canv.circle(rx + rw / 2, ry + rh / 2, 2.5, stroke=1, fill=0)
        canv.restoreState()
        canv.saveState()
        canv.setStrokeColor(FRAME)
        canv.setLineWidth(0.5)
        canv.rect(x, y, ow, oh, stroke=1, fill=0)
        canv.restoreState()
