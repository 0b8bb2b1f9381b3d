"""What the packaged bundle keeps and drops (packaging/slim.py), checked without building it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SLIM_PATH = Path(__file__).resolve().parents[2] / "packaging" / "slim.py"
_spec = importlib.util.spec_from_file_location("slim", SLIM_PATH)
slim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(slim)

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/imageformats/libqsvg.so", True),
        (f"{QT}/plugins/imageformats/libqjpeg.so", False),
        (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows layout
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        (f"{QT}/lib/libQt6Core.so.6", True),  # not a plugin: left to the library walk
    ],
)
def test_plugins(dest: str, kept: bool) -> None:
    assert slim.keep_plugin(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/translations/qtbase_fr.qm", True),
        (f"{QT}/translations/qt_es.qm", True),
        (f"{QT}/translations/qtbase_de.qm", False),
        (f"{QT}/translations/qt_zh_CN.qm", False),
        (f"{QT}/translations/qt_help_fr.qm", False),
        (f"{QT}/translations/qtdeclarative_en.qm", False),
        ("PySide6/translations/qtbase_de.qm", False),  # Windows layout
        ("resources/translations/factsheets_fr.qm", True),  # the app's own: all of resources/ ships
    ],
)
def test_translations(dest: str, kept: bool) -> None:
    assert slim.keep_translation(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/fr.dat", True),
        ("babel/locale-data/es.dat", True),
        ("babel/locale-data/fr_CA.dat", False),
        ("babel/locale-data/de.dat", False),
        ("babel/global.dat", True),
    ],
)
def test_babel_locales(dest: str, kept: bool) -> None:
    assert slim.keep_babel_locale(dest) is kept


def test_dangling_symlinks_go_with_their_targets() -> None:
    entries = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    kept = slim._drop_dangling_symlinks(entries, {"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [dest for dest, _src, _type in kept] == ["libQt6Core.so.6"]


def test_build_and_test_tools_are_excluded() -> None:
    assert {"pytest", "PyInstaller", "pycountry", "country_converter", "pandas"} <= set(slim.EXCLUDES)


def test_the_database_build_stays_in_for_pack_import() -> None:
    """`pack import` rebuilds the database in the binary with db.load and db.build.write (sqlite_utils)."""
    kept = {"db", "db.build", "db.load", "db.countries", "sqlite_utils", "click", "pluggy", "dateutil", "sqlite_fts4"}
    assert not kept & set(slim.EXCLUDES)
    assert {"sqlite_utils.cli", "db.build_map"} <= set(slim.EXCLUDES)
