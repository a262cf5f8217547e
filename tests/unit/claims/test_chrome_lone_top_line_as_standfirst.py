"""The one line without a stop above the body: the standfirst under a headline the extraction left out when it is
worded as a sentence of prose, a claim (GUIDE decision 88); the headline when it is worded as one, no claim."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

BODY = (
    "The harbour board met on Tuesday to weigh the plan for the old pier.\n\n"
    "Its chair, Dana Lee, said the repairs would start in the spring."
)


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


@pytest.mark.parametrize(
    "line",
    [
        "The vote came days after the ferry operator quit the port",  # a past tense
        "Gale-force winds are likely along the coast through Sunday",  # "be"
        "The board may approve a pier no port council has tried before",  # a modal
        "Port Elm will hire more than 200 workers to rebuild the old pier",  # "will"
        "Behind the cheerful plans, some engineers warn that the pier is barely standing",  # a "that" clause
    ],
)
def test_a_lone_line_above_the_body_worded_as_prose_is_a_standfirst_claim(line):
    assert line in texts_of(f"{line}\n\n{BODY}")


@pytest.mark.parametrize(
    "line",
    [
        "Harbour board backs plan for old pier",  # headlinese: a present for the happening
        "Port Elm drops its bid for the ferry contract",
        "Pier Plan Could Still Face Long Delays",  # title case, a modal all the same
        "Workers are rebuilding the pier as the board scrambles for funds",  # a progressive, a headline's
        "12 March 2024 Last updated at 10:15 GMT",  # a stamp
        "Ferry service back on Monday",  # no verb
    ],
)
def test_a_lone_line_above_the_body_worded_as_a_headline_stays_no_claim(line):
    assert line not in texts_of(f"{line}\n\n{BODY}")


def test_a_line_under_a_headline_is_still_read_as_before():
    # (two lines above the body: the headline, then the standfirst, a claim as a full clause whatever its tense)
    text = f"Harbour board backs plan for old pier\n\nEngineers welcome the decision\n\n{BODY}"
    texts = texts_of(text)
    assert "Harbour board backs plan for old pier" not in texts
    assert "Engineers welcome the decision" in texts
