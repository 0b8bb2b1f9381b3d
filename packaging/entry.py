"""Entry point of the frozen ``factsheets`` executable: the same as ``python -m app``."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # Batch export runs worker processes; with the "spawn" start method (Windows,
    # macOS) a frozen worker re-runs this executable, and this hands it its task.
    multiprocessing.freeze_support()
    sys.exit(main())
