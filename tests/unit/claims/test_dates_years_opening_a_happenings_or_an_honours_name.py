"""A year that opens the proper name of a one-off happening or of a title or honour held dates it; a year in a recurring
event's, a product's or a ceremony's name numbers the name and is no date (benchmarks/claims_real/GUIDE.md: decisions 73
and 585(b); decisions 20, 40)."""

import pytest


def _date_values(text, reference_date="2031-03-04"):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    claims = extract_claims(text, split_sentences(text), reference_date=reference_date)
    return {d.value for c in claims for d in c.dates}


@pytest.mark.parametrize(
    "text, year",
    [
        # a one-off happening's name: a happening's noun ends it, or "Operation" opens it
        ("The port never recovered from the shock of the 2010 Harbour Crash.", "2010"),
        ("Three ferries were seized during the 2013 Operation Tidewater, the coast guard said.", "2013"),
        # an honour or a title held
        ("Dana Lee won the 2016 Kestrel Prize for her work on wild bees.", "2016"),
        ("The 2015 Skipper of the Year said the crossing had been the hardest of her life.", "2015"),
        ("The 2015 Skipper of the Year Dana Lee said the crossing had been the hardest of her life.", "2015"),
        ("The 2028 Harbour Fire destroyed most of the valley's farms.", "2028"),
    ],
)
def test_a_year_opening_a_happenings_or_an_honours_name_is_a_date(text, year):
    assert year in _date_values(text)


# Guards: a product's model, a ceremony's or a recurring event's name keeps its year as part of the name
_NUMBERED_NAMES = (
    "The 2030 Kestrel Sedan is on sale in every showroom.",
    "Dana Lee sang at the 2029 Borduria Music Awards.",
    "Dana Lee won the 2029 Borduria Cup with a late goal.",
    "The crowd cheered at the 2029 Harbour Games.",
    # a noun that ends a recurring contest's or tournament's name as well as a happening's or an honour's (review of
    # h57dates: decisions 40, 565(a))
    "Kestrel Town lifted the 2029 Harbour Trophy after a tense final.",
    "The visitors were knocked out of the 2028 Borduria Shield Trophy in the semi-finals.",
    "Rain delayed the 2029 Harbour Stampede, organisers said.",
    "He kept his belt at the 2028 Clash of Kings.",
    "Fans filled the stadium for the 2029 Riverside Brawl.",
    "She finished second in the 2028 Kestrel Clash at the oval.",
    # "of the Year" opening a ceremony's longer name
    "The 2029 Skipper of the Year Awards will be held in Port Elm.",
    "Tickets for the 2028 Keeper of the Year Dinner sold out.",
    # a product's model: a well-known product opens the name, or "a" goes before the year
    "The 2029 Kindle Fire sold poorly, analysts said.",
    "He bought a 2028 Harbour Fire for his daughter.",
    # a campaign named for a yearly holiday, run each year
    "The 2029 Operation Christmas Parcel collected two million boxes.",
)


def test_a_year_in_a_products_or_a_recurring_events_name_stays_no_date():
    for text in _NUMBERED_NAMES:
        assert not {v for v in _date_values(text) if v and v.startswith("20")}, text
