"""Kind: what research has given up to now and a study's measured change are its results, facts in the present perfect
and the past too (GUIDE decisions 270, 698(b)): "Previous research has identified three proteins", "A survey found a
sharp rise in commuting". Beside the near misses that stay events: researchers' own act of finding, an audit's find, a
study that made an act possible, and a thing a study found in the world told in the simple past."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Previous research has identified three proteins that slow the growth of the tumour.",
        "Studies of the new fertiliser have produced mixed results.",
        "The long-running experiment has yielded some surprising results.",
        # a study's measured change, found in the past (GUIDE decision 698(b))
        "A survey last spring found a sharp rise in bicycle commuting.",
        "A study of 2,000 drivers found a steep decline in night-time crashes.",
    ],
)
def test_study_results_are_facts(text):
    assert kinds(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Astronomers have discovered a faint ring around the dwarf planet.",
        "An audit has uncovered missing funds at the port authority.",
        "The analysis revealed dozens of errors in the ledger.",
        "Researchers found a drop of oil on the lens.",
    ],
)
def test_finds_of_parties_and_things_found_stay_events(text):
    assert kinds(text)[0] == "event"


def test_study_that_made_an_act_possible_is_not_its_result():
    # (the infinitive names what the team could then do, not a result the research has given)
    assert kinds("The study has allowed the team to map the reef in detail.")[0] != "fact"


@pytest.mark.parametrize(
    "text",
    [
        # what happened during a study is no result of it (GUIDE decision 270; claims.json `study_result_verbs`)
        "The study has enrolled 600 patients in four countries.",
        "The survey has drawn sharp criticism from farmers.",
        "The research has received funding from the European Union.",
        "The study has sparked a debate among doctors.",
        "The analysis has taken the team three years.",
        "The survey has reached 2,000 households so far.",
        "The experiment has used 40 tonnes of water.",
    ],
)
def test_happenings_during_a_study_stay_events(text):
    assert kinds(text)[0] == "event"


@pytest.mark.parametrize(
    "text",
    [
        # an audit's, inquiry's or probe's find is no study's measured change (GUIDE decision 698(b) names a study,
        # survey, trial or research; claims.json `measured_change_finder_nouns`)
        "The audit found a drop in revenue at the port.",
        "The probe found an increase in radiation near the crater.",
        "The inquiry revealed a fall in safety standards at the mine.",
    ],
)
def test_changes_found_by_audits_and_inquiries_stay_events(text):
    assert kinds(text)[0] == "event"


def test_a_trials_measured_change_is_a_fact():
    assert kinds("The trial showed a sharp fall in infections among nurses.")[0] == "fact"


def test_a_negated_result_to_date_is_no_fact():
    # (as a negated "the study found that …" is none: `_study_result_found`)
    assert kinds("The study has not found any link between the drug and heart disease.")[0] != "fact"
