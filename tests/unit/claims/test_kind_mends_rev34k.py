"""Kind and attribution, session 34 (mend34k): review rev34k's findings on h34kindc, h34kindef and h34attr2.

- A party's plural name ("Republicans", "the Conservatives") before "said it …" is a group, which takes "they": the
  "it" is the thing talked of, not the party (GUIDE decision 404), so a prediction stays a fact.
- A class with "will" and a day is decision 16's class, not one occasion's set (decisions 331, 652), when the day
  starts a standing rule ("From Monday, …", "starting Monday"), when a rate goes with it ("$15 an hour"), when the
  time is a duration or a daily clock time, or when the verb is undergone ("will lose their jobs").
- A move told by a noun of change, or a meal or trip a party had, is no happening when it recurs ("Each winter",
  "every Sunday", "twice a month": decision 438), when a trial measured it (decision 270), when it lies ahead ("had a
  trip planned", "a call to make"), or when "saw … as" judges it; the contracted "There's been a rise" is a perfect.
- A collective that the text marks as one body ("its", "has") is not what a later "they" stands for (decision 404);
  "the jury", "the staff" are collectives that are."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-05-01")


def _kind(text) -> str:
    return _claims(text)[-1].kind


def _source(text):
    last = _claims(text)[-1]
    return last.attribution and last.attribution.source


def test_a_party_plural_before_said_it_is_no_body_speaking_of_itself():
    assert _kind("The council passed the parking plan on Monday. City Republicans said it would cost shops dearly.") == "fact"
    assert _kind("The Conservatives said it will hurt village schools.") == "fact"


def test_a_company_plural_name_before_said_it_still_commits():
    assert _kind("General Motors said it would close the Lansing plant.") == "commitment"


def test_a_regime_from_a_day_is_a_generic_class():
    assert _kind("From Monday, drivers will pay more to park in the centre, the council said.") == "fact"
    assert _kind("Workers will earn at least $18 an hour starting Monday.") == "fact"


def test_a_duration_or_a_daily_clock_time_is_no_one_occasion():
    assert _kind("Under the plan, students will spend four hours a week on music.") == "fact"
    assert _kind("Workers will clock in at 6 a.m. under the new rota.") == "fact"


def test_a_class_undergoing_on_a_day_is_a_prediction():
    assert _kind("Workers will lose their jobs on Friday when the mill shuts.") == "fact"


def test_a_class_acting_on_one_day_stays_a_commitment():
    assert _kind("Pilots will walk out on Friday.") == "commitment"


def test_a_recurring_move_or_meal_is_no_happening():
    assert _kind("Each spring there was a surge in hay fever cases.") == "fact"
    assert _kind("As a girl, she had lunch with her aunt every Sunday.") == "fact"
    assert _kind("The mayor had dinner with builders twice a month.") == "fact"


def test_a_trial_s_measured_reduction_is_a_finding():
    assert _kind("In the trial, there was a 30 percent reduction in falls among residents given the drug.") == "fact"


def test_a_trip_planned_or_a_call_to_make_is_no_happening():
    assert _kind("The envoy had a trip to Riga planned for next month.") == "fact"
    assert _kind("The umpire had a hard call to make.") == "fact"


def test_saw_a_rise_as_likely_is_a_judgement():
    assert _kind("Traders saw a rise in bond yields as likely.") == "fact"


def test_the_contracted_perfect_of_there_has_been_tells_the_move():
    assert _kind("There's been a steep rise in bus fares.") == "event"


def test_a_collective_told_as_one_body_does_not_take_they():
    text = (
        "Inspectors toured the ferry on Monday.\n\n"
        "The crew had logged its course hours before the fire. They found that a fuel pipe had split."
    )
    assert _source(text) == "Inspectors"


def test_they_after_a_jury_is_the_jury():
    assert _source("The jury sat for three days.\n\nThey found that the firm had misled its savers.") == "jury"
