"""Actor precision: a program or a device named with its release's dotted number ("Kestrel 4.0", "Zorbix 2.5") is a
product, no participant (GUIDE decision 12), in that mention and where the article names it bare, also as the subject
of what it does for its users; the body that releases it stays an organisation, and a share or a figure after a
company's name ("Harlow 2.5 percent") is no release."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_name_with_a_dotted_release_is_no_actor_in_any_mention():
    units = actors_by_unit(
        "Brannock said on Monday that Kestrel 4.0 handles archives of any size. "
        "Kestrel 4.0 is for petabyte-scale archiving. "
        "Harlow Labs released Zorbix 2.5 in March. "
        "Zorbix now supports tape drives."
    )
    assert units == [[("Brannock", "organization")], [], [("Harlow Labs", "organization")], []], units


def test_a_poll_share_odds_or_a_time_after_a_name_is_no_release():
    # a person's or a club's name before a poll share, betting odds or a race time stays an actor in every mention
    units = actors_by_unit(
        "A Marist poll released on Tuesday had Harris 48.5 and Trump 46.2 among likely voters in Pennsylvania. "
        "Union leaders in Pittsburgh endorsed Harris in August."
    )
    assert any(name == "Harris" for name, _ in units[0]) and ("Harris", "person") in units[1], units
    units = actors_by_unit(
        "Bookmakers now make Arsenal 2.25 favourites for the title. Fans booed Arsenal after the draw with Brentford."
    )
    assert ("Arsenal", "organization") in units[0] and ("Arsenal", "organization") in units[1], units
    units = actors_by_unit("Results: Noah Lyles 9.79, Kishane Thompson 9.79, Fred Kerley 9.81.")
    assert ("Kishane Thompson", "person") in units[0], units


def test_the_measure_words_after_a_dotted_number_are_in_the_lexicon():
    from declcli.claims.lexicon import words

    assert {"percent", "points", "%"} <= words().dotted_version_amounts
    units = actors_by_unit("Harlow Labs released Zorbix 2.5 in March. Shares of Kestrel 2.5 percent higher lifted the index.")
    assert ("Harlow Labs", "organization") in units[0], units
