"""A gerund a speech verb reports, after a verb of denial too and after "admit to" (GUIDE decisions 24, 184), read
in the speech verb's past; and a quote that goes on after a box set into the text (GUIDE decision 755)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def one(text):
    out = claims_of(text)
    assert len(out) == 1, [c.text for c in out]
    return out[0]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("The army has denied orchestrating a coup.", ("army", "denied", "event", "negative")),
        ("The label has twice denied doing anything wrong.", ("label", "denied", "event", "negative")),
        ("The minister has repeatedly denied being linked to the company.", ("minister", "denied", "fact", "negative")),
        ("The bank has denied having close ties to the state.", ("bank", "denied", "fact", "negative")),
        ("The clerk admitted to taking the money from the till.", ("clerk", "admitted", "event", "positive")),
        ("One witness described hiding under a table.", ("One witness", "described", "event", "positive")),
        (
            "While the hats were never found, the actor did admit to having stolen some shoes in his youth.",
            ("actor", "admit", "event", "positive"),
        ),
    ],
)
def test_gerund_after_a_denial_or_admit_to_is_the_speaker_s_content(text, reading):
    claim = one(text)
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.cue, claim.kind, claim.polarity) == reading


def test_a_tensed_quote_before_its_tag_is_no_gerund():
    claim = one("“We're going to hope for the best,” said Ann Lee, a nurse.")
    assert claim.kind == "fact"


BOXED = """The ministry said on Monday that the border would be closed.

"We have seen smugglers cross every night, and the patrols cannot stop them," ministry spokesman Arun Patel told reporters.

{middle}

- 2015: First patrol boats bought

- 2018: Night patrols begin

"If the boats keep coming at this rate, we will run out of fuel by winter."
"""


def test_quote_after_a_box_with_a_heading_goes_on_in_the_tagged_speaker_s_voice():
    claims = claims_of(BOXED.format(middle="River crossings: a timeline"))
    last = claims[-1]
    assert last.text.startswith('"If the boats')
    assert last.attribution is not None
    assert (last.attribution.source, last.attribution.cue) == ("Arun Patel", "told")


def test_a_sentence_of_the_writer_before_the_box_still_parts_the_quote():
    claims = claims_of(BOXED.format(middle="The river has long been a route for smugglers."))
    last = claims[-1]
    assert last.text.startswith('"If the boats')
    assert last.attribution is None or not last.attribution.source


@pytest.mark.parametrize(
    "text",
    [
        "The panel recommended raising the retirement age to 67.",
        "The committee suggested delaying the vote until June.",
        "The governor urged closing the schools.",
        "The president promised cutting taxes for the middle class.",
    ],
)
def test_a_gerund_recommended_or_promised_tells_no_past_act(text):
    # (only a verb that tells the act as done or not done, claims.json `act_gerund_speech_lemmas`, reads it as past)
    assert one(text).kind != "event"


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied owing any back taxes.",
        "The defendant denied possessing the weapon.",
    ],
)
def test_a_denied_state_of_owing_or_possessing_stays_a_fact(text):
    assert one(text).kind == "fact"


SCARE_QUOTED = """"We have vaccinated more than a million people this month," ministry spokeswoman Maria Lopez told reporters.

{middle}

Vaccination drive in numbers

- 1.2 million doses given

- 400 clinics opened

"We will not stop until every village is reached."
"""


@pytest.mark.parametrize(
    "middle",
    [
        'The opposition called the figures "fiction" and demanded an inquiry.',
        'Her deputy, Ana Ruiz, had warned of "a long winter".',
    ],
)
def test_a_writer_s_sentence_with_words_in_quotation_marks_before_the_box_still_parts_the_quote(middle):
    last = claims_of(SCARE_QUOTED.format(middle=middle))[-1]
    assert last.text.startswith('"We will not stop')
    assert last.attribution is None or not last.attribution.source


def test_the_tagged_quote_right_before_the_box_keeps_its_speaker():
    text = SCARE_QUOTED.replace("{middle}\n\n", "")
    last = claims_of(text)[-1]
    assert last.attribution is not None
    assert (last.attribution.source, last.attribution.cue) == ("Maria Lopez", "told")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The chief executive responded to being ousted by suing the board.", "responded"),
        ("The spokesman replied to being asked about the deal by changing the subject.", "replied"),
    ],
)
def test_a_gerund_after_responded_to_is_what_was_answered_not_content(text, verb):
    out = claims_of(text)
    assert out, text  # (the sentence is read, so the check below has a claim to judge)
    for claim in out:
        assert claim.attribution is None or claim.attribution.cue != verb
