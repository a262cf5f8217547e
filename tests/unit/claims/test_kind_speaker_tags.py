"""A speaker tag left as a sentence of its own after its quote takes kind, modality and polarity from the quote
(GUIDE decisions 2 and 316: judge what was said, not the saying)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _tag(claims, words):
    return next(c for c in claims if c.text.strip() == words)


def test_a_tag_after_a_question_is_read_as_the_question():
    claims = _claims('Ms. Varga pressed the witness. "So the tanker never left the harbour at all?" Ms. Varga asked.')
    tag = _tag(claims, "Ms. Varga asked.")
    quote = next(c for c in claims if "tanker" in c.text)
    # a negated act on one specific occasion, asked, is read as its statement is: an event (GUIDE decision 246)
    assert tag.kind == quote.kind == "event"


def test_a_tag_after_a_past_happening_is_an_event():
    text = (
        "“The ferry hit the pier at dawn and three crew members jumped into the water,” the harbour master said. "
        "“We pulled them out within minutes.” "
        "Oswin Lutterell told the newspaper."
    )
    claims = _claims(text)
    assert _tag(claims, "Oswin Lutterell told the newspaper.").kind == "event"


def test_a_tag_reads_the_opening_sentence_of_a_longer_quote():
    text = (
        "Brenna Hallorand met reporters after the vote. "
        "“Will the board keep its promise? Nobody here knows yet.” "
        "Hallorand responded when asked about the plan."
    )
    claims = _claims(text)
    tag = _tag(claims, "Hallorand responded when asked about the plan.")
    opening = next(c for c in claims if "promise" in c.text)
    assert (tag.kind, tag.modality) == (opening.kind, opening.modality)
    assert tag.modality == "intention" and tag.polarity == opening.polarity


def test_a_tag_after_a_happening_told_in_a_quote_is_an_event():
    text = "Dorin Kastelic spoke on Friday. “The guards opened the gate and the crowd rushed in.” Kastelic told reporters."
    claims = _claims(text)
    assert _tag(claims, "Kastelic told reporters.").kind == "event"


def test_a_tag_with_a_clause_of_its_own_keeps_its_reading():
    # (guard) "Kastelic said the gate stayed shut." reports content of its own; the quote before does not decide it
    text = "“The guards opened the gate and the crowd rushed in.” Kastelic said the gate had stayed shut for an hour."
    claims = _claims(text)
    said = next(c for c in claims if "stayed shut" in c.text)
    assert said.kind == "fact"


def test_a_tag_without_a_quote_before_it_is_left_alone():
    # (guard) no quotation before the tag: nothing to read it from, so the happening told before it (an event) does
    # not decide the tag's kind, which stays the tag's own reading
    alone = _tag(_claims("Kastelic said."), "Kastelic said.").kind
    claims = _claims("The ferry hit the pier at dawn. Kastelic said.")
    assert claims[0].kind == "event" != alone
    assert _tag(claims, "Kastelic said.").kind == alone


def test_a_tag_that_tells_how_the_words_were_said_keeps_its_reading():
    # (guard) "Varga asked sharply before leaving the room": the saying is narrated, the quote does not decide it
    text = 'Ms. Varga pressed the witness. "So the tanker never left the harbour at all?" Ms. Varga asked sharply before leaving.'
    claims = _claims(text)
    tag = next(c for c in claims if c.text.startswith("Ms. Varga asked"))
    assert tag.polarity == "positive"
