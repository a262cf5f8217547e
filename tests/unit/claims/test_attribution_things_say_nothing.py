"""Attribution, session 25: a thing, act or reading as the subject of a reporting verb is no source (GUIDE decisions
141, 320): "the way she smiles tells you that …", "as its name suggests", "simple arithmetic will indicate that …",
"ignoring those warnings suggests that …" give no attribution; a study, a document or a person still do."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _attribution(text: str):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    found = [c.attribution for c in claims if c.attribution is not None]
    return (found[0].source, found[0].cue) if found else None


@pytest.mark.parametrize(
    "text",
    [
        # the way, arithmetic and gerund cases fail before session 25 (sources "way", "Simple math", "warnings"); the
        # name case passes before on this parse (a tune unit's parse of it, "as its name suggests", gave "its name")
        "And the way this teacher smiles at you will tell you that you belong in her class.",
        "The cooperative, as its name suggests, is owned by the farmers who sell through it.",
        "Simple math will indicate that the ferry has run about one trip per week since March.",
        "The council voted twice, and ignoring those warnings suggests that the report was rushed.",
    ],
)
def test_a_thing_or_act_is_no_source(text):
    assert _attribution(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The study suggests that commuters sleep less than other workers.", ("study", "suggests")),
        ("The memo indicates that the ferry will stop running in March.", ("memo", "indicates")),
        ("Sarah Mitchell suggested that the ferry will stop running in March.", ("Sarah Mitchell", "suggested")),
    ],
)
def test_studies_documents_and_people_stay_sources(text, expected):
    assert _attribution(text) == expected
