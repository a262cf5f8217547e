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


def _claims(text, published="2024-03-05"):
    from declcli.claims import extract_claims
    from declcli.sentences import split_sentences

    return extract_claims(text, split_sentences(text), published=published)


def test_a_timelines_dated_rows_are_events_and_a_figure_row_a_fact():
    # decision 754(a): a happening -> kind event, read with the predicate the row leaves out
    page = _TIMELINE.replace("- October 2019: Lost its appeal", "- 2018: About 40 members\n\n- October 2019: Lost its appeal")
    kinds = {c.text: c.kind for c in _claims(page)}
    for row in ("2011: Formed", "Mar 2014: Took over the old quay", "Jun-Aug 2016: Strikes", "October 2019: Lost its appeal"):
        found = [k for t, k in kinds.items() if t.startswith(row)]
        assert found == ["event"], (row, kinds)
    assert [k for t, k in kinds.items() if t.startswith("2018: About 40 members")] == ["fact"], kinds


def test_day_labels_of_the_ap_form_are_rows_too():
    page = _TIMELINE.replace("- October 2019:", "- Oct. 4, 2019:").replace("- 2011: Formed", "- 14 Feb 2011: Formed")
    kinds = {c.text: (c.kind, [d.value for d in c.dates]) for c in _claims(page)}
    assert kinds.get("14 Feb 2011: Formed") == ("event", ["2011-02-14"]), kinds
    assert any(t.startswith("Oct. 4, 2019: Lost its appeal") and v == ("event", ["2019-10-04"]) for t, v in kinds.items()), kinds


def test_a_bulleted_timeline_atop_the_text_keeps_its_verbless_rows():
    # decision 754: decision 450's heading is a standfirst set above the body, not a dated row of a box
    page = (
        "Harbour trust: key dates\n\n- 2011: Formed\n\n- 2016: Strikes across the docks\n\n"
        + _TIMELINE.split("Harbour trust:")[0]
    )
    assert any(t.startswith("2016: Strikes across the docks") for t in texts_of(page)), texts_of(page)


def test_a_rows_range_of_months_is_a_span_no_date():
    # decision 754(b): a range of months is a span, no date
    row = [c for c in _claims(_TIMELINE) if c.text.startswith("Jun-Aug 2016")]
    assert row and row[0].dates == [], row


def test_rows_dated_by_a_short_month_name_are_claims_too():
    # "June" and "July" are the abbreviations "Jun"/"Jul" plus one letter; a row labelled by them is a row like any other
    text = _TIMELINE.replace("- Mar 2014: Took over", "- June 2014: Took over").replace("- 2011: Formed", "- July 2011: Formed")
    claims = texts_of(text)
    for row in ("Took over the old quay", "Formed"):
        assert any(row in claim for claim in claims), (row, claims)
