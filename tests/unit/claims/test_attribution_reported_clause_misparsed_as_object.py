"""Attribution (invented text): a clause reported without "that" whose pieces the parser hung on the verb's object keeps
its speaker (the GUIDE's attribution section: content somebody said, by a reporting verb). Two misparses: "there" and
"be" read as modifiers of the noun after them ("say there are rising tensions"), and the reported verb read as a
participle on the noun of an "of" phrase ("said large amounts of the data needed to be checked"). The near misses that
report no clause stay unattributed: the words said ("said a prayer of the kind used …", "said a prayer for …") with a
participle after them."""

import pytest
from test_attribution_made_clear import attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experts say there are rising costs across the sector.", ("Experts", "say")),
        ("Residents say there are rising tensions in the harbour district.", ("Residents", "say")),
        ("The agency said large amounts of the data needed to be checked again.", ("agency", "said")),
    ],
)
def test_reported_clause_hung_on_the_object_keeps_its_speaker(text, expected):
    assert attributions(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bishop said a prayer of the kind used at sea burials.",
        "The pastor said a prayer for the families of the miners trapped underground.",
    ],
)
def test_words_said_and_a_participle_on_them_report_nothing(text):
    assert attributions(text)[0] is None


def test_said_there_of_a_place_reports_the_that_clause():
    # ("there" an adverb of place on "said", not the opener of an existential clause read as the object)
    assert attributions("The guide said there that the river floods each spring.")[0] == ("guide", "said")
