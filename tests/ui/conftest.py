"""GUI test helpers shared by the window and translation tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from app.ui.app import _install_translations
from app.ui.main_window import MainWindow


@pytest.fixture
def use_language(qapp):
    """Install a language as ``--lang`` does; undo it afterwards."""
    default = QLocale()
    before = set(qapp.findChildren(QTranslator))

    def use(language: str) -> str:
        return _install_translations(qapp, language)

    yield use
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(default)


def build_window(qtbot, store, size: tuple[int, int] = (1400, 900)) -> MainWindow:
    """The main window on ``store``, shown and painted with data."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.painted_with_data, timeout=5000)
    return window
