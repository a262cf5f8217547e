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
