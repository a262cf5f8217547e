"""Frames of the modality table whose infinitive or clause the parser hangs apart from them, clauses after "suggest",
"invite" and verbs of command (benchmarks/claims_real/GUIDE.md, its modality table and decisions 5, 76, 101, 210, 331,
749), and reporting verbs inside a verb of phase (decision 402)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def first(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


@pytest.mark.parametrize(
    "text, modality",
    [
        # A table verb whose infinitive follows only its own adverbials of time, place or occasion, which the parser
        # then hangs on the verb as an adverbial clause: the frame still governs it.
        (
            "The governor promised on Thursday to fight the groups pushing the state towards ruin, hours before the "
            "opposition plans large rallies to demand new elections.",
            "intention",
        ),
        ("The minister vowed at a rally in the capital on Sunday to punish those behind the attack.", "intention"),
        # Not a verb whose infinitive there is a purpose, nor one with an object before the infinitive, nor a passive
        # (the infinitive tells the thing's use).
        ("He travelled on Monday to meet the minister.", "none"),
        ("She looked at the data for hours to find the error.", "none"),
        ("The firm offered him money to leave.", "none"),
        ("These pager alerts are intended as a backup system to warn nurses of alarms on the ward.", "none"),
        # "gear up to", a phrasal verb of preparing, read like the table's "is preparing to" (decision 5).
        ("The two clubs are gearing up to launch a joint bid for the tournament.", "intention"),
        ("The mechanics geared up to strip the engine.", "intention"),
        # "set out to" is no frame (the gold's reading, GUIDE decision 5): no modality, in any tense.
        ("In his book, Ezra Klein sets out to answer a simple question.", "none"),
        ("The two founders set out to make paying by card easier.", "none"),
        # A verb of deciding keeps its frame when the parser hangs a noun from further on as its object after the
        # infinitive (decisions 76, 210); the thing chosen before it ("chose their mezcals to give …") stays none.
        ("The mayor decided to resign and she's been calmer ever since -- the reason why she's so popular.", "intention"),
        ("They chose their mezcals to give guests a selection.", "none"),
        # A clause after "suggest/insist that" stating what is (decision 101): what a study, its data or results
        # suggest, or an indicative "are" (the mandative form is "be"), reports like "say".
        ("The survey results suggest that most farmers support the new levy.", "none"),
        ("New research suggests rents are highest in the capital.", "none"),
        ("Since the divorce, the actor has insisted that the two are close friends.", "none"),
        # An action a party suggests someone take stays a recommendation (decision 76).
        ("Doctors suggest that patients avoid salt.", "recommendation"),
        # "invited X to" + verb reads like "urged X to" (decision 331); not "invited X to" a place or an occasion.
        ("The museum invited two local painters to design the new entrance.", "recommendation"),
        ("Residents are invited to submit their ideas by March.", "recommendation"),
        ("The club invited the mayor to the opening.", "none"),
        # A verb of command with a that-clause in the mandative form reports the order: obligation (decision 749), also
        # where the tagger reads the clause's verb as a present after the past "ordered".
        ("The court ordered that the city lift all restrictions.", "obligation"),
        ("The board ordered that the gates be locked at dusk.", "obligation"),
        ("The coach demanded that every player attend the drill.", "obligation"),
        # "asked that" + a mandative passive reads like "asked X to": recommendation.
        ("The union asked that the vote be delayed.", "recommendation"),
        # "are" is no mandative form ("are sealed": an indicative passive): no command read.
        ("The judge ordered that the files are sealed.", "none"),
    ],
)
def test_modality_of_the_frame(text, modality):
    assert first(text).modality == modality


PHASE_FRAMED_REPORTS = (
    "He proceeded to argue that the law was void if signed late.",
    "She began to insist that the fee was illegal if charged twice.",
    "The board continued to warn that the plant would close if subsidies ended.",
    "The union started to claim that the mine could reopen if the price rose.",
)


def test_reporting_verb_inside_a_verb_of_phase():
    """Decision 402: like "went on to", the reporting verb in the infinitive of "began/continued/started to" gives no
    attribution; the phase verb's clause is the main statement, so the reported clause's modal and its "if" are not
    the unit's (no table verb: modality none; a statement)."""
    readings = {text: first(text) for text in PHASE_FRAMED_REPORTS}
    assert {text: (c.attribution, c.modality, c.mood, c.condition) for text, c in readings.items()} == {
        text: (None, "none", "statement", None) for text in PHASE_FRAMED_REPORTS
    }


def test_reporting_verb_after_an_effort_verb_still_reports():
    # (the phase list leaves the effort verbs as they were: "has tried to suggest that …" reports)
    claim = first("The senator has tried to suggest that the bill would fail.")
    assert claim.attribution is not None and claim.attribution.cue == "suggest"


@pytest.mark.parametrize(
    "text, kind, modality",
    [
        # Decision 101: a present after a plural subject or "they" states what is after "insist" (reported like
        # "say": kind and modality from the clause), and after "suggest" where its verb is stative or a finding
        # suggests it ("the data", whose lemma is "datum").
        ("The rebels insist they control the city.", "fact", "none"),
        ("Officials insist the plants pose no risk to residents.", "fact", "none"),
        ("Satellite images suggest the troops remain near the border.", "fact", "none"),
        ("The data suggest that the cells react to light.", "fact", "none"),
        # A base form after a singular subject is only mandative, whoever suggests it: a report, review or audit that
        # suggests an action recommends it (decision 76).
        ("The review suggests that ministers scrap the scheme.", "commitment", "recommendation"),
        ("The report suggests that the city hire more teachers.", "commitment", "recommendation"),
        ("An independent audit suggested that the club sell its stadium.", "commitment", "recommendation"),
        ("The coach insisted that every player attend the drill.", "fact", "recommendation"),
    ],
)
def test_suggest_or_insist_that_by_the_clause_s_mood(text, kind, modality):
    claim = first(text)
    assert (claim.kind, claim.modality) == (kind, modality)


@pytest.mark.parametrize(
    "text, source, cue",
    [
        # Decision 749: a verb of command that also reports ("instructed") frames a mandative clause as an order.
        ("The president instructed that the embassy be evacuated.", "president", "instructed"),
        ("The president instructed that staff leave the embassy.", "president", "instructed"),
    ],
)
def test_a_reported_command_in_the_mandative_form(text, source, cue):
    claim = first(text)
    assert (claim.modality, claim.attribution.source, claim.attribution.cue) == ("obligation", source, cue)


def test_a_perfect_command_with_a_singular_subject_s_bare_verb():
    # (the tagger reads "pay" as a present here; a singular subject's bare verb and a perfect frame rule out an
    # indicative, decision 749)
    assert first("The court has ordered that the company pay $2 million in damages.").modality == "obligation"


@pytest.mark.parametrize(
    "text",
    [
        # Decision 331 is about inviting a party to act; inviting bids, applications or criticism asks for a thing,
        # and the infinitive is its purpose: no recommendation.
        "The government invited applications to fill 500 teaching posts.",
        "The ministry invited bids to build the bridge.",
        "The minister invited criticism to rain down on her by refusing to comment.",
    ],
)
def test_inviting_a_thing_is_no_recommendation(text):
    assert first(text).modality == "none"
