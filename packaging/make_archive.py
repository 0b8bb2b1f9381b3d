"""Stage the release folder beside the bundle and pack it (called by build.sh).

    python packaging/make_archive.py --version 0.1.0 --bundle dist/landmine-factsheets --out dist

Writes ``dist/landmine-factsheets-<version>-<os>-<arch>.tar.gz`` (``.zip`` on
Windows) holding one folder ``landmine-factsheets-<version>/``::

    landmine-factsheets/           the PyInstaller bundle (run ./factsheets)
    install.sh, uninstall.sh       per-user install under ~/.local (Linux)
    landmine-factsheets.desktop    menu entry (install.sh fills in the path)
    icons/                         SVG + PNG icons
    FIELD-GUIDE.md                 install, run, export, print
    licenses/                      licences of the app, its data, fonts and every bundled component

Runs with the build venv's Python, which holds exactly the bundled distributions,
so their licence files are read from their installed metadata. The archive is
reproducible: sorted entries, fixed owner, mtime from SOURCE_DATE_EPOCH or the
last commit.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "landmine-factsheets"
LICENSE_NAME = re.compile(r"licen[cs]e|copying|notice|authors|copyright", re.IGNORECASE)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def runtime_distributions() -> list[metadata.Distribution]:
    """The project's runtime requirements and theirs, as installed in this venv."""
    import tomllib

    from packaging.requirements import Requirement  # PyInstaller depends on packaging

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    queue = [Requirement(r) for r in project["dependencies"]]
    found: dict[str, metadata.Distribution] = {}
    while queue:
        req = queue.pop()
        if req.marker and not req.marker.evaluate({"extra": ""}):
            continue
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key in found:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = dist
        queue += [Requirement(r) for r in dist.requires or []]
    # The PyInstaller bootloader is part of the executable (GPL with a linking exception).
    found["pyinstaller"] = metadata.distribution("pyinstaller")
    return sorted(found.values(), key=lambda d: d.metadata["Name"].lower())


QT_NOTICE = """\
Qt {qt} and PySide6 {qt} (Qt for Python) are used under the GNU Lesser General
Public License v3 (LGPL-3.txt, which adds to GPL-3.txt). They are the unmodified
shared libraries from the PySide6-Essentials and shiboken6 wheels on PyPI, in
landmine-factsheets/_internal/PySide6/ and _internal/shiboken6/: you may replace
them with your own build of the same version. Source code: https://code.qt.io
and https://download.qt.io/official_releases/QtForPython/. Qt links the ICU
libraries (libicu*.so.*), Unicode licence: see ICU-copyright.txt if present.
"""


def _copy_first(candidates: list[Path], target: Path) -> bool:
    for candidate in candidates:
        if candidate.is_file():
            shutil.copy2(candidate, target)
            return True
    return False


def _debian_package(path: Path) -> str | None:
    """The Debian package that installed this file, if any (dpkg -S on its real path)."""
    if not shutil.which("dpkg"):
        return None
    real = path.resolve()
    for candidate in {real, Path(str(real).replace("/usr/lib/", "/lib/", 1))}:
        done = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0]
    return None


def collect_licenses(manifest: Path | None, dest: Path) -> None:
    dest.mkdir(parents=True)
    lines = ["Components inside landmine-factsheets/ and their licences", ""]

    app_license = ROOT / "LICENSE"
    if app_license.is_file():
        shutil.copy2(app_license, dest / "landmine-factsheets-LICENSE.txt")
    lines.append("landmine-factsheets: MIT (the app's own code and its icon)")

    # Data and fonts: every licence file shipped under resources/.
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and LICENSE_NAME.search(path.name):
            rel = path.relative_to(ROOT / "resources")
            name = "resources-" + "-".join(rel.parts)
            shutil.copy2(path, dest / name)
            lines.append(f"resources/{rel.as_posix()}: {name}")

    # Python itself.
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    _copy_first([stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"], dest / "Python-LICENSE.txt")
    lines.append(f"Python {platform.python_version()}: PSF License (Python-LICENSE.txt)")

    # Python distributions, from their installed metadata.
    for dist in runtime_distributions():
        name, version = dist.metadata["Name"], dist.version
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or "see files"
        licence = licence.splitlines()[0][:80]
        copied = 0
        for file in dist.files or []:
            parts = file.parts
            if parts[0].endswith(".dist-info") and (LICENSE_NAME.search(file.name) or "licenses" in parts):
                src = Path(file.locate())
                if src.is_file():
                    shutil.copy2(src, dest / f"{name}-{'-'.join(parts[1:])}")
                    copied += 1
        lines.append(f"{name} {version}: {licence}" + (f" ({name}-*)" if copied else ""))

    # The Qt wheels carry no licence text: the LGPL/GPL texts and a notice.
    qt = metadata.version("PySide6-Essentials")
    shutil.copy2(PACKAGING / "licenses" / "LGPL-3.txt", dest / "LGPL-3.txt")
    shutil.copy2(PACKAGING / "licenses" / "GPL-3.txt", dest / "GPL-3.txt")
    _copy_first(sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright")), dest / "ICU-copyright.txt")
    (dest / "Qt-PySide6-NOTICE.txt").write_text(QT_NOTICE.format(qt=qt), encoding="utf-8")
    lines.append(f"Qt and PySide6 {qt}: LGPL-3.0 (Qt-PySide6-NOTICE.txt, LGPL-3.txt, GPL-3.txt)")

    # Shared libraries PyInstaller took from the build machine: their Debian copyright files.
    if manifest and manifest.is_file():
        seen: set[str] = set()
        for bundled, source in json.loads(manifest.read_text(encoding="utf-8")):
            if "/site-packages/" in source:
                continue  # came with a wheel: covered above
            package = _debian_package(Path(source))
            if package is None or package in seen:
                continue
            seen.add(package)
            if _copy_first([Path("/usr/share/doc") / package / "copyright"], dest / f"debian-{package}-copyright.txt"):
                lines.append(f"{Path(bundled).name}: Debian package {package} (debian-{package}-copyright.txt)")
    (dest / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def stage(bundle: Path, version: str, staging: Path, manifest: Path | None) -> Path:
    top = staging / f"{APP_ID}-{version}"
    if top.exists():
        shutil.rmtree(top)
    top.mkdir(parents=True)
    shutil.copytree(bundle, top / APP_ID, symlinks=True)
    names = ["FIELD-GUIDE.md"]
    if sys.platform.startswith("linux"):  # the per-user installer and menu entry are for Linux desktops
        names += ["install.sh", "uninstall.sh", f"{APP_ID}.desktop"]
    for name in names:
        shutil.copy2(PACKAGING / name, top / name)
    (top / "icons").mkdir()
    for icon in sorted((PACKAGING / "icons").iterdir()):
        if icon.suffix in (".svg", ".png"):
            shutil.copy2(icon, top / "icons" / icon.name)
    collect_licenses(manifest, top / "licenses")
    return top


def source_date_epoch() -> int:
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
        return int(out.stdout.strip())
    except (OSError, ValueError):
        return 0


def pack(top: Path, out_dir: Path, version: str) -> Path:
    mtime = source_date_epoch()
    base = out_dir / f"{APP_ID}-{version}-{platform_tag()}"
    paths = sorted(top.rglob("*"))
    if sys.platform == "win32":
        archive = base.with_suffix(".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in paths:
                zf.write(path, path.relative_to(top.parent).as_posix())
        return archive

    archive = Path(f"{base}.tar.gz")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    with (
        open(archive, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=mtime) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(top, top.name, recursive=False, filter=normalise)
        for path in paths:
            tar.add(path, path.relative_to(top.parent).as_posix(), recursive=False, filter=normalise)
    return archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", required=True)
    parser.add_argument("--bundle", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--staging", type=Path, default=ROOT / "build" / "release")
    parser.add_argument(
        "--manifest",
        type=Path,
        default=ROOT / "build" / "pyinstaller" / "factsheets" / "bundled-binaries.json",
        help="written by factsheets.spec: where each bundled binary came from",
    )
    args = parser.parse_args()
    top = stage(args.bundle, args.version, args.staging, args.manifest)
    archive = pack(top, args.out, args.version)
    print(f"make_archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
