"""Attribution, session 24: a speaking pronoun ("…,” he said") after a speaker the narration credits with "according
to X" stands for that speaker, not for the person the narration made a subject before them (GUIDE decision 4's
pronouns); a subject named after the speaker takes it again, and a person a quote credits ("“Rowan and I have always
believed …”") does not take the next "she added"."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_AFTER_ACCORDING_TO = (
    "As mayor of Springfield, Harold P. Winslow was big on flood walls.\n\n"
    "The results, according to Mark Feldhaus, deputy director of the Center for Flood Research, were mixed.\n\n"
    '"It\'s all over the map in terms of how well they were built," he said.'
)
_SUBJECT_AFTER_SPEAKER = (
    "The results, according to Mark Feldhaus, a flood engineer, were mixed.\n\n"
    "Harold P. Winslow, the mayor, defended the program on Tuesday.\n\n"
    '"We built what we could afford," he said.'
)
_CREDITED_IN_A_QUOTE = (
    "Dana Whitfield shared a photo of her former partner, Rowan Pike, on Monday.\n\n"
    "Whitfield and Pike ended their engagement in July, but Whitfield later said the split may be temporary.\n\n"
    "“Rowan and I have always believed we belong together. We have been taking a break,” she wrote.\n\n"
    "“We are both busy artists with long tours,” she added."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_AFTER_ACCORDING_TO, ("Mark Feldhaus", "said")),  # fails before session 24: Harold P. Winslow
        (_SUBJECT_AFTER_SPEAKER, ("Harold P. Winslow", "said")),
        (_CREDITED_IN_A_QUOTE, ("Dana Whitfield", "added")),
    ],
)
def test_speaking_pronoun_is_the_last_speaker_the_narration_turned_to(text, expected):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    last = claims[-1].attribution
    assert (last.source, last.cue) == expected
