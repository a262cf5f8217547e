"""Kind of a modal statement whose subject is a noun under a negative or free-choice determiner ("no", "any", "whatever",
"whichever"): "No ferry captain would sail in that fog", "Any apprentice can fit the part" say what any member of a class
may, must or will do, or what none of them does, and point at no member the text names. Such a subject is a generic class
whatever its noun, a person's noun included, not a specific party: kind `fact` (GUIDE decisions 16 and 596), modality
and polarity as usual. A definite or indefinite subject of the same nouns ("The harbour pilot will take the tanker through on
Monday", "A spokesman said the club would appeal"), a named party and a "no" inside the object keep their readings."""

import pytest
from test_mood import first_claim

# (kind, modality, polarity): its sentences. The class first, then near misses that keep their readings: a definite,
# possessed or introduced subject of the same nouns, a named party, a side or party of a set in view under "no", and
# "no" in the object or on a passive's subject.
CASES = {
    ("fact", "intention", "negative"): (
        "No harbour pilot would take a tanker through the strait in that storm.",
        "No customers will pay that much for a ferry ticket.",
        "No senator would vote for that bill.",
    ),
    ("fact", "possibility", "negative"): ("No country can keep its ports open for long without fuel.",),
    ("fact", "possibility", "positive"): (
        "Any lawyer can file the appeal for a client.",
        "Any graduate student can run the test in an afternoon.",
        "Any official may sign the permit.",
    ),
    ("commitment", "intention", "positive"): (
        "The harbour pilot will take the tanker through the strait on Monday.",
        "The country will keep its ports open through the winter.",
        "A spokesman said the club would appeal the ruling.",
    ),
    ("commitment", "obligation", "positive"): ("The club must register its players before the deadline.",),
    ("commitment", "possibility", "negative"): ("Under the truce, no party may move troops into the buffer zone.",),
    ("commitment", "intention", "negative"): ("Lee Harbour Ltd will pay no compensation to the fishermen.",),
    ("event", "none", "negative"): ("No injuries were reported after the ferry ran aground.",),
}


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for expected, texts in CASES.items() for text in texts])
def test_subject_under_no_or_any_is_no_party(text, expected):
    claim = first_claim(text)
    assert (claim.kind, claim.modality, claim.polarity) == expected
