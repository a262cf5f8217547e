"""A clause set before the main one that opens with a subordinator or a preposition is an adverbial clause, however the
parser labels it: its verb is neither the statement (GUIDE decision 1) nor the content of the main verb's report
(decision 2), so its negation does not pass (decision 39)."""

import spacy
from spacy.tokens import Doc

from declcli.claims import extract_claims
from declcli.claims.clauses import opens_as_adjunct
from declcli.claims.reading import polarity
from declcli.sentences import split_sentences


def one(text):
    out = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert len(out) == 1, [c.text for c in out]
    return out[0]


def test_while_clause_before_a_report_is_not_its_content():
    claim = one(
        "While that specific bottle of wine was not in fact opened, Brown did admit to having drunk some beer at the party."
    )
    assert claim.polarity == "positive"


def test_clause_opened_by_a_preposition_is_not_the_statement():
    # "In declaring Jones has no role in it, they feign ignorance." as the parser may read it: the fronted clause hung on
    # "feign" as a complement, with "In declaring" opening it
    words = ["In", "declaring", "Jones", "has", "no", "role", "in", "it", ",", "they", "feign", "ignorance", "."]
    heads = [3, 0, 3, 10, 5, 3, 5, 6, 10, 10, 10, 10, 10]
    deps = ["prep", "pcomp", "nsubj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["IN", "VBG", "NNP", "VBZ", "DT", "NN", "IN", "PRP", ",", "PRP", "VBP", "NN", "."]
    pos = ["ADP", "VERB", "PROPN", "VERB", "DET", "NOUN", "ADP", "PRON", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT"]
    lemmas = ["in", "declare", "Jones", "have", "no", "role", "in", "it", ",", "they", "feign", "ignorance", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert opens_as_adjunct(doc[3])
    assert polarity(doc[10]) == "positive"


def test_quote_with_its_own_fronted_phrase_is_still_reported():
    claim = one("“After weighing all the evidence, I have concluded that the case will not go ahead,” the prosecutor said.")
    assert claim.polarity == "negative"
    assert claim.attribution.source == "prosecutor"


def test_fronted_gerund_with_its_own_object_and_no_comma_keeps_the_report():
    claim = one("By raising fees the club would lose its members, the treasurer warned.")
    assert (claim.modality, claim.polarity) == ("intention", "positive")
    assert claim.attribution is not None and claim.attribution.source == "treasurer"


def test_whilst_or_even_though_clause_before_a_report_is_not_its_content():
    for opener in ("Whilst", "Even though"):
        claim = one(f"{opener} that particular jar of honey was not in fact touched, Green did admit to having eaten some bread.")
        assert claim.polarity == "positive", opener
