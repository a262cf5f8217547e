"""Attribution, session 24: a transcript whose turns open with a label in capitals ("THE GOVERNOR: …", "MR. PARK: …")
gives each labelled paragraph and the plain ones after it to the person the label names, by the title the text sets
before the name ("Remarks of Governor Dana Whitfield and Mayor Lee Park") or by surname after an honorific, cue null
(GUIDE decisions 50, 61, 362); a label that names no one ("Q:") ends the turn, and a list of people with a line each
stays nobody's."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

_DESCRIPTION_LABELS = (
    "Remarks of Governor Dana Whitfield and Mayor Lee Park at the Harbor Opening\n\n"
    "THE GOVERNOR: The harbor will bring two thousand jobs to the valley.\n\n"
    "THE MAYOR: We have waited a long time for this day. The ferry will run every hour.\n\n"
    "The council approved the plan in March.\n\n"
    "Q: Will the fares go up?\n\n"
    "The fares were set last year.\n\n"
    "THE GOVERNOR: The state will pay for the new terminal next year."
)
_HONORIFIC_LABELS = (
    "Press briefing with spokesman Tom Reyes and Senator Ann Hollis on the budget.\n\n"
    "MR. REYES: The budget will be sent to the committee on Monday.\n\n"
    "SENATOR HOLLIS: We expect a vote before the recess.\n\n"
    "MR. REYES: The agency has hired forty new inspectors."
)
_LIST_OF_PEOPLE = (
    "Police arrested two people on Monday.\n\n"
    "DANA WHITFIELD: Possession of a controlled substance, held on a $5,000 bond.\n\n"
    "LEE PARK: Theft, held on a $2,000 bond."
)


def _sources(text):
    return {c.text: c.attribution.source if c.attribution else None for c in extract_claims(text, split_sentences(text))}


def test_a_description_label_names_the_person_the_heading_titles_so():
    sources = _sources(_DESCRIPTION_LABELS)
    assert sources["THE GOVERNOR: The harbor will bring two thousand jobs to the valley."] == "Dana Whitfield"
    assert sources["The ferry will run every hour."] == "Lee Park"
    assert sources["The council approved the plan in March."] == "Lee Park"  # the turn runs to the next label
    assert sources["The fares were set last year."] not in ("Dana Whitfield", "Lee Park")  # "Q:" names no one: the turn ended
    assert sources["THE GOVERNOR: The state will pay for the new terminal next year."] == "Dana Whitfield"


def test_an_honorific_and_surname_label_names_that_person():
    sources = _sources(_HONORIFIC_LABELS)
    assert sources["MR. REYES: The budget will be sent to the committee on Monday."] == "Tom Reyes"
    assert sources["SENATOR HOLLIS: We expect a vote before the recess."] == "Ann Hollis"


def test_a_list_of_people_with_a_line_each_is_no_transcript():
    sources = _sources(_LIST_OF_PEOPLE)
    assert all(source is None for source in sources.values())
