"""Actors: a body whose name runs on after a dotted acronym with "and", "of" or "for" ("the U.S. Food and Drug
Administration", "the U.S. Institute of Peace") is one sentence and one body, listed in full with its country
(GUIDE actors section: organisations with the country the text states; decision 48 only for a sentence the
segmenter cut). Invented sentences."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text, published="2024-03-05"):
    return extract_claims(text, split_sentences(text), published=published)


def bodies_of(text):
    return [(a.name, a.country) for c in claims_of(text) for a in c.actors if a.type == "organization"]


def sentences_of(text):
    return list(split_sentences(text))


def test_a_bodys_name_joined_by_and_after_the_acronym_is_one_sentence_and_one_body():
    text = "A review board of the U.S. Seed and Grain Administration voted on Friday to tighten the rules for imports."
    assert len(sentences_of(text)) == 1
    assert ("U.S. Seed and Grain Administration", "USA") in bodies_of(text)


def test_a_bodys_name_joined_by_of_after_the_acronym():
    text = "Analysts at the U.S. Institute of Harbour Studies said the port would reopen within a month."
    assert len(sentences_of(text)) == 1
    assert any(name.endswith("Institute of Harbour Studies") for name, _ in bodies_of(text)), bodies_of(text)


def test_a_bodys_name_joined_by_for_after_the_acronym():
    text = "Groups such as the U.S. Centers for Soil Health and Farming advise growers to rotate their crops."
    assert len(sentences_of(text)) == 1
    assert any("Centers for Soil Health" in name for name, _ in bodies_of(text)), bodies_of(text)


def test_a_new_sentence_after_the_acronym_still_starts_there():
    # Near-misses: a lower-case word after the joiner, or a plain sentence start, ends the sentence at the acronym.
    assert len(sentences_of("Prices rose fastest in the U.S. Food and drink cost more in May.")) == 2
    assert len(sentences_of("She moved to the U.S. Jobs were easy to find there.")) == 2
    assert len(sentences_of("Talks were held in the U.S. The Council of Elders met in Oslo.")) == 2


def test_a_listed_follower_still_continues_the_name():
    text = "He said the U.S. Department of Harbours will publish the figures next week."
    assert len(sentences_of(text)) == 1
