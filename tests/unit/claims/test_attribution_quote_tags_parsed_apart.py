"""Attribution, session 33: speaker tags of a quote the parse breaks, and speakers described but not named (GUIDE
attribution section, decisions 2, 4 and 44).

- A quoted phrase with no verb whose opening mark the parser hung on the phrase itself ('"Total gridlock," said …',
  first in its paragraph or after a sentence of its own) is what the tag's speaker said.
- A tag followed by an absolute phrase the parser made the sentence's head ('“…,” she said, her voice hoarse from a
  cold.') still names the quote's speaker.
- "one" as a speaker ('"…," one said.', "One of the officials said …") is the source as written, like "some" and
  "others"; a described person after the tag's verb the parser took for its object ('"…," joked one columnist.') is
  the speaker, not the one told ('"…," told reporters.').
- "according to" in the sense of "in accordance with" ("according to strict rules", "according to the kind of …") credits
  no one.
- A business described by a nationality ("The German automaker, which …, says") stands for the company named before
  (decision 4), like "the company said"; not a state's body ("the French foreign ministry") nor a country."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attributions(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [claim.attribution and (claim.attribution.source, claim.attribution.cue) for claim in claims]


@pytest.mark.parametrize(
    "text",
    [
        '"Total gridlock," said Ann Weller, an analyst at Fenwick.',
        'Shares in the port operator slid on Monday. "No progress," said Ann Weller.',
        '"No progress," said Ann Weller.',
    ],
)
def test_a_quoted_phrase_with_its_opening_mark_hung_on_it_is_what_was_said(text):
    assert attributions(text)[-1] == ("Ann Weller", "said")


def test_a_tag_before_an_absolute_phrase_names_the_speaker():
    text = "Lena Marsh spoke at the summit. “The chances we have are enormous,” she said, her voice hoarse from a cold."
    assert attributions(text)[-1] == ("Lena Marsh", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Villagers gathered at the gate. "If they are building here, they are doing it without our consent," one said.',
            ("one", "said"),
        ),
        ("Officials met on Friday. One of the officials said the talks would resume.", ("One of the officials", "said")),
        ('"When a man retires, it\'s news," joked one analyst.', ("one analyst", "joked")),
        ('"When a man retires, it\'s news," joked one columnist.', ("one columnist", "joked")),
        ('"We will appeal the ruling," said one resident.', ("one resident", "said")),
    ],
)
def test_one_and_a_described_speaker_after_the_tag(text, expected):
    assert attributions(text)[-1] == expected


def test_the_one_told_is_no_speaker():
    # a tag cut off from its speaker is still a tag: attributed, with no source (decision 2)
    assert attributions('"The vote is rigged," told reporters.')[-1] == (None, "told")


@pytest.mark.parametrize(
    "text",
    [
        "Quantum devices then manipulate those qubits according to strict rules.",
        "Flu strains are sorted according to the kind of protein they carry.",
    ],
)
def test_according_to_a_rule_or_kind_is_no_source(text):
    assert attributions(text) == [None]


def test_according_to_a_body_still_credits_it():
    assert attributions("Sales rose 4% last year, according to the company's figures.")[-1] == (
        "company's figures",
        "according to",
    )


def test_a_business_described_by_its_nationality_stands_for_the_one_named_before():
    text = (
        "Volkswagen is giving us a glimpse into the car of the future with an electric wagon.\n\n"
        "The German automaker, which has focused on electric vehicles, says the wagon will be able to go 300 miles on a "
        "charge."
    )
    assert attributions(text)[-1] == ("Volkswagen", "says")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's body the nationality names
        (
            "Total reported higher profits on Monday.\n\nThe French foreign ministry said the talks would resume.",
            "French foreign ministry",
        ),
        # a firm is no country named before it
        (
            "Britain will review Huawei's role in a security centre.\n\nThe Chinese firm said that it welcomed the decision.",
            "Chinese firm",
        ),
    ],
)
def test_a_nationality_description_resolves_to_no_state_body_or_country(text, expected):
    assert attributions(text)[-1][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regulator or government dealing with the business: the nationality tells them apart, so the description stays
        (
            "The Trade Commission fined Vantor 2 billion euros on Wednesday. The American firm said it would appeal.",
            "American firm",
        ),
        ("The EU fined Vantor on Monday. The American company said it would appeal.", "American company"),
        ("Brussels fined Vantor on Monday. The American company said it would appeal.", "American company"),
        (
            "The Commerce Department added Huawei to a blacklist in May. The Chinese firm said it would challenge the decision.",
            "Chinese firm",
        ),
        # two businesses named before: the nationality, not salience, says which one
        (
            "Siemens signed a deal with Alstom on Monday. The French company said the deal would create 2,000 jobs.",
            "French company",
        ),
        ("Shell agreed to buy a stake in Petrobras. The Brazilian firm said the sale would close in May.", "Brazilian firm"),
        (
            "Samsung overtook Apple in phone sales last quarter. The American company said it expected a rebound.",
            "American company",
        ),
        # one business named before, and no one else: it
        ("Ford said on Monday it would cut jobs. The American carmaker said the cuts would save money.", "Ford"),
    ],
)
def test_a_nationality_description_is_no_regulator_nor_rival(text, expected):
    assert attributions(text)[-1][0] == expected


@pytest.mark.parametrize(
    "text",
    [
        '"Hamilton" said goodbye to Broadway on Sunday.',
        '"Succession" told the story of a media family.',
        '"Jobs First" announced a rally for Saturday.',
        '"Barbie" revealed the power of a good marketing campaign.',
        '"The Simpsons" predicted the outcome years ago.',
    ],
)
def test_a_quoted_title_as_the_subject_is_no_quote_with_a_tag(text):
    # the quoted words are the verb's subject, and a speech act whose content is a noun phrase reports no words
    # (decision 2)
    assert attributions(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Marsh spoke at the summit. “The chances we have are enormous,” she told reporters, her voice hoarse.",
            ("Lena Marsh", "told"),
        ),
        ('Senator Tom Hale spoke on Monday. "Pass this bill now," he urged colleagues.', ("Tom Hale", "urged")),
    ],
)
def test_a_tag_before_an_absolute_phrase_with_the_one_addressed(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to FIFA rules, the match must be replayed.", ("FIFA rules", "according to")),
        ("According to the new rule, drivers must stop at the line.", ("new rule", "according to")),
        ("According to the instructions, the device must be charged overnight.", ("instructions", "according to")),
        ("The vote was invalid, according to party rules.", ("party rules", "according to")),
    ],
)
def test_according_to_rules_set_off_credits_the_rules(text, expected):
    # set off by a comma or opening the sentence, "according to the rules" says what the rules state (decisions 136,
    # 300, 589), unlike "sorted according to strict rules"
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Mayor Dana Lee spoke on Monday. "Stay indoors tonight," warned Lee\'s spokesman.', ("Lee's spokesman", "warned")),
        ("Mayor Dana Lee spoke on Monday. Lee's spokesman said the talks would resume.", ("Lee's spokesman", "said")),
    ],
)
def test_a_possessors_spokesman_speaks_for_himself(text, expected):
    # decision 248: a possessive name stays as written; the spokesman speaks, not the one named in the possessive
    assert attributions(text)[-1] == expected
