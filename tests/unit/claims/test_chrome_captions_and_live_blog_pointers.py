"""Chrome claims (session 43, h43chrome): a picture's caption set above the text, told in the present with the past time
the picture was taken ("… collects samples in a cave last fall"), placing a person in it ("Dana Lee (far left)") or opened
by its photographer's credit ("Dana Cole/Getty Images …"), an artist's concept, a live blog's pointers to a correspondent's
dispatches and to pictures still to come, a pointer to more charts on a site or to a website, a making-of credit, an update
note, and a related story's headline in brackets whose title keeps "with" in lower case (GUIDE: captions, links to other
stories, credits; decisions 11, 65, 227, 378). A story's sentence in the past or with a reporting verb, a present tense
with a weekday or "earlier this week", a party's label "(R)" after a name, a writer's aside in brackets, a statement that
more is known, a live blog's entry that tells news and a sentence that opens with "Updated" stay claims."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."
_NEXT = "The first crossing leaves at 7 a.m."


def _assert_no_claim_between_paragraphs(line: str) -> None:
    claims = texts_of(f"{_BODY}\n\n{line}\n\n{_NEXT}")
    assert not any(c.startswith(line[:12]) or line[6:30] in c for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


def _assert_claim_between_paragraphs(line: str) -> None:
    claims = texts_of(f"{_BODY}\n\n{line}\n\n{_NEXT}")
    assert any(c.startswith(line[:12]) for c in claims), claims


@pytest.mark.parametrize(
    "line",
    [
        "Port Elm mayor Ruth Anand (far left) and singer Theo Marsh hand the trophy to the rowing crew in Kelport.",
        "Harbour chief Sam Roe (second from right) greets the crew of the first ferry.",
    ],
)
def test_a_caption_set_as_a_paragraph_is_no_claim(line):
    _assert_no_claim_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Marta Vinter gathered rock samples in a Patagonian cave last spring.",  # the past tense: the story's
        # a present with a past time and no word pointing at a picture is running text (decision 882's last sentence)
        "Marta Vinter gathers rock samples in a Patagonian cave last spring.",
        "Inflation hits a 40-year high last month as fuel prices soar.",
        "Ferry sales rise 5 percent last month on strong demand for evening crossings.",
        "Rescuers find two more bodies in the river last night.",
        # a party's name with its English gloss, no position in a picture
        "Die Linke (Left) won 5 percent of the vote in the state election.",
        "Podemos (Left) and the Socialists formed a coalition in Madrid.",
        # a reporting tag: the story's sentence
        "Board member Sam Roe (left) and Ann Lee voted against the plan, the minutes show.",
        "The mayor says last year's budget left the pier without repairs.",  # a reporting verb
        "The rowing club hosts the regatta on Saturday.",  # a weekday: a schedule
        "It comes on top of three ferry sales earlier this week.",
        "Senator Dana Reyes (R) and Senator Omar Bell (D) voted against the harbour bill.",  # a party's label
    ],
)
def test_a_story_sentence_near_the_caption_form_stays_a_claim(line):
    _assert_claim_between_paragraphs(line)


def test_a_caption_mark_later_in_a_paragraph_leaves_the_sentence_a_claim():
    text = f"{_BODY} Crews repair the old quay last week, the board said in a note."
    assert any(c.startswith("Crews repair the old quay") for c in texts_of(text)), texts_of(text)


def test_a_position_in_brackets_after_a_paragraphs_first_sentence_leaves_the_sentence_a_claim():
    text = f"{_BODY} Board member Sam Roe (left) and Ann Lee voted against the new timetable.\n\n{_NEXT}"
    assert any(c.startswith("Board member Sam Roe") for c in texts_of(text)), texts_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "Artist’s impression of the new bridge over the Kel estuary.",
        "14.05 More photos are coming in from the harbour.",
        "13.40 The latest updates from Nora Ellis in Port Elm.",
        "09.12 More from Nora Ellis at the quay.",
        "The latest from Nora Ellis in Port Elm.",  # no time stamp: the line ends after "from X in Y"
        "More from Port Elm:",
        "There are more charts and tables on our data page.",
        "Visit the club's website for the full timetable.",
        "Visit the website for a full timetable.",
        "A special thanks to data editor Lina Park, who built the tables and drew the maps.",
        "Updated at 4:10 p.m. ET with additional comments from the harbour board.",  # an update note (decision 65)
        "Dana Cole/Getty Images Fans of the rowing club cheer the crew at the Kelport regatta.",  # a credit, then a caption
    ],
)
def test_a_pointer_credit_or_concept_line_is_no_claim(line):
    _assert_no_claim_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "14.05 Rescuers have found two more bodies near the harbour.",  # a live blog's entry that tells news
        "More from the survey: nine in ten riders want an evening ferry.",  # a label, then a clause of its own
        "There is more information about the crash than the board has released, the union said.",
        # no time stamp and a clause after "from X": news
        "The latest news from Brussels is grim for dairy farmers.",
        "The latest from Washington is that the bill will not pass this year.",
        "More from Ukraine fled to Poland than to any other country.",
        "There is more coverage on cable news of the trial than of the flood.",  # a comparison
        "Ipsos Mori/Reuters polling showed support for the ferry plan fell to 40 percent.",  # no caption after the credit
        "A special thanks to the nurses was offered by the mayor in her speech.",
        "Thanks to the calm weather, the crossing took only forty minutes.",
        "Updated figures show that ferry use rose by a fifth, the board said.",
        "Visit the site of the old mill at dawn, when the mist lies on the water.",  # a place, not a web site
    ],
)
def test_a_near_pointer_that_states_something_stays_a_claim(line):
    _assert_claim_between_paragraphs(line)


def test_a_bracketed_headline_with_lower_case_with_is_no_claim():
    text = f"{_BODY} [The Nine Oddest Ways Towns Deal with the Tide]\n\n{_NEXT}"
    claims = texts_of(text)
    assert not any("Oddest Ways" in c for c in claims), claims
    assert any(c.startswith("The ferry to Port Elm") for c in claims), claims


def test_a_bracketed_aside_in_sentence_case_stays_a_claim():
    text = f"{_BODY} [The board voted with the union on the new timetable]\n\n{_NEXT}"
    assert any("voted with the union" in c for c in texts_of(text)), texts_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "The map at left shows the flooded streets of the old town.",
        "The photo at right shows the new quay; the white bar is two metres long.",
    ],
)
def test_a_picture_line_that_places_its_picture_beside_the_text_is_no_claim(line):
    _assert_no_claim_between_paragraphs(line)


def test_a_thing_at_right_that_is_no_picture_stays_a_claim():
    _assert_claim_between_paragraphs("The house at right belongs to the harbour master.")


def test_a_call_to_write_to_the_newsroom_is_no_claim():
    _assert_no_claim_between_paragraphs("To the ferry riders, if our timetable is wrong, we'd like to hear from you.")


def test_a_speaker_who_wants_to_hear_from_residents_stays_a_claim():
    _assert_claim_between_paragraphs('"We would love to hear from you," the mayor told residents of Port Elm.')


def test_a_call_to_write_in_inside_a_speakers_quotation_stays_a_claim():
    text = (
        f"{_BODY}\n\n\"The ferry left at 9 p.m. If you were on the pier on Friday, we'd like to hear from you. "
        'Every detail helps," Detective Jo Hale said.\n\n'
        "Detective Jo Hale said: If you were on the bridge on Friday, we'd like to hear from you."
    )
    claims = texts_of(text)
    assert any(c.startswith("If you were on the pier") for c in claims), claims
    assert any("on the bridge on Friday" in c for c in claims), claims


def test_a_bracketed_headline_cut_at_its_exclamation_mark_is_no_claim():
    text = f"{_BODY} [Ferries! Your Complete Guide to the Harbour Fleet (Infographic) ]\n\n{_NEXT}"
    claims = texts_of(text)
    assert not any("Ferries!" in c or "Complete Guide" in c for c in claims), claims
    assert any(c.startswith("The ferry to Port Elm") for c in claims), claims


def test_an_exclamation_inside_a_bracket_of_the_story_stays_a_claim():
    text = f"The pier reopened [a week later! nobody came]. {_NEXT}"
    assert any(c.startswith("The pier reopened") for c in texts_of(text)), texts_of(text)
