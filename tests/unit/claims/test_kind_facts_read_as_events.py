"""Kind: units that state a fact (a study's result, a state, a description) which declcli read as events. Each test
pairs the fact form with the near miss that stays an event."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_study_result_before_a_closing_finding_tag_is_a_fact():
    # "X, the researchers found" is the same finding as "The researchers found that X" (GUIDE decisions 17, 270)
    assert kinds("Snowfall across the northern valleys has dropped by nearly a third since 1990, the researchers found.") == [
        "fact"
    ]
    assert kinds("Many of the rarest orchids grew only on north-facing slopes, the study found.") == ["fact"]


def test_a_partys_act_or_an_inquirys_finding_before_the_tag_stays_an_event():
    assert kinds("The night guard had fallen asleep at his post, the inquiry found.") == ["event"]
    assert kinds("Hackers had stolen the payroll data, the researchers found.") == ["event"]


def test_a_charge_in_the_bare_present_passive_is_the_partys_standing():
    # GUIDE decision 787: "is charged with" + the charge, no time word, like "faces three counts"
    assert kinds("Dana Morrow, 44, is charged with arson and burglary.") == ["fact"]
    assert kinds("Each of the two clerks is charged with three counts of forging invoices.") == ["fact"]


def test_a_charge_brought_at_a_moment_in_a_past_or_perfect_or_by_a_gerund_stays_an_event():
    assert kinds("Dana Morrow was charged on Monday with arson.") == ["event"]
    assert kinds("Dana Morrow has been charged with arson.") == ["event"]
    assert kinds("Morrow is charged today with arson.") == ["event"]
    assert kinds("Morrow is accused of leaking the budget files to a rival firm.") == ["event"]
