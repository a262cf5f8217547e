"""Actor precision: names the model marks that name no participant (GUIDE: actors name participants; places are no
actors unless they act): a hashtag of words run together, a continent's or a milestone's name introduced as "a NOUN
called X" (decisions 12, 428), and a capital named as the owner of a part of itself ("Nairobi's leafy enclave") or of a
square whose name the model misreads ("[march on Moscow's] Manezh Square")."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [(a.name, a.type) for c in claims for a in c.actors]


def names(text):
    return [name for name, _ in actors(text)]


def countries(text):
    return [name for name, kind in actors(text) if kind == "country"]


# a hashtag of several words run together: the label a post files itself under


def test_a_hashtag_of_a_persons_name_run_together_is_no_actor():
    assert names("I know three or four men, of different backgrounds, who look like #JohnPaulKestrel.") == []


def test_a_hashtag_of_an_events_words_run_together_is_no_actor():
    assert names("And now, to the very last minute: #ProbeTouchdown.") == []


def test_a_hashtag_of_a_films_title_run_together_is_no_actor_beside_the_speaker():
    assert names("Forget the reviews. #ThePicnic gets my vote for best film, Mark Delaney said.") == ["Mark Delaney"]


def test_a_hashtag_of_one_teams_name_still_names_the_team():
    found = names("The #Ravens best-graded player on offence against the #Bengals was Tom Harlow.")
    assert "Ravens" in found and "Bengals" in found


# "a NOUN called X" for a continent or a milestone


def test_a_continent_called_by_a_name_is_no_actor():
    text = "The bones were found in rock that once formed part of a continent called Laurentica, which geologists have studied."
    assert names(text) == []


def test_a_milestone_called_by_a_name_is_no_actor():
    assert names("The agency reached a milestone called Phase Gate Two in March.") == []


def test_a_milestones_name_goes_but_the_body_that_set_it_stays():
    text = (
        "Those estimates, developed by NASA for a programme milestone called Key Decision Point D (KDP-D), were completed in May."
    )
    assert names(text) == ["NASA"]


def test_a_company_called_by_a_name_stays_a_body():
    assert names("He joined a company called Brightline Partners in 2012.") == ["Brightline Partners"]


# a capital owning a part of itself or a square: the town, a place


def test_a_capital_owning_its_enclave_is_a_place():
    assert countries("Some diplomats live in Hazel Gardens, Nairobi's leafy enclave, while others have moved to the coast.") == []


def test_a_capital_owning_a_diplomatic_enclave_is_a_place():
    assert countries("Delegates met in Vienna's diplomatic enclave on Friday.") == []


def test_a_capital_owning_a_square_behind_a_bracket_is_a_place():
    text = (
        '"We thank everyone who came out, everyone who went to [rally on Moscow\'s] Manezh Square and the nearby streets,"'
        " she said."
    )
    assert countries(text) == []


def test_a_capitals_decision_stays_its_government():
    assert "Spain" in countries("Madrid's decision to expel the envoy angered Rabat.")
