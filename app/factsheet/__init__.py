"""PDF fact sheets: pure Python and reportlab, never imports Qt."""
