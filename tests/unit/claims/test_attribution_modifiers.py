"""Attribution of parse failures around reporting verbs (session 21, round 2): a participle modifying a noun that the parser made
the clause's verb ("a sweetener added to …", "…; every week, associates posted about …"), and the reader told not to say
something ("Don't say …"), the writer's own voice like decision 236's "Note that …"; and a closing speaker tag
the parser hung on the clause's last noun as a modifier ("…, executives of both companies announced Tuesday at …")."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def attribution_of(text):
    claim = extract_claims(text, split_sentences(text), published="2024-03-05")[0]
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    "text",
    [
        # a noun's participle with a purpose after it, read as a closing tag of the clause before
        "For example, one honey jar he had checked also contained syrup, a sweetener added to increase the product's volume.",
        # a bare participle with no "have" or "be" and no quote before it
        "One of our cafes adopted an abandoned kitten they found there; every week, associates posted about the cat’s "
        "progress on Instagram.",
    ],
)
def test_participle_read_as_a_speaker_tag(text):
    assert attribution_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Your phone is never hot enough to melt, so don’t say your phone was literally melting.",
        "Don't say “Marta, this film is so long it literally aged me.”",
    ],
)
def test_negated_imperative_to_the_reader(text):
    assert attribution_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was closed for repairs, the mayor added.", ("mayor", "added")),
        ("The bridge was closed for repairs, the mayor added on Tuesday.", ("mayor", "added")),
        (
            '"The bridge was closed for repairs," Kellerman said of the first big bridge to close this year.',
            ("Kellerman", "said"),
        ),
        ('"The bridge is not something the council agrees with," the insider added of the long dispute.', ("insider", "added")),
        ("Kellerman has said that the bridge was closed for repairs.", ("Kellerman", "said")),
        ("Kellerman did say the bridge was closed for repairs.", ("Kellerman", "say")),
    ],
)
def test_speaker_tags_stay(text, expected):
    assert attribution_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PARIS, France — Paris's flagship carrier Northwind Air finalized a deal to purchase 40 of Acme 's A-9 "
            "Skyliner jets, executives of both companies announced Tuesday at the Paris Air Show.",
            ("executives of both companies", "announced"),
        ),
    ],
)
def test_closing_tag_read_as_a_modifier(text, expected):
    # the parser hung "announced" on "jets" as a modifier, its speaker as an apposition
    assert attribution_of(text) == expected


def test_modifier_that_reports_nothing_stays_out():
    assert attribution_of("Northwind Air bought 40 planes, figures the company announced Tuesday.") is None
