"""Export dialog and print preview, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from app.ui import export_dialog as export_module  # noqa: E402
from app.ui.export_dialog import ExportDialog  # noqa: E402
from app.ui.state import AppState  # noqa: E402


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(export_module.QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)  # fmt: skip
    return urls


@pytest.fixture
def dialog(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module.paths, "user_documents_dir", lambda: tmp_path / "Documents")
    state = AppState(store)
    state.select("KHM")
    state.set_compared(("TON", "FIN"))
    dlg = ExportDialog(store, state)
    qtbot.addWidget(dlg)
    return dlg


def run(qtbot, dlg: ExportDialog) -> None:
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=30_000)


def test_scopes_and_default_output(dialog, tmp_path):
    assert dialog.scope() == "current"
    assert dialog.codes() == ["KHM"]
    assert dialog.output.text() == str(tmp_path / "Documents" / "KHM-cambodia.pdf")
    dialog.scope_buttons["compared"].setChecked(True)
    assert dialog.codes() == ["TON", "FIN"]
    assert dialog.output.text() == str(tmp_path / "Documents")
    dialog.pack.setChecked(True)
    assert dialog.output.text().endswith("landmine-briefing-pack.pdf")
    dialog.scope_buttons["all"].setChecked(True)
    assert len(dialog.codes()) == 5


def test_export_runs_in_background_and_opens_result(qtbot, dialog, opened, tmp_path):
    dialog.scope_buttons["compared"].setChecked(True)
    with qtbot.waitSignal(dialog.finishedExport, timeout=30_000) as signal:
        dialog.export_button.click()
        assert dialog.is_running()  # the GUI thread returned at once
    written = signal.args[0]
    assert [p.name for p in written] == ["TON-tonga.pdf", "FIN-finland.pdf"]
    assert opened == [str(tmp_path / "Documents")]
    qtbot.waitUntil(lambda: not dialog.is_running())


def test_replacing_needs_confirmation(qtbot, dialog, opened, monkeypatch, tmp_path):
    target = tmp_path / "Documents" / "KHM-cambodia.pdf"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"old")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.export_button.click()
    assert target.read_bytes() == b"old" and not dialog.is_running()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    run(qtbot, dialog)
    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [str(target)]


def test_cancel_leaves_no_file(qtbot, dialog, opened, tmp_path, monkeypatch):
    dialog.scope_buttons["all"].setChecked(True)
    dialog.open_when_done.setChecked(False)
    real_export = export_module.export

    def slow_export(request, progress=None, cancel=None):
        def progress_then_cancel(done, total):
            progress(done, total)
            dialog._worker.cancel()  # as if Cancel were clicked during the first sheet

        return real_export(request, progress_then_cancel, cancel=cancel, workers=1)

    monkeypatch.setattr(export_module, "export", slow_export)
    run(qtbot, dialog)
    assert "cancelled" in dialog.status.text()
    folder = tmp_path / "Documents"
    assert not folder.exists() or list(folder.iterdir()) == []
    assert opened == []


def test_error_is_one_sentence_in_the_dialog(qtbot, dialog, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog.output.setText(str(blocker / "sub" / "KHM.pdf"))
    run(qtbot, dialog)
    assert "Not a directory" in dialog.status.text() or "not a folder" in dialog.status.text()


def test_preview_shows_the_exact_pdf(qtbot, store):
    from app.ui import preview

    dlg = preview.PreviewDialog.for_country(store, "UKR")
    qtbot.addWidget(dlg)
    assert dlg.pdf_bytes.startswith(b"%PDF")
    if not preview.qtpdf_available():
        pytest.skip("PySide6_Pdf is not installed: the preview shows only a notice")
    assert dlg.page_count() >= 1
    image = dlg.render_page(0, 30).toImage()
    assert image.width() > 100 and not image.isNull()
    dlg.low_ink.setChecked(True)  # rebuilds
    assert dlg.page_count() >= 1


def test_preview_prints_to_a_pdf_printer(qtbot, store, tmp_path):
    from app.ui import preview

    if not preview.qtpdf_available():
        pytest.skip("PySide6_Pdf is not installed")
    from PySide6.QtPrintSupport import QPrinter

    dlg = preview.PreviewDialog.for_country(store, "KHM")
    qtbot.addWidget(dlg)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = Path(tmp_path / "printed.pdf")
    printer.setOutputFileName(str(out))
    dlg.print_to(printer)
    assert out.stat().st_size > 1000
