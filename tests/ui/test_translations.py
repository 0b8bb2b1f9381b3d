"""The French, Spanish and Russian catalogues: complete, finished, compiled, and shown by the GUI.

The windows are built the way ``app.ui.app.run`` builds them: ``_install_translations``
with ``--lang`` first, then ``MainWindow``. Each test removes its translators and puts
the default locale back, so the other GUI tests keep seeing English (the ``use_language``
fixture, in tests/ui/conftest.py).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.country_table import APMBC, CASUALTIES
from tests.ui.conftest import build_window

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("fr", "es", "ru")
QT_TOOLS = Path(QtCore.__file__).resolve().parent  # lupdate and lrelease ship beside the modules
PLACEHOLDER = re.compile(r"\{\w*\}|%\d+|%n")
TAG = re.compile(r"</?\w+")
NBSP = "\u00a0"


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"factsheets_{language}.ts").getroot()
    return [(context.findtext("name"), message)
            for context in root.iter("context") for message in context.iter("message")]


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


@pytest.mark.parametrize(
    ("language", "file_menu", "placeholder", "state_party", "no_data", "showing", "cambodia"),
    [
        ("en", "&File", "Search countries, e.g. cote, KHM, Myanmar…", "State Party", "no data",
         "Showing: All countries, 5 countries", "Cambodia"),
        ("fr", "&Fichier", f"Rechercher un pays, p.{NBSP}ex. cote, KHM, Myanmar…", "État partie",
         "aucune donnée", f"Affichage{NBSP}: Tous les pays, 5 pays", "Cambodge"),
        ("es", "&Archivo", f"Buscar países, p.{NBSP}ej. cote, KHM, Myanmar…", "Estado Parte",
         "sin datos", "Mostrando: Todos los países, 5 países", "Camboya"),
        # Russian: the Qt catalogue for the chrome, the fact catalogue for the filter phrase,
        # CLDR for the country names.
        ("ru", "&Файл", "Поиск стран, напр. cote, KHM, Myanmar…", "Государство-участник",
         "нет данных", "Показано: Все страны, 5 стран", "Камбоджа"),
    ],
)
def test_the_main_window_speaks_the_language(qtbot, store, use_language, language, file_menu,
                                             placeholder, state_party, no_data, showing, cambodia):
    assert use_language(language) == language
    window = build_window(qtbot, store)
    assert window.menuBar().actions()[0].text() == file_menu
    assert window.filter_bar.search.placeholderText() == placeholder
    assert window.filter_bar.description.text() == showing
    model = window.table.table_model
    khm, fin = model.row_of("KHM"), model.row_of("FIN")
    assert model.index(khm, APMBC).data() == state_party
    assert model.index(fin, CASUALTIES).data() == no_data
    window.state.select("KHM")
    assert window.profile.title.text() == cambodia  # the CLDR name (countries.name_fr/name_es)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_have_distinct_accelerators(qtbot, store, use_language, language):
    use_language(language)
    window = build_window(qtbot, store)
    bar = window.menuBar()
    menus = [[a.text() for a in bar.actions()]]
    pending = [a.menu() for a in bar.actions()]
    while pending:
        menu = pending.pop()
        menus.append([a.text() for a in menu.actions() if not a.isSeparator()])
        pending += [a.menu() for a in menu.actions() if a.menu()]
    for texts in menus:
        keys = [k for k in map(accelerator, texts) if k]
        assert len(keys) == len(set(keys)), texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_finished_and_keeps_its_markup(language):
    found = messages(language)
    assert len(found) > 230
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"{language} {context}: {source!r}"
        assert translation.get("type") is None, where  # not unfinished, vanished nor obsolete
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
            assert (accelerator(text) is None) == (accelerator(source) is None), where


@pytest.mark.skipif(not (QT_TOOLS / "lupdate").exists(), reason="pyside6-lupdate not installed")
def test_catalogues_cover_every_string_in_the_sources(tmp_path):
    """A string added to app/ui without running lupdate (see resources/translations/README.md)."""
    fresh = tmp_path / "factsheets_xx.ts"
    sources = sorted(str(p) for p in (REPO / "app" / "ui").glob("*.py"))
    subprocess.run([str(QT_TOOLS / "lupdate"), "-silent", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    root = ET.parse(fresh).getroot()
    extracted = {(c.findtext("name"), m.findtext("source"))
                 for c in root.iter("context") for m in c.iter("message")}
    assert len(extracted) > 230
    assert "" not in {context for context, _ in extracted}  # every call names its context
    for language in LANGUAGES:
        catalogue = {(context, m.findtext("source")) for context, m in messages(language)}
        assert extracted == catalogue, (sorted(extracted - catalogue), sorted(catalogue - extracted))


@pytest.mark.skipif(not (QT_TOOLS / "lrelease").exists(), reason="pyside6-lrelease not installed")
@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_up_to_date(tmp_path, language):
    compiled = tmp_path / f"factsheets_{language}.qm"
    subprocess.run([str(QT_TOOLS / "lrelease"), "-silent",
                    str(TRANSLATIONS / f"factsheets_{language}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"factsheets_{language}.qm").read_bytes()


class _Recorder(QTranslator):
    """Notes every lookup and translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt API
        self.asked.add((context, source_text))
        return ""


def test_every_string_the_window_asks_for_is_in_the_catalogue(qtbot, store, use_language):
    """Catches text translated at run time but hidden from lupdate (a helper, a variable)."""
    app = QApplication.instance()
    recorder = _Recorder()
    app.installTranslator(recorder)
    try:
        window = build_window(qtbot, store)
        for mode in ("ccm", "casualties", "apmbc"):
            window.map_panel.set_mode(mode)
        for iso3 in ("KHM", "UKR", "USA", None):
            window.state.select(iso3)
        window.state.set_compared(("KHM", "FIN", "UKR"))
        window.filter_bar.casualties.setChecked(True)
        window.filter_bar.clear.click()
        QCoreApplication.processEvents()
    finally:
        app.removeTranslator(recorder)
    catalogue = {(context, m.findtext("source")) for context, m in messages("fr")}
    ours = {(c, s) for c, s in recorder.asked if not c.startswith("Q") and s}
    assert len(ours) > 100
    assert ours <= catalogue, sorted(ours - catalogue)
