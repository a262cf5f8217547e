"""Regression gate: the hand-written claims set (benchmarks/claims_eval.py)
must not fall below the pinned floors (tests/gates/baselines.json). Raise a floor
when the figures improve. The measure of quality is the real-news set
(benchmarks/claims_real_eval.py and tests/gates/test_claims_real.py)."""

import importlib.util
import pathlib

import pytest
from baselines import baseline, recorded

pytestmark = [pytest.mark.gate, pytest.mark.slow]

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The floors and the corpus they hold on: tests/gates/baselines.json.
GATE = "claims_eval"
FLOORS = recorded(GATE)["floors"]


@pytest.fixture(scope="module")
def figures():
    pytest.importorskip("yaml")
    spec = importlib.util.spec_from_file_location("claims_eval", ROOT / "benchmarks" / "claims_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(speed_runs=0)["figures"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(figures, name):
    floor = baseline(GATE)["floors"][name]
    assert figures[name] >= floor, f"{name}: {figures[name]:.3f} < floor {floor}"
