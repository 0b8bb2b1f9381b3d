"""The packaged binary (issue 3): build it, run it in a clean environment, read what it wrote.

Slow (builds with PyInstaller, about 1.5 minutes with a warm build venv; the tests
themselves about 10 s, a data pack import in the binary included): CI runs it with
``pytest -m slow tests/packaging``. ``FACTSHEETS_BUNDLE_REUSE=1`` reuses an existing
dist/landmine-factsheets instead of building.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import pytest

from app.text.languages import CODES

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "landmine-factsheets"
EXE = BUNDLE / "factsheets"
LANGUAGES = set(CODES)


def _version() -> str:
    namespace: dict = {}
    exec((REPO / "app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


ARCHIVE = REPO / "dist" / f"landmine-factsheets-{_version()}-linux-x86_64.tar.gz"


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def _frozen_modules() -> set[str]:
    """Top-level names of the Python modules inside the executable's PYZ archive.

    Read with PyInstaller's archive reader from the build venv (the dev venv need not have PyInstaller).
    """
    venv = Path(os.environ.get("FACTSHEETS_BUILD_VENV") or REPO / "build" / "venv")
    code = (
        "import sys\n"
        "from PyInstaller.archive.readers import CArchiveReader\n"
        "pyz = CArchiveReader(sys.argv[1]).open_embedded_archive('PYZ.pyz')\n"
        "print('\\n'.join(sorted({name.split('.')[0] for name in pyz.toc})))\n"
    )
    done = subprocess.run([str(venv / "bin" / "python"), "-c", code, str(EXE)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


@pytest.fixture(scope="module")
def bundle() -> Path:
    reuse = os.environ.get("FACTSHEETS_BUNDLE_REUSE") == "1" and EXE.exists() and ARCHIVE.exists()
    if not reuse:
        subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], cwd=REPO, check=True, timeout=1800)
    assert EXE.is_file() and os.access(EXE, os.X_OK)
    return BUNDLE


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run(home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """The bundle with a clean environment, as `env -i HOME=<empty> PATH=/usr/bin:/bin` gives it."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra_env}
    return subprocess.run([str(EXE), *args], env=env, cwd=home, capture_output=True, text=True, timeout=300)


def test_starts_with_no_python_on_path(bundle: Path, home: Path) -> None:
    done = run(home, "info", PATH=str(home))  # nothing at all on PATH
    assert done.returncode == 0, done.stderr
    assert "Dataset version" in done.stdout
    assert str(bundle / "_internal" / "resources" / "factsheets.sqlite") in done.stdout


def test_show_reads_the_bundled_database(bundle: Path, home: Path) -> None:
    done = run(home, "show", "KHM")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Cambodia\n")
    assert "KHM" in done.stdout.splitlines()[1]


def test_export_writes_the_sheet(bundle: Path, home: Path) -> None:
    from pypdf import PdfReader

    done = run(home, "export", "KHM", "-o", "sheet.pdf")
    assert done.returncode == 0, done.stderr
    sheet = home / "sheet.pdf"
    assert sheet.read_bytes().startswith(b"%PDF-")
    text = "\n".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Cambodia" in text
    assert "Mine Ban Treaty" in text
    assert "not reported" in text or "no data" in text  # missing figures are said, never 0


def test_export_in_french_uses_the_trimmed_locale_data(bundle: Path, home: Path) -> None:
    from pypdf import PdfReader

    done = run(home, "--lang", "fr", "export", "KHM", "-o", "fiche.pdf")
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(home / "fiche.pdf").pages)
    assert "Cambodge" in text


def test_gui_smoke_offscreen(bundle: Path, home: Path) -> None:
    done = run(home, "gui", "--smoke", QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "first paint" in done.stdout


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed (apt-get install xvfb)")
def test_gui_smoke_on_x11(bundle: Path, home: Path) -> None:
    """The xcb platform plugin and the libxcb-* helpers it needs are in the bundle."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        done = run(home, "gui", "--smoke", DISPLAY=f":{display}")
        assert done.returncode == 0, done.stderr
        assert "first paint" in done.stdout
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--db", "/nonexistent", "info"), 1),
        (("show", "ZZZ-no-such-country"), 2),
        (("export", "KHM"), 2),  # -o is required
    ],
)
def test_bad_input_is_one_line_and_nonzero(bundle: Path, home: Path, args: tuple[str, ...], code: int) -> None:
    done = run(home, *args)
    assert done.returncode == code
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_never_writes_inside_its_own_folder(bundle: Path, home: Path) -> None:
    before = _snapshot(bundle)
    assert run(home, "info").returncode == 0
    assert run(home, "export", "KHM", "-o", "out.pdf").returncode == 0
    assert run(home, "gui", "--smoke", QT_QPA_PLATFORM="offscreen").returncode == 0
    assert _snapshot(bundle) == before


def test_bundle_carries_only_what_the_app_uses(bundle: Path) -> None:
    internal = bundle / "_internal"
    modules = _frozen_modules()
    assert {"app", "reportlab", "platformdirs"} <= modules
    tools = {"pytest", "_pytest", "PyInstaller", "pycountry", "country_converter", "pandas", "numpy",
             "shapefile", "shapely", "tkinter", "tabulate", "click_default_group"}  # fmt: skip
    assert not tools & modules
    assert not [name for name in tools if (internal / name).exists()]
    # the database build, for `pack import` (its country facts come from the bundled database)
    assert {"db", "sqlite_utils"} <= modules
    sources = {p.name for p in (REPO / "db" / "sources").glob("*.csv")}
    assert {p.name for p in (internal / "resources" / "sources").glob("*.csv")} == sources
    assert (internal / "db" / "schema.sql").read_bytes() == (REPO / "db" / "schema.sql").read_bytes()

    qt = internal / "PySide6" / "Qt"
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert not {p.name for p in (qt / "plugins").iterdir()} - {
        "platforms", "imageformats", "iconengines", "platforminputcontexts", "platformthemes", "printsupport",
    }  # fmt: skip
    libs = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
    assert not {"libQt6Quick", "libQt6Qml", "libQt6Network", "libQt6WaylandClient", "libQt6OpenGL"} & libs

    translations = {p.stem.rsplit("_", 1)[-1] for p in (qt / "translations").glob("*.qm")}
    assert translations <= LANGUAGES
    locales = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert locales == LANGUAGES | {"root"}

    if (internal / "pypdfium2_raw").exists():  # loaded with ctypes: no DT_NEEDED points to it
        assert list((internal / "pypdfium2_raw").glob("*pdfium*.so*"))

    assert (internal / "resources" / "factsheets.sqlite").is_file()
    assert (internal / "resources" / "map" / "world.json").is_file()


def _table(database: Path, name: str) -> list[tuple]:
    conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def test_pack_import_rebuilds_the_data_in_the_binary(bundle: Path, home: Path, tmp_path: Path) -> None:
    """keygen, build, trust, import: an additions pack with one changed figure, then `show` prints it.

    The bundle has no pycountry or country_converter: the rebuilt database's countries
    come from the bundled one and must be identical.
    """
    data = {"XDG_DATA_HOME": str(tmp_path / "data")}
    copy = tmp_path / "sources"
    shutil.copytree(REPO / "db" / "sources", copy)
    figures = home / "myfigures"
    figures.mkdir()
    with (copy / "sources.csv").open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with (figures / "sources.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerow({"id": "org-registry-2026", "publisher": "Example NGO", "title": "Survivor registry 2026",
                         "url": "https://example.org/registry", "published": "2026-11", "seen": "2026-11-30",
                         "quality": "primary"})  # fmt: skip
    with (copy / "casualties.csv").open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        row = next(r for r in reader if r["iso3"] == "KHM" and r["year"] == "2017")
    assert row["total"] != "4321"
    with (figures / "casualties.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(row), lineterminator="\n")
        writer.writeheader()  # the 2017 figure, changed, from a newer edition of a new source
        writer.writerow({**row, "total": "4321", "edition": "2026", "source_id": "org-registry-2026", "locator": ""})

    before = _snapshot(bundle)
    for args in (("pack", "keygen", "-o", "org"),
                 ("pack", "build", "myfigures", "-o", "org.lfpack", "--sign", "org.key", "--publisher", "Example NGO"),
                 ("pack", "trust", "org.pub"),
                 ("pack", "import", "org.lfpack", "--yes")):  # fmt: skip
        done = run(home, *args, **data)
        assert done.returncode == 0, f"{args}: {done.stderr}"
    assert "KHM    casualties       +1 ~1 -0" in done.stdout
    assert "countries" not in done.stdout  # nothing changed there

    shown = run(home, "show", "KHM", **data)
    assert shown.returncode == 0, shown.stderr
    assert "2017: 4,321" in shown.stdout  # the revised figure, in the figures drawn (newer years lead)
    assert "+ myfigures 1" in run(home, "info", **data).stdout

    [imported] = (tmp_path / "data" / "landmine-factsheets" / "states").glob("*/factsheets.sqlite")
    bundled = bundle / "_internal" / "resources" / "factsheets.sqlite"
    assert _table(imported, "countries") == _table(bundled, "countries")
    assert _snapshot(bundle) == before


def test_a_country_the_bundled_data_lacks_is_one_line(bundle: Path, home: Path, tmp_path: Path) -> None:
    data = {"XDG_DATA_HOME": str(tmp_path / "data")}
    release = home / "release"
    shutil.copytree(REPO / "db" / "sources", release)
    countries = release / "countries.csv"
    line = len(countries.read_text(encoding="utf-8").splitlines()) + 1
    with countries.open("a", encoding="utf-8") as handle:
        handle.write("XYZ,other_area,Nowhere Land,un-member-states\n")
    rows = csv.DictReader((release / "dataset.csv").read_text(encoding="utf-8").splitlines())
    version = next(r["value"] for r in rows if r["key"] == "version")
    done = run(home, "pack", "build", "release", "-o", "release.lfpack", "--updates", version, **data)
    assert done.returncode == 0, done.stderr
    done = run(home, "pack", "import", "release.lfpack", "--allow-unsigned", "--yes", **data)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    expected = f"countries.csv line {line}, iso3: 'XYZ' is not one of the countries this app was shipped with"
    assert expected in done.stderr
    assert not (tmp_path / "data" / "landmine-factsheets" / "active").exists()


def test_archive_holds_bundle_installer_guide_and_licences(bundle: Path) -> None:
    top = f"landmine-factsheets-{_version()}"
    with tarfile.open(ARCHIVE) as tar:
        names = set(tar.getnames())
    for member in ("install.sh", "uninstall.sh", "FIELD-GUIDE.md", "landmine-factsheets.desktop",
                   "icons/landmine-factsheets.svg", "icons/landmine-factsheets-256.png",
                   "licenses/README.txt", "licenses/resources-map-LICENSE-naturalearth.txt",
                   "licenses/Qt-PySide6-NOTICE.txt", "landmine-factsheets/factsheets"):  # fmt: skip
        assert f"{top}/{member}" in names, member
    assert any(name.startswith(f"{top}/licenses/resources-fonts-") for name in names)


def test_install_and_uninstall_in_a_home_folder(bundle: Path, tmp_path: Path) -> None:
    with tarfile.open(ARCHIVE) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = next((tmp_path / "unpacked").iterdir())
    home = tmp_path / "user"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    opt = home / ".local" / "opt" / "landmine-factsheets"
    link = home / ".local" / "bin" / "factsheets"
    desktop = home / ".local" / "share" / "applications" / "landmine-factsheets.desktop"
    icon = home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "landmine-factsheets.png"
    assert link.is_symlink() and icon.is_file()
    assert f'Exec="{opt}/factsheets" gui' in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    version = subprocess.run([str(link), "--version"], env=env, capture_output=True, text=True)
    assert version.stdout.strip() == f"factsheets {_version()}"

    done = subprocess.run(["sh", str(opt / "uninstall.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not opt.exists() and not link.exists() and not desktop.exists() and not icon.exists()
