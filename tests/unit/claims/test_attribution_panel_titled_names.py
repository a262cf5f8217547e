"""Attribution, session 44: a panel whose contributors are each credited by a name standing alone on its line over a
title line (GUIDE decisions 50, 61).

- "Mara Quint" alone on a line, then "Senior strategist, Harlow Capital – Oslo", then the contributor's paragraphs:
  the two lines are one credit, like the one-line "Mara Quint, senior strategist, Harlow Capital"; where two or more
  such credits each head a block in the first person, each block is the named person's, cue null.
- A panellist may answer for the firm: "We expect …" is first-person, as "I expect …" is.
- Near misses stay as they were: a correspondent's name and title over third-person prose credit nothing, nor does a
  name line over a date line, and a single credited block is no panel.
- Review of session 44: a heading over its subtitle or a place line is no name over a title (the title line needs a
  post's noun, the name line one person's name); a byline ("By Mara Quint") over a dateline, or a name over a
  newsroom trade ("Staff writer, …"), is the reporter's own text; a staff list's block that speaks of the person as
  "she" is no answer; a "we"/"us" in passing ("Pilots told us …") is no first person for the panel.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_TITLED_PANEL = (
    "Here, three strategists share their views on the year ahead.\n\n"
    "Mara Quint\n\n"
    "Senior strategist, Harlow Capital – Oslo\n\n"
    "Shipping rates are set to fall sharply. Our models point to a glut of new vessels.\n\n"
    "Ports in the north will feel it first.\n\n"
    "Tobias Renn\n\n"
    "Chief economist, Fenwick Bank – Lisbon\n\n"
    "We expect copper to stay cheap. Mines opened last year are only now reaching full output.\n\n"
    "Oskar Vell\n\n"
    "Professor of finance, Darrow University – Ghent\n\n"
    "I see two risks for bond markets. Both of them start with inflation."
)
_CORRESPONDENTS = (
    "Storms swept across the coast on Tuesday.\n\n"
    "Mara Quint\n\n"
    "Weather correspondent, Northern Radio – Bergen\n\n"
    "The harbour was closed by noon. Several ferries were held in port.\n\n"
    "Tobias Renn\n\n"
    "Transport correspondent, Northern Radio – Oslo\n\n"
    "Trains between the two cities were cancelled until Thursday."
)
_DATED_NOTICES = (
    "The council published two notices this week.\n\n"
    "Harbor Office\n\n"
    "March 4, 2021\n\n"
    "We will close the east pier for repairs. Boats must use the west pier.\n\n"
    "Parks Office\n\n"
    "March 5, 2021\n\n"
    "We are planting trees along the river path. The path stays open."
)
_ONE_CONTRIBUTOR = (
    "A strategist tells us what she will be watching in the coming year.\n\n"
    "Mara Quint\n\n"
    "Senior strategist, Harlow Capital – Oslo\n\n"
    "We expect shipping rates to fall sharply. Ports in the north will feel it first."
)


def _sources(text):
    return {c.text: c.attribution.source if c.attribution else None for c in extract_claims(text, split_sentences(text))}


def test_a_name_over_its_title_line_credits_the_contributors_block():
    sources = _sources(_TITLED_PANEL)
    assert sources["Shipping rates are set to fall sharply."] == "Mara Quint"
    assert sources["Ports in the north will feel it first."] == "Mara Quint"  # the block runs on to the next credit
    assert sources["Mines opened last year are only now reaching full output."] == "Tobias Renn"
    assert sources["Both of them start with inflation."] == "Oskar Vell"
    # the writer's lead-in above the panel stays the writer's
    assert sources["Here, three strategists share their views on the year ahead."] is None


def test_the_credited_blocks_have_no_cue():
    claims = extract_claims(_TITLED_PANEL, split_sentences(_TITLED_PANEL))
    credited = next(c for c in claims if c.text == "Ports in the north will feel it first.")
    assert credited.attribution is not None and credited.attribution.cue is None


@pytest.mark.parametrize(
    ("text", "uncredited"),
    [
        # correspondents over third-person prose: bylines, no panel
        (_CORRESPONDENTS, ["The harbour was closed by noon.", "Trains between the two cities were cancelled until Thursday."]),
        # a name over a date line is no credit
        (_DATED_NOTICES, ["Boats must use the west pier.", "The path stays open."]),
        # a single credited block is no panel
        (_ONE_CONTRIBUTOR, ["Ports in the north will feel it first."]),
    ],
)
def test_near_misses_credit_nothing(text, uncredited):
    sources = _sources(text)
    assert [sources[sentence] for sentence in uncredited] == [None] * len(uncredited)


_HEADING_OVER_SUBTITLE = (
    "The spring letter reviews two asset classes.\n\n"
    "Global Commodities\n\n"
    "Metals, grains and energy\n\n"
    "We see copper prices climbing through the summer. Harvests look strong.\n\n"
    "Private Credit\n\n"
    "Loans, leases and notes\n\n"
    "We are trimming our exposure to property loans. Defaults may rise."
)
_HEADING_OVER_PLACE = (
    "The parish newsletter is out.\n\n"
    "Garden Club\n\n"
    "Ashford, Kent\n\n"
    "Our members cleared the old orchard in April. The apples return next year.\n\n"
    "Youth Choir\n\n"
    "Bramley, Surrey\n\n"
    "We sang at the harvest fair. The hall was full."
)
_BYLINE_OVER_DATELINE = (
    "Two of our reporters covered the vote.\n\n"
    "By Mara Quint\n\n"
    "VIENNA, Austria\n\n"
    "Ministers showed us the final text. The session ran late.\n\n"
    "By Tobias Renn\n\n"
    "MADRID, Spain\n\n"
    "Aides handed us the voting list. The count took an hour."
)
_REPORTER_TITLES = (
    "Mara Quint\n\n"
    "Staff writer, The Lakeside Courier\n\n"
    "We toured the new dairy on Friday. Our host showed us the milking hall.\n\n"
    "Tobias Renn\n\n"
    "Chief correspondent, The Lakeside Courier\n\n"
    "We followed the herd to the upper field. The farmhands were cheerful."
)
_STAFF_LIST = (
    "Say hello to our business desk.\n\n"
    "Mara Quint\n\n"
    "Managing director, Harlow Media\n\n"
    "Our group has printed the county paper since 1921. She oversees the finances.\n\n"
    "Tobias Renn\n\n"
    "Chief executive, Harlow Media\n\n"
    "We publish four weekly titles. He came from a bank in Leeds."
)
_WE_IN_PASSING = (
    "Two analysts looked at the airline's year.\n\n"
    "Mara Quint\n\n"
    "Senior analyst, Harlow Capital – Oslo\n\n"
    "Fares rose in every quarter. Pilots told us the fleet is stretched.\n\n"
    "Tobias Renn\n\n"
    "Chief economist, Fenwick Bank – Lisbon\n\n"
    "I think fuel costs will bite in the autumn. Margins are already thin."
)


@pytest.mark.parametrize(
    ("text", "uncredited"),
    [
        (_HEADING_OVER_SUBTITLE, ["We see copper prices climbing through the summer.", "Defaults may rise."]),
        (_HEADING_OVER_PLACE, ["Our members cleared the old orchard in April.", "The hall was full."]),
        (_BYLINE_OVER_DATELINE, ["The session ran late.", "The count took an hour."]),
        (_REPORTER_TITLES, ["We toured the new dairy on Friday.", "The farmhands were cheerful."]),
        (_STAFF_LIST, ["Our group has printed the county paper since 1921.", "We publish four weekly titles."]),
        (_WE_IN_PASSING, ["Fares rose in every quarter.", "Margins are already thin."]),
    ],
    ids=["heading-over-subtitle", "heading-over-place", "byline-over-dateline", "reporter-titles", "staff-list", "we-in-passing"],
)
def test_the_reviewed_near_misses_credit_nothing(text, uncredited):
    sources = _sources(text)
    assert [sources[sentence] for sentence in uncredited] == [None] * len(uncredited)


def test_a_block_about_the_person_in_a_panel_is_not_credited():
    text = (
        _TITLED_PANEL
        + "\n\nLena Hart\n\nFounder, Hart Advisory – Riga\n\nShe has advised ports for a decade. Her firm has six staff."
    )
    sources = _sources(text)
    assert sources["Both of them start with inflation."] == "Oskar Vell"  # the panel stands
    assert sources["She has advised ports for a decade."] is None
