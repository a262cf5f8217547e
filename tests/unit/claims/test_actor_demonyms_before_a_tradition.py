"""Actor precision: a demonym before a noun for a body of stories or a tradition of them ("out of Irish folklore", "from
Greek myth") names that tradition, like a language, not the country: no actor (GUIDE decision 670, after decision 219);
a demonym before officials stays the country's."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def countries(text):
    claims = extract_claims(text, split_sentences(text), published="2024-03-05")
    return [a.country for c in claims for a in c.actors if a.type == "country"]


def test_a_demonym_before_folklore_is_no_country():
    assert countries("The sculpture looks like a monster out of old Irish folklore, all horns and teeth.") == []


def test_a_demonym_before_myth_is_no_country():
    assert countries("Her novel borrows a hero from ancient Greek myth and sets him in a modern city.") == []


def test_a_demonym_before_officials_stays_the_country():
    assert "GRC" in countries("Greek officials said the talks would resume.")


def test_a_demonym_before_a_sports_legend_is_the_country():
    assert countries("A Chilean tennis legend praised the young players on Saturday.") == ["CHL"]


def test_a_demonym_before_a_debt_saga_is_the_country():
    assert countries("The Portuguese debt saga unsettled bond markets for months.") == ["PRT"]


def test_a_demonym_before_a_fairy_tale_is_no_country():
    assert countries("The plot borrows a witch from an old Danish fairy tale.") == []
