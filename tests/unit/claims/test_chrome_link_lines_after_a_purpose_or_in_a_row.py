"""Chrome (session 62, h65chrome): a line that only sends the reader to other pieces or pages is a link line, no claim
(GUIDE decisions 227, 378, 813), also where it opens on a purpose ("To read the full report, which …, click here."), says
"for more <things> of …" ("For more photos of the harbour, head to Flickr and Instagram, where she posts her work."),
sends the reader to more of a writer's work ("Find more of Dana's columns at the Gazette or on Twitter.") or closes on a
row of links ("You can read three other reports … here, here and here."). A line that states something of its own
around the pointer stays a claim (decision 813): a closing ", where …" clause other than a present-tense verb of posting or
showing ("where the club posts its albums"), a relative clause before "click here" other than one describing what the page
holds, "more of <someone's> …" at a place that is no site, page or network, or a row of "here" opened by "from here"."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_OPENING = "The town council voted on Monday to rebuild the old sea wall at Kelport.\n\n"
_BODY = (
    "The town council voted on Monday to rebuild the old sea wall at Kelport, the mayor said.\n\n"
    "Storms broke two sections of the wall last winter, and the beach road flooded four times.\n\n"
    "Work is to start in April and should end before the autumn tides.\n\n"
    "The rebuilt wall will stand a metre higher than the old one, the council said."
)


def _claims_with(line: str) -> list[str]:
    # set among the body's paragraphs (first half of the text), so only the line's own form decides
    return texts_of(_OPENING + line + "\n\n" + _BODY)


@pytest.mark.parametrize(
    "line",
    [
        "To read the 40-page harbour report, which sets out how the board counted the crossings and weighed the fares, "
        "click here.",
        "For more photos of harbour boats and old piers, head to Flickr and Instagram, where Lee posts most of her work.",
        "Find more of Dana's columns at the Gazette or on Twitter.",
        "You can read three other reports with much the same figures here, here and here.",
        # a site, page or social network names the place of more of an outlet's work, whatever the possessor
        "Check out more of the choir's recordings on YouTube.",
        "For more clips of the regatta, visit Vimeo, where the club streams every race.",
        "To watch the full hearing, tap here.",
    ],
)
def test_a_link_line_is_no_claim(line):
    claims = _claims_with(line)
    assert not any(text.startswith(line[:20]) for text in claims), claims
    assert any(text.startswith("The rebuilt wall will stand") for text in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        # a statement of the writer's own after the pointer (decision 813)
        "For more photos of the harbour, head to Flickr, and note that the old pier closed in March after a storm.",
        # "here" naming a place, no link
        "The crews have worked here, there and everywhere along the coast since the storm.",
        # a how-to order, no pointer at other pieces
        "See more of the coast on a rail pass, which costs less than the ferry in winter.",
        # a ", where …" clause that tells news (a past, a date) is no description of the linked place
        "For more on the strike, visit the union site, where the chairman quit on Friday.",
        "For more pictures of the bay, head to Flickr, where a gale sank three yachts last winter.",
        "For more on the inquiry, go to our live page, where Jones was fined for contempt.",
        # a relative clause before "click here" that states a finding, an order or a reported statement
        "To read the audit, which found that the bridge is unsafe and must shut by July, click here.",
        "To view the full judgment, which orders the council to repay the fees, click here.",
        "To read the memo, in which the chief says she will retire in June, click here.",
        # "more of <someone's> …" at a place that is no site, page or network, or with a reporting tag: advice or news
        "Find more of the valley's finest cheeses at small farm shops along the coast.",
        "Check out more of the club's young riders at the county show on Sunday.",
        "Find more of the lender's customers in arrears on its own register, the watchdog said.",
        # a row of "here" that opens on a place ("from here")
        "You can watch the harbour fireworks from here, here and here.",
    ],
)
def test_a_line_with_a_statement_of_its_own_stays_a_claim(line):
    claims = _claims_with(line)
    assert any(text.startswith(line[:20]) for text in claims), claims
