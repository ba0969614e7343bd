"""models/fact.py mirrors ../shared/CONTRACT.md: every field in its table exists, with the same enum values."""

import re
from typing import get_args

import pytest

from models.fact import Fact, FactType, HashrateKind, LoanEvent, Qualifier, Unit
from tests.conftest import ROOT

CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"


@pytest.fixture(scope="module")
def table():
    if not CONTRACT.exists():
        pytest.skip("shared/CONTRACT.md not present")
    rows = re.findall(r"^\| `(\w+)` \| (.+?) \|", CONTRACT.read_text(), re.M)
    return dict(rows)


def test_every_contract_field_exists(table):
    assert set(table) <= set(Fact.model_fields)


@pytest.mark.parametrize("field,literal", [("type", FactType), ("unit", Unit), ("qualifier", Qualifier),
                                           ("hashrate_kind", HashrateKind), ("loan_event", LoanEvent)])
def test_enum_values_match(table, field, literal):
    in_contract = set(re.findall(r"`(\w[\w/]*)`", table[field]))
    assert in_contract == set(get_args(literal))


def test_layers_run_one_way():
    for path in [*(ROOT / "extractors").glob("*.py"), *(ROOT / "models").glob("*.py")]:
        src = path.read_text()
        assert not re.search(r"^\s*(from|import) flows\b", src, re.M), path
        assert "duckdb" not in src and "prefect" not in src and "httpx" not in src, path


def test_every_flag_is_documented():
    from models.fact import FLAGS

    doc = (ROOT / "docs/flags.md").read_text()
    headings = {line[3:].strip() for line in doc.splitlines() if line.startswith("## ")}
    assert set(FLAGS) <= headings, set(FLAGS) - headings
