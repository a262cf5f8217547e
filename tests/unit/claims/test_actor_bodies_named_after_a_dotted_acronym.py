"""Actors: a body whose name runs on after a dotted acronym with "and", "of" or "for" ("the U.S. Food and Drug
Administration", "the U.S. Institute of Peace") is one sentence and one body, listed in full with its country
(GUIDE actors section: organisations with the country the text states; decision 48 only for a sentence the
segmenter cut). The run must name a body by a head word (Institute, Office, Administration, Service, …), first or
last in an "and" run; any other capitalised run after the acronym starts a new sentence ("in the U.S. Members of
Congress said"; GUIDE: a unit is one sentence). Invented sentences."""

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


def test_a_bodys_name_ended_by_its_head_after_an_and_run():
    text = "Rangers from the U.S. Bees and Pollinators Service counted the hives on Friday."
    assert len(sentences_of(text)) == 1
    text = "The U.S. Seed and Grain Administration's ruling was upheld by a judge in May."
    assert len(sentences_of(text)) == 1


def test_a_head_first_name_with_the_after_its_joiner():
    text = "The U.N. Office for the Protection of Rivers said three dams would be opened."
    assert len(sentences_of(text)) == 1


def test_a_real_sentence_end_after_the_acronym_before_a_capitalised_run_without_a_body_head():
    # Near-misses: the capitalised run after the acronym names no body, so the acronym ends its sentence.
    for text in (
        "The bill sailed through in the U.S. Members of Congress said they would vote for it again.",
        "Exports grew strongly to the U.K. Prices of Copper have doubled since spring.",
        "Profits rose in the U.S. Officials and Managers said new plants would open.",
        "She settled in the U.K. Neighbours and Friends said she liked it there.",
        "The fund sold its stake in the U.S. Shares of Harbour Bank fell 3% on Friday.",
        "Rates were left alone in the U.S. Bank of Elmland officials said they would wait.",
    ):
        assert len(sentences_of(text)) == 2, text


def test_two_countries_after_the_acronym_stay_countries_of_a_new_sentence():
    text = "The plan was drafted by the U.S. China and India rejected it on Monday."
    assert len(sentences_of(text)) == 2
    countries = {(a.name, a.country) for c in claims_of(text) for a in c.actors if a.type == "country"}
    assert {("China", "CHN"), ("India", "IND")} <= countries, countries
