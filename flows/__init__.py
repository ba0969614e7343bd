"""Everything with side effects: fetching, parsing pages, storing, Prefect flows and the CLI."""

import os
from pathlib import Path

# Prefect reads these at import: keep its state inside the project and its analytics off.
_PROJECT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_HOME", str(_PROJECT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
