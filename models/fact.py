"""The one shape of a fact (mirrors ../shared/CONTRACT.md; tests/test_contract.py keeps them in step).

A fact as `minerwire extract` prints it:

    {"type": "btc_mined", "company": "Cango", "ticker": "CANG", "value": 650.5, "unit": "BTC",
     "period_start": "2025-07-01", "period_end": "2025-07-31", "qualifier": null, ...,
     "evidence": {"start": 312, "end": 365, "sentence": "Cango produced 650.5 Bitcoin (BTC) in July, ..."},
     "extractor": "btc_mined.verb_amount@1"}
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_serializer

FactType = Literal["btc_mined", "btc_sold", "btc_held", "hashrate", "loan"]
Unit = Literal["BTC", "EH/s", "USD"]
Qualifier = Literal["approximate", "at_least", "at_most"]
HashrateKind = Literal["operational", "installed", "energized", "average", "target", "deployed", "capacity"]
LoanEvent = Literal["borrowed", "repaid", "outstanding", "collateral_posted", "facility"]

# Reasons a reviewer should look. A closed set: each is documented in docs/flags.md.
Flag = Literal[
    "company_inferred",  # no company named in the sentence; taken from context (issuer, earlier sentence)
    "company_ambiguous",  # several registry companies compete for the figure
    "period_inferred",  # no period in the sentence; taken from context or the publication date
    "no_year",  # the text names a month or quarter without a year; the year was inferred
    "no_published_date",  # relative dates could not be anchored: the document has no publication date
    "kind_inferred",  # the fact type was taken from the story's lead, not from a cue word in the sentence
    "value_range",  # the text gives a range; value is its upper bound
    "unit_inferred",  # the unit was not next to the number (an elliptical figure borrows the lead figure's)
    "direction_unclear",  # loan event or sale direction not stated plainly
    "conflicting_repeat",  # the same company/type/period has different values in this document
    "low_confidence",  # the rule matched weak cues only
]

FACT_TYPES: tuple[FactType, ...] = get_args(FactType)
FLAGS: tuple[str, ...] = get_args(Flag)
UNIT_OF: dict[str, Unit] = {"btc_mined": "BTC", "btc_sold": "BTC", "btc_held": "BTC", "hashrate": "EH/s", "loan": "USD"}


class Evidence(BaseModel):
    """Where the fact stands: character offsets into the document text, and that sentence."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str


class Figure(BaseModel):
    """The figure itself inside the evidence sentence (an addition to the contract: it tells facts that
    share a sentence apart, and is what a reviewer sees highlighted)."""

    model_config = ConfigDict(frozen=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Fact(BaseModel):
    """One extracted fact, exactly the CONTRACT.md fields."""

    model_config = ConfigDict(frozen=True)
    type: FactType
    company: str
    ticker: str | None
    value: float | None
    unit: Unit
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    qualifier: Qualifier | None = None
    hashrate_kind: HashrateKind | None = None
    proceeds_usd: float | None = None
    loan_event: LoanEvent | None = None
    collateral_btc: float | None = None
    lender: str | None = None
    confidence: float = Field(ge=0, le=1)
    flags: tuple[Flag, ...] = ()
    evidence: Evidence
    extractor: str
    figure: Figure | None = None

    @field_serializer("period_start", "period_end")
    def _iso(self, d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    def to_json_dict(self) -> dict:
        """The contract's JSON object (dates as YYYY-MM-DD, flags as a list)."""
        d = self.model_dump(mode="json")
        d["flags"] = list(self.flags)
        return d
