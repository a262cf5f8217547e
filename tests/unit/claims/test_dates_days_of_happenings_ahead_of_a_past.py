"""A day of an act or happening still ahead of a past frame, asking or "ahead of": neither the past nor the future
prevails, the occurrence nearest the reference date is taken (benchmarks/claims_real/GUIDE.md decision 406)."""

import pytest

REFERENCE = "2024-03-06"  # a Wednesday: the nearest Friday is 2024-03-08, the nearest Saturday 2024-03-09
MONDAY = "2024-03-04"  # the nearest Friday is the past one, 2024-03-01, the nearest Saturday 2024-03-02: not the next
WEDNESDAY = "2024-05-01"  # the past Friday is 04-26, the nearest 05-03; the past Saturday 04-27, the nearest 05-04


def _values(text, word, reference=REFERENCE):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    claims = extract_claims(text, split_sentences(text), reference_date=reference)
    return [d.value for c in claims for d in c.dates if word in d.text.lower()]


@pytest.mark.parametrize(
    "text, word, expected, at_monday",
    [
        # The past passive of a frame of the future sets an act ahead of it, even with the day ending the clause.
        ("The ferry crossing was scheduled to resume Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        ("Deliveries of the new tram were expected to begin in April.", "april", ["2024-04"], ["2024-04"]),
        # October: the nearest is the past one (2023-10), not the next (2024-10)
        ("Deliveries of the new tram were expected to begin in October.", "october", ["2023-10"], ["2023-10"]),
        ("The ferry was due to sail on Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        # A passive infinitive is the same act ahead.
        ("The former governor was due to be sentenced on Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        ("The exam results were expected to be published on Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
    ],
)
def test_an_act_set_ahead_by_a_past_passive_frame_is_the_nearest(text, word, expected, at_monday):
    assert (_values(text, word), _values(text, word, MONDAY)) == (expected, at_monday)


@pytest.mark.parametrize(
    "text, word",
    [
        # The text tells the outcome in a coordinated past: the day passed (406's last part), as for the reduced
        # relative "the talks, scheduled to begin on Friday, were called off".
        ("The central bank was expected to cut rates on Thursday but surprised traders with a hike.", "thursday"),
        ("The inquest was scheduled to open on Friday and heard from the driver's widow.", "friday"),
        ("The negotiations were scheduled to resume on Friday but were postponed.", "friday"),
    ],
)
def test_a_past_passive_frame_with_its_outcome_told_keeps_the_past(text, word):
    assert len(_values(text, word, WEDNESDAY)) == 1 and _values(text, word, WEDNESDAY)[0] < WEDNESDAY


def test_a_frame_in_the_past_perfect_keeps_the_past():
    # Guard: "had been scheduled" tells a plan overtaken, left to the past tense.
    assert _values("The board had been scheduled to meet on Friday.", "friday") == ["2024-03-01"]


@pytest.mark.parametrize(
    "text, word, expected, at_monday",
    [
        # The day after a happening that a verb of asking or calling has as its object is the happening's.
        ("The teachers' union urged a nationwide strike on Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        ("The farmers' alliance has called for rallies on Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        # The day after the noun that follows "ahead of" is the happening's, though the parser hangs it on the verb.
        ("The minister met envoys ahead of the summit on Saturday.", "saturday", ["2024-03-09"], ["2024-03-02"]),
        ("The players gathered in Lisbon in advance of the match on Saturday.", "saturday", ["2024-03-09"], ["2024-03-02"]),
        # The wire's weekday with no "on", straight after the happening.
        ("The nurses' union urged a national strike Friday.", "friday", ["2024-03-08"], ["2024-03-01"]),
        ("The envoys met ahead of the summit Saturday.", "saturday", ["2024-03-09"], ["2024-03-02"]),
    ],
)
def test_the_day_of_a_happening_asked_for_or_ahead_is_the_nearest(text, word, expected, at_monday):
    assert (_values(text, word), _values(text, word, MONDAY)) == (expected, at_monday)


def test_a_happening_ahead_of_a_present_progressive_is_the_next():
    text = "Riot police are bracing for unrest ahead of the rally on Saturday."
    assert _values(text, "saturday", WEDNESDAY) == ["2024-05-04"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Guards: a person or a thing asked for is no happening, and the day is the asking's.
        ("The union urged the governor on Friday to resign.", "friday", ["2024-03-01"]),
        ("The union called for calm on Friday.", "friday", ["2024-03-01"]),
        # The happening told as done by a relative clause after the day: the past's day.
        ("The turnout rose ahead of the runoff on Friday that the mayor won easily.", "friday", ["2024-03-01"]),
    ],
)
def test_the_day_stays_past_without_a_happening_still_ahead(text, word, expected):
    assert _values(text, word) == expected


def test_a_span_after_a_happening_asked_for_stays_no_date():
    # Guard: "in six years" after the meeting counts a span (GUIDE decision 40), not a time ahead.
    assert _values("The envoys arranged the first summit of the two states in six years.", "years") == []


def test_a_month_on_the_copula_of_an_adjective_with_an_infinitive_points_ahead():
    # "is likely to draw" looks ahead as "will draw" does, though the parser hangs the month on "is".
    assert _values("In late August, the annual regatta is likely to draw record crowds.", "august") == ["2024-08"]


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # An infinitive modifying a noun has no tense of its own: the finite clause's decides, here a "would" ahead of
        # a past ruling (the nearest).
        (
            "The court ruled that the verdict would strip him of his right to run in the city elections in May.",
            "may",
            ["2024-05"],
        ),
        # A past under "would" takes the time of the "would", a future seen from the past saying: the nearest.
        ("The mayor said the new bridge would ensure the May 20 parade was safe.", "may 20", ["2024-05-20"]),
    ],
)
def test_a_date_takes_the_tense_of_the_finite_clause_over_an_infinitive_or_a_backshifted_past(text, word, expected):
    assert _values(text, word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A plan's act under a past host: still ahead of the plan, the nearest (406): April's is no past (2023-04),
        # October's no next (2024-10).
        ("The firm announced a plan to open a store in April.", "april", ["2024-04"]),
        ("The council approved a plan to hold a referendum in October.", "october", ["2023-10"]),
        # Under a present host, a chance's or plan's act is still to come: the next.
        ("The club has the chance to lift the cup on Saturday.", "saturday", ["2024-03-09"]),
        ("The agency has a plan to reopen the mine in February.", "february", ["2025-02"]),
    ],
)
def test_an_infinitive_on_a_noun_of_a_plan_or_chance(text, word, expected):
    assert _values(text, word) == expected


# Guards at WEDNESDAY, where the past, the nearest and the next differ (review rev36f).
@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A happening as the audience of a verb of telling or asking: the telling's day, passed.
        ("The governor told a rally on Friday that the levy would go.", "friday", ["2024-04-26"]),
        ("The envoy told a conference in September that exports were recovering.", "september", ["2023-09"]),
        ("The senator urged the convention on Saturday to back the bill.", "saturday", ["2024-04-27"]),
        ("The chief executive asked the meeting on Friday to back the deal.", "friday", ["2024-04-26"]),
    ],
)
def test_a_happening_told_or_asked_as_an_audience_keeps_the_past(text, word, expected):
    assert _values(text, word, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # Other senses of the asking verbs, and happenings only ever told: the past's day.
        ("Detectives called the shooting on Friday a hate crime.", "friday", ["2024-04-26"]),
        ("A late header decided the game on Saturday.", "saturday", ["2024-04-27"]),
        ("The club called off the match on Saturday because of rain.", "saturday", ["2024-04-27"]),
        ("The speaker called the session on Friday to order.", "friday", ["2024-04-26"]),
        ("The magistrate ordered a new trial on Friday after new evidence emerged.", "friday", ["2024-04-26"]),
    ],
)
def test_other_senses_of_the_asking_verbs_keep_the_past(text, word, expected):
    assert _values(text, word, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # "since" a month or day under a present state of ability or permission: a start passed.
        ("Since February, tenants are free to sublet their flats.", "february", ["2024-02"]),
        ("Since Friday, pensioners are able to book appointments online.", "friday", ["2024-04-26"]),
        # A frame looking ahead does not move a start after "since".
        ("Since February, rents are likely to keep rising.", "february", ["2024-02"]),
    ],
)
def test_a_present_state_of_ability_does_not_point_ahead(text, word, expected):
    assert _values(text, word, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # A past in a "whether" clause under a would-verb of checking is a real past.
        ("Inspectors said they would check whether the blaze on Friday was deliberate.", "friday", ["2024-04-26"]),
        ("The board said it would examine whether the leak in August was avoidable.", "august", ["2023-08"]),
    ],
)
def test_a_past_checked_under_would_stays_past(text, word, expected):
    assert _values(text, word, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # The commonest happenings called for: the nearest day.
        ("Student leaders called for protests on Friday.", "friday", ["2024-05-03"]),
        ("The dockers' union called for a walkout on Friday.", "friday", ["2024-05-03"]),
        ("Activists called for demonstrations on Friday.", "friday", ["2024-05-03"]),
    ],
)
def test_the_commonest_happenings_called_for_are_the_nearest(text, word, expected):
    assert _values(text, word, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares slid ahead of the referendum on Friday, which the government lost.",
        "Bond prices fell sharply ahead of the ballot on Friday, which the ruling coalition lost.",
    ],
)
def test_a_comma_led_relative_tells_the_happening_done(text):
    assert _values(text, "friday", WEDNESDAY) == ["2024-04-26"]
