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


def persons(text):
    """Each person with her country and role."""
    return [
        (a.name, a.country, a.role) for c in extract_claims(text, split_sentences(text)) for a in c.actors if a.type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leila Haddad, Amnesty International's research director for Iran, said 40 people were executed.", "Leila Haddad"),
        ("Mark Delaney, a former senior director for Russia at the think tank, said the sanctions would bite.", "Mark Delaney"),
        ("Jonas Weber, the IMF's mission chief for Argentina, said the loan review would end in June.", "Jonas Weber"),
        ("Priya Nair, the World Bank's country director for Kenya, said the loan would pay for new roads.", "Priya Nair"),
    ],
)
def test_a_country_the_post_covers_without_a_managers_word_places_nobody(text, name):
    # GUIDE decision 286: a country the person deals with or is posted in is not hers
    assert countries_of(name, text) == [None]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Delegates elected Lena Fischer as chair of the climate conference in Nairobi.", "Lena Fischer", None),
        ("The federation appointed Luka Petrovic as head coach for the tournament in Qatar.", "Luka Petrovic", None),
        ("The secretary-general appointed Ingrid Berg as head of the UN mission in South Sudan.", "Ingrid Berg", None),
        ("Acme named Jo Reed to lead its expansion in Brazil.", "Jo Reed", None),
        ("Acme appointed Mira Sen to head its operations in India.", "Mira Sen", None),
    ],
)
def test_the_venue_or_mission_of_an_appointed_post_places_nobody(text, name, role):
    # GUIDE decisions 286 and 471: the place of the post's venue, mission or task is not the person's; no role from it
    assert persons(text) == [(name, None, role)]
