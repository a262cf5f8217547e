""" "it" after a condition clause in which a body wants, aims at or is able to do something stands for that body, which
then undertakes the main clause's act (the kind section: a party bound to a future act); "it" for a thing, for the
happening the clause tells, for a person's situation or a copula's "it" names no party."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def reading(text) -> tuple[str, str]:
    claim = next(iter(extract_claims(text, split_sentences(text), published="2024-09-17")))
    return claim.kind, claim.modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("If the council wants to keep the pool open, it will have to raise fees.", "obligation"),
        ("If the board can agree on a plan, it may sell the site.", "possibility"),
        ("If Microsoft wants to stay ahead, it should cut prices.", "recommendation"),
        ("If France intends to host the games, it must build a stadium.", "obligation"),
        # choosing, deciding or failing in the condition (claims.json `condition_choice_lemmas`)
        ("If the council decides to keep the pool open, it will have to raise fees.", "obligation"),
        ("If the council votes to keep the pool open, it will have to raise fees.", "obligation"),
        ("If the company fails to find a buyer, it will have to close the plant.", "obligation"),
        # a company's plural name, as after a saying verb
        ("If General Motors wants to stay competitive, it must cut costs.", "obligation"),
        # "it" the subject of a passive of forcing
        ("If the council wants to keep the pool, it will be forced to raise fees.", "obligation"),
        # other subordinators of the condition
        ("Unless the council can find a sponsor, it must close the pool.", "obligation"),
        ("When the board wants to sell the site, it must consult the tenants.", "obligation"),
    ],
)
def test_it_for_the_body_of_its_condition_commits(text, modality):
    assert reading(text) == ("commitment", modality)


@pytest.mark.parametrize(
    "text",
    [
        "If the bill passes, it will cost taxpayers millions.",  # a thing
        "If the club wins, it will boost ticket sales.",  # the happening the clause tells
        "If Jane agrees, it will save time.",  # a person is "she"
        "If the council wants to, it will be easy.",  # a copula
        # an outcome the hypothesis would bring, whatever modal the condition has (decision 162)
        "If the club can win the title, it will boost ticket sales.",
        "If the port can sell the terminal, it would raise about $2 billion.",
        "If the league can sign the broadcaster, it could open a new market.",
        "If the ministry wants to cut waiting lists, it will take more than one budget.",
        "Unless the club can win the title, it will hurt ticket sales.",
        "When the council can agree a budget, it would end months of uncertainty.",
    ],
)
def test_it_for_a_thing_a_happening_or_a_copula_commits_nobody(text):
    assert reading(text)[0] == "fact"
