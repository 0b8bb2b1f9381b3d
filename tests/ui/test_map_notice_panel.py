"""The window's world map carries the map notice and hatches disputed areas (issue 11)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QLabel

from app.factsheet.map_notice import disclaimer, short_notice
from tests.ui.conftest import build_window

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, store):
    return build_window(qtbot, store, (1200, 800))


def test_the_map_shows_the_notice_with_the_full_text_a_click_away(qtbot, window):
    panel = window.map_panel
    label = panel.findChild(QLabel, "mapNotice")
    assert label is not None and label.isVisible()
    assert short_notice("en") in label.text()
    assert label.toolTip() == disclaimer("en")
    assert label.accessibleName() and label.accessibleDescription() == disclaimer("en")
    label.linkActivated.emit("notice")
    dialog = panel.notice_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    assert dialog.text() == disclaimer("en")
    assert dialog.windowTitle() == short_notice("en")  # no string of its own to translate
    dialog.close()


def test_disputed_areas_are_hatched_over_their_fill(qtbot, window):
    view = window.map_panel.map
    qtbot.waitUntil(lambda: not view._hatched.isEmpty(), timeout=3000)
    view.zoom_to("ESH")  # Western Sahara
    hatched = view.grab().toImage()
    kept = view._hatched
    view.set_hatched(QPainterPath())
    plain = view.grab().toImage()
    view.set_hatched(kept)
    box = view._transform().mapRect(view._boxes["ESH"]).toRect().intersected(view.rect())
    assert box.width() > 20 and box.height() > 20
    changed = sum(hatched.pixel(x, y) != plain.pixel(x, y)
                  for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom()))  # fmt: skip
    assert changed > 20  # hatch lines over Western Sahara
    # Morocco itself is not hatched: the hatch ends at the border.
    morocco = view._transform().map(view._world.shapes["MAR"].label[0], -view._world.shapes["MAR"].label[1])
    assert hatched.pixel(round(morocco[0]), round(morocco[1])) == plain.pixel(round(morocco[0]), round(morocco[1]))


def test_the_window_reads_the_notice_without_loading_reportlab():
    code = ("import sys; from app.ui.map_panel import map_notice; "
            "assert 'Natural Earth' in map_notice().disclaimer('fr'); print('reportlab' in sys.modules)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "False"
