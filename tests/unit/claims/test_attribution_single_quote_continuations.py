"""Attribution, session 58: quotations set in single quotation marks (the British style, ‘…,’ she said) that go on past
their tagged sentence (GUIDE decisions 2, 213 and 544(a)).

- A single-quoted sentence that follows the speaker's tagged single-quoted quotation in the same paragraph
  ('‘The roof leaks,’ she told the Herald. ‘It has leaked for years.’'), a quotation after a colon lead-in that runs on
  over sentences with no closing mark, and a paragraph that reopens the quotation with a single mark after one left
  open, continue that quotation: source the speaker, the tag's reporting verb repeated as cue.
- An apostrophe ("it’s", "the players’ union") or a scare quote inside the writer's sentence ("a 'Big Four' firm")
  opens no quotation; a quotation closed by a mark after a word ('… without company’ but …') leaves the writer's
  sentences after it the writer's."""

import pytest

from declcli.claims import extract_claims
from declcli.claims.attribution import single_quote_regions
from declcli.sentences import split_sentences

_SAME_PARAGRAPH = (
    "The old ferry pier in Wexby will close in June.\n\n"
    "‘The deck has rotted through in three places,’ harbour master Ellen Voss told the Herald. "
    "‘Nobody should walk on it after dark.’"
)
_STRAIGHT_MARKS = (
    "The tram line to Orlen Park reopens on Monday.\n\n"
    "'We are sorry for the long wait,' spokesman Tomas Brenner told reporters. "
    "'The new rails are quieter and the cars run every six minutes.'"
)
_COLON_RUN_ON = (
    "Grace Holloway, who has run the bakery for years, spoke to the paper.\n\n"
    "Holloway added: ‘I am not ready to retire. The ovens still work. My grandson helps on Saturdays.\n\n"
    "‘We will stay open as long as people keep buying bread.’"
)
_AFTER_A_WORD = (
    "Echoing the poet, Mira Castell wrote: ‘The sea keeps every secret without complaint’ and little else. "
    "Castell spent her last winter on the island."
)
_SCARE_QUOTE = "The council hired a 'Big Four' firm to audit the budget. The audit found no fraud."


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _attribution(text, words):
    claim = next(c for c in _claims(text) if words in c.text)
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # the tagged quotations, held before session 58
        (_SAME_PARAGRAPH, "rotted through", ("Ellen Voss", "told")),
        (_STRAIGHT_MARKS, "sorry for the long wait", ("Tomas Brenner", "told")),
        # fail before session 58: no attribution
        (_SAME_PARAGRAPH, "Nobody should walk", ("Ellen Voss", "told")),
        (_STRAIGHT_MARKS, "The new rails are quieter", ("Tomas Brenner", "told")),
        (_COLON_RUN_ON, "The ovens still work", ("Grace Holloway", "added")),
        (_COLON_RUN_ON, "My grandson helps", ("Grace Holloway", "added")),
        (_COLON_RUN_ON, "We will stay open", ("Grace Holloway", "added")),
    ],
)
def test_single_quoted_quotation_goes_on(text, words, expected):
    assert _attribution(text, words) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # near-misses: the writer's sentences after a quotation closed by a mark after a word, or after a scare quote
        (_AFTER_A_WORD, "spent her last winter"),
        (_SCARE_QUOTE, "The audit found no fraud"),
    ],
)
def test_writers_sentences_stay_unattributed(text, words):
    assert _attribution(text, words) is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("‘It’s about comfort,’ she said. ‘It isn’t a trend.’", ["‘It’s about comfort,’", "‘It isn’t a trend.’"]),
        ("She added: ‘I have a life today. I have a daughter.", ["‘I have a life today. I have a daughter."]),
        ("Lee wrote: ‘The players’ union agreed.’", ["‘The players’"]),  # a plural's apostrophe ends it early, never late
        ("The council hired a 'Big Four' firm.", []),
        ("The 'Big Four' firm sent its bill. 'Nobody paid.", []),  # left open after a stop, with no quotation before it
    ],
)
def test_single_quote_regions(text, quoted):
    assert [text[a:b] for a, b in single_quote_regions(text)] == quoted
