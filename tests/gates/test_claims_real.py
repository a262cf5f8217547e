"""Quality gate on real news: the claims' figures on the development part of
benchmarks/claims_real (46 real articles annotated without seeing declcli's
output) must not fall below the pinned floors. The test part is not read here:
it is scored once, by hand, at the end of a piece of work.

Raise a floor (tests/gates/baselines.json) when the figures improve; the set ships with the repository, so
this gate runs everywhere."""

import importlib.util
import pathlib

import pytest
from baselines import baseline, recorded

pytestmark = [pytest.mark.gate, pytest.mark.slow]

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The floors, the chrome ceiling and the corpus they hold on: tests/gates/baselines.json.
GATE = "claims_real"
FLOORS = recorded(GATE)["floors"]


@pytest.fixture(scope="module")
def result():
    pytest.importorskip("yaml")
    spec = importlib.util.spec_from_file_location("claims_real_eval", ROOT / "benchmarks" / "claims_real_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate("dev", peer_and_intervals=False)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(result, name):
    floor = baseline(GATE)["floors"][name]
    value = result["figures"][name]
    assert value >= floor, f"{name}: {value:.3f} < floor {floor}"


def test_chrome_claims_do_not_grow(result):
    assert result["figures"]["chrome claims"] <= baseline(GATE)["ceilings"]["chrome claims"]


def test_the_set_is_the_one_measured(result):
    measured = baseline(GATE)["measured"]
    assert result["articles"] == measured["articles"] and result["units"] == measured["units"]
