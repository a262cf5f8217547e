"""The claims' rules read each paragraph's parse once (docs/performance.md, session 14): the
paragraph's text and its entities are kept on the Doc, the chrome patterns are tried where they can
match, and work only some claims need is skipped for the others; what the rules decide is unchanged."""

import re

import pytest

from declcli.claims import extract_claims
from declcli.lexicon import load
from declcli.sentences import split_sentences


def parsed(text):
    from declcli.claims.nlp import load_model

    return load_model()(text)


def test_text_of_is_the_docs_text_joined_once():
    from declcli.claims.context import span_text, text_of

    doc = parsed("Officials in Kyiv said on Monday  that the talks would resume.\nThey gave no date.")
    assert text_of(doc) == doc.text
    assert text_of(doc) is text_of(doc)  # kept on the Doc, not joined again
    for start, end in ((0, len(doc)), (2, 5), (3, 3), (len(doc) - 2, len(doc))):
        assert span_text(doc, start, end) == doc[start:end].text


def test_entities_are_read_again_once_set_anew():
    from spacy.tokens import Span

    from declcli.claims.context import entities, entity_of, forget_entities

    doc = parsed("Angela Merkel met Emmanuel Macron in Paris.")
    other = parsed("Boris Johnson spoke in London.")
    first = entities(doc)
    assert entities(other) == other.ents
    assert entities(doc) is first  # kept per Doc, also after another Doc was read
    doc.set_ents([Span(doc, 0, 2, label="ORG")], default="outside")
    forget_entities(doc)
    assert [(e.text, e.label_) for e in entities(doc)] == [("Angela Merkel", "ORG")]
    assert entity_of(doc[3]) is None


def test_harmonise_drops_the_entities_it_relabels():
    from declcli.claims.consistency import NameVotes, harmonise
    from declcli.claims.context import entities

    docs = [parsed("SpaceX launched a rocket on Monday."), parsed("SpaceX said the launch went well.")]
    for doc in docs:
        entities(doc)  # read before the labels are harmonised
    votes = NameVotes()
    votes.add(docs)
    harmonise(docs, votes)
    assert [[(e.text, e.label_) for e in entities(doc)] for doc in docs] == [
        [(e.text, e.label_) for e in doc.ents] for doc in docs
    ]


@pytest.mark.parametrize(
    "sources",
    [
        ["^read more\\b", "\\ball rights reserved\\b", "^a|b", "^[|]x", "^(?:x|y)z", "^\\|q"],
        load("claims")["chrome_patterns"],
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Read more: the latest",
        "All rights reserved.",
        "a plain sentence with b inside",
        "|x marks",
        "yz",
        "the yz",
        "|q",
        "Image courtesy of NASA",
        "He said the image courtesy of NASA was fine.",
        "Follow us on Twitter",
        "The company may not be published in full.",
        "Please sign up here for the list.",
        "Please \u017fign up here for the list.",  # a long s, which re.I reads as "s"
        "The story was \u212aept under wraps.",  # the Kelvin sign, which re.I reads as "k"
        "",
    ],
)
def test_any_pattern_finds_what_the_union_finds(sources, text):
    from declcli.claims.lexicon import AnyPattern

    union = re.compile("|".join(sources), re.I)
    assert bool(AnyPattern(sources, re.I).search(text)) == bool(union.search(text))


def test_any_pattern_tries_start_anchored_patterns_at_the_start_only():
    from declcli.claims.lexicon import _anchored

    assert _anchored("^read more")
    assert _anchored("^(?:a|b)c")
    assert _anchored("^[|]x")
    assert _anchored("^\\|x")
    assert not _anchored("^a|b")  # "b" anywhere
    assert not _anchored("\\bsee here$")


def test_a_result_is_read_only_for_a_claim_with_a_verb_of_winning(monkeypatch):
    from declcli.claims import actors

    calls = []
    real = actors._result_sides
    monkeypatch.setattr(actors, "_result_sides", lambda *a: calls.append(a) or real(*a))
    text = "Argentina got past Chile 3-0, with Guido Pella beating Nicolas Jarry."
    claims = extract_claims(text, split_sentences(text), published="2019-11-20")
    assert calls  # the sentence's result was read
    assert any(a.name == "Guido Pella" and a.country == "ARG" for c in claims for a in c.actors)
    calls.clear()
    text = "The ministry said the talks would resume in Geneva next week."
    extract_claims(text, split_sentences(text), published="2019-11-20")
    assert not calls  # no verb of winning: no result to read


def test_a_sentence_without_a_question_mark_asks_nothing():
    from declcli.claims.reading import _sentence_asks

    doc = parsed("Why the council voted for it remains unclear. Why did the council vote for it?")
    first, second = list(doc.sents)
    assert not _sentence_asks(first)
    assert _sentence_asks(second)


def test_letters_outside_ascii_that_match_an_ascii_letter_are_all_known():
    import sys

    from declcli.claims.lexicon import _ASCII_LOOK_ALIKE

    ascii_letter = re.compile("[a-z]", re.I)
    found = [chr(c) for c in range(128, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(c))]
    assert found and all(_ASCII_LOOK_ALIKE.fullmatch(ch) for ch in found)


def test_needed_words_are_those_every_match_holds():
    from declcli.claims.lexicon import _needed_words

    assert _needed_words("\\bsign(?:ing)? up here\\b", re.I) == {" up here"}
    assert _needed_words("\\b(?:Dear reader|subscribe)\\b", 0) == {"dear reader", "subscribe"}
    assert _needed_words("(?:x+)?\\d{2}", 0) is None  # nothing certain
    assert _needed_words("[{\\[]\\s*$", 0) is None


def test_any_pattern_tries_its_union_only_where_a_needed_word_is():
    from declcli.claims.lexicon import AnyPattern

    tried = []

    class Recorder:
        def __init__(self, rx):
            self.rx = rx

        def search(self, text):
            tried.append(text)
            return self.rx.search(text)

    found = AnyPattern(["\\bsign(?:ing)? up here\\b", "\\bnewsletter\\b"], re.I)
    found._floating._filtered = Recorder(found._floating._filtered)
    assert found.search("The council met on Monday.") is None
    assert not tried  # no needed word: the union was not tried
    assert found.search("Sign up here for our Newsletter")
    assert tried == ["Sign up here for our Newsletter"]


def test_a_verbs_first_clause_is_read_once_per_doc(monkeypatch):
    from declcli.claims import reading
    from declcli.claims.context import forget_entities

    doc = parsed("If the mill gets no water, the owners will close it; the town, they said, would suffer.")
    fresh = {t.i: reading._read_first_clause(t).i for t in doc}
    calls = []
    real = reading._read_first_clause
    monkeypatch.setattr(reading, "_read_first_clause", lambda verb: calls.append(verb.i) or real(verb))
    for _ in range(3):
        for token in doc:
            first = reading._first_clause(token)
            assert first.i == fresh[token.i]
            assert (first is token) == (fresh[token.i] == token.i)  # the very Token given where it is its own clause
    assert sorted(calls) == [t.i for t in doc]  # once per token, whoever asks
    verb = next(t for t in doc if t.lemma_ == "close")
    modality, polarity = reading.modality(verb), reading.polarity(verb)
    assert calls.count(verb.i) == 1
    forget_entities(doc)  # the Doc done with: its readings go with its entities
    assert (reading.modality(verb), reading.polarity(verb)) == (modality, polarity)
    assert calls.count(verb.i) == 2


def test_opening_chars_are_those_a_match_can_open_with():
    from declcli.claims.lexicon import _opening_chars

    assert _opening_chars("^(?:featured |top )?photos? by\\b", re.I) == {"f", "t", "p"}
    assert _opening_chars("^\\((?:see|watch)\\b", re.I) == {"("}
    assert _opening_chars("^[(\\[]?spoilers?\\b", re.I) == {"(", "[", "s"}
    assert _opening_chars("^(?-i:[A-C])x", re.I) == {"a", "b", "c"}
    assert _opening_chars("^(?!.*x)read\\b", re.I) == {"r"}  # a lookahead opens with no character of its own
    assert _opening_chars("^\\s*var\\b", 0) is None  # a class by category: any character
    assert _opening_chars("^(?:x)?", re.I) is None  # matches the empty text too
    assert _opening_chars("^\u00e9t\u00e9\\b", re.I) is None  # a letter outside ASCII: re.I may match others to it


def test_start_anchored_patterns_are_tried_by_the_texts_first_character():
    from declcli.claims.lexicon import AnyPattern

    found = AnyPattern(["^photo by\\b", "^read more\\b", "^\\s*note:", "\\bsubscribe\\b"], re.I)
    assert found.search("Read more: the council's plan")
    assert found.search("  Note: the figures are rounded")
    assert found.search("Photo by Dana Lee") and not found.search("The photo by Dana Lee")
    openings = found._anchored._by_first
    assert set(openings) == {"r", " ", "p", "t"}  # one union for each opening character met, built when first met
    assert "photo" not in openings["r"]._filtered.pattern  # a source opening with "p" is not tried on an "r"
    assert "read" in openings["r"]._filtered.pattern
    assert "note" in openings["r"]._filtered.pattern  # "\s*" may open with anything: tried whatever the text opens with


@pytest.mark.parametrize(
    "text",
    [
        "(See the chart below)",
        "[12] A footnote",
        "* A starred line",
        "PHOTO BY DANA LEE",
        "photo courtesy of the council",
        "Contributing writers: Dana Lee",
        "\u00c9lise said the vote was close.",
        "\u212aelvin readings rose.",  # the Kelvin sign opens it: every union is tried
        "\u0130stanbul hosted the talks.",
        "  Updated: the council met on Monday.",
        "1. Take inventory",
    ],
)
def test_chrome_patterns_find_what_their_union_finds_whatever_the_text_opens_with(text):
    from declcli.claims.lexicon import AnyPattern

    sources = load("claims")["chrome_patterns"]
    union = re.compile("|".join(sources), re.I)
    assert bool(AnyPattern(sources, re.I).search(text)) == bool(union.search(text))


def test_a_claim_parsed_again_for_an_agreement_gets_its_entities_as_the_whole_pipeline_gives_them():
    from declcli.claims.agreements import _entity_components, _run_components
    from declcli.claims.nlp import load_model

    nlp = load_model()
    later = _entity_components(nlp)
    assert later == ("ner",)  # the recognizer closes the pipeline, with a tok2vec of its own
    text = "Chile and Peru signed a fisheries accord in Lima on Tuesday, the ministry said."
    whole = nlp(text)
    doc = nlp(text, disable=later)
    assert not doc.ents
    _run_components(nlp, doc, later)
    assert doc.to_bytes() == whole.to_bytes()


def test_entities_are_recognised_only_for_a_claim_with_a_verb_making_an_instrument(monkeypatch):
    from declcli.claims import agreements

    runs = []
    real = agreements._run_components
    monkeypatch.setattr(agreements, "_run_components", lambda *a: runs.append(a[2]) or real(*a))
    text = "Officials hope to sign a fisheries accord next year."
    claims = extract_claims(text, split_sentences(text), published="2021-03-02")
    assert agreements.find_agreements(claims) == [] and not runs  # parsed, but no instrument made: no entities
    text = "Chile and Peru signed a fisheries accord in Lima on Tuesday."
    claims = extract_claims(text, split_sentences(text), published="2021-03-02")
    found = agreements.find_agreements(claims)
    assert runs == [("ner",)]
    assert [(a.parties, a.place) for a in found] == [(["Chile", "Peru"], "Lima")]
