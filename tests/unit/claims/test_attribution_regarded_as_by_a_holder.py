"""Attribution, session 38 (h38sees): the active "X sees / views / regards / considers / perceives Y as Z" of a named or
described holder reports the holder's judgement (GUIDE decisions 277, 714(d)): source the holder, cue the verb alone
(decision 195), the judgement a fact. The writer's own "we see" and the reader addressed stay the writer's voice
(decisions 25, 55); a relative clause ("what the board saw as …") and a judgement not made (negated, under a modal) give
none; "as of", "as well", "as low as" open no judgement; nor does the subject's own role or age
("saw combat as a soldier") or a phrasal "see out / through"; a report around the clause keeps its outer speaker."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def claims_of(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")


def first_attribution(text):
    claim = claims_of(text)[0]
    return claim.attribution and (claim.attribution.source, claim.attribution.cue)


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The ministry sees the harbour deal as a first step.", "ministry", "sees"),
        ("Several analysts regard the merger as risky for small lenders.", "analysts", "regard"),
        ("The farmers' union views the new levy as a tax on work.", "union", "views"),
        ("Dana Holt considers the fee as too high for most families.", "Dana Holt", "considers"),
        ("Many voters perceive the new timetable as a downgrade.", "voters", "perceive"),
        # (a party's view of itself is a judgement too, unlike "marketing itself as")
        ("The rebels see themselves as defenders of the valley.", "rebels", "see"),
        # (a described holder by stance, GUIDE decision 714(d))
        ("His supporters saw the verdict as a vindication.", "supporters", "saw"),
        # (a possessive after "as" names no post for a verb of regard)
        ("The coach sees the defence as its weak spot.", "coach", "sees"),
        # (the "as" hung on an infinitive that ends the object)
        ("The regulator viewed the bank's refusal to share its data as unacceptable.", "regulator", "viewed"),
        # (mend38j) "The WHO" is the World Health Organization, not the relative pronoun (decision 195)
        ("The WHO sees the new strain as a serious threat.", "WHO", "sees"),
        # a role judged of a person, not the subject's own
        ("Party members see the governor as a future president.", "Party members", "see"),
    ],
)
def test_a_holders_regard_with_as_gives_the_holder_and_the_verb(text, source, cue):
    attribution = first_attribution(text)
    assert attribution is not None
    assert attribution[1] == cue
    assert source in attribution[0]


def test_the_judgement_is_a_fact():
    claim = claims_of("The ministry saw the harbour deal as a first step.")[0]
    assert (claim.kind, claim.polarity, claim.modality) == ("fact", "positive", "none")


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own view and the reader addressed (GUIDE decisions 25, 55)
        "We see the harbour deal as a first step.",
        "You will see the term as a heading on old maps.",
        # a relative clause and a "what" clause (GUIDE decision 2)
        "Investors who see the founder as an oracle bought more shares.",
        "The clerk was blamed for what the board saw as a lapse.",
        # a judgement not made
        "The ministry does not see the harbour deal as a first step.",
        "Voters may see the harbour deal as a betrayal.",
        # an "as" that opens a fixed phrase, and an adjunct of purpose
        "The bank sees three rate cuts instead of the two forecast as of March.",
        "The envoy saw the minister as part of his regional tour.",
        # a deliberation under way weighs an option (GUIDE decision 276)
        "The council is considering the old depot as a site for the school.",
        # (mend38j) and so does a past weighing of an option or an agenda slot
        "The club considered Varga as a replacement but signed Lund instead.",
        "The county considered the quarry as a site for the new depot.",
        # (mend38j) the subject's own role or age at the time, with a thing seen
        "Mara Velt first saw the opera as a student in Vienna.",
        "Tomas Reyes saw combat as a soldier in the northern hills.",
        "Okafor saw action as a substitute in the second half.",
        "Ilse Brandt saw service as a medic during the flood.",
        # a phrasal "see out / see through" finishes a thing
        "The mayor saw the budget through as chair of the finance panel.",
        "The club saw the campaign out as league leaders.",
        # a comparative "as ADJ/ADV as" gives a figure or a time
        "The retailer saw its shares as low as $9 in April.",
        "Witnesses saw the missing hiker as recently as Sunday.",
        "The lender sees growth as strong as 4% next year.",
    ],
)
def test_no_holder_where_the_view_is_not_a_named_holders_judgement(text):
    assert first_attribution(text) is None


def test_a_report_around_the_view_keeps_its_outer_speaker():
    assert first_attribution("The coach said the players saw the draw as a setback.") == ("coach", "said")
