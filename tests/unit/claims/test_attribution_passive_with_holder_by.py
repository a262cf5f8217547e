"""A passive report whose holder is named after "by" and whose content is in the clause itself: "was told/advised by X
to" + verb (GUIDE decisions 45, 704(a)), a reporting verb's passive with "by X to" + verb ("is forecast by X to reach",
decisions 24, 598), "was valued/estimated/put at" + a figure "by X" (decision 699(b)): the holder is the source, cue the
verb as written; a say-by passive is read from its infinitive. "was rated by X as/among Y" (decision 850) and a view held by
a quantifier ("is viewed by some as", decisions 131, 489). Not a telling that was not made or only supposed, not "by" + a
time, not a valuation with no figure or with a clock time, not an expectation (decisions 171, 252), not a purpose
infinitive after a verb that addresses no one (decisions 2, 598). Invented text."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)

import declcli


def claims_of(text):
    return declcli.to_dict(declcli.read(text.encode(), input_format="text", reference_date="2026-12-07"))["claims"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor was advised by the city planning office to delay the vote.", ("city planning office", "advised")),
        ("The crews were told by the harbour master to stay in port.", ("harbour master", "told")),
        ("Spending on ferries is forecast by Gartner to reach $5 billion in 2030.", ("Gartner", "forecast")),
        ("The estate was valued at $2 million by a local auctioneer.", ("local auctioneer", "valued")),
        ("The painter's fortune was valued at $3 billion by Bloomberg this year.", ("Bloomberg", "valued")),
        ("The crowd was estimated at 20,000 by the organisers.", ("organisers", "estimated")),
        # joined to a first clause with the same subject
        ("Ferry sales totaled $7 billion in 2020 and are forecast by Gartner to reach $9 billion.", ("Gartner", "forecast")),
        ("The painting was confirmed by the museum to be a forgery.", ("museum", "confirmed")),
        # a rating with the raters named after "by" (decision 850; spaCy's lemma of "rated" is "rat")
        ("The hotel was rated by the magazine's readers as one of the best in Europe.", ("magazine's readers", "rated")),
        ("The ferry was rated among the safest in the fleet by the survey team.", ("survey team", "rated")),
        # a view held by a quantifier standing for people (decisions 131, 489, 714(d))
        ("The new toll is viewed by some as a betrayal.", ("some", "viewed")),
        ("The merger is seen by many as a gamble.", ("many", "seen")),
    ],
)
def test_a_passive_report_with_its_holder_after_by(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was not advised by the planning office to delay the vote.",
        # an expectation is no report (decisions 171, 252)
        "The merger is expected by analysts to close in June.",
        "The ferries were expected by the harbour to sail on Monday.",
        # a purpose infinitive after a verb that addresses no one: no content (decisions 2, 598)
        "The new toll was announced by the mayor to calm angry drivers.",
        "The report was written by the auditor to explain the losses.",
        "The figures were confirmed by a second auditor to rule out any mistake.",
        # a clock time is no valuation figure (decisions 699(b), 765)
        "The hearing was put at 10 a.m. by the judge.",
        # a rating with no rater named, or not made (decision 850)
        "The hotel is rated as the finest on the coast.",
        "The hotel was not rated by the guide as one of the best.",
        "Spending on ferries is forecast by 2030 to reach $5 billion.",
        "The estate was valued by a local auctioneer last spring.",
        "The crews were told to stay in port.",
        "The crowd was estimated at 20,000 by noon.",
        "Ferry sales totaled $7 billion in 2020 and are forecast to reach $9 billion by 2025.",
    ],
)
def test_near_misses_name_no_holder(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach was said by players to have quit on Sunday.", ("players", "said", "event")),
        ("The missing boy was said by neighbours to have left with his uncle.", ("neighbours", "said", "event")),
    ],
)
def test_a_say_by_passive_takes_its_kind_from_the_infinitive(text, expected):
    """As the no-holder "was said to have quit" does (decisions 24, 598): the clause is read from the infinitive."""
    claim = claims_of(text)[0]
    assert (claim["attribution"]["source"], claim["attribution"]["cue"], claim["kind"]) == expected
