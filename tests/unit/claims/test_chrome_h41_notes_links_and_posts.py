"""Page furniture news sites share (session 41, h41chrome): a correction note and the paragraph it opens, a link to a
translation, a related-stories label, a call to comment after a question to the reader, a call to come back, a related
story's headline in brackets, and an embedded post's credit line (GUIDE: correction notes, read-also blocks, reader
prompts, embedded post credit lines; decisions 33, 80). The running text around them, an aside in brackets that ends as
a sentence, a post's own text before its credit line and a conditional imperative opened by "Watch" stay claims."""

import pytest
from test_chrome import texts_of  # (the claims' texts of an invented text)

from declcli.claims import extract_claims
from declcli.claims.chrome import ends_as_sentence, post_credit_start
from declcli.sentences import split_sentences

_BODY = "The ferry to Port Elm will run twice a day from Monday, the harbour board said."


def _assert_no_claim_between_paragraphs(line: str) -> None:
    claims = texts_of(f"{_BODY}\n\n{line}\n\nThe first crossing leaves at 7 a.m.")
    assert not any(c.startswith(line[:12]) for c in claims), claims
    assert any(c.startswith("The first crossing") for c in claims), claims


def _claims(text: str):
    return extract_claims(text, split_sentences(text), reference_date="2024-05-06")


def test_a_correction_note_and_its_paragraph_are_no_claims():
    text = (
        f"{_BODY}\n\n"
        "Correction: This posting has been updated with the revised count of 410 passengers. An earlier version of this "
        "article misstated the ferry's owner. The board owns it.\n\n"
        "The first crossing leaves at 7 a.m."
    )
    claims = texts_of(text)
    assert not any("posting has been updated" in c or "earlier version" in c or c == "The board owns it." for c in claims)
    assert any(c.startswith("The first crossing leaves") for c in claims), claims


def test_a_previous_version_note_alone_is_no_claim():
    text = f"{_BODY}\n\nA previous version of this story referred to the pier as the north pier."
    assert not any(c.startswith("A previous version") for c in texts_of(text)), texts_of(text)


@pytest.mark.parametrize(
    "line",
    [
        "Read this story in Welsh.",
        "More Related to this Story: the ferry strike ended after two days.",
        "Check back every week for a new walk along the coast.",
    ],
)
def test_a_sites_link_or_return_call_is_no_claim(line):
    _assert_no_claim_between_paragraphs(line)


def test_a_question_to_the_reader_before_a_call_to_comment_is_no_claim():
    claims = texts_of(f"{_BODY}\n\nHave a memory of the old ferry? Share it in the comments.")
    assert claims and not any(c.startswith(("Have a memory", "Share it")) for c in claims), claims


def test_a_bracketed_headline_is_no_claim():
    _assert_no_claim_between_paragraphs("(Port Elm ferry: What we know about the new timetable)")


@pytest.mark.parametrize("line", ["[Photos: The Old Ferry Crosses the Bay]", "['Sea Serpent' Filmed Off the Pier (Video)]"])
def test_a_bracketed_headline_after_the_paragraphs_last_sentence_is_no_claim(line):
    claims = texts_of(f"The ferry will run twice a day. {line}\n\n{_BODY}")
    assert any(c.startswith("The ferry will run") for c in claims), claims
    assert not any(c.startswith(line[:8]) for c in claims), claims


@pytest.mark.parametrize("aside", ["(The old ferry ran only on Sundays.)", "(Or was it the other pier?)"])
def test_an_aside_in_brackets_that_ends_as_a_sentence_stays_a_claim(aside):
    assert any(c.startswith(aside[:8]) for c in texts_of(f"{_BODY}\n\n{aside}\n\nThe first crossing leaves at 7 a.m."))


def test_a_credit_line_ends_a_post_as_a_sentence():
    post = "Ferry packed again this morning :/ — Dana Lee (@danaleeport) May 3, 2024"
    assert post_credit_start(post) == post.index("—")
    assert ends_as_sentence(post)
    # a writer's sentence that goes on after a spaced dash to a handle has no credit line
    assert post_credit_start("The question came from a reader – Ann Lee (@annlee)") is None


def test_a_posts_text_before_its_credit_line_is_a_claim_without_the_credit():
    text = (
        f"{_BODY}\n\n"
        "Ferry packed again this morning :/ — Dana Lee (@danaleeport) May 3, 2024\n\n"
        "no ferry at all today, the pier is closed :( #portelm — Sam Roe (@samroe) May 3, 2024\n\n"
        "The first crossing leaves at 7 a.m."
    )
    claims = texts_of(text)
    assert "Ferry packed again this morning :/" in claims, claims
    assert any(c.startswith("no ferry at all today") for c in claims), claims
    assert not any("(@" in c for c in claims), claims


def test_a_post_of_tags_and_a_picture_link_is_no_claim():
    text = f"{_BODY}\n\n#portelm #ferry pic.twitter.com/Ab12Cd34 — Dana Lee (@danaleeport) May 3, 2024\n\nThe pier is busy."
    claims = texts_of(text)
    assert not any(c.startswith("#portelm") for c in claims), claims
    assert any(c.startswith("The pier is busy") for c in claims), claims


def test_a_credit_line_split_from_its_post_gives_its_claim_to_the_post():
    text = f"{_BODY}\n\nApparently the pier is shut.... — Dana Lee (@danaleeport) May 3, 2024"
    claim = next(c for c in _claims(text) if c.text.startswith("Apparently"))
    assert claim.text == "Apparently the pier is shut...."
    assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "line",
    [
        "Watch the ferries come in at dusk, and you will see the old lamp lit.",
        "Watch a storm roll over the bay and there is a good chance the ferry will stay in port.",
    ],
)
def test_a_conditional_imperative_opened_by_watch_is_a_claim(line):
    assert any(c.startswith("Watch") for c in texts_of(f"{_BODY}\n\n{line}")), texts_of(f"{_BODY}\n\n{line}")


def test_a_watch_label_stays_chrome():
    assert not any(c.startswith("Watch") for c in texts_of(f"{_BODY}\n\nWatch the harbour master explain the new timetable"))


@pytest.mark.parametrize(
    "line",
    [
        "The chart below, from a report last spring, plots the ferry's fares against the price of fuel.",
        "Port Elm, a village on the north shore, is marked with a blue star on this map.",
        "“Save our ferry”, reads this placard.",
        "A commuter sent our newsroom this photo.",
    ],
)
def test_a_line_that_points_at_a_picture_is_no_claim(line):
    _assert_no_claim_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Look closely at this chart and you will see that fares rose every year.",
        "The board sent the council a photo of the damaged pier.",
        "Fares are shown in the timetable at every pier.",
    ],
)
def test_a_sentence_that_only_mentions_a_picture_stays_a_claim(line):
    assert any(c.startswith(line[:12]) for c in texts_of(f"{_BODY}\n\n{line}")), texts_of(f"{_BODY}\n\n{line}")
