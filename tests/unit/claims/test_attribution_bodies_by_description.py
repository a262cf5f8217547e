"""Attribution (invented text): a body a later sentence names only by a description ("the group said", "the charity
said") is the source by its full name. Where the article wrote a short form in brackets after the full name ("the
Harbour Users Circle (HUC)"), "the group said" is the full name, whichever form stands nearer; the short form written
as the subject of its own reporting verb stays as written (GUIDE decisions 34, 561(b)). "The charity said" stands for
the body named before it, as "the company said" does (claims.json `source_body_nouns`: kept out of `org_nouns`), and
"the museum said" for a body whose name says it is a museum (`named_kind_org_nouns`)."""

import pytest
from test_attribution_made_clear import attributions

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Friends of the Wetlands (FOW), a campaign group backed by local farmers, launched a petition on Monday.\n\n"
            "FOW said on its website that the new road would cut the marsh in two.\n\n"
            "The group, which is funded by two family trusts, said the petition would run until the autumn.",
            "Friends of the Wetlands",
        ),
        (
            "The Harbour Users Circle (HUC) has challenged the new mooring fees.\n\n"
            "HUC wrote to the council last week.\n\n"
            "The group said the fees would drive small fishing boats out of the port.",
            "Harbour Users Circle",
        ),
        (
            "Officials at the Ministry of Coastal Affairs (MCA) published new rules for beach huts on Friday.\n\n"
            "As the rules were redrawn over the winter, the ministry said it had asked owners for their views.",
            "Ministry of Coastal Affairs",
        ),
    ],
)
def test_a_body_described_after_its_bracketed_short_form_is_its_full_name(text, source):
    assert attributions(text)[-1] is not None and attributions(text)[-1][0] == source


def test_the_short_form_as_the_subject_of_its_own_verb_stays_as_written():
    text = (
        "The Harbour Users Circle (HUC) has challenged the new mooring fees.\n\n"
        "HUC said the fees would drive small fishing boats out of the port."
    )
    assert attributions(text)[-1] == ("HUC", "said")


def test_a_bracketed_word_after_a_body_with_another_initial_is_no_short_form():
    # ("(Reuters)" after a dateline or a name, a credit in brackets: no short form of the words before it)
    from declcli.claims.context import Context, _note_bracketed_short_forms
    from declcli.claims.nlp import load_model

    ctx = Context()
    _note_bracketed_short_forms(load_model()("NEW YORK (Reuters) - Bellmoor Paper Mills announced job cuts."), ctx)
    assert "Reuters" not in ctx.bracketed_short_forms
    text = (
        "Bellmoor Paper Mills (Reuters) announced job cuts at two of its plants on Tuesday.\n\n"
        "The company said the cuts would affect about 300 workers."
    )
    assert attributions(text)[-1] == ("Bellmoor Paper Mills", "said")


def test_a_place_before_a_body_with_its_bracketed_short_form_is_no_part_of_its_name():
    # ("Seaford's": a place's possessive, though the short form starts with its initial, is no part of the body's
    # name, GUIDE decision 561(b))
    text = (
        "Seaford's State Ferry Authority (SFA) cut night sailings on three routes.\n\n"
        "SFA wrote to riders on Friday.\n\n"
        "The authority said the routes carried few riders after midnight."
    )
    assert attributions(text)[-1] == ("State Ferry Authority", "said")


def test_a_persons_bracketed_initials_are_no_short_form_of_a_body():
    text = "Dana Lee Okafor (DLO) founded the firm in 1998.\n\nThe company said it would hire 40 engineers next year."
    found = attributions(text)[-1]
    assert found is not None and found[0] != "Dana Lee Okafor"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ocean Lifeline has raised money for lifeboat crews for forty years.\n\n"
            "The charity said new boats had helped crews reach swimmers faster.",
            "Ocean Lifeline",
        ),
        (
            "The Brackwater Museum of Maritime History reopens on Saturday after a long refit.\n\n"
            "The museum says the new galleries show the port's trade with the Baltic.",
            "Brackwater Museum of Maritime History",
        ),
    ],
)
def test_the_charity_or_the_museum_is_the_body_named_before(text, source):
    assert attributions(text)[-1] is not None and attributions(text)[-1][0] == source


def test_the_museum_is_no_body_of_another_kind():
    # (a body whose name says it is another kind is not what "the museum" stands for)
    text = (
        "The Brackwater Harbour Authority approved a new pier on Monday.\n\n"
        "The museum says the new galleries show the port's trade with the Baltic."
    )
    found = attributions(text)[-1]
    assert found is not None and found[0] != "Brackwater Harbour Authority"


def test_charities_in_general_are_no_body_that_commits():
    # ("charity" stands for a named body only as a source, claims.json `source_body_nouns`: no body of "our top
    # charities", so their "can" is no party's commitment)
    text = "Right now, we believe our top charities can absorb far more money than we expect to send them this year."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert claims[0].kind == "fact"
