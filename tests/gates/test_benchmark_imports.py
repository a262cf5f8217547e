"""Every name the benchmark scripts import from declcli exists there.

The scripts import declcli's stages inside the functions that need them (so that `--help` stays fast), and no test
runs them end to end: a name moved between declcli's modules broke claims_speed.py and claims_rules_speed.py
unnoticed in session 25 (`split_sentences` left `declcli.pipeline`). This reads each script's `from declcli… import`
lines, wherever they sit, and looks every name up in its module."""

import ast
import importlib
import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "benchmarks").glob("*.py"))


def _declcli_imports(path: pathlib.Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "declcli":
            yield node.lineno, node.module, [alias.name for alias in node.names]


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
def test_every_name_a_benchmark_imports_from_declcli_exists(script):
    missing = []
    for line, module, names in _declcli_imports(script):
        loaded = importlib.import_module(module)
        missing += [f"{script.name}:{line}: {module}.{name}" for name in names if name != "*" and not _importable(loaded, name)]
    assert missing == []


def _importable(module, name: str) -> bool:
    """`from package import name` finds an attribute or a submodule; a submodule is an attribute only once some
    earlier import loaded it, so look for its file rather than depend on the order the tests ran in."""
    if hasattr(module, name):
        return True
    return hasattr(module, "__path__") and importlib.util.find_spec(f"{module.__name__}.{name}") is not None


def test_the_check_finds_a_name_that_is_not_there(tmp_path):
    script = tmp_path / "bench.py"
    script.write_text("def run():\n    from declcli.pipeline import no_such_stage\n", encoding="utf-8")
    [(line, module, names)] = list(_declcli_imports(script))
    assert (line, module, names) == (2, "declcli.pipeline", ["no_such_stage"])
    assert not hasattr(importlib.import_module(module), "no_such_stage")


def test_a_submodule_not_yet_imported_counts_as_a_name():
    package = importlib.import_module("declcli.claims")
    assert _importable(package, "kind_model")
    assert not _importable(package, "no_such_module")
