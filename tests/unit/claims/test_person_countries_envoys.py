"""Persons' countries: an envoy is the country's that sends them, not the one they are sent to (session 31)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def persons_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [(a.name, a.country) for c in claims for a in c.actors if a.type == "person"]


def test_an_envoy_named_before_the_text_names_a_country_takes_the_windows_other_country():
    # The story's first sentence names the envoy before any country but the destination; the window's
    # other countries ("American", "U.S.", "Washington") place the envoy.
    text = (
        "Mark Dole, the former special envoy to Ukraine, told lawmakers on Tuesday that he had raised his concerns.\n\n"
        "The American diplomat said U.S. officials in Washington had been told of the plan in May."
    )
    persons = persons_of(text)
    assert persons and persons[0] == ("Mark Dole", "USA"), persons


def test_an_envoy_to_a_capital_is_not_that_capitals_country():
    text = (
        "American lawmakers met in Washington on Monday to hear about the aid.\n\n"
        "Later in the day, Jane Roe, former special envoy to Kyiv, testified before the committee."
    )
    persons = persons_of(text)
    assert ("Jane Roe", "USA") in persons, persons
    assert ("Jane Roe", "UKR") not in persons, persons


def test_an_envoys_stated_nationality_stays_whatever_capital_they_are_sent_to():
    # Guard: a demonym in the description wins over the setting.
    text = (
        "American lawmakers met in Washington on Monday to hear about the trade talks.\n\n"
        "Jane Roe, the Chinese ambassador to Washington, said the talks would go on."
    )
    assert ("Jane Roe", "CHN") in persons_of(text), persons_of(text)


def test_an_envoy_with_no_other_country_in_the_window_stays_unplaced():
    # Guard: with no country but the destination named anywhere, the envoy is not guessed.
    text = "Mark Dole, the former special envoy to Kyiv, told lawmakers on Tuesday that he had raised his concerns."
    persons = persons_of(text)
    assert ("Mark Dole", None) in persons, persons
