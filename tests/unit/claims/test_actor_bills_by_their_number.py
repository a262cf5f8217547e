"""Actor precision: a bill or a resolution named by a legislature's letters and its number ("SB 712", "HB 1205",
"AB5") is a law, no participant (GUIDE decision 12), where the model calls it a body or a person, also as the subject
that requires or applies; the letters alone stay what they are, and the legislature that passes it stays a body."""

from declcli.claims import extract_claims
from declcli.sentences import split_sentences


def actors_by_unit(text):
    return [[(a.name, a.type) for a in c.actors] for c in extract_claims(text, split_sentences(text), published="2024-03-05")]


def test_a_bill_by_its_letters_and_number_is_no_actor():
    units = actors_by_unit(
        "Grocers in the valley must comply with SB 712 by July. "
        "Opponents of SB 712 packed the hearing room on Tuesday. "
        "SB 712 requires every ferry operator to post its full fares. "
        "Critics of HB-1205 rallied outside the capitol."
    )
    assert all(not any(name.startswith(("SB", "HB")) for name, _ in unit) for unit in units), units


def test_the_legislature_and_the_governor_stay_actors_beside_the_bill():
    units = actors_by_unit("SB 712 cleared the Assembly on Monday, and Governor Dana Whitcombe signed it.")
    names = [name for unit in units for name, _ in unit]
    assert "Assembly" in names and "Dana Whitcombe" in names, units
    assert not any(name.startswith("SB") for name in names), units
