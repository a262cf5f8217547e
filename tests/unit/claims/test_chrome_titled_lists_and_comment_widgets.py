"""Chrome kept and real units dropped (session 38, h38drop): bulleted noun-phrase rows under a title with a colon and no
verb are labels (GUIDE decision 634), also where the small model takes the bullet for the verb or a row's noun carries
a relative clause; a lead-in that ends on its verb ("The plan includes:") only announces its items (decisions 56, 387),
whose asterisk bullets are no footnote marks; a thread-only heading ("4 comments:") in the text's second half heads a
readers' thread without any stamp (decision 160), and a comment widget's counter ("There is 1 Comment.") closes the
body (decisions 11, 80, 160); teasers of other stories cut off before their links, a caption closed by a "CREDIT:"
line and pointers to a web address for more details or to sign up are no claims (decisions 11, 80, 378), nor is an
update note that says how the post was edited ("Update 2024-02-01: Rewrote this post …", decision 65)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = [
    "The harbour board voted on Tuesday to close the old ferry quay by the end of the year.",
    "Board members said the quay had cost the port more than it earned for a decade, and that repairs to its pilings "
    "would take most of next year's budget.",
    "Dana Lee, who runs a fishing fleet from the quay, said the vote left her crews with nowhere to land their catch "
    "in the winter months.",
    "The board said it would open talks with the fleets in the spring.",
]


def claims_of(paragraphs: list[str]) -> list[str]:
    text = "\n\n".join(paragraphs)
    return [c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def _has(claims: list[str], start: str) -> bool:
    return any(start in c for c in claims)


# (paragraphs, line pieces that must be claims, line pieces that must not)
_CASES = {
    # decision 634: a title with a colon and no verb completes no sentence; its noun-phrase rows are labels
    "noun-phrase rows under a colon title are labels": (
        [
            *_BODY[:2],
            "Eight early signs of hull rot:",
            "• Soft planks that give under a thumb",
            "• Dark stains along the waterline",
            "• Withdrawal of paint from the seams",
            "• Confusion of the bilge alarm with the engine alarm",
            "• A musty smell below deck",
            _BODY[3],
        ],
        [_BODY[3]],
        ["Soft planks", "Dark stains", "Withdrawal of paint", "Confusion of the bilge", "A musty smell"],
    ),
    # guard: rows with a predicate of their own under such a title say something
    "rows with a predicate under a colon title stay claims": (
        [
            *_BODY[:2],
            "Main points of the harbour plan:",
            "- The night ferry will stop at the new quay from May.",
            "- Fishing fleets get two free berths each.",
            _BODY[3],
        ],
        ["The night ferry will stop", "Fishing fleets get two free berths"],
        [],
    ),
    # guard: a lead-in with a verb is completed by its rows (decision 56), however short they are
    "rows completing a lead-in with a verb stay claims": (
        [
            *_BODY[:2],
            "The busiest quays were:",
            "- Kestrel Bay",
            "- The old ferry quay",
            _BODY[3],
        ],
        ["Kestrel Bay", "The old ferry quay"],
        [],
    ),
    # decisions 56, 387: a lead-in ending on its verb only announces; its asterisk bullets are bullets, no footnotes
    "objectless lead-in and its asterisk items": (
        [
            *_BODY[:2],
            "The board's plan for the fleets includes:",
            "*    Free berths at the new quay for two winters",
            "*    Help with moving gear from the old quay",
            "*    Small grants for repairs",
            _BODY[3],
        ],
        ["Free berths at the new quay", "Help with moving gear", "Small grants for repairs"],
        ["The board's plan for the fleets includes:"],
    ),
    # guard: a verb that needs no object ends a sentence that states something whole
    "a lead-in ending on an intransitive verb stays a claim": (
        [*_BODY[:2], "The sooner the quay closes, the sooner the repairs elsewhere can start:", "- new pilings", _BODY[3]],
        ["The sooner the quay closes"],
        [],
    ),
    # guard: a reporting verb before the colon is a speaker's tag (decision 85)
    "speaker tag before a colon stays a claim": (
        [*_BODY[:2], "Dana Lee said:", '"We will fish from Kestrel Bay if we have to."', _BODY[3]],
        ["Dana Lee said:"],
        [],
    ),
    # decision 160: the comments under "N comments:" below the body are no claims, stamps or none
    "a thread under a comment count heading": (
        [
            *_BODY,
            "4 comments:",
            "The quay was rotten long before the vote and everyone in town knew it.",
            "My grandfather landed his catch there for forty years and never once complained.",
        ],
        [_BODY[3]],
        ["The quay was rotten", "My grandfather landed"],
    ),
    # decisions 11, 80, 160: a comment widget's counter closes the body; its prompts and buttons below are no claims
    "a comment widget after the body": (
        [
            *_BODY,
            "There are 3 comments. Add yours. Load Now.",
            "Tips for the comment thread. Use them wisely.",
            "Something to say? Choose one of these options to sign in.",
        ],
        [_BODY[3]],
        ["There are 3 comments", "Add yours", "Load Now", "Use them wisely", "Something to say", "Choose one of these"],
    ),
    # decision 11: teasers of other stories, each cut off mid-sentence before its link, are no claims
    "teasers cut off before their links": (
        [
            "-",
            "Island schools will share a single ferry timetable from the autumn, the education office announced in a letter...",
            "-",
            "Tensions between the fishing fleets and the harbour board over winter berths are growing...",
            "-",
            "A new survey of the outer harbour's seabed has turned up the wreck of a paddle steamer lost in...",
            *_BODY,
        ],
        [_BODY[3]],
        ["Island schools will share", "Tensions between the fishing fleets", "A new survey of the outer harbour"],
    ),
    # guard: one sentence of the story that trails off stays a claim
    "a lone trailing sentence stays a claim": (
        [*_BODY[:3], "The skippers say they have heard such promises before...", _BODY[3]],
        ["The skippers say they have heard"],
        [],
    ),
    # the guide's captions and photo credits: a caption closed by a bare "CREDIT:" line is no claim
    "a caption closed by a credit line": (
        [
            "In this aerial photo of the old quay, the red line marks the pilings that failed. The quay is about 300 feet long. "
            "CREDIT: K. Lee (Harbour Survey); NOAA/Coast Watch.",
            *_BODY,
        ],
        [_BODY[0]],
        ["the red line marks the pilings", "The quay is about 300 feet long"],
    ),
    # decisions 80, 378: pointers to a web address for more details or to sign up are no claims
    "pointers to a web address": (
        [
            *_BODY,
            "For more details about the new quay, go to www.harbourboard.example.org.",
            "To sign up for the fleet alerts go to www.fleetalerts.com and follow the board on social media.",
        ],
        [_BODY[3]],
        ["For more details about the new quay", "To sign up for the fleet alerts"],
    ),
    # decision 65: an editor's update note that says how the post was edited is no claim
    "an update note on editing the post": (
        ["Update 2024-02-01: Rewrote this post and renamed it after readers' comments.", *_BODY],
        [_BODY[0]],
        ["Rewrote this post"],
    ),
    # guard: an update line that goes on with the story's news stays a claim
    "an update line with news stays a claim": (
        [*_BODY, "Update: The harbour board removed the vote from Friday's agenda, a spokeswoman said."],
        ["The harbour board removed the vote"],
        [],
    ),
}


@pytest.mark.parametrize("name", list(_CASES))
def test_titled_lists_lead_ins_and_comment_widgets(name):
    paragraphs, kept, dropped = _CASES[name]
    claims = claims_of(paragraphs)
    for piece in kept:
        assert _has(claims, piece), (name, piece, claims)
    for piece in dropped:
        assert not _has(claims, piece), (name, piece, claims)
