"""Page furniture that the claims stage let through: captions set in a row under pictures that repeat the body, a
caption closed by a credit after a copyright sign, a caption that orders the people pictured, an outlet's "Like X on
Facebook" prompt, the writer's contact and blog lines, and a note that the piece updates an earlier story (GUIDE
"claim: true | false", decisions 91, 363, 833, 859, 882)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def texts_of(text, published="2024-03-05"):
    return [c.text for c in extract_claims(text, split_sentences(text), published=published)]


_BODY = "The harbour board met on Monday to approve the budget. It passed by six votes to one."


# --- captions in a row under pictures (decision 859's display copies) ---

_SUMMARY = (
    "Dana Lee and her husband Sam Roe are looking for a home in Elmford so they can live near their old friends\n\n"
    "A friend of the couple said they want their son to grow up in the quiet town near the lake\n\n"
)
_BODY_WITH_CAPTIONS = (
    "Dana Lee and Sam Roe have been looking at houses in Elmford for a month, the Harbour Log has learned.\n\n"
    "A friend said: 'They have fallen in love with the town and its schools.'\n\n"
    "Dana Lee and her husband Sam Roe are looking for a home in Elmford so they can live near their old friends\n\n"
    "A friend of the couple said they want their son to grow up in the quiet town near the lake\n\n"
    "The old friends bought the lakeside farm, known as 'The Mill', for $3.2 million on May 4, making them neighbours "
    "of the town's mayor\n\n"
    "The couple now rent a flat in the city, but it is not clear whether they will sell it.\n\n"
    "They had dinner with their friends in Elmford last week.\n\n"
    "The pair bought the lakeside farm, known as 'The Mill', for $3.2 million on May 4, making them neighbours of the "
    "town's mayor.\n\n"
    "The farm sits on 12 acres of land by the water."
)


def test_captions_set_in_a_row_that_repeat_the_body_are_no_claims_and_the_body_sentence_stays():
    texts = texts_of(_SUMMARY + _BODY_WITH_CAPTIONS)
    assert not any(t.startswith("The old friends bought") for t in texts)
    assert any(t.startswith("The pair bought the lakeside farm") for t in texts)


def test_a_shorter_sentence_with_its_stop_that_repeats_a_longer_one_is_still_the_copy():
    text = (
        "Dana Lee and Sam Roe have been looking at houses in Elmford for a month, the Harbour Log has learned.\n\n"
        "The old friends bought the lakeside farm, known as 'The Mill', for $3.2 million on May 4, making them "
        "neighbours of the town's mayor.\n\n"
        "They had dinner with their friends in Elmford last week.\n\n"
        "The pair bought the lakeside farm, known as 'The Mill', for $3.2 million on May 4, making them neighbours of "
        "the town's mayor."
    )
    texts = texts_of(text)
    assert any(t.startswith("The old friends bought") for t in texts)
    assert not any(t.startswith("The pair bought") for t in texts)


# --- a caption closed by a credit after a copyright sign (decisions 833, 870) ---

_COPYRIGHT_CAPTION = (
    "Kestrel ferries raise fares for the third time this year\n\n"
    "Riders face a 12% rise in May, according to a note the operator sent them this week © Sam Roe/Kestrel Wire\n\n"
    "The operator raised ferry fares on Monday. The board approved the rise last week."
)


def test_a_caption_closed_by_a_copyright_credit_is_no_claim():
    texts = texts_of(_COPYRIGHT_CAPTION)
    assert not any("© Sam Roe" in t for t in texts)
    assert "The board approved the rise last week." in texts


# --- a caption that orders the people pictured (decision 882) ---


@pytest.mark.parametrize("order", ["(from left to right)", "(left to right)"])
def test_a_caption_ordering_the_people_pictured_is_no_claim(order):
    line = f"The club's three owners {order}: Dana Lee, Sam Roe, and Ann Hale."
    text = f"The board met on Monday.\n\n{line}\n\nThey bought the club in 2019."
    assert texts_of(text) == ["The board met on Monday.", "They bought the club in 2019."]


def test_a_sentence_about_reading_from_left_to_right_stays_a_claim():
    line = "Pupils in the town learn to read from left to right before they turn five."
    assert line in texts_of(f"The board met on Monday.\n\n{line}\n\nThey bought the club in 2019.")


# --- closing prompts and the writer's contact lines (decisions 80, 269, 363) ---


def test_a_prompt_to_like_the_outlet_on_a_network_is_no_claim():
    assert texts_of(f"{_BODY}\n\nLike Kestrel Weekly on Facebook.") == [
        "The harbour board met on Monday to approve the budget.",
        "It passed by six votes to one.",
    ]


@pytest.mark.parametrize(
    "sentence", ["Like most residents, Dana Lee follows the board on Facebook.", "Like many towns on Facebook."]
)
def test_a_comparison_with_like_stays_a_claim(sentence):
    assert sentence in texts_of(f"{_BODY}\n\n{sentence}")


def test_the_writers_contact_and_blog_lines_are_no_claims_and_the_bio_stays():
    bio = (
        "Dana Lee is a reporter at the Gazette. Message Dana on Twitter or at dana@gazette.example.com. "
        "Check out her personal blog."
    )
    texts = texts_of(f"{_BODY}\n\n{bio}")
    assert "Dana Lee is a reporter at the Gazette." in texts
    assert not any(t.startswith(("Message Dana", "Check out her")) for t in texts)


def test_a_blog_named_with_more_words_after_it_stays_a_claim():
    line = "Check out her personal blog for the recipes she learned from her grandmother."
    assert line in texts_of(f"{_BODY}\n\n{line}")


# --- a note that the piece updates an earlier story (decision 91) ---


@pytest.mark.parametrize(
    "note",
    [
        "This is an updated version of an article that first ran in March 2019.",
        "This is an updated version of a story first published in 2019.",
    ],
)
def test_a_note_that_the_story_updates_an_earlier_one_is_no_claim(note):
    assert note not in texts_of(f"{_BODY}\n\n{note}")


def test_a_version_of_something_else_stays_a_claim():
    line = "This is an updated version of a bridge that first opened in 1931."
    assert line in texts_of(f"{_BODY}\n\n{line}")


# --- a sentence set alone before the credit of a video or footage (decision 833) ---

_FAIR = (
    "Stalls filled the harbour square on Sunday.\n\n"
    "The fair had a cheerful mood by noon. {credit}\n\n"
    "Traders sold out of bread by two."
)


@pytest.mark.parametrize("credit", ["(Footage filmed by a reader)", "(Video sent to our desk by a stallholder)"])
def test_a_sentence_closed_by_a_video_credit_is_a_caption(credit):
    assert texts_of(_FAIR.format(credit=credit)) == [
        "Stalls filled the harbour square on Sunday.",
        "Traders sold out of bread by two.",
    ]


@pytest.mark.parametrize("aside", ["(Videos of the fair are rare.)", "(Video of the fair shows the crowd.)"])
def test_a_sentence_closed_by_an_aside_about_a_video_stays_a_claim(aside):
    assert "The fair had a cheerful mood by noon." in texts_of(_FAIR.format(credit=aside))


# --- a line that names an embedded video as the one that explains, before a colon (decision 871) ---

_SHELLS = "Why do some shells shine while others stay dull? {line}\n\nThe answer lies in how their layers are stacked."


@pytest.mark.parametrize(
    "line", ["This video by Harbour Science explains:", "The clip below shows how the lock works:", "This short film explains:"]
)
def test_a_line_announcing_an_embedded_video_is_no_claim(line):
    assert line not in texts_of(_SHELLS.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "This video by Harbour Science explains that the layers matter:",
        "The harbour master explains:",
        "The video shows police beating protesters:",
    ],
)
def test_a_video_with_a_content_clause_or_a_speakers_tag_stays_a_claim(line):
    assert line in texts_of(_SHELLS.format(line=line))


# --- near misses of the review: a sentence about a video in brackets, a version of another report, an order of
# things, and variants of the closing lines ---

_OFFICERS = "Stalls filled the harbour square on Sunday.\n\n{body} {aside}\n\nTraders sold out of bread by two."


@pytest.mark.parametrize(
    ("body", "aside"),
    [
        ("Two officers were suspended on Friday.", "(Video by a bystander led to the inquiry.)"),
        ("The guard was fired in March.", "(Footage obtained by the Gazette shows him asleep at his post.)"),
        ("Police said the suspect fled on foot.", "(Video from the scene was later released by police.)"),
        ("The mayor denied the claim on Monday.", "(Footage from the meeting shows otherwise.)"),
        ("The mayor denied the claim on Monday.", "(Footage from the meeting shows otherwise)"),
        ("The ferry ran aground at dawn.", "(Video by a passenger was shared online)"),
    ],
)
def test_a_sentence_about_a_video_by_or_from_someone_in_brackets_keeps_the_body_sentence(body, aside):
    assert body in texts_of(_OFFICERS.format(body=body, aside=aside))


@pytest.mark.parametrize("credit", ["(Video by Dana Lee)", "(Footage from a reader)", "(Video courtesy of the Harbour Police)"])
def test_a_video_credit_by_or_from_someone_is_still_a_caption(credit):
    assert texts_of(_FAIR.format(credit=credit)) == [
        "Stalls filled the harbour square on Sunday.",
        "Traders sold out of bread by two.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "This is an updated version of a report the ministry released in 2019, and it finds 40% more flooding.",
        "This is an updated version of the report the council rejected last year, and it adds $1 million for pumps.",
    ],
)
def test_an_updated_version_of_another_report_stays_the_storys(line):
    texts = texts_of(f"{_BODY}\n\n{line}")
    assert any(t.startswith("This is an updated version of") for t in texts)


def test_an_order_of_things_told_in_lower_case_after_the_bracket_stays_a_claim():
    line = "The seats (left to right) were assigned by lottery to the three parties on Monday."
    assert line in texts_of(f"The board met on Monday.\n\n{line}\n\nThey bought the club in 2019.")


def test_an_order_of_the_people_pictured_before_their_names_is_no_claim():
    line = "Coaches (left to right) Dana Lee and Sam Roe watch the final from the bench."
    text = f"The board met on Monday.\n\n{line}\n\nThey bought the club in 2019."
    assert texts_of(text) == ["The board met on Monday.", "They bought the club in 2019."]


@pytest.mark.parametrize("line", ["Like Kestrel Weekly on Facebook and Twitter.", "Check out her blog at danalee.example.com."])
def test_closing_lines_naming_two_networks_or_a_blogs_address_are_no_claims(line):
    assert line not in texts_of(f"{_BODY}\n\n{line}")
