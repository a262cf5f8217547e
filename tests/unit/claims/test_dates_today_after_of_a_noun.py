""" "today" after "of" on a noun ("the bridges of today", "the youth of today") means these times, no date (GUIDE
decision 22)."""

import pytest

from declcli.model import Article
from declcli.pipeline import analyze


def dates(text):
    claims, _ = analyze(Article(text=text), "2031-03-04")
    return [(d.text, d.value) for c in claims for d in c.dates]


@pytest.mark.parametrize(
    "text",
    [
        "The grand canals of today, however, are kept open by unseen pumps.",
        "“The pupils of today read fewer novels,” the headmistress said.",
        "The generation of today reads fewer novels.",  # a collective noun
    ],
)
def test_today_after_of_on_a_noun_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The lease covers only the east wing as of today.",  # "as of": from this day
        "The minutes of today's hearing were published by the clerk.",  # the day's hearing
        "The tribunal sits in Bristol today.",
        # an event, a sitting or a document of the day, or one thing of it
        "The meeting of today was cancelled.",
        "The session of today will address the budget.",
        "The agenda of today includes a vote.",
        "The vote of today marks a turning point.",
        "The minutes of today were sealed.",
    ],
)
def test_today_of_the_day_stays_a_date(text):
    assert dates(text) == [("today", "2031-03-04")]
