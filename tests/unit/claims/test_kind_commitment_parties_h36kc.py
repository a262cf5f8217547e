"""Kind, session 36 (h36kc): who is the party that a commitment binds.

- "asked/urged/told X to" + verb takes its kind from X, the one to act (GUIDE decisions 45, 331): the public or any
  reader asked to act ("viewers", "people", the writer's "you") is a generic class, so `fact` (decisions 16, 652(c));
  a specific body asked ("the council") stays a commitment; so do those of one occasion ("attendees"), members of a
  named body and bodies such as countries.
- "want X to" + verb: a passive, a state ("to sound rude") or a thing or year as X names no act of a party, a wish
  (decisions 171, 283): `fact`.
- "it" as the subject of "plans/hopes/intends to" stands for a body (only a party plans), and a one-word name the model
  leaves untyped before "said it will" is a body speaking of itself (decision 404: a person would be "he" or "she").
- The passive of a past forcing ("was forced to sit out") tells what happened, like the active (decision 556(a))."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _claims(text):
    return extract_claims(text, split_sentences(text), published="2024-05-01")


def _kind(text) -> str:
    return _claims(text)[-1].kind


def test_the_public_asked_to_act_is_a_generic_class():
    assert _kind("The museum is asking visitors to vote for a name for its new owl.") == "fact"
    assert _kind("The health minister urged people to wash their hands often.") == "fact"


def test_any_reader_asked_to_act_is_a_generic_class():
    assert _kind("We urge you to check your smoke alarms this weekend.") == "fact"


def test_a_specific_body_asked_to_act_stays_a_commitment():
    assert _kind("The union urged the city council to reject the budget.") == "commitment"


def test_a_wish_for_what_is_done_to_another_is_no_commitment():
    # "want X to" + verb takes its kind from X's act (GUIDE decisions 171, 283): a passive names no act of a party
    assert _kind('The families said: "We want him to be jailed for life."') == "fact"


def test_a_wish_for_a_state_or_for_a_thing_is_no_commitment():
    assert _kind('"I don\'t want him to sound arrogant," the coach said.') == "fact"
    assert _kind("The club wants its new app to launch in May.") == "fact"


def test_a_wish_for_a_party_to_act_stays_a_commitment():
    assert _kind('"We want them to leave the village," the mayor said.') == "commitment"


def test_it_that_plans_or_hopes_is_a_body():
    # only a party plans or hopes: "it" there stands for the company or charity told of before
    assert _kind("Globex opened its first store in Leeds in 2019. It now plans to open two more stores in Wales.") == "commitment"
    assert _kind("The charity raised two million pounds last year. Now it hopes to build a new shelter.") == "commitment"


def test_it_that_threatens_or_aims_stays_a_thing():
    assert _kind("The storm hit the coast on Monday. It threatens to flood the valley.") == "fact"
    assert _kind("The bill passed on Monday. It aims to cut waste.") == "fact"


def test_a_one_word_name_without_a_type_speaking_of_it_is_a_body():
    # "Hulu said it will …": a name the model leaves untyped; a person would be "he" or "she" (GUIDE decision 404)
    assert _kind("Hulu said it will begin charging for its app next year.") == "commitment"
    assert _kind("Maria Lopez said it will rain tomorrow.") == "fact"


def test_those_of_one_occasion_members_of_a_body_and_bodies_asked_to_act_are_parties():
    # decision 331's attendees of one occasion, members of a named body, and bodies such as countries are parties
    assert _kind("At the gala, she encouraged attendees to donate to the shelter.") == "commitment"
    assert _kind("The group asked members of the Harbor Commission to delay the vote.") == "commitment"
    assert _kind("The agency urged countries to keep their testing sites open.") == "commitment"


def test_a_wish_supposed_under_would_is_no_bodys_aim():
    assert _kind("Lee said that if Globex could, it would want to sell the plant.") == "fact"


def test_the_passive_of_a_past_forcing_is_what_happened():
    assert _kind("Torres was forced to sit out the first eight games of the season.") == "event"
    assert _kind("Residents were forced to flee their homes on Monday.") == "event"


def test_a_forcing_whose_act_is_ahead_stays_a_commitment():
    assert _kind("The club will be forced to sell its ground.") == "commitment"
