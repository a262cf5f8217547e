"""Kind: a one-off past action is an `event` (the GUIDE's kind section) even where the tagger misread its past tense: an
irregular past it tagged as a present or a base form, with a subject of its own or as a conjunct of a verb with one
("overbuilt", "swam"), or a past "helped" it hung as an auxiliary on the bare verb after it ("helped launch the food
bank"), whoever helped, a party (GUIDE decision 711(b)) or a thing with no stretch of help (decision 864). The present, a
habit ("used to"), a bare participle with no subject and a thing's help over a stretch stay as they were."""

from spacy.tokens import Doc

from declcli.claims import extract_claims
from declcli.claims.nlp import inflected_only_verb_forms, load_model
from declcli.claims.reading import _past_form_tagged_present
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_an_irregular_past_tagged_as_a_present_is_an_event():
    assert kinds("The brothers overbuilt the barn before the winter.") == ["event"]


def test_an_irregular_past_in_a_reported_clause_is_an_event():
    assert kinds("Ines Barros said the dog swam across the river and fetched the stick.") == ["event"]


def test_a_past_helped_read_as_an_auxiliary_is_an_event():
    assert kinds("Priya Nandakumar helped launch the food bank in 2015.") == ["event"]


def test_a_things_past_help_read_as_an_auxiliary_is_an_event():
    assert kinds("The charity helped rebuild the village after the flood.") == ["event"]
    assert kinds("The donation helped build a new wing for the school.") == ["event"]


def test_presents_habits_and_a_things_help_over_a_stretch_stay_facts():
    assert kinds("They swim in the lake every morning.") == ["fact"]
    assert kinds("She used to run the shop.") == ["fact"]
    # ("helped" parsed as the auxiliary of "pay", "fill": the guard on a thing's help over a stretch is what holds)
    assert kinds("The tips helped pay the bills over the years.") == ["fact"]
    assert kinds("The rains helped fill the reservoir through the spring.") == ["fact"]


def test_a_bare_participle_with_no_subject_is_no_simple_past():
    # a parse built by hand: "given" tagged as a base form, hung on a noun with no subject of its own
    doc = Doc(
        load_model().vocab,
        words=["Workers", "given", "notice", "left", "."],
        tags=["NNS", "VB", "NN", "VBD", "."],
        deps=["nsubj", "acl", "dobj", "ROOT", "punct"],
        heads=[3, 0, 1, 3, 3],
    )
    assert not _past_form_tagged_present(doc[1])


def test_the_irregular_forms_are_single_words():
    assert all(form.isalpha() for form in inflected_only_verb_forms())
