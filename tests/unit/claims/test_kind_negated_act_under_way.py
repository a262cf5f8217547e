"""A named party's act, effort or speech act told in a negated progressive is an event, as the unnegated one (GUIDE
decisions 177, 430, 733: the negation is the polarity's); the speaker's own stance, an idiom of sincerity, a
forecast with a noun phrase (decision 842) and a degree denied (decision 101) stay facts."""

import pytest
from test_kind import kind_of
from test_mood import first_claim


@pytest.mark.parametrize(
    "text",
    [
        "Globex is not trying to win back the old customers with the new tariff.",
        "Harbourline was not reporting any cancellations on the morning routes.",
        "Mayor Dana Lee certainly wasn't apologizing for the closure of the pool.",
        "\u201cWe are not hiring anyone for the night shift this winter,\u201d the manager said.",
        "\u201cThey are not withdrawing the whole crew from the ferry,\u201d she said.",
    ],
)
def test_a_named_partys_act_not_under_way_is_an_event(text):
    claim = first_claim(text)
    assert (claim.kind, claim.polarity) == ("event", "negative")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's or the reader's own stance
        "I'm not complaining about the new timetable.",
        "You're not playing a part in the show.",
        # an intransitive idiom of sincerity
        "The skipper wasn't kidding.",
        # an unnamed class (decision 430's trend) and a common-noun subject keep their reading
        "The senators aren't buying his story about the ferry.",
        # a forecast with a noun phrase is a view held (decision 842)
        "Globex is not forecasting any rise in fares for the winter.",
        # a degree denied: a judgement of how the party acts (decision 101's criticism)
        "Critics said that Globex isn't using the depot enough: that is, it is relying on rented sheds.",
        "She wrote that Mayor Lee wasn't taking the flood warnings as seriously as he should.",
    ],
)
def test_stances_idioms_and_forecasts_not_under_way_stay_facts(text):
    assert kind_of(text) == "fact"


def test_the_unnegated_act_under_way_stays_an_event():
    assert kind_of("Globex is trying to win back the old customers with the new tariff.") == "event"
