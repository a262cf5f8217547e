"""Kind of a copula with "up", "down", "higher" or "lower" and the size or period of the move (GUIDE decision 806)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "Globex shares are up about 12% so far this year.",
        "Bus ridership was down 3.5 percent in October.",
        "Ticket sales are down 8 percent, while hotel bookings are up 2 percent.",
        "That's up from 18% a year earlier.",
        "Shares of Initech were 4% lower in afternoon trading.",
        "The index was down on the week.",
    ],
)
def test_a_copula_telling_a_move_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate was unchanged in September.",
        "The website was down for a week.",
        "Chelsea were down 2-0 at half-time.",
        "Although rents were up in May, the index is still down from its peak of 40 percent.",
        "Prices are up.",
        "The share of land under forest was 10 to 12 percent higher than in other regions.",
        "Prices were down for three straight years, down more than 40%.",
    ],
)
def test_a_level_or_a_copula_with_no_move_stays_a_fact(text):
    assert kind_of(text) == "fact"
