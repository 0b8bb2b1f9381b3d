"""File > Import data pack… and File > Restore previous data…: the CLI's preview and one confirmation.

The work is app/packs' (Qt-free); this module only asks for a file, shows the
preview the CLI prints, and reopens the window on the data now in use.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.packs.diff import Change
    from app.ui.main_window import MainWindow


class PreviewDialog(QDialog):
    """What would change, a warning when nobody trusted signed the pack, and OK/Cancel."""

    def __init__(self, title: str, headline: str, changes: list[Change], warnings: list[str],
                 accept_text: str, parent: QWidget | None = None) -> None:  # fmt: skip
        from app.packs.diff import report_text

        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        head = QLabel(headline, self)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.trust_box: QCheckBox | None = None
        for warning in warnings:
            label = QLabel("<b>" + self.tr("Warning:") + f"</b> {warning}", self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.report = QPlainTextEdit(report_text(changes, limit=500), self)
        self.report.setReadOnly(True)
        self.report.setFont(QFont("monospace"))
        self.report.setAccessibleName(self.tr("Changes"))
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        if warnings:
            # The explicit choice the issue asks for: an untrusted pack needs a tick, not just Enter.
            self.trust_box = QCheckBox(self.tr("I trust where this pack came from; import it anyway"), self)
            self.trust_box.toggled.connect(self.accept_button.setEnabled)
            self.accept_button.setEnabled(False)
            layout.addWidget(self.trust_box)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choice: QComboBox | None = None

    def add_choices(self, labels: list[str], current: int, changes_for: Callable[[int], list[Change]]) -> None:
        """A list of targets above the report; the report follows the one chosen."""
        from app.packs.diff import report_text

        self.choice = QComboBox(self)
        self.choice.addItems(labels)
        self.choice.setCurrentIndex(current)
        self.choice.setAccessibleName(self.tr("Data to go back to"))
        self.choice.currentIndexChanged.connect(
            lambda index: self.report.setPlainText(report_text(changes_for(index), limit=500)))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.choice)


def ask(dialog: PreviewDialog) -> bool:
    """Show the dialog modally; a separate function so tests can answer for the user."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class PackActions(QObject):
    """The two File menu actions and what they do; a QObject so its words are translatable."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = menu.addAction(self.tr("&Import data pack…"))
        self.import_action.setStatusTip(
            self.tr("Preview and import a .lfpack data update or an organisation's own figures"))
        self.import_action.triggered.connect(lambda: self._guarded(self.import_pack))
        self.restore_action = menu.addAction(self.tr("&Restore previous data…"))
        self.restore_action.setStatusTip(self.tr("Undo the last data pack import or removal"))
        self.restore_action.triggered.connect(lambda: self._guarded(self.restore))
        # After the first frame: start-up pays nothing for the pack code.
        QTimer.singleShot(1500, self.tell_if_outdated)

    def _guarded(self, action: Callable[[], bool]) -> bool:
        try:
            return action()
        except ImportError as exc:  # a slimmed binary may leave out cryptography or the build code
            QMessageBox.warning(self.window, self.tr("Data packs"),
                                self.tr("This copy of the app lacks %1, which data packs need.")
                                .replace("%1", (exc.name or "?").split(".")[0]))  # fmt: skip
            return False

    def tell_if_outdated(self) -> str | None:
        """Say so when imported data cannot be used by this version of the app (never silently)."""
        from app.packs.states import outdated_message, outdated_state

        state = outdated_state()
        if state is None:
            return None
        message = outdated_message(state)
        self.window.statusBar().showMessage(message[0].upper() + message[1:], 60_000)
        return message

    def import_pack(self, path: str | Path | None = None) -> bool:
        from app.packs.errors import PackError, printable
        from app.packs.importer import Plan, import_pack

        title = self.tr("Import data pack")
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, title, "",
                                                  self.tr("Data packs (*.lfpack);;All files (*)"))  # fmt: skip
            if not path:
                return False

        def confirm(plan: Plan) -> bool:
            assert plan.pack is not None
            return ask(PreviewDialog(title, plan.pack.describe(), plan.changes, plan.warnings,
                                     self.tr("&Import"), self.window))  # fmt: skip

        try:
            # Unsigned packs are allowed here because the dialog itself asks for the explicit tick.
            state = import_pack(Path(path), confirm, allow_unsigned=True)
        except PackError as exc:
            QMessageBox.warning(self.window, title, printable(str(exc)))
            return False
        if state is None:
            return False
        self.reopen(self.tr("Now using dataset %1.").replace("%1", state.dataset_version))
        return True

    def restore(self) -> bool:
        """Choose a kept state (the previous one first) or the bundled data, see what changes, switch."""
        from app.packs import states
        from app.packs.errors import PackError, printable
        from app.packs.importer import previous_state_id, restore, restore_changes

        title = self.tr("Restore previous data")
        current = states.active_id()
        choices: list[tuple[str, str | None]] = [] if current is None else [(self.tr("the bundled data"), None)]
        for state in reversed(states.list_states()):
            if state.id != current:
                label = self.tr("state %1").replace("%1", state.id)
                choices.append((f"{label}: {state.dataset_version} ({state.reason}, {state.created})", state.id))
        if not choices:
            QMessageBox.information(self.window, title,
                                    self.tr("The bundled data is in use: there is nothing to restore."))  # fmt: skip
            return False
        previous = previous_state_id()
        targets = [target for _label, target in choices]
        first = targets.index(previous) if previous is not False and previous in targets else 0
        try:
            dialog = PreviewDialog(title, self.tr("Go back to:"), restore_changes(targets[first]), [],
                                   self.tr("&Restore"), self.window)  # fmt: skip
            dialog.add_choices([label for label, _target in choices], first,
                               lambda index: restore_changes(targets[index]))  # fmt: skip
            if not ask(dialog):
                return False
            assert dialog.choice is not None
            target = targets[dialog.choice.currentIndex()]
            restore(target)
        except PackError as exc:
            QMessageBox.warning(self.window, title, printable(str(exc)))
            return False
        name = self.tr("the bundled data") if target is None else self.tr("state %1").replace("%1", target)
        self.reopen(self.tr("Now using %1.").replace("%1", name))
        return True

    def reopen(self, message: str) -> MainWindow | None:
        """A new window on the data now in use (views keep their store for life), replacing this one."""
        from app import paths
        from app.core.store import DatabaseError, Store
        from app.ui.main_window import MainWindow

        window = self.window
        shown = window.store.path.resolve()
        in_user_data = shown.is_relative_to(paths.user_data_dir().resolve())
        if (shown != paths.bundled_database().resolve() and not in_user_data) or os.environ.get(paths.DB_ENV_VAR):
            # Opened with --db or FACTSHEETS_DB: that file still wins, as on the command line.
            note = self.tr("This window shows %1, chosen at start; the new data opens without --db.")
            QMessageBox.information(window, self.tr("Data packs"), f"{message} {note.replace('%1', str(shown))}")
            return None
        try:
            store = Store.open(paths.database_path())
        except DatabaseError as exc:
            QMessageBox.warning(window, self.tr("Data packs"), str(exc))
            return None
        window.save_settings()
        new = MainWindow(store)
        new.setGeometry(window.geometry())
        new.show()
        new.statusBar().showMessage(message, 10_000)
        window.close()
        window.deleteLater()
        return new


def add_pack_actions(window: MainWindow, menu: QMenu) -> PackActions:
    """Add Import data pack… and Restore previous data… to ``menu`` (the File menu)."""
    window.pack_actions = PackActions(window, menu)
    return window.pack_actions
