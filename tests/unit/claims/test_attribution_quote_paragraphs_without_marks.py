"""Attribution, session 40 (h40attrmiss): the middle paragraphs of a quote whose opening marks the page dropped.

A quote opened in one paragraph and left open, then paragraphs without any quotation mark, then a paragraph whose first
mark closes the quote: the paragraphs between are the quoted speaker's words still (GUIDE decision 213). Without the
closing mark ahead, a paragraph after a quote left open stays the writer's."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _source(text, words):
    attribution = next(c.attribution for c in _claims(text) if words in c.text)
    return attribution.source if attribution is not None else None


_CLOSED_LATER = (
    "Marta Lindqvist has studied river fungi for twenty years.\n\n"
    "Lindqvist told the Valley Herald:\n\n"
    '"The last new fungicide reached farmers in 1998. Most of the ones sold today are old compounds.\n\n'
    "Riverine moulds are a different matter. They carry a chemistry nobody has described before.\n\n"
    'Their strength against blight means growers should watch this work closely."\n\n'
    "The study appears in the journal Mycology Today."
)


def test_paragraphs_without_marks_between_an_open_quote_and_its_close_are_the_speakers():
    # fails before session 40: the unmarked middle paragraph had no source
    assert _source(_CLOSED_LATER, "Riverine moulds") == "Marta Lindqvist"
    assert _source(_CLOSED_LATER, "chemistry nobody has described") == "Marta Lindqvist"
    # the writer's paragraph after the closed quote stays the writer's
    assert _source(_CLOSED_LATER, "study appears") is None


_NEVER_CLOSED = (
    "Marta Lindqvist has studied river fungi for twenty years.\n\n"
    'Lindqvist said: "The last new fungicide reached farmers in 1998.\n\n'
    "The river flooded twice that spring. The county closed the bridge in May.\n\n"
    "The study appears in the journal Mycology Today."
)


def test_without_a_closing_mark_ahead_the_paragraph_after_an_open_quote_stays_the_writers():
    assert _source(_NEVER_CLOSED, "county closed the bridge") is None
