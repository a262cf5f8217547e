"""Chrome (session 61, h63chrome): a line that only gives the reader an address to write to or a number to call, with
no one named but the page's own "us" or "me" ("Email tips@example.org.", "Got a tip? email … or call us direct on …",
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
    story = _BODY + "\n\nContact Dana Lee at 555-010-0199. Follow her at Twitter.com/danaleeports."
    claims = texts_of(story)
    assert not any(text.startswith(("Contact Dana Lee", "Follow her")) for text in claims), claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


def test_a_closing_contact_line_right_after_the_writers_bio_line_ends_the_body():
    story = _BODY + "\n\nDana Lee covers the port for the Gazette. Contact Dana Lee at 555-010-0199."
    claims = texts_of(story)
    assert not any(text.startswith("Contact Dana Lee") for text in claims), claims


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


# --- near misses (review of h63chrome): each stays a claim, and so does the story around it ---

_NAMED = (
    "The ferry company will add a night crossing to Port Elm from May, its chief executive said on Tuesday.\n\n"
    "Councillor Mara Quinn said the town had asked for the crossing for a decade.\n\n"
    "The company bought two boats last year from a yard in Kelport.\n\n"
    "The night crossing will take ninety minutes, the company said."
)


@pytest.mark.parametrize(
    "line",
    [
        # a passive line whose subject carries a reporting tag: a speaker's words (decision 45)
        "The harbour board said complaints must be sent to help@portelm.example.org.",
        "Stranded passengers, Quinn said, should be directed to www.portelm.example.gov/ferries.",
        "Officials said all tenders must be addressed to www.portelm.example.gov/tenders.",
    ],
)
def test_a_passive_line_with_a_reporting_tag_stays_a_claim(line):
    # in mid-text and as the text's last line alike
    for story in (_OPENING + line + "\n\n" + _NAMED, _NAMED + "\n\n" + line):
        assert line in texts_of(story), story


@pytest.mark.parametrize(
    "line",
    [
        "Contact Seawatch on 0800 555 0101.",  # one word: a body, not the writer
        "Contact Elm Police on 01632 960998.",  # a body's noun closing the name
        "Contact Mara Quinn at 01632 960301.",  # a person of the story (decision 378)
    ],
)
def test_a_closing_contact_line_naming_a_body_or_a_person_of_the_story_stays_a_claim(line):
    assert line in texts_of(_NAMED + "\n\n" + line)


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("Got a tip? Email news@harbourgazette.example.com.", "The ferry will also stop at Kelport from June."),
        ("To book a seat, call 0800 555 0177.", "Tickets sold out within an hour last year, the company said."),
        ("Contact Elm Police on 01632 960998.", "The pier reopened on Sunday."),
        ("Contact Mara Quinn at 01632 960301.", "Her office opens on weekdays."),
    ],
)
def test_a_statement_after_a_contact_line_in_the_last_paragraph_stays_a_claim(line, after):
    # the contact line closes the body only when nothing but more contact lines follows it
    claims = texts_of(_NAMED + "\n\n" + line + " " + after)
    assert after in claims, claims
    assert any(text.startswith("The night crossing will take") for text in claims), claims


@pytest.mark.parametrize(
    "line",
    ["To book a seat, call 0800 555 0177.", "Contact Seawatch on 0800 555 0101.", "Contact Dana Lee at 555-010-0199."],
)
def test_a_contact_line_in_a_text_of_one_paragraph_leaves_the_rest_of_the_story(line):
    # no blank line: the whole text is one paragraph, so a contact line in its second half closes nothing
    story = _NAMED.replace("\n\n", " ").replace("The night crossing", line + " The night crossing")
    claims = texts_of(story)
    assert any(text.startswith("The night crossing will take") for text in claims), claims


@pytest.mark.parametrize(
    "story",
    [
        # "her" or "them" after a party of the story, not after the writer's bio line: the party's address (decision 378)
        _OPENING + "Councillor Mara Quinn leads the ferry committee. Email her at mquinn@portelm.example.gov.\n\n" + _NAMED,
        _NAMED + "\n\nThe Port Elm Trust runs a helpline for stranded passengers. Call them on 0800 555 0188.",
        _NAMED + "\n\nThe Port Elm Trust runs a helpline for stranded passengers.\n\nCall them on 0800 555 0188.",
    ],
)
def test_a_contact_line_reaching_her_or_them_after_a_party_of_the_story_stays_a_claim(story):
    claims = texts_of(story)
    assert any(text.startswith(("Email her at", "Call them on")) for text in claims), claims
