"""Attribution (invented text): a subject that counts or masses works ("a number of studies", "one of these analyses",
"a host of experiments", "most of the polls") before a finding verb with a that-clause is a study's subject: the
works are the source, written as the subject (GUIDE decision 17); a count of people, or works that find nothing, are
unchanged."""

import pytest
from test_attribution_made_clear import attributions

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("A couple of surveys last spring showed that the orchards were losing bees.", "couple of surveys", "showed"),
        ("A handful of surveys showed that the voters were tired of the debate.", "handful of surveys", "showed"),
        (
            "One of the reviews, by a Dutch team, shows that the wetlands shrank every decade.",
            "One of the reviews by a Dutch team",
            "shows",
        ),
        ("A host of experiments have shown that crows remember faces.", "host of experiments", "shown"),
        ("Dozens of trials have found that the drug lowers blood pressure.", "Dozens of trials", "found"),
        # (a part noun the lemma check alone would miss: "Most of the polls revealed" already reads on main)
        ("Most of the polls found that the senator was trailing.", "Most of the polls", "found"),
    ],
)
def test_a_count_of_works_finds_what_a_study_finds(text, source, cue):
    assert attributions(text)[0] == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "A number of studies were published in the spring.",
        "A handful of reports arrived at the ministry on Monday.",
        "A number of visitors showed the guards their tickets.",
    ],
)
def test_a_count_of_works_or_people_that_finds_nothing_stays_unattributed(text):
    assert attributions(text)[0] is None


def test_a_count_of_people_who_say_stays_their_saying():
    assert attributions("A number of residents say that the bridge is unsafe.")[0] == ("number of residents", "say")


@pytest.mark.parametrize(
    "text",
    [
        "One of the surveys shows that the town lost shops every year.",
    ],
)
def test_a_count_of_works_finds_a_result_as_the_works_do(text):
    # (the kind code asks the same "what work heads this subject" as the source code: a study's result is a fact)
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert claims[0].kind == "fact"
