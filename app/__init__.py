"""Landmine Fact Sheets: offline treaty and casualty fact sheets."""

__version__ = "0.1.0"
