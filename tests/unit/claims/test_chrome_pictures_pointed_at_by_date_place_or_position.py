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
