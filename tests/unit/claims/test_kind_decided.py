"""Which rule decided a claim's kind (reading.kind_decided), as the claims stage keeps it (Context.kind_reasons) for
a learned reading that may speak only where a default decided (kind_model.settle_kind's gate)."""

from types import SimpleNamespace

import pytest

import declcli.claims as claims_module
from declcli.claims import extract_claims, kind_model
from declcli.claims.nlp import load_model
from declcli.sentences import split_sentences


def kinds_and_reasons(text, monkeypatch):
    made = []
    original = claims_module.Context

    def context(**kwargs):
        made.append(original(**kwargs))
        return made[-1]

    monkeypatch.setattr(claims_module, "Context", context)
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(claim.kind, made[0].kind_reasons.get(claim.start)) for claim in claims]


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("Suppose that I'm trying to sell a bike to a neighbour.", "fact", "default"),  # no rule names it: the fallback
        ("The ministry declined to comment.", "commitment", "refusal"),
        ("The mayor left the meeting early.", "event", "past_tense"),
        ("The council could close the depot.", "commitment", "modal_default"),
    ],
)
def test_the_claims_stage_keeps_the_rule_that_decided(text, kind, reason, monkeypatch):
    assert kinds_and_reasons(text, monkeypatch)[0] == (kind, reason)


def test_a_reading_after_the_rules_names_itself(monkeypatch):
    # a hedge decides the kind after reading.kind (GUIDE decisions 307(b), 332)
    assert kinds_and_reasons("It could be argued that the council closed the depot.", monkeypatch)[0] == ("fact", "hedged")


GATED = {
    "classes": ["commitment", "event", "fact"],
    "gate": ["default"],
    "intercepts": {"commitment": 0.0, "event": 0.0, "fact": 0.0},
    "margin": 0.0,
    "weights": {"lemma=open": {"commitment": 3.0, "event": 0.0, "fact": 0.0}},
}


def test_a_gated_model_speaks_only_where_a_gate_reason_decided():
    text = "The council will open a new library."
    doc = load_model()(text)

    def claim():
        return SimpleNamespace(
            start=0, end=len(text), kind="fact", modality="none", polarity="positive", mood="statement", attribution=None
        )

    shut = claim()
    kind_model.settle_kind(shut, doc, 0, GATED, reason="refusal")
    assert shut.kind == "fact"
    opened = claim()
    kind_model.settle_kind(opened, doc, 0, GATED, reason="default")
    assert opened.kind == "commitment"
