"""Kind: a verb of the provision list ("calls for", "provides for", "foresees" …) set inside a relative clause sets out
no document's terms for the main statement, whose kind is read as usual (GUIDE: a relative clause decides nothing, the
modal verbs in one do not count; decisions 1, 6, 16). A document's own provision, and a provision verb in the main
clause, keep their reading."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers will also be able to sign a petition that calls for lower tariffs on seed.",
        "The ordinance would save $9 million by trimming the budget that provides for the old ferry.",
        "Anglers can now read a leaflet that foresees shorter seasons for trout.",
    ],
)
def test_a_provision_verb_in_a_relative_clause_commits_nobody(text):
    assert kinds(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The agreement provides for a joint patrol of the bay.",
        "The letter will call on the council to reopen the pier.",
        "The council will sign a petition that calls for lower tariffs on seed.",
    ],
)
def test_a_provision_in_the_main_clause_or_a_party_keeps_its_reading(text):
    assert kinds(text)[0] == "commitment"
