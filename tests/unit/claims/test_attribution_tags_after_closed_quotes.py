"""A speaker's tag after a quotation that closes as a sentence of its own is a claim of its own (GUIDE decisions 2, 316).

Invented sentences: a quote closed by its own stop before a lower-case tag, a quote in single marks closed by "!" or
"?", a quote opening the claim that closes on a word with no comma, and a question set without marks before its tag.
"""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


LEAD = "The bakery on Main Street opened on Monday, its owner Dana Ruiz said. "
AFTER = " Then the doors closed."


@pytest.mark.parametrize(
    ("quote", "tag"),
    [
        ("'The crowd could come back any day now.\"", "she said."),
        ("'The town needs better bread and cheaper rent!,'", "wrote Ruiz."),
        ('"I feel good, we are on an up slope, so a lot closer to 100%"', "Ruiz told reporters at the shop."),
        ("Could the shop open on Sundays?", "the owner asks."),
    ],
)
def test_a_tag_after_a_quote_closed_as_a_sentence_is_a_claim_of_its_own(quote, tag):
    claims = claims_of(LEAD + quote + " " + tag + AFTER)
    found = [c for c in claims if c.text == tag]
    assert found, [c.text for c in claims]
    said = found[0].attribution
    assert said is not None and said.source
    quoted = [c for c in claims if c.text == quote]
    assert quoted and quoted[0].attribution is not None
    assert (found[0].kind, found[0].modality, found[0].polarity) == (quoted[0].kind, quoted[0].modality, quoted[0].polarity)


@pytest.mark.parametrize(
    ("text", "not_a_claim"),
    [
        # a quote closed by a comma keeps its tag
        (
            "The bakery on Main Street opened on Monday. “We never had a crowd like that,” Dana Ruiz said. Then it closed.",
            "Dana Ruiz said.",
        ),
        ('The bakery on Main Street opened on Monday. "We never had a crowd like that," she said. Then it closed.', "she said."),
        # a quoted phrase inside the writer's sentence, no tag after it
        ('The bakery sells a "Sunday loaf" Dana Ruiz baked first in 2019. Then it closed.', "Dana Ruiz baked first in 2019."),
        # a tag too long to be one: the writer's sentence goes on
        (
            'Dana Ruiz talked about the shop. "We sold out" Ruiz told reporters at the shop on the corner of Main Street and Elm '
            "Avenue last week.",
            "Ruiz told reporters at the shop on the corner of Main Street and Elm Avenue last week.",
        ),
    ],
)
def test_no_tag_of_its_own(text, not_a_claim):
    texts = [c.text for c in claims_of(text)]
    assert not_a_claim not in texts, texts


def test_a_tag_on_the_line_after_a_quote_the_page_broke_is_a_claim():
    # the line broke inside the quote; the next line closes it and gives the tag: a claim of its own (decision 2)
    text = (
        "Dana Ruiz, the mayor, said the council met on Thursday.\n\n“The session reviewed early impacts and confirmed "
        "the activation of emergency protocols as weather conditions\n\ndeteriorate,” she stated.\n\n"
        "Additionally, Ruiz confirmed that the centres remain on alert."
    )
    found = [c for c in claims_of(text) if c.text == "deteriorate,” she stated."]
    assert found and found[0].attribution is not None and found[0].attribution.source == "Dana Ruiz"


def test_a_sentences_rest_with_a_tag_and_no_quotation_stays_no_claim():
    text = (
        "Dana Ruiz, the mayor, said the council met on Thursday.\n\nThe session reviewed early impacts and confirmed "
        "the activation of emergency protocols as weather conditions\n\ndeteriorate, she stated.\n\n"
        "Additionally, Ruiz confirmed that the centres remain on alert."
    )
    assert "deteriorate, she stated." not in [c.text for c in claims_of(text)]


def test_a_quote_that_trails_off_keeps_its_tag():
    text = "The mayor spoke first.\n\n“I just thought we had more time...” she said.\n\nThe council voted."
    assert "she said." not in [c.text for c in claims_of(text)]


def test_a_question_in_marks_keeps_its_lower_case_tag():
    text = "The crew recorded an album.\n\n“Who says we can’t win the regatta?” the skipper asked.\n\nThe album sold out."
    assert "the skipper asked." not in [c.text for c in claims_of(text)]


def test_a_question_in_single_marks_keeps_its_tag():
    text = "The crew recorded an album.\n\n‘Who says we can’t win the regatta?’ the skipper asked.\n\nThe album sold out."
    assert "the skipper asked." not in [c.text for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "not_a_claim"),
    [
        # a quoted title opening the sentence is no statement of its own: no claim for it (decision 48)
        (
            'The cinema held a press day.\n\n"Harbor Lights" Director Mila Stone said the sequel would open in May.\n\n'
            "Fans queued.",
            '"Harbor Lights"',
        ),
        (
            'The cinema held a press day.\n\n"Harbor Lights" Director Mila Stone told reporters.\n\nFans queued.',
            '"Harbor Lights"',
        ),
        # a reporting clause with its own content after the quote is no tag: it stays in the writer's sentence
        (
            'The mayor, Joan Pike, said the plan "will not pass." councillors said the vote was close anyway.\n\nIt passed.',
            "councillors said the vote was close anyway.",
        ),
        (
            'Senator Ivo Marsh spoke on Friday. The bill, he said, was "going nowhere." aides said it would return in spring.',
            "aides said it would return in spring.",
        ),
        # the writer's own question before a clause with content: no tag either
        (
            "The dam cracked in April.\n\nWhy did it give way? inspectors said the concrete was weak.\n\nRepairs began.",
            "inspectors said the concrete was weak.",
        ),
    ],
)
def test_a_title_or_a_clause_of_its_own_is_no_tag(text, not_a_claim):
    texts = [c.text for c in claims_of(text)]
    assert not_a_claim not in texts, texts


@pytest.mark.parametrize(
    "quote",
    [
        # a quote opened and closed by double marks and its stop inside: one sentence with its tag, as the splitter keeps it
        '"The library will reopen by the end of May."',
        "“We lost the match in the first ten minutes.”",
        '"We moved the office to Washington, D.C."',
        '"The trains could run again by 6 p.m."',
    ],
)
def test_a_quote_in_matching_marks_closed_by_its_stop_keeps_its_tag(quote):
    text = "Council member Dana Ruiz spoke after the vote.\n\n" + quote + " she said.\n\nThe chamber adjourned."
    texts = [c.text for c in claims_of(text)]
    assert "she said." not in texts, texts
