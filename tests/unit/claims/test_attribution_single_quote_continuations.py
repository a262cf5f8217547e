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


# Review of session 58 (mended): a title in single marks opening a paragraph or a sentence, followed by its possessive
# 's ('‘Gardeners’ World’s host …'), is no quotation that never closes: the writer's sentences after it stay the writer's
# (GUIDE decisions 2, 213, 544: only the quoted voice's words are quoted).
_TITLE_OPENS = (
    "‘Harbour Lights’s lead actor Pim Sorensen has left the series. He will star in a stage play next spring, his agent said."
)
_TITLE_THEN_TAG = "‘Moonfall’s sequel took $300 million in its first week. Its studio, Crestline Pictures, said it was thrilled."
_TITLE_AFTER_QUOTE = (
    "‘I watched every episode,’ said viewer Nia Holm. ‘Bay Street’s finale drew record ratings, though. Filming ended in May."
)
_TITLE_NEW_PARAGRAPH = (
    "Fans gathered outside the studio on Sunday.\n\n"
    "‘Garden Rivals’s longest-serving judge, Ada Penn, was cheered by the crowd. The broadcaster said she was a treasure."
)
_OPEN_WITHOUT_LEAD_IN = (
    "The school reopened on Monday after the floods.\n\n"
    "‘Stay Safe’ banners hung over the gates. Head teacher Ron Bale said the pupils were glad to be back."
)
_NAMING_COLON = "The choir’s new record is called: ‘Winter Harbour. It goes on sale on Friday, its label said."
_COLON_PARAGRAPH = (
    "Ferry captain Ivo Marsh spoke after the storm.\n\n"
    "He told the Gazette:\n\n"
    "‘The waves were ten metres high. We lost both engines."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (_TITLE_OPENS, "lead actor Pim Sorensen has left"),
        (_TITLE_THEN_TAG, "took $300 million"),
        (_TITLE_AFTER_QUOTE, "Filming ended in May"),
        (_TITLE_NEW_PARAGRAPH, "was cheered by the crowd"),
        (_OPEN_WITHOUT_LEAD_IN, "banners hung over the gates"),
    ],
)
def test_a_title_in_single_marks_opens_no_quotation(text, words):
    assert _attribution(text, words) is None


def test_a_quotation_opening_a_paragraph_goes_on_after_a_colon_paragraph():
    assert _attribution(_COLON_PARAGRAPH, "We lost both engines") == ("Ivo Marsh", "told")


@pytest.mark.parametrize(
    ("text", "continued", "quoted"),
    [
        ("‘The Crown Jewel’s last series drew five million viewers.", False, []),
        ("‘The Crown Jewel’s last series drew five million viewers.", True, []),
        ("‘Tilda’s bike was stolen,’ she said.", False, ["‘Tilda’s bike was stolen,’"]),  # a quotation opening with a name's 's
        ("‘It’s over. I am done.", True, ["‘It’s over. I am done."]),  # a short form of "it is", continued
        ("‘It’s over. I am done.", False, []),  # opening a paragraph unclosed with nothing before it to continue
        ("He said: ‘Harlow’s plan will fail. Taxes will rise.", False, ["‘Harlow’s plan will fail. Taxes will rise."]),
        ("The record is called: ‘Winter Harbour. It is out.", False, []),
    ],
)
def test_single_quote_regions_titles_and_run_ons(text, continued, quoted):
    assert [text[a:b] for a, b in single_quote_regions(text, continued)] == quoted
