"""Start the GUI: QApplication, translations, the database, the main window.

``--smoke`` opens the window, waits until the table and the map have painted
real data (not just an empty frame), prints the time since this function was
entered and exits 0; the packaged binary's smoke test and the benchmarks use it.
"""

from __future__ import annotations

import os
import sys
import time

SMOKE_TIMEOUT_MS = 30_000


def _install_translations(app, language: str | None) -> str:
    """Load Qt's own and the app's catalogue for ``language`` (default: the system's)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from app.paths import resource

    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)
    name = locale.name().split("_")[0]
    if name == "en" or name == "C":
        return "en"
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue, folder in (("qtbase", qt_dir), ("factsheets", str(resource("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, catalogue, "_", folder):
            app.installTranslator(translator)
            translators.append(catalogue)
    return name


def _no_display() -> bool:
    """True on Linux without X11/Wayland, where Qt would abort with a multi-line message."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )


def run(db_path: str | None = None, smoke: bool = False, language: str | None = None) -> int:
    started = time.perf_counter()
    if _no_display():
        if not smoke:
            print(
                "factsheets: no display (DISPLAY and WAYLAND_DISPLAY are unset); run it in a desktop "
                "session, or use `factsheets export`",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # CI, ssh and the bundle's smoke test
    from app.ui.display_check import display_problem

    if (problem := display_problem()) is not None:  # else Qt aborts (exit -6, five lines)
        print(f"factsheets: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from app.core.store import DatabaseError, Store
    from app.paths import resource

    # Fractional scale factors (150 %) as the system sets them, not rounded to 2x.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Landmine Fact Sheets")
    app.setOrganizationName("landmine-factsheets")
    app.setApplicationDisplayName("Landmine Fact Sheets")
    app.setDesktopFileName("landmine-factsheets")  # matches the installed .desktop file
    app.setWindowIcon(QIcon(str(resource("icons", "landmine-factsheets.svg"))))
    _install_translations(app, language)
    try:
        store = Store.open(db_path)
    except DatabaseError as exc:
        if smoke:
            print(f"factsheets: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, app.translate("App", "Landmine Fact Sheets"), str(exc))
        return 1
    from app.ui.main_window import MainWindow

    try:
        window = MainWindow(store)
    except DatabaseError as exc:  # readable at open, broken when the views read it: one sentence
        if smoke:
            print(f"factsheets: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, app.translate("App", "Landmine Fact Sheets"), str(exc))
        return 1
    from app.ui.settings import settings_problem
    from app.ui.slot_errors import SlotErrorReporter

    SlotErrorReporter(window).install()
    if (problem := settings_problem()) is not None:
        window.statusBar().showMessage(problem)
    if smoke:
        def finish() -> None:
            print(f"first paint with data {1000 * (time.perf_counter() - started):.0f} ms",
                  flush=True)
            app.exit(0)

        def give_up() -> None:
            print("factsheets: the window did not paint its data in time", file=sys.stderr)
            app.exit(1)

        # Queued: the signal fires inside a paint event; report once that frame is done.
        window.paintedWithData.connect(finish, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)
    window.show()
    return app.exec()
