"""Page furniture that a Readability extraction keeps inside a news page's text, each no claim (claims.json
`chrome_patterns`), beside the reported body sentence in the same words that stays a claim: a newsletter box's call to
subscribe, its consent line and its unsubscribe note, a reader's alert promo ("Your … digest: we'll email you …"), a bare
date label, a comment counter set after bullets, a photo's credit written as a byline ("By NAME/AGENCY/Reuters."), a
holiday sign-off greeting and a publisher's footer line with its telephone number (GUIDE: what is no claim, decisions
11, 38 and 127). Each furniture pattern takes the whole line and never a line with quotation marks or a reporting
clause (`chrome_unreported`)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = (
    "The water board will cut the hosepipe ban short on Friday after a week of heavy rain, its chair said.\n\n"
    "Gardeners in Oakvale had gone without a hose since early May, the board's records show."
)


def _claims_opening(text, opening):
    """The text's claims that open with `opening`."""
    return [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.text.startswith(opening)]


def _with(line):
    return _BODY.replace("\n\n", f"\n\n{line}\n\n", 1)


@pytest.mark.parametrize(
    "line",
    [
        "To get the Morning Tide brief every weekday, click here to sign up.",
        "Please click the button below to register.",
        "By subscribing you agree to our terms and our privacy policy.",
        "By tapping the Join button, you consent to get the above newsletter from Pinecrest Press each week.",
        "You can opt out of these emails at any time.",
        "Unsubscribe anytime.",
        "Your Rent Watch digest: we'll email you new listings in your street every Friday.",
        "Release date:",
        "• 7 comments",
        "By ORLA MENSAH/Reuters.",
        "Happy holidays, everyone!",
        "Pinecrest Press • 40 Mill Lane, Oakvale OV2 7RT • Tel: +44 20 7946 0123",
    ],
)
def test_a_line_of_page_furniture_gives_no_claim(line):
    text = _with(line)
    assert _claims_opening(text, "The water board will cut")
    assert not _claims_opening(text, line[:12])


@pytest.mark.parametrize(
    "sentence",
    [
        # an opt-out or unsubscribe note reported, or in a quotation (review h46chrome, finding 1)
        "Under the new scheme, you can opt out of the tenant register at any time, the housing office said.",
        "You can opt out at any time, the housing office said.",
        '"If they are unhappy with it, tenants can unsubscribe," Ng told the council.',
        '"You can unsubscribe at any time," Ng told the council.',
        # a consent line reported (finding 1)
        "By joining the plan, you agree to a fixed rent for three years, the landlord warned.",
        "By signing up, you agree to our terms, the landlord warned.",
        # a call to click reported, or with a third person's subject (finding 2)
        "The hoax text asked tenants to click the link to register for a rebate, police said.",
        "Staff who clicked here to register for a bonus lost their passwords, the council said.",
        # a holiday greeting in a sentence, a date label's words in one
        "Happy holidays were wished to the crew before the ship sailed.",
        "The release date of the board's annual report was pushed back to June.",
    ],
)
def test_the_reported_sentence_in_the_same_words_stays_a_claim(sentence):
    assert _claims_opening(_with(sentence), sentence[:12])
