""" "according to X" that credits only a clause set inside the writer's sentence gives the unit no attribution: a
relative clause it hangs in, or a clause between dashes that it closes before the main verb (GUIDE decisions 2 and
878). Set on the main statement, at its end or as an aside of its own, it still credits the unit."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def attribution_of(text):
    claim = claims(text)[0]
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    "text",
    [
        "Even the big clubs — who have paid $200 million in taxes since 2005, according to one tally — suddenly look "
        "frugal next to their rivals.",
        "Given that history -- and the fact that the mayor has made 300 false claims since taking office, according to "
        "the local paper -- there is every reason to doubt the story.",
        "Especially the old mill, which according to the records, is showing the worst decay in 2022.",
    ],
)
def test_according_to_in_an_aside_credits_no_main_statement(text):
    assert attribution_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm, which makes boats, grew 5 percent last year, according to its report.", ("its report", "according to")),
        ("The toll — according to the minutes — rose in spring.", ("minutes", "according to")),
        ("The mill, which burned in 1990, was rebuilt by the town, according to the records.", ("records", "according to")),
        # closing the sentence, hung by the parser inside a relative clause before it
        (
            "The units have served in the north since 2009, and moved to the valley where the raid took place when the "
            "old garrison left, about two years ago, according to local officials.",
            ("local officials", "according to"),
        ),
        ("Prices rose — the index climbed 4 percent, according to the bureau — and wages fell.", ("bureau", "according to")),
    ],
)
def test_according_to_on_a_statement_still_credits_it(text, expected):
    assert attribution_of(text) == expected
