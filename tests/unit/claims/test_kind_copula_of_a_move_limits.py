"""Where a copula with "up", "down", "higher" or "lower" tells no move of a measure (review rev40a): a study's result
(GUIDE decision 270), a competitor's standing or a poll lead (decision 816), a comparison of places or groups (decision
805), a habitual level (decision 775), a level against a reference figure; and where it does (decisions 581, 806)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "In the pilot trial, the rate of falls was 18% lower in the group given the exercises.",
        "Clinic visits were 22 percent lower among insured children, the study found.",
        "The risk of gout was 35% higher among brewers.",
    ],
)
def test_a_studys_result_told_as_higher_or_lower_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The Hornets were down 11 points with four minutes left.",
        "The Falcons were up 9 points at halftime.",
        "Rovers were three points up on United at the top of the table.",
        "Okafor is up 4 points over Lind in Ohio, according to the poll.",
        "Lind is down 6 points in Iowa, the survey found.",
    ],
)
def test_a_running_margin_or_a_poll_lead_is_a_standing_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Average rents are 12% lower in the east than in the west.",
        "Average rents are 12% lower in the east.",
        "Ferry bookings are typically down 15% in February.",
        "Gas demand is usually 8 percent higher in winter.",
        "Footfall is always down in the summer months.",
        "Copper is down 30% from its 2022 peak.",
        "The charity was down to its last $40,000 in cash.",
    ],
)
def test_a_comparison_a_habitual_level_or_a_level_against_a_peak_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The rand was up 3 cents against the euro for the first time in a month.",
        "Turnout was up 4 points for the first time since 1998.",
        "Bond yields were up for the week.",
        "Copper prices were up 6% over the week.",
        "Brent LCOc1 was last at $61.20, down 1.9% on the day.",
        "Globex was up 4% in early trading.",
    ],
)
def test_a_move_for_the_first_time_or_over_a_named_period_is_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Stocks were up sharply on Thursday.",
        "Car sales were up in August.",
        "Ticket sales were up last year.",
        "Bond prices were higher in afternoon trade.",
        "Revenue was up by a quarter.",
        "Attendance was up 3,000 on last season.",
        "Passenger numbers were up 2.4 million in 2022.",
    ],
)
def test_a_measure_up_at_a_date_or_by_any_count_is_an_event(text):
    assert kind_of(text) == "event"
