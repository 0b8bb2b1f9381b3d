#!/bin/sh
# Install Landmine Fact Sheets for the current user (no root, no network needed):
#   ~/.local/opt/landmine-factsheets/        the program
#   ~/.local/bin/factsheets                  command (symbolic link)
#   ~/.local/share/applications/landmine-factsheets.desktop   menu entry
#   ~/.local/share/icons/hicolor/*/apps/landmine-factsheets.* icons
# Run it from the unpacked archive:  sh install.sh
# Running it again upgrades in place; settings are kept.
set -eu

APP_ID=landmine-factsheets
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
OPT_DIR=$HOME/.local/opt/$APP_ID
BIN_DIR=$HOME/.local/bin
APPS_DIR=$DATA_HOME/applications
ICON_DIR=$DATA_HOME/icons/hicolor

fail() { echo "install.sh: $*" >&2; exit 1; }

[ -x "$HERE/$APP_ID/factsheets" ] || fail "run me from the unpacked archive (no $APP_ID/factsheets beside me)"
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) fail "this build is for Linux x86_64, not $(uname -s) $(uname -m)" ;;
esac

# Copy next to the old install, then swap: an interrupted install leaves the old one working.
mkdir -p "$(dirname "$OPT_DIR")" "$BIN_DIR" "$APPS_DIR"
rm -rf "$OPT_DIR.new" "$OPT_DIR.old"
cp -R "$HERE/$APP_ID" "$OPT_DIR.new"
cp "$HERE/uninstall.sh" "$HERE/FIELD-GUIDE.md" "$OPT_DIR.new/"
cp -R "$HERE/licenses" "$OPT_DIR.new/licenses"
"$OPT_DIR.new/factsheets" --version >/dev/null 2>&1 || {
    rm -rf "$OPT_DIR.new"
    fail "the program does not start on this machine; nothing was changed (see FIELD-GUIDE.md, Problems)"
}
if [ -e "$OPT_DIR" ]; then mv "$OPT_DIR" "$OPT_DIR.old"; fi
mv "$OPT_DIR.new" "$OPT_DIR"
rm -rf "$OPT_DIR.old"

ln -sfn "$OPT_DIR/factsheets" "$BIN_DIR/factsheets"

sed -e "s|^Exec=factsheets|Exec=\"$OPT_DIR/factsheets\"|" \
    -e "s|^TryExec=factsheets|TryExec=$OPT_DIR/factsheets|" \
    "$HERE/$APP_ID.desktop" > "$APPS_DIR/$APP_ID.desktop"
chmod 644 "$APPS_DIR/$APP_ID.desktop"

mkdir -p "$ICON_DIR/scalable/apps"
cp "$HERE/icons/$APP_ID.svg" "$ICON_DIR/scalable/apps/$APP_ID.svg"
for png in "$HERE"/icons/"$APP_ID"-*.png; do
    size=${png##*-}
    size=${size%.png}
    mkdir -p "$ICON_DIR/${size}x${size}/apps"
    cp "$png" "$ICON_DIR/${size}x${size}/apps/$APP_ID.png"
done

# Menus pick up the new entry and icons at once where these tools exist.
touch "$ICON_DIR" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICON_DIR" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS_DIR" 2>/dev/null || true

echo "Installed $("$OPT_DIR/factsheets" --version) in $OPT_DIR"
echo "Start it from the applications menu (Landmine Fact Sheets), or run: factsheets"
case ":$PATH:" in
    *":$BIN_DIR:"*) ;;
    *) echo "Note: $BIN_DIR is not on your PATH; log out and in again, or run $BIN_DIR/factsheets" ;;
esac
