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
        "Dock workers broke off the talks late on Friday",  # a past no participle shares, a bare plural subject
        "The trustees voted on Monday to sell the old ferry",  # a participle's form with a complement, "The" subject
        "Shopkeepers welcomed the vote but said it came too late",  # the same form with its object
        "There was no sign of a deal on Friday night",  # "was"
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
        # a passive participle without its "was" (GUIDE decision 450), with a bare or an article's subject
        "Lighthouse shut after gale damage",
        "Ferry route restored after three years of work",
        "Councillor found guilty of expenses fraud",
        "Smuggler jailed for nine years",
        "Sailings cancelled as dock workers strike",
        "Port Elm's lighthouse rescued",
        "Hundreds sent home as ferries stay in port",
        "Lighthouse rescued, but at a price",
        "Dock workers walked off the job over pay",  # a participle's form with no object
        "Council backed scheme after heated debate",  # a singular noun without its article
        "Inquiry told harbour master ignored warnings",
        "Verdict is a blow to the smugglers",
        # a label before a colon, a label closed by its verb after a comma, an explainer's "This is what"
        "Harbour ruling: smuggler jailed",
        "The lighthouse, explained",
        "Ferry deal, explained",
        "Harbour master denied the charges, inquiry heard",
        "This is what the ruling means",
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


def test_a_standfirst_read_changes_nothing_in_the_body():
    # (the names and places the line reads stay out of the body's reading: its claims are those under a headline)
    body = (
        "Dock workers at two terminals in Harwick walked out on Friday after talks broke down.\n\n"
        "The port authority said it would seek a new offer from the shipping firms."
    )
    line = "The walkout is the first at Harwick's terminals in twenty years"
    under_line = [
        (c.text, [(a.name, a.type) for a in c.actors])
        for c in extract_claims(f"{line}\n\n{body}", split_sentences(f"{line}\n\n{body}"), published="2024-03-05")
    ]
    headline = "Harwick dock workers strike over pay"
    under_headline = [
        (c.text, [(a.name, a.type) for a in c.actors])
        for c in extract_claims(f"{headline}\n\n{body}", split_sentences(f"{headline}\n\n{body}"), published="2024-03-05")
    ]
    assert under_line[0][0] == line
    assert under_line[1:] == under_headline


DATELINED = (
    "HARWICK The port authority voted on Monday to spend 2 million pounds on the old ferry terminal.\n\n"
    "Its director said the work would start in the autumn."
)


def test_another_storys_opening_line_over_a_body_with_its_own_dateline_is_no_standfirst():
    # (GUIDE decision 960: the line tells a story the body never takes up, and the body opens afresh)
    line = "The floods closed four roads in the valley on Sunday"
    assert line not in texts_of(f"{line}\n\n{DATELINED}")


def test_a_standfirst_over_a_body_with_its_own_dateline_stays_a_claim():
    line = "The vote ended a long row over who should pay for the terminal"
    assert line in texts_of(f"{line}\n\n{DATELINED}")
