"""Attribution, session 44: a panel whose contributors are each credited by a name standing alone on its line over a
title line (GUIDE decisions 50, 61).

- "Mara Quint" alone on a line, then "Senior strategist, Harlow Capital – Oslo", then the contributor's paragraphs:
  the two lines are one credit, like the one-line "Mara Quint, senior strategist, Harlow Capital"; where two or more
  such credits each head a block in the first person, each block is the named person's, cue null.
- A panellist may answer for the firm: "We expect …" is first-person, as "I expect …" is.
- Near misses stay as they were: a correspondent's name and title over third-person prose credit nothing, nor does a
  name line over a date line, and a single credited block is no panel.
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
