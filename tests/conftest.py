import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ["MINERWIRE_HOST_DELAY_S"] = "0"
os.environ["MINERWIRE_BACKOFF_BASE_S"] = "0.01"  # retries keep their count, not their real waits
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def http_fixtures():
    """The recorded web (fixtures/http) on 127.0.0.1; yields its base URL."""
    from flows.fixture_server import FixtureServer

    with FixtureServer() as base:
        os.environ["FIXTURE_BASE"] = base
        yield base


@pytest.fixture(scope="session")
def prefect():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness():
        yield
