"""Actor precision: words the model or a reader takes for a body that name no party. A temperature scale after
"degree(s)" ("2 degrees Kelvin") is a unit of measure (GUIDE decision 453); a company's name that a wake word calls
before a command in a sample line a generic speaker might say ("“Okay Kestrel, set an alarm,” a user might say") stands
for the software listening for it (decisions 84, 480); a weekday or month the model marked as a date ("Monday’s report")
is no reporting body. The near misses stay: a scale's name acting on its own, another name after "degree", a body a
speaker of the story greets or calls on (a vocative, decision 163), a named outlet whose report it is."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Brenford's lakes have warmed about 2 degrees Fahrenheit since 1990.", "Fahrenheit"),
        ("“Okay Microsoft, set an alarm for six,” a user might say to the speaker on the nightstand.", "Microsoft"),
        # (a comma after the greeting, and a quote mark that opens the quote the wrong way round)
        ("Any driver can ask, “Hey, Microsoft, call the garage,” and the dashboard dials it.", "Microsoft"),
        ("Kestrel sells a wall panel.\n\n”OK Microsoft, dim the hall lights,” a guest could say when using it.", "Microsoft"),
        ("Inspectors toured every plant in the county. Monday’s report was the board’s digest of their visits.", "Monday"),
        ("October 2015: Declared herself a candidate for the Brenford council", "October"),
    ],
)
def test_a_scale_a_woken_assistant_or_a_day_is_no_actor(text, word):
    actors = actors_of(text)
    assert word not in [name for name, _ in actors], actors


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # (a vocative with no command after it: decision 163 lists the body addressed)
        ("“Hey Microsoft, the whole point of this update is speed,” she wrote.", "Microsoft"),
        # (a command a speaker of the story gives the body by name, no sample line: a vocative, decision 163)
        ("“Hey Congress, pass the bill now,” the marchers chanted outside the Capitol.", "Congress"),
        ("“Hey Apple, fix the keyboard already,” customers wrote in a petition.", "Apple"),
        ("“Hey Globex, stop spamming me,” a Globex customer tweeted.", "Globex"),
        # (another name after "degree": no temperature scale)
        ("She holds a law degree Harvard rarely awards to foreigners.", "Harvard"),
        ("Brenford Weekly’s report was the first to name the buyer.", "Brenford Weekly"),
    ],
)
def test_the_near_misses_stay_organisations(text, actor):
    actors = actors_of(text)
    assert (actor, "organization") in actors, actors


def test_a_scales_namesake_acting_on_his_own_stays_listed():
    # (only a scale's name right after "degree(s)" is a unit: here the man it is named for is a subject on his own)
    actors = actors_of("The vat reached 300 degrees Kelvin, a figure Kelvin himself would have checked twice.")
    assert "Kelvin" in [name for name, _ in actors], actors
