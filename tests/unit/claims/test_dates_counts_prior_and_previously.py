"""A count of days, weeks, months or years + "prior" or "previously" ("five months prior", "a couple of years
previously", "the day prior") is counted from a date or event the text gives, like "five months before" and "the day
before": listed with no value (GUIDE decisions 40, 72), also with no count ("just months prior", as "days later"). Not a
span ("in years prior to 2017", as "in years before"), nor "prior" as the adjective of a noun ("30 days prior notice", a
length of notice)."""

import pytest
from test_dates_anniversaries_and_ordinal_days_of_an_occasion import dates  # the (text, value) of each date, against 2031-03-04


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Several weeks prior, the clerk had warned the council about the roof.", [("Several weeks prior", None)]),
        ("The dockers who struck a few months prior had told me how it works.", [("a few months prior", None)]),
        ("Prices were 4 percent higher, eight months prior to the last slump.", [("eight months prior", None)]),
        ("The two teams met again in a replay from three weeks prior, when Oldham won.", [("three weeks prior", None)]),
        ("A couple of years previously, the mill had shed half its staff.", [("A couple of years previously", None)]),
        ("The mayor had quit the board two years previously.", [("two years previously", None)]),
        ("Rovers also won on penalties the day prior, so the fans were calm.", [("the day prior", None)]),
        ("The pair had met just months prior at a fair in Lima.", [("just months prior", None)]),
    ],
)
def test_a_count_prior_or_previously(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "prior" the adjective of the noun after it: a length, no date
        ("Tenants must get 30 days prior notice of any rent rise.", []),
        ("The post asks for two years prior experience in sales.", []),
        ("The clinic sends a day prior reminder to each patient.", []),
        # ... also where the parse hangs "prior" on the verb: before a participle or a noun
        ("The lease requires 45 days prior written notice to quit.", []),
        ("Suppliers must obtain 30 days prior written approval for any change.", []),
        ("Staff were handed a day prior warning of the strike.", []),
        # "previously" modifying the participle or adjective of a noun: a stretch of years, no date
        ("The files spanned five years previously hidden from auditors.", []),
        ("The inquiry uncovered four years previously undeclared earnings at the club.", []),
        # a span, not a date
        ("Bonuses were granted in years prior to the merger.", []),
        # "previously" with no count, and "before" as on main
        ("As previously reported, the mill had shed half its staff.", []),
        ("Prices were 4 percent higher, eight months before the last slump.", [("eight months before", None)]),
        # a clause or a phrase after "previously" keeps the count
        ("Three years previously, the pier had been a ruin.", [("Three years previously", None)]),
        ("The budget was passed six months previously by the council.", [("six months previously", None)]),
    ],
)
def test_near_misses(text, expected):
    assert dates(text) == expected


def test_a_year_prior_in_a_comparison_of_figures():
    # "a year prior" reads as "a year earlier" does: the previous year where the text gives the period no date (GUIDE
    # decision 490(b), decision 10)
    assert dates("Revenue climbed 7 percent in the second quarter from a year prior.") == [("a year prior", "2030")]
    assert dates("Revenue climbed 7 percent in the second quarter from a year earlier.") == [("a year earlier", "2030")]
