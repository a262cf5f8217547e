"""The learned correction of the rules' actors (actor_model.py, session 47): a keep model drops the actors it doubts, an
admit model adds the entities the rules left out that it trusts; both a sum of weights over named features."""

import math
from types import SimpleNamespace

import pytest

from declcli.claims import actor_model, extract_claims
from declcli.claims.context import Context
from declcli.claims.nlp import load_model
from declcli.model import Actor
from declcli.sentences import split_sentences


def _read(text):
    doc = load_model()(text)
    ctx = Context(text=text)
    ctx.window_docs = [doc]
    return doc, ctx


def _claim(text, actors):
    return SimpleNamespace(text=text, start=0, end=len(text), kind="statement", attribution=None, actors=actors)


def test_chance_is_a_logistic_of_the_summed_weights():
    model = {"intercept": -1.0, "weights": {"a": 2.0, "b": 0.5}}
    assert actor_model.chance(model, ["a"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert actor_model.chance(model, ["a", "b", "a"]) == pytest.approx(1 / (1 + math.exp(-1.5)))  # a feature counts once
    assert actor_model.chance(model, ["unknown"]) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_the_keep_model_drops_the_actors_it_doubts():
    text = "Mayor Tilda Okonkwo said the Harbour Authority would reopen the bridge in May."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Tilda Okonkwo", "person"), Actor("Harbour Authority", "organization")])
    model = {"keep": {"intercept": 2.0, "threshold": 0.5, "weights": {"type=person": -4.0}}, "admit": None}
    actor_model.revise_actors(claim, doc, 0, ctx, model)
    assert [a.name for a in claim.actors] == ["Harbour Authority"]


def test_the_admit_model_adds_a_left_out_entity_it_trusts():
    text = "Brindlecorp said on Monday that Tilda Okonkwo would lead the review."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Tilda Okonkwo", "person")])
    left_out = actor_model.candidates(claim, doc, 0, len(doc))
    assert [(a.name, a.type) for a in left_out] == [("Brindlecorp", "organization")]  # Okonkwo is taken, Monday no entity
    model = {"keep": None, "admit": {"intercept": -3.0, "threshold": 0.5, "weights": {"type=organization": 5.0}}}
    actor_model.revise_actors(claim, doc, 0, ctx, model)
    assert [a.name for a in claim.actors] == ["Tilda Okonkwo", "Brindlecorp"]


def test_a_country_the_claim_names_otherwise_is_no_candidate():
    text = "The US and Brindlecorp signed the deal, the United States said."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("United States", "country", "USA")])
    assert "US" not in [a.name for a in actor_model.candidates(claim, doc, 0, len(doc))]


def test_without_a_model_file_the_rules_actors_stand(tmp_path):
    # session 47 fitted the model but ships no file: its drops broke 48 tests of deliberate actor rules
    assert actor_model.load_model(tmp_path / "actor_model.json") is None
    text = "Mayor Tilda Okonkwo said the bridge would reopen in May."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Tilda Okonkwo", "person")])
    actor_model.revise_actors(claim, doc, 0, ctx, None if actor_model.load_model() is None else {"keep": None, "admit": None})
    assert [a.name for a in claim.actors] == ["Tilda Okonkwo"]


def test_features_are_the_same_for_the_same_claim():
    text = "Brindlecorp said on Monday that Tilda Okonkwo would lead the review. Okonkwo agreed."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Tilda Okonkwo", "person"), Actor("Brindlecorp", "organization")])
    first = [actor_model.features(a, doc, 0, len(doc), ctx, 2, claim) for a in claim.actors]
    assert first == [actor_model.features(a, doc, 0, len(doc), ctx, 2, claim) for a in claim.actors]
    assert "claim_kind=statement" in first[0] and "found=whole" in first[0]
    assert "labelled_ORG" in first[1] and "acts_reports" in first[1]  # Brindlecorp is the subject of "said"


def _actors(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_the_pipeline_gives_the_same_actors_twice():
    text = "Brindlecorp said on Monday that prices would rise. Mayor Tilda Okonkwo said the bridge would reopen in May."
    assert _actors(text) == _actors(text)
