#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine with Python 3.11+:
#   bash tools/dev.sh app    set up .venv, then open the app
#                            (with no display: export a sample fact sheet instead)
#   bash tools/dev.sh test   set up .venv, then run the whole test suite, including the
#                            slow one that builds and runs the packaged binary
#                            (bash tools/dev.sh test -m "not slow" skips it)
#   bash tools/dev.sh bench  set up .venv, then run the benchmarks
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

# Qt's offscreen and xcb platforms need a few shared libraries that minimal
# Debian/Ubuntu images lack. Install them only when missing, and only as root.
system_packages() {
    local wanted=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
                  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
                  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
                  poppler-utils xvfb xauth binutils)
    local missing=()
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
            echo "Installing system libraries for Qt: ${missing[*]}"
            apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "Note: missing system packages (install with sudo apt-get install): ${missing[*]}" >&2
        fi
    fi
}

python_env() {
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || { echo "Python 3.11 or newer is needed (found $("$PYTHON" --version))." >&2; exit 1; }
    [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
    # pip takes 8-11 s even with nothing to do: skip it while pyproject.toml is the one the
    # venv was last installed from (its hash, with the venv's Python, sits in a stamp file).
    local stamp="$VENV/.factsheets-installed" wanted
    wanted=$("$VENV/bin/python" -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest(), sys.version.split()[0])')
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x "$VENV/bin/factsheets" ]; then
        return  # delete the stamp file to force a reinstall
    fi
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[dev]"
    printf '%s\n' "$wanted" > "$stamp"
}

case "${1:-}" in
    app)
        system_packages
        python_env
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            exec "$VENV/bin/factsheets" "${@:2}"
        fi
        mkdir -p factsheets-out
        "$VENV/bin/factsheets" export KHM -o factsheets-out/ --force
        echo "No display found: wrote a sample fact sheet to factsheets-out/."
        ;;
    test)
        system_packages
        python_env
        "$VENV/bin/ruff" check .
        # pytest exits 5 when it collected no tests: that is a failure here, not a pass.
        set +e
        # pyproject's addopts deselect the slow tests for quick local runs; the
        # suite as CI and the README run it includes them. A later -m wins.
        "$VENV/bin/python" -m pytest -m "slow or not slow" "${@:2}"
        status=$?
        set -e
        if [ $status -eq 5 ]; then
            echo "pytest collected no tests: failing." >&2
            exit 1
        fi
        exit $status
        ;;
    bench)
        system_packages
        python_env
        exec "$VENV/bin/python" -m tests.bench "${@:2}"
        ;;
    *)
        echo "usage: bash tools/dev.sh app|test|bench [args...]" >&2
        exit 2
        ;;
esac
