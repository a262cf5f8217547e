"""Gold actors declcli missed (session 45): a person first named with a generational suffix and later written another
way, with a middle initial left out or a ruler's one name before the numeral: every mention is
the one person under the fullest name (the actors section; decision 303), which the gold writes with the suffix."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_of(text, published="2024-03-05"):
    claims = extract_claims(text, split_sentences(text), published=published)
    return [[(a.name, a.type) for a in c.actors] for c in claims]


def test_a_suffixed_name_later_written_without_its_middle_initial_is_the_same_person():
    out = actors_of(
        "Warren T. Delacroix Jr., 51, was sentenced on Friday for the threats. "
        "The court later heard a letter from Warren Delacroix, who apologised."
    )
    assert ("Warren T. Delacroix Jr.", "person") in out[1], out


def test_a_middle_initial_the_suffixed_name_lacks_is_another_person():
    # decision 303: the fullest name that contains the mention's own words; "F." is not in "Robert Kennedy Jr."
    out = actors_of("Robert Kennedy Jr. spoke on Monday. Robert F. Kennedy said the plan would fail.")
    assert ("Robert F. Kennedy", "person") in out[1], out
    out = actors_of(
        "Warren Delacroix Jr., 51, was sentenced on Friday for the threats. "
        "The court later heard a letter from Warren T. Delacroix, who apologised."
    )
    assert not any(name == "Warren Delacroix Jr." for name, _ in out[1]), out


def test_a_shortened_given_name_stays_as_written():
    # "Warr" is not a word of "Warren Delacroix Jr." (decision 303 rules out knowing the short form)
    out = actors_of(
        "Warren Delacroix Jr., 51, was sentenced on Friday for the threats. "
        '"Warr Delacroix is passionate about his beliefs," his lawyer said in an email.'
    )
    assert not any(name == "Warren Delacroix Jr." for name, _ in out[1]), out


def test_a_rulers_one_name_before_the_numeral_stands_for_the_ruler():
    out = actors_of(
        "The church's leader, Kyrillos II, backed the military on Monday. "
        "During the crisis, Kyrillos said he felt the community was being ignored."
    )
    assert ("Kyrillos II", "person") in out[1], out


def test_a_shortened_given_name_another_person_of_that_surname_fits_stays_as_written():
    # "Warr" fits "Warrena Delacroix", named in the text, as well as "Warren Delacroix Jr.": neither is assumed
    out = actors_of(
        "Warren Delacroix Jr., 51, was sentenced on Friday for the threats. "
        '"Warr Delacroix is passionate about his beliefs," said his sister, Warrena Delacroix.'
    )
    assert not any(name == "Warren Delacroix Jr." for name, _ in out[1]), out


def test_another_given_name_of_the_same_surname_is_another_person():
    out = actors_of(
        "Warren Delacroix Jr., 51, was sentenced on Friday for the threats. "
        "The court later heard a letter from Helen Delacroix, who asked for mercy."
    )
    assert ("Helen Delacroix", "person") in out[1], out
    assert not any(name == "Warren Delacroix Jr." for name, _ in out[1]), out


def test_a_common_given_name_before_a_numeral_stays_its_own_name():
    # "Elizabeth" is a given name other persons of a text bear: a later bare "Elizabeth" is not assumed the queen
    out = actors_of("Queen Elizabeth II opened the session on Monday. Elizabeth Marlow, a lawmaker, said the speech was short.")
    assert ("Elizabeth Marlow", "person") in out[1], out


def test_a_bare_given_name_after_a_rulers_name_stays_as_written():
    out = actors_of("Queen Elizabeth II opened the session on Monday. Elizabeth said the speech was short.")
    assert ("Elizabeth", "person") in out[1], out


def test_a_title_before_a_rulers_one_name_the_model_calls_a_body_is_the_ruler():
    out = actors_of("Tawadros II spoke on Monday. Pope Tawadros said the church would help.")
    assert ("Tawadros II", "person") in out[1], out
