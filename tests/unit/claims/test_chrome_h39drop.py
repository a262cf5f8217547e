"""Session 39's chrome rules (h39drop): a post's picture link glued to its signature, a byline with a credit after a
bar, a syndicated story's footer, links under the outlet's 'More from …:' heading, a developing-story note, a 'For more
on …, please visit …' pointer, a lesson's 'Today, I'm going to …' agenda line, a headline asked in title case and a run
of bulleted headline links set between the story's paragraphs are no claims (GUIDE decisions 11, 33, 50, 65, 88, 127,
328); the guards keep commitments, facts under a lead-in or a title and the story's own prose around them."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_BODY = [
    "The river board voted on Tuesday to close the old ferry landing before the spring floods.",
    "Its surveyors said repairing the landing's cracked ramp would use up most of the board's budget for two years.",
    "Kim Park, whose boats have docked at the landing since 1998, said the vote left the ferry crews with no mooring.",
    "The board said talks with the ferry operators would begin in April.",
]


def _around(*lines: str) -> list[str]:
    """The lines set between the body's second and third paragraphs."""
    return [*_BODY[:2], *lines, *_BODY[2:]]


# (paragraphs, pieces that must not be claims, pieces that must stay claims)
_CASES = {
    "developing-story note": (_BODY + ["This is a developing story and will be updated."], ["developing story"], []),
    "pointer to the outlet's other news": (
        _BODY + ["For more on news and sport from around the valley please visit River Daily."],
        ["please visit River Daily"],
        [],
    ),
    "lesson agenda with a wh-clause": (
        _around("Today, we're going to talk about why the landing matters to the town."),
        ["talk about why the landing"],
        [],
    ),
    "lesson agenda with a plain object": (
        _around("Today, I'm going to demystify the process of booking a mooring."),
        ["demystify the process"],
        [],
    ),
    "headline asked in title case": (
        ["River Explained: Why Did The Board Close The Old Ferry Landing?", *_BODY],
        ["Why Did The Board"],
        [],
    ),
    "dashed links between the story's paragraphs": (
        _around(
            "- River board weighs closing two more landings as costs rise", "- Ferry crews protest mooring fees at board meeting"
        ),
        ["weighs closing two more landings", "protest mooring fees"],
        [],
    ),
    "a post's picture link glued to its signature": (
        _around(
            "Fact: the landing bell still rings at six every morning. Of me, ringing it. "
            "pic.twitter.com/Ab12Cd34Ef— dana or so (@danalee) May 4, 2023"
        ),
        ["pic.twitter.com", "@danalee"],
        [],
    ),
    "a byline with a credit after a bar": (
        ["By Dana Lee | Satellite imagery by U.S.G.S. N.A.I.P.", *_BODY],
        ["Dana Lee |", "Satellite imagery"],
        [],
    ),
    "a syndicated story's footer": (_BODY + ["Original article on RiverNews.com."], ["Original article"], []),
    "links under the outlet's 'More from' heading": (
        [
            *_BODY,
            "More from River News:",
            "• Lee: The board had to act | Park: Nobody wins",
            "• Ferry fares: What crews earn | What riders pay",
            "There is 1 Comment.",
        ],
        ["The board had to act", "What crews earn"],
        [],
    ),
    # guards
    "a plan to discuss something with a party": (
        _around("We will discuss the mooring fees with the ferry operators next week."),
        [],
        ["discuss the mooring fees"],
    ),
    "a 'today' act in the world": (
        _around("Today, we're going to close the Dayton plant for good."),
        [],
        ["close the Dayton plant"],
    ),
    "facts under a lead-in's colon": (
        _around(
            "The survey found three problems:",
            "- Rust has eaten through the ramp's steel rails",
            "- The pilings lean up to ten degrees",
        ),
        [],
        ["Rust has eaten through", "pilings lean up to ten degrees"],
    ),
    "facts under a factbox's title": (
        _around(
            "The old landing in figures",
            "- Ferries have docked at the landing since the nineteenth century",
            "- The landing handles 300 crossings a year",
        ),
        [],
        ["Ferries have docked at the landing since", "handles 300 crossings a year"],
    ),
}


def _claim_texts(paragraphs: list[str]) -> str:
    """The claims' texts, one a line: a piece is a claim's when a line holds it."""
    text = "\n\n".join(paragraphs)
    return "\n".join(c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05"))


@pytest.mark.parametrize("name", list(_CASES))
def test_furniture_and_the_story(name):
    paragraphs, furniture, kept = _CASES[name]
    claimed = _claim_texts(paragraphs)
    assert [piece for piece in furniture if piece in claimed] == []
    assert [piece for piece in [*kept, "voted on Tuesday to close the old ferry landing"] if piece not in claimed] == []
