"""PDF fact sheets (reportlab) and the accessible HTML sheet (``html``, no reportlab); never imports Qt."""

try:
    from reportlab import rl_config
except ImportError:  # app.factsheet.html renders without reportlab
    rl_config = None
else:
    # reportlab.graphics validates every attribute set on a shape (a development aid);
    # a locator map sets ~100,000 of them per sheet. The switch is read when
    # reportlab.graphics.shapes is first imported, so it is set here, before any sheet code.
    rl_config.shapeChecking = 0
