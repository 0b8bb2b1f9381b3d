"""GUI test helpers shared by the translation tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator

from app.ui.app import _install_translations


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
