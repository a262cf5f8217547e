"""Actor precision: a name the article calls an offering, an appliance, a dashboard, a calendar, a pill or a holiday
("Vantor, the firm's storage offering", "Kestrel is a holiday invented in 1966") is a thing's, a product's or a
happening's, no participant (GUIDE decisions 12, 118), whatever the model calls it; the firm that sells it stays an
organisation."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_name_called_an_offering_a_calendar_or_a_holiday_is_no_actor():
    units = actors_by_unit(
        "PowerFlex, the company's software-defined infrastructure offering, now has a rebate. "
        "Enterprise Copy Data Analytics is an analytics-as-a-service offering. "
        "Vantor is a simple calendar for your phone. "
        "Kestrel is a holiday invented in 1966."
    )
    assert units == [[], [], [], []], units


def test_the_seller_of_the_offering_stays_an_organisation():
    units = actors_by_unit("Initech said on Monday that Vantor, its new storage offering, would ship in May.")
    assert ("Initech", "organization") in units[0], units
