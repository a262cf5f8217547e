"""Attribution, session 55 (h55attr): "say" takes no plain noun object but the words said (claims.json
`say_object_nouns`: "said a prayer", "said a lot", "said good night"), so a common noun the parser read as its object,
with no relative clause on it, opens the reported clause whose verb it hung below the noun or misread as a modifier
("said a five-year contract allowing the mill to … expired", "said the shelling damaged …", "said the museum
complements …", "says 40% of its users on a family plan, …"): the statement is the speaker's (GUIDE attribution section: content
somebody said; decision 2's noun-phrase content is a speech act's object, which "say" never takes). Left alone: the
words said, a list of names given as an answer, "say" giving an example ("animals—say lizards—"), the speaker set
after the verb and a quoted phrase.

The sentences are invented; each "fails before" case was checked against main before the change."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _first_attribution(text: str):
    attributed = [c.attribution for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.attribution]
    return (attributed[0].source, attributed[0].cue) if attributed else None


# all four fail before session 55: the reported clause's subject was read as the object of "said", and no attribution given
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlow said a five-year supply contract allowing the mill to buy timber expired on June 4.",
            ("Harlow", "said"),
        ),
        (
            "Residents who spoke to the paper by phone said the shelling damaged school buildings and homes.",
            ("Residents", "said"),
        ),
        ("Diaz said the museum complements schools.", ("Diaz", "said")),
        (
            "Telcom says 40% of its users on a Family Saver Plan, which lets several people share one bill.",
            ("Telcom", "says"),
        ),
    ],
)
def test_a_clause_subject_read_as_the_object_of_say_is_reported(text, expected):
    assert _first_attribution(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said a lot at the meeting.",
        "The chaplain said a eulogy for the miner.",
        "The mayor said good night to the crowd.",
        "The priest said a prayer for the crew.",
    ],
)
def test_the_words_said_stay_no_report(text):
    assert _first_attribution(text) is None


def test_say_giving_an_example_is_no_speaker():
    text = "Put animals—say lizards—from one species on separate islands and let them evolve."
    assert _first_attribution(text) is None


def test_names_given_as_an_answer_stay_the_words_said():
    text = "Ask visitors what they remember of Paris, and they will say the Eiffel Tower, Notre-Dame, the Louvre."
    assert _first_attribution(text) is None


# Mended after the session-55 review (invented sentences). The rule now fires only where a verb of the reported clause
# shows: a plain noun phrase after "said" is the words said or what a thing showed (GUIDE decision 2), as on main.


def _first_claim(text: str):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


# all fail before the mend: each was given to the subject as an attributed statement (a fact)
@pytest.mark.parametrize(
    "text",
    [
        "Critics said the opposite.",
        "The students said the anthem before the match.",
        "He said the truth for once.",
        "The child said the alphabet in under ten seconds.",
        "Fans said the chant for ten minutes.",
        "The companies said the figures in their quarterly filings.",
        "The clock said midnight when the votes were counted.",
        "The thermometer said 40 degrees by noon.",
    ],
)
def test_a_plain_noun_phrase_said_is_no_report(text):
    claim = _first_claim(text)
    assert (claim.attribution, claim.kind) == (None, "event")


# all fail before the mend: the answer given, a list of common nouns or one word, was read as a reported clause
@pytest.mark.parametrize(
    "text",
    [
        "Ask voters what matters, and they say the economy, the border, the cost of groceries.",
        "When asked what they wanted, the strikers said higher pay and shorter shifts.",
        "Asked about his favourite food, he said pasta.",
    ],
)
def test_an_answer_of_common_nouns_stays_the_words_said(text):
    assert _first_attribution(text) is None


def test_a_noun_with_a_relative_clause_still_opens_the_report():
    # fails before the mend: "joke" put in the shared `say_object_nouns` switched off the relative-clause reading
    claim = _first_claim("Dana Holt said jokes that mock the poor tend to backfire.")
    assert ((claim.attribution.source, claim.attribution.cue), claim.kind) == (("Dana Holt", "said"), "fact")


# the first three fail before the mend (kind "fact"): the kind is judged on the reported clause's past, misread as a
# participle; a verb read as a plural noun ("complements", "partners") keeps the attribution and its fact
@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("Residents said the shelling damaged homes and a school.", "Residents", "event"),
        ("Neighbors said the shooting terrified children.", "Neighbors", "event"),
        ("Kim said a two-year deal allowing the firm to cut prices expired in May.", "Kim", "event"),
        ("Garcia said the center complements incubators.", "Garcia", "fact"),
        ("Officials said the agency partners hospitals in five states.", "Officials", "fact"),
    ],
)
def test_the_kind_is_the_reported_clauses(text, source, kind):
    claim = _first_claim(text)
    assert ((claim.attribution.source, claim.attribution.cue), claim.kind) == ((source, "said"), kind)
