"""Guards for session 39's chrome rules (h39drop, review rev39f): a body's bulleted points under a full-stop lead-in, a
speaker's remarks under 'More from <name>:', 'let's' proposals and first-person commitments with verbs of talk, an
official's 'This is a developing situation, X said' and a 'For more on …' line that states a party's option stay claims
(GUIDE decisions 18, 56, 79, 127, 212, 328, 450, 617); a 'For more on …, visit <web address>' pointer and a headline
asked in title case whose verbs the tagger reads as names are no claims (decisions 11, 88, 227, 378)."""

import pytest

from declcli.claims import extract_claims
from declcli.claims.lexicon import words
from declcli.sentences import split_sentences

_OPENING = "The harbour council voted on Monday to shut the north quay before the storm season."
_CLOSING = "The council said repairs to the quay's seawall would begin in the autumn and last two years."


def _claim_texts(paragraphs: list[str]) -> str:
    text = "\n\n".join(paragraphs)
    return "\n".join(c.text for c in extract_claims(text, split_sentences(text), published="2024-03-05"))


# (paragraphs, pieces that must stay claims)
_KEPT = {
    "points under a lead-in announcing them": [
        _OPENING,
        "The vote has three direct effects for the fishing fleet in the bay.",
        "- Trawlers must moor at the south quay from the first of May",
        "- Crews can claim a fuel grant for the longer trip",
        "- Night landings at the north quay are banned outright",
        _CLOSING,
    ],
    "points read as the story's statements": [
        _OPENING,
        "The harbour master said the decision had been taken with regret after a meeting that ran late.",
        "• Deputy harbour master Ravi Shah will run the south quay for the season",
        "• The council will begin the search for a new contractor this month",
        _CLOSING,
    ],
    "a speaker's remarks under 'More from <name>:'": [
        _OPENING,
        "Harbour chief Mara Quint said on Tuesday the council was in no rush to sell the quay.",
        "More from Quint:",
        "- Fishing boats are unlikely to return before the spring at the earliest",
        "- The seawall remains sound despite the winter storms",
        _CLOSING,
    ],
    "'let's' with a party": [_OPENING, "Let's talk to the fishermen before we shut the quay.", _CLOSING],
    "'let's' discussing a deal with a party": [
        _OPENING,
        "Let's discuss a new lease with the ferry company now, while we still have leverage.",
        _CLOSING,
    ],
    "a future 'explain how' to a party": [
        _OPENING,
        "We will explain how the leak happened to every affected tenant by letter next week.",
        _CLOSING,
    ],
    "a future 'discuss whether' with a party": [
        _OPENING,
        "I will discuss whether to run for mayor with my family over the holidays.",
        _CLOSING,
    ],
    "'Today, … talk with <party>'": [
        _OPENING,
        "Today, I'm going to talk with Governor Ana Ruiz about the money our town was promised after the storm.",
        _CLOSING,
    ],
    "'Today, we will look at' an act in the world": [
        _OPENING,
        "Today, we will look at every option to keep the north quay open.",
        _CLOSING,
    ],
    "'Today, … discuss … with <party>'": [
        _OPENING,
        "Today, we are going to discuss a truce with our neighbours in Lyon.",
        _CLOSING,
    ],
    "an official's 'This is a developing situation'": [
        _OPENING,
        "This is a developing situation, the interior minister told lawmakers, and police remain on high alert at the quay.",
        _CLOSING,
    ],
    "a party's option after 'For more on …,'": [
        _OPENING,
        "For more on the history of the quay, residents can visit the town library, which reopened on Friday.",
        _CLOSING,
    ],
}

_KEPT_PIECES = {
    "points under a lead-in announcing them": ["Trawlers must moor", "Crews can claim a fuel grant", "Night landings"],
    "points read as the story's statements": ["Ravi Shah will run", "begin the search for a new contractor"],
    "a speaker's remarks under 'More from <name>:'": ["unlikely to return", "seawall remains sound"],
    "'let's' with a party": ["talk to the fishermen"],
    "'let's' discussing a deal with a party": ["discuss a new lease"],
    "a future 'explain how' to a party": ["explain how the leak happened"],
    "a future 'discuss whether' with a party": ["discuss whether to run"],
    "'Today, … talk with <party>'": ["talk with Governor Ana Ruiz"],
    "'Today, … discuss … with <party>'": ["discuss a truce"],
    "'Today, we will look at' an act in the world": ["look at every option"],
    "an official's 'This is a developing situation'": ["high alert"],
    "a party's option after 'For more on …,'": ["residents can visit the town library"],
}


@pytest.mark.parametrize("name", list(_KEPT))
def test_kept(name):
    claimed = _claim_texts(_KEPT[name])
    assert [piece for piece in [*_KEPT_PIECES[name], "shut the north quay"] if piece not in claimed] == []


_FURNITURE = {
    "a lesson opened by 'In today's lesson,'": (
        "In today's lesson, we're going to explain the process of booking a mooring.",
        "booking a mooring",
    ),
    "a lesson with a plain future": ("Today, we'll explain the process of booking a mooring.", "booking a mooring"),
    "a pointer to a web address": ("For more on the flood, visit floods.example.gov.", "floods.example.gov"),
    "a pointer to a www address": ("For more on the cleanup, please visit www.valleyhelp.org.", "valleyhelp"),
    "a title-case question, its verb read as a name": ("Will The Council Cut Harbour Fees Three Times In 2025?", "Cut Harbour"),
    "a title-case question with an inner capital": (
        "Will Apple Raise iPhone Prices After The New Tariffs Take Effect?",
        "iPhone",
    ),
}


@pytest.mark.parametrize("name", list(_FURNITURE))
def test_furniture(name):
    line, piece = _FURNITURE[name]
    paragraphs = [line, _OPENING, _CLOSING] if line.endswith("?") else [_OPENING, _CLOSING, line]
    claimed = _claim_texts(paragraphs)
    assert piece not in claimed
    assert "shut the north quay" in claimed


_ROWS = {
    "em-dash bullets": [
        "— Harbour council weighs closing two more quays as costs rise",
        "— Trawler crews protest mooring fees at meeting",
    ],
    "a headline that asks": [
        "- Is the harbour council about to close two more quays?",
        "- Why trawler crews are angry about the new fees",
    ],
}


@pytest.mark.parametrize("name", list(_ROWS))
def test_link_rows_between_paragraphs(name):
    paragraphs = [
        _OPENING,
        "Its engineers said rebuilding the quay's cracked seawall would use up most of the council's budget.",
        *_ROWS[name],
        _CLOSING,
    ]
    claimed = _claim_texts(paragraphs)
    assert [row for row in _ROWS[name] if row[2:20] in claimed] == []
    assert "shut the north quay" in claimed


@pytest.mark.parametrize(
    "signature",
    [
        "pic.twitter.com/Ab12Cd34Ef — Dana Lee (@danalee) 4 May 2023",
        "https://t.co/Ab12Cd34Ef — Kim Park (@kimpark) on May 4, 2023",
    ],
)
def test_post_signature_with_its_date(signature):
    """A post's signature, its date set day first or after 'on', is furniture (decision 33)."""
    assert words().chrome_patterns.search(signature) is not None
