"""Frames of the modality table the parser hides: "forced/compelled X to" (GUIDE decisions 257, 556(a)), "felt
compelled to", "capable of" + gerund (decision 187), "empowered to" (the table's "is allowed to"), "more likely than X
to" (decision 623), "seems likely to" (decision 692), and a speech tag that opens its quotation (decision 2)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality",
    [
        # "force/compel/oblige X to" + verb obliges X, whoever or whatever X is (decision 257)
        ("The law forces companies to publish their accounts.", "obligation"),
        ("Stores compel shoppers to walk past the sweets.", "obligation"),
        ("Low prices forced the mill to close its gates.", "obligation"),
        # with a noun phrase alone it frames nothing
        ("The defense forced a fumble.", "none"),
        # a linking verb the parser made the participle's auxiliary
        ("The author felt compelled to finish the trilogy.", "obligation"),
        ("He felt betrayed by his party.", "none"),
        # "capable of" + gerund: an ability (decision 187); the adjective alone is none
        ("Crows are capable of solving simple puzzles.", "possibility"),
        ("The new chip will be capable of running two screens.", "possibility"),
        ("The goalkeeper is very capable.", "none"),
        ("The tenants are empowered to elect their own board.", "possibility"),
        # the comparison and its figures change nothing (decision 623)
        # (the parser hangs the infinitive on the "than" of the comparison)
        ("Tenants were 3.1 times more likely than people without debts to lose their homes.", "possibility"),
        ("The mayor seems likely to keep her seat.", "possibility"),  # decision 692
        ("It seems likely that the mayor keeps her seat.", "none"),
        # "determined to" is no frame of the table: read from the outer verb (decision 81)
        ("The rebels seem determined to keep fighting.", "none"),
    ],
)
def test_hidden_frames_of_the_table(text, modality):
    assert first(text).modality == modality


def test_a_past_forcing_is_a_happening():
    claim = first("A sudden storm forced the ferry to turn back.")
    assert (claim.kind, claim.modality) == ("event", "obligation")  # decision 556(a)


@pytest.mark.parametrize(
    "text, modality, polarity",
    [
        ('After the crash, Dunmore recalls, "I had to get control of my nerves."', "obligation", "positive"),
    ],
)
def test_a_speech_tag_before_its_quote_leaves_the_quote_to_decide(text, modality, polarity):
    claim = first(text)
    assert (claim.modality, claim.polarity) == (modality, polarity)
