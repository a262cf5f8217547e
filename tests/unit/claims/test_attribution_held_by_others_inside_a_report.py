"""A passive of report, belief or judgement with no holder named, heading what a speaker is reported to say, is a view or
report of others than the speaker (GUIDE decisions 3, 489, 801): source null, cue the passive verb, not the speaker;
the quote still keeps its speaker for the quotes after it, and a holder named after "by" stays the source."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text, cue",
    [
        ('"The old mill is considered the heart of the valley," said Nora Blythe.', "considered"),
        ('Nora Blythe said the custom was "considered a mark of good manners" in her youth.', "considered"),
        ("The smugglers are thought to cross the river at night, say local farmers.", "thought"),
        ('"When I arrived I was told that the roof would be fixed by spring," Nora Blythe said.', "told"),
        ('Nora Blythe added: "It is well known that the soil here holds water."', "known"),
        ("It has since been established that the dam was built too low, the engineers said.", "established"),
    ],
)
def test_a_holderless_passive_inside_a_report_is_nobody_named(text, cue):
    out = claims_of(text)
    assert out, text
    assert out[0].attribution is not None, text
    assert out[0].attribution.source is None, out[0].attribution
    assert out[0].attribution.cue == cue


def test_a_passive_with_a_subject_and_what_it_is_held_to_be_parsed_as_an_object():
    out = claims_of(
        "Nora Blythe, who has studied the town's weddings, said that in those days the dance was \"considered both a "
        'duty of the host and a sign of wealth."'
    )
    assert out[0].attribution is not None
    assert out[0].attribution.source is None
    assert out[0].attribution.cue == "considered"


def test_the_quote_after_still_takes_the_speaker_of_the_tag():
    out = claims_of('"The old mill is not considered safe," Nora Blythe said. "We will close it next spring."')
    assert out[0].attribution is not None and out[0].attribution.source is None
    assert out[-1].attribution is not None and out[-1].attribution.source == "Nora Blythe"


def test_a_named_holder_or_a_plain_report_keeps_its_source():
    # guards (pass on main)
    cases = {
        "Nora Blythe said she was told by Tom Ashdown that the mill would close.": "Tom Ashdown",
        '"The mill will close in May," said Nora Blythe.': "Nora Blythe",
        "Nora Blythe said the mill would close in May.": "Nora Blythe",
    }
    got = {text: [c.attribution and c.attribution.source for c in claims_of(text)][0] for text in cases}
    assert got == cases


def test_a_report_that_goes_on_past_the_view_of_others_stays_the_speakers():
    out = claims_of(
        "Nora Blythe explained that the witness had at first been deemed reliable, but after more checks the police "
        "had doubts about him."
    )
    assert out[0].attribution is not None and out[0].attribution.source == "Nora Blythe"
