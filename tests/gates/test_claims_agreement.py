"""The human reference (benchmarks/claims_agreement.py): an annotator's records are scored by the
same code as declcli's claims, so the scoring must give a reading full marks against itself and
count a second annotator's differences."""

import importlib.util
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def real_eval():
    pytest.importorskip("yaml")
    return _load("claims_real_eval")


def test_an_annotator_scored_against_their_own_records_is_right_everywhere(real_eval):
    result = real_eval.evaluate("dev", real_eval.SET / "annotations" / "A1", annotator="A1")
    assert result["articles"] > 0
    assert all(value in (None, 1.0) for value in result["figures"].values() if isinstance(value, float))
    assert result["figures"]["every field right"] == 1.0
    assert result["figures"]["chrome claims"] == 0 and result["figures"]["dropped real units"] == 0


def test_a_second_annotator_differs_somewhere_and_only_their_articles_count(real_eval):
    own = real_eval.evaluate("dev", real_eval.SET / "annotations" / "A1", annotator="A1")
    other = real_eval.evaluate("dev", real_eval.SET / "annotations" / "A1", annotator="B1")
    assert other["articles"] == own["articles"]
    assert other["figures"]["every field right"] < 1.0


def test_the_pooled_agreement_scores_each_pair_both_ways_round():
    pytest.importorskip("yaml")
    agreement = _load("claims_agreement")
    per_article, articles = agreement.agreement("dev")
    assert articles > 0 and len(per_article) == 2 * articles
    assert 0.5 < agreement.figures(per_article)["every field right"] < 1.0
