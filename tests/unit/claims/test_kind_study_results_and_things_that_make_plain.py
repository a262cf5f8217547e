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


# Review rev40h: the rule's boundaries by the guide.


@pytest.mark.parametrize(
    "text",
    [
        "Security researchers found that hackers had stolen data from 3 million customers.",
        "Researchers found that he had falsified the data.",
        "An analysis by the newspaper found that the mayor had accepted gifts from developers.",
        "Tests showed that the sprinter had taken a banned steroid.",
        "Tests showed that the horse had been given a sedative before the race.",
        "The study found that the drug maker paid the authors $2 million.",
        "Scientists revealed that the launch had been delayed by a fault.",
        "The lab tests determined that the water had been contaminated in June.",
    ],
)
def test_a_partys_act_or_one_incident_found_by_researchers_stays_an_event(text):
    assert kind_of(text) == "event"  # GUIDE decisions 17, 26, 270, 608


@pytest.mark.parametrize(
    "text",
    [
        "Official data showed the economy shrank 0.3% in the third quarter.",
        "Data showed that inflation rose to 3.2% in March.",
        "Figures showed that inflation rose to 3.2% in March.",
        "Results showed that the ruling party had won 40 seats.",
        "Exit polls showed that the ruling party had won a majority.",
    ],
)
def test_official_data_on_a_measures_move_or_an_election_result_stays_an_event(text):
    assert kind_of(text) == "event"  # GUIDE decisions 581, 555


@pytest.mark.parametrize(
    "text",
    [
        "The trial revealed that the minister had taken bribes.",
        "The trial showed that the defendant had lied to investigators.",
        "The tribunal's findings showed that the club had broken spending rules.",
        "The findings showed that officers failed to act on the warnings.",
    ],
)
def test_a_court_trial_or_a_tribunals_findings_are_no_study(text):
    assert kind_of(text) == "event"  # GUIDE decisions 17, 5


@pytest.mark.parametrize(
    "text",
    [
        "A second witness gave evidence by video link on Tuesday.",
        "The pathologist gave evidence at the trial on Monday.",
        "The prosecution offered evidence of the payments on Tuesday.",
    ],
)
def test_a_person_who_gave_evidence_testified_an_event(text):
    assert kind_of(text) == "event"  # GUIDE decisions 764 (a thing as subject), 144


@pytest.mark.parametrize(
    "text",
    [
        "The blast exposed dozens of workers to radiation.",
        "The recession exposed the bank to heavy losses.",
        "The breach exposed the personal data of 3 million customers.",
        "The hack exposed the emails of senior officials, the company said on Tuesday.",
    ],
)
def test_exposed_to_or_a_leak_is_a_happening_not_making_plain(text):
    assert kind_of(text) == "event"  # GUIDE decision 713(c)


@pytest.mark.parametrize(
    "text",
    [
        "The storm exposed the remains of a 17th-century ship on the beach.",
        "Heavy rain exposed the foundations of the old fort.",
        "The melting glacier revealed the body of a climber missing since 1986.",
        "The Webb telescope revealed a distant galaxy in March.",
    ],
)
def test_a_physical_uncovering_or_an_instruments_find_stays_an_event(text):
    assert kind_of(text) == "event"  # GUIDE decisions 607, 698(b)


@pytest.mark.parametrize(
    "text",
    [
        "The leaked memo revealed the names of the informants.",
        "Emails revealed the names of the informants.",
        "The letter revealed the scale of the losses.",
        "The court filing revealed the size of the payments.",
        "The indictment laid bare the scheme.",
    ],
)
def test_a_text_as_subject_keeps_the_tense_rule(text):
    assert kind_of(text) == "event"  # GUIDE decisions 17, 144


@pytest.mark.parametrize(
    "text",
    [
        "The find shed new light on the origins of farming.",
        "The collapse put the builders under scrutiny.",
        "The case thrust the judge into the spotlight.",
        "The scandal put the minister in the spotlight.",
    ],
)
def test_common_figures_of_notice_are_facts(text):
    assert kind_of(text) == "fact"  # GUIDE decisions 764, 820


@pytest.mark.parametrize(
    "text",
    [
        "Flares cast an eerie light on the city as the rockets struck.",
        "The new exhibit put the dress under glass.",
    ],
)
def test_a_literal_light_or_glass_is_no_figure_of_notice(text):
    assert kind_of(text) == "event"  # GUIDE decision 820
