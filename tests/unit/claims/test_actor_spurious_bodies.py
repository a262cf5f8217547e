"""Actor precision: names the model calls bodies or persons that name no participant (GUIDE: actors): a genus or a
species named by its Latin form (decision 568)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[a.name for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


FOSSIL_STORY = (
    "Dr Mara Quell said Brontoceratops grazed on the river plains. "
    "Researchers at Kestrel University said Velorisaurus had a shorter jaw than other sauropods. "
    "The results indicate that Brontoceratops and Velorisaurus had different approaches to feeding. "
    "Tessarix kendalli was larger than most carnivorous mammals, Dr Mara Quell said. "
    "The Tessarix fossil is preserved across two slabs. "
    "But Tessarix gives us a good idea of the very first primates. "
    "Brontoceratops was also hefty, weighing about 2.5 tonnes. "
    "Harvard alumni gave more money this year. "
    "Mastodon said it would cut jobs."
)


def test_a_genus_named_by_its_formant_is_no_actor_even_as_agent():
    units = actors_by_unit(FOSSIL_STORY)
    assert units[0] == ["Mara Quell"], units
    assert units[1] == ["Kestrel University"], units
    assert units[2] == [] and units[6] == [], units


def test_a_genus_named_with_a_latin_epithet_is_no_actor_in_any_mention():
    units = actors_by_unit(FOSSIL_STORY)
    assert units[3] == ["Mara Quell"], units
    assert units[4] == [] and units[5] == [], units


def test_bodies_shaped_like_no_taxon_stay_actors():
    assert actors_by_unit(FOSSIL_STORY)[7:] == [["Harvard"], ["Mastodon"]]
    units = actors_by_unit(
        "Harvard alumni gave more money this year, the university said. "
        "Mastodon said on Monday it would cut 30 jobs. "
        "Titan said its profits rose."
    )
    assert units == [["Harvard"], ["Mastodon"], ["Titan"]], units


def test_our_sun_is_a_thing_of_the_sky_and_the_sun_a_newspaper_acting():
    units = actors_by_unit(
        "Astronomers can learn a lot about the birth of our Sun by examining young stars. "
        "This study reveals that our Sun was both active and feisty as a toddler, Dr Mara Quell said. "
        "The star weighs about 80 percent as much as our Sun."
    )
    assert units == [[], ["Mara Quell"], []], units


def test_an_event_named_by_several_words_ending_in_its_kind_is_no_actor():
    units = actors_by_unit(
        "Kestrel Derby winner Starlight Run and Harlow Derby champion Blue Moss trained together on Monday. "
        "The horse skipped the Kestrel Derby, trainer Dana Lee said. "
        "Ten Derby winners were born on the farm. "
        "The Harlow Stakes drew a big crowd."
    )
    assert not any("Derby" in name or "Stakes" in name for unit in units for name in unit), units
    assert ["Dana Lee"] in units, units


def test_a_faiths_adjective_the_model_marks_as_a_body_is_no_actor():
    units = actors_by_unit(
        "Car bombs hit Shi'ite neighborhoods across the capital on Tuesday evening. "
        "A staid Mormon ex-governor of Utah ran for the seat, Dana Lee said."
    )
    assert units[0] == [], units
    assert "Mormon" not in units[1] and "Dana Lee" in units[1], units


@pytest.mark.parametrize(
    "text",
    [
        "The president follows the Alawite branch of the faith.",
        # a community named by religion is a generic class (GUIDE decision 280)
        "The Ahmadi prayer hall was set on fire overnight.",
        "The Druze elder said on Tuesday that his village would stay neutral.",
        "The Yazidi shrine was rebuilt last year.",
    ],
)
def test_a_faiths_adjective_the_model_marks_as_a_person_or_body_is_no_actor(text):
    units = actors_by_unit(text)
    assert not any(creed in name for unit in units for name in unit for creed in ("Alawite", "Ahmadi", "Druze", "Yazidi")), units


def test_a_market_index_is_no_actor_even_as_the_subject_that_moves():
    units = actors_by_unit(
        "The Harbour Jones Industrial Average rose 220 points as stock indexes powered to highs. "
        "The Kestrel Europe 600 Index added 0.9 percent as mining companies rallied. "
        "The Ferro Composite lost 1.85 points. "
        "Pfizer Inc. fell 1.2 percent for the steepest slide in the Harbour."
    )
    assert units[:3] == [[], [], []], units
    assert units[3] == ["Pfizer Inc"], units


def test_a_body_before_an_english_word_shaped_like_an_epithet_stays_an_actor():
    # "-orum", "-Ci": English words of an epithet's form ("quorum", "forum", "glitterati", "chilli") name no species
    # in an article about no beings, nor does a name that speaks or a known body's name in any case
    units = actors_by_unit("The Senate quorum call lasted an hour. The Senate passed the bill 67-32.")
    assert units == [["Senate"], ["Senate"]], units
    units = actors_by_unit("Members of the Nato forum met on Monday. Nato said it would send more troops.")
    assert units == [["Nato"], ["Nato"]], units
    units = actors_by_unit("Marlowe said on Monday it would raise prices. Sales of Marlowe chilli sauce doubled last year.")
    assert units == [["Marlowe"], ["Marlowe"]], units


def test_a_person_or_a_place_after_of_ending_in_an_event_word_stays_an_actor():
    # "Derby" as a surname or as the place after "of" is no event's last word (GUIDE: actors, decision 279)
    units = actors_by_unit("Councillor Jim Derby said the plan would go ahead.")
    assert units == [["Councillor Jim Derby"]], units
    units = actors_by_unit("Researchers at the University of Derby found that the drug worked.")
    assert units == [["University of Derby"]], units


def test_a_clubs_short_name_that_is_also_an_event_word_stays_an_actor():
    # "Derby" alone is the short name of a club, not an event named by one word like "the Finals"
    units = actors_by_unit("City beat Derby in the FA Cup.")
    assert "Derby" in units[0], units


def test_a_body_named_before_its_events_word_runs_the_event():
    # decisions 110, 647: "the Harlow Rotary Club Marathon" lists the club, not the event
    units = actors_by_unit(
        "The Harlow Rotary Club Marathon raised $40,000 for the hospital on Sunday. "
        "The Port Elm Sailing Club Regatta drew 80 boats on Saturday."
    )
    assert units == [["Harlow Rotary Club"], ["Port Elm Sailing Club"]], units


def test_a_market_index_in_the_wires_lower_case_is_no_actor():
    # decision 453: "the Kestrel world index", "the Harbour share average" as the wire writes them
    units = actors_by_unit("The Kestrel world index rose 0.3 percent on Monday. The Harbour share average fell 1 percent.")
    assert units == [[], []], units


def test_only_an_events_name_gives_up_the_body_before_its_last_word():
    units = actors_by_unit(
        "Grant funding can be used for Private or Group Voice, Dance, or Music lessons; theatre training programs "
        "that stand alone or are housed in professional theatre settings."
    )
    assert not any(name == "Private or Group" for unit in units for name in unit), units
