"""Runtime settings from the environment (MINERWIRE_*); defaults live here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    db_path: Path
    user_agent: str
    timeout_s: float
    host_delay_s: float
    max_bytes: int
    cron: str
    retry_delays_s: list[float]

    @property
    def data_dir(self) -> Path:
        return self.db_path.parent

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"


def load_settings(db: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from MINERWIRE_* variables; `db` overrides MINERWIRE_DB."""
    env = os.environ
    return Settings(
        db_path=Path(db or env.get("MINERWIRE_DB") or PROJECT_DIR / "data" / "minerwire.duckdb"),
        user_agent=env.get("MINERWIRE_USER_AGENT",
                           "minerwire/0.1 (+https://github.com/minerwire/minerwire; contact: ops@minerwire.example)"),
        timeout_s=float(env.get("MINERWIRE_TIMEOUT_S", "20")),
        host_delay_s=float(env.get("MINERWIRE_HOST_DELAY_S", "1.0")),
        max_bytes=int(env.get("MINERWIRE_MAX_BYTES", str(10 * 1024 * 1024))),
        cron=env.get("MINERWIRE_CRON", "*/15 * * * *"),
        retry_delays_s=[float(x) for x in env.get("MINERWIRE_RETRY_DELAYS_S", "2,8").split(",") if x.strip()],
    )
