"""Faults the window meets: exports after a preview, settings it cannot save, displays that are not there,
exceptions in slots. Offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.factsheet import workers  # noqa: E402
from app.ui import export_dialog as export_module  # noqa: E402
from app.ui.export_dialog import ExportDialog  # noqa: E402
from app.ui.state import AppState  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) if folder.exists() else []


def test_workers_started_from_the_window_do_not_fork_qt(qapp) -> None:
    assert QApplication.instance() is not None
    assert workers.start_method() in ("forkserver", "spawn")


@pytest.mark.parametrize("bundled", [False, True], ids=["fixture", "bundled-200-countries"])
def test_preview_then_export_all_then_pack(qtbot, store, tmp_path, monkeypatch, bundled) -> None:
    """The issue's sequence: Preview opened and closed, then every country as files, then as one pack.

    It used to stop for good at ~33 % (forked workers deadlocked on the preview's Qt state) and
    the pack crashed the app; now every PDF is built in a worker started without Qt.
    """
    import multiprocessing

    from app.core.store import Store
    from app.factsheet import build
    from app.ui import preview

    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", lambda url: True)
    methods: list[str | None] = []
    real_get_context, real_build_pack = multiprocessing.get_context, build.build_pack
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: methods.append(method)
                        or real_get_context(method))  # fmt: skip
    packs_here: list[int] = []
    monkeypatch.setattr(build, "build_pack", lambda *a, **k: packs_here.append(1) or real_build_pack(*a, **k))
    if bundled:
        store = Store.open(None)
    try:
        dlg = preview.PreviewDialog.for_country(store, "KHM")
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitUntil(lambda: dlg.pages[0].is_rendered())
        dlg.accept()
        state = AppState(store)
        export = ExportDialog(store, state)
        qtbot.addWidget(export)
        export.open_when_done.setChecked(False)
        export.scope_buttons["all"].setChecked(True)
        total = len(export.codes())
        export.output.setText(str(tmp_path / "all"))
        with qtbot.waitSignal(export.finishedExport, timeout=120_000) as files:
            export.export_button.click()
        qtbot.waitUntil(lambda: not export.is_running(), timeout=10_000)
        assert len(files.args[0]) == total and hidden(tmp_path / "all") == []
        export.pack.setChecked(True)
        export.output.setText(str(tmp_path / "pack.pdf"))
        with qtbot.waitSignal(export.finishedExport, timeout=120_000) as pack:
            export.export_button.click()
        qtbot.waitUntil(lambda: not export.is_running(), timeout=10_000)
        assert pack.args[0] == [tmp_path / "pack.pdf"]
        assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
        assert hidden(tmp_path) == []
        assert "fork" not in methods  # workers never copy the window's Qt state
        assert packs_here == []  # the pack was built in a worker, not beside Qt
    finally:
        if bundled:
            store.close()


def test_cancel_from_the_window_stops_workers_and_leaves_no_file(qtbot, tmp_path, monkeypatch) -> None:
    from app.core.store import Store

    monkeypatch.setattr(export_module.QDesktopServices, "openUrl", lambda url: True)
    with Store.open(None) as store:
        export = ExportDialog(store, AppState(store))
        qtbot.addWidget(export)
        export.scope_buttons["all"].setChecked(True)
        export.output.setText(str(tmp_path / "all"))
        export.export_button.click()
        qtbot.waitUntil(lambda: export.progress.value() >= 3, timeout=60_000)
        export.cancel_button.click()
        qtbot.waitUntil(lambda: not export.is_running(), timeout=20_000)
    assert not (tmp_path / "all").exists() or list((tmp_path / "all").iterdir()) == []
    assert [p for p in __import__("multiprocessing").active_children() if p.name == "factsheets-worker"] == []


def test_settings_folder_that_cannot_be_created_does_not_stop_the_window(qtbot, store, tmp_path,
                                                                         monkeypatch) -> None:  # fmt: skip
    from app.ui import settings
    from tests.ui.conftest import build_window

    blocker = tmp_path / "config-is-a-file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    monkeypatch.setattr(settings, "_problem", [])
    window = build_window(qtbot, store)
    window.save_settings()
    window.restore_settings()
    assert "Settings cannot be saved" in (settings.settings_problem() or "")


def test_relative_xdg_config_home_is_ignored(monkeypatch, tmp_path) -> None:
    from app import paths

    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.user_config_dir() == tmp_path / ".config" / paths.APP_NAME


def test_an_exception_in_a_slot_is_shown_to_the_user(qtbot, store, capsys) -> None:
    from app.core.store import DatabaseError
    from app.ui.slot_errors import SlotErrorReporter
    from tests.ui.conftest import build_window

    window = build_window(qtbot, store)
    reporter = SlotErrorReporter(window).install()
    try:
        def broken(*args: object) -> None:
            raise DatabaseError("Database file x.sqlite is damaged (disk image is malformed).")

        window.state.filterChanged.connect(broken)
        window.filter_bar.search.setText("cambodia")
        qtbot.waitUntil(lambda: any(isinstance(b, QMessageBox) and b.isVisible()
                                    for b in QApplication.topLevelWidgets()), timeout=5000)  # fmt: skip
        assert reporter.shown and "damaged" in reporter.shown[0] and "out-of-date" in reporter.shown[0]
    finally:
        reporter.uninstall()
        window.state.filterChanged.disconnect(broken)
    assert "DatabaseError" in capsys.readouterr().err  # the traceback stays on stderr for support


@pytest.mark.qt_no_exception_capture  # the reporter under test is the one to catch them
def test_the_database_file_changing_under_the_window_is_shown(qtbot, fixture_db, tmp_path) -> None:
    import shutil

    from app.core.store import Store
    from app.ui.slot_errors import SlotErrorReporter
    from tests.ui.conftest import build_window

    copy = tmp_path / "live.sqlite"
    shutil.copyfile(fixture_db, copy)
    copy.chmod(0o644)
    store = Store(copy)
    window = build_window(qtbot, store)
    reporter = SlotErrorReporter(window).install()
    try:
        copy.write_bytes(b"\0" * copy.stat().st_size)  # another program rewrites the file in place
        window.filter_bar.search.setText("tonga")
        qtbot.waitUntil(lambda: bool(reporter.shown), timeout=5000)
        window.close()
        qtbot.wait(300)  # let queued repaints fail into the reporter, not the next test
    finally:
        reporter.uninstall()
    assert "out-of-date" in reporter.shown[0] and "damaged" in reporter.shown[0]


def test_a_thousand_word_search_in_the_window_is_not_a_database_error(qtbot, store) -> None:
    from tests.ui.conftest import build_window

    window = build_window(qtbot, store)
    window.filter_bar.search.setText(" ".join(f"word{i}" for i in range(1000)))
    qtbot.wait(400)  # the search is debounced
    assert window.state.visible == [] or len(window.state.visible) == 0


def _gui(env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run([sys.executable, "-m", "app"], cwd=REPO, env=base | env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip


@pytest.mark.parametrize(
    ("env", "words"),
    [({"QT_QPA_PLATFORM": "bogus"}, "not available"), ({"DISPLAY": ":99"}, "cannot connect to the X display")],
    ids=["bogus-platform", "no-x-server"],
)
def test_an_unusable_display_is_one_line_not_an_abort(env, words) -> None:
    done = _gui(env)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and words in done.stderr
