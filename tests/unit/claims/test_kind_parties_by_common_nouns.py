"""Kind: claims.json `modal_party_nouns`: nouns of bodies and of parties to a case or a cause (a museum, a league, a
town, a hospital, a laboratory; a commissioner, a defendant, a plaintiff, a client, supporters) as the subject of a modal
name agents who act, so what they will or agree to do is their commitment (GUIDE kind section). A body's noun also
names a competition, a place or a building: with a verb of a happening or a state it is no acting party (GUIDE decision
6: `fact`)."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def kinds(text):
    return [c.kind for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_bodies_and_parties_named_by_a_common_noun_undertake():
    assert (
        kinds(
            "The museum will host a night of talks on Friday. "
            "The town agreed to drop the fines. "
            "The senator's supporters will march to the capital on Sunday. "
            "The league will appeal the ruling."
        )
        == ["commitment"] * 4
    )


def test_parties_to_a_case_by_role_and_a_village_undertake():
    assert (
        kinds(
            "The village agreed to drop the fines. The claimant will appeal the ruling. The appellants will seek a new hearing."
        )
        == ["commitment"] * 3
    )


def test_a_league_town_or_museum_that_starts_houses_or_floods_is_no_party():
    assert (
        kinds(
            "The league will start on Friday. "
            "The league will resume in June after the break. "
            "The league will feature 20 teams next season. "
            "The league could collapse without a television deal. "
            "The new museum will house 3,000 artworks. "
            "The town could lose its only bank. "
            "The town could flood again if the river rises."
        )
        == ["fact"] * 7
    )
