"""No extractor module binds one top-level name twice: in modules of hundreds of compiled patterns, a second
`_BALANCE_ROW = ...` silently replaces the first for every rule that used it (two such pairs were found and renamed)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

EXTRACTORS = sorted((Path(__file__).resolve().parent.parent / "extractors").glob("*.py"))


def _top_level_names(path: Path) -> list[str]:
    """The names a module's top-level statements assign (plain and annotated assignments, defs and classes)."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", EXTRACTORS, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    twice = sorted(name for name, n in Counter(_top_level_names(path)).items() if n > 1)
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_second_binding(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('import re\n_ROW = re.compile("a")\n\n\ndef f():\n    pass\n\n\n_ROW = re.compile("b")\n')
    assert Counter(_top_level_names(module))["_ROW"] == 2
