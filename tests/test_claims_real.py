"""Quality gate on real news: the claims' figures on the development part of
benchmarks/claims_real (46 real articles annotated without seeing declcli's
output) must not fall below the pinned floors. The test part is not read here:
it is scored once, by hand, at the end of a piece of work.

Raise a floor when the figures improve; the set ships with the repository, so
this gate runs everywhere."""

import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Measured on the dev part when pinned (a little under each figure, which is deterministic).
FLOORS = {
    "attribution recall": 0.86,
    "attribution precision": 0.91,
    # 0.881 -> 0.875 for precision 0.843 -> 0.857: a dependent territory named as a place ("in Hong
    # Kong") is no actor, as GUIDE.md says, where one article's annotators listed it anyway.
    "actor recall": 0.88,
    "actor precision": 0.85,
    "persons with stated country": 0.65,
    "kind": 0.80,
    "modality and polarity": 0.93,
    "mood": 0.97,
    "dates": 0.96,
    "every field right": 0.56,
}
MAX_CHROME_CLAIMS = 4


@pytest.fixture(scope="module")
def result():
    pytest.importorskip("yaml")
    spec = importlib.util.spec_from_file_location("claims_real_eval", ROOT / "benchmarks" / "claims_real_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate("dev", peer_and_intervals=False)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_holds_its_floor(result, name):
    value = result["figures"][name]
    assert value >= FLOORS[name], f"{name}: {value:.3f} < floor {FLOORS[name]}"


def test_chrome_claims_do_not_grow(result):
    assert result["figures"]["chrome claims"] <= MAX_CHROME_CLAIMS


def test_the_set_is_the_one_measured(result):
    assert result["articles"] == 35 and result["units"] == 814
