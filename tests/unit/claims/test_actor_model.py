"""The learned correction of the rules' actors (actor_model.py, session 47): a keep model drops the actors it doubts, an
admit model adds the entities the rules left out that it trusts; both a sum of weights over named features."""

import json
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


# Session 48: the gate. The filter weighs only the actors no specific rule decided: an entity the model marked ORG or
# PERSON, passed on under its own label with generic cleaning (actors.DEFAULT_PATHS).


def _traced(text, monkeypatch):
    """Each claim's actors with the path that gave them, as the claims stage sees them before the filter."""
    import declcli.claims as claims_module
    from declcli.claims.actors import actor_path

    traced = []
    original = claims_module._paragraph_claims

    def reading(doc, offset, sents, ref, ctx, *rest):
        out = original(doc, offset, sents, ref, ctx, *rest)
        traced.extend((a.name, actor_path(a, ctx)) for claim in out for a in claim.actors)
        return out

    monkeypatch.setattr(claims_module, "_paragraph_claims", reading)
    extract_claims(text, split_sentences(text), published="2024-03-05")
    return dict(traced)


def test_the_trace_names_the_path_that_gave_each_actor(monkeypatch):
    text = "Mayor Tilda Okonkwo said Brindlecorp, the United Nations and Russia would reopen the bridge in May."
    paths = _traced(text, monkeypatch)
    assert paths["Brindlecorp"] == "entity_org"  # the model's ORG, in no lexicon: the default
    assert paths["Tilda Okonkwo"] == "person_rule"  # a title before the name decided
    assert paths["United Nations"] == "org_lexicon"
    assert paths["Russia"] == "country_gazetteer"


def _dropping_every_default(monkeypatch):
    from declcli.claims.actors import DEFAULT_PATHS

    model = {"keep": {"intercept": -10.0, "threshold": 0.5, "weights": {}, "paths": sorted(DEFAULT_PATHS)}, "admit": None}
    monkeypatch.setattr(actor_model, "load_model", lambda: model)


def test_the_gate_opens_where_the_rules_fall_back_on_the_default(monkeypatch):
    _dropping_every_default(monkeypatch)
    actors = _actors("Brindlecorp said on Monday that prices would rise in the spring.")
    assert ("Brindlecorp", "organization") not in [a for claim in actors for a in claim]


def test_the_gate_stays_shut_where_a_specific_rule_decided(monkeypatch):
    _dropping_every_default(monkeypatch)
    actors = [a for claim in _actors("Mayor Tilda Okonkwo said Russia would reopen the bridge in May.") for a in claim]
    assert ("Tilda Okonkwo", "person") in actors and ("Russia", "country") in actors


def test_a_keep_model_naming_no_paths_weighs_every_actor():
    text = "Brindlecorp said on Monday that prices would rise."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Brindlecorp", "organization")])  # made by hand: no path traced
    actor_model.revise_actors(claim, doc, 0, ctx, {"keep": {"intercept": -10.0, "threshold": 0.5, "weights": {}}, "admit": None})
    assert claim.actors == []
    claim = _claim(text, [Actor("Brindlecorp", "organization")])
    gated = {"keep": {"intercept": -10.0, "threshold": 0.5, "weights": {}, "paths": ["entity_org"]}, "admit": None}
    actor_model.revise_actors(claim, doc, 0, ctx, gated)
    assert [a.name for a in claim.actors] == ["Brindlecorp"]  # no path: the gate is shut


def test_the_shipped_model_loads_gated_with_sorted_keys():
    from declcli.claims.actors import DEFAULT_PATHS

    model = actor_model.load_model()
    assert model is not None and model.get("admit") is None
    keep = model["keep"]
    # session 48's judge opened the gate on the model's persons only (its bodies broke tests of deliberate rules)
    assert keep["paths"] == ["entity_person"] and set(keep["paths"]) <= DEFAULT_PATHS
    assert 0 < keep["threshold"] < 1 and keep["weights"]
    text = actor_model.MODEL_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n"  # as the training script writes it


def test_the_shipped_model_gives_the_same_chance_for_the_same_actor():
    text = "Brindlecorp said on Monday that Tilda Okonkwo would lead the review."
    doc, ctx = _read(text)
    claim = _claim(text, [Actor("Brindlecorp", "organization")])
    keep = actor_model.load_model()["keep"]
    chances = {actor_model.chance(keep, actor_model.features(claim.actors[0], doc, 0, len(doc), ctx, 1, claim)) for _ in range(3)}
    assert len(chances) == 1
