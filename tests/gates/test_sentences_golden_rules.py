"""Sentence boundaries on the public English "Golden Rules" (pragmatic_segmenter,
as tested by pySBD): every rule's text through split_sentences, compared with
the expected sentences, stripped. The data and its licence: fixtures/sbd/."""

import json

import pytest
from baselines import baseline
from conftest import ROOT

from declcli.sentences import split_sentences

pytestmark = pytest.mark.gate

GOLDEN = json.loads((ROOT / "fixtures" / "sbd" / "golden_rules_en.json").read_text(encoding="utf-8"))
RULES = GOLDEN["rules"]


def test_the_whole_set_is_here():
    rules = baseline("sentences_golden_rules")["measured"]["rules"]  # 48
    assert len(RULES) == rules
    assert len({r["number"] for r in RULES}) == rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r['number']:02d}-{r['category'].replace(' ', '_')}")
def test_golden_rule(rule):
    baseline("sentences_golden_rules")
    text = rule["text"]
    got = [text[s.start : s.end].strip() for s in split_sentences(text)]
    assert got == rule["expected"], rule["title"]
