"""Kind, fact versus event: a verb of stance (claims.json `stance_lemmas`) in the simple past of a clause reported after a
past saying verb ("Ortega said he supported cancelling the toll") takes the report's shifted tense and tells the stance
held when the party spoke (the kind section's opinions: fact); one placed at a day, a past perfect, a quotation's own
past and an unreported past stay what the party did (event)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "On the campaign trail, Ortega said he supported cancelling the toll for all residents.",
        "She added that her firm supported the decision to open an inquiry.",
        "When the officers approached, he told them he opposed the new mayor.",
    ],
)
def test_stance_in_a_reported_past_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The councillor said the committee supported the plan on Tuesday.",
        "He said he had opposed the plan to close the school.",
        '"I opposed the levy as soon as I heard of it on May 3, and argued against it," the treasurer said.',
        "The union supported the strike.",
    ],
)
def test_stance_at_a_moment_in_a_perfect_quoted_or_unreported_stays_an_event(text):
    assert kind_of(text) == "event"
