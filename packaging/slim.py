"""What the bundle leaves out, shared by factsheets.spec and the size benchmark's baseline.

PyInstaller's Qt hooks collect every plugin family that QtGui *might* load and the
translations of every language. The app loads far fewer: this module keeps an
allow-list of plugins, the app's languages, and drops the Qt libraries that only the
dropped plugins needed. Used from a spec file, after ``Analysis``::

    from slim import EXCLUDES, slim
    a = Analysis(..., excludes=EXCLUDES)
    slim(a)

Each choice below was checked by running the bundle (offscreen, xcb under Xvfb).
"""

from __future__ import annotations

import os
import re
import shutil
import sys

# Languages the app is written in (its one registry, app/text/languages.py);
# every other Qt translation and babel locale goes.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from app.text.languages import CODES as LANGUAGES  # noqa: E402

# Qt's catalogues the app loads (app/ui/app.py: qtbase; "qt" is the meta-catalogue
# that includes it). qt_help, qtdeclarative, designer... belong to unused modules.
QT_CATALOGUES = ("qt", "qtbase")

# Python modules the app never imports. Most are in the development venv (tests,
# the database build) and must never ride along if the build reuses that venv.
# fmt: off
EXCLUDES = [
    # test and build tools
    "pytest", "_pytest", "pytestqt", "iniconfig", "pypdf", "ruff",
    "PyInstaller", "setuptools", "pkg_resources", "pip", "wheel", "hatchling",
    "numpy", "shapefile", "shapely", "pygments",
    # The database build (db.load + db.build.write) rides along: `pack import` rebuilds
    # the database with it. Its country facts then come from the bundled database
    # (db/countries.py), so pycountry, country_converter and pandas (~40 MB) stay out,
    # and so does the map build (db.build_map). sqlite_utils comes with what it imports
    # at module level (click, pluggy, sqlite_fts4, dateutil), not its command line.
    "pycountry", "country_converter", "pandas", "db.build_map", "db.readme_coverage",
    "sqlite_utils.cli", "tabulate", "click_default_group",
    # standard library parts the app has no use for
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "distutils", "ensurepip", "venv", "xmlrpc", "curses", "test",
    # debugging and testing helpers reportlab imports only in its self-tests
    # (inside functions or under __main__), and asyncio, which nothing here uses
    "unittest", "doctest", "pdb", "pydoc", "asyncio", "http.server", "reportlab.graphics.testshapes",
    # pdb and friends import it if present; it would bring GNU readline (GPL) along
    "readline",
    # an offline app needs no TLS; without OpenSSL's _hashlib, hashlib uses its
    # built-in md5/sha (reportlab's PDF ids), and 4.5 MB of libcrypto stays out
    "ssl", "_ssl", "_hashlib",
    # Pillow comes with reportlab (reportlab.lib.utils imports PIL.Image at module
    # level); the sheets embed no raster images, so only Pillow's core is kept.
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk",
    "PIL._imagingmath", "PIL._imagingmorph", "PIL.ImageTk", "PIL.ImageQt",
    "PIL.ImageShow", "PIL.ImageGrab",
    # Pillow's image format plugins except PNG, JPEG (+MPO), GIF, BMP, PPM, TIFF;
    # Image.init() skips a plugin that fails to import
    "PIL.AvifImagePlugin", "PIL.BlpImagePlugin", "PIL.BufrStubImagePlugin", "PIL.CurImagePlugin",
    "PIL.DcxImagePlugin", "PIL.DdsImagePlugin", "PIL.EpsImagePlugin", "PIL.FitsImagePlugin",
    "PIL.FliImagePlugin", "PIL.FpxImagePlugin", "PIL.FtexImagePlugin", "PIL.GbrImagePlugin",
    "PIL.GribStubImagePlugin", "PIL.Hdf5StubImagePlugin", "PIL.IcnsImagePlugin", "PIL.IcoImagePlugin",
    "PIL.ImImagePlugin", "PIL.ImtImagePlugin", "PIL.IptcImagePlugin", "PIL.Jpeg2KImagePlugin",
    "PIL.McIdasImagePlugin", "PIL.MicImagePlugin", "PIL.MpegImagePlugin", "PIL.MspImagePlugin",
    "PIL.PalmImagePlugin", "PIL.PcdImagePlugin", "PIL.PcxImagePlugin", "PIL.PdfImagePlugin",
    "PIL.PixarImagePlugin", "PIL.PsdImagePlugin", "PIL.QoiImagePlugin", "PIL.SgiImagePlugin",
    "PIL.SpiderImagePlugin", "PIL.SunImagePlugin", "PIL.TgaImagePlugin", "PIL.WebPImagePlugin",
    "PIL.WmfImagePlugin", "PIL.XVThumbImagePlugin", "PIL.XbmImagePlugin", "PIL.XpmImagePlugin",
    # Qt modules nobody in app/ uses (Qml/Quick alone are ~40 MB). Widgets, Gui,
    # Core, Svg, SvgWidgets, Pdf, PdfWidgets and PrintSupport stay available.
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.QtQmlFeatures",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtLabsStyleKit",
    "PySide6.scripts",
]
# fmt: on

# Plugins kept, by family (file stem without the "lib" prefix and suffix).
# Anything in a family not listed here, and every family not listed, is dropped.
KEEP_PLUGINS = {
    # xcb for X11 desktops (and XWayland), offscreen for headless runs and tests,
    # minimal as a last resort. Wayland sessions fall back to xcb through XWayland:
    # the native wayland plugin would add libQt6WaylandClient and its own plugins.
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"},
    # PNG is built into QtGui; SVG is the one extra format (app and theme icons).
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    # compose: dead keys and accents typed on X11 (é, ñ); ibus: input methods.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # the desktop portal gives native file dialogs on GNOME/KDE/Flatpak through DBus;
    # the gtk3 theme would need GTK at run time for little gain.
    "platformthemes": {"qxdgdesktopportal"},
    # printing (only collected if app/ imports QtPrintSupport)
    "printsupport": {"cupsprintersupport", "windowsprintersupport", "cocoaprintersupport"},
    "styles": {"qwindowsvistastyle", "qmodernwindowsstyle", "qmacstyle"},
}

# PySide6/Qt/plugins/... on Linux and macOS, PySide6/plugins/... on Windows.
_PLUGIN = re.compile(r"(?:^|/)PySide6/(?:Qt/)?plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")
_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([a-z_]+?)_([a-z]{2})(?:_[A-Z]{2})?\.qm$")
_BABEL_LOCALE = re.compile(r"^babel/locale-data/([^/]+)\.dat$")


def _norm(name: str) -> str:
    return name.replace(os.sep, "/")


def keep_plugin(dest: str) -> bool:
    match = _PLUGIN.search(_norm(dest))
    if not match:
        return True
    family, stem = match.groups()
    return stem in KEEP_PLUGINS.get(family, ())


def keep_translation(dest: str) -> bool:
    match = _TRANSLATION.search(_norm(dest))
    if not match:
        return True
    return match.group(1) in QT_CATALOGUES and match.group(2) in LANGUAGES


def keep_babel_locale(dest: str) -> bool:
    match = _BABEL_LOCALE.match(_norm(dest))
    if not match:
        return True
    return match.group(1) in (*LANGUAGES, "root")


# Libraries left to the desktop even though PyInstaller found them. libcups (for the
# printing plugin) pulls in GnuTLS, Kerberos and Avahi (~9 MB) that would go stale
# inside the bundle; every desktop that prints has libcups2 installed. Without it
# only the CUPS plugin fails to load: the app runs and still writes PDFs.
SYSTEM_LIBRARIES = {"libcups.so.2"}

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def _direct_needs(path: str) -> list[str]:
    """DT_NEEDED entries of one ELF file (readelf from binutils, which strip needs anyway)."""
    import subprocess

    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False).stdout
    return _NEEDED.findall(out)


def _prune_orphan_libraries(binaries: list) -> list:
    """Drop shared libraries that nothing left in the bundle links to (Linux only).

    PyInstaller collected them as dependencies of plugins that ``slim`` dropped:
    GTK, cairo and pango for the gtk3 theme, libQt6Network for tls, libQt6Quick
    for the virtual keyboard... The walk follows DT_NEEDED from every binary that
    is not itself a candidate, through bundled libraries, and stops at SYSTEM_LIBRARIES.
    """

    def is_root(dest: str, typecode: str) -> bool:
        # Only libraries PyInstaller put beside the executable (dependencies it found)
        # and Qt's own lib/ folder can be orphans. Everything else is kept and walked
        # from: extension modules, kept plugins, and libraries a package loads itself
        # with ctypes (pypdfium2_raw/libpdfium.so), which no DT_NEEDED points to.
        # libpython is loaded by the bootloader with dlopen().
        dest = _norm(dest)
        candidate = "/" not in dest or "PySide6/Qt/lib/" in dest
        return typecode in ("EXECUTABLE", "EXTENSION") or not candidate or dest.startswith("libpython")

    by_base = {os.path.basename(dest): src for dest, src, typecode in binaries if typecode != "SYMLINK"}
    needed: set[str] = set()
    queue = [src for dest, src, typecode in binaries if typecode != "SYMLINK" and is_root(dest, typecode)]
    seen: set[str] = set()
    while queue:
        src = queue.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in _direct_needs(src):
            base = os.path.basename(name)
            if base in SYSTEM_LIBRARIES or base not in by_base:
                continue
            needed.add(base)
            queue.append(by_base[base])
    kept = [
        entry
        for entry in binaries
        if entry[2] == "SYMLINK" or is_root(entry[0], entry[2]) or os.path.basename(entry[0]) in needed
    ]
    # Printed so that a library the app loads with ctypes from the top level (none
    # today) shows up here if it ever goes missing.
    dropped = sorted(os.path.basename(e[0]) for e in binaries if e not in kept)
    print(f"slim: orphan libraries dropped: {', '.join(dropped) or 'none'}")
    return kept


def _drop_dangling_symlinks(entries: list, kept_dests: set[str]) -> list:
    """SYMLINK entries (dest, relative target, "SYMLINK") whose target is no longer collected."""
    kept = []
    for dest, src, typecode in entries:
        if typecode == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src))
            if _norm(target) not in kept_dests:
                continue
        kept.append((dest, src, typecode))
    return kept


def slim(analysis) -> None:
    """Filter an ``Analysis`` in place: plugins, translations, babel locales, orphan libs."""
    binaries = [e for e in analysis.binaries if keep_plugin(e[0])]
    if sys.platform.startswith("linux") and shutil.which("readelf"):
        binaries = _prune_orphan_libraries(binaries)
    elif sys.platform.startswith("linux"):
        print("slim: WARNING: readelf not found (apt-get install binutils); orphan libraries stay")
    datas = [e for e in analysis.datas if keep_plugin(e[0]) and keep_translation(e[0]) and keep_babel_locale(e[0])]
    kept_dests = {_norm(dest) for dest, _src, typecode in binaries + datas if typecode != "SYMLINK"}
    binaries = _drop_dangling_symlinks(binaries, kept_dests)
    datas = _drop_dangling_symlinks(datas, kept_dests)
    dropped = len(analysis.binaries) - len(binaries) + len(analysis.datas) - len(datas)
    analysis.binaries[:] = binaries
    analysis.datas[:] = datas
    print(f"slim: dropped {dropped} files (plugins, translations, locales, orphan libraries)")
