"""Kind: a reaction of feeling to what one saw or learned ("was surprised to see", "were shocked to learn"), placed at one
moment by a time clause, a time word or a dated phrase, happened then (GUIDE decision 486: event); with no moment, or a
date only inside what was found, the copula and its adjective state a feeling (a fact)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

REACTIONS_AND_KINDS = (
    ("After the ferry docked, the inspectors were surprised to see the hull intact.", "event"),
    ("On Monday the mayor was shocked to learn that the bridge had closed.", "event"),
    ("The growers were relieved to hear the forecast yesterday.", "event"),
    ("After the vote, the clerks were stunned to find the ballots missing.", "event"),
    ("The inspectors were surprised to see the hull intact.", "fact"),  # no moment: a feeling
    ("She was shocked to find a rare moth in the shed, a find she logged in 2019.", "fact"),  # the date is the find's
    ("For over a decade, the growers were pleased to see prices hold.", "fact"),  # a span, no one moment
)


@pytest.mark.parametrize(("sentence", "kind"), REACTIONS_AND_KINDS)
def test_a_reaction_placed_at_one_moment_is_an_event(sentence, kind):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == [kind]


RECURRING_OR_SPANNED_REACTIONS = (
    "When the trawler docked, the inspectors were always surprised to see the nets intact.",  # a habit
    "Each morning, the porters were shocked to see how many crates had arrived overnight.",  # each morning: recurring
    "On Tuesdays, commuters were often surprised to see empty platforms.",  # plural weekday: recurring
    "At night, the villagers were often shocked to hear wolves.",  # a frequency adverb
    "On Thursdays, the drivers were surprised to see the depot shut.",  # a plural weekday with no adverb
    "During the 1970s, growers were surprised to find that the aquifer was shrinking.",  # a decade: a span
    "During the past decade, planners were surprised to see rents stay low.",  # past decade: a span
    "During the winter, skiers were pleased to find the slopes empty.",  # a season: a span
)


@pytest.mark.parametrize("sentence", RECURRING_OR_SPANNED_REACTIONS)
def test_a_recurring_or_spanned_reaction_is_a_fact(sentence):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["fact"]


PLACED_REACTIONS = (
    "In April, the wardens were shocked to learn that the dam had cracked.",  # "in" + a month
    "The bankers were stunned to learn in April that the trust had folded.",  # on the infinitive
    "The riders were disappointed to hear the news following the race.",  # "following" one happening
    "Upon landing, the pilots were alarmed to find the runway flooded.",  # "upon" one happening
    "As the ballots were tallied, the observers were startled to see the margin.",  # an "as" time clause
    "He was shocked and saddened to learn on Tuesday of her death.",  # the infinitive on the second adjective
    "The crew was devastated to learn on Tuesday that the captain had died.",  # more adjectives of feeling
    "We were sorry to hear on Friday that the keeper was hurt.",
    "Onlookers were horrified to witness the collapse on Tuesday.",  # more verbs of perceiving
    "Hikers were stunned to spot a lynx on the trail on Tuesday.",
)


@pytest.mark.parametrize("sentence", PLACED_REACTIONS)
def test_a_reaction_dated_by_a_month_a_happening_or_a_time_clause_is_an_event(sentence):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["event"]


SPANNED_REACTIONS = (
    "In the 1980s, anglers were surprised to find that the trout were gone.",  # a decade
    "In the summer, divers were pleased to see the reef recover.",  # a season
    "As a result, the tenants were surprised to learn that the rent had doubled.",  # "as a result": no time
    "The voters were worried to hear on Tuesday that the polls had closed.",  # a stance adjective stays decision 278's
)


@pytest.mark.parametrize("sentence", SPANNED_REACTIONS)
def test_a_reaction_over_a_span_or_with_no_moment_stays_a_fact(sentence):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["fact"]


OTHER_FORMS_OF_A_PLACED_REACTION = (
    "After the audit, the clerks had been stunned to find the ledgers missing.",  # past perfect copula
    "He'd been surprised to learn on Tuesday that the motion had failed.",  # contracted past perfect
    "The clerks were stunned, after the audit, to find the ledgers missing.",  # the infinitive after a comma phrase
    "The rowers were disappointed after the match to hear the news.",  # the infinitive after the phrase
)


@pytest.mark.parametrize("sentence", OTHER_FORMS_OF_A_PLACED_REACTION)
def test_a_past_perfect_or_a_split_reaction_placed_at_one_moment_is_an_event(sentence):
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["event"]


def test_a_negated_reaction_at_one_moment_is_a_negative_event():
    sentence = "On Tuesday, the judge was not surprised to learn that the appeal had failed."
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [(c.kind, c.polarity) for c in claims][:1] == [("event", "negative")]


def test_a_date_on_the_act_seen_places_the_reaction():
    sentence = "The fans were thrilled to see the winger score twice on Sunday."
    claims = extract_claims(sentence, split_sentences(sentence), published="2024-03-05")
    assert [c.kind for c in claims][:1] == ["event"]
