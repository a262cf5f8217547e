"""Chrome claims (session 62, h62chrome): lines that point at the page's picture or table and are its caption or table
line, no claim (GUIDE decisions 239, 882, 897): a wire caption's demonstrative before the picture's date ("This March 3,
2011, file photo shows …", which the parser hangs on the month), a table or map set below named as the subject of the
main clause's verb of showing wherever it stands in its paragraph ("The map of Europe below demonstrates the issue."),
and a word of position after any noun ("The old lighthouse, at left, and two trawlers at anchor."). A time adverb before
a picture noun ("This March, video footage showed …"), a chart below in a subordinate clause of the story's sentence and
a chart named without pointing stay claims."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."
_NEXT = "The first crossing leaves at 7 a.m."


@pytest.mark.parametrize(
    "line",
    [
        "This March 3, 2011, file photo shows the harbour wall of the old port in Dunmore.",
        "This May 4, 2019 photo released by the navy shows a patrol boat off Kestrel Point.",
        "These Oct. 12, 2008 photos provided by the museum show the old ferry terminal.",
    ],
)
def test_a_dated_wire_caption_is_no_claim(line):
    claims = texts_of(f"{_BODY}\n\n{line}\n\n{_NEXT}")
    assert not any(c.startswith(line[:12]) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


def test_a_dated_wire_caption_opening_its_paragraph_is_no_claim():
    line = "This May 4, 2019 photo released by the navy shows a patrol boat off Kestrel Point."
    claims = texts_of(f"{line} The boat can carry 40 sailors. (Navy via Kestrel Wire)\n\n{_BODY}\n\n{_NEXT}")
    openings = {c[:10] for c in claims}
    assert "This May 4" not in openings and "The ferry " in openings, claims


@pytest.mark.parametrize(
    "paragraph, line",
    [
        (
            "Ferry fares vary a lot between routes. The table below shows the fares on the ten busiest routes.",
            "The table below",
        ),
        (
            "Place names are shown in the local script. The map of Europe below demonstrates the issue. A reader would "
            "need to know four alphabets.",
            "The map of Europe",
        ),
    ],
)
def test_a_table_or_map_below_as_the_subject_is_no_claim(paragraph, line):
    claims = texts_of(f"{_BODY}\n\n{paragraph}\n\n{_NEXT}")
    assert not any(c.startswith(line) for c in claims), claims
    assert any(c.startswith(paragraph[:20]) for c in claims), claims


def test_a_word_of_position_after_a_noun_marks_a_caption():
    claims = texts_of(f"The old lighthouse, at left, and two trawlers at anchor. (Harbour Trust)\n\n{_BODY}\n\n{_NEXT}")
    assert not any(c.startswith("The old lighthouse") for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "This March, video footage showed the guard asleep at the harbour gate.",  # a time adverb, no picture's date
        "Ferry fares rose, as the chart below shows, by five percent in May.",  # the chart in a clause of the story's
        "The first chart demonstrates how far fares have risen since 2010.",  # a chart named, not pointed at
        "The ferry, at last, reached the quay after a four-hour delay.",  # "at last" is no position
    ],
)
def test_the_story_s_sentences_stay_claims(line):
    claims = texts_of(f"{_BODY}\n\n{line}\n\n{_NEXT}")
    assert any(c.startswith(line[:12]) for c in claims), claims


# Session 61's mending of h62chrome: a line that points below or above and also states something of its own, a word of
# position in the story's prose, and a dated opening in the story's past or in a running paragraph stay claims.


@pytest.mark.parametrize(
    "paragraph, line",
    [
        (
            "Harbour traffic has grown. The chart below shows that freight rose by 8% between 2020 and 2023. Dock "
            "workers want more staff.",
            "The chart below shows that",
        ),
        (
            "Traders disagree. The graph above demonstrates that fuel prices peaked in May 2022. They have eased since.",
            "The graph above",
        ),
        (
            "The storms spread. The map below shows the bay of Kestrel, where gales sank three boats on Friday. Nobody drowned.",
            "The map below",
        ),
        (
            "The coast is busy. The map above shows the piers where two ferries ran aground last week. Talks go on.",
            "The map above",
        ),
        (
            "The gale struck at noon. The video above shows the moment the roof of the fish market collapsed on Sunday. "
            "Nobody was hurt.",
            "The video above",
        ),
        ("Harbour traffic has grown. The chart below shows that freight will rise by 5% next year.", "The chart below"),
    ],
)
def test_a_line_pointing_below_that_states_something_of_its_own_stays_a_claim(paragraph, line):
    claims = texts_of(f"{_BODY}\n\n{paragraph}\n\n{_NEXT}")
    assert any(c.startswith(line) for c in claims), claims


def test_a_clause_joined_to_a_line_pointing_below_stays_a_claim():
    claims = texts_of(
        f"The table below shows the harbour fees, and the board will raise them again in June. Owners object.\n\n{_NEXT}"
    )
    assert any("the board will raise them" in c for c in claims), claims


def test_a_line_pointing_below_at_how_something_moved_is_no_claim():
    paragraph = "Costs have shifted. The chart below shows how the fees moved from owners to passengers. Owners are pleased."
    claims = texts_of(f"{_BODY}\n\n{paragraph}\n\n{_NEXT}")
    assert not any(c.startswith("The chart below") for c in claims), claims
    assert any(c.startswith("Costs have shifted") for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Coach Dana Lee started Okafor, at center, and Roe at wing in Friday's win over Kestrel.",  # a player's place
        "Groups on the left, at centre, and on the right have opposed the new fees.",  # a word in a phrase
        "The Kestrel club, at right, of the league table faces relegation this spring.",  # "at right, of …"
        "This June 4, local television footage showed boats leaving the harbour for the first time.",  # told in the past
        "This Jan. 1, 2024, television footage showed crowds on the quay despite the storm warning.",
    ],
)
def test_a_word_of_position_or_a_dated_opening_in_the_story_s_prose_stays_a_claim(line):
    claims = texts_of(f"{line}\n\n{_BODY}\n\n{_NEXT}")
    assert any(c.startswith(line[:12]) for c in claims), claims


def test_a_dated_pointer_opening_a_running_paragraph_stays_a_claim():
    paragraph = "This Jan. 6, 2022, video shows the skipper steering past a buoy. He was fined two weeks later in Dunmore."
    claims = texts_of(f"{_BODY}\n\n{paragraph}\n\nHis lawyer declined to comment.")
    assert any(c.startswith("This Jan. 6") for c in claims), claims
