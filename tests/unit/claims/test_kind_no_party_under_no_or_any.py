"""Kind of a modal statement whose subject is a noun under a negative or free-choice determiner ("no", "any", "whatever",
"whichever"): "No ferry captain would sail in that fog", "Any apprentice can fit the part" say what any member of a class
may, must or will do, or what none of them does, and point at no member the text names. Such a subject is a generic class
whatever its noun, a person's noun included, not a specific party: kind `fact` (GUIDE decisions 16 and 596), modality
and polarity as usual. A definite or indefinite subject of the same nouns ("The harbour pilot will take the tanker through on
Monday", "A spokesman said the club would appeal"), a named party and a "no" inside the object keep their readings, and so
does a subject that ranges over a definite set of parties (decisions 331, 596): a side, party, member, partner or
signatory ("no member state shall …"), a set named by a proper modifier ("No OPEC country will …", as "Chinese companies"
names parties), or a set the paragraph already has in view ("The two banks met … No bank will …", "X and Y signed the
pact. No country will …")."""

import pytest
from test_mood import first_claim

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

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
    ("commitment", "possibility", "negative"): (
        "Under the truce, no party may move troops into the buffer zone.",
        # a set named by a proper modifier, as "Chinese companies" names parties
        "No Andean firm can ship the ore without a permit.",
    ),
    ("commitment", "intention", "negative"): (
        "Lee Harbour Ltd will pay no compensation to the fishermen.",
        # one of the members, partners or signatories of a bloc, coalition or treaty
        "The alliance's envoy said no member would send warships to the gulf.",
        "The ruling bloc's partners agreed that no partner would quit the cabinet before the vote.",
        "No OPEC country will raise its output this winter, the ministers said.",
        "No ASEAN member will block the trade pact, officials said.",
    ),
    ("commitment", "obligation", "negative"): (
        "No member state shall levy new duties on farm goods from the union, the accord says.",
    ),
    ("commitment", "possibility", "positive"): ("Any Nordic member can block the motion under the council's rules.",),
    ("event", "none", "negative"): ("No injuries were reported after the ferry ran aground.",),
}

# A set the paragraph already has in view: a definite plural of the same noun, or two named parties coordinated. The last
# sentence's first claim is the one judged.
SET_IN_VIEW = {
    ("commitment", "intention", "negative"): (
        "The four dockers' unions met on Thursday. No union will walk out during the harvest, their leaders said.",
        "Both airlines signed the accord. No airline will add flights to the island this season.",
        "The two banks met the regulator on Friday. No bank will raise mortgage rates before the spring.",
        "Lindmark and Osterhaven signed the river pact. No country will divert water from the delta.",
        "The council's ministers met on Saturday. No minister will oppose the new charter, a spokesman said.",
    ),
    ("fact", "intention", "negative"): (
        # a bare plural before is a class, not a set in view
        "Banks are nervous. No bank will finance a trawler with that much debt.",
    ),
}


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for expected, texts in CASES.items() for text in texts])
def test_subject_under_no_or_any_is_no_party(text, expected):
    claim = first_claim(text)
    assert (claim.kind, claim.modality, claim.polarity) == expected


@pytest.mark.parametrize(("text", "expected"), [(text, expected) for expected, texts in SET_IN_VIEW.items() for text in texts])
def test_no_or_any_over_a_set_in_view_keeps_its_party(text, expected):
    second = text.index(". ") + 2
    claims = [c for c in extract_claims(text, split_sentences(text), published="2024-03-05") if c.start >= second]
    assert claims, text
    assert (claims[0].kind, claims[0].modality, claims[0].polarity) == expected


def test_named_modifier_reads_as_its_plural():
    """ "No Andean firm can …" reads as "Andean firms cannot …": both a set named by a proper modifier."""
    one = first_claim("No Andean firm can ship the ore without a permit.")
    plural = first_claim("Andean firms cannot ship the ore without a permit.")
    assert one.kind == plural.kind == "commitment"
