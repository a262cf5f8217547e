"""Page furniture that a Readability extraction keeps inside a news page's text, each no claim (claims.json
`chrome_patterns`), beside the near-miss sentence of the same words that stays a claim: a newsletter box's call to
subscribe, its consent line and its unsubscribe note, a tracker's sign-up promo ("Your … Tracker: We'll send you …"), a
bare "Publishing date:" label, a comment counter set after bullets, a photo's credit written as a byline ("By NAME/
AGENCY/Getty Images."), a holiday sign-off greeting and a publisher's postal address line with its telephone number
(GUIDE: what is no claim, decisions 11, 38 and 127)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = (
    "The ferry company raised its fares by a fifth on Monday, the port authority said.\n\n"
    "Commuters from Elmtown will pay the most, according to the authority's figures."
)


def _claims_opening(text, opening):
    """The text's claims that open with `opening`."""
    return [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.text.startswith(opening)]


@pytest.mark.parametrize(
    "line",
    [
        "If you want the Harbour Briefing in your inbox every morning, click here to subscribe.",
        "By clicking on the subscribe button you consent to receive the above newsletter from Gazette Media Ltd.",
        "By signing up, you agree to our terms and to receive offers from our partners.",
        "You may unsubscribe at any time by clicking the link at the foot of our emails.",
        "Your Ferry Fares Tracker: We’ll send you the latest prices for the routes you follow each week.",
        "Publishing date:",
        "• • • 14 Comments",
        "By DANA KOVAC/AFP/Getty Images.",
        "Anyway, Merry Christmas!",
    ],
)
def test_a_line_of_page_furniture_gives_no_claim(line):
    # each line gives a claim at dcb21348
    text = _BODY.replace("\n\n", f"\n\n{line}\n\n", 1)
    assert _claims_opening(text, "The ferry company raised")
    assert not _claims_opening(text, line[:12])


def test_a_publishers_address_line_after_its_name_gives_no_claim():
    # the address and telephone number, cut from the publisher's name before it, give a claim at dcb21348
    text = _BODY + "\n\nGazette Media Ltd. | 12 Quay Road, Elmtown, Westshire, EL4 9QP | 555-201-3300"
    assert _claims_opening(text, "The ferry company raised")
    assert not _claims_opening(text, "| 12 Quay Road")


@pytest.mark.parametrize(
    "sentence",
    [
        "By clicking on a false link, two clerks let the attackers into the port's systems, the council said.",
        "Customers can unsubscribe from paper bills, the company added.",
        "The publishing date of the port's annual report was pushed back to June.",
        "By late June the ferry company had raised its fares twice.",
        "Merry Christmas was the last thing the captain said before the ferry left.",
        "Dana Kovac told commuters: we'll send you refunds within a month.",
    ],
)
def test_the_near_miss_sentence_of_the_same_words_stays_a_claim(sentence):
    text = _BODY.replace("\n\n", f"\n\n{sentence}\n\n", 1)
    assert _claims_opening(text, sentence[:12])
