"""The context benchmarks/train_kind.py gives a claim (session 24): its neighbours' kinds, its paragraph's and
article's share of events, the article's share of past tenses, quotation marks and the subject's person."""

import importlib.util
import pathlib
from types import SimpleNamespace

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def train_kind():
    spec = importlib.util.spec_from_file_location("train_kind", ROOT / "benchmarks" / "train_kind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claim(start, paragraph, sentence, kind):
    return SimpleNamespace(start=start, end=start + 5, paragraph=paragraph, sentence=sentence, kind=kind)


def test_article_context_names_the_neighbours_and_shares(train_kind):
    claims = [
        _claim(0, 0, 0, "event"),
        _claim(10, 0, 0, "fact"),  # a second clause of the same sentence
        _claim(20, 0, 1, "event"),
        _claim(30, 1, 2, "commitment"),
    ]
    tenses = ["past", "present", "past", "-"]
    seen = {(c.start, c.end): ([], {"tense": t}) for c, t in zip(claims, tenses, strict=True)}
    around = train_kind.article_context(claims, seen)
    second = around[id(claims[1])]
    assert second["past_share"] == round(2 / 3, 4)  # the claim without a finite verb does not count
    assert (second["previous"], second["next"]) == ("event", "event")
    assert (second["previous_sentence"], second["next_sentence"]) == ("-", "event")
    assert second["paragraph_events"] == 1.0  # both other claims of its paragraph are events
    assert second["article_events"] == round(2 / 3, 4)
    last = around[id(claims[3])]
    assert (last["next"], last["next_sentence"], last["paragraph_events"]) == ("-", "-", -1.0)
    assert last["previous_sentence"] == "event"


def test_clause_context_reads_quotation_marks_and_the_subjects_person(train_kind):
    from declcli.claims.nlp import load_model

    nlp = load_model()
    doc = nlp('The mayor said "we walked home." Her council meets on Mondays.')
    walked = next(t for t in doc if t.lower_ == "walked")
    meets = next(t for t in doc if t.lower_ == "meets")
    assert train_kind.clause_context(walked, walked, doc.text) == {"tense": "past", "quoted": True, "person": "1p"}
    assert train_kind.clause_context(meets, meets, doc.text) == {"tense": "present", "quoted": False, "person": "3n"}


def test_context_features_cross_the_rules_kind_with_the_story(train_kind):
    row = {
        "features": ["tag=VBD"],
        "context": {
            "past_share": 0.2,
            "previous": "fact",
            "next": "-",
            "previous_sentence": "fact",
            "next_sentence": "-",
            "paragraph_events": -1.0,
            "article_events": 0.4,
            "position": 0.0,
            "quoted": False,
            "person": "3n",
        },
    }
    names = train_kind.context_features(row, "event")
    assert "rule=event|tag=VBD|story=0" in names  # a simple past in a story told mostly in the present
    assert "rule=event|paragraph_events=-" in names and "rule=event|article_events=2" in names
    assert "place=first" in names and "rule=event|neighbours=fact,-" in names
