"""Modality, session 41 (h41modpol): a permission or enabling under "will/would".

"The plan would allow 300 families to apply", "the rules will let airlines sell more seats": the permission frame is
the inner, more specific one under "will/would" and decides (GUIDE decisions 15, 429, 711(a): "would enable X to" →
possibility). The infinitive may stand apart from its grantee ("would allow 300 more people, by one estimate, to
apply"), where the parser makes it a clause of its own. Not "would allow for" a noun (no permission), not another
modal's force ("should let your doctor know": advice), not a hortative "Let's".
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fail before session 41: "will/would" decided (intention)
        ("The reform would allow farmers to sell their grain abroad.", ("possibility", "positive")),
        ("The new rules will let airlines sell more seats.", ("possibility", "positive")),
        ("The bypass would enable lorries to avoid the old town.", ("possibility", "positive")),
        ("The reform would not allow banks to lend more.", ("possibility", "negative")),
        ("The scheme would allow 300 more families, by one estimate, to claim the grant.", ("possibility", "positive")),
        # unchanged
        ("Peace would allow for the withdrawal of troops.", ("intention", "positive")),
        ("Patients with a cough should let their nurse know.", ("recommendation", "positive")),
        ("The club could allow fans to stand.", ("possibility", "positive")),
    ],
)
def test_a_permission_under_will_or_would_is_a_possibility(text, expected):
    assert [(c.modality, c.polarity) for c in _claims(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The council said it will let residents know its plans next month.",
        "\u201cWe will let you know,\u201d the coach said.",
        "The ministry would let the families know as soon as the crew was found.",
    ],
)
def test_let_know_under_will_or_would_is_no_permission(text):
    # possibility before mend41g: "let X know" (inform) gives no leave to act (GUIDE decisions 45, 711); "will/would"
    # decides (intention). ("let X go" stays a permission: tune's gold reads "let him go" so, decision 45)
    assert [c.modality for c in _claims(text)] == ["intention"]
