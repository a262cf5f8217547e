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
        # (both fail on main, "Harbour Trust"): a body the speaking description names by its name inside its phrase is
        # what "the organization" or "the paper" stands for next (GUIDE decision 4), not the body named as a subject before
        (
            "The Harbour Trust said it would appeal. In a leaflet, a maker of water filters called Aqualine Systems claims "
            "that most wells are unsafe. The organization says that 40 wells were closed last year.",
            ("Aqualine Systems", "says"),
        ),
        (
            "Floods hit the valley, the Harbour Trust said.\n\n"
            "Police on Monday closed two roads, the website of the Western Mail newspaper reported. "
            "A third was being cleared, the paper said.",
            ("Western Mail", "said"),
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
        # near misses (review of h56attr): a possessive before no issued text (a bid, a profit, a tanker, an economy) makes
        # no issuer of "it"; a body the sentence names after the possessive, even after a text, is the nearer mention
        # (GUIDE decision 44, 645(b))
        (
            "Norvik Energy's bid came after Halden Shipping turned down a merger.\n\nIt said the talks had ended.",
            ("Halden Shipping", "said"),
        ),
        (
            "Norvik Energy's statement came after Halden Shipping turned down a merger.\n\nIt said the talks had ended.",
            ("Halden Shipping", "said"),
        ),
        (
            "Norvik Energy's profit rose after Halden Shipping raised its fares.\n\nIt said bookings were steady.",
            ("Halden Shipping", "said"),
        ),
        (
            "Halvard Bank said it would raise its fees.\n\n"
            "Norvik Energy's new tanker, which Halden Shipping bought in June, sailed on Friday.\n\n"
            "It said the trip went smoothly.",
            ("Halden Shipping", "said"),
        ),
        (
            "Halvard Bank said it would raise its fees.\n\nNorway's economy grew in the spring.\n\nIt said loans had risen.",
            ("Halvard Bank", "said"),
        ),
        # a near miss: a body the speaking text only went through ("published in … journal") is not its maker, so "the
        # paper" with words of its own is still the description as written (GUIDE decision 437)
        (
            "A new research paper published in the Marine Policy Review journal suggests that most wells are unsafe.\n\n"
            "Wells dried up in 40 villages, according to the paper written by Dana Lee and her colleagues.",
            ("paper written by Dana Lee and her colleagues", "according to"),
        ),
        # near misses (review of h56attr): "the company said" stands for the body last named by its name as a subject or
        # speaker (GUIDE decisions 4, 437), past a described text that spoke since and past a body named only in a by-phrase,
        # also where that company was noted as a text's issuer before it spoke by its name
        (
            "Halden Shipping said it would shut three depots.\n\n"
            "The plan was attacked by the Transport Workers Union.\n\n"
            "Costs rose by a third, the statement said.\n\n"
            "The company said the depots would close in July.",
            ("Halden Shipping", "said"),
        ),
        (
            "Halden Shipping's depot in Leeds employs 900 people.\n\n"
            "Halden Shipping said it would shut the depot.\n\n"
            "The plan was attacked by the Transport Workers Union.\n\n"
            "The company said the depot would close in July.",
            ("Halden Shipping", "said"),
        ),
        (
            "Halden Shipping's annual report came out in May.\n\n"
            "Halden Shipping said it would shut three depots.\n\n"
            "The plan was attacked by the Transport Workers Union.\n\n"
            "The company said the depots would close in July.",
            ("Halden Shipping", "said"),
        ),
    ],
)
def test_it_after_a_named_body_stays_that_body(text, expected):
    assert attributions(text)[-1] == expected
