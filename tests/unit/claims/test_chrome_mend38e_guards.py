"""Guards for session 38's chrome rules (mend38e, review rev38e): body prose that trails off with dots, rows completing
an inverted or prepositional colon lead-in, live update lines opening with a participle adjective, lead-ins that carry
an attribution or a negation, readers' letters a page presents, "There is no comment." in the body, a film's credits
after a news sentence and a headline row the small model tags as a noun all stay claims (GUIDE decisions 2, 11, 50, 56,
65, 85, 160, 378, 450, 634)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = [
    "The port authority decided on Monday to shut the old ferry quay before the winter storms arrive.",
    "Its engineers said rebuilding the quay's rotten pilings would swallow most of the harbour's budget for the next two years.",
    "Kim Park, whose trawlers have landed at the quay since 1998, said the decision left the fleet with no winter berth.",
    "The authority said talks with the fishing fleets would start in March.",
]


def claims_of(paragraphs: list[str]) -> list:
    text = "\n\n".join(paragraphs)
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _find(claims, start: str):
    return next((c for c in claims if start in c.text), None)


# (paragraphs, line pieces that must be claims, line pieces that must not)
_CASES = {
    # finding 1: two body paragraphs in a row that trail off with dots are the story's own prose
    "two trailing body paragraphs stay claims": (
        [
            *_BODY[:2],
            "The harbour team had pressed for most of the second half without finding a way through...",
            "Then, with the crowd already heading for the exits, the ball fell to Sam Roe at the far post...",
            *_BODY[2:],
        ],
        ["The harbour team had pressed", "the ball fell to Sam Roe"],
        [],
    ),
    "answers after a colon lead-in that trail off stay claims": (
        [
            *_BODY[:2],
            "Asked what would make them stay at the port, the skippers wrote:",
            "Better berths would help but what we really need is a quay that does not flood every winter...",
            "I have not had a proper night's sleep since the board first talked about closing it...",
            *_BODY[2:],
        ],
        ["Better berths would help", "I have not had a proper night"],
        [],
    ),
    "quoted messages set with dashes that trail off stay claims": (
        [
            *_BODY[:2],
            "Prosecutors read out a series of text messages sent to the harbour master:",
            "- I know where you live and I know where your brother works...",
            "- You will regret going to the police about this, I promise you...",
            *_BODY[2:],
        ],
        ["I know where you live", "You will regret going"],
        [],
    ),
    # finding 2: rows completing an inverted passive or a prepositional lead-in are decision 56's items
    "rows under an inverted passive lead-in stay claims": (
        [*_BODY[:2], "Also charged:", "- The firm's former chief executive, Sam Roe", "- Its head of compliance", _BODY[3]],
        ["The firm's former chief executive", "Its head of compliance"],
        [],
    ),
    "rows under a fronted participle lead-in stay claims": (
        [
            *_BODY[:2],
            "Left out of the deal:",
            "- Fishing rights in the disputed waters",
            "- Compensation for families displaced by the flooding",
            _BODY[3],
        ],
        ["Fishing rights in the disputed", "Compensation for families"],
        [],
    ),
    "rows under a prepositional lead-in stay claims": (
        [
            *_BODY[:2],
            "Among the findings:",
            "- Higher rates of asthma among children living near the quay",
            "- Lower school attendance in the harbour wards",
            _BODY[3],
        ],
        ["Higher rates of asthma", "Lower school attendance"],
        [],
    ),
    # finding 3: a live update whose first word is a participle adjective on the news is no editor's note
    "update lines opening with a participle adjective stay claims": (
        [
            *_BODY,
            "Update, 2:40 p.m.: Revised figures released by the statistics office show unemployment rose to 6.6% in February.",
            "UPDATE 6 a.m.: Expanded evacuation orders now cover the whole of the northern valley, the fire service said.",
            "Update (Jan 5): Amended charges filed by prosecutors on Friday add two counts of wire fraud.",
        ],
        ["Revised figures released", "Expanded evacuation orders", "Amended charges filed"],
        [],
    ),
    # finding 5: a negated lead-in states what is left out (decision 68)
    "a negated listing lead-in stays a claim": (
        [
            *_BODY[:2],
            "The harbour plan does not include:",
            "- A timetable for the new berths",
            "- Any role for the fishing fleets",
            _BODY[3],
        ],
        ["The harbour plan does not include:"],
        [],
    ),
    # finding 7: "no comment" in the body closes nothing
    "there is no comment in the body": (
        [
            *_BODY[:3],
            "Asked again on Wednesday, a spokesman for the board repeated the line. There is no comment.",
            "The skippers' union said it had not heard from the board since Sunday.",
            "Its lawyer said the union would appeal.",
        ],
        ["a spokesman for the board repeated", "The skippers' union said", "Its lawyer said"],
        [],
    ),
    # finding 8: a film's credits after a news sentence make no caption of the paragraph
    "a news sentence before a film's credits stays a claim": (
        [
            *_BODY[:3],
            "The festival's new documentary about the flood opens in cinemas across the country on Friday. "
            "Credits: Directed by Sam Roe; produced by Kim Park for Harbour Films.",
            _BODY[3],
        ],
        ["The festival's new documentary"],
        [],
    ),
    # finding 9: a headline row whose verb the small model tags a noun has a predicate of its own (decision 450)
    "headline rows with a verb under a colon title stay claims": (
        [*_BODY[:2], "Key points:", "- Exports slump", "- Imports rebound strongly", "- Surplus narrows", _BODY[3]],
        ["Exports slump", "Imports rebound strongly", "Surplus narrows"],
        [],
    ),
    # finding 10: a pointer that also reports a pledge in a clause of its own says something
    "a pointer carrying a claim in a relative clause stays a claim": (
        [
            *_BODY,
            "To apply for the payments, which the ministry says will reach families within 30 days, visit "
            "www.floodhelp.gov.example.",
        ],
        ["which the ministry says will reach"],
        [],
    ),
}


@pytest.mark.parametrize("name", list(_CASES))
def test_chrome_rules_keep_body_prose(name):
    paragraphs, kept, dropped = _CASES[name]
    claims = claims_of(paragraphs)
    texts = [c.text for c in claims]
    for piece in kept:
        assert _find(claims, piece), (name, piece, texts)
    for piece in dropped:
        assert not _find(claims, piece), (name, piece, texts)


# finding 4: a lead-in that carries the only attribution keeps it, as a claim of its speaker (decisions 85, 495)
@pytest.mark.parametrize(
    "lead_in",
    [
        "The harbour plan, the board's chairman told reporters, will include:",
        "According to the board's engineers, the harbour plan includes:",
    ],
)
def test_attributed_listing_lead_in_keeps_its_source(lead_in):
    claims = claims_of([*_BODY[:2], lead_in, "- Two new berths for the night ferry", "- A sea wall along the quay", _BODY[3]])
    lead = _find(claims, lead_in.split(",")[0])
    assert lead is not None and lead.attribution is not None, [(c.text, c.attribution) for c in claims]


# finding 6: readers' letters a page presents as its content are claims of their signers (decisions 50, 160)
def test_presented_readers_letters_stay_claims():
    claims = claims_of(
        [
            *_BODY,
            "We asked readers what the old quay meant to them. Here is a selection of the replies.",
            "Readers' responses",
            "My father landed his catch at the quay for forty years, and closing it would be cruel. Sam Roe, Kestrel Bay",
            "The quay is the reason our village exists at all and the board should find the money. Kim Park, Portville",
            "Nobody asked the fleets before the vote, which tells you everything about this board. Ana Cruz, Harbourside",
        ]
    )
    texts = [c.text for c in claims]
    for piece in ["My father landed his catch", "The quay is the reason", "Nobody asked the fleets"]:
        assert _find(claims, piece), (piece, texts)
