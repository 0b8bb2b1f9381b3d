"""Country and region names in the interface language; the data (English names, ISO codes) stays the key.

French and Spanish country names are the database's CLDR names (countries.name_fr /
name_es); region names come from app.core.regions (CLDR by UN M49 code).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.models import Filter
from app.core.regions import region_name
from app.ui.country_table import COUNTRY, REGION, CountryTableModel
from app.ui.export_dialog import ExportDialog
from app.ui.state import AppState
from tests.ui.conftest import build_window

# language: (Cambodia, South-eastern Asia, Asia, Oceania, country column A-Z)
EXPECTED = {
    "en": ("Cambodia", "South-eastern Asia", "Asia", "Oceania",
           ["Cambodia", "Finland", "Tonga", "Ukraine", "United States"]),
    "fr": ("Cambodge", "Asie du Sud-Est", "Asie", "Océanie",
           ["Cambodge", "États-Unis", "Finlande", "Tonga", "Ukraine"]),  # É sorts as E
    "es": ("Camboya", "Sudeste asiático", "Asia", "Oceanía",
           ["Camboya", "Estados Unidos", "Finlandia", "Tonga", "Ucrania"]),
}


def column(window, col: int) -> list[str]:
    model = window.table.table_model
    return [model.index(row, col).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_table_profile_and_title_show_names_in_the_interface_language(qtbot, store, use_language, language):
    cambodia, south_east_asia, asia, _, ordered = EXPECTED[language]
    use_language(language)
    window = build_window(qtbot, store)
    model = window.table.table_model
    khm = model.row_of("KHM")
    assert model.index(khm, COUNTRY).data() == cambodia
    assert model.index(khm, REGION).data() == south_east_asia == region_name("South-eastern Asia", language)
    assert model.tooltip(khm, REGION) == f"{south_east_asia}, {asia}"
    assert column(window, COUNTRY) == ordered  # sorted as shown, accent-blind

    window.table.sortByColumn(COUNTRY, Qt.SortOrder.DescendingOrder)
    assert column(window, COUNTRY) == ordered[::-1]
    window.table.sortByColumn(COUNTRY, Qt.SortOrder.AscendingOrder)

    window.state.select("KHM")
    assert window.profile.title.text() == cambodia
    assert window.profile.subtitle.text() == f"{south_east_asia} · {asia} · KHM"
    assert window.windowTitle().startswith(f"{cambodia} — ")
    assert window.map_panel.map._names["KHM"].startswith(f"{cambodia}\n")
    assert window.state.selected == "KHM"  # the code stays the key


@pytest.mark.parametrize("language", ["fr", "es"])
def test_region_filter_shows_cldr_names_and_filters_by_the_data_name(qtbot, store, use_language, language):
    _, _, _, oceania, _ = EXPECTED[language]
    use_language(language)
    window = build_window(qtbot, store)
    combo = window.filter_bar.region
    index = combo.findData("region:Oceania")
    assert combo.itemText(index) == oceania
    sub = combo.findData("subregion:South-eastern Asia")
    assert combo.itemText(sub).strip() == EXPECTED[language][1]
    combo.setCurrentIndex(index)
    assert window.state.filter.regions == frozenset({"Oceania"})
    assert [window.table.table_model.iso3_at(0)] == ["TON"]
    assert f"en {oceania}" in window.filter_bar.description.text()


def test_region_combo_is_sorted_as_shown(qtbot, store, use_language):
    use_language("fr")
    window = build_window(qtbot, store)
    combo = window.filter_bar.region
    regions = [combo.itemText(i) for i in range(1, combo.count()) if not combo.itemText(i).startswith(" ")]
    assert regions == ["Amériques", "Asie", "Europe", "Océanie"]  # Americas, Asia, Europe, Oceania


@pytest.mark.parametrize("language", ["fr", "es"])
def test_comparison_names_countries_and_regions_in_the_interface_language(qtbot, store, use_language,
                                                                          language):
    cambodia, south_east_asia, asia, _, _ = EXPECTED[language]
    use_language(language)
    window = build_window(qtbot, store)
    window.state.set_compared(("KHM", "FIN"))
    table = window.compare.table
    assert table.horizontalHeaderItem(0).text() == cambodia
    assert table.item(0, 0).text() == f"{south_east_asia}, {asia}"
    assert table.item(0, 0).toolTip().startswith(f"{cambodia}: ")


def test_export_dialog_names_the_country_in_each_language(qtbot, store, use_language, tmp_path, monkeypatch):
    from app.ui import export_dialog as export_module

    monkeypatch.setattr(export_module.paths, "user_documents_dir", lambda: tmp_path)
    use_language("fr")
    state = AppState(store)
    state.select("KHM")
    state.set_filter(Filter(subregions=frozenset({"South-eastern Asia"})))
    dialog = ExportDialog(store, state, language="es")  # interface French, sheets Spanish
    qtbot.addWidget(dialog)
    assert "(Cambodge)" in dialog.scope_buttons["current"].text()
    assert "Asie du Sud-Est" in dialog.scope_buttons["filtered"].text()
    assert dialog.description() == "Camboya"  # the cover speaks the sheets' language
    dialog.scope_buttons["filtered"].setChecked(True)
    assert dialog.description() == "Países en Sudeste asiático, 1 país"
    assert dialog.output.text() == str(tmp_path / "KHM-cambodia.pdf")  # file names stay English


def test_english_model_is_unchanged(store):
    model = CountryTableModel(store.summaries(), lang="en")
    rows = [model.index(i, COUNTRY).data() for i in range(model.rowCount())]
    regions = [model.index(i, REGION).data() for i in range(model.rowCount())]
    assert rows == EXPECTED["en"][4]
    assert regions == ["South-eastern Asia", "Northern Europe", "Polynesia", "Eastern Europe", "Northern America"]
