"""The Qt-free layer that words facts for every view: window, sheet and command line."""
