"""The export dialog's PDF/HTML choice: default names follow the format, and the batch writes HTML."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from app.ui import export_dialog as export_module  # noqa: E402
from app.ui.export_dialog import ExportDialog  # noqa: E402
from app.ui.state import AppState  # noqa: E402


@pytest.fixture
def dialog(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module.paths, "user_documents_dir", lambda: tmp_path / "Documents")
    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", lambda url: True)
    state = AppState(store)
    state.select("KHM")
    state.set_compared(("TON", "FIN"))
    dlg = ExportDialog(store, state)
    qtbot.addWidget(dlg)
    return dlg


def choose_html(dlg: ExportDialog) -> None:
    dlg.format.setCurrentIndex(dlg.format.findData("html"))


def test_html_choice_names_the_files(dialog, tmp_path):
    assert dialog.format.currentData() == "pdf"
    choose_html(dialog)
    assert dialog.output.text() == str(tmp_path / "Documents" / "KHM-cambodia.html")
    assert dialog.request().format == "html"
    dialog.pack.setChecked(True)
    assert dialog.output.text().endswith("landmine-briefing-pack.html")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.output.text().endswith("landmine-briefing-pack.pdf")


def test_exports_an_html_pack(qtbot, dialog, tmp_path):
    dialog.scope_buttons["compared"].setChecked(True)
    dialog.pack.setChecked(True)
    choose_html(dialog)
    with qtbot.waitSignal(dialog.finishedExport, timeout=30_000) as signal:
        dialog.export_button.click()
    (written,) = signal.args[0]
    text = written.read_text(encoding="utf-8")
    assert written.suffix == ".html" and '<article class="sheet" id="TON"' in text and 'id="FIN"' in text
