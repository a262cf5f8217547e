"""Attribution (invented text): a speaking "it" stands for the nearest fitting mention before it (GUIDE decisions 44
and 300), also where that mention is a thing or a body the text gave only by a description as the source of the
sentence before ("…, the statement said." / "It said …"; "…, the town's fire service said." / "…, it said."): the
description as the source was written, not the organisation named as a subject further back. A text a main clause
gives with its issuer's name as a possessive ("Denmark's leaflet includes …" / "It tells …") is the issuer's word
(decision 689(a)). A described person ("a spokeswoman said") stays for "she"; a body named by its name stays what
"it" means after it; a text a possessive pronoun ties to its issuer ("Its statement said") leaves "it" to the issuer."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (all three fail on main: "Harbour Trust", "Globex", and no attribution for "It tells")
        (
            "The Harbour Trust announced a review of its mooring fees.\n\n"
            "The review would take a year, the statement said.\n\n"
            "It said that the fees would not rise before the spring.",
            ("statement", "said"),
        ),
        (
            "Globex said it would close two plants.\n\n"
            "Police department buildings were also damaged, the town's fire service said.\n\n"
            "Several cars were burned, it said.",
            ("town's fire service", "said"),
        ),
        (
            "The Norwegian leaflet says that no one should panic.\n\n"
            "Denmark's leaflet includes a list of what to store.\n\n"
            "It tells people to keep cash at home.",
            ("Denmark", "tells"),
        ),
    ],
)
def test_it_after_a_described_thing_is_that_thing(text, expected):
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses that must not change: a body named after the described thing, no described thing at all, a
        # described person, and a text its possessive pronoun ties to the body named before
        (
            "The review would take a year, the statement said.\n\n"
            "Globex said it would close two plants.\n\n"
            "It said the closures would cost 300 jobs.",
            ("Globex", "said"),
        ),
        (
            "Globex said it would close two plants.\n\nIt said the closures would cost 300 jobs.",
            ("Globex", "said"),
        ),
        (
            "Globex said it would close two plants.\n\n"
            "The plants were old, a spokeswoman for the union said.\n\n"
            "It said the closures would cost 300 jobs.",
            ("Globex", "said"),
        ),
        (
            "The Harbour Users Circle raised the matter with the council.\n\n"
            "Its statement said the fees would rise.\n\n"
            "It added that the council had not replied.",
            ("Harbour Users Circle", "added"),
        ),
    ],
)
def test_it_after_a_named_body_stays_that_body(text, expected):
    assert attributions(text)[-1] == expected
