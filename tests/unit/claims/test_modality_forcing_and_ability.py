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
        ("The hearings were free of heckling.", "none"),  # "free of" + gerund frames nothing
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
        # curly quotes as in most of the corpus; a past "had to" told as what happened is an event (decision 74)
        ("After the crash, Dunmore recalls, \u201cI had to get control of my nerves.\u201d", "obligation", "positive"),
    ],
)
def test_a_speech_tag_before_its_quote_leaves_the_quote_to_decide(text, modality, polarity):
    claim = first(text)
    assert (claim.kind, claim.modality, claim.polarity) == ("event", modality, polarity)


@pytest.mark.parametrize(
    "text",
    [
        # the infinitive belongs to a noun of an act: no one is made to act (decision 257; like "forced a fumble")
        "The rebels forced a vote to oust the chairman.",
        "The leak forced a decision to postpone the launch.",
        "The blaze forced a scramble to clear the dock.",
    ],
)
def test_forcing_a_noun_of_an_act_frames_nothing(text):
    assert first(text).modality == "none"


@pytest.mark.parametrize(
    "text, kind",
    [
        # the kind follows the one forced (decisions 257, 556(c)): a specific party → commitment, a class → fact
        ("The ruling forces the council to reopen the pool.", "commitment"),
        ("The verdict compels the ministry to redraft the rules.", "commitment"),
        ("The treaty would force Norway to withdraw its fleet.", "commitment"),
        ("The new code will force the board to publish its minutes.", "commitment"),
        ("The law forces companies to publish their accounts.", "fact"),
        # a past forcing whose act is still ahead (decision 556(c))
        ("Last week's ruling forced the council to reopen the pool by August.", "commitment"),
        ("The order on Monday compelled the agency to release the files within 30 days.", "commitment"),
        # a past forcing told as what happened stays an event (decision 556(a))
        ("Low prices forced the mill to close its gates.", "event"),
    ],
)
def test_a_forcing_takes_its_kind_from_the_one_forced(text, kind):
    claim = first(text)
    assert (claim.kind, claim.modality) == (kind, "obligation")


def test_incapable_of_is_a_negated_ability():
    claim = first("The cabinet is incapable of curbing its own spending.")  # like "unable to" (decision 5)
    assert (claim.modality, claim.polarity) == ("possibility", "negative")


def test_a_way_that_is_forcing_a_party_is_no_commitment():
    # "is" + a gerund saying what the way is: no specific party forced to act (decision 257)
    assert first("The path to a calmer council is forcing the mayor to share power.").kind == "fact"
