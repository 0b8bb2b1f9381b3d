#!/bin/sh
# Remove Landmine Fact Sheets installed by install.sh for the current user.
#   sh uninstall.sh           remove the program, command, menu entry and icons
#   sh uninstall.sh --purge   also remove its settings (~/.config/landmine-factsheets)
# Fact sheets you exported (PDF files) are never touched.
set -eu

APP_ID=landmine-factsheets
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
CACHE_HOME=${XDG_CACHE_HOME:-$HOME/.cache}
OPT_DIR=$HOME/.local/opt/$APP_ID
LINK=$HOME/.local/bin/factsheets
ICON_DIR=$DATA_HOME/icons/hicolor

purge=no
case "${1:-}" in
    --purge) purge=yes ;;
    "") ;;
    *) echo "usage: sh uninstall.sh [--purge]" >&2; exit 2 ;;
esac

# Only remove the command if it is our link (someone may have another "factsheets").
if [ -L "$LINK" ] && [ "$(readlink "$LINK")" = "$OPT_DIR/factsheets" ]; then
    rm -f "$LINK"
fi
rm -f "$DATA_HOME/applications/$APP_ID.desktop"
rm -f "$ICON_DIR/scalable/apps/$APP_ID.svg" "$ICON_DIR"/*/apps/"$APP_ID".png
rm -rf "$OPT_DIR" "$OPT_DIR.new" "$OPT_DIR.old"
if [ "$purge" = yes ]; then
    rm -rf "$CONFIG_HOME/$APP_ID" "$DATA_HOME/$APP_ID" "$CACHE_HOME/$APP_ID"
fi

touch "$ICON_DIR" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICON_DIR" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true

echo "Landmine Fact Sheets removed.$( [ "$purge" = yes ] && echo ' Settings removed too.' || echo ' Settings kept (use --purge to remove them).')"
