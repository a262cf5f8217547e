"""Actor recall: a company whose one-word name the article also writes in lower case as a common word ("an acorn")
is still a body where the article has it report something inside a sentence ("On Monday, Acorn announced that …")
and at its other mentions as a body (a possessive owner, GUIDE decision 54), and a well-known company's name stays a
body beside its common word ("an apple"); the name used for the company's goods ("Acorn watches") or after "the" as
the thing stays no actor (decisions 12, 628), and a common word that never reports inside a sentence stays no body
("The Schedule", "Neuroscience tells us …")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

ACORN = (
    "On Monday, Acorn announced that its assets had been sold to a rival. The new tracker looks like an acorn on a string. "
    "Staff at Acorn's offices in Dayton were told the news by email. Owners of older Acorn watches will still get updates. "
    "The Acorn first shipped in 2014."
)


def organisations_per_claim(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [[a.name for a in c.actors if a.type == "organization"] for c in claims]


def test_a_company_that_reports_is_a_body_beside_its_common_word():
    per_claim = organisations_per_claim(ACORN)
    assert per_claim[0] == ["Acorn"], per_claim
    assert per_claim[2] == ["Acorn"], per_claim  # the possessive owner, the company itself (not "Acorn's offices")


def test_its_goods_and_the_thing_after_the_stay_no_actors():
    per_claim = organisations_per_claim(ACORN)
    assert per_claim[1] == [], per_claim
    assert per_claim[3] == [], per_claim  # "older Acorn watches": the brand before its goods (decision 628)
    assert per_claim[4] == [], per_claim  # "The Acorn first shipped": the thing


def test_a_well_known_company_stays_a_body_beside_its_common_word():
    per_claim = organisations_per_claim("Samsung trimmed prices to take on rival Apple across Asia. I ate an apple at my desk.")
    assert per_claim == [["Samsung", "Apple"], []], per_claim


def test_a_common_word_that_never_reports_stays_no_body():
    # the near miss: a capitalised common word the article also writes in lower case, which reports nothing
    per_claim = organisations_per_claim("The Schedule was published on Monday. The schedule lists every game of the season.")
    assert per_claim == [[], []], per_claim


def test_a_common_word_that_reports_only_as_a_sentences_first_word_stays_no_body():
    # the near miss: a capital that opens the sentence may be the common word's own ("Neuroscience tells us …")
    per_claim = organisations_per_claim(
        "Neuroscience tells us that most of our choices are made before we notice them. "
        "Work in neuroscience has grown fast over the past decade."
    )
    assert per_claim == [[], []], per_claim


def test_a_company_named_by_a_common_word_in_use_is_its_goods():
    # "treat it as a maker": its product in use ("running with Acorn", "wear Acorn") names no actor (decision 628); the
    # near miss, "working with Acorn", has the company a party
    per_claim = organisations_per_claim(
        "On Monday, Acorn announced that it had raised $5 million. The tracker looks like an acorn. "
        "'I love running with Acorn, but I still carry my phone,' one buyer said. Many runners wear Acorn every day. "
        "Staff said they enjoy working with Acorn. I don't use Acorn."
    )
    # (a service used stays its company: "I don't use Facebook", 629#1)
    assert per_claim == [["Acorn"], [], [], [], ["Acorn"], ["Acorn"]], per_claim


def test_a_well_known_company_before_its_goods_beside_its_common_word_is_no_actor():
    # the brand before its goods (decision 628), beside "an apple"
    per_claim = organisations_per_claim("She ate an apple at lunch. Reviewers said that Apple headphones are too expensive.")
    assert "Apple" not in per_claim[1], per_claim


def test_a_well_known_company_opening_a_sentence_beside_its_common_word_is_a_body():
    per_claim = organisations_per_claim("Apple said on Monday that profits rose. An apple fell from the tree.")
    assert per_claim == [["Apple"], []], per_claim
