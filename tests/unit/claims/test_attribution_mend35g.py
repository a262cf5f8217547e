"""Attribution, session 35 (rev35g's findings on h35attrsp).

- "the party/alliance/agency/department said" still stands for a body named before whose name lacks the noun
  (Labour, Nato, Frontex, the Pentagon; GUIDE decision 4); "the court" still needs a court.
- A quote paragraph keeps its speaker when the unit before names the speaker acting as "it"/"they", by another word
  of its name ("Xi") or by its initials ("the WHO"; decisions 61, 317).
- A noun of a fronted phrase ("On Monday the minister said next week …") is no head of a contact relative (decision 2).
- "all told" with a subject and an addressee is a report, not the idiom "All told, …"."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def _attribution(text, words):
    claim = next(c for c in _claims(text) if words in c.text)
    return (claim.attribution.source, claim.attribution.cue) if claim.attribution else None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("Labour unveiled a transport plan on Monday. The party said it would cost little.", "The party said", "Labour"),
        ("Natra leaders met in Oslo. The alliance said it would send more ships north.", "The alliance said", "Natra"),
        ("Frontlex counted 3,000 crossings. The agency said the numbers were rising.", "The agency said", "Frontlex"),
        ("The Pentagon announced a drone program. The department said it would cost $2 billion.", "department", "Pentagon"),
    ],
)
def test_body_named_without_its_kind(text, words, expected):
    assert _attribution(text, words) == (expected, "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Two chemists published a study.\n\n"The yield was far higher than we hoped," the chemists said.\n\n'
            'They now plan a larger batch.\n\n"If it holds, this changes the field."',
            ("chemists", "said"),
        ),
        (
            'Oxfam warned of hunger.\n\n"The window is closing," Oxfam said in a statement.\n\n'
            'It also appealed for $1 billion.\n\n"Families cannot wait."',
            ("Oxfam", "said"),
        ),
        (
            'Premier Li Wenhua toured the port.\n\n"Trade will grow," Li said.\n\nLi later met dock workers.\n\n'
            '"The sea is our future."',
            ("Li Wenhua", "said"),
        ),
        (
            'The World Weather Council warned of floods.\n\n"Rivers are rising," the World Weather Council said.\n\n'
            'The WWC later sent experts to the delta.\n\n"Delay will cost homes."',
            ("World Weather Council", "said"),
        ),
    ],
)
def test_quote_after_the_speaker_acting(text, expected):
    assert _attribution(text, '"') is not None
    quote = [c for c in _claims(text) if c.text.startswith('"')][-1]
    assert (quote.attribution.source, quote.attribution.cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday the mayor said next month would bring new buses.", ("mayor", "said")),
        ("Speaking in Lyon the envoy said next week would bring new talks.", ("envoy", "said")),
        ("The ministers all told reporters that the truce would hold.", ("ministers", "told")),
        ("The three witnesses all told the court that the driver had fled.", ("three witnesses", "told")),
    ],
)
def test_report_not_read_as_relative_or_idiom(text, expected):
    assert _attribution(text, text[:10]) == expected
