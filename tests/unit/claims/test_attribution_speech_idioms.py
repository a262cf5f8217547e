"""Attribution, session 35: set phrases built on a verb of speech report no one's words (claims.json `speech_idioms`).

"All told, …" means "in all", "Truth be told, …" and "when all is said and done" frame the writer's own statement,
"Enough said." closes a point: no source says or holds anything in them, so no attribution (the attribution section).
The same verbs outside such a phrase still report (test_attribution_contact_relative_report: "Lee told reporters all the
mines were closed")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


@pytest.mark.parametrize(
    "text",
    [
        # each fails before session 35: {source: null, cue: "told"}, {source: "Enough", cue: "said"}, …
        "All told, there are nine mines in the county.",
        "Truth be told, the plan was weak.",
        "Enough said.",
        "When all is said and done, the bridge will cost more.",
    ],
)
def test_speech_idiom_reports_nothing(text):
    claims = _claims(text)
    assert claims
    assert claims[0].attribution is None
