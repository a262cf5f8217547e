""" "today" right after an unnamed plural in a present clause ("pupils today read less") or "today's" before a noun of
a whole class or of the world ("in today's world") means these times, "of today": no date, quoted or not (GUIDE decision
22)."""

import pytest
from test_dates_today_after_of_a_noun import dates  # the (text, value) of each date, against 2031-03-04


@pytest.mark.parametrize(
    "text",
    [
        "Gardeners today prefer hardy shrubs to roses.",
        "“Shoppers today are looking for cheaper brands,” the grocer says.",
        "“Our pupils today cannot name a single river,” the teacher said.",
        "The guild does not buy at auctions, like many bakers today, to stock its shelves.",
        "“This is one of the commonest mistakes of drivers today,” the instructor said.",
        "“In today’s crowded world, quiet is a luxury,” the architect said.",
    ],
)
def test_today_of_a_class_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gardeners today planted two hundred trees along the canal.",  # a past: that day's
        "Shoppers today will find the market closed.",  # the future: that day's
        "The gardeners today are planting tulips along the canal.",  # a described group, not a class
        "Two firms today said they would merge.",  # a counted few
        "The ruling by judges today means the bridge stays shut.",  # the doers of the day's act
        "“The judge ruled at today’s hearing,” the lawyer said.",  # an occasion of the day
        "“At today’s prices the deal is a bargain,” the trader said.",  # the day's prices
    ],
)
def test_today_of_the_days_happening_or_group_stays_a_date(text):
    assert dates(text) == [("today", "2031-03-04")]


@pytest.mark.parametrize(
    "text",
    [
        # a plural object before "today": the day's act on it
        "The museum opens its doors today after a two-year renovation.",
        "The union holds talks today with management over pay.",
        "The Bank of England publishes its inflation forecasts today.",
        "SpaceX launches astronauts today from Cape Canaveral.",
        "The team plays its rivals today at Anfield.",
        # a progressive, a passive, "going to", "have until": the day's doings
        "Residents today are cleaning up after the tornado tore through the town overnight.",
        "Protesters today are marching on parliament to demand new elections.",
        "Flights today are cancelled at Heathrow as air traffic controllers strike.",
        "Temperatures today are expected to reach 35C in Madrid.",
        "“Fans today are going to see a very different team,” the coach said after practice.",
        "Bidders today have until 5 p.m. to submit offers.",
        # a simple present of the day's event, without a mark of the general sense
        "Voters today go to the polls in the first round of the presidential election.",
        "Lawmakers today vote on the $1.2 trillion spending bill.",
        "Junior doctors today begin a five-day strike in England.",
        "Commuters today face long delays after a signal failure at Waterloo station.",
        "Researchers today publish the first full map of the fly brain.",
        "Analysts today expect the central bank to hold rates.",  # a forecast: "expect" with a clause
        "Petrol prices today rise by 2p a litre, the AA said.",  # "a litre": no unit of time
        "Customers today can book tickets online for the first time.",  # the day's change
        # a listed noun naming the day's programme
        "Today's music comes from the BBC Philharmonic, live from Salford.",
    ],
)
def test_today_of_the_days_doings_by_a_plural_stays_a_date(text):
    assert ("today", "2031-03-04") in [(t.lower(), v) for t, v in dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Teenagers today spend more than seven hours a day on screens, the study found.",  # a comparison, a frequency
        "Employers today must offer flexible hours to attract staff, analysts say.",  # a modal of need
        "Smartphones today can do what supercomputers did in the 1990s.",  # a modal of ability
        "Students today are not reading as many books as their parents did.",  # a negation
        "“Consumers today expect free delivery,” the retailer's chief executive said.",  # wanting, a bare object
        "Farmers today earn less than their grandparents did.",  # a comparison with the past
        "Drivers today no longer carry paper maps.",  # a contrast with the past
        "In today's post-EMV world, card fraud has moved online.",
        "Today's public is far more sceptical of experts.",
    ],
)
def test_today_of_a_class_with_a_mark_of_these_days_is_no_date(text):
    assert [t for t, _ in dates(text) if t.lower() == "today"] == []
