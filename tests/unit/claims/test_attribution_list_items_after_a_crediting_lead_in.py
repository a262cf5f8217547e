"""Attribution: every item of a list after a lead-in that credits it keeps the lead-in's source, not only the first.

GUIDE decisions 136, 212 and 213: a study's findings, a guidance's advice or an accord's points listed after a lead-in
that names them are the study's, the guidance's, the accord's, item after item; after a reporting lead-in ("The audit
found that:") every item has the first item's attribution, a lead-in without a reporting verb gives cue null. The
writer's paragraph after the list is the writer's again.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text: str) -> dict[str, tuple[str | None, str | None] | None]:
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {c.text: (c.attribution.source, c.attribution.cue) if c.attribution else None for c in claims}


def test_every_item_after_a_reporting_lead_in_keeps_its_source_and_cue():
    text = (
        "Inspectors visited forty bakeries in the county last winter.\n\n"
        "The audit found that:\n\n"
        "- Most ovens were cleaned less than once a month.\n\n"
        "- Flour was stored beside cleaning products in a third of the kitchens.\n\n"
        "- Few staff had been trained in food safety.\n\n"
        "The county will publish its next audit in the spring."
    )
    got = attributions(text)
    first = got["Most ovens were cleaned less than once a month."]
    assert first is not None and first[0] == "audit"
    assert got["Flour was stored beside cleaning products in a third of the kitchens."] == first
    assert got["Few staff had been trained in food safety."] == first
    assert got["The county will publish its next audit in the spring."] is None


def test_every_item_after_advice_announced_with_such_as_keeps_its_source():
    text = (
        "Still, for anxious travellers, the leaflet recommends a few small habits, such as:\n\n"
        "- Drinking water before boarding;\n\n"
        "- Walking the aisle every hour;\n\n"
        "- And not taking sleeping pills on short flights.\n\n"
        "Nobody has tested whether these habits help."
    )
    got = attributions(text)
    assert got["Walking the aisle every hour;"] == ("leaflet", "recommends")
    assert got["not taking sleeping pills on short flights."] == ("leaflet", "recommends")
    assert got["Nobody has tested whether these habits help."] is None


@pytest.mark.parametrize(
    ("text", "items", "source", "writer"),
    [
        (  # the findings of a study that "include" the list: the study's
            "A large new survey of nurses was published on Tuesday.\n\n"
            "Key findings of the new survey include the following:\n\n"
            "- Night shifts were twice as likely to be understaffed as day shifts.\n\n"
            "- Older nurses reported more back pain than younger ones.\n\n"
            "The hospital declined to comment.",
            [
                "Night shifts were twice as likely to be understaffed as day shifts.",
                "Older nurses reported more back pain than younger ones.",
            ],
            "survey",
            "The hospital declined to comment.",
        ),
        (  # a document that a participle describes by its points: the document's
            "After a long night of talks the two unions signed a pact, summarized in three points:\n\n"
            "- Pay will rise by four percent next year.\n\n"
            "- Weekend shifts will be shared equally.\n\n"
            "- Disputes will go to an arbiter.\n\n"
            "Members vote on the pact next week.",
            ["Pay will rise by four percent next year.", "Disputes will go to an arbiter."],
            "pact",
            "Members vote on the pact next week.",
        ),
    ],
)
def test_the_points_of_a_study_or_document_a_lead_in_names_credit_it(text, items, source, writer):
    got = attributions(text)
    assert [got[item] for item in items] == [(source, None)] * len(items)
    assert got[writer] is None


def test_a_lead_in_that_names_no_text_credits_no_one():
    # the writer's own list after a colon, or a noun that only counts ("the plan has three parts:" is the writer's
    # statement of a plan's parts, not a text whose points are quoted) stays the writer's
    text = (
        "Here is what we packed for the trip:\n\n"
        "- Two tents were squeezed into the boot.\n\n"
        "- The stove went on the roof.\n\n"
        "The family had a plan with three parts:\n\n"
        "- They would leave before dawn.\n\n"
        "- They would stop only once."
    )
    got = attributions(text)
    assert got["The stove went on the roof."] is None
    assert got["They would stop only once."] is None
