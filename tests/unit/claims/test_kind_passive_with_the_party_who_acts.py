"""Kind, session 38: a future or modal passive whose "by" phrase names the party who is to act (GUIDE decision 840).

- "The repairs will be carried out by the harbour board": the "by" phrase names the one who carries the act out, and the
  unit reads as its active: `commitment`, modality by the frame or modal.
- Still `fact` (decision 6): a "by" phrase of a thing, tool or process ("replaced by a newer pump", "shipped by
  courier"), of a generic class ("any member", "local anglers", bare plurals; decision 16), of a time ("by May"); a verb
  of standing or view ("will be owned by"); a verb of a post or status with a body or a person as subject ("The guild is
  to be led by two wardens", "will not be employed by the city"; decisions 612, 713(b)), though the same verb with an
  activity as subject ("the search will be headed by the council") tells an act.
- A speech verb still ahead (decision 474) in the passive with its "by" phrase ("will be maintained by the archive at
  these handles:", "maintain" being a verb of saying) takes its kind from the party the "by" phrase names.
"""

import pytest
from test_kind import kind_of as _kind  # (the first claim's kind of an invented text)

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "The pier repairs will be carried out by the Kestrel Harbour Board.",
        "The new bus timetable is to be drawn up by Marta Quill.",
        "The inquiry into the fire will be chaired by a retired judge.",
        "The talks on the levy will be led by the mayor.",
        "The search for the missing boat will be headed by the council.",
        "The spending plan must be approved by the county council.",
        "The old posts will be maintained by the Westfold Archive at the following addresses:",
    ],
)
def test_a_passive_whose_by_phrase_names_the_party_who_acts_is_its_commitment(text):
    assert _kind(text) == "commitment"


@pytest.mark.parametrize(
    "text",
    [
        "The broken pump will be replaced by a newer model.",
        "The parcels will be shipped by courier.",
        "The meeting rooms can be booked by any member.",
        "The upper river may be fished by local anglers.",
        "Interns shouldn't have to be supervised by managers with little training.",
        "The new bridge will be finished by May.",
        "The stadium will be owned by the city.",
        # a post or a status of a body or a person (decisions 612, 713(b))
        "The guild is to be led by two wardens until the spring vote.",
        "Marta Quill will not be employed by the council.",
        "Until a new chief is picked, the agency will be run by the mayor.",
    ],
)
def test_a_by_phrase_of_a_thing_a_class_or_a_time_a_standing_or_a_post_held_stays_a_fact(text):
    assert _kind(text) == "fact"


def _first_claim(text):
    return extract_claims(text, split_sentences(text), published="2024-03-05")[0]


def test_a_passive_speech_verb_with_its_doer_is_no_report_and_keeps_the_modal():
    archive = _first_claim("The old posts will be maintained by the Westfold Archive at the following addresses:")
    assert (archive.kind, archive.attribution) == ("commitment", None)
    plan = _first_claim("The spending plan must be approved by the county council.")
    assert (plan.kind, plan.modality) == ("commitment", "obligation")
