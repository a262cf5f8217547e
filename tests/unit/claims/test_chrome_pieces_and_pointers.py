"""Chrome, second pass: a wh-clause standing alone as a subheading or a linked story's headline (GUIDE decision 88), a
piece cut off the sentence before it with no tensed verb of its own (decisions 48, 66), a roundup's pointer to another
writer's story ("…, via Dana Lee.", decisions 11, 481), an editor's prompt to check back or to see the earlier story or
the interview on the page (decisions 38, 65, 80), and a subheading whose last word is a particle or an adverb of time,
which does not go on in the paragraph below it."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_OPENING = "The harbour board voted on Tuesday to close the old ferry quay by the end of the year."
_SECOND = "Board members said the quay had cost the port more than it earned for a decade."
_CLOSING = "Fishing crews that land their catch at the quay will move to the north pier in the spring."


def _between(line: str) -> str:
    return f"{_OPENING}\n\n{_SECOND}\n\n{line}\n\n{_CLOSING}"


@pytest.mark.parametrize(
    "heading", ["Why the ferry plan fell apart.", "How the harbour lost its fleet", "What it’s like to wait a year for a berth."]
)
def test_a_wh_clause_standing_alone_is_a_heading(heading):
    claims = texts_of(_between(heading))
    assert _OPENING in claims and _CLOSING in claims
    assert not any(heading.rstrip(".") in c for c in claims)


def test_a_bulleted_wh_clause_is_a_linked_storys_headline():
    claims = texts_of(_between("- How to plan a fishing trip around the tides."))
    assert not any("fishing trip" in c for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "What the inspectors found was worrying.",
        "When the quay closed, the crews moved north.",
        "Where the old quay stood, a car park will open.",
    ],
)
def test_a_wh_clause_inside_a_main_clause_or_a_question_stays_a_claim(sentence):
    # guard: the wh-word hangs below a clause of the main verb, or the line asks
    assert any(sentence.rstrip(".?") in c for c in texts_of(_between(sentence)))


def test_a_piece_cut_off_after_a_question_with_no_verb_of_its_own_gives_no_claim():
    text = (
        "Crowds lined the quay all morning, hoping to catch sight of – and who would not want this? "
        "– the new harbour master and her crew.\n\n" + _CLOSING
    )
    claims = texts_of(text)
    assert any(c.startswith("Crowds lined the quay") for c in claims)
    assert not any("harbour master and her crew" in c for c in claims)


def test_a_piece_with_a_tensed_verb_of_its_own_stays_a_claim():
    # guard (GUIDE decision 79): an independent clause after the cut is a claim
    text = "Was the old quay worth saving? – it was the only berth left for the night boats.\n\n" + _CLOSING
    assert any("it was the only berth left" in c for c in texts_of(text))


def test_a_roundup_line_that_points_to_another_writers_story_gives_no_claim():
    line = "Ferry fares: A close look at the new prices, via Dana Lee."
    claims = texts_of(_between(line))
    assert _OPENING in claims and not any("new prices" in c for c in claims)


def test_a_line_crediting_a_wire_with_via_stays_a_claim():
    # guard: "via" and a body's name gives the source of what the line says, no writer's story
    line = "The board confirmed the closure late on Tuesday, via Reuters."
    assert any("confirmed the closure" in c for c in texts_of(_between(line)))


@pytest.mark.parametrize(
    "note",
    [
        "Check back soon for further information.",
        "The earlier story is below.",
        "For more with Dana Lee, watch her full interview above.",
    ],
)
def test_an_editors_note_on_the_page_gives_no_claim(note):
    claims = texts_of(f"{_OPENING}\n\nTHIS IS A DEVELOPING STORY. {note}\n\n{_CLOSING}")
    assert _OPENING in claims and not any(note.rstrip(".") in c for c in claims)


@pytest.mark.parametrize("heading", ["Many crews give up", "The harbour has seen this kind of protest before"])
def test_a_subheading_ending_on_a_particle_or_an_adverb_does_not_go_on_below(heading):
    text = f"{_OPENING}\n\n{heading}\n\nBut in the north, the pier is already full and the crews wait for weeks.\n\n{_CLOSING}"
    claims = texts_of(text)
    assert not any(heading in c for c in claims)
    assert any(c.startswith("in the north, the pier is already full") or "the pier is already full" in c for c in claims)


@pytest.mark.parametrize(
    "line",
    [
        "Dana Lee, 29, is expected to run the north pier from May, via Sam Ortiz.",
        "The new quay is worth up to $14 million to the port, via Sam Ortiz.",
    ],
)
def test_a_full_clause_credited_via_a_reporter_stays_a_claim(line):
    # guard (GUIDE decision 222, the claim section): "via" a reporter after a full clause sources a report, like "per"
    assert any(line.split(",")[-2].strip() in c for c in texts_of(_between(line)))


@pytest.mark.parametrize("line", ["How times have changed.", "What a difference a year makes.", "How the mighty have fallen."])
def test_an_exclamative_wh_sentence_in_the_writers_voice_stays_a_claim(line):
    # guard (the claim section: short statements count; decision 88: a full clause is no heading)
    assert any(line.rstrip(".") in c for c in texts_of(_between(line)))


def test_a_line_broken_after_since_keeps_its_main_verb_piece_not_the_tail():
    # GUIDE decisions 48, 66: the piece with the main verb is the claim; the cut-off tail is none
    text = f"{_OPENING}\n\nThe quay has not turned a profit since\n\nJanuary 2019, according to its accounts.\n\n{_CLOSING}"
    claims = texts_of(text)
    assert any(c.startswith("The quay has not turned a profit") for c in claims)
    assert not any(c.startswith("January 2019") for c in claims)


@pytest.mark.parametrize("note", ["The original story is below:", "Original story below."])
def test_an_earlier_story_note_ending_in_a_colon_or_verbless_gives_no_claim(note):
    claims = texts_of(f"{_OPENING}\n\nTHIS IS A DEVELOPING STORY. {note}\n\n{_CLOSING}")
    assert _OPENING in claims and not any("story" in c.lower() and "below" in c for c in claims)
