"""The dateline opening a paragraph or a claim: one definition for the actors and the agreements."""

import pytest

from declcli.claims.datelines import dateline_end


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("HANOI, Vietnam (AP) — U.S. Defense Secretary said", "HANOI, Vietnam (AP) —"),
        ("WASHINGTON — NASA announced", "WASHINGTON —"),
        ("NEW YORK (Reuters) - Oil prices rose", "NEW YORK (Reuters) -"),
        ("Washington, DC, United States: Getting there", "Washington, DC, United States:"),
        ("Hong Kong (CNN Business) A muddled message", "Hong Kong (CNN Business)"),
        ("SIOUX FALLS, S.D. – People across", "SIOUX FALLS, S.D. –"),
        ("NEW DELHI: Their American partners", "NEW DELHI:"),
        # The wire's date after the place.
        ("ASTANA, March 4 (Reuters) - Kazakhstan and Russia signed", "ASTANA, March 4 (Reuters) -"),
        ("BAKU, Sept. 12 (AFP) - The two sides agreed", "BAKU, Sept. 12 (AFP) -"),
        # A date with its year, day before month; places joined by a slash or with a lower-case particle.
        ("OTTAWA, Jan. 7, 2021 — The government said", "OTTAWA, Jan. 7, 2021 —"),
        ("VIENNA, 3 March 2020 – The agency said", "VIENNA, 3 March 2020 –"),
        ("PARIS/BERLIN (Reuters) - Both governments", "PARIS/BERLIN (Reuters) -"),
        ("Sao Paulo, Brazil — The bank said", "Sao Paulo, Brazil —"),
        ("Ciudad del Este, Paraguay — Police said", "Ciudad del Este, Paraguay —"),
    ],
)
def test_a_dateline_ends_after_its_mark(text, dateline):
    assert text[: dateline_end(text)] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "Trump: we will sign it",  # a speaker, not a place
        "Mike Pompeo — the secretary of state — said",
        "Charles de Gaulle — the general — said",  # a person with a particle, no capitals, no comma
        "The two sides agreed on Monday",
        "UN - the body said",  # a two-letter head without agency or comma
        "",
    ],
)
def test_not_a_dateline(text):
    assert dateline_end(text) == -1


def test_the_dateline_is_read_from_an_offset_up_to_an_end():
    text = "Earlier.\nLONDON (AP) — Britain's government said"
    start = text.index("LONDON")
    assert text[start : dateline_end(text, start)] == "LONDON (AP) —"
    # The mark lies past `end`: no dateline.
    assert dateline_end(text, start, start + len("LONDON (AP)")) == -1
