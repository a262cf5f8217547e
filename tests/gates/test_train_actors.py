"""The features benchmarks/train_actors.py gives an actor (session 25): where its name sits in the parse, what the
model and the lexicons call it, what its other mentions in the article do; and the scorer's sums over its rows."""

import importlib
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def train_actors():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("train_actors")


def _read(text):
    from declcli.claims.context import Context
    from declcli.claims.nlp import load_model

    doc = load_model()(text)
    ctx = Context(text=text)
    ctx.window_docs = [doc]
    return doc, ctx


def test_features_name_the_actors_place_in_its_clause(train_actors):
    from declcli.model import Actor

    text = "Mayor Tilda Okonkwo said the bridge would reopen in May. Okonkwo thanked the crews."
    doc, ctx = _read(text)
    end = next(t.i for t in doc if t.text == ".") + 1
    names = train_actors.features(Actor("Tilda Okonkwo", "person"), doc, 0, end, ctx, 1)
    assert "type=person" in names
    assert "found=whole" in names
    assert "role=subject" in names
    assert "reporting_subject" in names  # the subject of "said"
    assert "mentions=0" in names  # "Tilda Okonkwo" is written once (the band's first cut is two)
    assert "words=1" in names  # two words
    assert "actors=0" in names  # the only actor of its claim


def test_features_of_a_name_the_claim_does_not_write(train_actors):
    from declcli.model import Actor

    doc, ctx = _read("The Danish delegation arrived late.")
    names = train_actors.features(Actor("Denmark", "country", "DNK"), doc, 0, len(doc), ctx, 2)
    assert "found=absent" in names
    assert "has_country=True" in names
    assert not any(n.startswith("role=") for n in names)  # no parse to read


def test_article_features_read_the_other_mentions(train_actors):
    doc, ctx = _read("Brindlecorp said on Monday that prices would rise. Analysts doubted Brindlecorp.")
    names = train_actors._article_features("Brindlecorp", "organization", ctx)
    assert "labelled_ORG" in names
    assert "acts_reports" in names  # the first mention, before "said", reports
    assert "acts_none" not in " ".join(names)
    quiet = train_actors._article_features("Monday", "organization", ctx)
    assert "acts_pobj" in quiet and "acts_reports" not in quiet  # a day named after "on" only sits in a phrase
    assert "type=organization|acts_none" in train_actors._article_features("Zorblat", "organization", ctx)  # never named


def test_score_drops_the_actors_the_filter_drops(train_actors):
    gold = {
        "claim": True,
        "kind": "fact",
        "modality": "none",
        "polarity": "positive",
        "actors": [{"name": "Ann Ray", "type": "person"}],
    }

    def actor(name, right):
        return {"name": name, "type": "person", "country": None, "features": ["f"], "right": right}

    claim = {
        "kind": "fact",
        "modality": "none",
        "polarity": "positive",
        "mood": "statement",
        "attributed": False,
        "attribution": None,
        "dates": [],
        "actors": [actor("Ann Ray", True), actor("Zog", False)],
    }
    rows = [{"article": 1, "unit": 1, "gold": gold, "preds": [claim]}]
    kept = train_actors.score(rows, lambda a: True)
    assert (kept["actors_pred"], kept["actors_ok"], kept["all"]) == (2, 0, 0)
    filtered = train_actors.score(rows, lambda a: a["name"] != "Zog")
    assert (filtered["actors_pred"], filtered["actors_ok"], filtered["all"]) == (1, 1, 1)
