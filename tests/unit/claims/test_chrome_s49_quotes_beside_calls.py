"""A speaker's quotation that closes the story above a newsletter's sign-up line is the story's, not the box's pitch:
its "we" and "our" are the speaker's (GUIDE decisions 11 and 80 make only the publisher's pitch beside the call chrome)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = (
    "The ferry company raised its fares by a fifth on Monday, the port authority said.\n\n"
    "Commuters from Elmtown will pay the most, according to the authority's figures."
)
_CALL = "Stay up to date with the latest harbour news and analysis with our twice-weekly newsletter"


def _texts(text):
    return [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_closing_quote_with_we_and_our_above_a_sign_up_line_stays_a_claim():
    # fails at 261bf8f9: the quote's "we" and "our" read as the publisher's voice made it the sign-up line's pitch
    said = "“The new timetable is the start,” said Tom Reyes, the company's chief."
    quote = (
        "“We have unwavering confidence in our crews and are focused on the new timetable. "
        "Our new captain's knowledge of the harbour will be fundamental to winning back our passengers.”"
    )
    texts = _texts(_BODY + "\n\n" + said + "\n\n" + quote + "\n\n" + _CALL)
    assert any(t.startswith("“We have unwavering confidence") for t in texts)
    assert any(t.startswith("Our new captain's knowledge") for t in texts)
    assert not any(t.startswith("Stay up to date") for t in texts)


def test_a_closing_quote_left_open_above_a_sign_up_line_stays_a_claim():
    # fails at 261bf8f9: the same with a straight mark closing a curly one, as a page's text gives it
    quote = '“We will keep our fares under review. Our passengers come first."'
    texts = _texts(_BODY + "\n\n" + quote + "\n\n" + _CALL)
    assert any(t.startswith("“We will keep our fares") for t in texts)


def test_the_publishers_pitch_above_a_sign_up_line_is_still_chrome():
    # guard: unquoted, "we" and "our" are the publisher's and the paragraph is the box's pitch
    pitch = "We have covered the port for our readers for twenty years. Our reporters are on the quay every day."
    texts = _texts(_BODY + "\n\n" + pitch + "\n\n" + _CALL)
    assert texts[0].startswith("The ferry company raised")
    assert not any(t.startswith(("We have covered", "Our reporters", "Stay up to date")) for t in texts)
