"""Quality gate: the claims evaluation (benchmarks/claims_eval.py) must not
fall below the pinned floors. Raise a floor when the figures improve."""

import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FLOORS = {
    "boundaries": 1.0,
    "article sentences": 0.99,
    "claim spans": 0.98,
    "modality": 0.98,
    "polarity": 0.98,
    "kind": 0.93,
    "countries precision": 0.98,
    "countries recall": 0.97,
    "attribution source": 0.96,
    "attribution source (attributed)": 0.93,
    "date values": 0.99,
}


@pytest.fixture(scope="module")
def figures():
    pytest.importorskip("yaml")
    spec = importlib.util.spec_from_file_location("claims_eval", ROOT / "benchmarks" / "claims_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(speed_runs=0)["figures"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(figures, name):
    assert figures[name] >= FLOORS[name], f"{name}: {figures[name]:.3f} < floor {FLOORS[name]}"
