"""Kind of fact forms read as events before session 40 (h40kfe): what a study, test or its scientists found, told in the
past (GUIDE decisions 17, 270, 608(a)), and what a thing or happening made plain with a noun phrase, in the past and the
present perfect too: "exposed", "laid bare", "yielded clues to", "put a spotlight on" (GUIDE decisions 713(c), 764, 820)."""

import pytest
from test_kind import kind_of


@pytest.mark.parametrize(
    "text",
    [
        "The study found that the river's trout moved upstream to cooler water.",
        "Blood tests showed the patient's kidney had failed.",
        "Researchers found that the ice shelf had thinned by a third.",
        "The trial showed that the patients were able to walk further.",
    ],
)
def test_what_a_study_found_is_its_result_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry found that the guard had slept through the alarm.",
        "Researchers found that they had mislabelled the samples.",
        "Police found that the driver had fled the scene.",
    ],
)
def test_an_inquirys_finding_or_the_researchers_own_act_stays_an_event(text):
    assert kind_of(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The flood has exposed the weakness of the sea wall.",
        "The strike laid bare the union's divisions.",
        "The long dispute highlighted the cost of the ferry contract.",
        "The wreck has yielded fresh clues to the old trade routes.",
        "The leak put a spotlight on the council's spending.",
        "The long delay put the ferry board under the magnifying glass.",
        "This underlined the need for a second bridge.",
    ],
)
def test_what_a_thing_or_happening_made_plain_is_a_fact(text):
    assert kind_of(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council revealed its plan for the harbour on Monday.",
        "Critics highlighted the risks at the hearing.",
        "The analysis revealed many errors in the ledger.",
        "The storm gave the crew a fright.",
        "The workers were exposed to the fumes on Monday.",
        "The council's decision has exposed a rift within the coalition.",
    ],
)
def test_a_party_a_study_or_another_object_keeps_its_reading(text):
    assert kind_of(text) == "event"
