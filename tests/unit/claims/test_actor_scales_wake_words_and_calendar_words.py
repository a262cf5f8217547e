"""Actor precision: words the model or a reader takes for a body that name no party. A temperature scale after
"degree(s)" ("2 degrees Fahrenheit") is a unit of measure, a thing (GUIDE decision 12); a company's name that a wake word
calls before a command ("“OK Globex, play the news”") stands for the software listening for it (decision 480); a weekday
or month the model marked as a date ("Tuesday’s report") is no reporting body. The near misses stay: a scale's name
acting on its own, a company greeted before a statement (a vocative, decision 163), a named outlet whose report it is."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lake temperatures near Brenford have climbed about 1 degree Fahrenheit since 1988, the survey found.", "Fahrenheit"),
        ("Planners want to hold warming to 2.7 degrees Fahrenheit (1.5 degrees Celsius) this century.", "Fahrenheit"),
        ("“OK Google, find pizza places in Fresno,” a user might say.", "Google"),
        ("A driver can ask, “OK, Google, show me taco trucks near Modesto,” and the screen lists them.", "Google"),
        ("She filed a note on each parish she toured. Tuesday’s report was the diocese’s digest of those notes.", "Tuesday"),
    ],
)
def test_a_scale_a_woken_assistant_or_a_day_is_no_actor(text, word):
    actors = actors_of(text)
    assert word not in [name for name, _ in actors], actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # (only the word right after "degree(s)" names a scale: here the name is a subject on its own)
        ("Water boils at 212 degrees Fahrenheit, and Fahrenheit himself fixed that point.", "Fahrenheit"),
        # (a vocative with no command after it: decision 163 lists the body addressed)
        ("“Hey Microsoft, the whole point of this update is speed,” she wrote.", "Microsoft"),
        ("Kestrel Weekly’s report was the first to name the buyer.", "Kestrel Weekly"),
    ],
)
def test_the_near_misses_stay_organisations(text, actor):
    actors = actors_of(text)
    assert (actor, "organization") in actors, actors
