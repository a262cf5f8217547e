"""Kind: claims.json `modal_party_nouns`: nouns of bodies and of parties to a case or a cause (a museum, a league, a
town, a hospital, a laboratory; a commissioner, a defendant, a plaintiff, a client, supporters) as the subject of a modal
name agents who act, so what they will or agree to do is their commitment (GUIDE kind section)."""

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
