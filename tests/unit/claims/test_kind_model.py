"""The learned second reading of a claim's kind (declcli.claims.kind_model): a dot product over named features that
overrides the rules' kind only when another kind beats it by more than the model's margin, its data file, and the
features it reads from an invented sentence's parse."""

from types import SimpleNamespace

from declcli.claims import kind_model
from declcli.claims.nlp import load_model

INVENTED = {
    "classes": ["commitment", "event", "fact"],
    "intercepts": {"commitment": -1.0, "event": 0.0, "fact": 0.5},
    "margin": 0.5,
    "weights": {
        "rule=event": {"commitment": 0.0, "event": 1.0, "fact": 0.0},
        "tag=VBZ": {"commitment": 0.0, "event": -1.0, "fact": 1.0},
        "aux=will": {"commitment": 2.5, "event": 0.0, "fact": -0.5},
    },
}


def test_scores_add_each_present_feature_once():
    scored = kind_model.scores(INVENTED, ["rule=event", "tag=VBZ", "tag=VBZ", "unknown=1"])
    assert scored == {"commitment": -1.0, "event": 0.0, "fact": 1.5}


def test_the_rules_kind_stands_within_the_margin():
    # event 1.0 against fact 0.5: the model prefers event by 0.5, not more than the margin
    assert kind_model.choose(INVENTED, ["rule=event"], "fact") == "fact"
    assert kind_model.choose({**INVENTED, "margin": 0.0}, ["rule=event"], "fact") == "event"


def test_the_model_overrides_by_more_than_the_margin():
    assert kind_model.choose(INVENTED, ["aux=will"], "fact") == "commitment"
    assert kind_model.choose(INVENTED, ["tag=VBZ"], "event") == "fact"


def test_settle_kind_reads_an_invented_sentence_and_overrides_the_rules():
    text = "Tom Hale runs the mill. The council will open a new library."
    doc = load_model()(text)
    start = text.index("The council")
    claim = SimpleNamespace(
        start=start, end=len(text), kind="fact", modality="none", polarity="positive", mood="statement", attribution=None
    )
    kind_model.settle_kind(claim, doc, 0, INVENTED)
    assert claim.kind == "commitment"  # "aux=will" outweighs the rules' fact by more than the margin
    claim = SimpleNamespace(
        start=0, end=start - 1, kind="event", modality="none", polarity="positive", mood="statement", attribution=None
    )
    kind_model.settle_kind(claim, doc, 0, INVENTED)
    assert claim.kind == "fact"  # a simple present ("runs"): fact 1.5 beats the rules' event 0.0 by more than 0.5


def test_features_are_the_same_on_the_same_input():
    text = "The council will open a new library on Monday."
    assert _features(text, text) == _features(text, text)


def _features(text: str, claim: str, **fields):
    doc = load_model()(text)
    start = text.index(claim)
    fields = {"kind": "fact", "modality": "none", "polarity": "positive", "mood": "statement", "attributed": False} | fields
    return kind_model.features(doc, start, start + len(claim), **fields)


def test_features_of_an_invented_sentence_are_its_parse_and_the_rules_fields():
    names = _features("The council will open a new library on Monday.", "The council will open a new library on Monday.")
    assert "rule=fact" in names and "lemma=open" in names and "aux=will" in names and "time=True" in names
    assert "reported=True" in _features("Tom Hale said the mill closed in May.", "Tom Hale said the mill closed in May.")


def test_features_without_a_span_are_the_rules_fields_only():
    names = _features("Rain.", "Rain.")
    doc = load_model()("Rain.")
    assert (
        kind_model.features(doc, 3, 3, kind="fact", modality="none", polarity="positive", mood="statement", attributed=False)[-1]
        == "parse=-"
    )
    assert "rule=fact" in names
