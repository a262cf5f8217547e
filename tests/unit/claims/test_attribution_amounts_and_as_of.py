"""A reporting verb with an amount ("added 2.3 percent") or a plain object and "as of" + a time ("reported assets of
$4 million as of June 30") reports no content: a speech act with no reported content is no attribution (the guide's
attribution section); a speaker tag with its day ("the coach added Tuesday") still is one."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

NO_ATTRIBUTION = object()


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Bank shares and mining stocks added 1.8 percent.", NO_ATTRIBUTION),
        ("The holding company of Elm Street Savings reported deposits of nearly $210 million as of March 31.", NO_ATTRIBUTION),
        # guards (pass on main): a tag with its day, a judgement with "as"
        ('"We are ready for the final," the coach added Tuesday.', "coach"),
        ('"Fares will rise in May," the minister added on Nov. 5.', "minister"),
        ("The board described the plan as reckless.", "board"),
    ],
)
def test_an_amount_or_an_object_as_of_a_day_reports_nothing_unlike_a_tag(text, source):
    first = claims_of(text)[0]
    if source is NO_ATTRIBUTION:
        assert first.attribution is None, first.attribution
    else:
        assert first.attribution is not None and first.attribution.source == source
