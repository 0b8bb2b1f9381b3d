"""``python -m app`` is the ``factsheets`` command."""

import sys

from app.cli import main

sys.exit(main())
