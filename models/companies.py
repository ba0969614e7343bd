"""The company registry (models/companies.toml): canonical names, tickers, aliases, non-miners."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

REGISTRY_PATH = Path(__file__).with_name("companies.toml")


@dataclass(frozen=True)
class Company:
    canonical: str
    ticker: str | None
    aliases: tuple[str, ...]
    fiscal_year_end: int = 12  # month number
    # names that are also common words ("Core"): read only in a text that names the company in full too
    short: tuple[str, ...] = ()


@dataclass(frozen=True)
class Registry:
    companies: tuple[Company, ...]
    non_miners: tuple[str, ...]

    def by_name(self, name: str) -> Company | None:
        """Look a company up by canonical name, alias or ticker (case and punctuation ignored)."""
        key = norm_name(name)
        for c in self.companies:
            if key in {norm_name(n) for n in (c.canonical, c.ticker or "", *c.aliases)}:
                return c
        return None

    def names(self) -> list[tuple[str, Company]]:
        """Every surface name of every company, longest first."""
        pairs = [(n, c) for c in self.companies for n in {c.canonical, *c.aliases} if n]
        pairs += [(c.ticker, c) for c in self.companies if c.ticker]
        return sorted(pairs, key=lambda p: -len(p[0]))


def norm_name(name: str) -> str:
    """'Hut 8 Corp.' -> 'hut8corp': the contract's 'ignoring case and punctuation'."""
    return re.sub(r"[\W_]+", "", name).lower()


class RegistryError(ValueError):
    """The registry file is malformed."""


def load_registry(path: Path | str | None = None) -> Registry:
    """Read and validate a registry TOML file (default: the shipped one)."""
    if path is None:
        return _default_registry()
    return _parse(Path(path))


@lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return _parse(REGISTRY_PATH)


def _parse(path: Path) -> Registry:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    companies = []
    for i, row in enumerate(data.get("company", [])):
        if not isinstance(row.get("canonical"), str) or not row["canonical"].strip():
            raise RegistryError(f"{path}: company #{i + 1} has no canonical name")
        fy_end = row.get("fiscal_year_end", 12)
        if not isinstance(fy_end, int) or not 1 <= fy_end <= 12:
            raise RegistryError(f"{path}: {row['canonical']}: fiscal_year_end must be a month number 1-12")
        companies.append(Company(row["canonical"], row.get("ticker"), tuple(row.get("aliases", [])), fy_end,
                                 tuple(row.get("short", []))))
    non_miners = tuple(n for row in data.get("non_miner", []) for n in row.get("names", []))
    return Registry(tuple(companies), non_miners)
