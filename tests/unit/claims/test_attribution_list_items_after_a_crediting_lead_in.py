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
            "new survey",  # as "The new survey found that:" names it (decisions 136, 300)
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


@pytest.mark.parametrize(
    ("lead", "found"),
    [
        # the study or document whose points a lead-in lists is named as the found-that lead-in names it, without the
        # article (decisions 136, 298, 300), not as the bare noun
        ("Key findings of the annual Gallup survey include the following:", "The annual Gallup survey found that:"),
        ("Key findings of the Pew Research Center survey include:", "The Pew Research Center survey found that:"),
        ("The report's main recommendations include:", "The report found that:"),
    ],
)
def test_the_study_whose_points_are_listed_is_named_as_a_found_that_lead_in_names_it(lead, found):
    items = ["Trust in newspapers fell to a record low.", "Younger readers mostly get news from video."]
    listed = attributions("\n\n".join([lead, *(f"- {item}" for item in items), "Gallup interviewed 1,000 adults."]))
    said = attributions("\n\n".join([found, *(f"- {item}" for item in items)]))
    source = said[items[0]][0]
    assert source is not None
    assert [listed[item] for item in items] == [(source, None)] * len(items)
    assert listed["Gallup interviewed 1,000 adults."] is None


@pytest.mark.parametrize(
    "lead",
    [
        # an event's or a performance's moments are no document's or study's points (decisions 136, 17)
        "Highlights of the convention include:",
        "Highlights of the Democratic National Convention include:",
        "Highlights of the test include:",
        "Highlights of the trial include:",
        "Highlights of the comedian's act include:",
        "Results of the test include:",
        "The band played a short set on Saturday, with the running order, listed below:",
        # a highlight is a document's, not a study's
        "Highlights of the survey include:",
    ],
)
def test_the_moments_of_an_event_or_a_performance_credit_no_one(lead):
    items = ["The governor speaks on Tuesday night.", "Delegates vote on the platform on Wednesday."]
    got = attributions("\n\n".join([lead, *(f"- {item}" for item in items), "Security has been tightened."]))
    assert [got[item] for item in items] == [None, None]


def test_the_highlights_of_a_report_are_the_reports():
    got = attributions("Highlights of the report include:\n\n- Rents rose 9 percent.\n\n- Vacancies hit a ten-year low.")
    assert got["Vacancies hit a ten-year low."] == ("report", None)


@pytest.mark.parametrize(
    ("text", "theirs", "not_theirs"),
    [
        (  # the writer's numbered list after the speaker's bullets, and the reverse
            "The police chief said:\n\n- Crime fell 5 percent last year.\n\n- Burglaries fell fastest.\n\n"
            "1. Burglary figures are collected differently since 2022.\n\n2. Many thefts go unreported.",
            ["Burglaries fell fastest."],
            ["1. Burglary figures are collected differently since 2022.", "2. Many thefts go unreported."],
        ),
        (
            "The minister said:\n\n1. Taxes will not rise this year.\n\n2. Pensions will grow with inflation.\n\n"
            "- Inflation was 4 percent in January.\n\n- Pensions rose 6 percent last year.",
            ["2. Pensions will grow with inflation."],
            ["Inflation was 4 percent in January.", "Pensions rose 6 percent last year."],
        ),
        (  # a rule line between two lists
            "Police said:\n\n- The crash happened at noon.\n\n- Two cars were involved.\n\n***\n\n"
            "- Drivers should avoid the A40 this week.\n\n- Buses will run every ten minutes.",
            ["Two cars were involved."],
            ["Drivers should avoid the A40 this week.", "Buses will run every ten minutes."],
        ),
        (  # an item that is a lead-in of its own
            "Officials said:\n\n- The fire started in the kitchen.\n\n- Nobody was hurt.\n\n"
            "- Other news from the town:\n\n- The library reopens on Monday.",
            ["Nobody was hurt."],
            ["The library reopens on Monday."],
        ),
        (  # links to other stories
            "The coach said:\n\n- The team is tired.\n\n- Two players are injured.\n\n"
            "- Read more: Club confirms new stadium deal\n\n- Read more: Fans protest ticket prices",
            ["Two players are injured."],
            ["Read more: Club confirms new stadium deal", "Read more: Fans protest ticket prices"],
        ),
        (  # but an item whose sub-items follow, indented deeper, goes on into them
            "The inquiry concluded that:\n\n- The bank ignored warnings:\n\n  - An internal memo flagged the risk in 2019.\n\n"
            "  - Auditors raised it twice.\n\n- The regulator acted too late.\n\nThe bank has apologised.",
            ["An internal memo flagged the risk in 2019.", "Auditors raised it twice.", "The regulator acted too late."],
            ["The bank has apologised."],
        ),
    ],
)
def test_a_speakers_list_ends_where_the_list_does(text, theirs, not_theirs):
    got = attributions(text)
    first = next(a for a in got.values() if a is not None)
    assert [got[item] for item in theirs] == [first] * len(theirs)
    assert [got.get(item) for item in not_theirs] == [None] * len(not_theirs)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Findings from the study include:", "study"),
        ("Other provisions in the bill include:", "bill"),
        ("The survey's findings are:", "survey"),
        ("Smith's report includes:", "Smith's report"),  # as "Smith's report found that:" names it
        ("Dr. Lee's findings include:", "Lee"),  # a person's work: the person (decision 212)
        ("The WHO's main findings include:", "WHO"),  # a body's work: the body (decision 212)
        ("The two unions now have a pact signed on Friday, summarized in three points:", "pact"),
    ],
)
def test_more_lead_ins_that_name_the_owner_of_the_points_credit_it(lead, source):
    items = ["Rents rose 12 percent last year.", "Evictions doubled in the city."]
    got = attributions("\n\n".join([lead, *(f"- {item}" for item in items), "The council disputes the figures."]))
    assert [got[item] for item in items] == [(source, None)] * len(items)
    assert got["The council disputes the figures."] is None


def test_a_paragraph_of_prose_after_a_lead_in_listing_a_studys_points_is_not_credited_to_it():
    # the study's points are its list's items; a paragraph of prose after "Key findings of the audit include the
    # following:" may be the writer's or the study's own text (gold null), not a list the lead-in credits
    text = (
        "Key findings of the audit include the following:\n\n"
        "The department overspent by $3 million. Contracts were awarded without tender.\n\n"
        "The department has hired a new finance director."
    )
    got = attributions(text)
    assert got["The department overspent by $3 million."] is None
    assert got["Contracts were awarded without tender."] is None
