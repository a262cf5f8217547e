"""Mends of the holderless-passive rule inside reported speech (GUIDE decisions 3, 489, 801): a quote after a colon
lead-in keeps the lead-in's speaker past a first unit held by others (decision 228; a quote over several units keeps its
speaker), and a negated passive of telling is a speech that was not made, the speaker's own words (decision 296)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text, source",
    [
        ('The harbour master told reporters: "The pier is considered unsafe. We will close it in June."', "harbour master"),
        (
            "Ilse Varga said: “The ferry is seen as a lifeline. We will keep it running. Every island will get a stop.”",
            "Ilse Varga",
        ),
    ],
)
def test_a_colon_lead_in_keeps_its_speaker_after_a_unit_held_by_others(text, source):
    out = claims_of(text)
    assert out[0].attribution is not None and out[0].attribution.source is None
    assert len(out) >= 2
    for claim in out[1:]:
        assert claim.attribution is not None and claim.attribution.source == source, (claim.text, claim.attribution)


@pytest.mark.parametrize(
    "text, source",
    [
        ('"I was never told that the pier was unsafe," Ilse Varga testified.', "Ilse Varga"),
        ('"We were not informed that the ferry would stop," the islanders\' council said.', "islanders' council"),
        ('"At no point was I told that the loan was void," Tomas Erl said.', "Tomas Erl"),
    ],
)
def test_a_negated_passive_of_telling_inside_a_quote_is_the_speakers(text, source):
    out = claims_of(text)
    assert out[0].attribution is not None and out[0].attribution.source == source, out[0].attribution
    assert out[0].modality == "none"


@pytest.mark.parametrize(
    "text, cue",
    [
        # decision 801's own forms: the passive of "taught" names the one told, not the teller
        ('"We were taught that the river rises every spring," Ilse Varga said.', "taught"),
        ("Cadets are taught that the river rises every spring, the colonel said.", "taught"),
        # an impersonal passive of report or belief inside a quote (decisions 63, 288, 489)
        ('"It is feared that two hikers are lost on the ridge," Mayor Ilse Varga said.', "feared"),
        ('"It was announced that the ferry would stop," the harbour office said.', "announced"),
    ],
)
def test_a_taught_or_impersonal_passive_inside_a_quote_is_nobody_named(text, cue):
    out = claims_of(text)
    assert out[0].attribution is not None and out[0].attribution.source is None, out[0].attribution
    assert out[0].attribution.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        '"It should be noted that the ferry was late," Ilse Varga said.',  # a modal frame: the speaker's aside (494)
        '"The crew were taught to splice rope," Ilse Varga said.',  # "taught X to": no content clause (801)
    ],
)
def test_a_modal_frame_or_taught_to_keeps_the_speaker(text):
    out = claims_of(text)
    assert out[0].attribution is not None and out[0].attribution.source == "Ilse Varga", out[0].attribution


def test_a_second_act_of_the_reporting_subject_does_not_switch_the_rule_off():
    out = claims_of("Police said the driver was believed to be drunk and urged witnesses to come forward.")
    assert out[0].attribution is not None and out[0].attribution.source is None, out[0].attribution
    assert out[0].attribution.cue == "believed"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The school was billed $3 million for the repairs, the county said.", "county"),
        ("The request was considered the same day, the tribunal said.", "tribunal"),
    ],
)
def test_an_amount_or_a_time_after_a_passive_is_no_view_held(text, source):
    out = claims_of(text)
    assert out[0].attribution is not None and out[0].attribution.source == source, out[0].attribution


def test_the_means_a_message_came_by_is_no_teller():
    out = claims_of('"I was told by phone that the ferry was cancelled," Ilse Varga said.')
    assert out[0].attribution is not None and out[0].attribution.source is None, out[0].attribution
    assert out[0].attribution.cue == "told"
