"""A schedule's rows, one per line without blank lines between them, are sentences of their own
(GUIDE decision 30 makes each row a claim)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

TOUR = (
    "The band will tour in 2020. The 2020 dates:\n"
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n"
    "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL\n"
    "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI"
)


def test_each_row_of_a_schedule_is_a_sentence():
    texts = [TOUR[s.start : s.end] for s in split_sentences(TOUR)]
    assert texts[-3:] == [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
        "Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI",
    ]


def test_a_line_break_inside_running_text_is_no_boundary():
    text = "The talks resumed on\nJune 9 after a pause, officials said."
    assert len(split_sentences(text)) == 1


def test_schedule_rows_are_claims_and_their_heading_is_not():
    claims = extract_claims(TOUR, split_sentences(TOUR), published="2019-11-19")
    texts = [c.text for c in claims]
    assert "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL" in texts
    assert not any(t.startswith("The 2020 dates") for t in texts)


def test_rows_opening_with_a_weekday_or_a_day_first_are_cut_too():
    text = "Tour dates\nFri., Oct. 2: Paris, Zenith\n9 June – Lyon, Halle Tony Garnier\nSat., June 13 -- Nice, Palais Nikaïa"
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces[1:] == [
        "Fri., Oct. 2: Paris, Zenith",
        "9 June – Lyon, Halle Tony Garnier",
        "Sat., June 13 -- Nice, Palais Nikaïa",
    ]
