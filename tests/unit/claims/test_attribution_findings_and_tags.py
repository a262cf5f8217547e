"""Attribution of forms session 25 read (invented text): what people found, determined or discovered (GUIDE
decisions 26, 165), a reporting verb that closes the sentence with its speaker after it ("…, noted experts."), and
tag verbs of a direct quote or a document ("beams", "retorted", "the letter began", "the audit affirms")."""

import pytest
from test_attribution_made_clear import attributions  # (the claims' (source, cue) pairs of an invented text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By 1990, the town's water board director found that most of the wells had no pumps.",
            ("town's water board director", "found"),
        ),
        ("Inspectors have determined that forged tickets were used in Dover.", ("Inspectors", "determined")),
        (
            "By noon, bank clerks and county investigators determined that the money came from a foreign account.",
            ("bank clerks", "determined"),
        ),
    ],
)
def test_what_people_found_is_theirs(text, expected):
    assert attributions(text)[0] == expected


def test_a_pronoun_that_discovered_resolves_to_the_person():
    text = "Mara Quill studied old catalogues.\n\nShe discovered that dolls from the 1930s pushed fixed roles."
    assert attributions(text)[-1] == ("Mara Quill", "discovered")


@pytest.mark.parametrize("text", ["I found that the shop was closed.", "We found that the claim had no basis."])
def test_the_writers_own_finding_stays_unattributed(text):
    assert attributions(text)[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was a surprise, noted experts.", ("experts", "noted")),
        ("The figures, in no way, matched the record, reported WXYZ.", ("WXYZ", "reported")),
    ],
)
def test_a_closing_tag_with_its_speaker_after_the_verb(text, expected):
    assert attributions(text)[0] == expected


def test_a_second_act_with_an_object_is_no_tag():
    assert attributions("She paid the bill, reported the theft.")[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We sold the old van," Mara beams.', ("Mara", "beams")),
        ('"I write to tell you of the events on Monday," the letter began.', ("letter", "began")),
        ('"The park will stay open," a clerk retorted.', ("clerk", "retorted")),
        ("The audit, released after a records request, affirms that the board acted quickly.", ("audit", "affirms")),
        ("The singer later clarified that the tour may only be delayed.", ("singer", "clarified")),
    ],
)
def test_tag_and_reporting_verbs(text, expected):
    assert attributions(text)[0] == expected


def test_a_tag_verb_without_a_quote_reports_nothing():
    assert attributions("The meeting began at noon.")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers could have shown they were tired of the old brands.",
        "The census data will determine how the seats are split among the towns.",
        "He discovered Dana slumped on the floor of the boiler room and tried to wake her.",
    ],
)
def test_no_finding_made(text):
    assert attributions(text)[0] is None


def test_a_tag_verb_reports_only_the_quote_it_tags():
    text = "A storm of anger broke out – “stop the fares now,” one reply began – and the firm soon cut its prices."
    assert attributions(text)[0] is None
