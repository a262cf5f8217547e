"""Real units the chrome readers dropped (session 36, dropped units): the dated rows of a timeline box, read as
short lines or headings for want of a verb and a stop, though each records a happening (GUIDE decision 754)."""

from test_chrome import texts_of  # (the claims' texts of an invented text)

_TIMELINE = (
    "The harbour trust was wound up on Monday after a decade of disputes with the port authority.\n\n"
    "Its collapse ends a long fight over the old quay, the trust's lawyers said.\n\n"
    "Harbour trust: key dates\n\n"
    "- 2011: Formed\n\n"
    "- Mar 2014: Took over the old quay; sued by the port authority over its lease\n\n"
    "- Jun-Aug 2016: Strikes across the docks\n\n"
    "- October 2019: Lost its appeal at the High Court\n\n"
    "The port authority said it would now reopen the quay to ferries."
)


def test_a_timelines_dated_rows_are_claims_however_short():
    # decision 754(a): a dated row that names a happening, with a participle or only a noun phrase, is a claim
    claims = texts_of(_TIMELINE)
    for row in ("- 2011: Formed", "- Mar 2014: Took over the old quay", "- Jun-Aug 2016: Strikes across the docks"):
        assert any(text.startswith(row[2:]) for text in claims), (row, claims)


def test_a_timelines_heading_and_a_bare_date_label_stay_chrome():
    # the box's heading is a heading (the claim section); a row that is only its date label says nothing
    claims = texts_of(_TIMELINE.replace("- October 2019: Lost its appeal at the High Court", "- October 2019:"))
    assert not any(text.startswith("Harbour trust: key dates") for text in claims), claims
    assert not any(text.startswith("October 2019") for text in claims), claims
