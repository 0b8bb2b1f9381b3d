#!/usr/bin/env bash
# Build the packaged app from a clean checkout:
#   dist/landmine-factsheets/factsheets                        (one-folder bundle)
#   dist/landmine-factsheets-<version>-<os>-<arch>.tar.gz       (bundle + installer + guide + licences)
#
# Needs only Python 3.11+ (with venv) and network access to PyPI the first time.
# Everything else goes into a build venv of its own, build/venv, reused while
# pyproject.toml and packaging/constraints.txt are unchanged.
#
# Environment:
#   PYTHON                  interpreter that creates the build venv (default: python3)
#   FACTSHEETS_BUILD_VENV   use this existing venv instead (nothing is installed into it;
#                           it must already have the runtime deps and PyInstaller)
#   FACTSHEETS_SKIP_ARCHIVE=1  stop after the bundle (no tar.gz)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
started=$(date +%s)

say() { printf 'build.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' app/__init__.py)
[ -n "$VERSION" ] || die "no __version__ in app/__init__.py"

# -- build venv ---------------------------------------------------------------
if [ -n "${FACTSHEETS_BUILD_VENV:-}" ]; then
    VENV=$FACTSHEETS_BUILD_VENV
    PY=$VENV/bin/python
    [ -x "$PY" ] || die "FACTSHEETS_BUILD_VENV=$VENV has no bin/python"
    "$PY" -c 'import PyInstaller, PySide6.QtWidgets, reportlab, babel, platformdirs, sqlite_utils' 2>/dev/null \
        || die "$VENV lacks the runtime deps or PyInstaller (pip install -e '.[package]')"
else
    VENV=build/venv
    PY=$VENV/bin/python
    BASE_PYTHON=${PYTHON:-python3}
    "$BASE_PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || die "$BASE_PYTHON is older than Python 3.11"
    # Runtime deps and PyInstaller, straight from pyproject.toml (the app itself is
    # analysed from the checkout, not installed).
    mkdir -p build
    "$BASE_PYTHON" - > build/requirements.txt <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["package"]))
EOF
    stamp=$(cat build/requirements.txt packaging/constraints.txt | sha256sum | cut -c1-16)
    if [ ! -x "$PY" ] || [ "$(cat "$VENV/.stamp" 2>/dev/null)" != "$stamp" ]; then
        say "creating build venv in $VENV"
        rm -rf "$VENV"
        "$BASE_PYTHON" -m venv "$VENV"
        "$PY" -m pip install --quiet --upgrade pip
        "$PY" -m pip install --quiet -r build/requirements.txt -c packaging/constraints.txt
        echo "$stamp" > "$VENV/.stamp"
    fi
fi

# -- the database ---------------------------------------------------------------
# A checkout normally carries resources/factsheets.sqlite; if not, build it from
# db/sources with the build-only tools (they stay in the venv, never in the bundle).
if [ ! -f resources/factsheets.sqlite ]; then
    say "resources/factsheets.sqlite missing: building it with python -m db.build"
    if [ -z "${FACTSHEETS_BUILD_VENV:-}" ]; then
        "$BASE_PYTHON" - > build/requirements-db.txt <<'EOF'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["build"]))
EOF
        "$PY" -m pip install --quiet -r build/requirements-db.txt -c packaging/constraints.txt
    fi
    "$PY" -m db.build || die "the database build failed (see above); fix db/sources first"
fi

# -- the bundle -------------------------------------------------------------------
say "PyInstaller ($("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)'))"
rm -rf dist/landmine-factsheets
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/factsheets.spec

BUNDLE=dist/landmine-factsheets
[ -x "$BUNDLE/factsheets" ] || die "no executable at $BUNDLE/factsheets"

# On Linux the xcb platform plugin needs the libxcb-* helpers; they are bundled
# only if this machine has them. Say so rather than ship a bundle that needs them.
if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null; then
    missing=$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$BUNDLE"/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
        | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
    if [ -n "$missing" ]; then
        say "WARNING: not bundled (not installed here), the desktop will need them: $missing"
        say "         install them before building: see packaging/README.md"
    fi
fi

# The oldest glibc the bundle runs on is the newest symbol version any bundled file asks for
# (the libraries PyInstaller copies from this machine set it): build on the oldest distro you support.
if command -v objdump >/dev/null; then
    glibc=$(find "$BUNDLE" -type f \( -name '*.so*' -o -name factsheets \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1 | cut -d_ -f2 || true)
    say "the bundle needs glibc >= ${glibc:-?} on the target machine"
fi

# A first run in a clean environment: proves the bundle starts without Python.
env -i HOME="$(mktemp -d)" PATH=/usr/bin:/bin "$BUNDLE/factsheets" --version >/dev/null \
    || die "the bundle does not start: $BUNDLE/factsheets --version failed"

if [ "${FACTSHEETS_SKIP_ARCHIVE:-}" != 1 ]; then
    "$PY" packaging/make_archive.py --version "$VERSION" --bundle "$BUNDLE" --out dist
fi

say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), built in $(( $(date +%s) - started )) s"
