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


def pdf_pages(data: bytes) -> int:
    from io import BytesIO

    from pypdf import PdfReader

    return len(PdfReader(BytesIO(data)).pages)


@pytest.fixture
def preview_dialog(qtbot, store):
    from app.ui import preview

    def make(iso3: str, **options):
        dlg = preview.PreviewDialog.for_country(store, iso3, **options)
        qtbot.addWidget(dlg)
        return dlg

    return make


def test_preview_shows_the_exact_pdf(qtbot, preview_dialog):
    dlg = preview_dialog("USA")
    assert dlg.pdf_bytes.startswith(b"%PDF")
    # Pages come from the very bytes that Save writes and Print draws.
    assert dlg.page_count() == pdf_pages(dlg.pdf_bytes) >= 1
    assert len(dlg.pages) == dlg.page_count()
    assert dlg.pages_label.text() in ("1 page", f"{dlg.page_count()} pages")
    image = dlg.render_page(0, 30)
    assert not image.isNull()
    assert abs(image.width() - 595.28 * 30 / 72) <= 1 and abs(image.height() - 841.89 * 30 / 72) <= 1
    assert image.pixelColor(2, 2).name() == "#ffffff"  # white paper, not transparent black
    title_band = image.pixelColor(image.width() // 2, 30)  # the navy title band
    assert title_band.lightness() < 100


def test_preview_renders_pages_lazily_when_shown(qtbot, preview_dialog):
    dlg = preview_dialog("KHM")
    assert not any(view.is_rendered() for view in dlg.pages)  # nothing drawn before painting
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: dlg.pages[0].is_rendered())


def test_preview_paper_and_low_ink_rebuild(qtbot, preview_dialog):
    dlg = preview_dialog("UKR")
    first = dlg.pdf_bytes
    dlg.low_ink.setChecked(True)  # rebuilds
    assert dlg.pdf_bytes != first and dlg.page_count() == pdf_pages(dlg.pdf_bytes)
    dlg.paper.setCurrentIndex(dlg.paper.findData("letter"))
    width, height = dlg.page_size_points(0)
    assert (round(width), round(height)) == (612, 792)
    assert abs(dlg.render_page(0, 72).width() - 612) <= 1


def test_preview_zoom(qtbot, preview_dialog):
    dlg = preview_dialog("TON")
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.fit_width_button.isChecked()
    fitted = dlg.pages[0].width()
    assert fitted <= dlg.view.viewport().width()
    dlg.set_zoom(1.0)
    assert not dlg.fit_width_button.isChecked()
    assert dlg.pages[0].width() == round(595.28 * 96 / 72)
    assert dlg.zoom_label.text() == "100 %"
    dlg.zoom_in_button.click()
    assert dlg.zoom == pytest.approx(1.25) and dlg.pages[0].width() > round(595.28 * 96 / 72)
    dlg.zoom_out_button.click()
    dlg.zoom_out_button.click()
    assert dlg.zoom == pytest.approx(0.8)
    dlg.fit_width_button.setChecked(True)
    assert dlg.pages[0].width() == fitted


def pdf_printer(path: Path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


def multi_page(dlg, store):
    """The fixture's sheets are one page each: show a pack (cover, contents, sheets) instead."""
    from app.factsheet.build import build_pack

    profiles = [store.profile(c) for c in ("FIN", "TON")]  # one page each
    dlg.build = lambda: build_pack(profiles, "two", world_casualties=store.casualties(None))
    dlg.rebuild()
    assert dlg.page_count() == 4
    return dlg


def test_preview_prints_every_page_to_a_pdf_printer(qtbot, preview_dialog, store, tmp_path):
    dlg = multi_page(preview_dialog("USA"), store)
    out = tmp_path / "printed.pdf"
    assert dlg.print_to(pdf_printer(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) == dlg.page_count() == 4


def test_preview_print_honours_page_range_and_copies(qtbot, preview_dialog, store, tmp_path):
    from PySide6.QtGui import QPageRanges

    dlg = multi_page(preview_dialog("USA"), store)
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    ranges = QPageRanges()
    ranges.addPage(2)
    ranges.addRange(4, 9)
    printer.setPageRanges(ranges)
    assert dlg.pages_to_print(printer) == [1, 3]
    assert dlg.print_to(printer)
    assert pdf_pages(out.read_bytes()) == 2

    printer = pdf_printer(tmp_path / "copies.pdf")
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    if printer.supportsMultipleCopies():  # the print system makes the copies
        assert dlg.pages_to_print(printer) == [0, 1, 2, 3]
    else:
        assert dlg.pages_to_print(printer) == [0, 1, 2, 3] * 2
        printer.setCollateCopies(False)
        assert dlg.pages_to_print(printer) == [0, 0, 1, 1, 2, 2, 3, 3]
    assert dlg.print_to(printer)
    assert pdf_pages((tmp_path / "copies.pdf").read_bytes()) == len(dlg.pages_to_print(printer))


def test_preview_save_is_atomic_and_exact(qtbot, preview_dialog, tmp_path, monkeypatch):
    from app.ui import preview

    dlg = preview_dialog("FIN")
    target = tmp_path / "out" / "finland"
    monkeypatch.setattr(preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg.save_pdf()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes() == dlg.pdf_bytes
    assert [p.name for p in saved.parent.iterdir()] == ["finland.pdf"]  # no temporary left
