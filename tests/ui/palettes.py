"""Reference palettes for the window's contrast test and screenshots: light and dark
desktop themes as Qt receives them (roles and values of Fusion, Breeze Dark, Windows 11)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def dark_palette():
    """A dark palette as a dark desktop theme gives it (Fusion's roles, dark values)."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colors = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1e1e1e",
        role.AlternateBase: "#262626", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#f0f0f0",
        role.Text: "#e6e6e6", role.Button: "#353535", role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b", role.Link: "#7ab8ff", role.LinkVisited: "#c39bff",
        role.Highlight: "#3d7fd9", role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#a0a0a0", role.Light: "#4a4a4a", role.Midlight: "#3c3c3c",
        role.Mid: "#2f2f2f", role.Dark: "#191919", role.Shadow: "#000000",
    }  # fmt: skip
    for r, value in colors.items():
        palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#8a8a8a"))
    return palette



def breeze_dark_palette():
    """KDE's Breeze Dark: white text on its #3daee9 selection is 2.4:1."""
    role = QPalette.ColorRole
    palette = dark_palette()
    for r, value in {role.Window: "#202326", role.WindowText: "#fcfcfc", role.Base: "#141618",
                     role.AlternateBase: "#1d1f22", role.Text: "#fcfcfc", role.Button: "#292c30",
                     role.ButtonText: "#fcfcfc", role.Highlight: "#3daee9",
                     role.HighlightedText: "#fcfcfc", role.PlaceholderText: "#a1a9b1"}.items():
        palette.setColor(r, QColor(value))
    return palette


def windows_light_palette():
    """Windows 11's light theme as Qt reads it."""
    role = QPalette.ColorRole
    palette = QPalette()
    for r, value in {role.Window: "#f3f3f3", role.WindowText: "#000000", role.Base: "#ffffff",
                     role.AlternateBase: "#f5f5f5", role.Text: "#000000", role.Button: "#fdfdfd",
                     role.ButtonText: "#000000", role.Highlight: "#0078d4",
                     role.HighlightedText: "#ffffff"}.items():
        palette.setColor(r, QColor(value))
    return palette
