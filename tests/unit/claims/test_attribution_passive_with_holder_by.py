"""A passive report whose holder is named after "by" and whose content is in the clause itself: "was told/advised by X
to" + verb (GUIDE decisions 45, 704(a)), a reporting verb's passive with "by X to" + verb ("is forecast by X to reach",
decisions 24, 598), "was valued/estimated/put at" + a figure "by X" (decision 699(b)): the holder is the source, cue the
verb as written. Not a telling that was not made or only supposed, not one only seen, not "by" + a time, not a valuation
with no figure (decisions 296, 704, 392). Invented text."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)


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
    ],
)
def test_a_passive_report_with_its_holder_after_by(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was not advised by the planning office to delay the vote.",
        "The van was seen by neighbours to leave at dawn.",
        "Spending on ferries is forecast by 2030 to reach $5 billion.",
        "The estate was valued by a local auctioneer last spring.",
        "The crews were told to stay in port.",
        "The crowd was estimated at 20,000 by noon.",
        "Ferry sales totaled $7 billion in 2020 and are forecast to reach $9 billion by 2025.",
    ],
)
def test_near_misses_name_no_holder(text):
    assert attributions(text)[0] is None
