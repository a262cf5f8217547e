"""Kind, session 62 (h66kind): "make" + an adjective told in the past of a party is what the party did.

- "I made sure the bag was under the seat", "Acme has made sure of that", "He's made it easy for the new players": a
  party (a person's pronoun, a named party, a body speaking of itself) as the subject of "make" + an adjective in the
  simple past or the active present perfect tells what the party did, someone did something (the kind section; GUIDE
  decision 932: a party as subject keeps its own kind, a past act in the present perfect an `event`, decision 439).
  Main read it as the state a happening left something in (`result_state`, a fact).
- Near-misses that stay facts: a thing as subject (decisions 864, 932), "made it clear" (decision 288: what was said
  decides), a present, a negation, a generic class, and a real passive.
- Session 63 mend (the review's regressions, rephrased): in the present perfect, decision 932's domain, only a party
  for sure acts; a named happening, law, illness, storm or tool, a name the model gives no party's type, and "they"
  (here the levies) keep the thing's effect, a `fact`.
"""

import pytest
from test_kind import kind_of as _kind  # (the first claim's kind of an invented text)

from declcli.claims import extract_claims
from declcli.sentences import split_sentences

PARTYS_OWN_ACTS = (
    "Then, when I got back to the car, I made sure the bag was under the seat.",  # simple past, a person's pronoun
    "Kestrel Foods has made sure of that by opening its doors early.",  # a named party, present perfect
    # (the parser reads "He's made it easy" as a passive "is made", "it" as the adjective's subject)
    "He's made it easy for the new players.",
    "The company says it has made it easier for beginners to edit their videos.",  # a body speaking of itself
)

STATES_LEFT_OR_SAID = (
    "The storm has made the coast road unsafe.",  # a thing's effect (decisions 864, 932)
    "The new rules made it harder to cancel a booking.",
    "The council has made it clear that the levy is final.",  # what was said decides (decision 288)
    "She makes it easy for the newcomers.",  # a present
    "She did not make it easy for the newcomers.",  # negated
    "Airlines have made it harder to cancel a booking.",  # a generic class (decision 16)
    "The orchard was made ready for the harvest.",  # a real passive
)

# a named happening, law, illness, storm or tool as the subject of the present perfect: its effect (decision 932)
NAMED_THINGS_EFFECTS = (
    "Covid has made it harder for grandparents to see their grandchildren.",  # an illness (claims.json disease_names)
    "Ebola has made it harder for nurses to reach the villages.",
    "Hurricane Delphine has made the harbour road unsafe.",  # a storm
    "The Clean Water Act has made the river safer for anglers.",  # a law
    "Copilot has made it easier for pupils to skip their homework.",  # a tool the model gives no party's type
    "The Commonwealth Games have made the town busier.",  # a happening
)


@pytest.mark.parametrize("text", PARTYS_OWN_ACTS)
def test_a_partys_past_make_with_an_adjective_is_what_it_did(text):
    assert _kind(text) == "event"


@pytest.mark.parametrize("text", STATES_LEFT_OR_SAID)
def test_a_things_effect_a_saying_and_other_forms_stay_facts(text):
    assert _kind(text) == "fact"


@pytest.mark.parametrize("text", NAMED_THINGS_EFFECTS)
def test_a_named_things_effect_in_the_present_perfect_stays_a_fact(text):
    assert _kind(text) == "fact"


def test_they_for_things_in_the_present_perfect_stays_a_fact():
    text = "The new levies came in last spring. They have made imported timber more expensive."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    assert claims[-1].kind == "fact"
