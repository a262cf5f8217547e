"""Which "if" makes a unit conditional: one on the infinitive its verb governs (the parser may read "allows X to do"
as a clause with its own subject), not one inside the that-clause of a reporting verb in an infinitive, which the unit
does not assert (benchmarks/claims_real/GUIDE.md: decisions 45, 69, 141, 402)."""

import pytest


def _moods(text):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return [(c.mood, c.condition.text if c.condition else None) for c in extract_claims(text, split_sentences(text))]


@pytest.mark.parametrize(
    "text, condition",
    [
        (
            "The rule allows inspectors to close shops indefinitely if they are found to be unsafe.",
            "if they are found to be unsafe",
        ),
        ("The new code permits wardens to fine drivers unless they display a permit.", "unless they display a permit"),
    ],
)
def test_a_condition_on_the_infinitive_a_verb_governs_makes_the_unit_conditional(text, condition):
    assert _moods(text)[0] == ("conditional", condition)


@pytest.mark.parametrize(
    "text",
    [
        "He went on to suggest that he could change his plans once more if he sensed voters wanted it.",
        "The minister went on to insist that the border would stay open unless the storm worsened.",
    ],
)
def test_an_if_in_the_that_clause_of_a_reporting_infinitive_is_no_condition(text):
    assert _moods(text)[0][0] == "statement"


@pytest.mark.parametrize(
    "text",
    [
        # Guards: the that-clause of the unit's own verb still passes its condition (decisions 69, 141).
        "The move tells lenders that they must accept risk if they wish to earn a return.",
        "It is true that if the app is removed, the files stay locked.",
    ],
)
def test_an_if_in_the_that_clause_the_unit_asserts_still_counts(text):
    assert _moods(text)[0][0] == "conditional"
