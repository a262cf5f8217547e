"""Persons placed by the country their post covers or the post they are appointed to (GUIDE decisions 9, 21, 285):
a manager's post with "for" + a country ("general manager for Germany", "the executive director for China at the
fund", claims.json territory_post_nouns), and a post given by an appointment ("promoted X to ...", "the appointment
of X as ...", "the promotion of X to ... lead for the UK"). An envoy's or an advocate's "for" or "to" names a country
the person is sent to or speaks for, which places nobody."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def countries_of(name, text):
    """The country declcli gives the person at each mention."""
    return [a.country for c in extract_claims(text, split_sentences(text)) for a in c.actors if a.name == name]


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        # a manager's post with "for" + a country
        ("Mira Kessel, the firm's general manager for Germany, said sales rose.", "Mira Kessel", "DEU"),
        ("Tan Wei, the former executive director for China at the fund, said the deal would hold.", "Tan Wei", "CHN"),
        ("Orla Finch, head of operations for Ireland, said the plant would stay open.", "Orla Finch", "IRL"),
        # the post an appointment gives
        (
            "Acme has announced the promotion of Rhys Dunmore to channel lead for the UK, effective from May 2.",
            "Rhys Dunmore",
            "GBR",
        ),
        ("The cabinet announced the appointment of Amina Wekesa as Kenya's finance minister.", "Amina Wekesa", "KEN"),
        ("The ministry promoted Amina Wekesa to Kenyan finance minister.", "Amina Wekesa", "KEN"),
    ],
)
def test_the_country_of_the_persons_post_places_her(text, name, iso3):
    assert countries_of(name, text) == [iso3]


def test_the_appointed_persons_country_is_kept_in_a_later_mention():
    text = "Acme has announced the promotion of Rhys Dunmore to channel lead for the UK. Dunmore said he was delighted."
    assert countries_of("Rhys Dunmore", text) == ["GBR", "GBR"]


@pytest.mark.parametrize(
    "text",
    [
        "Mira Kessel, the special envoy for Syria, said the talks would resume.",
        "Mira Kessel, an advocate for Ukraine, said the talks would resume.",
        "The board appointed Mira Kessel as special envoy to Kenya.",
    ],
)
def test_a_country_the_person_is_sent_to_or_speaks_for_places_nobody(text):
    assert countries_of("Mira Kessel", text) == [None]
