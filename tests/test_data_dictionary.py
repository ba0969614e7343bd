"""docs/data_dictionary.md documents every table, view and column of a freshly migrated database, with DuckDB's types.

The database is built the way production builds it (flows.store.connect migrates and creates the views; reconcile
fills the derived tables), and compared with the dictionary's `## name` sections and their
`| column | type | meaning |` tables. Add a column in a migration, or a view, and this fails until the dictionary
says what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DICTIONARY = ROOT / "docs" / "data_dictionary.md"
DOC = "docs/data_dictionary.md"
HEADER = ("column", "type", "meaning")

_SECTION = re.compile(r"^##\s+(.+?)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


# -- the database ---------------------------------------------------------------------------------------------------
@dataclass
class Relation:
    kind: str  # "table" or "view"
    columns: dict[str, str]  # name -> DuckDB data_type, in column order


def database_schema(con) -> dict[str, Relation]:  # noqa: ANN001
    """Every non-internal table and view of the connection's database, with its columns and their types."""
    rels = {name: Relation("table", {}) for (name,) in con.execute(
        "select table_name from duckdb_tables() where not internal order by table_name").fetchall()}
    rels |= {name: Relation("view", {}) for (name,) in con.execute(
        "select view_name from duckdb_views() where not internal order by view_name").fetchall()}
    for name, column, dtype in con.execute(
            "select table_name, column_name, data_type from duckdb_columns() where not internal "
            "order by table_name, column_index").fetchall():
        if name in rels:
            rels[name].columns[column] = dtype
    return rels


def build_database(path: Path) -> dict[str, Relation]:
    """A fresh database: all migrations and views (flows.store.connect), then the derived tables (reconcile)."""
    from flows.reconcile import reconcile
    from flows.store import connect

    con = connect(path)
    try:
        reconcile(con)
        return database_schema(con)
    finally:
        con.close()


# -- the dictionary -------------------------------------------------------------------------------------------------
@dataclass
class Section:
    name: str
    line: int
    columns: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # name -> (type, meaning, line)
    has_table: bool = False


def _cells(line: str) -> list[str]:
    """'| `a` | `B` | x \\| y |' -> ['a', 'B', 'x | y'] (escaped pipes kept, backticks around a cell dropped)."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    cells = [c.replace("\\|", "|").strip() for c in re.split(r"(?<!\\)\|", body)]
    return [c[1:-1].strip() if len(c) >= 2 and c.startswith("`") and c.endswith("`") else c for c in cells]


def _is_rule(cells: list[str]) -> bool:
    return all(re.fullmatch(r":?-{3,}:?", c) for c in cells)


def parse_dictionary(text: str) -> tuple[dict[str, Section], list[str]]:
    """Sections (`## name`) with the rows of their `| column | type | meaning |` tables, and format problems."""
    sections: dict[str, Section] = {}
    problems: list[str] = []
    current: Section | None = None
    in_table = in_fence = False
    for n, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = _SECTION.match(line)
        if m:
            name = m.group(1).strip().strip("`")
            if name in sections:
                problems.append(f"{DOC}:{n}: remove the second `## {name}` section (first at line "
                                f"{sections[name].line}); document each table or view once")
            current = sections.setdefault(name, Section(name, n))
            in_table = False
            continue
        if not line.lstrip().startswith("|"):
            in_table = False
            continue
        cells = _cells(line)
        if tuple(c.lower() for c in cells) == HEADER:
            if current is None:
                problems.append(f"{DOC}:{n}: move this column table under a `## name` section")
            else:
                current.has_table = in_table = True
            continue
        if not in_table or current is None or _is_rule(cells):
            continue
        if len(cells) != 3:
            problems.append(f"{DOC}:{n}: `## {current.name}`: make this row three cells `| column | type | meaning |` "
                            f"(it has {len(cells)}; write a pipe inside a cell as \\|)")
            continue
        col, dtype, meaning = cells
        if col in current.columns:
            problems.append(f"{DOC}:{n}: `## {current.name}`: remove the second row for column `{col}` "
                            f"(first at line {current.columns[col][2]})")
            continue
        current.columns[col] = (dtype, meaning, n)
    return sections, problems


# -- the comparison -------------------------------------------------------------------------------------------------
def missing_sections(doc: dict[str, Section], db: dict[str, Relation]) -> list[str]:
    out = []
    for name, rel in sorted(db.items()):
        if name not in doc:
            rows = "\n".join(f"    | `{c}` | `{t}` | <meaning> |" for c, t in rel.columns.items())
            out.append(f"add a section `## {name}` ({rel.kind}) to {DOC}: a paragraph saying what one row is, who "
                       f"writes it and whether it is append-only, derived or a view, then\n"
                       f"    | column | type | meaning |\n    |---|---|---|\n{rows}")
    return out


def stale_sections(doc: dict[str, Section], db: dict[str, Relation]) -> list[str]:
    return [f"remove the section `## {name}` ({DOC}:{s.line}): a freshly migrated database has no table or view "
            f"named {name!r} (use `###` or bold text for headings that are not a table or view)"
            for name, s in sorted(doc.items()) if name not in db]


def column_problems(doc: dict[str, Section], db: dict[str, Relation]) -> list[str]:
    out = []
    for name, rel in sorted(db.items()):
        s = doc.get(name)
        if s is None:
            continue  # reported by missing_sections
        if not s.has_table:
            out.append(f"`## {name}` ({DOC}:{s.line}): add a `| column | type | meaning |` table listing its "
                       f"{len(rel.columns)} columns")
        for col, dtype in rel.columns.items():
            if col not in s.columns:
                out.append(f"`## {name}`: add the row | `{col}` | `{dtype}` | <meaning> | (column of {rel.kind} "
                           f"{name} not documented)")
        for col, (_, _, line) in s.columns.items():
            if col not in rel.columns:
                out.append(f"`## {name}` ({DOC}:{line}): remove the row for column `{col}`: {rel.kind} {name} "
                           f"has no such column")
    return out


def type_problems(doc: dict[str, Section], db: dict[str, Relation]) -> list[str]:
    out = []
    for name, rel in sorted(db.items()):
        s = doc.get(name)
        for col, dtype in rel.columns.items():
            if s is not None and col in s.columns and s.columns[col][0] != dtype:
                documented, _, line = s.columns[col]
                out.append(f"`## {name}` ({DOC}:{line}): change the type of `{col}` from `{documented}` to "
                           f"`{dtype}` (DuckDB's data_type)")
    return out


def meaning_problems(doc: dict[str, Section]) -> list[str]:
    return [f"`## {name}` ({DOC}:{line}): write the meaning of column `{col}` (the cell is empty)"
            for name, s in sorted(doc.items()) for col, (_, meaning, line) in s.columns.items()
            if not meaning.strip()]


def _fail(problems: list[str]) -> None:
    if problems:
        pytest.fail(f"{len(problems)} to fix in {DOC}:\n" + "\n".join(f"- {p}" for p in problems), pytrace=False)


# -- tests ----------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory) -> dict[str, Relation]:  # noqa: ANN001
    return build_database(tmp_path_factory.mktemp("dictionary") / "x.duckdb")


@pytest.fixture(scope="module")
def doc() -> dict[str, Section]:
    sections, problems = parse_dictionary(DICTIONARY.read_text(encoding="utf-8"))
    _fail(problems)
    return sections


def test_database_has_tables_and_views(db: dict[str, Relation]) -> None:
    """The comparison is not vacuous: the fresh database has the core tables, the contract's views and columns."""
    for name in ("runs", "documents", "facts", "reviews", "canonical_facts", "canonical_support", "_migrations",
                 "fact_provenance", "review_queue", "facts_current", "canonical_current"):
        assert name in db, f"a fresh database should have {name}"
    assert db["facts"].kind == "table" and db["fact_provenance"].kind == "view"
    assert all(rel.columns for rel in db.values())


def test_every_table_and_view_has_a_section(doc: dict[str, Section], db: dict[str, Relation]) -> None:
    _fail(missing_sections(doc, db))


def test_no_stale_sections(doc: dict[str, Section], db: dict[str, Relation]) -> None:
    _fail(stale_sections(doc, db))


def test_documented_columns_are_the_real_columns(doc: dict[str, Section], db: dict[str, Relation]) -> None:
    _fail(column_problems(doc, db))


def test_documented_types_are_duckdb_types(doc: dict[str, Section], db: dict[str, Relation]) -> None:
    _fail(type_problems(doc, db))


def test_every_column_has_a_meaning(doc: dict[str, Section]) -> None:
    _fail(meaning_problems(doc))


def test_parser_and_checks_catch_drift() -> None:
    """The checks themselves: an undocumented column, a stale row, a wrong type, an empty meaning, a missing and a
    stale section are each reported with what to do."""
    text = ("# t\n\n## runs\n\nOne row per run.\n\n| column | type | meaning |\n|---|---|---|\n"
            "| `run_id` | `VARCHAR` | id \\| key |\n| `gone` | `VARCHAR` | old |\n| `n` | `INTEGER` |  |\n\n"
            "## old_view\n\n| column | type | meaning |\n|---|---|---|\n| `a` | `VARCHAR` | a |\n")
    doc, problems = parse_dictionary(text)
    assert not problems
    assert doc["runs"].columns["run_id"][:2] == ("VARCHAR", "id | key")
    db = {"runs": Relation("table", {"run_id": "VARCHAR", "n": "BIGINT", "added": "JSON"}),
          "new_view": Relation("view", {"x": "DATE"})}
    assert any("`## new_view`" in p and "| `x` | `DATE` |" in p for p in missing_sections(doc, db))
    assert any("remove the section `## old_view`" in p for p in stale_sections(doc, db))
    cols = column_problems(doc, db)
    assert any("add the row | `added` | `JSON` |" in p for p in cols)
    assert any("remove the row for column `gone`" in p for p in cols)
    assert any("`n` from `INTEGER` to `BIGINT`" in p for p in type_problems(doc, db))
    assert any("meaning of column `n`" in p for p in meaning_problems(doc))
