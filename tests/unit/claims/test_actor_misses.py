"""Gold actors declcli missed (session 42): members of a named body named by a dotted short form ("U.N. officials"), by
posts the member nouns lacked ("NATO soldiers", "Reuters editors"), and by two posts joined by "and" ("NASA
specialists and engineers") are decision 534's group beside the body; one member still makes no group."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text):
    return [
        (a.name, a.type, a.country) for c in extract_claims(text, split_sentences(text), published="2024-03-05") for a in c.actors
    ]


def groups_of(text):
    return [name for name, kind, _ in actors_of(text) if kind == "group"]


def test_members_of_a_body_named_by_its_dotted_short_form_are_a_group():
    text = "U.N. officials said on Tuesday that the aid convoy had been held at a checkpoint."
    out = actors_of(text)
    assert groups_of(text) == ["U.N. officials"], out
    assert any(kind == "organization" and name.startswith("U.N") for name, kind, _ in out), out


def test_soldiers_of_a_named_body_are_a_group():
    text = "NATO soldiers opened fire near the crossing on Monday, witnesses said."
    assert groups_of(text) == ["NATO soldiers"], actors_of(text)


def test_editors_and_execs_of_a_named_company_are_a_group():
    assert groups_of("Reuters editors rejected the leaked memo on Thursday.") == ["Reuters editors"]
    assert groups_of("Microsoft execs met the regulators in Brussels on Wednesday.") == ["Microsoft execs"]


def test_coaches_of_a_named_league_are_a_group_with_their_count():
    text = "Several NFL coaches complained about the new schedule on Friday."
    assert groups_of(text) == ["Several NFL coaches"], actors_of(text)


def test_two_posts_joined_by_and_are_one_group():
    text = "NASA specialists and engineers repaired the damaged probe in May."
    assert groups_of(text) == ["NASA specialists and engineers"], actors_of(text)


def test_a_second_post_with_its_own_modifier_stays_out_of_the_group():
    text = "NASA specialists and local engineers repaired the damaged probe in May."
    assert groups_of(text) == ["NASA specialists"], actors_of(text)


def test_one_soldier_of_a_named_body_makes_no_group():
    text = "A NATO soldier was wounded near the crossing on Monday."
    assert groups_of(text) == [], actors_of(text)


def test_owners_of_a_named_product_make_no_group():
    # (owners of a thing are users of a product, no members of its maker: "owner" is no member noun)
    text = "Tesla owners complained about the update on Monday."
    assert groups_of(text) == [], actors_of(text)


def test_a_towns_police_before_a_post_is_the_towns_body():
    # (the parser hangs the town and "police" both on "sergeant")
    text = "Later that evening, a Maple Ridge police sergeant searched the same apartment."
    out = actors_of(text)
    assert ("Maple Ridge police", "organization", None) in out, out


def test_a_towns_police_named_alone_is_unchanged():
    text = "Cedar Hollow police said the road would stay closed until Friday."
    assert ("Cedar Hollow police", "organization", None) in actors_of(text)


def test_a_name_before_a_body_noun_that_modifies_another_word_is_no_body_of_that_noun():
    # ("team" in "the Glenwood team bus" hangs on "bus" beside the name, but is no place's own body)
    text = "The Glenwood team bus crashed on the highway on Monday."
    assert not any(name.endswith("team") for name, _, _ in actors_of(text)), actors_of(text)


def test_a_towns_police_before_a_bodys_own_noun_stays_the_longer_name():
    text = "The Maple Ridge police department posted the photo on Monday."
    out = actors_of(text)
    assert [name for name, kind, _ in out if kind == "organization"] == ["Maple Ridge police department"], out


def test_a_countrys_body_before_a_post_is_the_countrys_body():
    # (the parser hangs "Norwegian" and "government" both on "official")
    text = "A Norwegian government official confirmed the figures on Tuesday."
    out = actors_of(text)
    assert ("Norwegian government", "organization", "NOR") in out, out


def test_a_countrys_body_before_its_forces_is_the_countrys_body():
    text = "The convoy carried fuel to Syrian government forces near the border on Sunday."
    out = actors_of(text)
    assert ("Syrian government", "organization", "SYR") in out, out


def test_a_countrys_body_named_alone_is_unchanged():
    text = "The Norwegian government said on Tuesday that the figures were correct."
    assert ("Norwegian government", "organization", "NOR") in actors_of(text)


def test_a_countrys_word_before_a_kind_of_student_names_no_body():
    text = "Mina, 20, a Korean exchange student at Glasgow University, won the prize on Friday."
    out = actors_of(text)
    assert not any(name.endswith("exchange") for name, _, _ in out), out


def test_a_country_before_another_body_noun_and_a_thing_is_the_country():
    # (only "government" names a country's body before any noun, decision 313; "office", "police" before a thing or a
    # plain worker make a kind of it, and the country is read as usual, decision 9)
    for text in (
        "A Chinese office building collapsed on Monday.",
        "Japanese office workers said the new rules were too strict.",
        "A Swiss police drama won the award on Sunday.",
        "A Korean exchange student said the rules were unfair.",
    ):
        out = actors_of(text)
        assert not [name for name, kind, _ in out if kind == "organization"], (text, out)
        assert [kind for name, kind, _ in out if kind == "country"] == ["country"], (text, out)


def test_a_country_before_its_body_noun_and_a_post_or_force_is_that_body():
    assert ("Syrian army", "organization", "SYR") in actors_of("Syrian army troops entered the town on Monday, witnesses said.")
    assert ("Israeli Cabinet", "organization", "ISR") in actors_of("An Israeli Cabinet minister said the talks would resume.")
    assert ("Syrian government", "organization", "SYR") in actors_of("Syrian government forces shelled the town on Monday.")


def test_a_country_before_government_and_a_bodys_own_noun_is_that_longer_body():
    # (the commission is the body, named with its country: "German government" is no body of its own here)
    out = actors_of("The German government commission said the plan would cost more.")
    assert ("German government commission", "organization", "DEU") in out, out
    assert ("German government", "organization", "DEU") not in out, out


def test_a_town_the_model_calls_no_place_before_police_and_a_post_is_that_police():
    # (the model calls "Forest Hill" no place here; a town's police all the same, decision 285)
    out = actors_of("A Forest Hill police sergeant said the suspect had fled.")
    assert ("Forest Hill police", "organization", None) in out, out


def test_a_singular_second_post_stays_out_of_the_group():
    text = "NASA specialists and engineer repaired the damaged probe in May."
    assert groups_of(text) == ["NASA specialists"], actors_of(text)
