"""Regression gate: the hand-written claims set (benchmarks/claims_eval.py)
must not fall below the pinned floors. Raise a floor when the figures
improve. The measure of quality is the real-news set
(benchmarks/claims_real_eval.py and tests/test_claims_real.py)."""

import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
FLOORS = {
    # Pinned after the claims were rebuilt on spaCy (issue 12). This set was written with the old
    # rules and is a regression set only; quality is measured on real news by
    # benchmarks/claims_real_eval.py. Its kind follows the old definitions (a modal claim was a
    # commitment whatever its subject), hence the lower floor.
    "boundaries": 1.0,
    "article sentences": 0.99,
    "claim spans": 0.98,
    # "economists expect the Selic to reach …" is an intention by claims_real's table ("expects to"),
    # none by this set's older reading: 0.914.
    "modality": 0.91,
    "polarity": 0.96,
    "kind": 0.75,
    "countries precision": 0.95,
    # A country that only makes a title or an organisation's name ("Russian President X", "the
    # U.S. State Department") is no country actor of its own (claims_real GUIDE, decision 9); nor is
    # a nationality before a noun that is neither people nor the country's own ("Chinese brands",
    # "his Armenian counterpart"), as the real-news annotators read it. This set counts both: 0.762.
    "countries recall": 0.75,
    "attribution source": 0.88,
    "attribution source (attributed)": 0.75,
    "date values": 0.98,
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
