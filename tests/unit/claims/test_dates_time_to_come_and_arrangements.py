"""Day words and days whose value the words around them decide: "tomorrow" standing for the time to come in general
(benchmarks/claims_real/GUIDE.md decision 836), and a day or month on a present progressive, an arrangement still to
come, or under a bare participle clause whose host looks ahead (the dates section: the tense says; decision 621)."""

import pytest
from test_dates_tense_of_the_clause import _values  # the values of the dates holding `word`, against Wed 2024-03-06


@pytest.mark.parametrize(
    "text",
    [
        # A run that sets "tomorrow" beside the present and an open-ended span: the time to come, and "today" in it the
        # present in general (GUIDE decision 836).
        "“We will defend this valley today, tomorrow, and for as long as we are needed,” the governor told the crowd.",
        "The rangers will guard these hills now, tomorrow and always.",
        "Our union will stand with the miners today, tomorrow and for generations.",
    ],
)
def test_a_run_of_today_tomorrow_and_an_open_span_is_no_day(text):
    assert _values(text, "today") == []
    assert _values(text, "tomorrow") == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund backs schools that are training tomorrow's engineers.",
        "The college says it is shaping the surgeons of tomorrow.",
        "The minister says the scheme will train tomorrow's workforce.",
        "The museum shows what tomorrow's world may look like.",
    ],
)
def test_tomorrow_before_or_after_a_class_noun_is_no_day(text):
    assert _values(text, "tomorrow") == []


@pytest.mark.parametrize(
    "text",
    [
        # Guards: an act or happening placed on the day keeps the day (decision 836's last part).
        "The ferry sails at noon tomorrow and returns on Friday.",
        "Tomorrow's flights to the islands were cancelled because of the gale.",
        "Tomorrow's matches will be played behind closed doors.",
        "The meeting of tomorrow was moved to a larger hall.",
        "The museum stays open today, tomorrow and Friday.",
        # (a bounded "for" phrase after the run, with a number, "next" or a date: the days keep their dates)
        "The bridge will stay shut today, tomorrow and for the next two years.",
        "Lanes will close today, tomorrow and for all of next week.",
        "The gallery will open today, tomorrow and for three days in April.",
        # (a plural of things or happenings of the day, not of people, a role or an age: the day, GUIDE decision 836)
        "Tomorrow's trains will run on a reduced timetable.",
        "Tomorrow's prices will be set by the regulator.",
        "Tomorrow's ferries will leave from the north quay.",
        "Tomorrow's results will decide the title.",
    ],
)
def test_tomorrow_of_a_happening_on_the_day_is_the_next_day(text):
    assert _values(text, "tomorrow") == ["2024-03-07"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The new tablets are arriving in September, the retailer said.", "september", "2024-09"),
        ("The orchestra is performing on Saturday night in the old theatre.", "saturday", "2024-03-09"),
        ("The council is meeting Monday to settle the harbour budget.", "monday", "2024-03-11"),
        ("The airline is opening its new route in January.", "january", "2025-01"),
        # (a happening the party stages itself: its own scheduled act, GUIDE decision 30)
        ("The union is holding a rally on Saturday outside the plant.", "saturday", "2024-03-09"),
    ],
)
def test_a_day_or_month_on_a_present_progressive_points_ahead(text, word, expected):
    assert _values(text, word) == [expected]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Guards: a simple past keeps the past, a verb of going on tells what runs now, and a day after a noun of a
        # preposition of time dates that noun.
        ("The new tablets arrived in January, the retailer said.", "january", "2024-01"),
        ("The crews are continuing their search in January.", "january", "2024-01"),
        ("The keeper is recovering after surgery on Monday.", "monday", "2024-03-04"),
        # A day or month straight after the progressive's object that is or holds a happening dates the happening, not
        # an arrangement of the party's (GUIDE decisions 30 and 693(c)).
        ("Police are investigating a shooting on Saturday.", "saturday", "2024-03-02"),
        ("Investigators are examining a fire in February at the plant.", "february", "2024-02"),
        ("Officials are reviewing the crash on Monday, the agency said.", "monday", "2024-03-04"),
        ("Detectives are investigating the death of a cyclist in February.", "february", "2024-02"),
        # A progressive of a level rising or falling (the trend of GUIDE decision 775), one with "still", and one done
        # after a happening gone by tell a state or change under way, no arrangement.
        ("Sales are falling in April, the report shows.", "april", "2023-04"),
        ("Exports are climbing in May, the ministry says.", "may", "2023-05"),
        ("Residents are still cleaning up on Monday after the storm.", "monday", "2024-03-04"),
        ("Families are still searching for relatives on Saturday.", "saturday", "2024-03-02"),
        ("The team is celebrating on Sunday after winning the cup.", "sunday", "2024-03-03"),
    ],
)
def test_a_day_off_the_progressive_keeps_its_reading(text, word, expected):
    assert _values(text, word) == [expected]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # An infinitive under a bare participle clause takes the time of the clause the participle hangs on (GUIDE
        # decision 621): a modal's or a present's act ahead.
        ("The ruling could free the port, allowing the ferry line to resume in January.", "january", "2025-01"),
        ("The deal frees the mill, allowing its owners to reopen it in February.", "february", "2025-02"),
        (
            "The ruling could free the port, easing the strain while allowing the ferry line to resume in January.",
            "january",
            "2025-01",
        ),
    ],
)
def test_an_infinitive_under_a_bare_participle_takes_its_clauses_time(text, word, expected):
    assert _values(text, word) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Guards: under a past clause the act is read in the past, as before; and an infinitive of a noun the
        # participle has as its object dates the noun's act, which the participle does not set ahead (decision 621
        # covers only the participle's own infinitive).
        "The mayor resigned, allowing her deputy to take over in January.",
        "The union will strike next week, citing the firm's refusal to pay bonuses in January.",
        "The firm will cut jobs, blaming a decision to close the plant in January.",
    ],
)
def test_an_infinitive_off_a_bare_participles_own_keeps_the_past(text):
    assert _values(text, "january") == ["2024-01"]
