"""Data layer: pure Python, never imports Qt or reportlab."""
