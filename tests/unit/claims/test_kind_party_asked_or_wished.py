"""Kind: who is the party that a commitment binds, when a party is asked, urged or wished to act.

- "asked/urged/told X to" + verb takes its kind from X, the one to act (GUIDE decisions 45, 331): the public or any
  reader asked to act ("viewers", "people", "the public", "New Yorkers", the writer's "you") is a generic class, so
  `fact` (decisions 16, 652(c)), named by a closed list of public roles; a specific body asked ("the council") stays a
  commitment; so do those of one occasion ("attendees", "jurors", "passengers on the flight"), members of a named body
  and bodies such as countries.
- "want X to" + verb: a passive, a state ("to sound rude") or a thing or year as X names no act of a party, a wish
  (decisions 171, 283): `fact`.
- "it" as the subject of "plans/hopes/intends to" stands for a body (only a party plans), and a one-word name the model
  leaves untyped before "said it will" is a body speaking of itself (decision 404: a person would be "he" or "she").
"""

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
    assert (
        _kind("Marlow Foods opened its first store in Leeds in 2019. It now plans to open two more stores in Wales.")
        == "commitment"
    )
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


def test_those_of_one_occasion_or_a_body_asked_to_act_are_parties():
    # GUIDE decisions 331, 643(a), 652: an open class of those taking part in one occasion is no public
    assert _kind("The judge told jurors to ignore the remark.") == "commitment"
    assert _kind("The carrier told passengers on the late ferry to stay seated.") == "commitment"
    assert _kind("The board urged shareholders to reject the offer at Friday's meeting.") == "commitment"
    assert _kind("Globex told employees to return to the office.") == "commitment"


def test_the_public_by_a_role_asked_to_act_is_a_generic_class():
    # GUIDE decisions 16, 331 ("people", "voters"), 377 ("residents"), 652(c) ("the public"): `fact`
    assert _kind("The party urged voters to turn out on Sunday.") == "fact"
    assert _kind("The ministry urged residents to stay indoors on Friday.") == "fact"
    assert _kind("The mayor urged the public to avoid the flooded bridge.") == "fact"
    assert _kind("The governor asked Ohioans to save power during the cold snap.") == "fact"
    assert _kind("The agency urged owners of older vans to check their tyres.") == "fact"
    assert _kind("The bank urged customers to change their passwords.") == "fact"


def test_the_public_called_on_to_act_is_a_generic_class():
    assert _kind("The minister called on people to stay at home.") == "fact"


def test_a_numeral_that_takes_up_parties_is_a_party():
    # GUIDE decision 171: "the two" takes up parties named before; a numbered team is an organisation
    assert _kind('"I want the two to meet and talk," the envoy said.') == "commitment"
    assert _kind('"We want the 49ers to sign him before the draft," Lee said.') == "commitment"


def test_ready_or_willing_to_act_is_no_state():
    # GUIDE decisions 261, 662: "is ready/willing to" + verb is the table's intention, an act of the party
    assert _kind('"We expect the carmaker to be ready to restart by June," the minister said.') == "commitment"
    assert _kind('"We want the lender to be willing to help small firms," the minister said.') == "commitment"


def test_an_untyped_name_before_said_it_will_with_weather_or_a_span_is_no_body():
    # GUIDE kind section ("It will rain": what nobody decides) and decision 404 (a person does not fit "it")
    assert _kind("Okafor said it will rain across the county on Saturday.") == "fact"
    assert _kind("Brandt said it will take months to repair the bridge.") == "fact"


def test_it_takes_up_its_antecedent_before_a_verb_of_aim():
    # GUIDE kind section: a commitment needs an agent who acts; a law, a film or a storm is none
    assert _kind("The new statute takes effect in May. It intends to shield tenants from sudden rent rises.") == "fact"
    assert _kind("The film follows two midwives through the flood. It wants to show what the town lost.") == "fact"
    # a company before "it" is a party: the table's aims, expects, seeks and "agrees" (kind section)
    assert _kind("Marlow Foods opened its first shop in York in 2019. It now aims to open 40 shops by 2027.") == "commitment"
    assert _kind("Marlow Foods opened its first shop in York in 2019. It has agreed to buy a rival chain.") == "commitment"


def test_a_trade_invited_to_an_open_call_is_a_generic_class():
    # GUIDE decision 652(c): a role held apart from the occasion it is invited to join
    assert _kind("The city will invite designers to submit plans for the new square.") == "fact"
