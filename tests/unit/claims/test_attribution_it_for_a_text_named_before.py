"""Attribution (invented text): a speaking "it" where no body or thing has spoken before it stands for the nearest
written text the text named before it with a determiner or possessive, in its sentence or the two before ("published a
paper", "according to the essay", "the excerpt … does not"), as written with its modifiers and without a leading
article; the next speaking "it" stands for the same text (GUIDE decisions 44 and 300). A text whose issuer a proper name
or possessive gives is that body (decision 689(a)). Never a noun after a preposition on another noun ("a report on the
new law": the report), no word with a common sense of an act, event or thing ("as a result", "in order to", "the
release of the hostages"), and nothing where a body the text names or describes is the subject nearer or of the text's
clause ("The agency, which issued a report, …"). Where no such text was named, or a body spoke before, "it" stays as
before: `null`, or the body."""

import pytest
from test_attribution_made_clear import attributions


def _last(text):
    return attributions(text)[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last spring, three geologists from Halden published a paper on the melting glacier. "
            "It described how the ice had thinned by a third since 1990.",
            ("paper", "described"),
        ),
        (
            "The lake may be the oldest in the region, according to the new survey. "
            "It argues that the basin filled long before the first settlers arrived.",
            ("new survey", "argues"),
        ),
        (
            "Readers were handed a short essay on the history of the canal. "
            "It says the locks were built by hand over twenty years.",
            ("short essay", "says"),
        ),
    ],
)
def test_a_speaking_it_stands_for_the_text_named_before(text, expected):
    assert _last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head, not the noun after its preposition (GUIDE decision 300)
        (
            "A review of the fishing quota appeared in the spring. It said the quota was set too high.",
            ("review", "said"),
        ),
        (
            "An essay on the old ferry law was printed last week. It argues that the fares were never fair.",
            ("essay", "argues"),
        ),
        (
            "A memo about the parking scheme reached staff on Tuesday. It warns that fees will double.",
            ("memo", "warns"),
        ),
        (
            "A provision in the lease was changed in 2019. It states that tenants may keep one dog.",
            ("provision", "states"),
        ),
    ],
)
def test_the_text_not_the_noun_after_its_preposition(text, expected):
    assert _last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proper-name modifier or possessive names the issuer (GUIDE decision 689(a))
        ("Reporters saw a Westfield memo last week. It notes that the mill failed two checks.", ("Westfield", "notes")),
        ("The board printed the Guild's audit on Monday. It says the toll costs more than it earns.", ("Guild", "says")),
    ],
)
def test_a_text_with_its_issuers_name_stands_for_the_issuer(text, expected):
    assert _last(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # set phrases and words with an act's, event's or thing's sense are no text
        "Rents rose fast in the winter. As a result, it said, the bakery would close in May.",
        "The mill will sell two trucks in order to cut costs. It said ten jobs would go.",
        "The release of the sailors was put off on Monday. It said the talks would go on in July.",
        "The hall shut at short notice on Tuesday. It said the roof had leaked.",
        "A column of dust rose over the quarry at noon. It said the blast was planned.",
        "The passage of the budget was held up until June. It said the delay would cost jobs.",
        # a body the text describes is the subject of the text's clause
        "The bureau, which issued a report in 2021, was shut last year. It said the decision was wrong.",
        "The ministry posted a notice on its website on Friday. It said the bridge would reopen soon.",
        # a text only named as when something happened in the speaking sentence
        "After the audit, it said the firm would pay a fine.",
    ],
)
def test_no_text_fits_and_it_stays_null(text):
    assert _last(text)[0] is None


def test_the_next_speaking_it_stands_for_the_same_text():
    text = (
        "The pamphlet explained the logic of the rotation scheme. Read it twice. "
        "It does not claim the plan is perfect. It just says it is the cheapest of three options."
    )
    assert attributions(text)[-2:] == [("pamphlet", "claim"), ("pamphlet", "says")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no text named before: nobody to stand for
        ("The village is quiet in winter. Few visitors come. It says the old mill will reopen in May.", (None, "says")),
        # a body spoke before: "it" stays the body's (Context.antecedent)
        (
            "Halden Water said it would raise prices. The report was short. It said the pipes needed repair.",
            ("Halden Water", "said"),
        ),
    ],
)
def test_no_text_named_or_a_body_that_spoke_keeps_the_reading(text, expected):
    assert _last(text) == expected
