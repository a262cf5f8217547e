"""benchmarks/claims_real_diff.py: a saved run is scored by the evaluation's own code, and two runs
are compared unit by unit, so a run must score like the evaluation, equal itself, and show a change."""

import copy
import importlib.util
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def diff_tool():
    pytest.importorskip("yaml")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("claims_real_diff", ROOT / "benchmarks" / "claims_real_diff.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def run(diff_tool):
    return diff_tool.dump("dev", ids={"42"})


def test_a_saved_run_scores_as_the_evaluation_does(diff_tool, run):
    real_eval = diff_tool.real_eval
    [(meta, text, units)] = real_eval.load_set("dev", real_eval.SET / "gold", {"42"})
    owners = real_eval.owners_of(real_eval.run_declcli(text, meta["reference_date"]), meta["sentences"])
    direct = [real_eval.score_unit(unit, owners[i]) for i, unit in enumerate(units)]
    assert diff_tool.scored(run)["42"] == direct


def test_a_run_against_itself_changes_nothing(diff_tool, run):
    rows = diff_tool.scored(run)
    assert all(diff_tool.changed(rows, rows, field) == ([], []) for field in diff_tool.FIELDS)


def test_a_unit_whose_claims_are_lost_shows_as_broken_and_dropped(diff_tool, run):
    rows = diff_tool.scored(run)
    n = next(i for i, row in enumerate(rows["42"]) if row["gold_claim"] and row["preds"])
    worse = copy.deepcopy(run)
    worse["42"][n] = []
    after = diff_tool.scored(worse)
    assert diff_tool.changed(rows, after, "dropped") == ([], [f"42#{n + 1}"])
    assert diff_tool.changed(after, rows, "dropped") == ([f"42#{n + 1}"], [])
