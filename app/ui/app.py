"""Start the GUI: QApplication, the database, the main window."""

from __future__ import annotations

import sys
import time


def run(db_path: str | None = None, smoke: bool = False, language: str | None = None) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.store import DatabaseError, Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Landmine Fact Sheets")
    try:
        store = Store.open(db_path)
    except DatabaseError as exc:
        if smoke:
            print(f"factsheets: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Landmine Fact Sheets", str(exc))
        return 1
    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if smoke:
        def finish() -> None:
            window.repaint()
            app.processEvents()
            print(f"first paint {1000 * (time.perf_counter() - started):.0f} ms")
            app.quit()

        QTimer.singleShot(0, finish)
    return app.exec()
