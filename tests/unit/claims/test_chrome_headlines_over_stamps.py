"""Kept chrome (session 36): a list of linked stories set below the body's sentences, each headline over its own
publication stamp ("Published Jul 19, 2013 01:01:04AM"), is page furniture even where a headline is a clause in sentence
case (GUIDE claim section: links to other stories and their headlines); the page's own deck line over its stamp above
the body stays decision 88's standfirst claim."""

from test_chrome import texts_of  # (the claims' texts of an invented text)

_PAGE = (
    "Harbour trust hands the old quay back to the city\n\n"
    "Ferry crews welcome the handover of the quay\n\n"
    "Posted: Mar 4, 2024 3:12 PM CT\n\n"
    "The harbour trust handed the old quay back to the city on Monday after a decade of disputes.\n\n"
    "The city will reopen the quay to ferries in the spring, the mayor said.\n\n"
    "-\n\n"
    "Port Elm council asks residents to save water on Friday afternoon\n\n"
    "Published Mar 3, 2024 11:21:03PM\n\n"
    "-\n\n"
    "Former Port Elm harbour clerk charged with selling berth permits to friends\n\n"
    "Published Mar 3, 2024 10:02:27PM\n\n"
    "Crews said they had waited years for the quay to open again."
)


def test_linked_headlines_over_their_stamps_are_no_claims():
    claims = texts_of(_PAGE)
    assert not any(t.startswith(("Port Elm council asks", "Former Port Elm harbour clerk")) for t in claims), claims


def test_the_pages_deck_line_over_its_stamp_and_the_body_stay_claims():
    claims = texts_of(_PAGE)
    assert any(t.startswith("Ferry crews welcome the handover") for t in claims), claims
    assert any(t.startswith("The city will reopen the quay") for t in claims), claims
    assert any(t.startswith("Crews said they had waited") for t in claims), claims


def _closing(paragraph, stamp):
    return (
        "PORT ELM, March 2 (Reuters) - The council voted on Tuesday to sell the old ferry office to a developer.\n\n"
        "The sale is expected to raise about 2 million pounds.\n\n" + paragraph + "\n\n" + stamp + "\n"
    )


def test_the_bodys_closing_paragraph_over_the_storys_own_stamp_stays_a_claim():
    # a body paragraph closed by "?", "!", "..." or a quote mark is no linked headline (GUIDE claim section, decision 2)
    cases = [
        ("Yet with the cash already spent, who will pay for the repairs?", "Updated Mar 3, 2024 4:15 PM", "who will pay"),
        (
            "Ferry captain Sam Reed said: 'We will sail from the old quay whatever the council decides.'",
            "Published Mar 3, 2024 4:15 PM",
            "Ferry captain Sam Reed said",
        ),
        (
            "The ferry company said the timetable would stay the same for the summer...",
            "Posted: Mar 3, 2024",
            "The ferry company said",
        ),
    ]
    for paragraph, stamp, start in cases:
        claims = texts_of(_closing(paragraph, stamp))
        assert any(start in t for t in claims), claims


def test_linked_headlines_over_british_and_iso_stamps_are_no_claims():
    for stamp in ("Published 3 March 2024", "Published: 2024-03-03"):
        page = _PAGE.replace("Published Mar 3, 2024 11:21:03PM", stamp)
        claims = texts_of(page)
        assert not any(t.startswith("Port Elm council asks") for t in claims), (stamp, claims)
