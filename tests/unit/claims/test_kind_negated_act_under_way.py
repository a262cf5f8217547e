"""A named party's act, effort or speech act told in a negated progressive is an event, as the unnegated one (GUIDE
decisions 177, 430, 733: the negation is the polarity's); the speaker's own stance (with "we" too), a "they" for an
unnamed class, sincerity, attitudes and states (decisions 267, 632, 664(b)), a forecast or estimate with a noun phrase
(decision 842) and a degree denied or an object judged (decision 101) stay facts."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def last_claim(text, published="2024-03-05"):
    """The claim of the text's last sentence (a "they" whose antecedent the sentence before names)."""
    claims = extract_claims(text, split_sentences(text), published=published)
    assert claims, text
    return claims[-1]


def kind_of(text):
    return last_claim(text).kind


@pytest.mark.parametrize(
    "text",
    [
        "Globex is not trying to win back the old customers with the new tariff.",
        "Harbourline was not reporting any cancellations on the morning routes.",
        "Mayor Dana Lee certainly wasn't apologizing for the closure of the pool.",
        "\u201cWe are not hiring new drivers for the night shift this winter,\u201d the manager said.",
        "\u201cWe're not hurrying to fill the post,\u201d said Ana Ruiz, the depot's manager.",
        "The two ferry companies met on Monday. \u201cThey are not withdrawing the whole crew,\u201d she said.",
    ],
)
def test_a_named_partys_act_not_under_way_is_an_event(text):
    claim = last_claim(text)
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
        # a forecast or estimate with a noun phrase is a view held (decision 842)
        "Globex is not forecasting any rise in fares for the winter.",
        "Harbourline is not projecting a loss for the spring.",
        # sincerity, trust and what one has on: an attitude or state, whatever follows (decisions 267, 632, 664(b))
        "Captain Ortiz wasn't joking about the fares.",
        "\u201cThey weren't kidding about the fog,\u201d said Ortiz.",
        "Many anglers are annoyed. They aren't trusting the new tide tables.",
        "Dana Ortiz was not wearing a life jacket, the coroner said.",
        # a verb and its object that tell a state, an attitude or a judgement
        "\u201cShe isn't holding a grudge,\u201d her sister said.",
        "Harbourline still isn't making money on the night route.",
        "\u201cThey aren't buying it,\u201d the skipper said of the anglers.",
        "Globex isn't playing games over the depot, its chief said.",
        "\u201cShe isn't doing anything wrong,\u201d her lawyer said.",
        # a degree denied: a judgement of how the party acts (decision 101's criticism)
        "Critics said that Globex isn't using the depot enough: that is, it is relying on rented sheds.",
        "She wrote that Mayor Lee wasn't taking the flood warnings as seriously as he should.",
        "Harbourline isn't building enough boats to meet the summer demand.",
        "Globex isn't selling as many tickets on the coast as it did.",
        "Globex isn't selling many tickets on the coast.",
        "The Lees are not paying much heed to the forecasts.",
        "\u201cWe aren't taking the flood warnings seriously,\u201d Ortiz said.",
        # "we" as the speaker's own stance, as "I" and "you"
        "\u201cWe're not complaining about the new fares,\u201d the anglers' spokesman said.",
        "\u201cWe're not asking for any favours,\u201d the dockers' leader said.",
        # "they" for an unnamed class (decision 430)
        "Anglers have changed their habits. They aren't buying new rods.",
    ],
)
def test_stances_idioms_and_forecasts_not_under_way_stay_facts(text):
    assert kind_of(text) == "fact"


def test_the_unnegated_act_under_way_stays_an_event():
    assert kind_of("Globex is trying to win back the old customers with the new tariff.") == "event"
