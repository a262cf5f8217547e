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
