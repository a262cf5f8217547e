"""Narrowing of decision 830's designated days, decision 822's "throughout the week" and 406's subjunctive, and the next
century's years (review rev40g): a day of one event stays a date, a generic present's year-round period is none, a
present proposal points ahead, counts are no years (benchmarks/claims_real/GUIDE.md: the dates section and decisions
406, 531, 683(a), 822 and 830)."""

import pytest


def _claim_dates(text, reference_date="2024-05-01"):  # a Wednesday
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [
        (d.text, d.value) for c in extract_claims(text, split_sentences(text), reference_date=reference_date) for d in c.dates
    ]


@pytest.mark.parametrize(
    "text, day",
    [
        # a day of one event, ranked or qualified, or classified with "a": one occasion (decisions 40, 349, 830)
        ("The election board set November 5 as polling day.", "November 5"),
        ("The carmaker chose September 9 as launch day.", "September 9"),
        ("Organisers set June 12 as the final day.", "June 12"),
        ("The tribunal fixed June 20 as the hearing day.", "June 20"),
        ("The cabinet declared May 2 as a special holiday.", "May 2"),
        ("The clerk mentioned March 3 as a possible voting day.", "March 3"),
        ("May 6 is a bank holiday, so the bourse will be closed.", "May 6"),
        # an ordinal anniversary is one occasion (decision 683(a))
        ("May 3 will be the first anniversary of the flood.", "May 3"),
        ("October 9 is the tenth anniversary of the landslide.", "October 9"),
    ],
)
def test_a_day_of_one_occasion_given_as_a_day_stays_a_date(text, day):
    assert day in [t for t, _ in _claim_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The council chose May 3 as Lantern Night.",
        "The valley marks October 9 as its independence day.",
        "May 3 is the republic's birthday.",
    ],
)
def test_a_named_yearly_day_still_takes_no_date(text):
    assert _claim_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a generic simple present: all year round (decision 822's "said of any such period")
        "The gallery is open to visitors throughout the year.",
        "The lagoon attracts divers throughout the year.",
        "The parasite circulates throughout the year, unlike malaria.",
        "Dock crews work throughout the week.",
        # not the running period: a modifier, a week counted from a happening, or another period named
        "Shoppers are expected to spend more during the year-end sales.",
        "Crowds are expected throughout the week-long carnival.",
        "Fans will celebrate throughout the month-long cup.",
        "Police will be deployed throughout the week before the ballot.",
        "Extra buses will run during the week after the derby.",
    ],
)
def test_a_bare_period_that_is_not_the_running_one_is_no_date(text):
    # (a week counted from a happening is listed with no value: decisions 72, 822)
    assert [v for t, v in _claim_dates(text) if t.startswith("the ") and v is not None] == []


@pytest.mark.parametrize(
    "text",
    [
        "Cafes will close during the month of Ramadan.",
        "The gallery will host talks during the week of May 20.",
        "The carrier will add routes during the year 2025.",
    ],
)
def test_a_period_that_names_another_is_not_the_running_one(text):
    assert not [t for t, _ in _claim_dates(text) if t in ("the week", "the month", "the year")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # cue words only in the clause's own words: not a paper's name, an adjective on another noun, a subject's
        # quantifier (decision 822)
        ("The envoy will tour the border throughout the week, the Daily Herald reported.", [("the week", "2024-W18")]),
        ("Renters will face higher monthly bills throughout the year.", [("the year", "2024")]),
        ("Every clinic will stay shut throughout the week.", [("the week", "2024-W18")]),
        # a present perfect runs up to the present (decision 531)
        ("The index has gained 2% during the week.", [("the week", "2024-W18")]),
    ],
)
def test_a_running_period_with_cue_words_elsewhere_or_a_perfect_stays_a_date(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The broker is suggesting that both sides meet on Wednesday.",
        "Farmers are demanding that the ballot be held on Wednesday.",
        "The union has proposed that the ballot be held on Wednesday.",
        "The union will propose that the ballot be held on Wednesday.",
    ],
)
def test_a_subjunctive_under_a_present_or_future_proposal_is_the_next_day(text):
    # decision 406: only a past governor reads either way; ref Friday 2024-05-03, the next Wednesday is May 8
    assert _claim_dates(text, "2024-05-03") == [("Wednesday", "2024-05-08")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jobs in the sector fell by 2100 to 45,300, the bureau said.", []),
        ("The risk of the reaction is about one in 2100, the trial found.", []),
        ("By 2100 the coast could lose a third of its beaches.", [("2100", "2100")]),
        ("Sea levels in 2100 could be a metre higher.", [("2100", "2100")]),
        ("Projections for 2100 show a sharp rise.", [("2100", "2100")]),
        ("Rainfall could rise by 2100, the panel said.", [("2100", "2100")]),
    ],
)
def test_a_count_of_2100_is_no_year_while_a_forecast_year_is(text, expected):
    assert _claim_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a copula identifying the day with a named yearly day, also where the parser hangs the day as a bare noun of
        # time: neither the day nor the named day is a date (decision 830)
        "June 1 is Harvest Day in the valley.",
        "October 9 is Independence Day in the republic.",
    ],
)
def test_a_copula_naming_a_yearly_day_gives_neither_a_date(text):
    assert _claim_dates(text) == []


def test_a_copula_with_a_day_of_one_event_keeps_the_date():
    assert _claim_dates("May 3 is polling day, officials said.") == [("May 3", "2024-05-03")]


def test_a_subjunctive_under_a_standing_simple_present_rule_keeps_its_own_placing():
    # guard (tune 27#39's form): a simple-present recommendation is a standing rule; "the current season" places the
    # month, which the clause's own reading keeps (ref 2019-11-20: last October, not the next)
    text = "The agency recommends all adults get a booster by the end of October for the current season."
    assert _claim_dates(text, "2019-11-20") == [("October", "2019-10")]
