"""PDF fact sheets: pure Python and reportlab, never imports Qt."""

from reportlab import rl_config

# reportlab.graphics validates every attribute set on a shape (a development aid);
# a locator map sets ~100,000 of them per sheet. The switch is read when
# reportlab.graphics.shapes is first imported, so it is set here, before any sheet code.
rl_config.shapeChecking = 0
