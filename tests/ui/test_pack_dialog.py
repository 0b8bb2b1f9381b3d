"""File > Import data pack…: the same preview as the CLI, one confirmation, and a way back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.core.store import Store
from app.ui import pack_dialog
from app.ui.main_window import MainWindow
from tests.packs.conftest import (  # noqa: F401 - fixtures
    bundled_is_fixture,
    key,
    members_for,
    org_pack,
    release_sources,
    write_pack,
)
from tests.ui.conftest import build_window


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[pack_dialog.PreviewDialog]:
    """Every preview dialog shown, answered 'yes' (with the trust box ticked when there is one)."""
    shown: list[pack_dialog.PreviewDialog] = []

    def yes(dialog: pack_dialog.PreviewDialog) -> bool:
        shown.append(dialog)
        if dialog.trust_box is not None:
            assert not dialog.accept_button.isEnabled()  # an untrusted pack needs the explicit tick
            dialog.trust_box.setChecked(True)
        return dialog.accept_button.isEnabled()

    monkeypatch.setattr(pack_dialog, "ask", yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"unexpected warning {a[2]}"))
    return shown


def newest_window() -> MainWindow:
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return windows[-1]


def test_file_menu_has_import_and_restore(qtbot, store):
    window = build_window(qtbot, store)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import data pack…" in texts and "&Restore previous data…" in texts


def test_import_previews_the_change_then_restore_brings_it_back(qtbot, tmp_path: Path, answers, request):
    from app.packs.builder import PackInfo, build

    sources, signer = request.getfixturevalue("release_sources"), request.getfixturevalue("key")
    pack = tmp_path / "release.lfpack"
    pack.write_bytes(build(sources, PackInfo("monitor-release", "R", "test-2", "Monitor", "test-1"), signer))
    store = Store.open()
    window = build_window(qtbot, store)
    assert window.pack_actions.import_pack(pack)
    preview = answers[0].report.toPlainText()
    assert "KHM casualties: changed 2010 2011 lm2011: total 286 -> 300" in preview
    new = newest_window()
    qtbot.addWidget(new)
    assert new is not window and new.store.dataset_info().version == "test-2 (monitor-release pack)"
    assert any(c.year == 2010 and c.total == 300 for c in new.store.profile("KHM").casualties)

    assert new.pack_actions.restore()
    assert "total 300 -> 286" in answers[1].report.toPlainText()
    back = newest_window()
    qtbot.addWidget(back)
    assert back.store.path == paths.bundled_database()
    for w in (window, new, back):
        w.close()


def test_unsigned_pack_asks_for_the_explicit_choice(qtbot, tmp_path: Path, answers):
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    pack = write_pack(tmp_path / "u.lfpack", members_for({"sources.csv": ORG_SOURCES,
                                                         "casualties.csv": ORG_CASUALTIES}, None))  # fmt: skip
    window = build_window(qtbot, Store.open())
    assert window.pack_actions.import_pack(pack)
    assert answers[0].trust_box is not None
    new = newest_window()
    qtbot.addWidget(new)
    assert "(unsigned)" in new.store.dataset_info().version
    assert "dataset test-1 + org-registry 1.0 (unsigned)" in new._status.text()  # the status bar says so
    for w in (window, new):
        w.close()


def test_a_bad_pack_shows_one_sentence_and_changes_nothing(qtbot, tmp_path: Path, monkeypatch, fixture_db):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))
    bad = tmp_path / "bad.lfpack"
    bad.write_text("not a zip")
    window = build_window(qtbot, Store.open())
    assert not window.pack_actions.import_pack(bad)
    assert messages == ["bad.lfpack is not a data pack: it is not a zip file; nothing imported."]
    assert paths.database_path() == fixture_db
    window.close()


def test_the_window_says_when_imported_data_is_outdated(qtbot, answers, request):
    import sqlite3

    window = build_window(qtbot, Store.open())
    assert window.pack_actions.import_pack(request.getfixturevalue("org_pack"))
    new = newest_window()
    qtbot.addWidget(new)
    conn = sqlite3.connect(paths.database_path())
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    message = new.pack_actions.tell_if_outdated()
    assert message and "not in use" in message and "not in use" in new.statusBar().currentMessage()
    for w in (window, new):
        w.close()


def test_restore_offers_every_kept_state_and_the_bundled_data(qtbot, tmp_path: Path, monkeypatch, request):
    from app.packs.builder import PackInfo
    from tests.packs.conftest import ORG_CASUALTIES, ORG_SOURCES

    signer = request.getfixturevalue("key")
    window = build_window(qtbot, Store.open())
    monkeypatch.setattr(pack_dialog, "ask", lambda dialog: True)
    for n in (1, 2):
        pack = write_pack(tmp_path / f"p{n}.lfpack", members_for(
            {"sources.csv": ORG_SOURCES, "casualties.csv": ORG_CASUALTIES.replace(",50,", f",{50 + n},")},
            signer, PackInfo("org-registry", "Example", f"1.{n}", "Example NGO")))  # fmt: skip
        assert window.pack_actions.import_pack(pack)
        window = newest_window()
        qtbot.addWidget(window)
    seen: list[pack_dialog.PreviewDialog] = []

    def choose_bundled(dialog: pack_dialog.PreviewDialog) -> bool:
        seen.append(dialog)
        labels = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
        assert labels[0] == "the bundled data" and labels[1].startswith("state 000001: test-1 + org-registry 1.1")
        assert dialog.choice.currentIndex() == 1  # the previous state comes first
        assert "total 52 -> 51" in dialog.report.toPlainText()
        dialog.choice.setCurrentIndex(0)
        assert "KHM casualties: removed 2025" in dialog.report.toPlainText()  # the preview follows the choice
        return True

    monkeypatch.setattr(pack_dialog, "ask", choose_bundled)
    assert window.pack_actions.restore()
    back = newest_window()
    qtbot.addWidget(back)
    assert seen and back.store.path == paths.bundled_database()
    back.close()
