"""Chrome (session 61, h63chrome): a line that only gives the reader an address to write to or a number to call, with
no one named but the page's own "us" or "him" ("Email tips@example.org.", "Got a tip? email … or call us direct on …",
"To reprint our stories, please email rights@…", "(Story ideas should be sent to tips@…)"), is no claim (GUIDE decisions
363, 378); in the text's second half it also closes the body, and a closing "Contact Dana Lee at 555-…" is the writer's
contact line (decision 363). A line that names someone else of the story to contact, or states something of its own
around an address, stays a claim (decision 378)."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_OPENING = "The ferry company will add a night crossing to Port Elm from May.\n\n"
_BODY = (
    "The ferry company will add a night crossing to Port Elm from May, its chief executive said on Tuesday.\n\n"
    "She said the boats had run full all winter and that fares would stay the same.\n\n"
    "The company bought two boats last year from a yard in Kelport.\n\n"
    "The night crossing will take ninety minutes, the company said."
)


@pytest.mark.parametrize(
    "line",
    [
        "Got a tip? email news@harbourgazette.example.com or call us direct on 02075550123.",
        "To reprint our stories in books, newsletters or other media, please email rights@harbourgazette.example.com.",
        "Email tips@harbourgazette.example.com.",
        "(Story ideas should also be sent to tips@harbourgazette.example.com)",
    ],
)
def test_a_line_giving_only_an_address_is_no_claim(line):
    # set among the body's paragraphs (first half of the text), so only the line's own form decides
    claims = texts_of(_OPENING + line + "\n\n" + _BODY)
    assert not any(text.startswith(line[:20]) for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


def test_a_closing_contact_line_naming_the_writer_ends_the_body():
    story = _BODY + "\n\nContact Dana Lee at 555-010-0199. Find her stories on our site."
    claims = texts_of(story)
    assert not any(text.startswith(("Contact Dana Lee", "Find her stories")) for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        # another person of the story, named with a post (decision 378's claim)
        "To join the crossing's first night, contact the club's secretary, Dana Lee (dana@portelmclub.example.org).",
        # a statement of its own around the address
        "The company said complaints were sent to help@ferryco.example.com every day last winter.",
        "Ferry passengers can email complaints to help@ferryco.example.com, and most get an answer within a week.",
    ],
)
def test_a_line_naming_someone_else_or_stating_something_stays_a_claim(line):
    assert any(text.startswith(line[:30]) for text in texts_of(_OPENING + line + "\n\n" + _BODY))


def test_a_contact_line_naming_someone_in_mid_text_stays_a_claim():
    # "Contact <name> at …" only closes the body at the text's end; in the first half it names a person of the story
    line = "Contact Dana Lee at 555-010-0199."
    story = "The ferry club will hold a meeting on the night crossing in May.\n\n" + line + "\n\n" + _BODY
    assert line in texts_of(story)
