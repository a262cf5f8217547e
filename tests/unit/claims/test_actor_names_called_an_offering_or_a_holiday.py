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


def test_the_body_that_issues_an_offering_or_runs_a_calendar_stays_an_organisation():
    # decisions 54 and 628: a body in the name of what it issues or runs, or said to be a share sale, is an actor
    units = actors_by_unit(
        "Investors snapped up the Birkenstock offering, and the company's shares rose 8 percent in their debut. "
        "The biggest offering of the year was Arm Holdings, which raised $4.9 billion. "
        "Fans are already planning their trips around the UEFA calendar, which the confederation published on Monday. "
        "It was the busiest week on the ATP calendar, and the tour said crowds were up."
    )
    names = [name for unit in units for name, kind in unit if kind == "organization"]
    assert {"Birkenstock", "Arm Holdings", "UEFA", "ATP"} <= set(names), units
