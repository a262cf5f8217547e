"""Review rev41c of h41chrome: the picture line takes only a picture of the page (not "this figure" as a number, not a
speaker's quoted or reported photo, not a sentence of the running text); the stay-a-claim cases here hold the
trigger words ("this figure", "this video", "these charts") that the rule must not take."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

from declcli.claims.chrome import post_credit_start

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."


def _assert_kept(text: str, start: str, kept: bool = True) -> None:
    claims = texts_of(text)
    assert any(c.startswith(start) for c in claims) == kept, claims


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares rose 6% in April, the harbour board said. This figure compares with 2% a year earlier.",
        "Passenger numbers fell to 4,100 in March. This figure marks the lowest level since 1998, the board said.",
        "The board published its yearly accounts. These figures highlight the cost of the storm damage.",
        "The board published its yearly accounts. The loss is shown in these figures as the worst since 1990.",
        "Bookings are down by a fifth. This picture shows a ferry service in real trouble, analysts say.",
    ],
)
def test_a_figure_as_a_number_or_a_picture_as_the_state_of_things_stays_a_claim(text):
    last = text.split(". ")[-1]
    _assert_kept(f"{_BODY}\n\n{text}", last[:12])


@pytest.mark.parametrize(
    "text",
    [
        "“This video shows the captain was sober,” the skipper's lawyer told the inquiry on Monday.",
        "“She sent me this photo an hour before the ferry sank,” her brother said.",
        "The councillor held up a printout. “This chart shows that fares have doubled since 2015,” she said.",
        "These charts track a slump in bookings that has cost the line £2 million, analysts at the bank said.",
        "The board released new pictures on Tuesday. This image, taken from the pier, shows the ferry listing badly.",
    ],
)
def test_a_speakers_or_the_running_texts_picture_stays_a_claim(text):
    last = text.split(". ")[-1] if text.startswith("The") else text
    _assert_kept(f"{_BODY}\n\n{text}", last[:12])


@pytest.mark.parametrize(
    "aside",
    [
        "(The new timetable was widely expected by commuters)",
        "(“We will fight this,” the ferry workers' union said)",
        "(The board did not respond to a request for comment)",
    ],
)
def test_an_aside_in_brackets_without_its_stop_after_a_sentence_stays_a_claim(aside):
    _assert_kept(f"{_BODY}\n\nThe board cut the number of crossings on Monday. {aside}", aside[:8])


def test_a_sentence_that_adds_a_fact_after_a_correction_note_stays_a_claim():
    text = (
        f"{_BODY}\n\n"
        "Correction: An earlier version of this story misstated the skipper's age. He is 61. The board has since "
        "approved a budget for repairs.\n\n"
        "Clarification: This story has been updated to say that the vote took place on Tuesday. The pier will close on "
        "June 1."
    )
    claims = texts_of(text)
    assert "The board has since approved a budget for repairs." in claims, claims
    assert "The pier will close on June 1." in claims, claims
    assert not any(c.startswith(("Correction", "Clarification", "He is 61")) for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Post them in the comments below, the board urged passengers on its website, adding that it reads every one.",
        "Drop them in the comments box at the ticket office, the harbour master said, and the board will reply.",
    ],
)
def test_a_reported_call_to_comment_stays_a_claim(line):
    _assert_kept(f"{_BODY}\n\n{line}", line[:12])


@pytest.mark.parametrize(
    "credit",
    [
        "— Dana Lee (@danaleeport) 3 May 2024",
        "-- Dana Lee (@danaleeport) May 3, 2024",
        "- Dana Lee (@danaleeport) May 3, 2024",
        "— Dana Lee (@danaleeport) May 3, 2024 at 10:15 AM",
        "— Dana Lee (@danaleeport) Sept. 3, 2024",
    ],
)
def test_a_posts_text_before_a_credit_line_in_another_form_is_a_claim(credit):
    text = f"{_BODY}\n\nThe pier is flooded, cars floating away {credit}\n\nThe first crossing leaves at 7 a.m."
    claims = texts_of(text)
    assert "The pier is flooded, cars floating away" in claims, claims
    assert post_credit_start(f"The pier is flooded {credit}") == len("The pier is flooded ")


def test_a_hyphen_inside_a_name_opens_no_credit_line():
    assert post_credit_start("Ferry packed again — Mary-Jane Lee (@mjlee) May 3, 2024") == len("Ferry packed again ")


@pytest.mark.parametrize(
    "note",
    [
        "An earlier version of this story, published on Feb. 2, misstated the skipper's name.",
        "A previous version of this article had the wrong time for the first crossing.",
        "Because of an editing error, an earlier version of this story misidentified the ferry's owner.",
    ],
)
def test_a_correction_note_in_another_form_is_no_claim(note):
    _assert_kept(f"{_BODY}\n\n{note}\n\nThe first crossing leaves at 7 a.m.", note[:12], kept=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous version of this report, published in March, said fares would rise by 4%.",
        "The original version of this story, written in 1890, described a far darker ending.",
    ],
)
def test_an_earlier_version_that_is_the_news_stays_a_claim(sentence):
    _assert_kept(f"{_BODY} {sentence}", sentence[:12])


@pytest.mark.parametrize(
    "caption",
    [
        "In this file photo, dockers unload a ferry at Port Elm.",
        "In this photo, released by the harbour board, divers inspect the pier at low tide.",
        "In this photo taken on May 1, 2024, passengers wait on the flooded pier.",
    ],
)
def test_a_wire_caption_as_its_own_paragraph_is_no_claim(caption):
    _assert_kept(f"{_BODY}\n\n{caption}\n\nThe first crossing leaves at 7 a.m.", caption[:12], kept=False)


def test_a_wire_captions_opening_inside_a_paragraph_stays_a_claim():
    _assert_kept(f"{_BODY} In this photo, taken in 1950, the pier still stands.", "In this photo")


@pytest.mark.parametrize(
    "line",
    [
        "Stay tuned for the next round of fare talks, which the board said would open in Port Elm on June 3.",
        "More related to this dispute, the union said on Friday it would strike in June.",
        "Watch the harbour this week: the board meets on Wednesday and the new timetable is due on Friday.",
    ],
)
def test_a_sites_label_opening_a_reported_statement_stays_a_claim(line):
    _assert_kept(f"{_BODY}\n\n{line}", line[:12])


@pytest.mark.parametrize(
    "line", ["Read this story in Simplified Chinese.", "Read this article in Español.", "This story is also available in Welsh."]
)
def test_a_link_to_a_translation_is_no_claim(line):
    _assert_kept(f"{_BODY}\n\n{line}\n\nThe first crossing leaves at 7 a.m.", line[:12], kept=False)
