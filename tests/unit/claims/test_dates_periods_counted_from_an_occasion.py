"""A week, month, year, part of a day or weekday counted from an occasion the text gives ("the week before the vote",
"the night before his crash", "the Thursday before the election", "the day after Thanksgiving") is one date expression
listed with no value, its text running to the end of the occasion (GUIDE decisions 72, 388, 542, 599(a), 822); "the week
after next" and "the year before last" count from now and are left as they were; one told of what comes round each
time names no one period (decisions 460, 822), but a present with no sign of a habit tells one occasion's timetable
(decision 72's null)."""

import pytest
from test_dates_anniversaries_and_ordinal_days_of_an_occasion import dates  # the (text, value) of each date, against 2031-03-04


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The ferry line posted its timetable the week before the harbour reopened.",
            [("the week before the harbour reopened", None)],
        ),
        ("Ticket sales doubled the month after Ms. Varga's interview.", [("the month after Ms. Varga's interview", None)]),
        ("In the year after the mill closed, forty families left Brackwater.", [("the year after the mill closed", None)]),
        ("The rider was seen at a café the night before his fall at Elmwood.", [("the night before his fall at Elmwood", None)]),
        ("The poll showed the mayor ahead on the Thursday before the election.", [("the Thursday before the election", None)]),
        ("Most of the shops in Brackwater stayed shut the day after Thanksgiving.", [("the day after Thanksgiving", None)]),
        ("The year before we moved to Brackwater, the old ferry sank.", [("The year before we moved to Brackwater", None)]),
        ("The clerk quit the day after he lost the appeal.", [("the day after he lost the appeal", None)]),
    ],
)
def test_counted_from_an_occasion(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, tense, expected",
    [
        # a count from now, not from an occasion: left as main reads it
        ("The council will meet the week after next.", "future", []),
        # a count from a day the story has given, as before
        (
            "The storm hit on Friday, and the day before, the roads were closed.",
            "past",
            [("Friday", "2031-02-28"), ("the day before", None)],
        ),
        # told of each time the occasion comes round: no one period (decisions 460, 822)
        ("It seems they shed heavy metals in the week after their collision.", "present", []),
        # a weekday not counted from anything keeps its value
        ("The mayor spoke on Thursday before a crowd of farmers.", "past", [("Thursday", "2031-02-27")]),
    ],
)
def test_near_misses(text, tense, expected):
    assert dates(text, tense) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named day holding a weekday's name, counted from: the count alone, its text to the name's end, no weekday
        ("Queues grew in the week before Black Friday.", [("the week before Black Friday", None)]),
        ("The chapel filled the evening before Good Friday.", [("the evening before Good Friday", None)]),
        ("Online orders climbed in the week before Cyber Monday.", [("the week before Cyber Monday", None)]),
        ("The candidates debated the day before Super Tuesday.", [("the day before Super Tuesday", None)]),
        # the count as a subject: its text runs to the end of the occasion's noun phrase (decision 388)
        ("Neighbours said the month before her move was hectic.", [("the month before her move", None)]),
        # an aside inside the occasion stays; the clause runs on after it (decision 910)
        (
            "The clerk quit the week after the board, a panel of five, cut his pay.",
            [("the week after the board, a panel of five, cut his pay", None)],
        ),
        (
            "The fund sold its stake the month after the audit, a long document, was released.",
            [("the month after the audit, a long document, was released", None)],
        ),
        # an aside after the occasion's last word is left out (decision 910)
        ("The clerk quit the week after the vote, a narrow one, the paper said.", [("the week after the vote", None)]),
        # a coordinated clause with its own "after" is another time, not the occasion's
        (
            "The crew docked in the evening before the market opened and again after it shut.",
            [("the evening before the market opened", None)],
        ),
    ],
)
def test_occasion_names_and_ends(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one occasion's timetable in the present: the count, no value (decision 72)
        ("Senators return the week after Memorial Day, an aide said.", [("the week after Memorial Day", None)]),
        ("The tribunal hears the appeal the week after Easter.", [("the week after Easter", None)]),
        ("The deadline is the month after the census.", [("the month after the census", None)]),
        # a habit: a word of frequency, an occasion told of any one: no date (decisions 97, 460)
        ("Bakers usually rise early the day after Thanksgiving.", []),
        ("Traders flood the docks the week before Easter every year.", []),
        ("She swims less the month before a race.", []),
    ],
)
def test_present_counts(text, expected):
    assert dates(text, "present") == expected
