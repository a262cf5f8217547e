"""Actors, session 43 (h43pcountry): persons' countries stated by the post a description gives them (the GUIDE's actors
section: "Azerbaijan's foreign minister" places the person).

- A country's name that owns an office in an apposition places the person even where the model tags the country's name
  as a person's ("Jordan's foreign minister"), for a state office only; a person's name owning the post places no one
  ("Dana Cole's adviser", "Jordan's campaign adviser").
- A name set beside the subject of "be" ("The firm's founder, Wen Zhao, was a Russian diplomat") is that subject: the
  post the sentence gives places the person, as it does for a bare subject; a predicate that names no post ("was a fan
  of Russian novels", "was in Russia") does not, nor does a common noun after "of" the post deals with ("was the
  lawyer of a Russian oligarch", decision 286).
- A country and a verb-tagged post before a name ("Will China host X") place no one: only a demonym opens such a run.
- The People's Liberation Army is a national body of China: a former officer of it is placed there (decisions 21, 322)."""

import pytest

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def _person_countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return {a.name: a.country for c in claims for a in c.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Elmar Mamed, Azerbaijan's foreign minister, met the delegation on Monday.", "Elmar Mamed", "AZE"),
        # (a name the model reads with the country's name as a person's: "Jordan" owns the office)
        ("Kelly Price, Jordan's foreign minister, said the talks would resume.", "Kelly Price", "JOR"),
        ("The firm's founder, Wen Zhao, was a Russian diplomat before the war.", "Wen Zhao", "RUS"),
        ("The founder, Li Peng Wei, was a former officer in the People's Liberation Army.", "Li Peng Wei", "CHN"),
        ("The company was set up in 1990 by former People’s Liberation Army officer Li Peng Wei.", "Li Peng Wei", "CHN"),
        # (the country or named body the post is of places the person; near-misses of the "of" phrase narrowed below)
        ("The firm's founder, Wen Zhao, was the foreign minister of Russia before the war.", "Wen Zhao", "RUS"),
        ("Wen Zhao was the foreign minister of Russia before the war.", "Wen Zhao", "RUS"),
    ],
)
def test_a_post_places_the_person(text, name, country):
    assert _person_countries(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mia Rowe, Dana Cole's foreign policy adviser, met the delegation on Monday.", "Mia Rowe"),
        ("The founder, Wen Zhao, was a fan of Russian novels.", "Wen Zhao"),
        ("The founder, Wen Zhao, was in Russia last week.", "Wen Zhao"),
        # (the thing a post deals with, a common noun after "of", says nothing of the person's country, decision 286)
        ("The firm's founder, Wen Zhao, was the lawyer of a Russian oligarch, prosecutors said.", "Wen Zhao"),
        ("The firm's founder, Wen Zhao, was the head of the Russian desk at the bank, prosecutors said.", "Wen Zhao"),
        ("Wen Zhao was the lawyer of a Russian oligarch, prosecutors said.", "Wen Zhao"),
        # (a private post owned by a name the model tags as a person's: the adviser of a person called Jordan)
        ("Kelly Price, Jordan's campaign adviser, said the senator would run again.", "Kelly Price"),
    ],
)
def test_no_post_of_a_country_places_no_one(text, name):
    countries = _person_countries(text)
    assert name in countries
    assert countries[name] is None


# A demonym and posts joined by "and" right before the name, where the tagger calls the last post a verb (the parser
# hangs the name on it as its object): the posts are the person's, and the demonym places the person (not listed as a
# country of its own, decision 9). A plural noun in the run is others' post: the group keeps its demonym.
_COMPOSER = "The band found a fine partner in Norwegian composer and philosopher Ingrid Vold, whose songs add depth."


def test_posts_joined_by_and_after_a_demonym_place_the_person():
    claims = extract_claims(_COMPOSER, split_sentences(_COMPOSER), published="2024-03-05")
    assert ("Ingrid Vold", "person", "NOR") in [(a.name, a.type, a.country) for c in claims for a in c.actors]


def test_the_demonym_opening_posts_joined_by_and_is_no_country_of_its_own():
    # (`_opens_the_posts_of_a_name` reads the run forward past the verb-tagged post to the name)
    text = "Critics praised Swedish painter and philosopher Anna Lind, who died in May."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    actors = [(a.name, a.type, a.country) for c in claims for a in c.actors]
    assert ("Anna Lind", "person", "SWE") in actors
    assert not any(kind == "country" for _, kind, _ in actors)


def test_a_plural_before_the_posts_is_a_group_of_its_own():
    text = "They met Danish officials and judge Sara Rezan on Monday."
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    actors = {(a.name, a.type): a.country for c in claims for a in c.actors}
    assert actors.get(("Sara Rezan", "person"), "missing") is None
    assert actors.get(("Danish officials", "group")) == "DNK"


# A country's name and a verb the tagger gives before a name ("host", "judge" are posts too): the country is the verb's
# subject, not the person's, and stays an actor of its own. Only a demonym opens a run whose post is verb-tagged.
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Will China host Daniel Ortega next month, reporters asked.", "Daniel Ortega", "China"),
        ("Officials said Russia and China host Daniel Ortega this week for talks.", "Daniel Ortega", "China"),
        ("Nobody expects France judge Anna Berg harshly, the lawyer said.", "Anna Berg", "France"),
    ],
)
def test_a_country_and_its_verb_before_a_name_place_no_one(text, name, country):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    actors = {(a.name, a.type): a.country for c in claims for a in c.actors}
    assert actors.get((name, "person"), "missing") is None
    assert (country, "country") in actors
