"""Run-time hook replacing PyInstaller's pyi_rth_pyside6 (see factsheets.spec).

The stock hook imports PySide6.QtCore at start-up to check for an embedded
qt.conf, so every command, ``info`` and ``export`` included, paid Qt's import
cost (~200 ms). PySide6 wheels embed their own qt.conf, so only the plugin path
is needed here; Qt itself is imported when the GUI starts.
"""

import os
import sys

_qt_dir = os.path.join(sys._MEIPASS, "PySide6")
if sys.platform != "win32":
    _qt_dir = os.path.join(_qt_dir, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt_dir, "plugins")
del _qt_dir
